#include "sessiontable.h"

#include "texttable.h"

QString SessionTable::format(const QVector<SessionSummary> &sessions)
{
    QVector<QStringList> rows;
    rows.append({tr("ID"), tr("DATE"), tr("KIND"), tr("CONCERNS"), tr("ACTIONS"), tr("TITLE")});
    for (const SessionSummary &session : sessions) {
        // The title goes last and has its line breaks folded, so every
        // session stays on one line whatever was typed.
        QString title = session.title;
        title.replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '));
        rows.append({QString::number(session.id),
                     session.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     Domain::kindKey(session.kind), QString::number(session.concernCount),
                     QString::number(session.actionCount), title});
    }
    return TextTable::format(rows, {0, 3, 4});
}
