#include "backupbenchmark.h"

#include "automaticbackups.h"
#include "database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <unistd.h>

namespace {

double millisecondsSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Runs the GUI thread's event loop until done() holds, and returns the
// longest stretch between two events of a 1 ms timer, counted from now
// until done() was seen.
template <typename Done>
double longestGapWhile(QEventLoop &loop, const QElapsedTimer &clock, Done done)
{
    double last = millisecondsSince(clock);
    double longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const double now = millisecondsSince(clock);
        longest = qMax(longest, now - last);
        last = now;
        if (done())
            loop.quit();
    });
    ticker.start(1);
    loop.exec();
    return qMax(longest, millisecondsSince(clock) - last);
}

} // namespace

BackupBenchmark::BackupBenchmark(const QString &candorDatabasePath)
    : m_candorDatabasePath(candorDatabasePath)
{}

bool BackupBenchmark::run(int backups)
{
    // Open for writing, as in the running app: the backup reads beside it.
    const Database::OpenResult opened = Database::open(m_candorDatabasePath);
    if (!opened.ok()) {
        m_lastError = opened.message;
        return false;
    }
    bool ok = true;
    for (int i = 0; ok && i < backups; ++i) {
        // Which goes first alternates, so neither always finds the file in
        // the cache the other warmed.
        double backupMs = 0;
        double copyMs = 0;
        double stall = 0;
        ok = i % 2 == 0 ? backUpOnce(&backupMs, &stall) && copyOnce(&copyMs)
                        : copyOnce(&copyMs) && backUpOnce(&backupMs, &stall);
        if (!ok)
            break;
        m_backups.append(backupMs);
        m_copies.append(copyMs);
        m_longestStallMs = qMax(m_longestStallMs, stall);
        // The same timer over an idle stretch as long as the backup.
        QEventLoop idle;
        QElapsedTimer clock;
        clock.start();
        m_longestIdleStallMs = qMax(m_longestIdleStallMs, longestGapWhile(idle, clock, [&] {
                                        return millisecondsSince(clock) >= backupMs;
                                    }));
    }
    Database::close();
    return ok;
}

bool BackupBenchmark::backUpOnce(double *milliseconds, double *longestStall)
{
    AutomaticBackups backups(m_candorDatabasePath);
    backups.watch(Database::defaultConnectionName);
    QString path;
    QString error;
    bool done = false;
    QObject::connect(&backups, &AutomaticBackups::finished,
                     [&](const QString &written, const QString &problem) {
                         path = written;
                         error = problem;
                         done = true;
                     });
    QEventLoop loop;
    QObject::connect(&backups, &AutomaticBackups::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    // The call that starts it runs on the GUI thread too, so the first gap
    // counts from before it.
    const double startedAt = millisecondsSince(clock);
    if (!backups.start()) {
        m_lastError = QStringLiteral("a backup was already being written");
        return false;
    }
    const double startCall = millisecondsSince(clock) - startedAt;
    *longestStall = qMax(startCall, longestGapWhile(loop, clock, [&] { return done; }));
    *milliseconds = millisecondsSince(clock);
    if (path.isEmpty()) {
        m_lastError = error;
        return false;
    }
    m_backupBytes = QFileInfo(path).size();
    return true;
}

bool BackupBenchmark::copyOnce(double *milliseconds)
{
    const QString target = m_candorDatabasePath + QStringLiteral(".bench-copy");
    QElapsedTimer clock;
    clock.start();
    QFile source(m_candorDatabasePath);
    QFile copy(target);
    bool ok = source.open(QIODevice::ReadOnly) && copy.open(QIODevice::WriteOnly);
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(1024 * 1024);
        ok = copy.write(chunk) == chunk.size();
    }
    ok = ok && copy.flush() && ::fsync(copy.handle()) == 0;
    *milliseconds = millisecondsSince(clock);
    copy.close();
    QFile::remove(target);
    if (!ok)
        m_lastError = QStringLiteral("the plain copy failed: ") + copy.errorString();
    return ok;
}
