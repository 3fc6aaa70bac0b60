#include "storecommand.h"

#include "store.h"

StoreCommand::StoreCommand(Store *store)
    : m_store(store)
{}

void StoreCommand::redo()
{
    // The first time is the edit itself; later ones come from Redo.
    const QString message = m_applied
                                ? tr("Not redone: %1 (%2). It and the steps after it were taken "
                                     "off the Redo list.")
                                : tr("Not saved: %1 (%2).");
    Store::Batch batch(m_store, message, text());
    const bool ok = batch.commit(apply());
    m_applied = m_applied || ok;
    setObsolete(!ok);
}

void StoreCommand::undo()
{
    Store::Batch batch(m_store, tr("Not undone: %1 (%2). It was taken off the Undo list."), text());
    setObsolete(!batch.commit(revert()));
}

CompoundCommand::CompoundCommand(Store *store, const QString &text)
    : StoreCommand(store)
{
    setText(text);
}

CompoundCommand::~CompoundCommand() = default;

void CompoundCommand::addStep(StoreCommand *step)
{
    m_steps.emplace_back(step);
}

bool CompoundCommand::apply()
{
    for (const std::unique_ptr<StoreCommand> &step : m_steps) {
        if (!step->applyStep())
            return false;
    }
    return true;
}

bool CompoundCommand::revert()
{
    for (auto step = m_steps.rbegin(); step != m_steps.rend(); ++step) {
        if (!(*step)->revertStep())
            return false;
    }
    return true;
}
