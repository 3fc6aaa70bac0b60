#pragma once

#include "dialect.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlQuery;

// Candor's database as an SQLite file: opened through a read-only
// connection until it is known to be Candor's and sound (PRAGMA
// quick_check, now or in the background), then configured (write-ahead
// log, full sync, foreign keys, no trusted schema), copied aside before an
// upgrade, and upgraded by the files in :/migrations in one transaction, so
// that a failure leaves the file as it was, byte for byte.
class SqliteDialect : public Dialect
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Engine engine() const override { return Engine::Sqlite; }
    Database::OpenResult open(const DatabaseLocation &location, Database::Access access,
                              const QString &connectionName,
                              Database::Verification verification) const override;
    bool configure(QSqlDatabase &db, QString *error) const override;
    QString deferForeignKeys() const override;
    bool keepsOwnBackups() const override { return true; }

    // Brings db from version up to the latest schema in one transaction;
    // isEmpty: a new file, which also gets Candor's application id.
    static bool upgrade(QSqlDatabase &db, int version, bool isEmpty, QString *error);
    // A migration file as the statements QSqlQuery runs one at a time.
    static QStringList statementsOf(const QString &script);
    // Lets go of a private copy read instead of the file, once the
    // connection that read it has closed.
    static void forgetConnection(const QString &connectionName);

protected:
    QString migrationFolder() const override;

private:
    Database::OpenResult openChecked(const QString &path, Database::Access access,
                                     const QString &connectionName,
                                     Database::Verification verification, bool *createdFile) const;
    // The path of the copy taken before upgrading, or empty with *error set.
    static QString writeBackup(QSqlQuery &query, const QString &path, int version, QString *error);
};
