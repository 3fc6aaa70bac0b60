#include "followupmodel.h"

#include "actioncommands.h"
#include "edithistory.h"
#include "store.h"

#include <QLocale>

FollowUpModel::FollowUpModel(Store *store, EditHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_history(history)
{
    // Adding, removing or reordering happens inside a session and is rare
    // while this view is open; a change of one action is updated in place.
    auto reloadAll = [this] { reload(); };
    connect(store, &Store::actionAdded, this, reloadAll);
    connect(store, &Store::actionRemoved, this, reloadAll);
    connect(store, &Store::actionMoved, this, reloadAll);
    connect(store, &Store::sessionRemoved, this, reloadAll);
    connect(store, &Store::sessionAdded, this, reloadAll);
    connect(store, &Store::sessionReplaced, this, reloadAll);
    connect(store, &Store::actionChanged, this, &FollowUpModel::onActionChanged);
    reload();
}

void FollowUpModel::setToday(std::function<QDate()> today)
{
    m_today.setSource(std::move(today));
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FollowUpModel::reload()
{
    beginResetModel();
    m_items = m_store->allActions();
    endResetModel();
}

int FollowUpModel::rowOf(qint64 actionId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).action.id == actionId)
            return row;
    }
    return -1;
}

void FollowUpModel::onActionChanged(qint64, qint64 actionId)
{
    const int row = rowOf(actionId);
    const std::optional<ActionItem> fresh = m_store->action(actionId);
    if (row < 0 || !fresh) {
        reload();
        return;
    }
    m_items[row].action = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int FollowUpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FollowUpModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpItem &item = m_items.at(index.row());
    const ActionItem &action = item.action;
    if (const std::optional<QVariant> unsaved = m_unsaved.data(action.id, index.column(), role))
        return *unsaved;
    switch (role) {
    case ActionIdRole:
        return action.id;
    case SessionIdRole:
        return action.sessionId;
    case TeamIdRole:
        return item.teamId;
    case StatusRole:
        return int(action.status);
    case OverdueRole:
        return action.isOverdue(m_today.date());
    case DueDateRole:
        return action.dueDate;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TeamColumn:
            return item.teamName;
        case SessionColumn:
            return role == Qt::DisplayRole
                       ? tr("%1 (%2)").arg(
                             item.sessionTitle,
                             QLocale().toString(item.sessionCreatedAt.toLocalTime().date(),
                                                QLocale::ShortFormat))
                       : item.sessionTitle;
        case TextColumn:
            return action.text;
        case OwnerColumn:
            return action.owner;
        case DueColumn:
            if (role == Qt::EditRole)
                return action.dueDate;
            return action.dueDate.isValid()
                       ? QLocale().toString(action.dueDate, QLocale::ShortFormat)
                       : QString();
        case StatusColumn:
            return role == Qt::EditRole ? QVariant(int(action.status))
                                        : QVariant(Domain::statusName(action.status));
        }
        break;
    case ItemRole::Overdue:
        // Late items stand out in the list; the tooltip says since when.
        return action.isOverdue(m_today.date());
    case Qt::ToolTipRole:
        if (action.isOverdue(m_today.date()))
            return tr("Overdue since %1")
                .arg(QLocale().toString(action.dueDate, QLocale::LongFormat));
        break;
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TeamColumn:
        return tr("Team");
    case SessionColumn:
        return tr("Session");
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags FollowUpModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == OwnerColumn || index.column() == DueColumn ||
                            index.column() == StatusColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool FollowUpModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ActionItem before = m_items.at(index.row()).action;
    ActionItem after = before;
    switch (index.column()) {
    case OwnerColumn:
        after.owner = value.toString().trimmed();
        break;
    case DueColumn:
        after.dueDate = value.toDate();
        break;
    case StatusColumn: {
        const int status = value.toInt();
        if (status < int(ActionStatus::Open) || status > int(ActionStatus::Dropped))
            return false;
        after.status = ActionStatus(status);
        break;
    }
    default:
        return false;
    }
    const bool changed = after.owner != before.owner || after.dueDate != before.dueDate ||
                         after.status != before.status;
    const bool saved =
        changed && m_history->record(new UpdateActionCommand(m_store, before, after));
    // A typed owner stays in the cell when it could not be saved.
    if (index.column() == OwnerColumn &&
        m_unsaved.settle(before.id, OwnerColumn, after.owner, before.owner, saved))
        emit dataChanged(index, index);
    return saved;
}

FollowUpFilter::FollowUpFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(FollowUpModel::DueColumn, Qt::AscendingOrder);
}

void FollowUpFilter::setOwner(const QString &owner)
{
    m_owner = owner.trimmed();
    invalidateFilter();
}

void FollowUpFilter::setStatuses(const QList<ActionStatus> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void FollowUpFilter::setOverdueOnly(bool overdueOnly)
{
    m_overdueOnly = overdueOnly;
    invalidateFilter();
}

void FollowUpFilter::setSessionId(qint64 sessionId)
{
    // Ten thousand rows are not filtered again for nothing.
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    invalidateFilter();
}

void FollowUpFilter::setTeamId(qint64 teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    invalidateFilter();
}

bool FollowUpFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_statuses.isEmpty() &&
        !m_statuses.contains(ActionStatus(row.data(FollowUpModel::StatusRole).toInt())))
        return false;
    if (m_overdueOnly && !row.data(FollowUpModel::OverdueRole).toBool())
        return false;
    if (m_sessionId && row.data(FollowUpModel::SessionIdRole).toLongLong() != m_sessionId)
        return false;
    if (m_teamId && row.data(FollowUpModel::TeamIdRole).toLongLong() != m_teamId)
        return false;
    if (!m_owner.isEmpty() && !sourceModel()
                                   ->index(sourceRow, FollowUpModel::OwnerColumn, sourceParent)
                                   .data(Qt::EditRole)
                                   .toString()
                                   .contains(m_owner, Qt::CaseInsensitive))
        return false;
    return true;
}

bool FollowUpFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDate leftDue = left.data(FollowUpModel::DueDateRole).toDate();
    const QDate rightDue = right.data(FollowUpModel::DueDateRole).toDate();
    // No due date sorts after every date.
    if (leftDue.isValid() != rightDue.isValid())
        return leftDue.isValid();
    if (leftDue != rightDue)
        return leftDue < rightDue;
    return left.row() < right.row();
}
