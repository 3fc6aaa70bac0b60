#include "dialect.h"

#include "databaselocation.h"
#include "postgresqldialect.h"
#include "sqlitedialect.h"

#include <QDir>
#include <QSqlDatabase>

const Dialect &Dialect::of(Engine engine)
{
    static const SqliteDialect sqlite;
    static const PostgresqlDialect postgresql;
    if (engine == Engine::Postgresql)
        return postgresql;
    return sqlite;
}

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    return of(db.driverName() == QLatin1String("QPSQL") ? Engine::Postgresql : Engine::Sqlite);
}

const Dialect &Dialect::of(const DatabaseLocation &location)
{
    return of(location.isServer() ? Engine::Postgresql : Engine::Sqlite);
}

QVector<Migration> Dialect::migrations() const
{
    // Files are named NNNN_what.sql; the number is the schema version they
    // produce. QDir lists files only, so a folder of another engine's
    // migrations inside this one is never taken for one of them.
    QVector<Migration> found;
    const QDir dir(migrationFolder());
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            found.append({version, dir.filePath(name)});
    }
    return found;
}
