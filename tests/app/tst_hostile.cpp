// Hostile input and faults, through the real binary: files left behind by
// a kill, a log gone missing, readers of read-only files and folders. New
// hostile cases go here, so the corpus grows in one place.

#include "candorfiles.h"
#include "candorprocess.h"
#include "filesnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

mode_t permissionBits(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

// A filesystem of the test's own, a few pages big, so a read-only folder
// can be had without touching the machine's. Mounting
// needs root (or CAP_SYS_ADMIN); tests fall back or skip without it.
class SmallFilesystem
{
public:
    ~SmallFilesystem()
    {
        if (!m_path.isEmpty())
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool mount(const QString &path, int kilobytes)
    {
        m_options = QStringLiteral("size=%1k,mode=0700").arg(kilobytes).toLatin1();
        if (!QDir().mkpath(path) || ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs",
                                            0, m_options.constData()) != 0)
            return false;
        m_path = path;
        return true;
    }
    bool makeReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, m_options.constData()) == 0;
    }
private:
    QString m_path;
    QByteArray m_options;
};

// Sessions big enough that a transaction on them spills pages into the
// file before it commits.
bool addManySessions(const QString &path, int count)
{
    return runRawSql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
                                           "1 FROM n WHERE i < %1)"
                                           " INSERT INTO sessions (kind, title, created_at, "
                                           "updated_at) SELECT 'premortem',"
                                           " printf('Filler %d %s', i, hex(randomblob(500))),"
                                           " '2024-01-01T00:00:00.000Z', "
                                           "'2024-01-01T00:00:00.000Z' FROM n")
                                .arg(count)});
}

// What a kill in the middle of a transaction leaves in rollback-journal
// mode: some pages of the file already overwritten, and beside it the
// journal that puts them back. The transaction runs on source; target gets
// the files as they are at that moment.
bool copyWithHotJournal(const QString &source, const QString &target)
{
    const bool copied = withRawConnection(source, [&](QSqlQuery &query) {
        const bool halfWritten =
            exec(query, QStringLiteral("PRAGMA journal_mode = DELETE")) &&
            exec(query, QStringLiteral("PRAGMA cache_size = 1")) &&
            exec(query, QStringLiteral("BEGIN")) &&
            exec(query, QStringLiteral("UPDATE sessions SET title = 'Half written ' || "
                                       "hex(randomblob(600))")) &&
            QFile::copy(source, target) &&
            QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal"));
        exec(query, QStringLiteral("ROLLBACK"));
        return halfWritten;
    });
    // The copy must really be half written, or this tests nothing.
    return copied && fileHash(source) != fileHash(target);
}

// A database with one session, closed the way Candor closes it or with
// that session only in a log left by a crash; returns the session's title,
// or an empty string when the file could not be made.
QString createDatabase(const QString &path, bool logLeftByCrash)
{
    if (logLeftByCrash)
        return copyLeftByCrash(path, {insertSessionOnlyInTheLog()}, true, false)
                   ? QStringLiteral("Only in the log")
                   : QString();
    const QString title = QStringLiteral("Launch review");
    return createCandorFile(path, {title}) ? title : QString();
}

QStringList exportArguments(const QString &database, const QString &format, const QString &output,
                            qint64 session = 1)
{
    return {QStringLiteral("--database"), database,
            QStringLiteral("--export"),   QString::number(session),
            QStringLiteral("--format"),   format,
            QStringLiteral("--output"),   output};
}

} // namespace


class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void hotJournalIsRolledBack_data();
    void hotJournalIsRolledBack();
    void killDuringBackupLeavesNoHalfBackup();
    void missingLogIsNamed_data();
    void missingLogIsNamed();
    void readersLeaveNothingBehind_data();
    void readersLeaveNothingBehind();
    void readOnlyFolder_data();
    void readOnlyFolder();

private:
    QProcessEnvironment candorEnvironment() const;
    // Candor with its window on database, quitting once it is shown.
    CandorRun runWindow(const QString &database) const;

    // Candor's "bring the window to the front" sockets live in the temporary
    // folder; killed copies leave theirs behind, so this test has its own.
    QTemporaryDir m_socketDir;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_socketDir.isValid());
}

void TestHostile::cleanup()
{
    Database::close();
}

QProcessEnvironment TestHostile::candorEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_socketDir.path());
    return environment;
}

CandorRun TestHostile::runWindow(const QString &database) const
{
    return runCandor({QStringLiteral("--database"), database, QStringLiteral("--startup-probe")},
                     candorEnvironment());
}

