#include "actionmodel.h"

#include "actioncommands.h"
#include "edithistory.h"
#include "rowmove.h"
#include "store.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

#include <limits>

namespace {
const QString rowsMimeType = QStringLiteral("application/x-candor-action-row");
}

ActionModel::ActionModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_history(history)
    , m_sessionId(sessionId)
{
    connect(store, &Store::actionAdded, this, &ActionModel::onAdded);
    connect(store, &Store::actionRemoved, this, &ActionModel::onRemoved);
    connect(store, &Store::actionChanged, this, &ActionModel::onChanged);
    connect(store, &Store::actionMoved, this, &ActionModel::onMoved);
    // An import may have changed anything in the session.
    connect(store, &Store::sessionReplaced, this, [this](qint64 sessionId) {
        if (sessionId != m_sessionId)
            return;
        onConcernsChanged(sessionId);
        reload();
    });
    // The concern column shows the summary as it is now. A concern
    // recorded during sharing is read alone: this runs at every Enter.
    connect(store, &Store::concernAdded, this, [this](qint64 sessionId, qint64 concernId) {
        if (sessionId != m_sessionId)
            return;
        if (const std::optional<Concern> concern = m_store->concern(concernId))
            m_concerns.insert(concernId, {concern->summary, concern->position});
        else
            onConcernsChanged(sessionId);
        // Only an action already linked to it (a concern put back by undo)
        // shows anything new.
        for (int row = 0; row < m_actions.size(); ++row) {
            if (m_actions.at(row).concernId == concernId)
                emit dataChanged(index(row, ConcernColumn), index(row, ConcernColumn));
        }
    });
    connect(store, &Store::concernRemoved, this,
            [this](qint64 sessionId, qint64) { onConcernsChanged(sessionId); });
    // Discussion typing changes a concern per keystroke; only a new summary
    // (or place) shows here, so only that is looked at.
    connect(store, &Store::concernChanged, this, [this](qint64 sessionId, qint64 concernId) {
        if (sessionId != m_sessionId || !m_concerns.contains(concernId))
            return;
        const std::optional<Concern> concern = m_store->concern(concernId);
        if (!concern) {
            onConcernsChanged(sessionId);
            return;
        }
        ConcernInfo &known = m_concerns[concernId];
        if (known.summary == concern->summary && known.position == concern->position)
            return;
        known = {concern->summary, concern->position};
        if (!m_actions.isEmpty())
            emit dataChanged(index(0, ConcernColumn), index(rowCount() - 1, ConcernColumn));
    });
    reloadConcerns();
    reload();
}

void ActionModel::setToday(std::function<QDate()> today)
{
    m_today.setSource(std::move(today));
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ActionModel::reload()
{
    beginResetModel();
    m_actions = m_store->actions(m_sessionId);
    endResetModel();
}

void ActionModel::reloadConcerns()
{
    m_concerns.clear();
    for (const Concern &concern : m_store->concerns(m_sessionId))
        m_concerns.insert(concern.id, {concern.summary, concern.position});
}

int ActionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_actions.at(index.row());
    if (const std::optional<QVariant> unsaved = m_unsaved.data(item.id, index.column(), role))
        return *unsaved;
    const bool overdue = item.isOverdue(m_today.date());
    switch (role) {
    case ActionIdRole:
        return item.id;
    case ConcernIdRole:
        return item.concernId;
    case OverdueRole:
        return overdue;
    case RightAwayRole:
        return item.rightAway;
    case RankRole:
        return item.rank;
    case ConcernOrderRole:
        return item.concernId && m_concerns.contains(item.concernId)
                   ? m_concerns.value(item.concernId).position
                   : std::numeric_limits<int>::max();
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return item.rank;
        case TextColumn:
            return item.text;
        case ConcernColumn:
            return m_concerns.value(item.concernId).summary;
        case OwnerColumn:
            return item.owner;
        case DueColumn:
            if (!item.dueDate.isValid())
                return QString();
            // Said in words too, for those who cannot tell the colour.
            return overdue ? tr("%1 (overdue)")
                                 .arg(QLocale().toString(item.dueDate, QLocale::ShortFormat))
                           : QLocale().toString(item.dueDate, QLocale::ShortFormat);
        case StatusColumn:
            return Domain::statusName(item.status);
        case RightAwayColumn:
            return item.rightAway ? tr("Right away") : QString();
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case RankColumn:
            return item.rank;
        case TextColumn:
            return item.text;
        case ConcernColumn:
            return m_concerns.value(item.concernId).summary;
        case OwnerColumn:
            return item.owner;
        case DueColumn:
            return item.dueDate;
        case StatusColumn:
            return int(item.status);
        case RightAwayColumn:
            return item.rightAway;
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == RightAwayColumn)
            return item.rightAway ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::FontRole:
        // What is addressed right away stands out on the whole row.
        if (item.rightAway) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case ItemRole::Overdue:
        return overdue && index.column() == DueColumn;
    case Qt::ToolTipRole:
        if (overdue && index.column() == DueColumn)
            return tr("Overdue: it was due on %1. Status: %2.")
                .arg(QLocale().toString(item.dueDate, QLocale::LongFormat),
                     Domain::statusName(item.status));
        if (index.column() == RightAwayColumn)
            return tr("Addressed right away");
        break;
    }
    return {};
}

