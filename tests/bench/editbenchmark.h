#pragma once

#include "databaselocation.h"

#include <QString>
#include <QVector>

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
    QString lastError() const { return m_lastError; }

private:
    bool measure(int edits, RawInsert *raw);

    DatabaseLocation m_candor;
    DatabaseLocation m_raw;
    QVector<double> m_storeEdits;
    QVector<double> m_rawInserts;
    QString m_lastError;
};
