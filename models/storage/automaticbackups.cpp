#include "automaticbackups.h"

#include "clock.h"
#include "sqlitebackup.h"

#include <QDir>
#include <QThread>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

AutomaticBackups::AutomaticBackups(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_zone(QTimeZone::systemTimeZone())
    , m_dailyTimer(new QTimer(this))
{
    m_dailyTimer->setSingleShot(true);
    connect(m_dailyTimer, &QTimer::timeout, this, &AutomaticBackups::start);
}

AutomaticBackups::~AutomaticBackups()
{
    waitUntilIdle();
}

void AutomaticBackups::setClock(const Clock *clock)
{
    m_clock = clock;
}

void AutomaticBackups::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

Backups AutomaticBackups::backups() const
{
    return Backups(m_databasePath, m_zone);
}

void AutomaticBackups::watch(const QString &connectionName)
{
    m_connectionName = connectionName;
    m_changesBackedUp = changes();
}

qint64 AutomaticBackups::changes() const
{
    return m_connectionName.isEmpty() ? 0 : SqliteBackup::changesMade(m_connectionName);
}

bool AutomaticBackups::hasChangesSinceBackup() const
{
    return changes() != m_changesBackedUp;
}

void AutomaticBackups::startDailyBackupIfDue(int delayMs)
{
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const Backups files = backups();
    m_dailyDue = !files.hasBackupOn(files.localDay(now));
    // A start after a restore asks again; what the earlier one asked for
    // may no longer be due.
    m_dailyTimer->stop();
    if (m_dailyDue)
        m_dailyTimer->start(delayMs);
}

bool AutomaticBackups::start()
{
    if (m_thread)
        return false;
    m_dailyTimer->stop();
    // Changes committed from here on may miss the copy; they count as
    // changes since the backup, so quitting writes another.
    m_changesAtStart = changes();
    const QDateTime now = m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
    const int generation = ++m_generation;
    m_thread = QThread::create([this, files = backups(), now] { writeOnThisThread(files, now); });
    // A finished thread reported late must not be taken for a later one.
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation == m_generation)
            collect();
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

bool AutomaticBackups::isRunning() const
{
    return m_thread != nullptr;
}

void AutomaticBackups::writeOnThisThread(const Backups &files, const QDateTime &nowUtc)
{
#ifdef Q_OS_LINUX
    // QThread's priorities do nothing for ordinary Linux threads; a nice
    // value does. On a busy laptop the window's thread then gets the CPU
    // first, while the backup still moves on (it is never starved, so
    // quitting never waits on it for long).
    ::setpriority(PRIO_PROCESS, ::gettid(), 10);
#endif
    // Connections belong to the thread that opened them.
    const QString connection =
        QStringLiteral("candor-backup-%1").arg(quintptr(QThread::currentThreadId()));
    QString error;
    if (SqliteBackup::openReader(connection, m_databasePath, &error)) {
        emit started();
        m_result = files.write(connection, Backups::Kind::Automatic, nowUtc);
    } else {
        m_result = Backups::WriteResult();
        m_result.error = tr("Cannot write a backup of “%1”: %2")
                             .arg(QDir::toNativeSeparators(m_databasePath), error);
    }
    SqliteBackup::close(connection);
}

void AutomaticBackups::collect()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    const Backups::WriteResult result = m_result;
    m_lastError = result.error;
    if (result.ok()) {
        m_changesBackedUp = m_changesAtStart;
        m_dailyDue = false;
    }
    emit finished(result.path, result.error);
    if (!result.ok() && !m_failureReported) {
        m_failureReported = true;
        emit failed(tr("%1. Your sessions are safe in the database, and the older backups "
                       "were kept.")
                        .arg(result.error));
    }
}

void AutomaticBackups::waitUntilIdle()
{
    collect();
}

void AutomaticBackups::finishBeforeQuit()
{
    m_dailyTimer->stop();
    waitUntilIdle();
    if (m_dailyDue || hasChangesSinceBackup()) {
        start();
        waitUntilIdle();
    }
}
