#include "clock.h"
#include "countdown.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

} // namespace

// The timer the facilitator starts for each timebox, on a clock the test
// moves by hand.
class TestCountdown : public QObject
{
    Q_OBJECT

private slots:
    void format_data()
    {
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<QString>("text");
        QTest::newRow("fresh ten minutes") << 10 * Minute << "10:00";
        QTest::newRow("just started") << 10 * Minute - 1 << "10:00";
        QTest::newRow("one second in") << 10 * Minute - Second << "9:59";
        QTest::newRow("nine and a half minutes") << 9 * Minute + 30 * Second + 1 << "9:31";
        QTest::newRow("five seconds") << 5 * Second << "0:05";
        QTest::newRow("a blink before zero") << qint64(1) << "0:01";
        QTest::newRow("zero") << qint64(0) << "0:00";
        QTest::newRow("just past zero") << qint64(-999) << "0:00";
        QTest::newRow("one second over") << -Second << "+0:01";
        QTest::newRow("overtime") << -42 * Second << "+0:42";
        QTest::newRow("overtime, half a second on") << -42 * Second - 500 << "+0:42";
        QTest::newRow("long overtime") << -(12 * Minute + 3 * Second) << "+12:03";
        QTest::newRow("exactly an hour") << 60 * Minute << "1:00:00";
        QTest::newRow("above an hour") << 62 * Minute + 3 * Second << "1:02:03";
        QTest::newRow("hour of overtime") << -(61 * Minute) << "+1:01:00";
    }

    void format()
    {
        QFETCH(qint64, remainingMs);
        QFETCH(QString, text);
        QCOMPARE(Countdown::format(remainingMs), text);
    }

