#pragma once

#include "domain.h"
#include "store.h"
#include "storecommand.h"

#include <optional>

// Edits of the discussion (five whys) and of action items. As everywhere,
// each writes back only what it changed, and only while it is as the edit
// left it; a row it took out comes back with what went with it.

class AddWhyCommand : public StoreCommand
{
public:
    AddWhyCommand(Store *store, const Why &why, int index);

protected:
    bool apply() override;
    bool revert() override;

private:
    Why m_why;
    int m_index;
    std::optional<RemovedRows> m_removed; // after an undo
};

class RemoveWhyCommand : public StoreCommand
{
public:
    RemoveWhyCommand(Store *store, const Why &why, int index);

protected:
    bool apply() override;
    bool revert() override;

private:
    Why m_why;
    int m_index;
    RemovedRows m_removed;
};

// Typing into the same why merges into one step.
class EditWhyCommand : public StoreCommand
{
public:
    EditWhyCommand(Store *store, const Why &before, const Why &after);
    int id() const override { return 4; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply() override;
    bool revert() override;

private:
    Why m_before;
    Why m_after;
};

class AddActionCommand : public StoreCommand
{
public:
    AddActionCommand(Store *store, const ActionItem &item, int index);
    qint64 actionId() const { return m_item.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    ActionItem m_item;
    int m_index;
    std::optional<RemovedRows> m_removed; // after an undo
};

class RemoveActionCommand : public StoreCommand
{
public:
    RemoveActionCommand(Store *store, const ActionItem &item, int index);

protected:
    bool apply() override;
    bool revert() override;

private:
    ActionItem m_item;
    int m_index;
    RemovedRows m_removed;
};

// Any change of an action's fields; typing into the same action merges.
// Only the fields that differ between before and after are written.
class UpdateActionCommand : public StoreCommand
{
public:
    UpdateActionCommand(Store *store, const ActionItem &before, const ActionItem &after);
    int id() const override { return 5; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply() override;
    bool revert() override;

private:
    ActionItem m_before;
    ActionItem m_after;
};

class MoveActionCommand : public StoreCommand
{
public:
    MoveActionCommand(Store *store, qint64 sessionId, qint64 actionId, int from, int to);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    qint64 m_actionId;
    int m_from;
    int m_to;
};

// The review of an earlier session's action, with the status it sets.
class ReviewActionCommand : public StoreCommand
{
public:
    ReviewActionCommand(Store *store, qint64 sessionId, qint64 actionId,
                        ReviewOutcome beforeOutcome, ActionStatus beforeStatus,
                        ReviewOutcome afterOutcome, ActionStatus afterStatus);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    qint64 m_actionId;
    ReviewOutcome m_beforeOutcome;
    ActionStatus m_beforeStatus;
    ReviewOutcome m_afterOutcome;
    ActionStatus m_afterStatus;
};
