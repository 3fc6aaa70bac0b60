#include "countdown.h"

#include "clock.h"

#include <QTimer>

#include <algorithm>
#include <chrono>

qint64 Countdown::shownSeconds(qint64 ms)
{
    // Integer division truncates towards zero, which is already rounding up
    // for negative values.
    qint64 seconds = ms / 1000;
    if (ms % 1000 > 0)
        ++seconds;
    return seconds;
}

Countdown::Countdown(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // A coarse timer may be 5 % late, which over a second is a visible
    // stutter between digits.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Countdown::refresh);
}

Countdown::~Countdown() = default;

void Countdown::start(qint64 durationMs)
{
    m_durationMs = std::max<qint64>(0, durationMs);
    m_state = State::Running;
    m_pausedRemainingMs = 0;
    m_zeroSignalled = false;
    setRunningRemaining(m_durationMs);
    emit changed();
    checkZero();
    scheduleTick();
}

void Countdown::pause()
{
    if (m_state != State::Running)
        return;
    m_pausedRemainingMs = remainingMs();
    m_state = State::Paused;
    m_endAtUtc = QDateTime();
    m_timer->stop();
    emit changed();
}

void Countdown::resume()
{
    if (m_state != State::Paused)
        return;
    m_state = State::Running;
    setRunningRemaining(m_pausedRemainingMs);
    m_pausedRemainingMs = 0;
    emit changed();
    checkZero();
    scheduleTick();
}

void Countdown::addTime(qint64 deltaMs)
{
    if (deltaMs == 0)
        return;
    switch (m_state) {
    case State::Idle: {
        const qint64 duration = std::max<qint64>(0, m_durationMs + deltaMs);
        if (duration == m_durationMs)
            return;
        m_durationMs = duration;
        emit changed();
        return;
    }
    case State::Running:
        m_endMonotonicMs += deltaMs;
        m_endAtUtc = m_endAtUtc.addMSecs(deltaMs);
        emit changed();
        checkZero();
        // The second boundaries moved with the end.
        scheduleTick();
        return;
    case State::Paused:
        m_pausedRemainingMs += deltaMs;
        emit changed();
        checkZero();
        return;
    }
}

void Countdown::prepare(qint64 durationMs)
{
    durationMs = std::max<qint64>(0, durationMs);
    if (m_state == State::Idle && m_durationMs == durationMs)
        return;
    m_durationMs = durationMs;
    m_state = State::Running; // so reset() below does its whole work
    reset();
}

void Countdown::reset()
{
    if (m_state == State::Idle)
        return;
    m_state = State::Idle;
    m_timer->stop();
    m_endAtUtc = QDateTime();
    m_pausedRemainingMs = 0;
    m_zeroSignalled = false;
    emit changed();
}

qint64 Countdown::remainingMs() const
{
    switch (m_state) {
    case State::Idle:
        return m_durationMs;
    case State::Running:
        return m_endMonotonicMs - m_clock->monotonicMs();
    case State::Paused:
        return m_pausedRemainingMs;
    }
    return 0;
}

bool Countdown::isOvertime() const
{
    return m_state != State::Idle && remainingMs() <= 0;
}

bool Countdown::isLastMinute() const
{
    if (m_state == State::Idle)
        return false;
    const qint64 remaining = remainingMs();
    return remaining > 0 && remaining <= 60 * 1000;
}

QDateTime Countdown::endAtUtc() const
{
    return m_state == State::Running ? m_endAtUtc : QDateTime();
}

qint64 Countdown::pausedRemainingMs() const
{
    return m_state == State::Paused ? m_pausedRemainingMs : 0;
}

void Countdown::restore(State state, qint64 durationMs, const QDateTime &endAtUtc,
                        qint64 pausedRemainingMs)
{
    m_timer->stop();
    m_durationMs = std::max<qint64>(0, durationMs);
    m_endAtUtc = QDateTime();
    m_pausedRemainingMs = 0;
    m_state = state;
    if (state == State::Running && !endAtUtc.isValid())
        m_state = State::Idle; // nothing to resume from; start over
    if (m_state == State::Running) {
        // The monotonic clock of an earlier run means nothing now; the wall
        // clock is the only thread between the two.
        setRunningRemaining(m_clock->nowUtc().msecsTo(endAtUtc));
        m_endAtUtc = endAtUtc.toUTC();
    } else if (m_state == State::Paused) {
        m_pausedRemainingMs = pausedRemainingMs;
    }
    // Whatever was at or past zero was signalled before (or ended while
    // nobody was watching): no second alarm.
    m_zeroSignalled = isOvertime();
    emit changed();
    scheduleTick();
}

QString Countdown::format(qint64 remainingMs)
{
    const qint64 shown = shownSeconds(remainingMs);
    const qint64 seconds = shown < 0 ? -shown : shown;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    const QLatin1Char zero('0');
    QString text = hours > 0 ? QStringLiteral("%1:%2:%3")
                                   .arg(hours)
                                   .arg(minutes, 2, 10, zero)
                                   .arg(seconds % 60, 2, 10, zero)
                             : QStringLiteral("%1:%2").arg(minutes).arg(seconds % 60, 2, 10, zero);
    if (shown < 0)
        text.prepend(QLatin1Char('+'));
    return text;
}

void Countdown::refresh()
{
    if (m_state != State::Running)
        return;
    emit ticked();
    checkZero();
    scheduleTick();
}

void Countdown::setRunningRemaining(qint64 remainingMs)
{
    m_endMonotonicMs = m_clock->monotonicMs() + remainingMs;
    m_endAtUtc = m_clock->nowUtc().addMSecs(remainingMs);
}

void Countdown::checkZero()
{
    const qint64 remaining = remainingMs();
    if (remaining > 0) {
        m_zeroSignalled = false; // time was added: the next zero counts again
    } else if (m_state == State::Running && !m_zeroSignalled) {
        m_zeroSignalled = true;
        emit reachedZero();
    }
}

void Countdown::scheduleTick()
{
    if (m_state != State::Running) {
        m_timer->stop();
        return;
    }
    // Wake just after the shown second changes, i.e. when the remaining
    // time reaches the next lower multiple of a second. Ticking every
    // 1000 ms from an arbitrary phase would sometimes skip a digit or show
    // one twice.
    const qint64 remaining = remainingMs();
    const qint64 untilNextSecond = remaining - (shownSeconds(remaining) - 1) * 1000;
    m_timer->start(std::chrono::milliseconds(untilNextSecond + 1));
}
