#pragma once

#include <QString>
#include <QStringList>

// The identity a row keeps on every machine it travels to (a session file
// carries it from one database to another), beside the local integer id
// that stays internal.
namespace Identity {

// A random (version 4) UUID in its usual lower-case spelling.
QString newUuid();
// Whether text is spelled as newUuid() spells identities.
bool isWellFormed(const QString &text);

// The tables whose rows travel, parents before children: each row has a
// uuid and an updated_at.
const QStringList &sharedTables();

// The shared table a column of table refers to by id, or empty.
QString referencedTable(const QString &table, const QString &column);
// Whether a column belongs to this database alone and never travels: the
// local id, counts the database keeps itself, a deletion that waits for undo.
bool isLocalColumn(const QString &table, const QString &column);

} // namespace Identity
