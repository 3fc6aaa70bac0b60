#pragma once

#include "domain.h"

#include <QUndoCommand>
#include <QVariant>

class Store;

// The edits of the live flow. Each redo()/undo() is one durable write
// through the Store; a failed write marks the command obsolete so that the
// stack never claims an edit that did not happen.

// A text or number field of the session. Consecutive typing in the same
// field merges into one step, so undo takes back a phrase, not a letter.
class SetSessionFieldCommand : public QUndoCommand
{
public:
    SetSessionFieldCommand(Store *store, qint64 sessionId, SessionField field,
                           const QVariant &oldValue, const QVariant &newValue);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Store *m_store;
    qint64 m_sessionId;
    SessionField m_field;
    QVariant m_old;
    QVariant m_new;
};

class AddParticipantCommand : public QUndoCommand
{
public:
    AddParticipantCommand(Store *store, const Participant &participant, int index,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 participantId() const { return m_participant.id; }

private:
    Store *m_store;
    Participant m_participant;
    int m_index;
};

class RemoveParticipantCommand : public QUndoCommand
{
public:
    RemoveParticipantCommand(Store *store, const Participant &participant, int index);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    Participant m_participant;
    int m_index;
};

enum class ParticipantField { Name, Role, Present, NothingLeft };

class SetParticipantFieldCommand : public QUndoCommand
{
public:
    SetParticipantFieldCommand(Store *store, qint64 participantId, ParticipantField field,
                               const QVariant &oldValue, const QVariant &newValue,
                               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool apply(const QVariant &value);
    Store *m_store;
    qint64 m_participantId;
    ParticipantField m_field;
    QVariant m_old;
    QVariant m_new;
};

class MoveParticipantCommand : public QUndoCommand
{
public:
    MoveParticipantCommand(Store *store, qint64 sessionId, int from, int to);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    qint64 m_sessionId;
    int m_from;
    int m_to;
};

// Whose turn it is, on its own (pass, stop, resume) or as the last step of
// a larger command (nothing left, absent).
class SetTurnCommand : public QUndoCommand
{
public:
    SetTurnCommand(Store *store, qint64 sessionId, const TurnState &before, const TurnState &after,
                   QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    qint64 m_sessionId;
    TurnState m_before;
    TurnState m_after;
};

// A concern recorded during sharing, and the turn it hands on.
class RecordConcernCommand : public QUndoCommand
{
public:
    RecordConcernCommand(Store *store, const Concern &concern, const TurnState &before,
                         const TurnState &after);
    void redo() override;
    void undo() override;
    qint64 concernId() const { return m_concern.id; }

private:
    Store *m_store;
    Concern m_concern;
    TurnState m_before;
    TurnState m_after;
};

enum class ConcernField {
    Summary,
    Hands,
    Category,
    MergedInto,
    Notes,
    Avoidance,
    RootCause,
    Mitigations,
    Discussed,
};

class SetConcernFieldCommand : public QUndoCommand
{
public:
    SetConcernFieldCommand(Store *store, qint64 concernId, ConcernField field,
                           const QVariant &oldValue, const QVariant &newValue);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QVariant &value);
    Store *m_store;
    qint64 m_concernId;
    ConcernField m_field;
    QVariant m_old;
    QVariant m_new;
};

class AddTimelineEntryCommand : public QUndoCommand
{
public:
    AddTimelineEntryCommand(Store *store, const TimelineEntry &entry, int index);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    TimelineEntry m_entry;
    int m_index;
};

class RemoveTimelineEntryCommand : public QUndoCommand
{
public:
    RemoveTimelineEntryCommand(Store *store, const TimelineEntry &entry, int index);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    TimelineEntry m_entry;
    int m_index;
};

class EditTimelineEntryCommand : public QUndoCommand
{
public:
    EditTimelineEntryCommand(Store *store, const TimelineEntry &before, const TimelineEntry &after);
    void redo() override;
    void undo() override;
    int id() const override { return 3; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Store *m_store;
    TimelineEntry m_before;
    TimelineEntry m_after;
};
