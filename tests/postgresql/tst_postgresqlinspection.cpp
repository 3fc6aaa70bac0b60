#include "database.h"
#include "databaselocation.h"
#include "postgresqlserver.h"
#include "store.h"
#include "testpostgresql.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Before Candor uses a PostgreSQL database it looks, and changes nothing:
// a server that is not there, a refused login, another program's tables, a
// newer Candor's schema and a login without the privileges each get one
// clear sentence; an empty database is Candor's to set up.
class TestPostgresqlInspection : public QObject
{
    Q_OBJECT

    static DatabaseLocation locationOf(const QString &host, const QString &database,
                                       const QString &user = TestPostgresql::userName())
    {
        DatabaseLocation location;
        QString error;
        const QString uri = QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                                .arg(user, database, host)
                                .arg(TestPostgresql::port());
        if (!DatabaseLocation::parse(uri, &location, &error))
            qWarning("%s", qPrintable(error));
        return location;
    }

    // Runs statements on a test database as the server's superuser.
    static void setUp(const TestPostgresql::FreshDatabase &database, const QStringList &statements)
    {
        QSqlDatabase db = database.connection().open(QStringLiteral("setup"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        {
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("setup"));
    }

    static QString metaValue(const TestPostgresql::FreshDatabase &database, const QString &key)
    {
        QString value;
        {
            QSqlDatabase db = database.connection().open(QStringLiteral("look"));
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT value FROM candor_meta WHERE key = ?"));
            query.addBindValue(key);
            if (query.exec() && query.next())
                value = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return value;
    }

    static QStringList tablesOf(const TestPostgresql::FreshDatabase &database)
    {
        QStringList tables;
        {
            QSqlDatabase db = database.connection().open(QStringLiteral("look"));
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                      " WHERE table_schema = 'public' ORDER BY 1"));
            while (query.next())
                tables.append(query.value(0).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return tables;
    }

private slots:
    void initTestCase() { CANDOR_REQUIRE_TEST_SERVER(); }

    void noServerThere()
    {
        QTemporaryDir nowhere;
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(nowhere.path(), QStringLiteral("candor")), QStringLiteral("candor"));
        QCOMPARE(found.finding, PostgresqlServer::Finding::CannotConnect);
        QVERIFY2(found.message.contains(nowhere.path()), qPrintable(found.message));
        QVERIFY2(found.message.contains(QLatin1String("Nothing was created or changed")),
                 qPrintable(found.message));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("candor")));
    }

