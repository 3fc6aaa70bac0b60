#pragma once

#include <QModelIndex>
#include <QString>

class QMimeData;

// Dragging one row of a session's ordered list (seats, action ranks) to a
// new place. The drop is carried out by the model as one undoable move;
// the models have no removeRows(), so a view finishing a move drag cannot
// also delete the source row.
namespace RowMove {

QMimeData *encode(const QString &mimeType, qint64 sessionId, int row);
// The dragged row, or -1 when the data is not a row of this session's list.
int decode(const QMimeData *data, const QString &mimeType, qint64 sessionId, int rowCount);
// Where the row dragged from `from` ends up when dropped at (row, parent):
// dropped onto a row means "before it", past the end means "last".
int destination(int from, int row, const QModelIndex &parent, int rowCount);

} // namespace RowMove
