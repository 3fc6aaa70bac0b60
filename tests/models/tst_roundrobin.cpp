#include "roundrobin.h"

#include <QTest>

// Tables are written the way a facilitator would describe them:
// "Ann -Ben Cy*" is Ann, then Ben who is absent, then Cy who has nothing left.
// Turn orders read like the shared screen over several turns:
// "r1: Ann Cy | r2: Ann Cy | done".

namespace {

const QStringList people = {"Ann", "Ben", "Cy", "Dan", "Eve", "Fay", "Gus", "Hal"};

qint64 idOf(const QString &name)
{
    return people.indexOf(name) + 1;
}

QString nameOf(qint64 id)
{
    return id == 0 ? QString("nobody") : people.value(int(id - 1), "?");
}

QVector<Seat> table(const QString &text)
{
    QVector<Seat> seats;
    for (QString word : text.split(' ', Qt::SkipEmptyParts)) {
        Seat seat;
        if (word.startsWith('-')) {
            seat.present = false;
            word.remove(0, 1);
        }
        if (word.endsWith('*')) {
            seat.nothingLeft = true;
            word.chop(1);
        }
        seat.participantId = idOf(word);
        Q_ASSERT_X(seat.participantId > 0, "table", qPrintable(word));
        seats << seat;
    }
    return seats;
}

TurnState turn(int round, const QString &speaker, bool stopped = false)
{
    TurnState state;
    state.round = round;
    state.speakerId = speaker.isEmpty() ? 0 : idOf(speaker);
    state.stopped = stopped;
    return state;
}

QString describe(const TurnState &state)
{
    if (state.round == 0)
        return state.stopped ? "not started, stopped" : "not started";
    QString text = QString("r%1 %2").arg(state.round).arg(nameOf(state.speakerId));
    return state.stopped ? "stopped " + text : text;
}

// The speakers of up to `count` turns starting with the current one, each
// turn ending in advance(), as the screen would show them one after another.
QString order(const QVector<Seat> &seats, TurnState state, int count)
{
    QStringList parts;
    int shownRound = 0;
    for (int i = 0; i < count; ++i) {
        if (RoundRobin::isComplete(seats, state)) {
            if (shownRound != 0)
                parts << "|";
            parts << "done";
            break;
        }
        if (state.round != shownRound) {
            if (shownRound != 0)
                parts << "|";
            parts << QString("r%1:").arg(state.round);
            shownRound = state.round;
        }
        parts << nameOf(state.speakerId);
        state = RoundRobin::advance(seats, state);
    }
    return parts.join(' ');
}

} // namespace

class TestRoundRobin : public QObject
{
    Q_OBJECT

private slots:
    void orderFromStart_data()
    {
        QTest::addColumn<QString>("seats");
        QTest::addColumn<int>("turns");
        QTest::addColumn<QString>("expected");

        QTest::newRow("six people, three rounds")
            << "Ann Ben Cy Dan Eve Fay" << 18
            << "r1: Ann Ben Cy Dan Eve Fay | r2: Ann Ben Cy Dan Eve Fay | "
               "r3: Ann Ben Cy Dan Eve Fay";
        QTest::newRow("seat order, not sign-up order")
            << "Fay Cy Ann Eve" << 6 << "r1: Fay Cy Ann Eve | r2: Fay Cy";
        QTest::newRow("absent people are skipped")
            << "-Ann Ben -Cy Dan -Eve Fay" << 7 << "r1: Ben Dan Fay | r2: Ben Dan Fay | r3: Ben";
        QTest::newRow("nothing left is skipped")
            << "Ann Ben* Cy Dan*" << 5 << "r1: Ann Cy | r2: Ann Cy | r3: Ann";
        QTest::newRow("first seat absent, round 1 starts with the second")
            << "-Ann Ben Cy" << 3 << "r1: Ben Cy | r2: Ben";
        QTest::newRow("one person left speaks every round")
            << "Ann* Ben -Cy Dan*" << 3 << "r1: Ben | r2: Ben | r3: Ben";
        QTest::newRow("everyone has nothing left") << "Ann* Ben* Cy*" << 3 << "done";
        QTest::newRow("nobody present") << "-Ann -Ben -Cy" << 3 << "done";
        QTest::newRow("nobody at the table") << "" << 3 << "done";
    }

