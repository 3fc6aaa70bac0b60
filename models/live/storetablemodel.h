#pragma once

#include <QAbstractTableModel>
#include <QVector>

// A table whose rows are a list the store hands out whole (the whys of a
// concern, a session's timeline), read again after each change to it.
class StoreTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // Makes rows the fresh read. Each store change adds, removes or edits
    // one row, matched by id; reporting it as exactly that keeps a view's
    // selection and an open editor where they are. Anything else is
    // reported as a reset. sameContent(before, after) says whether a row
    // kept on both sides still shows the same.
    template <typename Row, typename SameContent>
    void replaceRows(QVector<Row> &rows, const QVector<Row> &fresh, SameContent sameContent);
};

template <typename Row, typename SameContent>
void StoreTableModel::replaceRows(QVector<Row> &rows, const QVector<Row> &fresh,
                                  SameContent sameContent)
{
    const int oldCount = int(rows.size());
    const int newCount = int(fresh.size());
    int head = 0;
    while (head < oldCount && head < newCount && rows.at(head).id == fresh.at(head).id)
        ++head;
    int tail = 0;
    while (tail < oldCount - head && tail < newCount - head &&
           rows.at(oldCount - 1 - tail).id == fresh.at(newCount - 1 - tail).id)
        ++tail;
    const int removed = oldCount - head - tail;
    const int added = newCount - head - tail;

    if (removed > 0 && added > 0) {
        beginResetModel();
        rows = fresh;
        endResetModel();
        return;
    }

    // Rows kept on both sides whose content changed.
    QVector<int> changed;
    for (int row = 0; row < head; ++row) {
        if (!sameContent(rows.at(row), fresh.at(row)))
            changed.append(row);
    }
    for (int i = 0; i < tail; ++i) {
        if (!sameContent(rows.at(oldCount - 1 - i), fresh.at(newCount - 1 - i)))
            changed.append(newCount - 1 - i);
    }

    if (added > 0) {
        beginInsertRows({}, head, head + added - 1);
        rows = fresh;
        endInsertRows();
    } else if (removed > 0) {
        beginRemoveRows({}, head, head + removed - 1);
        rows = fresh;
        endRemoveRows();
    } else {
        rows = fresh;
    }
    for (int row : std::as_const(changed))
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}
