#pragma once

#include "domain.h"
#include "store.h"
#include "storecommand.h"

#include <QVariant>

#include <optional>

// The edits of the live flow. Each changes only what it changed itself: a
// field is written back only while it still holds the value the edit left
// there, and a row the edit took out comes back with what went with it.

// A text or number field of the session. Consecutive typing in the same
// field merges into one step, so undo takes back a phrase, not a letter.
class SetSessionFieldCommand : public StoreCommand
{
public:
    SetSessionFieldCommand(Store *store, qint64 sessionId, SessionField field,
                           const QVariant &oldValue, const QVariant &newValue);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    SessionField m_field;
    QVariant m_old;
    QVariant m_new;
};

class AddParticipantCommand : public StoreCommand
{
public:
    AddParticipantCommand(Store *store, const Participant &participant, int index);
    qint64 participantId() const { return m_participant.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    Participant m_participant;
    int m_index;
    std::optional<RemovedRows> m_removed; // after an undo
};

class RemoveParticipantCommand : public StoreCommand
{
public:
    RemoveParticipantCommand(Store *store, const Participant &participant, int index);

protected:
    bool apply() override;
    bool revert() override;

private:
    Participant m_participant;
    int m_index;
    RemovedRows m_removed;
};

class SetParticipantFieldCommand : public StoreCommand
{
public:
    SetParticipantFieldCommand(Store *store, qint64 participantId, ParticipantField field,
                               const QVariant &oldValue, const QVariant &newValue);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_participantId;
    ParticipantField m_field;
    QVariant m_old;
    QVariant m_new;
};

class MoveParticipantCommand : public StoreCommand
{
public:
    MoveParticipantCommand(Store *store, qint64 sessionId, qint64 participantId, int from, int to);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    qint64 m_participantId;
    int m_from;
    int m_to;
};

// Whose turn it is: on its own (start, pass, stop, resume) or as a step of
// a larger edit (nothing left, left the room).
class SetTurnCommand : public StoreCommand
{
public:
    SetTurnCommand(Store *store, qint64 sessionId, const TurnState &before, const TurnState &after);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    TurnState m_before;
    TurnState m_after;
};

// The turn following a change of seats during sharing (a late arrival, a
// removal, a reorder): worked out the first time from the seats as the same
// transaction left them, so a new participant's id is known.
class ReconcileTurnCommand : public StoreCommand
{
public:
    ReconcileTurnCommand(Store *store, qint64 sessionId, const QVector<Seat> &seatsBefore,
                         const TurnState &before);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    QVector<Seat> m_seatsBefore;
    TurnState m_before;
    std::optional<TurnState> m_after;
};

// A concern recorded during sharing, and the turn it hands on.
class RecordConcernCommand : public StoreCommand
{
public:
    RecordConcernCommand(Store *store, const Concern &concern, const TurnState &before,
                         const TurnState &after);
    qint64 concernId() const { return m_concern.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    Concern m_concern;
    TurnState m_before;
    TurnState m_after;
    std::optional<RemovedRows> m_removed; // after an undo
};

class SetConcernFieldCommand : public StoreCommand
{
public:
    SetConcernFieldCommand(Store *store, qint64 concernId, ConcernField field,
                           const QVariant &oldValue, const QVariant &newValue);
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;
    // What Undo and Redo call an edit of field.
    static QString fieldEditText(ConcernField field, const QVariant &newValue);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_concernId;
    ConcernField m_field;
    QVariant m_old;
    QVariant m_new;
};

class AddTimelineEntryCommand : public StoreCommand
{
public:
    AddTimelineEntryCommand(Store *store, const TimelineEntry &entry, int index);

protected:
    bool apply() override;
    bool revert() override;

private:
    TimelineEntry m_entry;
    int m_index;
    std::optional<RemovedRows> m_removed; // after an undo
};

class RemoveTimelineEntryCommand : public StoreCommand
{
public:
    RemoveTimelineEntryCommand(Store *store, const TimelineEntry &entry, int index);

protected:
    bool apply() override;
    bool revert() override;

private:
    TimelineEntry m_entry;
    int m_index;
    RemovedRows m_removed;
};

class EditTimelineEntryCommand : public StoreCommand
{
public:
    EditTimelineEntryCommand(Store *store, const TimelineEntry &before, const TimelineEntry &after);
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply() override;
    bool revert() override;

private:
    TimelineEntry m_before;
    TimelineEntry m_after;
};
