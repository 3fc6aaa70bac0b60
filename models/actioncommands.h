#pragma once

#include "domain.h"

#include <QUndoCommand>

class Store;

// Edits of the discussion (five whys) and of action items. As everywhere,
// each redo()/undo() is one durable write, and a failed write makes the
// command obsolete.

class AddWhyCommand : public QUndoCommand
{
public:
    AddWhyCommand(Store *store, const Why &why, int index);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    Why m_why;
    int m_index;
};

class RemoveWhyCommand : public QUndoCommand
{
public:
    RemoveWhyCommand(Store *store, const Why &why, int index);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    Why m_why;
    int m_index;
};

// Typing into the same why merges into one step.
class EditWhyCommand : public QUndoCommand
{
public:
    EditWhyCommand(Store *store, const Why &before, const Why &after);
    void redo() override;
    void undo() override;
    int id() const override { return 4; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Store *m_store;
    Why m_before;
    Why m_after;
};

class AddActionCommand : public QUndoCommand
{
public:
    AddActionCommand(Store *store, const ActionItem &item, int index);
    void redo() override;
    void undo() override;
    qint64 actionId() const { return m_item.id; }

private:
    Store *m_store;
    ActionItem m_item;
    int m_index;
};

class RemoveActionCommand : public QUndoCommand
{
public:
    RemoveActionCommand(Store *store, const ActionItem &item, int index);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    ActionItem m_item;
    int m_index;
};

// Any change of an action's fields; typing into the same action merges.
class UpdateActionCommand : public QUndoCommand
{
public:
    UpdateActionCommand(Store *store, const ActionItem &before, const ActionItem &after);
    void redo() override;
    void undo() override;
    int id() const override { return 5; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Store *m_store;
    ActionItem m_before;
    ActionItem m_after;
};

class MoveActionCommand : public QUndoCommand
{
public:
    MoveActionCommand(Store *store, qint64 sessionId, int from, int to);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    qint64 m_sessionId;
    int m_from;
    int m_to;
};

// The review of an earlier session's action, with the status it sets.
class ReviewActionCommand : public QUndoCommand
{
public:
    ReviewActionCommand(Store *store, qint64 sessionId, qint64 actionId,
                        ReviewOutcome beforeOutcome, ActionStatus beforeStatus,
                        ReviewOutcome afterOutcome, ActionStatus afterStatus);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    qint64 m_sessionId;
    qint64 m_actionId;
    ReviewOutcome m_beforeOutcome;
    ActionStatus m_beforeStatus;
    ReviewOutcome m_afterOutcome;
    ActionStatus m_afterStatus;
};
