#include "reviewmodel.h"

#include "actioncommands.h"
#include "edithistory.h"
#include "store.h"

#include <QLocale>

ReviewModel::ReviewModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_history(history)
    , m_sessionId(sessionId)
    , m_items(store->actionsToReview(sessionId))
{
    // The list is fixed when the step opens; rows only change their values,
    // so an action marked done stays in view to be seen and corrected.
    connect(store, &Store::actionChanged, this,
            [this](qint64, qint64 actionId) { refresh(actionId); });
    // An import may change any action listed; the rows stay, their values follow.
    connect(store, &Store::sessionReplaced, this, [this] {
        for (const ReviewItem &item : std::as_const(m_items))
            refresh(item.item.action.id);
    });
    connect(store, &Store::reviewChanged, this, [this](qint64 sessionId, qint64 actionId) {
        if (sessionId == m_sessionId)
            refresh(actionId);
    });
}

int ReviewModel::rowOf(qint64 actionId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.action.id == actionId)
            return row;
    }
    return -1;
}

void ReviewModel::refresh(qint64 actionId)
{
    const int row = rowOf(actionId);
    if (row < 0)
        return;
    for (const ReviewItem &fresh : m_store->actionsToReview(m_sessionId)) {
        if (fresh.item.action.id == actionId) {
            m_items[row] = fresh;
            break;
        }
    }
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ReviewModel::reviewedCount() const
{
    int count = 0;
    for (const ReviewItem &item : m_items)
        count += item.outcome != ReviewOutcome::None ? 1 : 0;
    return count;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &review = m_items.at(index.row());
    const ActionItem &action = review.item.action;
    if (const std::optional<QVariant> unsaved = m_unsaved.data(action.id, index.column(), role))
        return *unsaved;
    if (role == ActionIdRole)
        return action.id;
    if (role == OutcomeRole)
        return int(review.outcome);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SessionColumn:
        return review.item.sessionTitle;
    case TextColumn:
        return action.text;
    case OwnerColumn:
        return action.owner;
    case DueColumn:
        if (role == Qt::EditRole)
            return action.dueDate;
        return action.dueDate.isValid() ? QLocale().toString(action.dueDate, QLocale::ShortFormat)
                                        : QString();
    case OutcomeColumn:
        return role == Qt::EditRole ? QVariant(int(review.outcome))
                                    : QVariant(Domain::outcomeName(review.outcome));
    }
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn:
        return tr("From session");
    case TextColumn:
        return tr("Action");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case OutcomeColumn:
        return tr("Now");
    }
    return {};
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == OwnerColumn || index.column() == DueColumn ||
                            index.column() == OutcomeColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ReviewModel::review(int row, ReviewOutcome outcome)
{
    if (row < 0 || row >= m_items.size() || m_items.at(row).outcome == outcome)
        return false;
    const ReviewItem &current = m_items.at(row);
    const ActionStatus before = current.item.action.status;
    ActionStatus after = before;
    switch (outcome) {
    case ReviewOutcome::Done:
        after = ActionStatus::Done;
        break;
    case ReviewOutcome::Dropped:
        after = ActionStatus::Dropped;
        break;
    case ReviewOutcome::StillOpen:
    case ReviewOutcome::None:
        // Still open keeps "in progress"; it reopens one marked done by mistake.
        if (before == ActionStatus::Done || before == ActionStatus::Dropped)
            after = ActionStatus::Open;
        break;
    }
    return m_history->record(new ReviewActionCommand(m_store, m_sessionId, current.item.action.id,
                                                     current.outcome, before, outcome, after));
}

bool ReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == OutcomeColumn) {
        const int outcome = value.toInt();
        if (outcome < int(ReviewOutcome::None) || outcome > int(ReviewOutcome::Dropped))
            return false;
        return review(index.row(), ReviewOutcome(outcome));
    }
    const ActionItem before = m_items.at(index.row()).item.action;
    ActionItem after = before;
    if (index.column() == OwnerColumn)
        after.owner = value.toString().trimmed();
    else if (index.column() == DueColumn)
        after.dueDate = value.toDate();
    else
        return false;
    const bool changed = after.owner != before.owner || after.dueDate != before.dueDate;
    const bool saved =
        changed && m_history->record(new UpdateActionCommand(m_store, before, after));
    // A typed owner stays in the cell when it could not be saved.
    if (index.column() == OwnerColumn &&
        m_unsaved.settle(before.id, OwnerColumn, after.owner, before.owner, saved))
        emit dataChanged(index, index);
    return saved;
}
