#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>

// Rows on their way between databases, in a session file.

// A row as it is stored, column by column.
struct StoredRow
{
    QString table;
    QStringList columns;
    QVariantList values;
    QVariant value(const QString &column) const
    {
        const int index = int(columns.indexOf(column));
        return index < 0 ? QVariant() : values.at(index);
    }
};

// One row an import adds or changes, in this database's terms: the columns
// to write as they are, and the rows it refers to by their identities,
// which Store::applyImport() turns into this database's ids.
struct ImportStep
{
    enum class Kind { Add, Update };
    Kind kind = Kind::Add;
    QString table;
    QString uuid;
    QStringList columns; // updated_at among them: both sides then agree
    QVariantList values;
    QHash<QString, QString> references; // column -> identity referred to (empty: none)
    // Set by Store::applyImport() for undo and redo: the row's id here and,
    // for an update, what its columns held before.
    qint64 localId = 0;
    QStringList previousColumns;
    QVariantList previousValues;
};

struct ImportPlan
{
    QVector<ImportStep> steps; // parents before children
    // The rows that are the same on both sides once the plan is applied,
    // and the fingerprint of what they then hold.
    QHash<QString, QString> fingerprints;
    // Set by Store::applyImport(): the fingerprints they replaced (empty
    // when a row had none), so undo puts them back.
    QHash<QString, QString> previousFingerprints;
    bool applied = false;
};

// A row as it reads on any machine: its columns that travel, and the rows
// it refers to by their identities instead of this database's ids.
struct PortableRow
{
    QString table;
    QString uuid;
    QString updatedAt;
    QMap<QString, QVariant> values;    // updated_at, uuid and local columns left out
    QMap<QString, QString> references; // column -> identity referred to (empty: none)
    // Written when the row arrives, never compared or changed after: where
    // each machine's facilitator left the session is that machine's own.
    QMap<QString, QVariant> initial;

    // Turns a stored row into its portable form; uuidOf(table, id) names
    // the rows it refers to (empty when unknown).
    static PortableRow from(const StoredRow &row,
                            const std::function<QString(const QString &, qint64)> &uuidOf);
    // A digest of what the row holds, the same wherever it is stored: two
    // rows with the same fingerprint say the same thing.
    QString fingerprint() const;
};