QVariant ActionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case TextColumn:
        return tr("Action");
    case ConcernColumn:
        return tr("Concern");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case RightAwayColumn:
        return tr("Right away");
    }
    return {};
}

Qt::ItemFlags ActionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled;
    flags |= Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case RightAwayColumn:
        flags |= Qt::ItemIsUserCheckable;
        break;
    case TextColumn:
    case OwnerColumn:
    case DueColumn:
    case StatusColumn:
        flags |= Qt::ItemIsEditable;
        break;
    default: // the rank is the order; the concern is chosen where it is discussed
        break;
    }
    return flags;
}

bool ActionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ActionItem after = m_actions.at(index.row());
    if (index.column() == RightAwayColumn && role == Qt::CheckStateRole) {
        after.rightAway = value.toInt() == Qt::Checked;
        return update(index.row(), after);
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case TextColumn: {
        // An action says what will be done; an emptied text keeps the old one.
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return false;
        const QString stored = after.text;
        after.text = text;
        return settleTyped(index, after.id, text, stored, update(index.row(), after));
    }
    case OwnerColumn: {
        const QString stored = after.owner;
        after.owner = value.toString().trimmed();
        return settleTyped(index, after.id, after.owner, stored, update(index.row(), after));
    }
    case DueColumn:
        // A null or invalid date clears it; a date in the past is allowed.
        after.dueDate = value.toDate();
        if (!after.dueDate.isValid())
            after.dueDate = QDate();
        break;
    case StatusColumn: {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || !Domain::statuses().contains(ActionStatus(status)))
            return false;
        after.status = ActionStatus(status);
        break;
    }
    case RightAwayColumn:
        after.rightAway = value.toBool();
        break;
    default:
        return false;
    }
    return update(index.row(), after);
}

bool ActionModel::settleTyped(const QModelIndex &index, qint64 id, const QString &typed,
                              const QString &stored, bool saved)
{
    if (m_unsaved.settle(id, index.column(), typed, stored, saved))
        emit dataChanged(index, index);
    return saved;
}

bool ActionModel::update(int row, const ActionItem &after)
{
    const ActionItem &before = m_actions.at(row);
    if (after.text == before.text && after.owner == before.owner &&
        after.dueDate == before.dueDate && after.status == before.status &&
        after.rightAway == before.rightAway && after.concernId == before.concernId)
        return false;
    return m_history->record(new UpdateActionCommand(m_store, before, after));
}

qint64 ActionModel::addAction(const QString &text, qint64 concernId, int index)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return 0;
    ActionItem item;
    item.sessionId = m_sessionId;
    item.concernId = concernId;
    item.text = trimmed;
    auto *command = new AddActionCommand(m_store, item, index);
    // A command that was saved lives on the stack; one that failed is gone.
    return m_history->record(command) ? command->actionId() : 0;
}

