#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QtGlobal>

// Two kinds of time: a monotonic one for what is left (it never jumps when
// the system clock is corrected), and wall time for what survives a restart.
// Injected so tests move time by hand and never sleep.
class Clock
{
public:
    virtual ~Clock();
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock : public Clock
{
public:
    SystemClock();
    qint64 monotonicMs() const override;
    QDateTime nowUtc() const override;

private:
    QElapsedTimer m_elapsed;
};

// Time that moves only when a test says so.
class FakeClock : public Clock
{
public:
    explicit FakeClock(const QDateTime &nowUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        : m_nowUtc(nowUtc.toUTC())
    {}

    qint64 monotonicMs() const override { return m_monotonicMs; }
    QDateTime nowUtc() const override { return m_nowUtc; }

    // Time passes: both clocks move together.
    void advance(qint64 ms)
    {
        m_monotonicMs += ms;
        m_nowUtc = m_nowUtc.addMSecs(ms);
    }
    // Wall time alone moves, as across an app restart (the monotonic clock
    // of a new process starts from scratch) or a system clock correction.
    void setNowUtc(const QDateTime &nowUtc) { m_nowUtc = nowUtc.toUTC(); }

private:
    qint64 m_monotonicMs = 0;
    QDateTime m_nowUtc;
};
