#include "livecommands.h"

#include "store.h"

SetSessionFieldCommand::SetSessionFieldCommand(Store *store, qint64 sessionId, SessionField field,
                                               const QVariant &oldValue, const QVariant &newValue)
    : m_store(store)
    , m_sessionId(sessionId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    setText(QCoreApplication::translate("LiveCommands", "Edit session"));
}

void SetSessionFieldCommand::redo()
{
    setObsolete(!m_store->setSessionField(m_sessionId, m_field, m_new));
}

void SetSessionFieldCommand::undo()
{
    setObsolete(!m_store->setSessionField(m_sessionId, m_field, m_old));
}

bool SetSessionFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSessionFieldCommand *>(other);
    if (next->m_sessionId != m_sessionId || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    return true;
}

AddParticipantCommand::AddParticipantCommand(Store *store, const Participant &participant,
                                             int index, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_participant(participant)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Add %1").arg(participant.name));
}

void AddParticipantCommand::redo()
{
    // The id from the first redo is reused, so concerns keep their speaker.
    const qint64 id = m_store->addParticipant(m_participant, m_index);
    if (id)
        m_participant.id = id;
    setObsolete(id == 0);
}

void AddParticipantCommand::undo()
{
    setObsolete(!m_store->removeParticipant(m_participant.id));
}

RemoveParticipantCommand::RemoveParticipantCommand(Store *store, const Participant &participant,
                                                   int index)
    : m_store(store)
    , m_participant(participant)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Remove %1").arg(participant.name));
}

void RemoveParticipantCommand::redo()
{
    setObsolete(!m_store->removeParticipant(m_participant.id));
}

void RemoveParticipantCommand::undo()
{
    setObsolete(m_store->addParticipant(m_participant, m_index) == 0);
}

SetParticipantFieldCommand::SetParticipantFieldCommand(Store *store, qint64 participantId,
                                                       ParticipantField field,
                                                       const QVariant &oldValue,
                                                       const QVariant &newValue,
                                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_participantId(participantId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    setText(QCoreApplication::translate("LiveCommands", "Edit participant"));
}

bool SetParticipantFieldCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case ParticipantField::Name:
        return m_store->setParticipantName(m_participantId, value.toString());
    case ParticipantField::Role:
        return m_store->setParticipantRole(m_participantId, value.toString());
    case ParticipantField::Present:
        return m_store->setParticipantPresent(m_participantId, value.toBool());
    case ParticipantField::NothingLeft:
        return m_store->setParticipantNothingLeft(m_participantId, value.toBool());
    }
    return false;
}

void SetParticipantFieldCommand::redo()
{
    setObsolete(!apply(m_new));
}

void SetParticipantFieldCommand::undo()
{
    setObsolete(!apply(m_old));
}

MoveParticipantCommand::MoveParticipantCommand(Store *store, qint64 sessionId, int from, int to)
    : m_store(store)
    , m_sessionId(sessionId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("LiveCommands", "Change the seat order"));
}

void MoveParticipantCommand::redo()
{
    setObsolete(!m_store->moveParticipant(m_sessionId, m_from, m_to));
}

void MoveParticipantCommand::undo()
{
    setObsolete(!m_store->moveParticipant(m_sessionId, m_to, m_from));
}

SetTurnCommand::SetTurnCommand(Store *store, qint64 sessionId, const TurnState &before,
                               const TurnState &after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_sessionId(sessionId)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LiveCommands", "Next turn"));
}

void SetTurnCommand::redo()
{
    // Children first: a participant's state changes before the turn moves on.
    QUndoCommand::redo();
    setObsolete(!m_store->setTurn(m_sessionId, m_after));
}

void SetTurnCommand::undo()
{
    setObsolete(!m_store->setTurn(m_sessionId, m_before));
    QUndoCommand::undo();
}

RecordConcernCommand::RecordConcernCommand(Store *store, const Concern &concern,
                                           const TurnState &before, const TurnState &after)
    : m_store(store)
    , m_concern(concern)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LiveCommands", "Record “%1”").arg(concern.summary));
}

void RecordConcernCommand::redo()
{
    const qint64 id = m_store->recordConcern(m_concern, m_after);
    if (id)
        m_concern.id = id;
    setObsolete(id == 0);
}

