#include "actioncommands.h"

#include "store.h"

AddWhyCommand::AddWhyCommand(Store *store, const Why &why, int index)
    : m_store(store)
    , m_why(why)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Add a why"));
}

void AddWhyCommand::redo()
{
    const qint64 id = m_store->addWhy(m_why, m_index);
    if (id)
        m_why.id = id;
    setObsolete(id == 0);
}

void AddWhyCommand::undo()
{
    setObsolete(!m_store->removeWhy(m_why.id));
}

RemoveWhyCommand::RemoveWhyCommand(Store *store, const Why &why, int index)
    : m_store(store)
    , m_why(why)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Remove a why"));
}

void RemoveWhyCommand::redo()
{
    setObsolete(!m_store->removeWhy(m_why.id));
}

void RemoveWhyCommand::undo()
{
    setObsolete(m_store->addWhy(m_why, m_index) == 0);
}

EditWhyCommand::EditWhyCommand(Store *store, const Why &before, const Why &after)
    : m_store(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ActionCommands", "Edit a why"));
}

void EditWhyCommand::redo()
{
    setObsolete(!m_store->setWhy(m_after.id, m_after.question, m_after.answer));
}

void EditWhyCommand::undo()
{
    setObsolete(!m_store->setWhy(m_before.id, m_before.question, m_before.answer));
}

bool EditWhyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditWhyCommand *>(other);
    if (next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    return true;
}

AddActionCommand::AddActionCommand(Store *store, const ActionItem &item, int index)
    : m_store(store)
    , m_item(item)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Add action “%1”").arg(item.text));
}

void AddActionCommand::redo()
{
    const qint64 id = m_store->addAction(m_item, m_index);
    if (id)
        m_item.id = id;
    setObsolete(id == 0);
}

void AddActionCommand::undo()
{
    setObsolete(!m_store->removeAction(m_item.id));
}

RemoveActionCommand::RemoveActionCommand(Store *store, const ActionItem &item, int index)
    : m_store(store)
    , m_item(item)
    , m_index(index)
{
    setText(QCoreApplication::translate("ActionCommands", "Remove action “%1”").arg(item.text));
}

void RemoveActionCommand::redo()
{
    setObsolete(!m_store->removeAction(m_item.id));
}

void RemoveActionCommand::undo()
{
    setObsolete(m_store->addAction(m_item, m_index) == 0);
}

UpdateActionCommand::UpdateActionCommand(Store *store, const ActionItem &before,
                                         const ActionItem &after)
    : m_store(store)
    , m_before(before)
    , m_after(after)
{
    setText(QCoreApplication::translate("ActionCommands", "Edit action"));
}

void UpdateActionCommand::redo()
{
    setObsolete(!m_store->updateAction(m_after));
}

void UpdateActionCommand::undo()
{
    setObsolete(!m_store->updateAction(m_before));
}

bool UpdateActionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const UpdateActionCommand *>(other);
    // Only typing in the text merges; a changed owner or status is a step of its own.
    if (next->m_after.id != m_after.id || next->m_before.owner != m_after.owner ||
        next->m_before.status != m_after.status || next->m_before.dueDate != m_after.dueDate ||
        next->m_before.rightAway != m_after.rightAway ||
        next->m_after.owner != next->m_before.owner ||
        next->m_after.status != next->m_before.status ||
        next->m_after.dueDate != next->m_before.dueDate ||
        next->m_after.rightAway != next->m_before.rightAway)
        return false;
    m_after = next->m_after;
    return true;
}

MoveActionCommand::MoveActionCommand(Store *store, qint64 sessionId, int from, int to)
    : m_store(store)
    , m_sessionId(sessionId)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("ActionCommands", "Change the priority"));
}

void MoveActionCommand::redo()
{
    setObsolete(!m_store->moveAction(m_sessionId, m_from, m_to));
}

void MoveActionCommand::undo()
{
    setObsolete(!m_store->moveAction(m_sessionId, m_to, m_from));
}

ReviewActionCommand::ReviewActionCommand(Store *store, qint64 sessionId, qint64 actionId,
                                         ReviewOutcome beforeOutcome, ActionStatus beforeStatus,
                                         ReviewOutcome afterOutcome, ActionStatus afterStatus)
    : m_store(store)
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

void ReviewActionCommand::redo()
{
    setObsolete(!m_store->setReview(m_sessionId, m_actionId, m_afterOutcome, m_afterStatus));
}

void ReviewActionCommand::undo()
{
    setObsolete(!m_store->setReview(m_sessionId, m_actionId, m_beforeOutcome, m_beforeStatus));
}
