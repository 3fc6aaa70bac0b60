#include "dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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

bool Dialect::beginDeferred(QSqlDatabase &db)
{
    if (of(db) == Engine::Postgresql) {
        // QPSQL's commit() and rollback() send COMMIT and ROLLBACK whoever
        // began the transaction.
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("BEGIN; ") + deferForeignKeys(Engine::Postgresql)))
            return true;
        // Nothing half begun is left behind (a dead connection has none).
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!db.transaction())
        return false;
    // Never refused by SQLite, which checks at each statement without it.
    QSqlQuery(db).exec(deferForeignKeys(Engine::Sqlite));
    return true;
}