void RecordConcernCommand::undo()
{
    setObsolete(!m_store->removeConcern(m_concern.id, m_before));
}

SetConcernFieldCommand::SetConcernFieldCommand(Store *store, qint64 concernId, ConcernField field,
                                               const QVariant &oldValue, const QVariant &newValue)
    : m_store(store)
    , m_concernId(concernId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    setText(field == ConcernField::MergedInto
                ? QCoreApplication::translate("LiveCommands", "Merge concerns")
                : QCoreApplication::translate("LiveCommands", "Edit concern"));
}

bool SetConcernFieldCommand::apply(const QVariant &value)
{
    switch (m_field) {
    case ConcernField::Summary:
        return m_store->setConcernSummary(m_concernId, value.toString());
    case ConcernField::Hands:
        return m_store->setConcernHands(m_concernId, value.toInt());
    case ConcernField::Category:
        return m_store->setConcernCategory(m_concernId, ConcernCategory(value.toInt()));
    case ConcernField::MergedInto:
        return m_store->setConcernMergedInto(m_concernId, value.toLongLong());
    case ConcernField::Notes:
        return m_store->setConcernDiscussion(m_concernId, DiscussionField::Notes, value.toString());
    case ConcernField::Avoidance:
        return m_store->setConcernDiscussion(m_concernId, DiscussionField::Avoidance,
                                             value.toString());
    case ConcernField::RootCause:
        return m_store->setConcernDiscussion(m_concernId, DiscussionField::RootCause,
                                             value.toString());
    case ConcernField::Mitigations:
        return m_store->setConcernDiscussion(m_concernId, DiscussionField::Mitigations,
                                             value.toString());
    case ConcernField::Discussed:
        return m_store->setConcernDiscussed(m_concernId, value.toBool());
    }
    return false;
}

void SetConcernFieldCommand::redo()
{
    setObsolete(!apply(m_new));
}

void SetConcernFieldCommand::undo()
{
    setObsolete(!apply(m_old));
}

bool SetConcernFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetConcernFieldCommand *>(other);
    // Typing merges into one step; a changed count or category never does.
    const bool typed = m_field == ConcernField::Summary || m_field == ConcernField::Notes ||
                       m_field == ConcernField::Avoidance || m_field == ConcernField::RootCause ||
                       m_field == ConcernField::Mitigations;
    if (!typed || next->m_field != m_field || next->m_concernId != m_concernId)
        return false;
    m_new = next->m_new;
    return true;
}

AddTimelineEntryCommand::AddTimelineEntryCommand(Store *store, const TimelineEntry &entry,
                                                 int index)
    : m_store(store)
    , m_entry(entry)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Add timeline entry"));
}

void AddTimelineEntryCommand::redo()
{
    const qint64 id = m_store->addTimelineEntry(m_entry, m_index);
    if (id)
        m_entry.id = id;
    setObsolete(id == 0);
}

void AddTimelineEntryCommand::undo()
{
    setObsolete(!m_store->removeTimelineEntry(m_entry.id));
}

RemoveTimelineEntryCommand::RemoveTimelineEntryCommand(Store *store, const TimelineEntry &entry,
                                                       int index)
    : m_store(store)
    , m_entry(entry)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Remove timeline entry"));
}

void RemoveTimelineEntryCommand::redo()
{
    setObsolete(!m_store->removeTimelineEntry(m_entry.id));
}

void RemoveTimelineEntryCommand::undo()
{
    setObsolete(m_store->addTimelineEntry(m_entry, m_index) == 0);
}

EditTimelineEntryCommand::EditTimelineEntryCommand(Store *store, const TimelineEntry &before,
                                                   const TimelineEntry &after)
    : m_store(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LiveCommands", "Edit timeline entry"));
}

void EditTimelineEntryCommand::redo()
{
    setObsolete(!m_store->setTimelineEntry(m_after.id, m_after.happenedAt, m_after.description));
}

void EditTimelineEntryCommand::undo()
{
    setObsolete(!m_store->setTimelineEntry(m_before.id, m_before.happenedAt, m_before.description));
}

bool EditTimelineEntryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTimelineEntryCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}
