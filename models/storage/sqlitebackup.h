#pragma once

#include <QCoreApplication>
#include <QString>

// Everything about backups that knows the database is an SQLite file:
// how a consistent copy is taken from a live database, how a copy is read
// back, how the database is made ready to be replaced. Naming, listing,
// rotation and the order of a restore (Backups) know nothing of SQLite, so
// another engine brings its own version of this and keeps the rest.
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)

public:
    // What a copy holds, read from the copy itself.
    struct Contents
    {
        // Empty when the file is a sound Candor database this build can open.
        QString problem;
        int schemaVersion = 0;
        // Sessions not deleted.
        int sessions = 0;
    };
    enum class Check {
        Quick, // enough to list it: is it ours, how many sessions
        Whole, // every page read back too (PRAGMA quick_check)
    };

    // Opens connectionName, for the calling thread, read-only on the live
    // database at path. In write-ahead-log mode a reader sees one committed
    // state from its first read to its last, whatever the window writes
    // meanwhile, and never holds up a writer.
    static bool openReader(const QString &connectionName, const QString &path, QString *error);
    // Opens connectionName for the calling thread with write access, to
    // fold the log into the file before the file is replaced.
    static bool openWriter(const QString &connectionName, const QString &path, QString *error);
    // Opens connectionName on a copy that nothing writes to any more,
    // without locking it and without leaving a log or index beside it.
    static bool openCopy(const QString &connectionName, const QString &path, QString *error);
    static void close(const QString &connectionName);

    // Writes what the database on connectionName holds, as one consistent
    // state, into target, an empty file that already exists (so it keeps
    // the owner-only mode it was created with). False with *error set.
    static bool copyInto(const QString &connectionName, const QString &target, QString *error);
    // Removes what a copy into target that failed may have left beside it.
    static void removeLeftoversOf(const QString &target);

    static Contents inspect(const QString &path, Check check);

    // Rows the connection has inserted, changed or deleted since it was
    // opened: a commit that changed nothing (nothing to purge) is not a
    // reason for a backup.
    static qint64 changesMade(const QString &connectionName);

    // Folds the log into the database file and leaves write-ahead logging,
    // so no log or index stays beside a file that is about to be replaced
    // (SQLite would apply an old log to the new file). Fails, changing
    // nothing, while any other connection has the file open.
    static bool foldLogIntoFile(const QString &connectionName, QString *error);
    // The files SQLite keeps beside a database while it is in use.
    static QStringList companionSuffixes();
};