    void orderFromStart()
    {
        QFETCH(QString, seats);
        QFETCH(int, turns);
        QFETCH(QString, expected);
        QCOMPARE(order(table(seats), RoundRobin::start(table(seats)), turns), expected);
    }

    void startIsRoundOneWithTheFirstEligibleSeat()
    {
        QCOMPARE(describe(RoundRobin::start(table("-Ann Ben* Cy Dan"))), QString("r1 Cy"));
        // With nobody to speak, sharing is started and complete at once, so
        // the screen can move on to the ranked list instead of waiting.
        const QVector<Seat> empty = table("-Ann -Ben");
        const TurnState state = RoundRobin::start(empty);
        QCOMPARE(describe(state), QString("r1 nobody"));
        QVERIFY(RoundRobin::isComplete(empty, state));
        QCOMPARE(RoundRobin::nextSpeaker(empty, state), qint64(0));
    }

    void notStartedIsNotComplete()
    {
        const QVector<Seat> seats = table("Ann Ben");
        QVERIFY(!RoundRobin::isComplete(seats, TurnState()));
        QCOMPARE(RoundRobin::advance(seats, TurnState()), TurnState());
        QCOMPARE(RoundRobin::nextSpeaker(seats, TurnState()), qint64(0));
        QCOMPARE(RoundRobin::stop(TurnState()), TurnState());
        QCOMPARE(RoundRobin::reconcile(seats, table("Ann -Ben"), TurnState()), TurnState());
    }

    void passSkipsThisRoundOnly()
    {
        // Ben passes in round 1: the turn goes to Cy without a concern, and
        // Ben is asked again in round 2.
        const QVector<Seat> seats = table("Ann Ben Cy");
        const TurnState bensTurn = turn(1, "Ben");
        const TurnState afterPass = RoundRobin::advance(seats, bensTurn);
        QCOMPARE(describe(afterPass), QString("r1 Cy"));
        QCOMPARE(order(seats, afterPass, 4), QString("r1: Cy | r2: Ann Ben Cy"));
    }

    void passByTheLastSeatStartsTheNextRound()
    {
        const QVector<Seat> seats = table("Ann Ben Cy");
        QCOMPARE(describe(RoundRobin::advance(seats, turn(1, "Cy"))), QString("r2 Ann"));
    }

    void nothingLeftOnTheirTurn()
    {
        // Ben says he has nothing left: his seat is marked, then the turn
        // moves on; he is never asked again.
        const QVector<Seat> before = table("Ann Ben Cy Dan");
        const QVector<Seat> after = table("Ann Ben* Cy Dan");
        const TurnState bensTurn = turn(2, "Ben");
        const TurnState next = RoundRobin::advance(after, bensTurn);
        QCOMPARE(describe(next), QString("r2 Cy"));
        QCOMPARE(RoundRobin::reconcile(before, after, bensTurn), next);
        QCOMPARE(order(after, next, 6), QString("r2: Cy Dan | r3: Ann Cy Dan | r4: Ann"));
    }

    void nothingLeftOutOfTurn()
    {
        // Dan tells the facilitator during Ann's turn that he is done: Ann
        // keeps the floor and Dan is skipped from then on.
        const QVector<Seat> before = table("Ann Ben Cy Dan");
        const QVector<Seat> after = table("Ann Ben Cy Dan*");
        const TurnState state = RoundRobin::reconcile(before, after, turn(1, "Ann"));
        QCOMPARE(describe(state), QString("r1 Ann"));
        QCOMPARE(order(after, state, 6), QString("r1: Ann Ben Cy | r2: Ann Ben Cy"));
    }

    void lastPersonWithItemsSaysNothingLeft()
    {
        const QVector<Seat> after = table("Ann* Ben* Cy*");
        const TurnState done = RoundRobin::advance(after, turn(4, "Cy"));
        QCOMPARE(describe(done), QString("r4 nobody"));
        QVERIFY(RoundRobin::isComplete(after, done));
        QCOMPARE(RoundRobin::nextSpeaker(after, done), qint64(0));
        QCOMPARE(RoundRobin::advance(after, done), done);
        QCOMPARE(RoundRobin::peopleWithItems(after), 0);
    }

