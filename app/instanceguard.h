#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

// One writer per database. The database file itself is locked (flock), so
// the guard holds whatever name reaches the file, hard links included, and
// the kernel lets go when the process dies. A lock file beside it says who
// holds it, and a local socket named after the file lets a second start
// bring the running window to the front instead.
class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Acquired,
        HeldByAnother,
        // The database path cannot be used; opening it explains why.
        DatabaseUnusable,
        // Something that is not a lock is where the lock file goes; see problem().
        LockUnusable,
    };

    explicit InstanceGuard(const QString &databasePath, QObject *parent = nullptr);
    // Keep the guard until the database is closed: closing its descriptor
    // of the database file would drop SQLite's own locks in this process.
    ~InstanceGuard() override;

    Outcome acquire();
    // After the database file was replaced under its name (a restore):
    // locks the new file and answers later starts under its identity, so a
    // hard link to it is refused as before. False, keeping the old lock,
    // when the new file cannot be locked.
    bool followReplacedDatabase();
    // For HeldByAnother: who holds it, in words.
    QString holderDescription() const;
    // Asks the running copy to show its window; true if it answered.
    bool askHolderToShow();
    // Asks the running copy to show what importing path would do; true if
    // it answered.
    bool askHolderToImport(const QString &path);
    QString lockPath() const { return m_lock.fileName(); }
    // For LockUnusable: what is wrong, naming the lock file.
    QString problem() const { return m_problem; }

signals:
    void showRequested();
    // A later start handed over a file to import (an absolute path).
    void importRequested(const QString &path);

private:
    QString serverName() const;
    bool sendToHolder(const QByteArray &message);
    void listenForLaterStarts();

    QString m_databasePath;
    QLockFile m_lock;
    int m_databaseFile = -1;
    // Made by acquire() so there is a file to lock; removed again if
    // nothing was ever written to it.
    bool m_createdDatabaseFile = false;
    // Device and inode of the database file: the same for every name of it.
    QByteArray m_identity;
    // What the running copy answered when asked to show its window.
    qint64 m_holderProcessId = 0;
    QString m_problem;
    QLocalServer *m_server = nullptr;
};
