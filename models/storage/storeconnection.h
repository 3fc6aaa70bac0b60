#pragma once

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class Clock;
class IntegrityCheck;
class QSqlDatabase;
class Store;
struct RemovedRows;

// A column and the value it gets, or the value it must still hold.
struct ColumnValue
{
    QString column;
    QVariant value;
};

// What every part of the Store shares: the connection, the transaction an
// edit runs in, the time stamps it writes, and the few statements that work
// the same on every table (a guarded update, renumbering an ordered list,
// taking rows out and putting them back). Failures are told through the
// Store's signals, so a view never needs to know which part wrote.
class StoreConnection
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    StoreConnection(Store &store, const QString &connectionName);
    ~StoreConnection();
    StoreConnection(const StoreConnection &) = delete;
    StoreConnection &operator=(const StoreConnection &) = delete;

    void setPendingIntegrityCheck(std::shared_ptr<IntegrityCheck> check);
    void setClock(const Clock *clock);
    QDateTime nowUtc() const;
    QString nowText() const;

    // The connection; on a server, opened again after it was dropped.
    QSqlDatabase database() const;

    // Runs body in the open batch, or in a batch of its own; what is a few
    // words naming what was saved, for the message when it fails.
    bool write(const QString &what, const std::function<bool(QSqlQuery &)> &body);
    // Sends a change signal now, or once the batch it belongs to commits.
    void notify(std::function<void()> signal);
    // Runs a read; a failure is reported (Store::readFailed), never taken
    // for "no rows". On a server that came back, the next read reconnects.
    bool read(QSqlQuery &query) const;
    // Every row sql finds with values bound in order, each made by from
    // (a row mapper); a read that fails is reported and gives no rows.
    template <typename From>
    auto readRows(const QString &sql, const QVariantList &values, From from) const
        -> QVector<decltype(from(std::declval<const QSqlQuery &>()))>
    {
        QVector<decltype(from(std::declval<const QSqlQuery &>()))> rows;
        readEach(sql, values, [&](const QSqlQuery &query) { rows.append(from(query)); });
        return rows;
    }
    // Hands every row sql finds to visit; false when the read failed (it
    // is reported).
    bool readEach(const QString &sql, const QVariantList &values,
                  const std::function<void(const QSqlQuery &)> &visit) const;
    // The first row sql finds, or none (also when the read failed).
    template <typename From>
    auto readRow(const QString &sql, const QVariantList &values, From from) const
        -> std::optional<decltype(from(std::declval<const QSqlQuery &>()))>
    {
        QSqlQuery query = prepared(sql, values);
        if (!read(query) || !query.next())
            return std::nullopt;
        return from(query);
    }
    // The first column of the row sql finds for id, or 0.
    qint64 lookUp(const QString &sql, qint64 id) const;

    // Statements a write body runs; a failure keeps its reason (lastError).
    bool exec(QSqlQuery &query);
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    static qint64 returnedId(QSqlQuery &query);
    // UPDATE table SET ... WHERE id = ? AND each expected column still holds
    // its value; no row changed is a failure that says why.
    bool updateRow(QSqlQuery &query, const QString &table, qint64 id,
                   const QVector<ColumnValue> &set, const QVector<ColumnValue> &expected);
    // Gives the rows of an ordered list the positions 1, 2, … in the order
    // of idsInOrder, writing only those from firstChanged whose place moved.
    bool renumber(QSqlQuery &query, const QString &table, const QString &positionColumn,
                  const QVector<qint64> &idsInOrder, int firstChanged = 0);
    // Copies every column of the rows matching where into removed.
    bool snapshotRows(QSqlQuery &query, const QString &table, const QString &whereColumn, qint64 id,
                      RemovedRows *removed);
    bool snapshotLink(QSqlQuery &query, const QString &table, const QString &column, qint64 target,
                      RemovedRows *removed);
    // Puts off checking references until the batch commits, so that rows
    // may be put back in any order; an edit that only changes rows in place
    // does without (on a server, it is one statement fewer).
    bool deferReferences(QSqlQuery &query);
    bool insertRows(QSqlQuery &query, const RemovedRows &removed);
    bool relink(QSqlQuery &query, const RemovedRows &removed);

    QString lastError() const { return m_lastError; }
    void setLastError(const QString &reason) { m_lastError = reason; }
    int failedWrites() const { return m_failedWrites; }

    // Store::Batch: the outermost one begins and ends the transaction.
    void enterBatch();
    // False when the batch failed (or ok is false); the outermost commits
    // or rolls back and reports.
    bool leaveBatch(bool ok, const QString &failureMessage, const QString &subject);

private:
    struct OpenBatch;

    void beginBatch();
    bool endBatch(const QString &failureMessage, const QString &subject);
    QSqlQuery &writeQuery();
    // Opens a server's dropped connection anew, configured as the first.
    bool reopen(QSqlDatabase &db) const;
    // A forward-only read with values bound, ready to run.
    QSqlQuery prepared(const QString &sql, const QVariantList &values) const;

    Store &m_store;
    QString m_connectionName;
    QString m_lastError;
    std::shared_ptr<IntegrityCheck> m_pendingCheck;
    const Clock *m_clock = nullptr;
    std::unique_ptr<OpenBatch> m_batch;
    int m_batchDepth = 0;
    // The queries write() hands its bodies, by nesting level (a deque, so
    // that growing it never moves one in use).
    mutable std::deque<QSqlQuery> m_writeQueries;
    int m_writeDepth = 0;
    int m_failedWrites = 0;
};
