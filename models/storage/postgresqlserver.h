#pragma once

#include "databaselocation.h"

#include <QCoreApplication>
#include <QString>

// What Candor finds on a PostgreSQL database before it uses it, looking
// only: nothing is created or changed here. A database that is empty gets
// Candor's schema from the caller; anything else Candor did not make is
// left alone, with one sentence saying why.
class PostgresqlServer
{
    Q_DECLARE_TR_FUNCTIONS(PostgresqlServer)

public:
    enum class Finding {
        NoDriver,      // Qt's PostgreSQL driver is not installed
        CannotConnect, // unreachable, login refused, no such database: libpq's words
        Empty,         // no tables: Candor may set it up
        Candor,        // Candor's tables, at a schema this Candor reads
        NewerCandor,   // Candor's tables, set up by a newer Candor
        Foreign,       // another program's tables
        NoPrivileges,  // the role may not create or change what Candor needs
        Unreadable,    // logged in, but what is there could not be read
    };

    struct Inspection
    {
        Finding finding = Finding::CannotConnect;
        int schemaVersion = 0; // for Candor and NewerCandor
        QString message;       // empty for Empty and Candor
        bool usable() const { return finding == Finding::Empty || finding == Finding::Candor; }
    };

    // Opens the connection under connectionName and looks. The connection
    // stays open when the database is usable and is removed otherwise.
    static Inspection inspect(const DatabaseLocation &location, const QString &connectionName);

private:
    // The looking itself; the connection stays whatever is found.
    static Inspection look(const DatabaseLocation &location, const QString &connectionName);
};
