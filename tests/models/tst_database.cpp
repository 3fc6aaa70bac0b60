#include "database.h"
#include "integritycheck.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The permission bits of the file itself, as `ls -l` shows them.
QFileDevice::Permissions ownerGroupOtherBits(const QString &path)
{
    return QFile::permissions(path) &
           (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
}

QVariant pragma(const QString &name, const QString &connection = Database::defaultConnectionName)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return {};
    return query.value(0);
}

// A plain SQLite connection for setting files up the way other programs
// (or other versions) would leave them.
void runRaw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement), qPrintable(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

// Every file in a folder with a hash of its bytes.
QMap<QString, QByteArray> folderContents(const QString &path)
{
    QMap<QString, QByteArray> files;
    const QDir folder(path);
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System))
        files.insert(name, fileHash(folder.filePath(name)));
    return files;
}

QString makeCandorFile(const QString &path, int sessions)
{
    const Database::OpenResult opened = Database::open(path);
    if (!opened.ok())
        return opened.message;
    {
        Store store(Database::defaultConnectionName);
        for (int i = 0; i < sessions; ++i)
            store.createSession(SessionKind::PreMortem, QStringLiteral("Session %1 ").arg(i) +
                                                            QString(200, QLatin1Char('x')));
    }
    Database::close();
    // Fold the write-ahead log into the file so it stands alone.
    runRaw(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                  QStringLiteral("PRAGMA journal_mode=DELETE")});
    return {};
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Database::close(); }

    void createsNewFileOwnerOnlyWithPragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(opened.created);
        QCOMPARE(ownerGroupOtherBits(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(pragma(QStringLiteral("application_id")).toInt(), Database::applicationId);
        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
        QCOMPARE(pragma(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(QStringLiteral("trusted_schema")).toInt(), 0);
        QVERIFY(Database::latestSchemaVersion() >= 2);
    }

    void reopensExistingFileWithoutChangingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
        QCOMPARE(makeCandorFile(path, 3), QString());
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(!opened.created);
        QVERIFY(opened.backupPath.isEmpty());
        Store store(Database::defaultConnectionName);
        QCOMPARE(store.sessions().size(), 3);
    }

    void refusesUnusableFiles_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("wording");

        QTest::newRow("path below a regular file")
            << "under-file" << int(Database::Problem::CannotCreate) << "cannot be created";
        QTest::newRow("a folder") << "folder" << int(Database::Problem::CannotOpen) << "folder";
        QTest::newRow("read-only file")
            << "read-only" << int(Database::Problem::ReadOnlyFile) << "read-only";
        QTest::newRow("not SQLite")
            << "text" << int(Database::Problem::NotSqlite) << "not an SQLite";
        QTest::newRow("another program's SQLite")
            << "foreign" << int(Database::Problem::NotCandor) << "another program";
        QTest::newRow("newer Candor")
            << "newer" << int(Database::Problem::NewerVersion) << "newer version";
        QTest::newRow("corrupt Candor")
            << "corrupt" << int(Database::Problem::Corrupt) << "damaged";
    }

    void refusesUnusableFiles()
    {
        QFETCH(QString, setup);
        QFETCH(int, problem);
        QFETCH(QString, wording);

        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("candor.sqlite"));
        if (setup == QLatin1String("under-file")) {
            QFile blocker(dir.filePath(QStringLiteral("blocker")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.write("a file where a folder should be");
            blocker.close();
            path = dir.filePath(QStringLiteral("blocker/candor.sqlite"));
        } else if (setup == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (setup == QLatin1String("read-only")) {
            QCOMPARE(makeCandorFile(path, 2), QString());
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        } else if (setup == QLatin1String("text")) {
            QFile text(path);
            QVERIFY(text.open(QIODevice::WriteOnly));
            text.write("These are my notes, not a database.\n");
        } else if (setup == QLatin1String("foreign")) {
            runRaw(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                          QStringLiteral("INSERT INTO songs VALUES ('Yesterday')")});
        } else if (setup == QLatin1String("newer")) {
            QCOMPARE(makeCandorFile(path, 2), QString());
            runRaw(path, {QStringLiteral("PRAGMA user_version=%1")
                              .arg(Database::latestSchemaVersion() + 1)});
        } else if (setup == QLatin1String("corrupt")) {
            QCOMPARE(makeCandorFile(path, 600), QString());
            // Scribble over the middle of the file, well past the header page.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 16 * 4096);
            QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
            file.write(QByteArray(4096, '\x5a'));
        }

        const QByteArray before = fileHash(path);
        const Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.problem), problem);
        QVERIFY2(opened.message.contains(path), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(wording, Qt::CaseInsensitive), qPrintable(opened.message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName));
        if (setup != QLatin1String("folder"))
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    void damageFoundInBackgroundStopsEveryWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
        QCOMPARE(makeCandorFile(path, 600), QString());
        runRaw(path, {QStringLiteral("PRAGMA journal_mode=WAL")});
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(file.size() / 2 / 4096 * 4096));
            file.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray before = fileHash(path);

        Database::OpenResult opened =
            Database::open(path, Database::Access::ReadWrite, Database::defaultConnectionName,
                           Database::Verification::InBackground);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(opened.pendingCheck);
        QSignalSpy finished(opened.pendingCheck.get(), &IntegrityCheck::finished);
        {
            Store store(Database::defaultConnectionName);
            store.setPendingIntegrityCheck(opened.pendingCheck);
            QSignalSpy failed(&store, &Store::writeFailed);
            QCOMPARE(store.createSession(SessionKind::PreMortem, QStringLiteral("Never written")),
                     qint64(0));
            QCOMPARE(failed.size(), 1);
            QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("damaged")));
            QVERIFY(failed.at(0).at(0).toString().contains(path));
        }
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        opened.pendingCheck.reset();
        Database::close();
        QCOMPARE(fileHash(path), before);
    }

    void soundFileCheckedInBackgroundTakesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
        QVERIFY(Database::open(path).ok());
        Database::close();
        Database::OpenResult opened =
            Database::open(path, Database::Access::ReadWrite, Database::defaultConnectionName,
                           Database::Verification::InBackground);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QVERIFY(opened.pendingCheck);
        Store store(Database::defaultConnectionName);
        store.setPendingIntegrityCheck(opened.pendingCheck);
        QVERIFY(store.createSession(SessionKind::PreMortem, QStringLiteral("Written")) > 0);
        QVERIFY(opened.pendingCheck->isFinished());
        QVERIFY(opened.pendingCheck->problem().isEmpty());
    }

    void upgradesSchema1FixtureAndKeepsABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QByteArray original = fileHash(path);

        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(pragma(QStringLiteral("user_version")).toInt(), Database::latestSchemaVersion());
        QVERIFY(!opened.backupPath.isEmpty());
        QVERIFY(opened.backupPath.contains(QLatin1String("schema1")));

        // Everything the old version stored is still there, and usable.
        Store store(Database::defaultConnectionName);
        const QVector<SessionSummary> sessions = store.sessions();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).title, QStringLiteral("Checkout outage 🔥 (عطل)"));
        QCOMPARE(sessions.at(0).kind, SessionKind::PostMortem);
        QCOMPARE(sessions.at(0).concernCount, 1);
        QCOMPARE(sessions.at(1).title, QStringLiteral("Launch of the mobile app"));
        QCOMPARE(sessions.at(1).concernCount, 2);
        QCOMPARE(sessions.at(1).actionCount, 1);
        QVERIFY(store.setSessionDeleted(sessions.at(1).id, true));
        QCOMPARE(store.sessions().size(), 1);
        Database::close();

        // The backup is the old version's file, readable as schema 1.
        QCOMPARE(ownerGroupOtherBits(opened.backupPath),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QSqlDatabase backup =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            backup.setDatabaseName(opened.backupPath);
            QVERIFY(backup.open());
            QCOMPARE(pragma(QStringLiteral("user_version"), QStringLiteral("backup")).toInt(), 1);
            QSqlQuery query(backup);
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM concerns")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 3);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        QVERIFY(fileHash(path) != original);
    }

    void failedUpgradeLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        // A column that schema 3 adds is there already (another tool, a
        // hand edit), so step 3 fails after step 2 went through.
        runRaw(path, {QStringLiteral("ALTER TABLE sessions ADD COLUMN timer_duration_ms INTEGER")});
        const QMap<QString, QByteArray> before = folderContents(dir.path());

        const Database::OpenResult opened = Database::open(path);
        QCOMPARE(opened.problem, Database::Problem::UpgradeFailed);
        QVERIFY2(opened.message.contains(QLatin1String("step 3")), qPrintable(opened.message));
        QVERIFY2(opened.message.contains(QLatin1String("left as it was")),
                 qPrintable(opened.message));
        QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName));
        // As it says: byte for byte, with nothing left beside it.
        QCOMPARE(folderContents(dir.path()), before);
    }

    void readOnlyAccessNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), path));
        const QByteArray before = fileHash(path);
        const Database::OpenResult opened = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(opened.problem, Database::Problem::NeedsUpgrade);
        QCOMPARE(fileHash(path), before);

        const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
        QCOMPARE(Database::open(missing, Database::Access::ReadOnly).problem,
                 Database::Problem::CannotOpen);
        QVERIFY(!QFileInfo::exists(missing));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
