#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>

class Clock;
class QTimer;

// A timebox for the room. What is left is always computed from the clock
// (never summed from timer ticks), so it cannot drift; past zero it keeps
// counting into overtime. For saving, a running countdown is an absolute
// wall-clock end time and a paused one the time it had left, so it resumes
// correctly after the app was closed.
class Countdown : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused };
    Q_ENUM(State)

    // Without a clock the countdown reads the system's; a given clock must
    // outlive it.
    explicit Countdown(Clock *clock = nullptr, QObject *parent = nullptr);
    ~Countdown() override;

    void start(qint64 durationMs);
    void pause();
    void resume();
    // +/- a minute from the facilitator. While idle it changes the duration
    // (never below zero); otherwise it moves the end, into or out of overtime.
    void addTime(qint64 deltaMs);
    // Back to Idle with the duration it was started with.
    void reset();
    // Idle, ready to count down durationMs: how a phase's own clock waits
    // for the facilitator. Stops whatever was running before.
    void prepare(qint64 durationMs);

    State state() const { return m_state; }
    qint64 durationMs() const { return m_durationMs; }
    // Negative in overtime; the duration while idle.
    qint64 remainingMs() const;
    // Time is up: running or paused at or past zero.
    bool isOvertime() const;
    // 0 < remaining <= 60 s, running or paused.
    bool isLastMinute() const;

    // What to save: the end time while running (invalid otherwise) and the
    // time left while paused (0 otherwise).
    QDateTime endAtUtc() const;
    qint64 pausedRemainingMs() const;
    // Brings back what was saved. Wall time that passed since then counts:
    // a countdown that ended while the app was closed comes back in
    // overtime, without signalling zero a second time.
    void restore(State state, qint64 durationMs, const QDateTime &endAtUtc,
                 qint64 pausedRemainingMs);

    // "9:59", "0:05", "0:00", "+0:42" in overtime, "1:02:03" above an hour.
    // Seconds round up before zero, so a fresh 10 minutes reads "10:00" and
    // "0:00" appears exactly at zero and lasts one second.
    static QString format(qint64 remainingMs);
    // Whole seconds shown for a remaining time, rounded up: 9.2 s left reads
    // "0:10", and 0.4 s past zero still reads "0:00".
    static qint64 shownSeconds(qint64 remainingMs);

public slots:
    // Re-reads the clock: emits ticked() and, on crossing zero, reachedZero().
    // Called by the internal timer at each displayed second; tests call it
    // after moving a fake clock.
    void refresh();

signals:
    // Something that must be saved changed (also after restore(), so views
    // catch up; saving the same values again is harmless). Not on ticks.
    void changed();
    // About once per displayed second while running.
    void ticked();
    // Once each time a running countdown gets to zero.
    void reachedZero();

private:
    void setRunningRemaining(qint64 remainingMs);
    void checkZero();
    void scheduleTick();

    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    QTimer *m_timer;
    State m_state = State::Idle;
    qint64 m_durationMs = 0;
    qint64 m_endMonotonicMs = 0;    // while running
    QDateTime m_endAtUtc;           // while running, for saving
    qint64 m_pausedRemainingMs = 0; // while paused
    // reachedZero() was emitted for the current stretch at or below zero.
    bool m_zeroSignalled = false;
};
