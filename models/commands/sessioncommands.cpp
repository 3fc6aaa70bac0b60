#include "sessioncommands.h"

#include "store.h"

AddSessionCommand::AddSessionCommand(Store *store)
    : StoreCommand(store)
{}

bool AddSessionCommand::apply()
{
    if (m_id != 0)
        return store()->setSessionDeleted(m_id, false);
    m_id = createRow();
    return m_id != 0;
}

bool AddSessionCommand::revert()
{
    return store()->setSessionDeleted(m_id, true);
}

CreateSessionCommand::CreateSessionCommand(Store *store, SessionKind kind, const QString &title,
                                           const SessionDefaults &defaults, qint64 teamId)
    : AddSessionCommand(store)
    , m_kind(kind)
    , m_title(title)
    , m_defaults(defaults)
    , m_teamId(teamId)
{
    setText(QCoreApplication::translate("SessionCommands", "New %1").arg(Domain::kindName(kind)));
}

qint64 CreateSessionCommand::createRow()
{
    return store()->createSession(m_kind, m_title, m_defaults, m_teamId);
}

DuplicateSessionCommand::DuplicateSessionCommand(Store *store, qint64 sourceId,
                                                 const QString &title)
    : AddSessionCommand(store)
    , m_sourceId(sourceId)
    , m_title(title)
{
    setText(QCoreApplication::translate("SessionCommands", "Duplicate “%1”").arg(title));
}

qint64 DuplicateSessionCommand::createRow()
{
    return store()->duplicateSession(m_sourceId, m_title);
}

RenameSessionCommand::RenameSessionCommand(Store *store, qint64 id, const QString &oldTitle,
                                           const QString &newTitle)
    : StoreCommand(store)
    , m_id(id)
    , m_oldTitle(oldTitle)
    , m_newTitle(newTitle)
{
    setText(QCoreApplication::translate("SessionCommands", "Rename to “%1”").arg(newTitle));
}

bool RenameSessionCommand::apply()
{
    return store()->renameSession(m_id, m_newTitle, m_oldTitle);
}

bool RenameSessionCommand::revert()
{
    return store()->renameSession(m_id, m_oldTitle, m_newTitle);
}

DeleteSessionCommand::DeleteSessionCommand(Store *store, qint64 id, const QString &title)
    : StoreCommand(store)
    , m_id(id)
{
    setText(QCoreApplication::translate("SessionCommands", "Delete “%1”").arg(title));
}

bool DeleteSessionCommand::apply()
{
    return store()->setSessionDeleted(m_id, true);
}

bool DeleteSessionCommand::revert()
{
    return store()->setSessionDeleted(m_id, false);
}

MoveToNewTeamCommand::MoveToNewTeamCommand(Store *store, qint64 sessionId, qint64 oldTeamId,
                                           const QString &name)
    : StoreCommand(store)
    , m_sessionId(sessionId)
    , m_oldTeamId(oldTeamId)
{
    m_team.name = name;
    setText(QCoreApplication::translate("SessionCommands", "New team “%1”").arg(name));
}

bool MoveToNewTeamCommand::apply()
{
    // The same team each time, so steps above this one find it again.
    const qint64 id = store()->addTeam(m_team.name, m_team);
    if (id == 0)
        return false;
    if (m_team.id == 0) {
        m_team.id = id;
        const QVector<Team> teams = store()->teams();
        for (const Team &team : teams) {
            if (team.id == id)
                m_team.uuid = team.uuid;
        }
    }
    return store()->setSessionField(m_sessionId, SessionField::Team, m_team.id, m_oldTeamId);
}

bool MoveToNewTeamCommand::revert()
{
    return store()->setSessionField(m_sessionId, SessionField::Team, m_oldTeamId, m_team.id) &&
           store()->removeTeam(m_team.id);
}

RenameTeamCommand::RenameTeamCommand(Store *store, qint64 teamId, const QString &oldName,
                                     const QString &newName)
    : StoreCommand(store)
    , m_teamId(teamId)
    , m_oldName(oldName)
    , m_newName(newName)
{
    setText(QCoreApplication::translate("SessionCommands", "Rename team to “%1”").arg(newName));
}

bool RenameTeamCommand::apply()
{
    return store()->renameTeam(m_teamId, m_newName, m_oldName);
}

bool RenameTeamCommand::revert()
{
    return store()->renameTeam(m_teamId, m_oldName, m_newName);
}
