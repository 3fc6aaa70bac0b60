#include "livecommands.h"

#include "roundrobin.h"

namespace {

bool isTyped(ConcernField field)
{
    return field == ConcernField::Summary || field == ConcernField::Notes ||
           field == ConcernField::Avoidance || field == ConcernField::RootCause ||
           field == ConcernField::Mitigations;
}

} // namespace

SetSessionFieldCommand::SetSessionFieldCommand(Store *store, qint64 sessionId, SessionField field,
                                               const QVariant &oldValue, const QVariant &newValue)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    setText(field == SessionField::Team
                ? QCoreApplication::translate("LiveCommands", "Choose team")
                : QCoreApplication::translate("LiveCommands", "Edit session"));
}

bool SetSessionFieldCommand::apply()
{
    return store()->setSessionField(m_sessionId, m_field, m_new, m_old);
}

bool SetSessionFieldCommand::revert()
{
    return store()->setSessionField(m_sessionId, m_field, m_old, m_new);
}

bool SetSessionFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSessionFieldCommand *>(other);
    // A keystroke that was not saved is not part of the phrase.
    if (next->isObsolete() || next->m_sessionId != m_sessionId || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    return true;
}

AddParticipantCommand::AddParticipantCommand(Store *store, const Participant &participant,
                                             int index)
    : StoreCommand(store)
    , m_participant(participant)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Add %1").arg(participant.name));
}

bool AddParticipantCommand::apply()
{
    if (m_removed)
        return store()->restoreParticipant(*m_removed, m_index);
    m_participant.id = store()->addParticipant(m_participant, m_index);
    return m_participant.id != 0;
}

bool AddParticipantCommand::revert()
{
    RemovedRows removed;
    if (!store()->removeParticipant(m_participant.id, &removed))
        return false;
    m_removed = removed;
    return true;
}

RemoveParticipantCommand::RemoveParticipantCommand(Store *store, const Participant &participant,
                                                   int index)
    : StoreCommand(store)
    , m_participant(participant)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Remove %1").arg(participant.name));
}

bool RemoveParticipantCommand::apply()
{
    return store()->removeParticipant(m_participant.id, &m_removed);
}

bool RemoveParticipantCommand::revert()
{
    return store()->restoreParticipant(m_removed, m_index);
}

SetParticipantFieldCommand::SetParticipantFieldCommand(Store *store, qint64 participantId,
                                                       ParticipantField field,
                                                       const QVariant &oldValue,
                                                       const QVariant &newValue)
    : StoreCommand(store)
    , m_participantId(participantId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    setText(QCoreApplication::translate("LiveCommands", "Edit participant"));
}

bool SetParticipantFieldCommand::apply()
{
    return store()->setParticipantField(m_participantId, m_field, m_new, m_old);
}

bool SetParticipantFieldCommand::revert()
{
    return store()->setParticipantField(m_participantId, m_field, m_old, m_new);
}

MoveParticipantCommand::MoveParticipantCommand(Store *store, qint64 sessionId, qint64 participantId,
                                               int from, int to)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_participantId(participantId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("LiveCommands", "Change the seat order"));
}

bool MoveParticipantCommand::apply()
{
    return store()->moveParticipant(m_sessionId, m_from, m_to, m_participantId);
}

bool MoveParticipantCommand::revert()
{
    return store()->moveParticipant(m_sessionId, m_to, m_from, m_participantId);
}

SetTurnCommand::SetTurnCommand(Store *store, qint64 sessionId, const TurnState &before,
                               const TurnState &after)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LiveCommands", "Next turn"));
}

bool SetTurnCommand::apply()
{
    return store()->setTurn(m_sessionId, m_after);
}

bool SetTurnCommand::revert()
{
    return store()->setTurn(m_sessionId, m_before);
}

ReconcileTurnCommand::ReconcileTurnCommand(Store *store, qint64 sessionId,
                                           const QVector<Seat> &seatsBefore,
                                           const TurnState &before)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_seatsBefore(seatsBefore)
    , m_before(before)
{
    setText(QCoreApplication::translate("LiveCommands", "Next turn"));
}

bool ReconcileTurnCommand::apply()
{
    if (!m_after) {
        QVector<Seat> seats;
        for (const Participant &participant : store()->participants(m_sessionId))
            seats.append({participant.id, participant.present, participant.nothingLeft});
        m_after = RoundRobin::reconcile(m_seatsBefore, seats, m_before);
    }
    return *m_after == m_before || store()->setTurn(m_sessionId, *m_after);
}

bool ReconcileTurnCommand::revert()
{
    return *m_after == m_before || store()->setTurn(m_sessionId, m_before);
}

