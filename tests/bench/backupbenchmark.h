#pragma once

#include <QString>
#include <QVector>

// Times an automatic backup of the sample history (1,000 sessions) the way
// the window takes one: the real AutomaticBackups, with the database open
// for writing on the GUI thread, from the call that starts it until the GUI
// thread hears it is done (copied, read back whole, synced, renamed,
// rotated). Baseline: copying the file's bytes to the same folder and
// syncing them.
//
// Meanwhile a 1 ms timer on the GUI thread records the longest time between
// two of its events, the start and the end included: the longest the window
// would have been unable to paint or take a key. Its baseline is the same
// timer over an idle stretch as long as the backup.
class BackupBenchmark
{
public:
    // candorDatabasePath must be a Candor database; its backups go to the
    // backups folder beside it.
    explicit BackupBenchmark(const QString &candorDatabasePath);

    // false with lastError() when a backup or a copy failed.
    bool run(int backups);

    // Milliseconds per backup and per plain copy, in the order they were made.
    const QVector<double> &backups() const { return m_backups; }
    const QVector<double> &copies() const { return m_copies; }
    // The longest stretch without a GUI-thread event, during any backup
    // and during the idle stretches.
    double longestStallMs() const { return m_longestStallMs; }
    double longestIdleStallMs() const { return m_longestIdleStallMs; }
    qint64 backupBytes() const { return m_backupBytes; }
    QString lastError() const { return m_lastError; }

private:
    bool backUpOnce(double *milliseconds, double *longestStall);
    bool copyOnce(double *milliseconds);

    QString m_candorDatabasePath;
    QVector<double> m_backups;
    QVector<double> m_copies;
    double m_longestStallMs = 0;
    double m_longestIdleStallMs = 0;
    qint64 m_backupBytes = 0;
    QString m_lastError;
};
