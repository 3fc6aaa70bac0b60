#pragma once

#include "databaselocation.h"

#include <QString>
#include <QVector>

#include <functional>

class RawInsert;

// Times one durable edit through the Store (a session renamed and
// committed) next to the least SQLite can do durably: a prepared one-row
// INSERT committed alone, on a file with the same PRAGMAs in the same
// folder (or the same server). Both are interleaved, so both see the same
// disk.
class EditBenchmark
{
public:
    // candorDatabasePath must hold at least one session; rawDatabasePath
    // must not exist yet.
    EditBenchmark(const QString &candorDatabasePath, const QString &rawDatabasePath);
    // The same on PostgreSQL: candor is a Candor database on a server, raw
    // another database on the same server, with no table named t yet.
    EditBenchmark(const DatabaseLocation &candor, const DatabaseLocation &raw);

    // false with lastError() when a write failed.
    bool run(int edits);

    // Milliseconds per edit, in the order they were made.
    const QVector<double> &storeEdits() const { return m_storeEdits; }
    const QVector<double> &rawInserts() const { return m_rawInserts; }
    // On a server, a second round: store edits next to the store's UPDATE
    // for the same rename, sent raw.
    const QVector<double> &storeEditsNextToRenames() const { return m_storeEditsNextToRenames; }
    const QVector<double> &rawRenames() const { return m_rawRenames; }
    QString lastError() const { return m_lastError; }

private:
    bool measure(int edits, RawInsert *raw);
    // Times storeEdit and baseline edits times each, taking turns at going
    // first; false when one failed.
    bool interleave(int edits, const std::function<bool()> &storeEdit,
                    const std::function<bool()> &baseline, QVector<double> *storeTimes,
                    QVector<double> *baselineTimes);

    DatabaseLocation m_candor;
    DatabaseLocation m_raw;
    QVector<double> m_storeEdits;
    QVector<double> m_rawInserts;
    QVector<double> m_storeEditsNextToRenames;
    QVector<double> m_rawRenames;
    QString m_lastError;
};