    void loginRefused()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), database.connection().databaseName,
                       QStringLiteral("nobody_here")),
            QStringLiteral("candor"));
        QCOMPARE(found.finding, PostgresqlServer::Finding::CannotConnect);
        QVERIFY2(found.message.contains(QLatin1String("nobody_here")), qPrintable(found.message));
        QVERIFY(tablesOf(database).isEmpty());
    }

    void noSuchDatabase()
    {
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), QStringLiteral("candor_never_made")),
            QStringLiteral("candor"));
        QCOMPARE(found.finding, PostgresqlServer::Finding::CannotConnect);
        QVERIFY2(found.message.contains(QLatin1String("candor_never_made")),
                 qPrintable(found.message));
    }

    void anEmptyDatabaseIsCandorsToSetUp()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), database.connection().databaseName),
            QStringLiteral("candor"));
        QCOMPARE(found.finding, PostgresqlServer::Finding::Empty);
        QVERIFY(found.usable());
        QVERIFY(QSqlDatabase::database(QStringLiteral("candor"), false).isOpen());
        QSqlDatabase::database(QStringLiteral("candor"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("candor"));
        QVERIFY(tablesOf(database).isEmpty());
    }

    void anotherProgramsTablesAreLeftAlone()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        setUp(database, {QStringLiteral("CREATE TABLE invoices (id int)")});
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), database.connection().databaseName),
            QStringLiteral("candor"));
        QCOMPARE(found.finding, PostgresqlServer::Finding::Foreign);
        QVERIFY2(found.message.contains(QLatin1String("invoices")), qPrintable(found.message));
        QCOMPARE(tablesOf(database), QStringList{QStringLiteral("invoices")});
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("candor")));
    }

    void aNewerCandorsSchemaIsRefused()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        setUp(
            database,
            {QStringLiteral("CREATE TABLE candor_meta (key text PRIMARY KEY, value text NOT NULL)"),
             QStringLiteral("INSERT INTO candor_meta VALUES ('schema_version', '99'),"
                            " ('oldest_candor', '9.0.0')")});
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), database.connection().databaseName),
            QStringLiteral("candor"));
        QCOMPARE(found.finding, PostgresqlServer::Finding::NewerCandor);
        QCOMPARE(found.schemaVersion, 99);
        QVERIFY2(found.message.contains(QLatin1String("schema 99")), qPrintable(found.message));
        QVERIFY2(found.message.contains(QLatin1String("9.0.0")), qPrintable(found.message));
        QVERIFY2(found.message.contains(QString::number(Database::latestSchemaVersion())),
                 qPrintable(found.message));
    }

    void aLoginWithoutPrivilegesIsTold()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const QString role =
            QStringLiteral("reader_") + database.connection().databaseName.right(8);
        // PostgreSQL 15 no longer lets everyone create in the public schema.
        setUp(database, {QStringLiteral("CREATE ROLE %1 LOGIN").arg(role)});
        const PostgresqlServer::Inspection found = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), database.connection().databaseName, role),
            QStringLiteral("candor"));
        setUp(database, {QStringLiteral("DROP ROLE %1").arg(role)});
        QCOMPARE(found.finding, PostgresqlServer::Finding::NoPrivileges);
        QVERIFY2(found.message.contains(QLatin1String("may not create tables")),
                 qPrintable(found.message));
        QVERIFY(tablesOf(database).isEmpty());
    }

    // Each migration on a server is a transaction of its own: one that
    // fails leaves the database at the version before it, as it was, and
    // says so; a reader never moves a team's schema on.
    void aFailedMigrationLeavesTheSchemaAsItWas()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const DatabaseLocation location =
            locationOf(TestPostgresql::host(), database.connection().databaseName);
        const Database::OpenResult setUpNow = Database::openServer(location);
        QVERIFY2(setUpNow.ok(), qPrintable(setUpNow.message));
        Database::close();
        // Schema 6 whole, but saying 5: running schema 6's file again on it
        // fails at its first CREATE TABLE.
        setUp(database, {QStringLiteral("UPDATE candor_meta SET value = '5'"
                                        " WHERE key = 'schema_version'")});
        const QStringList tablesBefore = tablesOf(database);

        const Database::OpenResult reading =
            Database::open(location, Database::Access::ReadOnly, QStringLiteral("reader"));
        QCOMPARE(reading.problem, Database::Problem::NeedsUpgrade);
        QVERIFY2(reading.message.contains(QLatin1String("schema 5")), qPrintable(reading.message));
        QVERIFY(!QSqlDatabase::contains(QStringLiteral("reader")));

        const Database::OpenResult upgrading = Database::openServer(location);
        QCOMPARE(upgrading.problem, Database::Problem::UpgradeFailed);
        QVERIFY2(upgrading.message.contains(QLatin1String("step 6")),
                 qPrintable(upgrading.message));
        QVERIFY2(upgrading.message.contains(QLatin1String("kept at schema 5")),
                 qPrintable(upgrading.message));
        QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName));
        QCOMPARE(tablesOf(database), tablesBefore);
        QCOMPARE(metaValue(database, QStringLiteral("schema_version")), QStringLiteral("5"));
    }

    // The session is set up the same way whenever its connection is
    // opened, also when the store opens it anew after it dropped.
    void theSessionIsConfiguredAgainAfterADrop()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const Database::OpenResult opened = Database::openServer(
            locationOf(TestPostgresql::host(), database.connection().databaseName));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const auto setting = [](const QString &name) {
            QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName, false));
            return query.exec(QStringLiteral("SELECT current_setting('%1')").arg(name)) &&
                           query.next()
                       ? query.value(0).toString()
                       : QString();
        };
        QCOMPARE(setting(QStringLiteral("application_name")), QStringLiteral("Candor"));
        QCOMPARE(setting(QStringLiteral("lock_timeout")), QStringLiteral("5s"));
        {
            Store store(Database::defaultConnectionName);
            QSignalSpy readFailed(&store, &Store::readFailed);
            setUp(database, {QStringLiteral("SELECT pg_terminate_backend(pid) FROM"
                                            " pg_stat_activity WHERE application_name = 'Candor'"
                                            " AND datname = current_database()")});
            store.sessions(); // fails, and lets the dead connection go
            QCOMPARE(readFailed.size(), 1);
            store.sessions(); // on a connection opened anew
            QCOMPARE(readFailed.size(), 1);
        }
        QCOMPARE(setting(QStringLiteral("application_name")), QStringLiteral("Candor"));
        QCOMPARE(setting(QStringLiteral("lock_timeout")), QStringLiteral("5s"));
        Database::close();
    }

    // A row someone else holds locked (a long transaction, an
    // administrator's migration) ends the edit with a message after the
    // session's lock timeout, instead of a window that waits for good; and
    // nothing of it is saved.
    void aRowLockedElsewhereEndsTheEditWithAMessage()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        const Database::OpenResult opened = Database::openServer(
            locationOf(TestPostgresql::host(), database.connection().databaseName));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        {
            Store store(Database::defaultConnectionName);
            const qint64 id = store.createSession(SessionKind::PreMortem, QStringLiteral("Held"));
            QVERIFY(id != 0);
            QSqlDatabase other = database.connection().open(QStringLiteral("holder"));
            QVERIFY(other.isOpen());
            QVERIFY(other.transaction());
            QSqlQuery hold(other);
            QVERIFY(hold.exec(
                QStringLiteral("SELECT 1 FROM sessions WHERE id = %1 FOR UPDATE").arg(id)));
            QSignalSpy failed(&store, &Store::writeFailed);
            // Without the timeout this call would wait until the holder
            // lets go, which it does only after it returns.
            QVERIFY(!store.renameSession(id, QStringLiteral("Never saved")));
            hold.finish();
            other.rollback();
            other.close();
            QCOMPARE(failed.size(), 1);
            QVERIFY2(failed.first().first().toString().contains(QLatin1String("lock timeout")),
                     qPrintable(failed.first().first().toString()));
            QCOMPARE(store.session(id)->title, QStringLiteral("Held"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        Database::close();
    }

    // The README's lines for an administrator are enough: the role they
    // make sets Candor up on the first start and uses it after; a role
    // that may only read is told it may not change the tables.
    void theAdministratorsLinesAreEnough()
    {
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        const QString team = QStringLiteral("candor_platform_") + suffix;
        const QString reader = QStringLiteral("candor_reader_") + suffix;
        {
            QSqlDatabase admin = TestPostgresql::server().open(QStringLiteral("admin"));
            QVERIFY(admin.isOpen());
            QSqlQuery query(admin);
            for (const QString &statement :
                 {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'choose-one'").arg(team),
                  QStringLiteral("CREATE DATABASE %1 OWNER %1 ENCODING 'UTF8' TEMPLATE template0")
                      .arg(team),
                  QStringLiteral("CREATE ROLE %1 LOGIN").arg(reader)})
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        TestPostgresql::Connection asSuperuser = TestPostgresql::server();
        asSuperuser.databaseName = team;
        {
            QSqlDatabase db = asSuperuser.open(QStringLiteral("inside"));
            QSqlQuery query(db);
            for (const QString &statement :
                 {QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
                  QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(team)})
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inside"));

        const Database::OpenResult first =
            Database::openServer(locationOf(TestPostgresql::host(), team, team));
        QVERIFY2(first.ok(), qPrintable(first.message));
        QVERIFY(first.created);
        Database::close();
        const Database::OpenResult second =
            Database::openServer(locationOf(TestPostgresql::host(), team, team));
        QVERIFY2(second.ok(), qPrintable(second.message));
        QVERIFY(!second.created);
        Database::close();

        {
            QSqlDatabase db = asSuperuser.open(QStringLiteral("inside"));
            QSqlQuery query(db);
            for (const QString &statement :
                 {QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader),
                  QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)})
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inside"));
        const PostgresqlServer::Inspection readOnly = PostgresqlServer::inspect(
            locationOf(TestPostgresql::host(), team, reader), QStringLiteral("candor"));
        QCOMPARE(readOnly.finding, PostgresqlServer::Finding::NoPrivileges);
        QVERIFY2(readOnly.message.contains(QLatin1String("may not read and change")),
                 qPrintable(readOnly.message));

        {
            QSqlDatabase admin = TestPostgresql::server().open(QStringLiteral("admin"));
            QSqlQuery query(admin);
            query.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(team));
            query.exec(QStringLiteral("DROP ROLE %1").arg(reader));
            query.exec(QStringLiteral("DROP ROLE %1").arg(team));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlInspection)
#include "tst_postgresqlinspection.moc"
