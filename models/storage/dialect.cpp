#include "dialect.h"

#include <QSqlDatabase>

Dialect::Engine Dialect::of(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgresql : Engine::Sqlite;
}

QString Dialect::deferForeignKeys(Engine engine)
{
    // PostgreSQL defers only constraints declared DEFERRABLE, which
    // Candor's references are.
    return engine == Engine::Postgresql ? QStringLiteral("SET CONSTRAINTS ALL DEFERRED")
                                        : QStringLiteral("PRAGMA defer_foreign_keys = ON");
}
