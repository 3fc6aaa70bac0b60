#include "concernmodel.h"

#include "edithistory.h"
#include "livecommands.h"
#include "store.h"

ConcernModel::ConcernModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_history(history)
    , m_sessionId(sessionId)
{
    connect(store, &Store::concernAdded, this, &ConcernModel::onAdded);
    connect(store, &Store::concernRemoved, this, &ConcernModel::onRemoved);
    connect(store, &Store::concernChanged, this, &ConcernModel::onChanged);
    connect(store, &Store::sessionReplaced, this, [this](qint64 sessionId) {
        if (sessionId == m_sessionId)
            reload();
    });
    auto speakersChanged = [this](qint64 sessionId) {
        if (sessionId != m_sessionId)
            return;
        // Names are needed before anyone shares, so they are always re-read.
        reloadSpeakers();
        if (!m_concerns.isEmpty())
            emit dataChanged(index(0, SpeakerColumn), index(rowCount() - 1, SpeakerColumn));
    };
    connect(store, &Store::participantChanged, this, speakersChanged);
    connect(store, &Store::participantAdded, this, speakersChanged);
    connect(store, &Store::participantRemoved, this, speakersChanged);
    reload();
}

void ConcernModel::reload()
{
    beginResetModel();
    m_concerns = m_store->concerns(m_sessionId);
    reloadSpeakers();
    recountTallies();
    endResetModel();
}

void ConcernModel::reloadSpeakers()
{
    m_speakers.clear();
    for (const Participant &participant : m_store->participants(m_sessionId))
        m_speakers.insert(participant.id, participant.name);
}

void ConcernModel::recountTallies()
{
    m_tallies = Domain::tallies(m_concerns);
    m_maximumTally = 0;
    m_unmerged = 0;
    for (const Concern &concern : std::as_const(m_concerns))
        m_unmerged += concern.mergedIntoId == 0 ? 1 : 0;
    for (auto it = m_tallies.cbegin(); it != m_tallies.cend(); ++it)
        m_maximumTally = qMax(m_maximumTally, it.value());
}

int ConcernModel::tally(qint64 concernId) const
{
    return m_tallies.value(concernId);
}

int ConcernModel::unmergedCount() const
{
    return m_unmerged;
}

int ConcernModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_concerns.size());
}

int ConcernModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConcernModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Concern &concern = m_concerns.at(index.row());
    if (const std::optional<QVariant> unsaved = m_unsaved.data(concern.id, index.column(), role))
        return *unsaved;
    switch (role) {
    case ConcernIdRole:
        return concern.id;
    case TallyRole:
        return concern.mergedIntoId ? concern.ownTally() : tally(concern.id);
    case MaximumTallyRole:
        return m_maximumTally;
    case MergedIntoRole:
        return concern.mergedIntoId;
    case CategoryRole:
        return int(concern.category);
    case PositionRole:
        return concern.position;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case PositionColumn:
            return concern.position;
        case SummaryColumn:
            if (role == Qt::DisplayRole && concern.mergedIntoId) {
                const int target = rowOfConcern(concern.mergedIntoId);
                if (target >= 0)
                    return tr("%1 (merged into #%2)")
                        .arg(concern.summary)
                        .arg(m_concerns.at(target).position);
            }
            return concern.summary;
        case TallyColumn:
            return concern.mergedIntoId ? concern.ownTally() : tally(concern.id);
        case HandsColumn:
            return concern.handsRaised;
        case CategoryColumn:
            if (role == Qt::EditRole)
                return int(concern.category);
            return concern.category == ConcernCategory::None
                       ? QString()
                       : Domain::categoryName(concern.category);
        case RoundColumn:
            return concern.round;
        case SpeakerColumn:
            return m_speakers.value(concern.speakerId);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != SummaryColumn && index.column() != CategoryColumn &&
            index.column() != SpeakerColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::AccessibleTextRole:
        // The bar is drawn; a screen reader says what it shows.
        if (index.column() == TallyColumn)
            return tr("%n people wrote this", nullptr,
                      concern.mergedIntoId ? concern.ownTally() : tally(concern.id));
        break;
    case Qt::ToolTipRole:
        if (index.column() == TallyColumn)
            return tr("%1: %2", "tally tooltip: how many wrote it, then who")
                .arg(tr("%n people wrote this", nullptr,
                        concern.mergedIntoId ? concern.ownTally() : tally(concern.id)),
                     tr("the speaker and %n raised hand(s)", nullptr, concern.handsRaised));
        if (index.column() == SummaryColumn)
            return Domain::plainToolTip(concern.summary);
        break;
    }
    return {};
}

QVariant ConcernModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("#");
    case SummaryColumn:
        return tr("Concern");
    case TallyColumn:
        return tr("Wrote it");
    case HandsColumn:
        return tr("Hands");
    case CategoryColumn:
        return tr("Category");
    case RoundColumn:
        return tr("Round");
    case SpeakerColumn:
        return tr("Shared by");
    }
    return {};
}

