#pragma once

#include "backups.h"

#include <QObject>
#include <QString>
#include <QTimeZone>

class Clock;
class QThread;
class QTimer;

// Backups nobody has to ask for: one at the first start of each day, once
// the window is up and the file is known to be sound, and one on quitting
// when anything was changed since the last. Each is written on a thread and
// connection of its own, so the window never waits for one: a reader in
// write-ahead-log mode neither waits for the window's writes nor holds
// them up. A backup that cannot be written is reported once per run
// (failed()); the older backups stay as they are.
class AutomaticBackups : public QObject
{
    Q_OBJECT

public:
    // Long enough for the first screen and the session a facilitator opens
    // first to come up without sharing the disk with a backup.
    static constexpr int dailyBackupDelayMs = 5000;

    explicit AutomaticBackups(const QString &databasePath, QObject *parent = nullptr);
    // Waits for a backup being written.
    ~AutomaticBackups() override;

    // Names and days come from clock (the system's when none); it must
    // outlive this object. Days are counted in zone.
    void setClock(const Clock *clock);
    void setTimeZone(const QTimeZone &zone);
    Backups backups() const;

    // The connection the window writes through: what it changes from now on
    // is what a backup on quitting is for.
    void watch(const QString &connectionName);
    // Starts a backup after delayMs unless one was written today.
    void startDailyBackupIfDue(int delayMs = dailyBackupDelayMs);
    // Starts writing a backup on another thread; false while one is being
    // written.
    bool start();
    bool isRunning() const;
    // Whether the watched connection changed anything since the last
    // backup began.
    bool hasChangesSinceBackup() const;
    // Blocks until the backup being written (if any) is done.
    void waitUntilIdle();
    // For quitting: waits for the backup being written, then writes one
    // more when today's is still due or anything changed since, and waits
    // for it. A backup is a copy of the file that waits for nothing else
    // (no lock, no person), so this takes as long as copying the file.
    void finishBeforeQuit();
    // Why the last backup failed; empty after one that was written.
    QString lastError() const { return m_lastError; }

signals:
    // Emitted on the thread that writes the backup, as it begins.
    void started();
    // On this object's thread: the new backup's path, or the error.
    void finished(const QString &path, const QString &error);
    // The first failure of this run, in a sentence for the facilitator.
    void failed(const QString &message);

private:
    void writeOnThisThread(const Backups &files, const QDateTime &nowUtc);
    void collect();
    qint64 changes() const;

    QString m_databasePath;
    const Clock *m_clock = nullptr;
    QTimeZone m_zone;
    QString m_connectionName;
    QTimer *m_dailyTimer;
    QThread *m_thread = nullptr;
    int m_generation = 0;
    // Written by the worker before its thread finishes.
    Backups::WriteResult m_result;
    qint64 m_changesAtStart = 0;
    qint64 m_changesBackedUp = 0;
    bool m_dailyDue = false;
    bool m_failureReported = false;
    QString m_lastError;
};
