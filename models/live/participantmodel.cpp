#include "participantmodel.h"

#include "edithistory.h"
#include "livecommands.h"
#include "rowmove.h"
#include "store.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace {
const QString rowsMimeType = QStringLiteral("application/x-candor-participant-row");
}

ParticipantModel::ParticipantModel(Store *store, EditHistory *history, qint64 sessionId,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_history(history)
    , m_sessionId(sessionId)
{
    connect(store, &Store::participantAdded, this, &ParticipantModel::onAdded);
    connect(store, &Store::participantRemoved, this, &ParticipantModel::onRemoved);
    connect(store, &Store::participantChanged, this, &ParticipantModel::onChanged);
    connect(store, &Store::participantMoved, this, &ParticipantModel::onMoved);
    connect(store, &Store::sessionReplaced, this, [this](qint64 sessionId) {
        if (sessionId == m_sessionId)
            reload();
    });
    reload();
}

void ParticipantModel::reload()
{
    beginResetModel();
    m_participants = m_store->participants(m_sessionId);
    endResetModel();
}

int ParticipantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int ParticipantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ParticipantModel::isDuplicateName(int row) const
{
    const Participant &participant = m_participants.at(row);
    for (int other = 0; other < m_participants.size(); ++other) {
        const Participant &candidate = m_participants.at(other);
        if (other != row &&
            candidate.name.trimmed().compare(participant.name.trimmed(), Qt::CaseInsensitive) ==
                0 &&
            candidate.role.trimmed().compare(participant.role.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList ParticipantModel::indistinguishableNames() const
{
    QStringList names;
    for (int row = 0; row < m_participants.size(); ++row) {
        if (isDuplicateName(row) &&
            !names.contains(m_participants.at(row).name.trimmed(), Qt::CaseInsensitive))
            names.append(m_participants.at(row).name.trimmed());
    }
    return names;
}

QVariant ParticipantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &participant = m_participants.at(index.row());
    if (const std::optional<QVariant> unsaved =
            m_unsaved.data(participant.id, index.column(), role))
        return *unsaved;
    switch (role) {
    case DuplicateNameRole:
        return isDuplicateName(index.row());
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return participant.name;
        if (index.column() == RoleColumn)
            return participant.role;
        if (index.column() == PresentColumn && role == Qt::DisplayRole)
            return participant.present ? tr("Present") : tr("Absent");
        break;
    case Qt::CheckStateRole:
        if (index.column() == PresentColumn)
            return participant.present ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && isDuplicateName(index.row()))
            return Domain::plainToolTip(
                tr("Two participants are called “%1”. Give one a role or an initial so the "
                   "room can tell them apart.")
                    .arg(participant.name));
        break;
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the seat
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case PresentColumn:
        return tr("Here");
    }
    return {};
}

Qt::ItemFlags ParticipantModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled;
    flags |= Qt::ItemIsDragEnabled;
    if (index.column() == PresentColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ParticipantModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Participant &participant = m_participants.at(index.row());
    if (index.column() == PresentColumn && role == Qt::CheckStateRole) {
        const bool present = value.toInt() == Qt::Checked;
        if (present == participant.present)
            return false;
        return recordSeatChange(new SetParticipantFieldCommand(
            m_store, participant.id, ParticipantField::Present, participant.present, present));
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    const bool isName = index.column() == NameColumn;
    if (!isName && index.column() != RoleColumn)
        return false;
    const QString stored = isName ? participant.name : participant.role;
    // Everyone needs a name to be called by; an emptied name keeps the old one.
    if (isName && text.isEmpty())
        return false;
    const qint64 id = participant.id;
    const bool saved =
        text != stored &&
        m_history->record(new SetParticipantFieldCommand(
            m_store, id, isName ? ParticipantField::Name : ParticipantField::Role, stored, text));
    // What was typed stays in the cell when it could not be saved.
    if (m_unsaved.settle(id, index.column(), text, stored, saved))
        emit dataChanged(index, index);
    return saved;
}

qint64 ParticipantModel::addParticipant(const QString &name, const QString &role, int index)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    Participant participant;
    participant.sessionId = m_sessionId;
    participant.name = trimmed;
    participant.role = role.trimmed();
    auto *command = new AddParticipantCommand(m_store, participant, index);
    // A command that was saved lives on the stack; one that failed is gone.
    return recordSeatChange(command) ? command->participantId() : 0;
}

int ParticipantModel::addUsualParticipants()
{
    const QVector<Participant> usual = m_store->usualParticipants(m_sessionId);
    if (usual.isEmpty())
        return 0;
    auto *command = new CompoundCommand(m_store, tr("Add the usual participants"));
    for (const Participant &person : usual)
        command->addStep(new AddParticipantCommand(m_store, person, -1));
    return recordSeatChange(command) ? int(usual.size()) : 0;
}

bool ParticipantModel::removeParticipant(int row)
{
    if (row < 0 || row >= m_participants.size())
        return false;
    return recordSeatChange(new RemoveParticipantCommand(m_store, m_participants.at(row), row));
}

bool ParticipantModel::moveParticipant(int from, int to)
{
    if (from < 0 || from >= m_participants.size() || to < 0 || to >= m_participants.size() ||
        from == to)
        return false;
    return recordSeatChange(
        new MoveParticipantCommand(m_store, m_sessionId, m_participants.at(from).id, from, to));
}

bool ParticipantModel::recordSeatChange(StoreCommand *edit)
{
    StoreCommand *turn = m_turnFollower ? m_turnFollower() : nullptr;
    if (!turn)
        return m_history->record(edit);
    auto *command = new CompoundCommand(m_store, edit->text());
    command->addStep(edit);
    command->addStep(turn);
    return m_history->record(command);
}

int ParticipantModel::rowOfParticipant(qint64 id) const
{
    for (int row = 0; row < m_participants.size(); ++row) {
        if (m_participants.at(row).id == id)
            return row;
    }
    return -1;
}

Qt::DropActions ParticipantModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ParticipantModel::mimeTypes() const
{
    return {rowsMimeType};
}

QMimeData *ParticipantModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    return RowMove::encode(rowsMimeType, m_sessionId, indexes.first().row());
}

bool ParticipantModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(rowsMimeType);
}

bool ParticipantModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const int from = RowMove::decode(data, rowsMimeType, m_sessionId, int(m_participants.size()));
    if (from < 0)
        return false;
    return moveParticipant(from,
                           RowMove::destination(from, row, parent, int(m_participants.size())));
}

