#include "sessioncommands.h"

#include "store.h"

AddSessionCommand::AddSessionCommand(Store *store)
    : m_store(store)
{}

void AddSessionCommand::redo()
{
    if (m_id == 0)
        m_id = createRow();
    else if (!m_store->setSessionDeleted(m_id, false))
        m_id = 0;
    setObsolete(m_id == 0);
}

void AddSessionCommand::undo()
{
    setObsolete(!m_store->setSessionDeleted(m_id, true));
}

CreateSessionCommand::CreateSessionCommand(Store *store, SessionKind kind, const QString &title,
                                           const SessionDefaults &defaults)
    : AddSessionCommand(store)
    , m_kind(kind)
    , m_title(title)
    , m_defaults(defaults)
{
    setText(QCoreApplication::translate("SessionCommands", "New %1").arg(Domain::kindName(kind)));
}

qint64 CreateSessionCommand::createRow()
{
    return m_store->createSession(m_kind, m_title, m_defaults);
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
    return m_store->duplicateSession(m_sourceId, m_title);
}

RenameSessionCommand::RenameSessionCommand(Store *store, qint64 id, const QString &oldTitle,
                                           const QString &newTitle)
    : m_store(store)
    , m_id(id)
    , m_oldTitle(oldTitle)
    , m_newTitle(newTitle)
{
    setText(QCoreApplication::translate("SessionCommands", "Rename to “%1”").arg(newTitle));
}

void RenameSessionCommand::redo()
{
    setObsolete(!m_store->renameSession(m_id, m_newTitle));
}

void RenameSessionCommand::undo()
{
    setObsolete(!m_store->renameSession(m_id, m_oldTitle));
}

DeleteSessionCommand::DeleteSessionCommand(Store *store, qint64 id, const QString &title)
    : m_store(store)
    , m_id(id)
{
    setText(QCoreApplication::translate("SessionCommands", "Delete “%1”").arg(title));
}

void DeleteSessionCommand::redo()
{
    setObsolete(!m_store->setSessionDeleted(m_id, true));
}

void DeleteSessionCommand::undo()
{
    setObsolete(!m_store->setSessionDeleted(m_id, false));
}