    void idleShowsItsDuration()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QCOMPARE(countdown.state(), Countdown::State::Idle);
        QCOMPARE(countdown.remainingMs(), 0);
        QVERIFY(!countdown.isOvertime());
        QVERIFY(!countdown.endAtUtc().isValid());
    }

    void startAndRun()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        countdown.start(10 * Minute);
        QCOMPARE(countdown.state(), Countdown::State::Running);
        QCOMPARE(countdown.durationMs(), 10 * Minute);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "10:00");
        QCOMPARE(countdown.endAtUtc(), clock.nowUtc().addMSecs(10 * Minute));

        clock.advance(Second);
        countdown.refresh();
        QCOMPARE(countdown.remainingMs(), 9 * Minute + 59 * Second);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "9:59");
        QVERIFY(!countdown.isLastMinute());

        clock.advance(9 * Minute);
        QVERIFY(countdown.isLastMinute());
        QCOMPARE(Countdown::format(countdown.remainingMs()), "0:59");
        QVERIFY(!countdown.isOvertime());
    }

    void lastMinute_data()
    {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<bool>("lastMinute");
        QTest::addColumn<bool>("overtime");
        QTest::newRow("61 s left") << 2 * Minute - 61 * Second << false << false;
        QTest::newRow("60 s left") << Minute << true << false;
        QTest::newRow("1 ms left") << 2 * Minute - 1 << true << false;
        QTest::newRow("zero") << 2 * Minute << false << true;
        QTest::newRow("overtime") << 2 * Minute + 5 * Second << false << true;
    }

    void lastMinute()
    {
        QFETCH(qint64, elapsedMs);
        QFETCH(bool, lastMinute);
        QFETCH(bool, overtime);
        FakeClock clock;
        Countdown countdown(&clock);
        countdown.start(2 * Minute);
        clock.advance(elapsedMs);
        countdown.refresh();
        QCOMPARE(countdown.isLastMinute(), lastMinute);
        QCOMPARE(countdown.isOvertime(), overtime);
        // The same holds while paused there.
        countdown.pause();
        QCOMPARE(countdown.isLastMinute(), lastMinute);
        QCOMPARE(countdown.isOvertime(), overtime);
    }

    void pausedTimeDoesNotCount()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        countdown.start(5 * Minute);
        clock.advance(Minute);
        countdown.pause();
        QCOMPARE(countdown.state(), Countdown::State::Paused);
        QCOMPARE(countdown.pausedRemainingMs(), 4 * Minute);
        QVERIFY(!countdown.endAtUtc().isValid());

        clock.advance(30 * Minute); // a long interruption
        countdown.refresh();
        QCOMPARE(countdown.remainingMs(), 4 * Minute);

        countdown.resume();
        QCOMPARE(countdown.state(), Countdown::State::Running);
        QCOMPARE(countdown.remainingMs(), 4 * Minute);
        QCOMPARE(countdown.pausedRemainingMs(), 0);
        QCOMPARE(countdown.endAtUtc(), clock.nowUtc().addMSecs(4 * Minute));
        clock.advance(Minute + 500);
        QCOMPARE(countdown.remainingMs(), 3 * Minute - 500);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "3:00");
    }

    void pauseAndResumeOnlyWhereTheyMakeSense()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy changed(&countdown, &Countdown::changed);
        countdown.pause();
        countdown.resume();
        QCOMPARE(countdown.state(), Countdown::State::Idle);
        countdown.start(Minute);
        countdown.resume();
        QCOMPARE(countdown.state(), Countdown::State::Running);
        countdown.pause();
        countdown.pause();
        QCOMPARE(countdown.state(), Countdown::State::Paused);
        QCOMPARE(changed.count(), 2); // start, pause
    }

    void addTime_data()
    {
        QTest::addColumn<Countdown::State>("state");
        QTest::addColumn<qint64>("deltaMs");
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<bool>("overtime");
        // Every case starts from a 3-minute timebox; running and paused ones
        // are 2:30 in (30 s left).
        QTest::newRow("idle +1") << Countdown::State::Idle << Minute << 4 * Minute << 4 * Minute
                                 << false;
        QTest::newRow("idle -1") << Countdown::State::Idle << -Minute << 2 * Minute << 2 * Minute
                                 << false;
        QTest::newRow("idle -5 stops at zero")
            << Countdown::State::Idle << -5 * Minute << qint64(0) << qint64(0) << false;
        QTest::newRow("running +1")
            << Countdown::State::Running << Minute << 90 * Second << 3 * Minute << false;
        QTest::newRow("running -1 into overtime")
            << Countdown::State::Running << -Minute << -30 * Second << 3 * Minute << true;
        QTest::newRow("paused +1")
            << Countdown::State::Paused << Minute << 90 * Second << 3 * Minute << false;
        QTest::newRow("paused -1 into overtime")
            << Countdown::State::Paused << -Minute << -30 * Second << 3 * Minute << true;
    }

    void addTime()
    {
        QFETCH(Countdown::State, state);
        QFETCH(qint64, deltaMs);
        QFETCH(qint64, remainingMs);
        QFETCH(qint64, durationMs);
        QFETCH(bool, overtime);

        FakeClock clock;
        Countdown countdown(&clock);
        if (state == Countdown::State::Idle) {
            countdown.restore(Countdown::State::Idle, 3 * Minute, {}, 0);
        } else {
            countdown.start(3 * Minute);
            clock.advance(150 * Second);
            if (state == Countdown::State::Paused)
                countdown.pause();
        }
        QSignalSpy changed(&countdown, &Countdown::changed);
        countdown.addTime(deltaMs);
        QCOMPARE(countdown.state(), state);
        QCOMPARE(countdown.remainingMs(), remainingMs);
        QCOMPARE(countdown.durationMs(), durationMs);
        QCOMPARE(countdown.isOvertime(), overtime);
        QCOMPARE(changed.count(), 1);
        if (state == Countdown::State::Running)
            QCOMPARE(countdown.endAtUtc(), clock.nowUtc().addMSecs(remainingMs));
        if (state == Countdown::State::Paused)
            QCOMPARE(countdown.pausedRemainingMs(), remainingMs);
    }

    void addTimeOutOfOvertime()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        countdown.start(Minute);
        clock.advance(Minute + 20 * Second);
        countdown.refresh();
        QCOMPARE(zero.count(), 1);
        QVERIFY(countdown.isOvertime());

        countdown.addTime(Minute); // back to 40 s left
        QVERIFY(!countdown.isOvertime());
        QCOMPARE(Countdown::format(countdown.remainingMs()), "0:40");
        QCOMPARE(zero.count(), 1);

        // Crossing zero again is a new crossing, signalled again.
        clock.advance(40 * Second);
        countdown.refresh();
        QCOMPARE(zero.count(), 2);
        // Taking a minute while running crosses zero too.
        countdown.addTime(2 * Minute);
        countdown.addTime(-3 * Minute);
        QCOMPARE(zero.count(), 3);
    }

    void overtimeContinuesAndSignalsOnce()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        countdown.start(10 * Second);
        for (int i = 0; i < 9; ++i) {
            clock.advance(Second);
            countdown.refresh();
        }
        QCOMPARE(Countdown::format(countdown.remainingMs()), "0:01");
        QCOMPARE(zero.count(), 0);

        clock.advance(Second);
        countdown.refresh();
        QCOMPARE(countdown.remainingMs(), 0);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "0:00");
        QVERIFY(countdown.isOvertime());
        QCOMPARE(zero.count(), 1);

        for (int i = 0; i < 42; ++i) {
            clock.advance(Second);
            countdown.refresh();
        }
        QCOMPARE(countdown.state(), Countdown::State::Running);
        QCOMPARE(countdown.remainingMs(), -42 * Second);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "+0:42");
        QCOMPARE(zero.count(), 1);

        // Pausing and resuming in overtime is not a new crossing.
        countdown.pause();
        countdown.resume();
        countdown.refresh();
        QCOMPARE(zero.count(), 1);
    }

    void zeroIsNoticedEvenIfTheTickIsLate()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        countdown.start(Minute);
        clock.advance(Minute + 3 * Second); // e.g. the machine was busy
        countdown.refresh();
        QCOMPARE(zero.count(), 1);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "+0:03");
    }

    void zeroDuration()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        countdown.start(0);
        QCOMPARE(zero.count(), 1);
        QVERIFY(countdown.isOvertime());
        countdown.start(-Minute);
        QCOMPARE(countdown.durationMs(), 0);
    }

    void resetGoesBackToTheFullDuration_data()
    {
        QTest::addColumn<bool>("pauseFirst");
        QTest::addColumn<qint64>("elapsedMs");
        QTest::newRow("running") << false << 2 * Minute;
        QTest::newRow("paused") << true << 2 * Minute;
        QTest::newRow("overtime") << false << 7 * Minute;
    }

    void resetGoesBackToTheFullDuration()
    {
        QFETCH(bool, pauseFirst);
        QFETCH(qint64, elapsedMs);
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        countdown.start(5 * Minute);
        clock.advance(elapsedMs);
        countdown.refresh();
        countdown.addTime(Minute); // an extension for this run only
        if (pauseFirst)
            countdown.pause();
        const int zeros = zero.count();

        QSignalSpy changed(&countdown, &Countdown::changed);
        countdown.reset();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(countdown.state(), Countdown::State::Idle);
        QCOMPARE(countdown.remainingMs(), 5 * Minute);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "5:00");
        QVERIFY(!countdown.isOvertime());
        QVERIFY(!countdown.endAtUtc().isValid());
        QCOMPARE(countdown.pausedRemainingMs(), 0);

        // Idle stands still.
        clock.advance(10 * Minute);
        countdown.refresh();
        QCOMPARE(countdown.remainingMs(), 5 * Minute);
        QCOMPARE(zero.count(), zeros);

        countdown.reset();
        QCOMPARE(changed.count(), 1); // nothing to reset
    }

    void restoreAfterRestart_data()
    {
        QTest::addColumn<Countdown::State>("state");
        QTest::addColumn<qint64>("closedForMs");
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<bool>("overtime");
        // Saved 4 minutes into a 10-minute countdown (6 minutes left).
        QTest::newRow("running, back soon")
            << Countdown::State::Running << 90 * Second << 270 * Second << false;
        QTest::newRow("running, ended while closed")
            << Countdown::State::Running << 8 * Minute << -2 * Minute << true;
        QTest::newRow("running, ends as it opens")
            << Countdown::State::Running << 6 * Minute << qint64(0) << true;
        QTest::newRow("paused") << Countdown::State::Paused << 3 * 60 * Minute << 6 * Minute
                                << false;
        QTest::newRow("idle") << Countdown::State::Idle << 8 * Minute << 10 * Minute << false;
    }

    void restoreAfterRestart()
    {
        QFETCH(Countdown::State, state);
        QFETCH(qint64, closedForMs);
        QFETCH(qint64, remainingMs);
        QFETCH(bool, overtime);

        // First run: what the owner would save on changed().
        Countdown::State savedState = Countdown::State::Idle;
        qint64 savedDuration = 0;
        QDateTime savedEnd;
        qint64 savedPaused = 0;
        QDateTime closedAt;
        {
            FakeClock clock;
            clock.advance(123456); // this process has been up a while
            Countdown countdown(&clock);
            const auto save = [&] {
                savedState = countdown.state();
                savedDuration = countdown.durationMs();
                savedEnd = countdown.endAtUtc();
                savedPaused = countdown.pausedRemainingMs();
            };
            connect(&countdown, &Countdown::changed, this, save);
            countdown.start(10 * Minute);
            clock.advance(4 * Minute);
            countdown.refresh();
            if (state == Countdown::State::Paused)
                countdown.pause();
            if (state == Countdown::State::Idle)
                countdown.reset();
            closedAt = clock.nowUtc();
        }
        QCOMPARE(savedState, state);

        // Second run: a new process, whose monotonic clock starts over.
        FakeClock clock;
        clock.setNowUtc(closedAt.addMSecs(closedForMs));
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        QSignalSpy changed(&countdown, &Countdown::changed);
        countdown.restore(savedState, savedDuration, savedEnd, savedPaused);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(countdown.state(), state);
        QCOMPARE(countdown.durationMs(), 10 * Minute);
        QCOMPARE(countdown.remainingMs(), remainingMs);
        QCOMPARE(countdown.isOvertime(), overtime);
        QCOMPARE(countdown.endAtUtc(), savedEnd);
        QCOMPARE(countdown.pausedRemainingMs(), savedPaused);

        // It carries on from there, and an end that passed while Candor was
        // closed is not announced again.
        clock.advance(5 * Second);
        countdown.refresh();
        if (state == Countdown::State::Running)
            QCOMPARE(countdown.remainingMs(), remainingMs - 5 * Second);
        else
            QCOMPARE(countdown.remainingMs(), remainingMs);
        QCOMPARE(zero.count(), 0);
    }

    void restoredCountdownStillSignalsItsZero()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy zero(&countdown, &Countdown::reachedZero);
        countdown.restore(Countdown::State::Running, 10 * Minute,
                          clock.nowUtc().addMSecs(20 * Second), 0);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "0:20");
        clock.advance(20 * Second);
        countdown.refresh();
        QCOMPARE(zero.count(), 1);
    }

    void restoreWithoutAnEndStartsOver()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        countdown.restore(Countdown::State::Running, 10 * Minute, QDateTime(), 0);
        QCOMPARE(countdown.state(), Countdown::State::Idle);
        QCOMPARE(countdown.remainingMs(), 10 * Minute);
    }

    void wallClockCorrectionsDoNotMoveARunningCountdown()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        countdown.start(10 * Minute);
        clock.advance(Minute);
        clock.setNowUtc(clock.nowUtc().addSecs(-3600)); // the system clock is set back
        countdown.refresh();
        QCOMPARE(countdown.remainingMs(), 9 * Minute);
    }

    void doesNotDrift()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy ticked(&countdown, &Countdown::ticked);
        countdown.start(10 * Minute);
        // Irregular wake-ups, as a busy machine would deliver them.
        const qint64 steps[] = {999, 1001, 1003, 17, 1500, 2, 998, 1200, 800, 1000, 1, 1999};
        qint64 elapsed = 0;
        int refreshes = 0;
        for (int round = 0; round < 40; ++round) {
            for (qint64 step : steps) {
                clock.advance(step);
                elapsed += step;
                countdown.refresh();
                ++refreshes;
            }
        }
        QCOMPARE(elapsed, 420 * Second + 800);
        QCOMPARE(countdown.remainingMs(), 10 * Minute - elapsed);
        QCOMPARE(Countdown::format(countdown.remainingMs()), "3:00");
        QCOMPARE(ticked.count(), refreshes);
    }

    void ticksComeJustAfterEachShownSecond_data()
    {
        QTest::addColumn<qint64>("elapsedMs");
        QTest::addColumn<int>("untilNextTickMs");
        QTest::newRow("at the start") << qint64(0) << 1000;
        QTest::newRow("a third into a second") << qint64(300) << 700;
        QTest::newRow("late by a blink") << qint64(1001) << 999;
        QTest::newRow("in overtime") << 10 * Minute + 2500 << 500;
    }

    // The display changes exactly when the shown second does, whatever the
    // phase of the start, pauses or additions.
    void ticksComeJustAfterEachShownSecond()
    {
        QFETCH(qint64, elapsedMs);
        QFETCH(int, untilNextTickMs);
        FakeClock clock;
        Countdown countdown(&clock);
        countdown.start(10 * Minute);
        clock.advance(elapsedMs);
        countdown.refresh();
        auto *timer = countdown.findChild<QTimer *>();
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        // A millisecond after the boundary, never before it.
        QCOMPARE(timer->interval(), untilNextTickMs + 1);
        const QString before = Countdown::format(countdown.remainingMs());
        clock.advance(untilNextTickMs);
        QVERIFY(Countdown::format(countdown.remainingMs()) != before);

        countdown.pause();
        QVERIFY(!timer->isActive());
    }

    void changedOnlyForWhatIsSaved()
    {
        FakeClock clock;
        Countdown countdown(&clock);
        QSignalSpy changed(&countdown, &Countdown::changed);
        QSignalSpy ticked(&countdown, &Countdown::ticked);

        countdown.start(2 * Minute);
        QCOMPARE(changed.count(), 1);
        for (int i = 0; i < 30; ++i) {
            clock.advance(Second);
            countdown.refresh();
        }
        QCOMPARE(changed.count(), 1); // ticks are not saved
        QCOMPARE(ticked.count(), 30);

        countdown.pause();
        QCOMPARE(changed.count(), 2);
        countdown.refresh();
        QCOMPARE(ticked.count(), 30); // a paused countdown does not tick
        countdown.addTime(Minute);
        QCOMPARE(changed.count(), 3);
        countdown.resume();
        QCOMPARE(changed.count(), 4);
        countdown.addTime(-Minute);
        QCOMPARE(changed.count(), 5);
        clock.advance(2 * Minute); // through zero: still not a saved change
        countdown.refresh();
        QCOMPARE(changed.count(), 5);
        countdown.reset();
        QCOMPARE(changed.count(), 6);
        countdown.addTime(0);
        QCOMPARE(changed.count(), 6);
    }

    void systemClockIsMonotonic()
    {
        SystemClock clock;
        const qint64 first = clock.monotonicMs();
        QVERIFY(first >= 0);
        QVERIFY(clock.monotonicMs() >= first);
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        Countdown countdown; // reads the system clock
        countdown.start(Minute);
        QVERIFY(countdown.remainingMs() <= Minute);
        QVERIFY(countdown.remainingMs() > 0);
    }
};

QTEST_GUILESS_MAIN(TestCountdown)
#include "tst_countdown.moc"
