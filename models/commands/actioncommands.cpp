#include "actioncommands.h"

AddWhyCommand::AddWhyCommand(Store *store, const Why &why, int index)
    : StoreCommand(store)
    , m_why(why)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Add a why"));
}

bool AddWhyCommand::apply()
{
    if (m_removed)
        return store()->restoreWhy(*m_removed, m_index);
    m_why.id = store()->addWhy(m_why, m_index);
    return m_why.id != 0;
}

bool AddWhyCommand::revert()
{
    RemovedRows removed;
    if (!store()->removeWhy(m_why.id, &removed))
        return false;
    m_removed = removed;
    return true;
}

RemoveWhyCommand::RemoveWhyCommand(Store *store, const Why &why, int index)
    : StoreCommand(store)
    , m_why(why)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Remove a why"));
}

bool RemoveWhyCommand::apply()
{
    return store()->removeWhy(m_why.id, &m_removed);
}

bool RemoveWhyCommand::revert()
{
    return store()->restoreWhy(m_removed, m_index);
}

EditWhyCommand::EditWhyCommand(Store *store, const Why &before, const Why &after)
    : StoreCommand(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ActionCommands", "Edit a why"));
}

bool EditWhyCommand::apply()
{
    return store()->updateWhy(m_before, m_after);
}

bool EditWhyCommand::revert()
{
    return store()->updateWhy(m_after, m_before);
}

bool EditWhyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditWhyCommand *>(other);
    if (next->isObsolete() || next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

AddActionCommand::AddActionCommand(Store *store, const ActionItem &item, int index)
    : StoreCommand(store)
    , m_item(item)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Add action “%1”").arg(item.text));
}

bool AddActionCommand::apply()
{
    if (m_removed)
        return store()->restoreAction(*m_removed, m_index);
    m_item.id = store()->addAction(m_item, m_index);
    return m_item.id != 0;
}

bool AddActionCommand::revert()
{
    RemovedRows removed;
    if (!store()->removeAction(m_item.id, &removed))
        return false;
    m_removed = removed;
    return true;
}

RemoveActionCommand::RemoveActionCommand(Store *store, const ActionItem &item, int index)
    : StoreCommand(store)
    , m_item(item)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Remove action “%1”").arg(item.text));
}

bool RemoveActionCommand::apply()
{
    return store()->removeAction(m_item.id, &m_removed);
}

bool RemoveActionCommand::revert()
{
    return store()->restoreAction(m_removed, m_index);
}

UpdateActionCommand::UpdateActionCommand(Store *store, const ActionItem &before,
                                         const ActionItem &after)
    : StoreCommand(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ActionCommands", "Edit action"));
}

bool UpdateActionCommand::apply()
{
    return store()->updateAction(m_before, m_after);
}

bool UpdateActionCommand::revert()
{
    return store()->updateAction(m_after, m_before);
}

bool UpdateActionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const UpdateActionCommand *>(other);
    auto onlyText = [](const ActionItem &before, const ActionItem &after) {
        return before.owner == after.owner && before.status == after.status &&
               before.dueDate == after.dueDate && before.rightAway == after.rightAway &&
               before.concernId == after.concernId;
    };
    // Only typing in the text merges; a changed owner or status is a step of its own.
    if (next->isObsolete() || next->m_after.id != m_after.id || !onlyText(m_before, m_after) ||
        !onlyText(next->m_before, next->m_after))
        return false;
    m_after = next->m_after;
    return true;
}

MoveActionCommand::MoveActionCommand(Store *store, qint64 sessionId, qint64 actionId, int from,
                                     int to)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_actionId(actionId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("ActionCommands", "Change the priority"));
}

bool MoveActionCommand::apply()
{
    return store()->moveAction(m_sessionId, m_from, m_to, m_actionId);
}

bool MoveActionCommand::revert()
{
    return store()->moveAction(m_sessionId, m_to, m_from, m_actionId);
}

ReviewActionCommand::ReviewActionCommand(Store *store, qint64 sessionId, qint64 actionId,
                                         ReviewOutcome beforeOutcome, ActionStatus beforeStatus,
                                         ReviewOutcome afterOutcome, ActionStatus afterStatus)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_actionId(actionId)
    , m_beforeOutcome(beforeOutcome)
    , m_beforeStatus(beforeStatus)
    , m_afterOutcome(afterOutcome)
    , m_afterStatus(afterStatus)
{
    setText(QCoreApplication::translate("ActionCommands", "Review: %1")
                .arg(Domain::outcomeName(afterOutcome)));
}

bool ReviewActionCommand::apply()
{
    return store()->setReview(m_sessionId, m_actionId, m_afterOutcome, m_afterStatus,
                              m_beforeStatus);
}

bool ReviewActionCommand::revert()
{
    return store()->setReview(m_sessionId, m_actionId, m_beforeOutcome, m_beforeStatus,
                              m_afterStatus);
}
