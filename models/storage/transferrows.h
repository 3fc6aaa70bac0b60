#pragma once

#include "store.h"

#include <QCoreApplication>

#include <functional>

class QSqlQuery;
class StoreConnection;

// Rows by identity, for session files: what an export takes and what an
// import adds, changes and takes back.
// One part of the Store: the Store's own declarations say what each call
// does; this holds the SQL for these tables.
class TransferRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    TransferRows(Store &store, StoreConnection &db);

    QVector<StoredRow> rowsOfSessions(const QVector<qint64> &sessionIds) const;
    QHash<QString, StoredRow> rowsByUuid(const QString &table, const QStringList &uuids) const;
    QHash<QString, QString> reviewsByPair(const QStringList &sessionUuids) const;
    QHash<QString, int> whyCounts(const QStringList &concernUuids) const;
    QHash<qint64, QString> uuidsOf(const QString &table, const QVector<qint64> &ids) const;
    QHash<QString, QString> sharedFingerprints(const QStringList &uuids) const;
    bool recordShared(const QHash<QString, QString> &fingerprints);
    bool applyImport(ImportPlan *plan);
    bool revertImport(const ImportPlan &plan);

private:
    // Runs sql (its %1 the placeholders) for keys in slices SQLite accepts
    // in one statement, handing each row found to visit.
    void readInSlices(const QString &sql, const QVariantList &keys,
                      const std::function<void(const QSqlQuery &)> &visit) const;

    Store &m_store;
    StoreConnection &m_db;
};
