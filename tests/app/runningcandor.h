#pragma once

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <memory>

#include <signal.h>

// The process id written into a lock file, or 0 while there is none (or it
// is still being written).
inline qint64 lockHolder(const QString &lockPath)
{
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

// A Candor with its window open on a database, as a facilitator leaves it
// running; killed when the test is done with it.
class RunningCandor
{
public:
    static constexpr int startTimeoutMs = 30000;

    ~RunningCandor() { stop(); }

    // Starts candor and waits until it holds the lock and has the database
    // open: the write-ahead log appears once the database is open, which
    // comes after taking the lock and listening for later starts. Call with
    // QVERIFY.
    bool start(const QString &databasePath, const QProcessEnvironment &environment)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(QStringLiteral(CANDOR_BINARY));
        m_process->setArguments({QStringLiteral("--database"), databasePath});
        m_process->setProcessEnvironment(environment);
        m_process->start();
        if (!m_process->waitForStarted(startTimeoutMs))
            return false;
        const QString lockPath = databasePath + QStringLiteral(".lock");
        const QString logPath = databasePath + QStringLiteral("-wal");
        const bool ready = QTest::qWaitFor(
            [&] {
                return (lockHolder(lockPath) == m_process->processId() &&
                        QFileInfo::exists(logPath)) ||
                       m_process->state() != QProcess::Running;
            },
            startTimeoutMs);
        return ready && m_process->state() == QProcess::Running;
    }

    QProcess *process() const { return m_process.get(); }
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    // Kills it the way a crash or the OOM killer would, and reaps it: a
    // zombie would still count as alive.
    bool crash()
    {
        return m_process && ::kill(pid_t(m_process->processId()), SIGKILL) == 0 &&
               m_process->waitForFinished(startTimeoutMs) &&
               m_process->exitStatus() == QProcess::CrashExit;
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(startTimeoutMs);
        }
        m_process.reset();
    }

private:
    std::unique_ptr<QProcess> m_process;
};