void TestHostile::hotJournalIsRolledBack_data()
{
    QTest::addColumn<bool>("olderSchema");
    QTest::addColumn<QString>("mode");
    // A kill while an older file was being upgraded.
    QTest::newRow("upgrade cut short, window") << true << "window";
    // A current file someone keeps in rollback-journal mode.
    QTest::newRow("current file, window") << false << "window";
    QTest::newRow("current file, --list") << false << "list";
    QTest::newRow("current file, --export") << false << "export";
}

void TestHostile::hotJournalIsRolledBack()
{
    QFETCH(bool, olderSchema);
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source/candor.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(source).absolutePath()));
    QString knownTitle = QStringLiteral("Launch review");
    if (olderSchema) {
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), source));
        QVERIFY(QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        knownTitle = QStringLiteral("Launch of the mobile app");
    } else {
        QVERIFY(createCandorFile(source, {knownTitle}));
    }
    QVERIFY(addManySessions(source, 600));
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(copyWithHotJournal(source, database));
    const FileSnapshot before = takeSnapshot(dir.path());

    const QString output = dir.filePath(QStringLiteral("summary.md"));
    QStringList arguments = {QStringLiteral("--database"), database};
    if (mode == QLatin1String("window"))
        arguments << QStringLiteral("--startup-probe");
    else if (mode == QLatin1String("list"))
        arguments << QStringLiteral("--list");
    else
        arguments = exportArguments(database, QStringLiteral("md"), output);
    const CandorRun run = runCandor(arguments, candorEnvironment());
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), run.describe());

    if (mode == QLatin1String("window")) {
        // The writer rolled the journal back into the file and opened it.
        QVERIFY(!QFileInfo::exists(database + QStringLiteral("-journal")));
        const CandorRun list =
            runCandor({QStringLiteral("--database"), database, QStringLiteral("--list")});
        QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
        QVERIFY2(list.out.contains(knownTitle), list.describe());
        QVERIFY2(!list.out.contains(QLatin1String("Half written")), list.describe());
        QCOMPARE(list.out.count(QLatin1String("Filler ")), 600);
    } else {
        // Readers see the file as it was before the cut-short transaction,
        // and leave the journal for the next writer to roll back.
        const QString seen =
            mode == QLatin1String("list") ? run.out : QString::fromUtf8(contents(output));
        QVERIFY2(seen.contains(knownTitle), qPrintable(seen));
        QVERIFY2(!seen.contains(QLatin1String("Half written")), qPrintable(seen));
        FileSnapshot after = takeSnapshot(dir.path());
        after.remove(QStringLiteral("summary.md"));
        const QString differences = snapshotDifferences(before, after);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }
}

void TestHostile::killDuringBackupLeavesNoHalfBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), database));
    QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(addManySessions(database, 2000));
    const qint64 size = QFileInfo(database).size();
    QVERIFY(size > 2 * 1024 * 1024);
    const QByteArray original = fileHash(database);

    // A file size limit below the backup's size kills Candor (SIGXFSZ) in
    // the middle of writing it, the way a power cut or a kill would.
    const CandorRun killed =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--startup-probe")},
                  candorEnvironment(), [size] {
                      const rlimit limit = {rlim_t(size / 2), rlim_t(size / 2)};
                      ::setrlimit(RLIMIT_FSIZE, &limit);
                      ::signal(SIGXFSZ, SIG_DFL);
                      ::umask(022);
                  });
    QVERIFY2(killed.finished && killed.exitStatus == QProcess::CrashExit, killed.describe());
    const QString backup = database + QStringLiteral(".schema1.backup");
    const QStringList started =
        QDir(dir.path()).entryList({QStringLiteral("candor.sqlite.schema1.backup*")}, QDir::Files);
    // Otherwise the kill came before the backup and this tests nothing.
    QVERIFY2(!started.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(' ')));
    // Nothing under the documented name until the copy is whole, and what
    // was being written is the owner's only from the start.
    QVERIFY2(!QFileInfo::exists(backup), qPrintable(started.join(' ')));
    for (const QString &name : started)
        QCOMPARE(permissionBits(dir.filePath(name)), mode_t(0600));
    QCOMPARE(fileHash(database), original);

    // The next start upgrades, with a whole backup and nothing half written left.
    const CandorRun next = runWindow(database);
    QVERIFY2(next.exitedWith(CandorExit::Success), next.describe());
    QCOMPARE(
        QDir(dir.path()).entryList({QStringLiteral("candor.sqlite.schema1.backup*")}, QDir::Files),
        QStringList{QFileInfo(backup).fileName()});
    QCOMPARE(permissionBits(backup), mode_t(0600));
    const QString connection = QStringLiteral("backup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(backup);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA quick_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sessions")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2002);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestHostile::missingLogIsNamed_data()
{
    QTest::addColumn<bool>("windowed");
    QTest::newRow("--list") << false;
    QTest::newRow("window") << true;
}

