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

} // namespace Identity
