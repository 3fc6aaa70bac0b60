#include "postgresqldialect.h"

#include "databaselocation.h"
#include "postgresqlserver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

QString PostgresqlDialect::migrationFolder() const
{
    return QStringLiteral(":/migrations/postgresql");
}

QString PostgresqlDialect::deferForeignKeys() const
{
    // PostgreSQL defers only constraints declared DEFERRABLE, which
    // Candor's references are.
    return QStringLiteral("SET CONSTRAINTS ALL DEFERRED");
}

bool PostgresqlDialect::configure(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    // The name an administrator sees in pg_stat_activity; and a row locked
    // elsewhere (someone's long transaction, a migration) ends a write with
    // a message after a few seconds instead of freezing the window.
    if (query.exec(QStringLiteral("SET application_name = 'Candor'; SET lock_timeout = '5s'")))
        return true;
    *error = query.lastError().databaseText();
    return false;
}

bool PostgresqlDialect::migrate(QSqlDatabase &db, int version, int *reached, QString *error) const
{
    *reached = version;
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        if (!db.transaction()) {
            *error = db.lastError().databaseText();
            return false;
        }
        QSqlQuery query(db);
        // Sent whole: PostgreSQL takes several statements in one simple
        // query, function bodies and all.
        bool ok = query.exec(QString::fromUtf8(file.readAll()));
        if (!ok)
            *error = query.lastError().databaseText();
        // Schema 6 is where rows got identities and sessions a team; on an
        // empty database that is its first team.
        ok = ok && (migration.version != 6 || Database::giveIdentitiesAndFirstTeam(query, error));
        if (ok) {
            query.prepare(
                QStringLiteral("INSERT INTO candor_meta (key, value) VALUES ('schema_version', ?)"
                               " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            query.addBindValue(QString::number(migration.version));
            ok = query.exec();
            if (!ok)
                *error = query.lastError().databaseText();
        }
        query.finish();
        if (ok && !db.commit()) {
            *error = db.lastError().databaseText();
            ok = false;
        }
        if (!ok) {
            db.rollback();
            *error = tr("step %1: %2").arg(migration.version).arg(*error);
            return false;
        }
        *reached = migration.version;
    }
    return true;
}

Database::OpenResult PostgresqlDialect::open(const DatabaseLocation &location,
                                             Database::Access access, const QString &connectionName,
                                             Database::Verification) const
{
    // The check is PostgresqlServer's look at what is there, always before
    // returning: a server database is never read without it.
    Database::OpenResult result;
    const PostgresqlServer::Inspection found = PostgresqlServer::inspect(location, connectionName);
    if (!found.usable()) {
        switch (found.finding) {
        case PostgresqlServer::Finding::NewerCandor:
            result.problem = Database::Problem::NewerVersion;
            break;
        case PostgresqlServer::Finding::Foreign:
            result.problem = Database::Problem::NotCandor;
            break;
        case PostgresqlServer::Finding::CannotConnect:
            result.problem = Database::Problem::CannotConnect;
            break;
        default:
            result.problem = Database::Problem::CannotOpen;
            break;
        }
        result.message = found.message;
        return result;
    }
    const auto refuse = [&](Database::Problem problem, const QString &message) {
        Database::close(connectionName);
        result.problem = problem;
        result.message = message;
        return result;
    };
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QString error;
    if (!configure(db, &error))
        return refuse(Database::Problem::CannotOpen,
                      tr("Cannot open the PostgreSQL database “%1”: %2 Nothing was created "
                         "or changed.")
                          .arg(location.shown(), error));

    const bool isEmpty = found.finding == PostgresqlServer::Finding::Empty;
    const int version = isEmpty ? 0 : found.schemaVersion;
    if (version == Database::latestSchemaVersion())
        return result;
    // A reader may set up an empty database (there is nothing to keep as it
    // was), but never moves a team's schema on by itself.
    if (!isEmpty && access == Database::Access::ReadOnly)
        return refuse(Database::Problem::NeedsUpgrade,
                      Database::problemMessage(Database::Problem::NeedsUpgrade, location.shown(),
                                               tr("schema %1").arg(version)));
    int reached = version;
    if (!migrate(db, version, &reached, &error)) {
        if (reached == 0)
            return refuse(Database::Problem::UpgradeFailed,
                          tr("Cannot set up Candor in the PostgreSQL database “%1”: %2 Nothing "
                             "was created or changed.")
                              .arg(location.shown(), error));
        return refuse(Database::Problem::UpgradeFailed,
                      tr("Upgrading the PostgreSQL database “%1” failed: %2 It is kept at "
                         "schema %3, each step whole or not at all; this version of Candor "
                         "needs schema %4.")
                          .arg(location.shown(), error)
                          .arg(reached)
                          .arg(Database::latestSchemaVersion()));
    }
    result.created = isEmpty;
    return result;
}
