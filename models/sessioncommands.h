#pragma once

#include "domain.h"

#include <QUndoCommand>

class Store;

// The session list's edits. Each redo()/undo() is one durable write; a
// write that fails marks the command obsolete so it never sits on the stack
// pretending to have happened.

// Adds a session; undo hides it and redo brings the same row back, so
// commands further up the stack still find the id they know.
class AddSessionCommand : public QUndoCommand
{
public:
    void redo() override;
    void undo() override;
    qint64 sessionId() const { return m_id; }

protected:
    explicit AddSessionCommand(Store *store);
    // Writes the new row the first time redo() runs; 0 when that failed.
    virtual qint64 createRow() = 0;
    Store *m_store;

private:
    qint64 m_id = 0;
};

class CreateSessionCommand : public AddSessionCommand
{
public:
    CreateSessionCommand(Store *store, SessionKind kind, const QString &title,
                         const SessionDefaults &defaults = SessionDefaults());

protected:
    qint64 createRow() override;

private:
    SessionKind m_kind;
    QString m_title;
    SessionDefaults m_defaults;
};

class DuplicateSessionCommand : public AddSessionCommand
{
public:
    DuplicateSessionCommand(Store *store, qint64 sourceId, const QString &title);

protected:
    qint64 createRow() override;

private:
    qint64 m_sourceId;
    QString m_title;
};

class RenameSessionCommand : public QUndoCommand
{
public:
    RenameSessionCommand(Store *store, qint64 id, const QString &oldTitle, const QString &newTitle);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    qint64 m_id;
    QString m_oldTitle;
    QString m_newTitle;
};

class DeleteSessionCommand : public QUndoCommand
{
public:
    DeleteSessionCommand(Store *store, qint64 id, const QString &title);
    void redo() override;
    void undo() override;

private:
    Store *m_store;
    qint64 m_id;
};
