#include "sessionlistmodel.h"

#include "edithistory.h"
#include "sessioncommands.h"
#include "store.h"

#include <QHash>
#include <QLocale>

SessionListModel::SessionListModel(Store *store, EditHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_history(history)
{
    connect(store, &Store::sessionAdded, this, &SessionListModel::addSession);
    connect(store, &Store::sessionChanged, this, &SessionListModel::updateSession);
    connect(store, &Store::sessionRemoved, this, &SessionListModel::removeSession);
    connect(store, &Store::teamsChanged, this, &SessionListModel::updateTeamNames);
    reload();
}

namespace {
// About two screens of rows.
constexpr int pageSize = 64;
} // namespace

void SessionListModel::reload()
{
    beginResetModel();
    m_sessions = m_store->sessionsAfter(nullptr, pageSize);
    m_complete = m_sessions.size() < pageSize;
    endResetModel();
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QVector<SessionSummary> more =
        m_store->sessionsAfter(m_sessions.isEmpty() ? nullptr : &m_sessions.constLast(), pageSize);
    m_complete = more.size() < pageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_sessions.size()), int(m_sessions.size() + more.size()) - 1);
    m_sessions += more;
    endInsertRows();
}

void SessionListModel::fetchAll()
{
    if (!canFetchMore())
        return;
    const QVector<SessionSummary> rest =
        m_store->sessionsAfter(m_sessions.isEmpty() ? nullptr : &m_sessions.constLast(), -1);
    m_complete = true;
    if (rest.isEmpty())
        return;
    beginInsertRows({}, int(m_sessions.size()), int(m_sessions.size() + rest.size()) - 1);
    m_sessions += rest;
    endInsertRows();
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary &session = m_sessions.at(index.row());
    if (const std::optional<QVariant> unsaved = m_unsaved.data(session.id, index.column(), role))
        return *unsaved;
    switch (role) {
    case SessionIdRole:
        return session.id;
    case TeamIdRole:
        return session.teamId;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KindColumn:
            return Domain::kindName(session.kind);
        case TitleColumn:
            return session.title;
        case TeamColumn:
            return session.teamName;
        case CreatedColumn:
            if (role == Qt::EditRole)
                return session.createdAt;
            return QLocale().toString(session.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ConcernsColumn:
            return session.concernCount;
        case ActionsColumn:
            return session.actionCount;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ConcernsColumn || index.column() == ActionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return Domain::plainToolTip(session.title);
        if (index.column() == TeamColumn)
            return Domain::plainToolTip(session.teamName);
        break;
    }
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case TeamColumn:
        return tr("Team");
    case CreatedColumn:
        return tr("Date");
    case ConcernsColumn:
        return tr("Concerns");
    case ActionsColumn:
        return tr("Actions");
    }
    return {};
}

Qt::ItemFlags SessionListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SessionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != TitleColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const SessionSummary &session = m_sessions.at(index.row());
    const QString title = value.toString().trimmed();
    // A session always has a name to find it by; an emptied title keeps the old one.
    if (title.isEmpty())
        return false;
    const qint64 id = session.id;
    const QString stored = session.title;
    const bool saved =
        title != stored && m_history->record(new RenameSessionCommand(m_store, id, stored, title));
    // What was typed stays in the list when it could not be saved.
    if (m_unsaved.settle(id, TitleColumn, title, stored, saved))
        emit dataChanged(index, index);
    return saved;
}

QModelIndex SessionListModel::indexOfSession(qint64 id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

int SessionListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

int SessionListModel::insertionRowFor(const SessionSummary &summary) const
{
    // Newest first; the id breaks ties between sessions made in the same millisecond.
    auto newer = [](const SessionSummary &a, const SessionSummary &b) {
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id > b.id;
    };
    const auto it = std::lower_bound(m_sessions.cbegin(), m_sessions.cend(), summary, newer);
    return int(it - m_sessions.cbegin());
}

void SessionListModel::addSession(qint64 id)
{
    const std::optional<SessionSummary> summary = m_store->session(id);
    if (!summary || rowOf(id) >= 0)
        return;
    const int row = insertionRowFor(*summary);
    // Older than everything loaded so far: it arrives with its page.
    if (row == m_sessions.size() && !m_complete)
        return;
    beginInsertRows({}, row, row);
    m_sessions.insert(row, *summary);
    endInsertRows();
}

void SessionListModel::updateSession(qint64 id)
{
    const int row = rowOf(id);
    const std::optional<SessionSummary> summary = m_store->session(id);
    if (row < 0 || !summary)
        return;
    m_sessions[row] = *summary;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SessionListModel::removeSession(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

void SessionListModel::updateTeamNames()
{
    // One query for the few teams there are, whatever the rows loaded.
    QHash<qint64, QString> names;
    for (const Team &team : m_store->teams())
        names.insert(team.id, team.name);
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_sessions.size(); ++row) {
        SessionSummary &session = m_sessions[row];
        const auto name = names.constFind(session.teamId);
        if (name == names.cend() || *name == session.teamName)
            continue;
        session.teamName = *name;
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        emit dataChanged(index(first, TeamColumn), index(last, TeamColumn));
}

SessionListFilter::SessionListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(SessionListModel::TitleColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void SessionListFilter::setTeamId(qint64 teamId)
{
    if (teamId == m_teamId)
        return;
    m_teamId = teamId;
    invalidateFilter();
}

bool SessionListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_teamId != 0 && sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(SessionListModel::TeamIdRole)
                                 .toLongLong() != m_teamId)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
