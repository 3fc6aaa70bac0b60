#include "candorprocess.h"
#include "database.h"
#include "databaselocation.h"
#include "store.h"
#include "testpostgresql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The binary with --database postgresql://…: an empty database gets
// Candor's schema, sessions are listed, summarised, exported to a session
// file and imported into another server database; backups are the
// server's; a password never shows.
class TestPostgresqlCli : public QObject
{
    Q_OBJECT

    static QString uriOf(const TestPostgresql::FreshDatabase &database,
                         const QString &password = {})
    {
        const TestPostgresql::Connection &connection = database.connection();
        return QStringLiteral("postgresql://%1%2@/%3?host=%4&port=%5")
            .arg(connection.userName, password.isEmpty() ? QString() : QLatin1Char(':') + password,
                 connection.databaseName, connection.host)
            .arg(connection.port);
    }

    // A session written by Candor's own store on the server.
    static qint64 writeSession(const TestPostgresql::FreshDatabase &database)
    {
        DatabaseLocation location;
        QString error;
        if (!DatabaseLocation::parse(uriOf(database), &location, &error))
            return 0;
        qint64 id = 0;
        if (Database::openServer(location, QStringLiteral("writer")).ok()) {
            Store store(QStringLiteral("writer"));
            id = store.createSession(SessionKind::PostMortem, QStringLiteral("Checkout outage"));
            ActionItem action;
            action.sessionId = id;
            action.text = QStringLiteral("Page on-call earlier");
            action.owner = QStringLiteral("Lee");
            store.addAction(action);
        }
        Database::close(QStringLiteral("writer"));
        return id;
    }

private slots:
    void initTestCase() { CANDOR_REQUIRE_TEST_SERVER(); }

    void anEmptyDatabaseIsSetUpAndListed()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const CandorRun run =
            runCandor({QStringLiteral("--database"), uriOf(database), QStringLiteral("--list")});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QCOMPARE(run.out.simplified(), QStringLiteral("ID DATE KIND CONCERNS ACTIONS TITLE"));

        const qint64 id = writeSession(database);
        QVERIFY(id > 0);
        const CandorRun listed =
            runCandor({QStringLiteral("--database"), uriOf(database), QStringLiteral("--list")});
        QVERIFY2(listed.exitedWith(CandorExit::Success), listed.describe());
        QVERIFY2(listed.out.contains(QLatin1String("Checkout outage")), listed.describe());
    }

    void summariesAndSessionFilesTravel()
    {
        TestPostgresql::FreshDatabase facilitator;
        TestPostgresql::FreshDatabase manager;
        QVERIFY2(facilitator.isValid() && manager.isValid(), qPrintable(facilitator.error()));
        const qint64 id = writeSession(facilitator);
        QVERIFY(id > 0);
        QTemporaryDir dir;

        const QString summary = dir.filePath(QStringLiteral("summary.md"));
        const CandorRun exported =
            runCandor({QStringLiteral("--database"), uriOf(facilitator), QStringLiteral("--export"),
                       QString::number(id), QStringLiteral("--format"), QStringLiteral("md"),
                       QStringLiteral("--output"), summary});
        QVERIFY2(exported.exitedWith(CandorExit::Success), exported.describe());
        QFile markdown(summary);
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QByteArray text = markdown.readAll();
        QVERIFY(text.contains("Checkout outage"));
        QVERIFY(text.contains("Page on-call earlier"));

        const QString file = dir.filePath(QStringLiteral("outage.candor"));
        const CandorRun sent = runCandor({QStringLiteral("--database"), uriOf(facilitator),
                                          QStringLiteral("--export-session"), QString::number(id),
                                          QStringLiteral("--output"), file});
        QVERIFY2(sent.exitedWith(CandorExit::Success), sent.describe());
        const CandorRun arrived = runCandor(
            {QStringLiteral("--database"), uriOf(manager), QStringLiteral("--import"), file});
        QVERIFY2(arrived.exitedWith(CandorExit::Success), arrived.describe());
        const CandorRun again = runCandor(
            {QStringLiteral("--database"), uriOf(manager), QStringLiteral("--import"), file});
        QVERIFY2(again.exitedWith(CandorExit::Success), again.describe());
        QVERIFY2(again.out.contains(QLatin1String("Nothing to import")), again.describe());
        const CandorRun listed =
            runCandor({QStringLiteral("--database"), uriOf(manager), QStringLiteral("--list")});
        QVERIFY2(listed.out.contains(QLatin1String("Checkout outage")), listed.describe());
    }

    void backupsAreTheServersAndPasswordsNeverShow()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        for (const QString &mode : {QStringLiteral("--backup"), QStringLiteral("--list-backups")}) {
            const CandorRun run = runCandor(
                {QStringLiteral("--database"), uriOf(database, QStringLiteral("s3cret")), mode});
            QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
            QVERIFY2(run.err.contains(QLatin1String("pg_dump")), run.describe());
            QVERIFY2(!run.err.contains(QLatin1String("s3cret")), run.describe());
        }
        // A login the server refuses: its words, the address without the
        // password, and nothing made.
        const CandorRun refused =
            runCandor({QStringLiteral("--database"),
                       uriOf(database, QStringLiteral("s3cret"))
                           .replace(QLatin1String("postgres:"), QLatin1String("nobody_here:")),
                       QStringLiteral("--list")});
        QVERIFY2(refused.exitedWith(CandorExit::DatabaseProblem), refused.describe());
        QVERIFY2(refused.err.contains(QLatin1String("nobody_here")), refused.describe());
        QVERIFY2(!refused.err.contains(QLatin1String("s3cret")), refused.describe());
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlCli)
#include "tst_postgresqlcli.moc"
