#include "candorfiles.h"
#include "candorprocess.h"
#include "runningcandor.h"

#include "database.h"
#include "store.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Session files through the binary, as a script or a file manager uses
// them: the facilitator's laptop exports, the product manager's imports,
// works on it and exports, and the facilitator imports that back; files
// that are not session files are refused whole with exit 1; a database a
// window has open gets the file handed to that window. The trip, the
// refusals and unknown sessions run again with the databases on the
// PostgreSQL test server (tst_sessionfilecli_postgresql).
class TestSessionFileCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_socketDir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The sockets a window listens on live in the temporary folder.
        environment.insert(QStringLiteral("TMPDIR"), m_socketDir.path());
        return environment;
    }

    CandorRun candor(const QString &database, const QStringList &arguments) const
    {
        return runCandor(QStringList{QStringLiteral("--database"), database} + arguments,
                         environment());
    }

    static QString scalar(const QString &database, const QString &sql)
    {
        QString value;
        withRawConnection(database, [&](QSqlQuery &query) {
            if (!query.exec(sql) || !query.next())
                return false;
            value = query.value(0).toString();
            return true;
        });
        return value;
    }

    // What database holds now, as a test's own connection reads it.
    static QString scalar(const TestDatabase &database, const QString &sql)
    {
        QString value;
        const QString name = QStringLiteral("reader");
        {
            QSqlDatabase reader = database.openReader(name);
            QSqlQuery query(reader);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
            else
                qWarning() << query.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    // Every row a refused import could have touched, in one string.
    static QString contentsOf(const TestDatabase &database)
    {
        QStringList contents;
        for (const char *table : {"teams", "sessions", "participants", "concerns", "actions",
                                  "action_reviews", "timeline_entries", "whys"})
            contents.append(scalar(database, QStringLiteral("SELECT count(*) || ':' ||"
                                                            " coalesce(max(updated_at), '')"
                                                            " FROM %1")
                                                 .arg(QLatin1String(table))));
        return contents.join(QLatin1Char(' '));
    }

    static QByteArray digestOf(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // A facilitator's database with one session and its actions.
    static bool fillFacilitatorDatabase(const TestDatabase &database)
    {
        const Database::OpenResult opened = database.open();
        if (!opened.ok())
            return false;
        {
            Store store(Database::defaultConnectionName);
            const qint64 id =
                store.createSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"));
            for (const char *text : {"Submit early", "Own push", "Test refunds"}) {
                ActionItem action;
                action.sessionId = id;
                action.text = QString::fromLatin1(text);
                store.addAction(action);
            }
        }
        Database::close();
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_socketDir.isValid());
    }

    void theTripThroughTheCommandLine()
    {
        TestDatabase facilitatorDatabase;
        QVERIFY(fillFacilitatorDatabase(facilitatorDatabase));
        const QString facilitator = facilitatorDatabase.argument();
        // On a server: an empty database, which the first import sets up.
        TestDatabase managerDatabase;
        const QString manager = managerDatabase.argument();
        const QString there = m_dir.filePath(QStringLiteral("there.candor"));
        const QString back = m_dir.filePath(QStringLiteral("back.candor"));

        CandorRun run =
            candor(facilitator, {QStringLiteral("--export-session"), QStringLiteral("1"),
                                 QStringLiteral("--output"), there});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QVERIFY2(run.out.contains(QLatin1String("Wrote 1 session")), run.describe());

        run = candor(manager, {QStringLiteral("--import"), there});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QVERIFY2(run.out.contains(QLatin1String("Mobile launch: added")), run.describe());
        QCOMPARE(scalar(managerDatabase, QStringLiteral("SELECT count(*) FROM actions")),
                 QStringLiteral("3"));

        // The product manager prioritizes and assigns.
        {
            QVERIFY(managerDatabase.open().ok());
            Store store(Database::defaultConnectionName);
            const qint64 id = store.sessions().constFirst().id;
            QVERIFY(store.moveAction(id, 2, 0));
            const ActionItem first = store.actions(id).constFirst();
            ActionItem owned = first;
            owned.owner = QStringLiteral("Lee");
            owned.rightAway = true;
            QVERIFY(store.updateAction(first, owned));
        }
        Database::close();
        run = candor(manager, {QStringLiteral("--export-session"), QStringLiteral("1"),
                               QStringLiteral("--output"), back});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());

        run = candor(facilitator, {QStringLiteral("--import"), back});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QVERIFY2(run.out.contains(QLatin1String("3 taken from the file")), run.describe());
        QCOMPARE(
            scalar(facilitatorDatabase,
                   QStringLiteral("SELECT group_concat(text || ':' || owner || ':' || right_away,"
                                  " ' | ') FROM (SELECT * FROM actions ORDER BY rank) AS ranked")),
            QStringLiteral("Test refunds:Lee:1 | Submit early::0 | Own push::0"));

        // Twice is the same as once.
        run = candor(facilitator, {QStringLiteral("--import"), back});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QVERIFY2(run.out.contains(QLatin1String("Nothing to import")), run.describe());
    }

    void refusedFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("random bytes") << "random"
                                      << "is not a Candor session file";
        QTest::newRow("a trigger in it") << "trigger"
                                         << "holds something a Candor file does not";
        QTest::newRow("from a newer Candor") << "newer"
                                             << "newer Candor";
        QTest::newRow("2 GiB") << "huge"
                               << "too large";
        QTest::newRow("not there") << "missing"
                                   << "does not exist";
    }

    void refusedFilesChangeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        TestDatabase kept;
        QVERIFY(kept.createSessions({QStringLiteral("Kept")}));
        const QString database = kept.argument();
        const QString contentsBefore = contentsOf(kept);
        const QByteArray before = kept.location().isServer() ? QByteArray() : digestOf(database);
        QString file = m_dir.filePath(kind + QStringLiteral(".candor"));
        if (kind == QLatin1String("random")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray(8192, '\x5a'));
        } else if (kind == QLatin1String("huge")) {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.resize(qint64(2) * 1024 * 1024 * 1024));
        } else if (kind != QLatin1String("missing")) {
            QVERIFY(createCandorFile(file, {QStringLiteral("Theirs")}));
            QVERIFY(withRawConnection(file, [&](QSqlQuery &query) {
                return kind == QLatin1String("trigger")
                           ? query.exec(QStringLiteral("CREATE TRIGGER boom AFTER INSERT ON"
                                                       " concerns BEGIN DELETE FROM sessions;"
                                                       " END"))
                           : query.exec(QStringLiteral("PRAGMA user_version = 99"));
            }));
        }
        const CandorRun run = candor(database, {QStringLiteral("--import"), file});
        QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
        QVERIFY2(run.err.contains(said), run.describe());
        QVERIFY2(run.err.contains(QFileInfo(file).fileName()), run.describe());
        QCOMPARE(contentsOf(kept), contentsBefore);
        if (!kept.location().isServer())
            QCOMPARE(digestOf(database), before);
    }

    // A database a window has open: the file goes to that window, which
    // shows what the import would do, and the second start says so.
    void aRunningWindowGetsTheFile()
    {
        if (TestDatabase::onPostgresql())
            QSKIP("About the window that holds a file's lock");
        const QString database = m_dir.filePath(QStringLiteral("open.sqlite"));
        QVERIFY(createCandorFile(database, {QStringLiteral("Here")}));
        const QString file = m_dir.filePath(QStringLiteral("theirs.candor"));
        const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
        QVERIFY(createCandorFile(source, {QStringLiteral("Theirs")}));
        QVERIFY(candor(source, {QStringLiteral("--export-session"), QStringLiteral("1"),
                                QStringLiteral("--output"), file})
                    .exitedWith(CandorExit::Success));
        QProcessEnvironment offscreen = environment();
        offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        RunningCandor window;
        QVERIFY(window.start(database, offscreen));

        CandorRun run = candor(database, {QStringLiteral("--import"), file});
        QVERIFY2(run.exitedWith(CandorExit::AlreadyRunning), run.describe());
        QVERIFY2(run.err.contains(QLatin1String("was handed to it")), run.describe());
        // As a file manager opens it: the file alone.
        run = runCandor({QStringLiteral("--database"), database, file}, offscreen);
        QVERIFY2(run.exitedWith(CandorExit::AlreadyRunning), run.describe());
        QVERIFY2(run.err.contains(QLatin1String("brought to the front")), run.describe());
        // The window asks before importing anything; it is still there.
        QTest::qWait(200);
        QVERIFY(window.isRunning());
        QCOMPARE(scalar(database, QStringLiteral("SELECT group_concat(title) FROM sessions")),
                 QStringLiteral("Here"));
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("no output")
            << QStringList{QStringLiteral("--export-session"), QStringLiteral("1")}
            << "needs --output";
        QTest::newRow("not an id")
            << QStringList{QStringLiteral("--export-session"), QStringLiteral("1,x"),
                           QStringLiteral("--output"), QStringLiteral("out.candor")}
            << "“x” is not one";
    }

    void usageMistakes()
    {
        if (TestDatabase::onPostgresql())
            QSKIP("Reads no database: run on SQLite");
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        const CandorRun run = runCandor(arguments, environment());
        QVERIFY2(run.exitedWith(CandorExit::UsageProblem), run.describe());
        QVERIFY2(run.err.contains(said), run.describe());
    }

    void unknownSessionsAreNamed()
    {
        TestDatabase one;
        QVERIFY(one.createSessions({QStringLiteral("One")}));
        const QString database = one.argument();
        const QString output = m_dir.filePath(QStringLiteral("unknown.candor"));
        const CandorRun run =
            candor(database, {QStringLiteral("--export-session"), QStringLiteral("1,7"),
                              QStringLiteral("--output"), output});
        QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
        QVERIFY2(run.err.contains(QLatin1String("no session 7")), run.describe());
        QVERIFY(!QFile::exists(output));
    }
};

QTEST_GUILESS_MAIN(TestSessionFileCli)
#include "tst_sessionfilecli.moc"
