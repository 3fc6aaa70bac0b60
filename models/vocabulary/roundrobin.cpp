#include "roundrobin.h"

bool TurnState::operator==(const TurnState &other) const
{
    return round == other.round && speakerId == other.speakerId && stopped == other.stopped;
}

namespace {

bool isEligible(const Seat &seat)
{
    return seat.participantId != 0 && seat.present && !seat.nothingLeft;
}

int seatIndex(const QVector<Seat> &seats, qint64 participantId)
{
    if (participantId == 0)
        return -1;
    for (int i = 0; i < seats.size(); ++i) {
        if (seats.at(i).participantId == participantId)
            return i;
    }
    return -1;
}

// The turn after someone sitting at `position` (-1 = before the first seat,
// seats.size() - 1 = the end of the table): later seats keep the round,
// wrapping to the same or an earlier seat starts the next one.
TurnState moveOnFrom(const QVector<Seat> &seats, int round, int position)
{
    TurnState next;
    next.round = round;
    for (int i = position + 1; i < seats.size(); ++i) {
        if (isEligible(seats.at(i))) {
            next.speakerId = seats.at(i).participantId;
            return next;
        }
    }
    for (int i = 0; i <= position && i < seats.size(); ++i) {
        if (isEligible(seats.at(i))) {
            next.round = round + 1;
            next.speakerId = seats.at(i).participantId;
            return next;
        }
    }
    return next; // nobody is eligible: complete, the round number stays
}

} // namespace

TurnState RoundRobin::start(const QVector<Seat> &seats)
{
    return moveOnFrom(seats, 1, -1);
}

TurnState RoundRobin::advance(const QVector<Seat> &seats, const TurnState &state)
{
    if (state.round <= 0 || state.stopped)
        return state;
    // Complete means the last round is over, so whoever is eligible again
    // opens a new one.
    const int position =
        state.speakerId == 0 ? int(seats.size()) - 1 : seatIndex(seats, state.speakerId);
    return moveOnFrom(seats, state.round, position);
}

qint64 RoundRobin::nextSpeaker(const QVector<Seat> &seats, const TurnState &state)
{
    if (state.round <= 0 || state.stopped || state.speakerId == 0)
        return 0;
    return advance(seats, state).speakerId;
}

bool RoundRobin::isComplete(const QVector<Seat> &seats, const TurnState &state)
{
    return state.round > 0 && (state.stopped || peopleWithItems(seats) == 0);
}

int RoundRobin::peopleWithItems(const QVector<Seat> &seats)
{
    int count = 0;
    for (const Seat &seat : seats) {
        if (isEligible(seat))
            ++count;
    }
    return count;
}

TurnState RoundRobin::stop(const TurnState &state)
{
    if (state.round <= 0)
        return state;
    TurnState stopped = state;
    stopped.stopped = true;
    return stopped;
}

TurnState RoundRobin::resume(const QVector<Seat> &seats, const TurnState &state)
{
    if (!state.stopped)
        return state;
    TurnState running = state;
    running.stopped = false;
    const int index = seatIndex(seats, running.speakerId);
    if (index >= 0 && isEligible(seats.at(index)))
        return running;
    return advance(seats, running);
}

TurnState RoundRobin::reconcile(const QVector<Seat> &before, const QVector<Seat> &after,
                                const TurnState &state)
{
    if (state.round <= 0)
        return state;
    TurnState running = state;
    running.stopped = false;

    TurnState result;
    if (running.speakerId == 0) {
        result = advance(after, running);
    } else if (const int index = seatIndex(after, running.speakerId); index >= 0) {
        result = isEligible(after.at(index)) ? running : moveOnFrom(after, running.round, index);
    } else {
        // Removed from the table: they sat just after the nearest earlier
        // neighbour who is still seated, wherever that neighbour is now.
        int position = -1;
        for (int i = seatIndex(before, running.speakerId) - 1; i >= 0; --i) {
            position = seatIndex(after, before.at(i).participantId);
            if (position >= 0)
                break;
        }
        result = moveOnFrom(after, running.round, position);
    }
    result.stopped = state.stopped;
    return result;
}
