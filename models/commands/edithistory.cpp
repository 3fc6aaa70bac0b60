#include "edithistory.h"

#include "store.h"

EditHistory::EditHistory(Store *store, QObject *parent)
    : QUndoStack(parent)
    , m_store(store)
{}

bool EditHistory::record(QUndoCommand *command)
{
    const int failuresBefore = m_store->failedWrites();
    push(command);
    return m_store->failedWrites() == failuresBefore;
}

bool EditHistory::undoStep()
{
    if (!canUndo())
        return false;
    const int failuresBefore = m_store->failedWrites();
    undo();
    // QUndoStack already dropped the step and moved on.
    return m_store->failedWrites() == failuresBefore;
}

bool EditHistory::redoStep()
{
    if (!canRedo())
        return false;
    const int failuresBefore = m_store->failedWrites();
    redo();
    if (m_store->failedWrites() == failuresBefore)
        return true;
    // Pushing a command that is already obsolete deletes everything above
    // the current step and adds nothing.
    auto *dropTail = new QUndoCommand;
    dropTail->setObsolete(true);
    push(dropTail);
    announceState();
    return false;
}

void EditHistory::announceState()
{
    // QUndoStack says nothing when it drops steps this way; the Undo and
    // Redo actions must still follow.
    emit indexChanged(index());
    emit canUndoChanged(canUndo());
    emit undoTextChanged(undoText());
    emit canRedoChanged(canRedo());
    emit redoTextChanged(redoText());
}