void ParticipantModel::onAdded(qint64 sessionId, qint64 participantId)
{
    if (sessionId != m_sessionId)
        return;
    const QVector<Participant> fresh = m_store->participants(m_sessionId);
    int row = -1;
    for (int i = 0; i < fresh.size(); ++i) {
        if (fresh.at(i).id == participantId)
            row = i;
    }
    if (row < 0 || fresh.size() != m_participants.size() + 1) {
        reload();
        return;
    }
    beginInsertRows({}, row, row);
    m_participants = fresh;
    endInsertRows();
    emit headerDataChanged(Qt::Vertical, 0, int(m_participants.size()) - 1);
    // A new name can make an older one ambiguous.
    emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
}

void ParticipantModel::onRemoved(qint64 sessionId, qint64 participantId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOfParticipant(participantId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_participants = m_store->participants(m_sessionId);
    endRemoveRows();
    if (!m_participants.isEmpty()) {
        emit headerDataChanged(Qt::Vertical, 0, int(m_participants.size()) - 1);
        emit dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn));
    }
}

void ParticipantModel::onChanged(qint64 sessionId, qint64 participantId)
{
    if (sessionId != m_sessionId)
        return;
    const int row = rowOfParticipant(participantId);
    if (row < 0)
        return;
    m_participants = m_store->participants(m_sessionId);
    // Duplicate-name marks depend on every row.
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ParticipantModel::onMoved(qint64 sessionId, int from, int to)
{
    if (sessionId != m_sessionId)
        return;
    // beginMoveRows wants the row the moved one ends up before.
    const int destination = to > from ? to + 1 : to;
    if (!beginMoveRows({}, from, from, {}, destination)) {
        reload();
        return;
    }
    m_participants = m_store->participants(m_sessionId);
    endMoveRows();
    emit headerDataChanged(Qt::Vertical, 0, int(m_participants.size()) - 1);
}
