#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class DatabaseLocation;
class QSqlQuery;

// The least SQLite can do durably, which every durable Candor write is
// judged against: a prepared one-row INSERT committed alone, on a file with
// the PRAGMAs Database::open sets, so it pays the same price per commit.
class RawInsert
{
public:
    // Opens (and creates) the file at path on its own connection; path must
    // not exist yet. ok() says whether that worked, lastError() why not.
    RawInsert(const QString &path, const QString &connectionName);
    // The same on a PostgreSQL database (location.isServer()) that Candor
    // does not use: a table of its own there, committed with the server's
    // settings (fsync and synchronous_commit on).
    RawInsert(const DatabaseLocation &location, const QString &connectionName);
    ~RawInsert();
    RawInsert(const RawInsert &) = delete;
    RawInsert &operator=(const RawInsert &) = delete;

    bool ok() const { return m_query != nullptr; }
    // One row holding text, in a transaction of its own; false with
    // lastError() when it failed.
    bool insert(const QString &text);
    QString lastError() const { return m_lastError; }

private:
    bool prepare(const QStringList &setUp);

    QString m_connectionName;
    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_lastError;
};
