#pragma once

#include <QVector>
#include <QtGlobal>

// One participant at the table during sharing. A seat with participantId 0
// is never eligible, because 0 means "nobody" in TurnState.
struct Seat
{
    qint64 participantId = 0;
    bool present = true;
    bool nothingLeft = false;
};

struct TurnState
{
    int round = 0;        // 0 = sharing has not started
    qint64 speakerId = 0; // whose turn it is; 0 when not started or complete (kept
                          // while stopped, so resume() knows who was up)
    bool stopped = false; // the facilitator stopped sharing early

    bool operator==(const TurnState &other) const;
    bool operator!=(const TurnState &other) const { return !(*this == other); }
};

// The rules of round-robin sharing as pure functions: the caller stores the
// seats and the TurnState (in the database and on the undo stack), so undo is
// simply restoring an earlier TurnState together with the seats of that time.
//
// Seats are passed in seat order; participant ids are expected to be unique.
// Eligible means present and not "nothing left" (and a non-zero id).
//
// Rounds. A round is one trip around the table in seat order. The turn moves
// to the next eligible seat after the current speaker's seat; when there is
// none after it, the turn wraps to the first eligible seat of the table and
// the round number goes up by one. So the round increments exactly when the
// turn goes from a seat back to the same or an earlier one; with a single
// eligible person left, every turn is a new round.
//
// Because the state holds only the speaker, a round is defined by seat
// positions, not by who has spoken:
// - A pass is advance() without recording: the person is skipped for this
//   round only and comes up again next round.
// - "Nothing left": set that seat's nothingLeft, then call advance() with the
//   updated seats if it is their turn (reconcile() gives the same result), or
//   reconcile() if it is not. They are skipped from then on.
// - Someone leaving is marked absent (present = false) and skipped from then
//   on; call reconcile().
// - A late arrival is inserted at a seat position; call reconcile(). The turn
//   reaches them at their seat: this round if their seat is after the current
//   speaker's, otherwise next round.
// - A reorder mid-round keeps the current speaker and continues in the new
//   order from their seat: people now seated after them speak this round
//   (even if they already spoke in it), people now seated before them wait
//   for the next round.
// - Stopping keeps the round and the speaker so resume() can carry on with the
//   person who was up; while stopped, isComplete() is true and a caller shows
//   no current speaker.
class RoundRobin
{
public:
    // Round 1 with the first eligible seat. With nobody eligible, sharing is
    // started and at once complete (round 1, speaker 0).
    static TurnState start(const QVector<Seat> &seats);

    // After a recorded concern or a pass: the next eligible person after the
    // current speaker in seat order, wrapping into the next round; when nobody
    // is eligible, sharing is complete (speaker 0, round kept). Not started or
    // stopped states are returned unchanged. When sharing was complete and
    // someone is eligible again, a new round starts at the first eligible
    // seat. A speaker no longer in the seats is treated as sitting before the
    // first seat; use reconcile() when seats change, which knows their place.
    static TurnState advance(const QVector<Seat> &seats, const TurnState &state);

    // Who comes after the current speaker, for "Next: Lee", assuming the
    // speaker keeps their seat and has more to say. 0 when sharing is not
    // running or nobody is eligible; the speaker themself when they are the
    // only one left.
    static qint64 nextSpeaker(const QVector<Seat> &seats, const TurnState &state);

    // Started and either stopped or no present person has anything left.
    static bool isComplete(const QVector<Seat> &seats, const TurnState &state);

    // How many people are eligible: present and not "nothing left".
    static int peopleWithItems(const QVector<Seat> &seats);

    // Stopping a state that has not started changes nothing: there is
    // nothing to stop.
    static TurnState stop(const TurnState &state);
    // Carries on with the speaker who was up when sharing stopped, or, if they
    // are no longer eligible, with whoever advance() would pick.
    static TurnState resume(const QVector<Seat> &seats, const TurnState &state);

    // When seats change mid-session (someone marked absent or nothing left, a
    // late arrival, a reorder, someone removed): keep the current speaker if
    // still eligible, otherwise move on as advance() would from their old
    // place. A speaker removed from the seats is placed where they sat, after
    // the nearest earlier neighbour who is still seated. A stopped state stays
    // stopped, with the speaker it would resume with updated. A complete state
    // reopens, in a new round, when someone is eligible again (a late arrival
    // with items, a corrected "nothing left").
    static TurnState reconcile(const QVector<Seat> &before, const QVector<Seat> &after,
                               const TurnState &state);
};
