#include "timelinemodel.h"

#include "edithistory.h"
#include "livecommands.h"
#include "store.h"

TimelineModel::TimelineModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent)
    : StoreTableModel(parent)
    , m_store(store)
    , m_history(history)
    , m_sessionId(sessionId)
    , m_entries(store->timeline(sessionId))
{
    connect(store, &Store::timelineChanged, this, &TimelineModel::reload);
    connect(store, &Store::sessionReplaced, this, &TimelineModel::reload);
}

void TimelineModel::reload(qint64 sessionId)
{
    if (sessionId != m_sessionId)
        return;
    replaceRows(m_entries, m_store->timeline(m_sessionId),
                [](const TimelineEntry &before, const TimelineEntry &after) {
                    return before.happenedAt == after.happenedAt &&
                           before.description == after.description;
                });
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &entry = m_entries.at(index.row());
    if (const std::optional<QVariant> unsaved = m_unsaved.data(entry.id, index.column(), role))
        return *unsaved;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == WhenColumn ? entry.happenedAt : entry.description;
    case Qt::ToolTipRole:
        return index.column() == WhatColumn ? QVariant(Domain::plainToolTip(entry.description))
                                            : QVariant();
    case EntryIdRole:
        return entry.id;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What happened");
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = StoreTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool TimelineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const TimelineEntry before = m_entries.at(index.row());
    TimelineEntry after = before;
    const bool isWhen = index.column() == WhenColumn;
    (isWhen ? after.happenedAt : after.description) = value.toString();
    const bool changed =
        after.happenedAt != before.happenedAt || after.description != before.description;
    const bool saved =
        changed && m_history->record(new EditTimelineEntryCommand(m_store, before, after));
    // What was typed stays in the cell when it could not be saved.
    if (m_unsaved.settle(before.id, index.column(), value.toString(),
                         isWhen ? before.happenedAt : before.description, saved))
        emit dataChanged(index, index);
    return saved;
}

bool TimelineModel::addEntry(const QString &when, const QString &what, int index)
{
    if (when.trimmed().isEmpty() && what.trimmed().isEmpty())
        return false;
    TimelineEntry entry;
    entry.sessionId = m_sessionId;
    entry.happenedAt = when;
    entry.description = what;
    const int before = rowCount();
    const int at = index < 0 || index > before ? before : index;
    return m_history->record(new AddTimelineEntryCommand(m_store, entry, at));
}

bool TimelineModel::removeEntry(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    return m_history->record(new RemoveTimelineEntryCommand(m_store, m_entries.at(row), row));
}
