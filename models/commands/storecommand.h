#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>
#include <vector>

class Store;

// An edit that the Store makes durable. Its redo() and undo() each run as
// one transaction, however many rows they touch; when a write fails the
// database is left as it was, the command becomes obsolete so the stack
// drops it, and the store reports why. Subclasses say what to write.
class StoreCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoreCommand)

public:
    explicit StoreCommand(Store *store);
    void redo() final;
    void undo() final;

    // The edit as one step of a larger one, inside that one's transaction.
    bool applyStep() { return apply(); }
    bool revertStep() { return revert(); }

protected:
    virtual bool apply() = 0;
    virtual bool revert() = 0;
    Store *store() const { return m_store; }

private:
    Store *m_store;
    bool m_applied = false;
};

// Several edits made by one key press, written and taken back together.
class CompoundCommand : public StoreCommand
{
public:
    CompoundCommand(Store *store, const QString &text);
    ~CompoundCommand() override;
    // Takes ownership; steps run in the order added and are undone in reverse.
    void addStep(StoreCommand *step);
    bool isEmpty() const { return m_steps.empty(); }

protected:
    bool apply() override;
    bool revert() override;

private:
    std::vector<std::unique_ptr<StoreCommand>> m_steps;
};