RecordConcernCommand::RecordConcernCommand(Store *store, const Concern &concern,
                                           const TurnState &before, const TurnState &after)
    : StoreCommand(store)
    , m_concern(concern)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LiveCommands", "Record “%1”").arg(concern.summary));
}

bool RecordConcernCommand::apply()
{
    if (m_removed)
        return store()->restoreConcern(*m_removed, m_after);
    m_concern.id = store()->recordConcern(m_concern, m_after);
    return m_concern.id != 0;
}

bool RecordConcernCommand::revert()
{
    RemovedRows removed;
    if (!store()->removeConcern(m_concern.id, m_before, &removed))
        return false;
    m_removed = removed;
    return true;
}

SetConcernFieldCommand::SetConcernFieldCommand(Store *store, qint64 concernId, ConcernField field,
                                               const QVariant &oldValue, const QVariant &newValue)
    : StoreCommand(store)
    , m_concernId(concernId)
    , m_field(field)
    , m_old(oldValue)
    , m_new(newValue)
{
    setText(fieldEditText(field, newValue));
}

QString SetConcernFieldCommand::fieldEditText(ConcernField field, const QVariant &newValue)
{
    // Undo names the field ("Undo: Root cause"), so the facilitator knows
    // which of a concern's fields it takes back.
    switch (field) {
    case ConcernField::Summary:
        return QCoreApplication::translate("LiveCommands", "Concern text");
    case ConcernField::Hands:
        return QCoreApplication::translate("LiveCommands", "Raised hands");
    case ConcernField::Category:
        return QCoreApplication::translate("LiveCommands", "Category");
    case ConcernField::MergedInto:
        return QCoreApplication::translate("LiveCommands", "Merge concerns");
    case ConcernField::Notes:
        return QCoreApplication::translate("LiveCommands", "Notes");
    case ConcernField::Avoidance:
        return QCoreApplication::translate("LiveCommands", "Avoidance");
    case ConcernField::RootCause:
        return QCoreApplication::translate("LiveCommands", "Root cause");
    case ConcernField::Mitigations:
        return QCoreApplication::translate("LiveCommands", "Mitigations");
    case ConcernField::Discussed:
        return newValue.toBool()
                   ? QCoreApplication::translate("LiveCommands", "Mark discussed")
                   : QCoreApplication::translate("LiveCommands", "Mark not discussed");
    }
    return QCoreApplication::translate("LiveCommands", "Edit concern");
}

bool SetConcernFieldCommand::apply()
{
    return store()->setConcernField(m_concernId, m_field, m_new, m_old);
}

bool SetConcernFieldCommand::revert()
{
    return store()->setConcernField(m_concernId, m_field, m_old, m_new);
}

bool SetConcernFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetConcernFieldCommand *>(other);
    // Typing merges into one step; a changed count or category never does.
    if (next->isObsolete() || !isTyped(m_field) || next->m_field != m_field ||
        next->m_concernId != m_concernId)
        return false;
    m_new = next->m_new;
    return true;
}

AddTimelineEntryCommand::AddTimelineEntryCommand(Store *store, const TimelineEntry &entry,
                                                 int index)
    : StoreCommand(store)
    , m_entry(entry)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Add timeline entry"));
}

bool AddTimelineEntryCommand::apply()
{
    if (m_removed)
        return store()->restoreTimelineEntry(*m_removed, m_index);
    m_entry.id = store()->addTimelineEntry(m_entry, m_index);
    return m_entry.id != 0;
}

bool AddTimelineEntryCommand::revert()
{
    RemovedRows removed;
    if (!store()->removeTimelineEntry(m_entry.id, &removed))
        return false;
    m_removed = removed;
    return true;
}

RemoveTimelineEntryCommand::RemoveTimelineEntryCommand(Store *store, const TimelineEntry &entry,
                                                       int index)
    : StoreCommand(store)
    , m_entry(entry)
    , m_index(index)
{
    setText(QCoreApplication::translate("LiveCommands", "Remove timeline entry"));
}

bool RemoveTimelineEntryCommand::apply()
{
    return store()->removeTimelineEntry(m_entry.id, &m_removed);
}

bool RemoveTimelineEntryCommand::revert()
{
    return store()->restoreTimelineEntry(m_removed, m_index);
}

EditTimelineEntryCommand::EditTimelineEntryCommand(Store *store, const TimelineEntry &before,
                                                   const TimelineEntry &after)
    : StoreCommand(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("LiveCommands", "Edit timeline entry"));
}

bool EditTimelineEntryCommand::apply()
{
    return store()->updateTimelineEntry(m_before, m_after);
}

bool EditTimelineEntryCommand::revert()
{
    return store()->updateTimelineEntry(m_after, m_before);
}

bool EditTimelineEntryCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditTimelineEntryCommand *>(other);
    if (next->isObsolete() || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}
