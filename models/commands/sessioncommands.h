#pragma once

#include "domain.h"
#include "storecommand.h"

class Store;

// The session list's edits. As everywhere, a write that fails leaves the
// database as it was and the command off the stack.

// Adds a session; undo hides it and redo brings the same row back, so
// commands further up the stack still find the id they know.
class AddSessionCommand : public StoreCommand
{
public:
    qint64 sessionId() const { return m_id; }

protected:
    explicit AddSessionCommand(Store *store);
    // Writes the new row the first time; 0 when that failed.
    virtual qint64 createRow() = 0;
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id = 0;
};

// In teamId, or without one in the team of the newest session.
class CreateSessionCommand : public AddSessionCommand
{
public:
    CreateSessionCommand(Store *store, SessionKind kind, const QString &title,
                         const SessionDefaults &defaults = SessionDefaults(), qint64 teamId = 0);

protected:
    qint64 createRow() override;

private:
    SessionKind m_kind;
    QString m_title;
    SessionDefaults m_defaults;
    qint64 m_teamId;
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

// A title changed in the list; undone only while no other view has
// changed it since.
class RenameSessionCommand : public StoreCommand
{
public:
    RenameSessionCommand(Store *store, qint64 id, const QString &oldTitle, const QString &newTitle);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
    QString m_oldTitle;
    QString m_newTitle;
};

// Moves a session into a team made for it, in one step: undo moves it
// back and takes the team away again.
class MoveToNewTeamCommand : public StoreCommand
{
public:
    MoveToNewTeamCommand(Store *store, qint64 sessionId, qint64 oldTeamId, const QString &name);
    qint64 teamId() const { return m_team.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_sessionId;
    qint64 m_oldTeamId;
    Team m_team;
};

// A team's name, as every session of it shows it.
class RenameTeamCommand : public StoreCommand
{
public:
    RenameTeamCommand(Store *store, qint64 teamId, const QString &oldName, const QString &newName);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_teamId;
    QString m_oldName;
    QString m_newName;
};

class DeleteSessionCommand : public StoreCommand
{
public:
    DeleteSessionCommand(Store *store, qint64 id, const QString &title);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_id;
};
