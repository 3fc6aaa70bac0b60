#include "rowmove.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace RowMove {

QMimeData *encode(const QString &mimeType, qint64 sessionId, int row)
{
    auto *data = new QMimeData;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << sessionId << row;
    data->setData(mimeType, encoded);
    return data;
}

int decode(const QMimeData *data, const QString &mimeType, qint64 sessionId, int rowCount)
{
    if (!data || !data->hasFormat(mimeType))
        return -1;
    QDataStream stream(data->data(mimeType));
    qint64 draggedSession = 0;
    int row = -1;
    stream >> draggedSession >> row;
    if (stream.status() != QDataStream::Ok || draggedSession != sessionId || row < 0 ||
        row >= rowCount)
        return -1;
    return row;
}

int destination(int from, int row, const QModelIndex &parent, int rowCount)
{
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount);
    const int to = before > from ? before - 1 : before;
    return qBound(0, to, rowCount - 1);
}

} // namespace RowMove
