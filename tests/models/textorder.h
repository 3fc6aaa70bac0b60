#pragma once

#include <QString>
#include <QStringList>

// Checks that text holds each needle after the one before. Returns what a
// failing test should print, or an empty string when all are in order.
inline QString textOrderProblem(const QString &text, const QStringList &needles)
{
    int from = 0;
    for (const QString &needle : needles) {
        const int at = text.indexOf(needle, from);
        if (at < 0)
            return QStringLiteral("'%1' missing or out of order in:\n%2").arg(needle, text);
        from = at + needle.size();
    }
    return {};
}
