#include "sessiontable.h"

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
    QVector<int> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size() - 1; ++column)
            widths[column] = qMax(widths[column], int(row[column].size()));
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < row.size() - 1; ++column) {
            const bool numeric = column == 0 || column == 3 || column == 4;
            out += numeric ? row[column].rightJustified(widths[column])
                           : row[column].leftJustified(widths[column]);
            out += QLatin1String("  ");
        }
        out += row.last() + QLatin1Char('\n');
    }
    return out;
}
