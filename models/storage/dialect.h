#pragma once

#include "database.h"

#include <QString>
#include <QVector>

class DatabaseLocation;
class QSqlDatabase;

// A migration file: NNNN_what.sql, where NNNN is the schema version it
// produces.
struct Migration
{
    int version = 0;
    QString resource;
};

// What the two engines Candor stores in do differently, and only that:
// how a database is opened and configured (PRAGMAs for a file, session
// settings on a server), how it is checked before use, whether Candor backs
// it up itself, which migration files bring it up to date, and the one
// statement that puts off checking references. The Store's SQL is the same
// for both and never asks which engine it speaks to, beyond isServer().
class Dialect
{
public:
    enum class Engine { Sqlite, Postgresql };

    virtual ~Dialect() = default;

    static const Dialect &of(Engine engine);
    static const Dialect &of(const QSqlDatabase &db);
    static const Dialect &of(const DatabaseLocation &location);

    virtual Engine engine() const = 0;
    // A connection over a network or socket, which can drop and be opened
    // again; a file's connection never goes.
    bool isServer() const { return engine() == Engine::Postgresql; }

    // Opens the database at location under connectionName, configured for
    // Candor, checked, and brought up to this build's schema; or refuses in
    // one sentence and leaves it as it was found.
    virtual Database::OpenResult open(const DatabaseLocation &location, Database::Access access,
                                      const QString &connectionName,
                                      Database::Verification verification) const = 0;

    // Sets up a connection that was just opened the way Candor uses it:
    // PRAGMAs for a file, session settings on a server (again each time a
    // dropped connection is opened anew).
    virtual bool configure(QSqlDatabase &db, QString *error) const = 0;

    // This engine's migration files, oldest first.
    QVector<Migration> migrations() const;

    // Puts off checking references until the current transaction commits,
    // so one action may put rows back in any order.
    virtual QString deferForeignKeys() const = 0;

    // Whether Candor keeps backups of the database itself (copies of a file
    // beside it); a server's are its administrator's, with the server's
    // own tools.
    virtual bool keepsOwnBackups() const = 0;

protected:
    // Where its migration files are, among Candor's resources.
    virtual QString migrationFolder() const = 0;
};
