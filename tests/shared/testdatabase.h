#pragma once

#include "database.h"
#include "databaselocation.h"
#include "store.h"
#include "testpostgresql.h"
#include "testsessions.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

// One Candor database for one test, on the engine this run is for: an
// SQLite file in a folder of its own, or, with CANDOR_TEST_ENGINE=postgresql
// (candor_add_test(... BOTH_ENGINES)), a fresh database on the private
// PostgreSQL server, dropped with this. The same test code runs on both.
class TestDatabase
{
public:
    TestDatabase()
    {
        if (onPostgresql()) {
            m_server = std::make_unique<TestPostgresql::FreshDatabase>();
            if (!m_server->isValid())
                m_error = m_server->error();
            const TestPostgresql::Connection &connection = m_server->connection();
            const QString uri =
                QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                    .arg(connection.userName, connection.databaseName, connection.host)
                    .arg(connection.port);
            if (!DatabaseLocation::parse(uri, &m_location, &m_error))
                m_error = QStringLiteral("the test server's address: ") + m_error;
            m_argument = uri;
        } else {
            m_location = DatabaseLocation::file(m_folder.filePath(QStringLiteral("candor.sqlite")));
            m_argument = m_location.filePath();
        }
    }

    static bool onPostgresql()
    {
        return qEnvironmentVariable("CANDOR_TEST_ENGINE") == QLatin1String("postgresql");
    }

    // Empty when the database can be opened; else why not (no test server).
    QString error() const { return m_error; }
    const DatabaseLocation &location() const { return m_location; }
    // What a user passes to --database for it: the file's path, or the URI.
    QString argument() const { return m_argument; }

    // Opens (the first time, creates) the database as Candor does.
    Database::OpenResult open(const QString &connectionName = Database::defaultConnectionName) const
    {
        if (!m_error.isEmpty()) {
            Database::OpenResult failed;
            failed.problem = Database::Problem::CannotOpen;
            failed.message = m_error;
            return failed;
        }
        if (!m_location.isServer())
            return Database::open(m_location.filePath(), Database::Access::ReadWrite,
                                  connectionName);
        Database::OpenResult opened = Database::openServer(m_location, connectionName);
        if (opened.ok())
            giveTestsGroupConcat(connectionName, &opened);
        return opened;
    }

    // Sessions with these titles, committed and the database closed again,
    // as Candor would leave them for a script.
    bool createSessions(const QStringList &titles, SessionKind kind = SessionKind::PreMortem) const
    {
        return createSessionsAndClose(open(), titles, kind);
    }

    // A second connection of the test's own, to read what is committed
    // (not what a connection has cached): open, or with lastError() set.
    // QSqlDatabase::removeDatabase(name) when done.
    QSqlDatabase openReader(const QString &name) const
    {
        QSqlDatabase reader;
        if (m_location.isServer()) {
            reader = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            m_location.applyTo(reader);
        } else {
            reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            reader.setDatabaseName(m_location.filePath());
            reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        reader.open();
        return reader;
    }

private:
    // Tests read what the store wrote with SQLite's group_concat(x[, sep]);
    // the test database on the server gets the same aggregate, so the
    // tests' own queries read alike on both engines. Candor never uses it.
    static void giveTestsGroupConcat(const QString &connectionName, Database::OpenResult *opened)
    {
        QSqlQuery query(QSqlDatabase::database(connectionName, false));
        const QStringList statements = {
            QStringLiteral("CREATE OR REPLACE FUNCTION candor_test_concat(so_far text,"
                           " value anyelement, separator text) RETURNS text LANGUAGE sql"
                           " IMMUTABLE AS $$ SELECT CASE WHEN value IS NULL THEN so_far"
                           " WHEN so_far IS NULL THEN value::text"
                           " ELSE so_far || separator || value::text END $$"),
            QStringLiteral("CREATE OR REPLACE FUNCTION candor_test_concat(so_far text,"
                           " value anyelement) RETURNS text LANGUAGE sql IMMUTABLE AS"
                           " $$ SELECT candor_test_concat(so_far, value, ',') $$"),
            QStringLiteral("CREATE OR REPLACE AGGREGATE group_concat(anyelement, text)"
                           " (SFUNC = candor_test_concat, STYPE = text)"),
            QStringLiteral("CREATE OR REPLACE AGGREGATE group_concat(anyelement)"
                           " (SFUNC = candor_test_concat, STYPE = text)"),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                opened->problem = Database::Problem::CannotOpen;
                opened->message = query.lastError().text();
                return;
            }
        }
    }

    QTemporaryDir m_folder;
    std::unique_ptr<TestPostgresql::FreshDatabase> m_server;
    DatabaseLocation m_location;
    QString m_error;
    QString m_argument;
};
