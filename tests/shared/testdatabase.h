#pragma once

#include "database.h"
#include "databaselocation.h"
#include "testpostgresql.h"

#include <QDir>
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
        } else {
            m_location = DatabaseLocation::file(m_folder.filePath(QStringLiteral("candor.sqlite")));
        }
    }

    static bool onPostgresql()
    {
        return qEnvironmentVariable("CANDOR_TEST_ENGINE") == QLatin1String("postgresql");
    }

    // Empty when the database can be opened; else why not (no test server).
    QString error() const { return m_error; }
    const DatabaseLocation &location() const { return m_location; }

    // Opens (the first time, creates) the database as Candor does.
    Database::OpenResult open(const QString &connectionName = Database::defaultConnectionName) const
    {
        if (!m_error.isEmpty()) {
            Database::OpenResult failed;
            failed.problem = Database::Problem::CannotOpen;
            failed.message = m_error;
            return failed;
        }
        return m_location.isServer() ? Database::openServer(m_location, connectionName)
                                     : Database::open(m_location.filePath(),
                                                      Database::Access::ReadWrite, connectionName);
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<TestPostgresql::FreshDatabase> m_server;
    DatabaseLocation m_location;
    QString m_error;
};