    void completionCountsOnlyPresentPeople()
    {
        // An absent person who still had items does not keep sharing open.
        const QVector<Seat> seats = table("Ann* -Ben Cy*");
        QCOMPARE(RoundRobin::peopleWithItems(seats), 0);
        QVERIFY(RoundRobin::isComplete(seats, turn(3, "")));
        QVERIFY(!RoundRobin::isComplete(table("Ann* Ben Cy*"), turn(3, "Ben")));
    }

    void peopleWithItems_data()
    {
        QTest::addColumn<QString>("seats");
        QTest::addColumn<int>("count");
        QTest::newRow("everyone") << "Ann Ben Cy" << 3;
        QTest::newRow("absent and done do not count") << "Ann -Ben Cy* Dan" << 2;
        QTest::newRow("absent and done") << "-Ann*" << 0;
        QTest::newRow("nobody") << "" << 0;
    }

    void peopleWithItems()
    {
        QFETCH(QString, seats);
        QFETCH(int, count);
        QCOMPARE(RoundRobin::peopleWithItems(table(seats)), count);
    }

    void becomesAbsentDuringTheirTurn_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("expected");

        QTest::newRow("middle seat: the next person speaks") << "Ann Ben Cy Dan"
                                                             << "Ann Ben -Cy Dan"
                                                             << "Cy"
                                                             << "r2 Dan";
        QTest::newRow("last seat: the next round starts") << "Ann Ben Cy Dan"
                                                          << "Ann Ben Cy -Dan"
                                                          << "Dan"
                                                          << "r3 Ann";
        QTest::newRow("next seat absent too") << "Ann Ben Cy -Dan Eve"
                                              << "Ann Ben -Cy -Dan Eve"
                                              << "Cy"
                                              << "r2 Eve";
        QTest::newRow("last one present leaves") << "-Ann Ben -Cy"
                                                 << "-Ann -Ben -Cy"
                                                 << "Ben"
                                                 << "r2 nobody";
    }

    void becomesAbsentDuringTheirTurn()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, speaker);
        QFETCH(QString, expected);
        const TurnState state =
            RoundRobin::reconcile(table(before), table(after), turn(2, speaker));
        QCOMPARE(describe(state), expected);
        QCOMPARE(RoundRobin::isComplete(table(after), state), state.speakerId == 0);
    }

    void leaverIsSkippedFromThenOn()
    {
        const QVector<Seat> before = table("Ann Ben Cy Dan");
        const QVector<Seat> after = table("Ann Ben Cy -Dan");
        const TurnState state = RoundRobin::reconcile(before, after, turn(1, "Ben"));
        QCOMPARE(describe(state), QString("r1 Ben"));
        QCOMPARE(order(after, state, 5), QString("r1: Ben Cy | r2: Ann Ben Cy"));
    }

    void lateArrival_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");

        // Before: "Ann Ben Cy Dan", Cy is speaking in round 1. Gus arrives.
        QTest::newRow("seated before the speaker: next round")
            << "Ann Gus Ben Cy Dan"
            << "r1: Cy Dan | r2: Ann Gus Ben Cy Dan";
        QTest::newRow("seated at the front: next round") << "Gus Ann Ben Cy Dan"
                                                         << "r1: Cy Dan | r2: Gus Ann Ben Cy Dan";
        QTest::newRow("seated right after the speaker: this round")
            << "Ann Ben Cy Gus Dan"
            << "r1: Cy Gus Dan | r2: Ann Ben Cy Gus";
        QTest::newRow("seated at the end: this round") << "Ann Ben Cy Dan Gus"
                                                       << "r1: Cy Dan Gus | r2: Ann Ben Cy Dan";
        QTest::newRow("two arrive on both sides") << "Gus Ann Ben Cy Dan Hal"
                                                  << "r1: Cy Dan Hal | r2: Gus Ann Ben Cy";
    }

    void lateArrival()
    {
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const TurnState state =
            RoundRobin::reconcile(table("Ann Ben Cy Dan"), table(after), turn(1, "Cy"));
        // Whoever is speaking keeps the floor.
        QCOMPARE(describe(state), QString("r1 Cy"));
        QCOMPARE(order(table(after), state, 7), expected);
    }

    void lateArrivalMarkedPresentInTheirSeat()
    {
        // Hal was on the list as absent and walks in; he speaks this round
        // because his seat comes after Ben's.
        const QVector<Seat> before = table("Ann Ben Cy -Hal Dan");
        const QVector<Seat> after = table("Ann Ben Cy Hal Dan");
        const TurnState state = RoundRobin::reconcile(before, after, turn(1, "Ben"));
        QCOMPARE(order(after, state, 4), QString("r1: Ben Cy Hal Dan"));
    }

    void lateArrivalReopensCompletedSharing()
    {
        // Everyone was done; Gus arrives with worries of his own, so sharing
        // is not complete any more and a new round starts with him.
        const QVector<Seat> before = table("Ann* Ben* Cy*");
        const QVector<Seat> after = table("Ann* Ben* Gus Cy*");
        const TurnState done = turn(5, "");
        QVERIFY(RoundRobin::isComplete(before, done));
        const TurnState state = RoundRobin::reconcile(before, after, done);
        QCOMPARE(describe(state), QString("r6 Gus"));
        QVERIFY(!RoundRobin::isComplete(after, state));
    }

    void reorderMidRound_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");

        // Before: "Ann Ben Cy Dan Eve", Cy is speaking in round 1 (Ann and
        // Ben have spoken). The round goes on in the new order from Cy.
        QTest::newRow("unchanged") << "Ann Ben Cy Dan Eve"
                                   << "r1: Cy Dan Eve | r2: Ann Ben Cy";
        QTest::newRow("those after the speaker swap") << "Ann Ben Cy Eve Dan"
                                                      << "r1: Cy Eve Dan | r2: Ann Ben Cy";
        QTest::newRow("moved behind the speaker speaks again this round")
            << "Ann Cy Dan Ben Eve"
            << "r1: Cy Dan Ben Eve | r2: Ann Cy";
        QTest::newRow("moved ahead of the speaker waits for the next round")
            << "Eve Ann Ben Cy Dan"
            << "r1: Cy Dan | r2: Eve Ann Ben Cy";
        QTest::newRow("speaker moved to the end: the next round follows")
            << "Ann Ben Dan Eve Cy"
            << "r1: Cy | r2: Ann Ben Dan Eve Cy";
    }

    void reorderMidRound()
    {
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const TurnState state =
            RoundRobin::reconcile(table("Ann Ben Cy Dan Eve"), table(after), turn(1, "Cy"));
        QCOMPARE(describe(state), QString("r1 Cy"));
        QCOMPARE(order(table(after), state, 6), expected);
    }

    void speakerRemovedFromTheList_data()
    {
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");

        // Before: "Ann Ben Cy Dan Eve", Cy is speaking in round 2 and is
        // deleted from the participants.
        QTest::newRow("the next seat speaks") << "Ann Ben Dan Eve"
                                              << "r2 Dan";
        QTest::newRow("neighbour before also gone") << "Ann Dan Eve"
                                                    << "r2 Dan";
        QTest::newRow("everyone before gone") << "Dan Eve"
                                              << "r2 Dan";
        QTest::newRow("the rest of the round gone") << "Ann Ben"
                                                    << "r3 Ann";
        QTest::newRow("reordered too: after the neighbour's new seat") << "Eve Ben Ann Dan"
                                                                       << "r2 Ann";
    }

    void speakerRemovedFromTheList()
    {
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const TurnState state =
            RoundRobin::reconcile(table("Ann Ben Cy Dan Eve"), table(after), turn(2, "Cy"));
        QCOMPARE(describe(state), expected);
    }

    void stopAndResume()
    {
        const QVector<Seat> seats = table("Ann Ben Cy Dan");
        const TurnState running = turn(2, "Ben");
        const TurnState stopped = RoundRobin::stop(running);
        QCOMPARE(describe(stopped), QString("stopped r2 Ben"));
        // Stopped sharing is over as far as the room can tell.
        QVERIFY(RoundRobin::isComplete(seats, stopped));
        QCOMPARE(RoundRobin::nextSpeaker(seats, stopped), qint64(0));
        QCOMPARE(RoundRobin::advance(seats, stopped), stopped);
        QCOMPARE(RoundRobin::stop(stopped), stopped);
        // Resuming picks up with the person who was up, in the same round.
        const TurnState resumed = RoundRobin::resume(seats, stopped);
        QCOMPARE(resumed, running);
        QVERIFY(!RoundRobin::isComplete(seats, resumed));
        QCOMPARE(RoundRobin::resume(seats, resumed), resumed);
    }

    void resumeAfterTheSpeakerLeftWhileStopped()
    {
        const QVector<Seat> before = table("Ann Ben Cy Dan");
        const QVector<Seat> after = table("Ann -Ben Cy Dan");
        const TurnState stopped = RoundRobin::stop(turn(2, "Ben"));
        // Told about the change while stopped: stays stopped.
        const TurnState reconciled = RoundRobin::reconcile(before, after, stopped);
        QCOMPARE(describe(reconciled), QString("stopped r2 Cy"));
        QCOMPARE(describe(RoundRobin::resume(after, reconciled)), QString("r2 Cy"));
        // Not told: resume still moves past Ben.
        QCOMPARE(describe(RoundRobin::resume(after, stopped)), QString("r2 Cy"));
    }

    void resumeWhenEveryoneIsDone()
    {
        const QVector<Seat> seats = table("Ann* Ben*");
        const TurnState resumed = RoundRobin::resume(seats, RoundRobin::stop(turn(3, "Ben")));
        QCOMPARE(describe(resumed), QString("r3 nobody"));
        QVERIFY(RoundRobin::isComplete(seats, resumed));
    }

    void onePersonLeft()
    {
        const QVector<Seat> before = table("Ann Ben Cy");
        const QVector<Seat> after = table("Ann* Ben Cy*");
        // Cy is done on her turn; only Ben has items: he is next, and after
        // him comes Ben again, one round per turn.
        const TurnState state = RoundRobin::advance(after, turn(2, "Cy"));
        QCOMPARE(RoundRobin::reconcile(before, after, turn(2, "Cy")), state);
        QCOMPARE(describe(state), QString("r3 Ben"));
        QCOMPARE(RoundRobin::nextSpeaker(after, state), idOf("Ben"));
        QCOMPARE(order(after, state, 3), QString("r3: Ben | r4: Ben | r5: Ben"));
        QCOMPARE(RoundRobin::peopleWithItems(after), 1);
    }

    void undoByRestoringAnEarlierState()
    {
        // A session with passes, someone leaving and someone done. Every
        // step stores the seats and state it produced, as the undo stack
        // does; going back to any of them and doing the same again must give
        // the same turns and the same "Next:" banner.
        enum Action { Advance, DanLeaves, SpeakerDone };
        const QVector<Action> actions = {Advance,     Advance, Advance, DanLeaves, Advance, Advance,
                                         SpeakerDone, Advance, Advance, Advance,   Advance};
        const auto apply = [](Action action, QVector<Seat> &seats, TurnState &state) {
            QVector<Seat> changed = seats;
            for (Seat &seat : changed) {
                if (action == DanLeaves && seat.participantId == idOf("Dan"))
                    seat.present = false;
                if (action == SpeakerDone && seat.participantId == state.speakerId)
                    seat.nothingLeft = true;
            }
            state = action == DanLeaves ? RoundRobin::reconcile(seats, changed, state)
                                        : RoundRobin::advance(changed, state);
            seats = changed;
        };
        const auto banner = [](const QVector<Seat> &seats, const TurnState &state) {
            return describe(state) + ", next " + nameOf(RoundRobin::nextSpeaker(seats, state));
        };

        QVector<QVector<Seat>> seatHistory = {table("Ann Ben Cy Dan Eve")};
        QVector<TurnState> stateHistory = {RoundRobin::start(seatHistory.first())};
        QStringList banners = {banner(seatHistory.first(), stateHistory.first())};
        for (Action action : actions) {
            QVector<Seat> seats = seatHistory.last();
            TurnState state = stateHistory.last();
            apply(action, seats, state);
            seatHistory << seats;
            stateHistory << state;
            banners << banner(seats, state);
        }
        QCOMPARE(banners, QStringList({"r1 Ann, next Ben", "r1 Ben, next Cy", "r1 Cy, next Dan",
                                       "r1 Dan, next Eve", "r1 Eve, next Ann", "r2 Ann, next Ben",
                                       "r2 Ben, next Cy", "r2 Cy, next Eve", "r2 Eve, next Ann",
                                       "r3 Ann, next Cy", "r3 Cy, next Eve", "r3 Eve, next Ann"}));

        for (int back = 0; back < actions.size(); ++back) {
            QVector<Seat> seats = seatHistory.at(back);
            TurnState state = stateHistory.at(back);
            QCOMPARE(banner(seats, state), banners.at(back));
            for (int step = back; step < actions.size(); ++step) {
                apply(actions.at(step), seats, state);
                QCOMPARE(banner(seats, state), banners.at(step + 1));
            }
        }
    }

    void nextSpeaker_data()
    {
        QTest::addColumn<QString>("seats");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("next");

        QTest::newRow("the next seat") << "Ann Ben Cy"
                                       << "Ann"
                                       << "Ben";
        QTest::newRow("last seat: the first of the next round") << "Ann Ben Cy"
                                                                << "Cy"
                                                                << "Ann";
        QTest::newRow("absent and done are skipped") << "Ann -Ben Cy* Dan"
                                                     << "Ann"
                                                     << "Dan";
        QTest::newRow("only one left: themselves") << "Ann* Ben Cy*"
                                                   << "Ben"
                                                   << "Ben";
        QTest::newRow("speaker just left: the one after") << "Ann -Ben Cy"
                                                          << "Ben"
                                                          << "Cy";
        QTest::newRow("nobody else and speaker done") << "Ann* Ben*"
                                                      << "Ben"
                                                      << "nobody";
        QTest::newRow("complete") << "Ann* Ben*"
                                  << "done"
                                  << "nobody";
        QTest::newRow("stopped") << "Ann Ben Cy"
                                 << "stopped"
                                 << "nobody";
        QTest::newRow("not started") << "Ann Ben Cy"
                                     << "not started"
                                     << "nobody";
    }

    void nextSpeaker()
    {
        QFETCH(QString, seats);
        QFETCH(QString, state);
        QFETCH(QString, next);
        TurnState current;
        if (state == "done")
            current = turn(2, "");
        else if (state == "stopped")
            current = turn(2, "Ann", true);
        else if (state != "not started")
            current = turn(2, state);
        QCOMPARE(nameOf(RoundRobin::nextSpeaker(table(seats), current)), next);
    }

    void nextSpeakerIsWhoAdvanceGivesTheFloorTo()
    {
        // The banner must never promise someone other than who comes next.
        const QVector<Seat> seats = table("Ann -Ben Cy Dan* Eve");
        TurnState state = RoundRobin::start(seats);
        for (int i = 0; i < 8; ++i) {
            const qint64 promised = RoundRobin::nextSpeaker(seats, state);
            state = RoundRobin::advance(seats, state);
            QCOMPARE(nameOf(state.speakerId), nameOf(promised));
        }
    }

    void functionsArePure()
    {
        // Asking twice gives the same answer; nothing is remembered between
        // calls, so any stored state can be replayed.
        const QVector<Seat> seats = table("Ann Ben Cy");
        const TurnState state = turn(1, "Cy");
        QCOMPARE(RoundRobin::advance(seats, state), RoundRobin::advance(seats, state));
        QCOMPARE(RoundRobin::nextSpeaker(seats, state), RoundRobin::nextSpeaker(seats, state));
        QCOMPARE(describe(state), QString("r1 Cy"));
    }

    void turnStateEquality()
    {
        QVERIFY(turn(1, "Ann") == turn(1, "Ann"));
        QVERIFY(turn(1, "Ann") != turn(2, "Ann"));
        QVERIFY(turn(1, "Ann") != turn(1, "Ben"));
        QVERIFY(turn(1, "Ann") != turn(1, "Ann", true));
        QVERIFY(TurnState() == TurnState());
    }
};

QTEST_GUILESS_MAIN(TestRoundRobin)
#include "tst_roundrobin.moc"