Qt::ItemFlags ConcernModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == SummaryColumn || index.column() == HandsColumn ||
                            index.column() == CategoryColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ConcernModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Concern &concern = m_concerns.at(index.row());
    switch (index.column()) {
    case SummaryColumn: {
        const QString summary = value.toString();
        if (summary.trimmed().isEmpty())
            return false;
        const qint64 id = concern.id;
        const QString stored = concern.summary;
        const bool saved =
            summary != stored && m_history->record(new SetConcernFieldCommand(
                                     m_store, id, ConcernField::Summary, stored, summary));
        // What was typed stays in the cell when it could not be saved.
        if (m_unsaved.settle(id, SummaryColumn, summary, stored, saved))
            emit dataChanged(index, index);
        return saved;
    }
    case HandsColumn: {
        bool ok = false;
        const int hands = value.toInt(&ok);
        if (!ok || hands < 0 || hands == concern.handsRaised)
            return false;
        return m_history->record(new SetConcernFieldCommand(
            m_store, concern.id, ConcernField::Hands, concern.handsRaised, hands));
    }
    case CategoryColumn: {
        const int category = value.toInt();
        if (category == int(concern.category) || category < 0 ||
            category > int(ConcernCategory::Other))
            return false;
        return m_history->record(new SetConcernFieldCommand(
            m_store, concern.id, ConcernField::Category, int(concern.category), category));
    }
    }
    return false;
}

bool ConcernModel::merge(qint64 concernId, qint64 intoId)
{
    const int row = rowOfConcern(concernId);
    int target = rowOfConcern(intoId);
    if (row < 0 || target < 0 || concernId == intoId)
        return false;
    // Merging into a duplicate means merging into the concern it joined.
    if (m_concerns.at(target).mergedIntoId)
        intoId = m_concerns.at(target).mergedIntoId;
    if (intoId == concernId)
        return false;
    // Duplicates already merged into this one follow it to the new target,
    // in the same step and the same transaction.
    auto *command = new CompoundCommand(m_store, tr("Merge concerns"));
    for (const Concern &concern : std::as_const(m_concerns)) {
        if (concern.mergedIntoId == concernId)
            command->addStep(new SetConcernFieldCommand(
                m_store, concern.id, ConcernField::MergedInto, concernId, intoId));
    }
    command->addStep(new SetConcernFieldCommand(m_store, concernId, ConcernField::MergedInto,
                                                m_concerns.at(row).mergedIntoId, intoId));
    return m_history->record(command);
}

int ConcernModel::rowOfConcern(qint64 id) const
{
    // Concerns are in sharing order and rarely many; recent ones are asked for most.
    for (int row = int(m_concerns.size()) - 1; row >= 0; --row) {
        if (m_concerns.at(row).id == id)
            return row;
    }
    return -1;
}

void ConcernModel::onAdded(qint64 sessionId, qint64 concernId)
{
    if (sessionId != m_sessionId)
        return;
    // Read just the new row: this runs on every Enter during sharing, in
    // sessions of any size.
    const std::optional<Concern> added = m_store->concern(concernId);
    if (!added || rowOfConcern(concernId) >= 0) {
        reload();
        return;
    }
    auto later = [](const Concern &a, const Concern &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    };
    const int row = int(std::upper_bound(m_concerns.cbegin(), m_concerns.cend(), *added, later) -
                        m_concerns.cbegin());
    const int oldMaximum = m_maximumTally;
    beginInsertRows({}, row, row);
    m_concerns.insert(row, *added);
    // One more concern changes one tally: this runs at every Enter of
    // sharing, whatever the size of the session.
    const int tally = m_tallies[Domain::tallyRootId(*added)] += added->ownTally();
    m_maximumTally = std::max(m_maximumTally, tally);
    m_unmerged += added->mergedIntoId == 0 ? 1 : 0;
    endInsertRows();
    if (oldMaximum != m_maximumTally && rowCount() > 1)
        emit dataChanged(index(0, TallyColumn), index(rowCount() - 1, TallyColumn));
}

void ConcernModel::onRemoved(qint64 sessionId, qint64 concernId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOfConcern(concernId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_concerns.removeAt(row);
    recountTallies();
    endRemoveRows();
    if (!m_concerns.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ConcernModel::onChanged(qint64 sessionId, qint64 concernId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOfConcern(concernId);
    const std::optional<Concern> fresh = m_store->concern(concernId);
    if (row < 0 || !fresh) {
        reload();
        return;
    }
    // Typing in the discussion changes one concern per keystroke: read that
    // one row back, not the whole session.
    const Concern &old = m_concerns.at(row);
    const bool talliesMove =
        old.handsRaised != fresh->handsRaised || old.mergedIntoId != fresh->mergedIntoId;
    m_concerns[row] = *fresh;
    if (!talliesMove) {
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    recountTallies();
    // A hand count or a merge moves tallies and bars on other rows too.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

RankedConcernModel::RankedConcernModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(ConcernModel::TallyColumn, Qt::DescendingOrder);
}

void RankedConcernModel::setCategoryFilter(std::optional<ConcernCategory> category)
{
    m_category = category;
    invalidateFilter();
}

QVariant RankedConcernModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The rank is the row in this order, not anything stored; as a header it
    // may change when rows arrive above it.
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool RankedConcernModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ConcernModel::MergedIntoRole).toLongLong() != 0)
        return false;
    return !m_category || index.data(ConcernModel::CategoryRole).toInt() == int(*m_category);
}

bool RankedConcernModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Sorted descending, so "less" is ranking below.
    return Domain::ranksBefore(
        right.data(ConcernModel::TallyRole).toInt(), right.data(ConcernModel::PositionRole).toInt(),
        left.data(ConcernModel::TallyRole).toInt(), left.data(ConcernModel::PositionRole).toInt());
}
