#include "texttable.h"

#include <QtGlobal>

QString TextTable::format(const QVector<QStringList> &rows, const QSet<int> &rightAligned)
{
    if (rows.isEmpty())
        return {};
    QVector<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size() - 1; ++column)
            widths[column] = qMax(widths[column], int(row[column].size()));
    }
    QString out;
    for (const QStringList &row : rows) {
        for (int column = 0; column < row.size() - 1; ++column) {
            out += rightAligned.contains(column) ? row[column].rightJustified(widths[column])
                                                 : row[column].leftJustified(widths[column]);
            out += QLatin1String("  ");
        }
        out += row.last() + QLatin1Char('\n');
    }
    return out;
}