bool ActionModel::removeAction(int row)
{
    if (row < 0 || row >= m_actions.size())
        return false;
    return m_history->record(new RemoveActionCommand(m_store, m_actions.at(row), row));
}

bool ActionModel::moveAction(int from, int to)
{
    if (from < 0 || from >= m_actions.size() || to < 0 || to >= m_actions.size() || from == to)
        return false;
    return m_history->record(
        new MoveActionCommand(m_store, m_sessionId, m_actions.at(from).id, from, to));
}

int ActionModel::rowOfAction(qint64 id) const
{
    for (int row = 0; row < m_actions.size(); ++row) {
        if (m_actions.at(row).id == id)
            return row;
    }
    return -1;
}

Qt::DropActions ActionModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ActionModel::mimeTypes() const
{
    return {rowsMimeType};
}

QMimeData *ActionModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    return RowMove::encode(rowsMimeType, m_sessionId, indexes.first().row());
}

bool ActionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(rowsMimeType);
}

bool ActionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const int from = RowMove::decode(data, rowsMimeType, m_sessionId, int(m_actions.size()));
    if (from < 0)
        return false;
    return moveAction(from, RowMove::destination(from, row, parent, int(m_actions.size())));
}

void ActionModel::ranksChangedFrom(int first, int last)
{
    if (first <= last && first >= 0 && last < m_actions.size())
        emit dataChanged(index(first, RankColumn), index(last, RankColumn));
}

void ActionModel::onAdded(qint64 sessionId, qint64 actionId)
{
    if (sessionId != m_sessionId)
        return;
    const QVector<ActionItem> fresh = m_store->actions(m_sessionId);
    int row = -1;
    for (int i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i).id == actionId)
            row = i;
    }
    if (row < 0 || fresh.size() != m_actions.size() + 1) {
        reload();
        return;
    }
    // The rows below keep their old rank while the row goes in, and change
    // it after, so a view sees an insertion and then the new numbers.
    beginInsertRows({}, row, row);
    m_actions.insert(row, fresh.at(row));
    endInsertRows();
    m_actions = fresh;
    ranksChangedFrom(row + 1, int(m_actions.size()) - 1);
}

void ActionModel::onRemoved(qint64 sessionId, qint64 actionId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOfAction(actionId);
    if (row < 0)
        return;
    // As for an insertion: first the row goes, then the ranks change.
    beginRemoveRows({}, row, row);
    m_actions.remove(row);
    endRemoveRows();
    m_actions = m_store->actions(m_sessionId);
    ranksChangedFrom(row, int(m_actions.size()) - 1);
}

void ActionModel::onChanged(qint64 sessionId, qint64 actionId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOfAction(actionId);
    const std::optional<ActionItem> fresh = m_store->action(actionId);
    if (row < 0 || !fresh)
        return;
    m_actions[row] = *fresh;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionModel::onMoved(qint64 sessionId, int from, int to)
{
    if (sessionId != m_sessionId)
        return;
    if (from < 0 || from >= m_actions.size() || to < 0 || to >= m_actions.size()) {
        reload();
        return;
    }
    // beginMoveRows wants the row the moved one ends up before.
    const int destination = to > from ? to + 1 : to;
    if (!beginMoveRows({}, from, from, {}, destination)) {
        reload();
        return;
    }
    // The store renumbered exactly the rows between; no need to read them back,
    // which keeps a reorder in a long list within one frame.
    m_actions.move(from, to);
    for (int i = qMin(from, to); i <= qMax(from, to); ++i)
        m_actions[i].rank = i + 1;
    endMoveRows();
    ranksChangedFrom(qMin(from, to), qMax(from, to));
}

void ActionModel::onConcernsChanged(qint64 sessionId)
{
    if (sessionId != m_sessionId)
        return;
    reloadConcerns();
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, ConcernColumn), index(rowCount() - 1, ConcernColumn));
}
