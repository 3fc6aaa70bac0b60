#pragma once

#include <QHash>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class DatabaseLocation;
class IntegrityCheck;
class QSqlDatabase;
class QSqlQuery;

// Opens Candor's database, a file or a PostgreSQL server, through its
// Dialect, which knows how to open, configure, check and upgrade it. A
// database that cannot be used as it is gets a message naming it and the
// problem, and is left exactly as it was found.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access {
        ReadWrite, // the app: may create, upgrade and write
        ReadOnly,  // scripts such as --list: never writes, never takes the lock
    };

    enum class Problem {
        None,
        CannotCreate,
        CannotOpen,
        ReadOnlyFile,
        NotSqlite,
        NotCandor,
        NewerVersion,
        NeedsUpgrade,
        Corrupt,
        UpgradeFailed,
        MissingLog,    // the write-ahead log is gone while its index says it held edits
        CannotConnect, // a server that cannot be reached or refused the login
    };

    // When PRAGMA quick_check runs on a file that is already up to date.
    enum class Verification {
        BeforeReturning, // open() answers only for a file known to be sound
        InBackground,    // open() returns at once; see OpenResult::pendingCheck
    };

    struct OpenResult
    {
        Problem problem = Problem::None;
        QString message;
        // Where the copy taken before an upgrade went, if one was taken.
        QString backupPath;
        bool created = false;
        // Set when the check was left running: hand it to the Store, which
        // writes nothing until it has passed.
        std::shared_ptr<IntegrityCheck> pendingCheck;
        bool ok() const { return problem == Problem::None; }
    };

    // "CAND" in the SQLite header marks a file as ours.
    static constexpr qint32 applicationId = 0x43414E44;
    static const QString defaultConnectionName;

    // The schema version this build writes: the number of its migrations.
    static int latestSchemaVersion();

    // Where the database lives when no --database is given.
    static QString defaultPath();

    // Opens the database at location under connectionName. A reader
    // (Access::ReadOnly) leaves nothing beside a file: a file that would need
    // recovering first (a rollback journal left by a kill, a log without its
    // index) is read from a private copy instead.
    static OpenResult open(const DatabaseLocation &location, Access access = Access::ReadWrite,
                           const QString &connectionName = defaultConnectionName,
                           Verification verification = Verification::BeforeReturning);
    // The file at path.
    static OpenResult open(const QString &path, Access access = Access::ReadWrite,
                           const QString &connectionName = defaultConnectionName,
                           Verification verification = Verification::BeforeReturning);
    // Opens a PostgreSQL database (location.isServer()) under
    // connectionName for writing: Candor's at a schema this build reads, or an empty one,
    // which gets Candor's schema and first team in one transaction. Anything
    // else (no server, a refused login, another program's tables, a newer
    // schema, missing privileges) is refused in one sentence, and nothing is
    // created or changed. One person at a time edits a server database: the
    // lock that guards a file does not apply there.
    static OpenResult openServer(const DatabaseLocation &location,
                                 const QString &connectionName = defaultConnectionName);
    static void close(const QString &connectionName = defaultConnectionName);

    // The database files this process has open, as they were opened: files
    // Candor writes must never land on one of them.
    static QStringList openPaths();
    // Whether fileName, in the folder of the database named databaseFileName,
    // is one of the files SQLite and Candor keep beside it (its log and index,
    // rollback journal, lock file, the backups taken before upgrades), whether
    // it exists yet or not.
    static bool isCompanionName(const QString &databaseFileName, const QString &fileName);
    // The folder beside the database meant for its backups.
    static QString backupFolder(const QString &path);
    // The lock file that keeps a second Candor from writing to the database.
    static QString lockPath(const QString &path);

    // What Candor's own schema holds at version: "type name" -> its SQL as
    // SQLite keeps it, whitespace folded. Empty when version is unknown.
    static QHash<QString, QString> schemaAt(int version);
    // A statement as schemaAt() spells it: comments outside quotes dropped,
    // whitespace folded, so the same schema compares equal however it was
    // typed.
    static QString foldedSql(const QString &sql);
    // Brings a private copy (a session file being imported) from version up
    // to the latest schema, in one transaction.
    static bool upgradeCopy(QSqlDatabase &db, int version, QString *error);

    // The sentence a person reads for a problem with the file at path.
    static QString problemMessage(Problem problem, const QString &path, const QString &detail);

    // An OpenResult for problem, with its sentence.
    static OpenResult failure(Problem problem, const QString &path, const QString &detail);
    // What schema 6 needs beyond its SQL, on either engine: an identity for
    // every row, and a first team, named in the user's language, holding the
    // sessions there are.
    static bool giveIdentitiesAndFirstTeam(QSqlQuery &query, QString *error);
};
