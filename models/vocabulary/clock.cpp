#include "clock.h"

Clock::~Clock() = default;

SystemClock::SystemClock()
{
    // QElapsedTimer picks the system's monotonic clock where there is one.
    m_elapsed.start();
}

qint64 SystemClock::monotonicMs() const
{
    return m_elapsed.elapsed();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}
