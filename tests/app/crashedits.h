#pragma once

#include <QString>

// Shared by crashwriter and tst_crash. Each run of crashwriter numbers its
// edits from 1: odd edits create a session titled after the edit, even edits
// rename the session the previous edit created. A title therefore says which
// run wrote it and which edit was the last to reach it.
inline QString crashEditTitle(int run, int edit)
{
    return QStringLiteral("run %1 edit %2").arg(run).arg(edit);
}

// Shared by compoundwriter and tst_crash: the sessions the compound edits
// are made in, and the tag of round N's template in run R.
inline QString crashTemplatesSession()
{
    return QStringLiteral("templates");
}

inline QString crashKindsSession()
{
    return QStringLiteral("kinds");
}

inline QString crashSharingSession()
{
    return QStringLiteral("sharing");
}

inline QString crashTemplateTag(int run, int round)
{
    return QStringLiteral("T%1-%2").arg(run).arg(round);
}
