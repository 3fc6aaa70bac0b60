#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

// The tables the command line prints (--list, --list-backups): the first row
// is the header, columns are padded to line up, numbers to the right. The
// last column is printed as it is, since it may hold spaces (a title, a
// path), so every row stays one line a script can cut at the header's
// column starts.
namespace TextTable {

QString format(const QVector<QStringList> &rows, const QSet<int> &rightAligned);

} // namespace TextTable