void TestHostile::missingLogIsNamed()
{
    // The log went missing (a copy without it, a clean-up script) while its
    // index still says it holds edits: opening would silently drop them.
    QFETCH(bool, windowed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(copyLeftByCrash(database, {insertSessionOnlyInTheLog()}, false, true));
    const FileSnapshot before = takeSnapshot(dir.path());

    const CandorRun run =
        runCandor({QStringLiteral("--database"), database,
                   windowed ? QStringLiteral("--startup-probe") : QStringLiteral("--list")},
                  candorEnvironment());
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(quoted(database + QStringLiteral("-wal"))), run.describe());
    QVERIFY2(run.err.contains(quoted(database + QStringLiteral("-shm"))), run.describe());
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), run.describe());
    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestHostile::readersLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("logLeftByCrash");
    QTest::newRow("--list") << "list" << false;
    QTest::newRow("--export") << "export" << false;
    QTest::newRow("--list, log left by a crash") << "list" << true;
    QTest::newRow("--export, log left by a crash") << "export" << true;
}

void TestHostile::readersLeaveNothingBehind()
{
    // A file kept read-only (an archive, a colleague's copy) is read without
    // leaving anything beside it, least of all read-only logs that would
    // make every later edit fail once the file is made writable again.
    QFETCH(QString, mode);
    QFETCH(bool, logLeftByCrash);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Characters a URI would read otherwise: SQLite gets such a file by URI.
    const QString database = dir.filePath(QStringLiteral("archive ?#%41 ü/candor.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(database).absolutePath()));
    const QString expected = createDatabase(database, logLeftByCrash);
    QVERIFY(!expected.isEmpty());
    const QFileDevice::Permissions readOnly =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(database, readOnly));
    const FileSnapshot before = takeSnapshot(QFileInfo(database).absolutePath());

    const QString output = dir.filePath(QStringLiteral("summary.md"));
    const qint64 session = logLeftByCrash ? 2 : 1;
    const CandorRun run = runCandor(
        mode == QLatin1String("list")
            ? QStringList{QStringLiteral("--database"), database, QStringLiteral("--list")}
            : exportArguments(database, QStringLiteral("md"), output, session));
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    const QString seen =
        mode == QLatin1String("list") ? run.out : QString::fromUtf8(contents(output));
    QVERIFY2(seen.contains(expected), qPrintable(seen));
    const QString differences =
        snapshotDifferences(before, takeSnapshot(QFileInfo(database).absolutePath()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));

    // Made writable again, as the message for read-only files advises, it
    // takes edits.
    QVERIFY(QFile::setPermissions(database, readOnly | QFileDevice::WriteOwner));
    const Database::OpenResult opened = Database::open(database);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    {
        Store store(Database::defaultConnectionName);
        QVERIFY2(store.createSession(SessionKind::PreMortem, QStringLiteral("Later")) > 0,
                 qPrintable(store.lastError()));
    }
    Database::close();
}

void TestHostile::readOnlyFolder_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("logLeftByCrash");
    QTest::newRow("--list") << "list" << false;
    QTest::newRow("--list, log left by a crash") << "list" << true;
    QTest::newRow("window") << "window" << false;
}

void TestHostile::readOnlyFolder()
{
    QFETCH(QString, mode);
    QFETCH(bool, logLeftByCrash);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    SmallFilesystem filesystem;
    const bool mounted = filesystem.mount(folder, 1024);
    if (!mounted && ::geteuid() == 0)
        QSKIP("root writes to any folder it can mount nothing over");
    QVERIFY(QDir().mkpath(folder));
    const QString database = QDir(folder).filePath(QStringLiteral("candor.sqlite"));
    const QString expected = createDatabase(database, logLeftByCrash);
    QVERIFY(!expected.isEmpty());
    if (mounted)
        QVERIFY(filesystem.makeReadOnly());
    else
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const FileSnapshot before = takeSnapshot(folder);

    if (mode == QLatin1String("list")) {
        const CandorRun run =
            runCandor({QStringLiteral("--database"), database, QStringLiteral("--list")});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QVERIFY2(run.out.contains(expected), run.describe());
    } else {
        const CandorRun run = runWindow(database);
        QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
        QVERIFY2(run.err.contains(quoted(database)), run.describe());
        QVERIFY2(run.err.contains(mounted ? QLatin1String("on a read-only filesystem")
                                          : QLatin1String("folder is read-only")),
                 run.describe());
        QVERIFY2(!run.err.contains(QLatin1String("damaged")), run.describe());
    }
    const QString differences = snapshotDifferences(before, takeSnapshot(folder));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    if (!mounted)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
