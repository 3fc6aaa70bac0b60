#pragma once

#include "database.h"
#include "store.h"

#include <QStringList>

// Sessions with these titles in the database just opened (opened), each
// committed, and the database closed again, as Candor leaves it for a
// script or the next start. False, with the reason printed, when it did
// not open or a session could not be made.
inline bool createSessionsAndClose(const Database::OpenResult &opened, const QStringList &titles,
                                   SessionKind kind = SessionKind::PreMortem)
{
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message));
        return false;
    }
    bool ok = true;
    {
        Store store(Database::defaultConnectionName);
        for (const QString &title : titles)
            ok = ok && store.createSession(kind, title) != 0;
    }
    Database::close();
    return ok;
}
