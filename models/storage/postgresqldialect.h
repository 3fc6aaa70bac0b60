#pragma once

#include "dialect.h"

#include <QCoreApplication>

// Candor's database on a PostgreSQL server: looked at before use
// (PostgresqlServer::inspect: reachable, Candor's or empty, privileges), an
// empty database set up, each later migration in :/migrations/postgresql
// applied in a transaction of its own with the version kept in candor_meta,
// and the session configured so that a lock held elsewhere ends in a
// message rather than a window that waits. Backups are the server's.
class PostgresqlDialect : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Engine engine() const override { return Engine::Postgresql; }
    Database::OpenResult open(const DatabaseLocation &location, Database::Access access,
                              const QString &connectionName,
                              Database::Verification verification) const override;
    bool configure(QSqlDatabase &db, QString *error) const override;
    QString deferForeignKeys() const override;
    bool keepsOwnBackups() const override { return false; }

protected:
    QString migrationFolder() const override;

private:
    // Runs the migrations after version, each in its own transaction;
    // *reached is the version the database is at afterwards.
    bool migrate(QSqlDatabase &db, int version, int *reached, QString *error) const;
};
