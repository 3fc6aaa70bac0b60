#pragma once

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QtGlobal>

// The private PostgreSQL 15 server ctest starts for tests registered with
// candor_add_test(... POSTGRESQL) (tests/postgresql/testserver.sh): a Unix
// socket only, no TCP port, trust authentication, superuser "postgres".
// Each test takes a fresh database of its own on it (FreshDatabase), so
// tests never see each other's rows and need no cleanup of their own.
namespace TestPostgresql {

// The server's socket folder, which ctest passes; empty when the test is run
// by hand without it.
inline QString host()
{
    return qEnvironmentVariable("CANDOR_TEST_POSTGRESQL_HOST");
}

// The port only names the socket file (.s.PGSQL.5432); nothing listens on TCP.
inline int port()
{
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("CANDOR_TEST_POSTGRESQL_PORT", &ok);
    return ok ? port : 5432;
}

// testserver.sh names the superuser "postgres" whoever starts the server.
inline QString userName()
{
    return QStringLiteral("postgres");
}

// Set for every test ctest runs (tests/CMakeLists.txt): without a host there,
// a test must fail; by hand it may skip.
inline bool underCtest()
{
    return qEnvironmentVariableIsSet("CANDOR_TEST_UNDER_CTEST");
}

// How to reach one database on the server.
struct Connection
{
    QString host;
    int port = 5432;
    QString userName;
    QString databaseName;

    // Adds a QPSQL connection named connectionName and opens it; see isOpen()
    // and lastError(). QSqlDatabase::removeDatabase(connectionName) when done.
    QSqlDatabase open(const QString &connectionName) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(userName);
        db.setDatabaseName(databaseName);
        db.open();
        return db;
    }
};

// The server's own "postgres" database, to look at the server itself.
inline Connection server()
{
    return {host(), port(), userName(), QStringLiteral("postgres")};
}

// A new, empty database (from template0, UTF-8) for one test, dropped when
// this goes out of scope, even with connections still open to it.
class FreshDatabase
{
public:
    FreshDatabase()
    {
        static int created = 0;
        m_connection = server();
        // Unique on the server: the process, a counter, and a random part for
        // a server that outlives processes (one started by hand).
        m_connection.databaseName =
            QStringLiteral("candor_test_%1_%2_%3")
                .arg(QCoreApplication::applicationPid())
                .arg(++created)
                .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        m_adminConnection = QStringLiteral("testpostgresql-admin-") + m_connection.databaseName;
        QSqlDatabase admin = server().open(m_adminConnection);
        if (!admin.isOpen()) {
            m_error = QStringLiteral("cannot connect to the test server on %1: %2")
                          .arg(host(), admin.lastError().text());
            return;
        }
        QSqlQuery create(admin);
        if (!create.exec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8'")
                             .arg(m_connection.databaseName))) {
            m_error = QStringLiteral("cannot create database %1: %2")
                          .arg(m_connection.databaseName, create.lastError().text());
            return;
        }
        m_exists = true;
    }
    ~FreshDatabase()
    {
        if (!drop())
            qWarning("%s", qPrintable(m_error));
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    FreshDatabase(const FreshDatabase &) = delete;
    FreshDatabase &operator=(const FreshDatabase &) = delete;

    bool isValid() const { return m_exists; }
    QString error() const { return m_error; }
    const Connection &connection() const { return m_connection; }

    // Drops the database now; FORCE (PostgreSQL 13 and later) ends any
    // connection a test left open to it instead of failing.
    bool drop()
    {
        if (!m_exists)
            return true;
        QSqlQuery dropping(QSqlDatabase::database(m_adminConnection, false));
        if (!dropping.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)")
                               .arg(m_connection.databaseName))) {
            m_error = QStringLiteral("cannot drop database %1: %2")
                          .arg(m_connection.databaseName, dropping.lastError().text());
            return false;
        }
        m_exists = false;
        return true;
    }

private:
    Connection m_connection;
    QString m_adminConnection;
    QString m_error;
    bool m_exists = false;
};

} // namespace TestPostgresql

// For initTestCase() of a test that needs the server: under ctest a missing
// server fails the test; run by hand without one, it is skipped.
#define CANDOR_REQUIRE_TEST_SERVER()                                                               \
    do {                                                                                           \
        if (TestPostgresql::host().isEmpty()) {                                                    \
            if (TestPostgresql::underCtest())                                                      \
                QFAIL("CANDOR_TEST_POSTGRESQL_HOST is not set although ctest runs this test: "     \
                      "register it with candor_add_test(... POSTGRESQL)");                         \
            QSKIP("Run by hand without CANDOR_TEST_POSTGRESQL_HOST, so there is no test server; "  \
                  "under ctest (ctest -L postgresql) it is started, and its absence fails");       \
        }                                                                                          \
    } while (false)
