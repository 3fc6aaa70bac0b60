#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <optional>

// The rotating backups of one database, in the "backups" folder beside it:
//
//   backups/candor-2026-11-30T093012Z.sqlite
//   backups/candor-2026-11-30T093012Z-2.sqlite              (same second)
//   backups/candor-2026-11-30T141500Z-before-restore.sqlite
//
// The name starts with the database's own name (without ".sqlite"), so two
// databases in one folder keep apart, and carries the time in UTC: names
// sort by time, never repeat when clocks go back an hour in autumn, and
// mean the same after travelling. Days and weeks, which a person counts,
// are local: the rotation keeps, by the time zone given, the newest backup
// of each of the last 7 days that have one and of each of the last 4 ISO
// weeks that have one, plus the newest taken before a restore. Counting
// only days and weeks that have backups means a laptop left shut for a
// month keeps its older backups rather than losing them all to the first
// backup after.
//
// A backup is written to a temporary name, owner-only from creation, read
// back whole, synced, and only then renamed; older backups are removed
// only after that. The folder is created owner-only.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    enum class Kind {
        Automatic,     // daily, on quitting after changes, candor --backup
        BeforeRestore, // the database as it was before a restore replaced it
    };

    struct File
    {
        QString path;
        QDateTime createdUtc;
        int sequence = 1; // 2, 3... for more than one in the same second
        Kind kind = Kind::Automatic;
        qint64 size = 0;
        // Read from the file by listWithContents(); -1 before that.
        int sessions = -1;
        // Why the file cannot be restored; empty when it can.
        QString problem;
    };

    struct WriteResult
    {
        QString path;  // of the new backup; empty when none was written
        QString error; // a sentence naming the folder and the reason
        int sessions = 0;
        QStringList removed; // older backups the rotation removed
        bool ok() const { return !path.isEmpty(); }
    };

    struct RestoreResult
    {
        QString error;
        // The backup that was restored, and where the replaced database went.
        File restored;
        QString savedAs;
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int keptDays = 7;
    static constexpr int keptWeeks = 4;

    explicit Backups(const QString &databasePath,
                     const QTimeZone &zone = QTimeZone::systemTimeZone());

    QString folder() const;
    QString fileName(const QDateTime &createdUtc, int sequence, Kind kind) const;
    // The backup a file name stands for; nothing for other files, or for
    // another database's backups.
    std::optional<File> parse(const QString &fileName) const;

    // Newest first, from the names alone.
    QVector<File> list() const;
    // Newest first, each opened to count its sessions and see it is whole
    // enough to list.
    QVector<File> listWithContents() const;
    QDate localDay(const QDateTime &utc) const;
    bool hasBackupOn(const QDate &localDay) const;

    // Writes a backup of the database open on connectionName, a connection
    // of the calling thread, named after nowUtc. An automatic backup then
    // rotates the older ones; one taken before a restore does not, so the
    // backup being restored is never removed to make way for it.
    WriteResult write(const QString &connectionName, Kind kind, const QDateTime &nowUtc) const;

    // Replaces the database with the backup at backupPath, after writing a
    // backup of the database as it is (Kind::BeforeRestore). The database
    // must be closed in this process, and the caller must keep other
    // Candors out (the instance lock). The database's name always holds a
    // whole file: the old one until the restored one is renamed over it.
    RestoreResult restore(const QString &backupPath, const QDateTime &nowUtc) const;

    // The backups the rotation removes from files (any order), by zone.
    static QVector<File> expired(QVector<File> files, const QTimeZone &zone);

private:
    QString namePrefix() const;
    bool ensureFolder(QString *error) const;
    // Partial files of a write that was killed: old enough that no live
    // write can still be filling them.
    void removeAbandonedPartials() const;
    QStringList rotate(const QString &keep) const;

    QString m_databasePath;
    QTimeZone m_zone;
};
