#include "postgresqlserver.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

constexpr const char *driverName = "QPSQL";

} // namespace

PostgresqlServer::Inspection PostgresqlServer::inspect(const DatabaseLocation &location,
                                                       const QString &connectionName)
{
    const Inspection found = look(location, connectionName);
    // Removed here, once look() has let go of every query on it.
    if (!found.usable() && QSqlDatabase::contains(connectionName)) {
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    }
    return found;
}

PostgresqlServer::Inspection PostgresqlServer::look(const DatabaseLocation &location,
                                                    const QString &connectionName)
{
    Inspection inspection;
    const QString shown = location.shown();
    const auto giveUp = [&](Finding finding, const QString &message) {
        inspection.finding = finding;
        inspection.message = message;
        return inspection;
    };

    if (!QSqlDatabase::isDriverAvailable(QLatin1String(driverName)))
        return giveUp(Finding::NoDriver,
                      tr("Cannot open “%1”: Qt's PostgreSQL driver is not installed (on Debian, "
                         "the package libqt6sql6-psql). Nothing was created or changed.")
                          .arg(shown));
    QString refused;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(driverName), connectionName);
        location.applyTo(db);
        if (!db.open()) {
            // libpq's own words say best what went wrong: no server there,
            // the login refused, no such database, a certificate. They come
            // on several lines and without a full stop.
            refused = db.lastError().databaseText().simplified();
            if (refused.isEmpty())
                refused = db.lastError().text().simplified();
            if (!refused.endsWith(QLatin1Char('.')))
                refused += QLatin1Char('.');
        }
    }
    if (!refused.isEmpty())
        return giveUp(Finding::CannotConnect,
                      tr("Cannot open the PostgreSQL database “%1”: %2 Nothing was created "
                         "or changed.")
                          .arg(shown, refused));
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    const auto single = [&query](const QString &sql) {
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    };
    const QString schema = single(QStringLiteral("SELECT current_schema()")).toString();
    if (schema.isEmpty())
        return giveUp(Finding::NoPrivileges,
                      tr("“%1” gives this login no schema to work in (its search_path is "
                         "empty or names no schema it may use). Nothing was created or changed.")
                          .arg(shown));

    QStringList tables;
    if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                   " WHERE table_schema = current_schema() ORDER BY table_name")))
        return giveUp(Finding::Unreadable,
                      tr("Cannot look into the PostgreSQL database “%1”: %2 Nothing was created "
                         "or changed.")
                          .arg(shown, query.lastError().databaseText()));
    while (query.next())
        tables.append(query.value(0).toString());

    if (tables.isEmpty()) {
        if (!single(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
                 .toBool())
            return giveUp(Finding::NoPrivileges,
                          tr("“%1” is empty, and this login may not create tables in its schema "
                             "“%2”. An administrator grants that (see Candor's README). Nothing "
                             "was created or changed.")
                              .arg(shown, schema));
        inspection.finding = Finding::Empty;
        return inspection;
    }

    if (!tables.contains(QLatin1String("candor_meta"))) {
        const QStringList some = tables.mid(0, 3);
        return giveUp(
            Finding::Foreign,
            tr("“%1” holds another program's tables (%2), so Candor leaves it alone. "
               "Give Candor an empty database of its own. Nothing was created or "
               "changed.")
                .arg(shown, some.join(QStringLiteral(", ")) +
                                (tables.size() > some.size() ? QStringLiteral(", …") : QString())));
    }
    inspection.schemaVersion =
        single(QStringLiteral("SELECT value FROM candor_meta WHERE key = 'schema_version'"))
            .toInt();
    if (inspection.schemaVersion > Database::latestSchemaVersion()) {
        const QString oldest =
            single(QStringLiteral("SELECT value FROM candor_meta WHERE key = 'oldest_candor'"))
                .toString();
        return giveUp(Finding::NewerCandor,
                      tr("“%1” was set up by a newer Candor (schema %2; it needs Candor %3 or "
                         "newer). This Candor knows schema %4. Nothing was changed.")
                          .arg(shown)
                          .arg(inspection.schemaVersion)
                          .arg(oldest.isEmpty() ? tr("(unknown)") : oldest)
                          .arg(Database::latestSchemaVersion()));
    }
    const QVariant mayWrite =
        // One privilege per call: given a list, has_table_privilege()
        // answers whether any of them is held.
        single(QStringLiteral("SELECT bool_and(has_table_privilege(c.oid, 'SELECT')"
                              " AND has_table_privilege(c.oid, 'INSERT')"
                              " AND has_table_privilege(c.oid, 'UPDATE')"
                              " AND has_table_privilege(c.oid, 'DELETE'))"
                              " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                              " WHERE n.nspname = current_schema() AND c.relkind = 'r'"));
    if (!mayWrite.toBool())
        return giveUp(Finding::NoPrivileges,
                      tr("This login may not read and change every table of Candor's in “%1”. "
                         "An administrator grants that (see Candor's README). Nothing was "
                         "changed.")
                          .arg(shown));
    inspection.finding = Finding::Candor;
    return inspection;
}
