#pragma once

#include "domain.h"
#include "unsavededits.h"

#include <QAbstractTableModel>
#include <QVector>

#include <functional>

class EditHistory;
class StoreCommand;
class Store;

// A session's participants in seat order. Every edit (name, role, present,
// seat order by drag or by keyboard) is an undoable command; the rows follow
// the store's signals.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, PresentColumn, ColumnCount };
    enum Role { DuplicateNameRole = Qt::UserRole + 1 };

    ParticipantModel(Store *store, EditHistory *history, qint64 sessionId,
                     QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // Appends (or inserts at index, for a late arrival taking their seat).
    // During sharing, a change of seats (someone added, removed, moved, or
    // marked present or absent) moves the turn in the same step: the
    // follower returns that step, taken before the change, or nullptr.
    using TurnFollower = std::function<StoreCommand *()>;
    void setTurnFollower(TurnFollower follower) { m_turnFollower = std::move(follower); }

    qint64 addParticipant(const QString &name, const QString &role, int index = -1);
    // Seats the team's usual participants not yet here, in one undo step;
    // how many were added.
    int addUsualParticipants();
    bool removeParticipant(int row);
    bool moveParticipant(int from, int to);

    const QVector<Participant> &participants() const { return m_participants; }
    int rowOfParticipant(qint64 id) const;
    // Names that appear more than once with nothing (role) to tell them apart.
    QStringList indistinguishableNames() const;

private:
    // Records edit, with the turn's step when seats change during sharing;
    // true when it was saved.
    bool recordSeatChange(StoreCommand *edit);
    void reload();
    void onAdded(qint64 sessionId, qint64 participantId);
    void onRemoved(qint64 sessionId, qint64 participantId);
    void onChanged(qint64 sessionId, qint64 participantId);
    void onMoved(qint64 sessionId, int from, int to);
    bool isDuplicateName(int row) const;

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    qint64 m_sessionId;
    TurnFollower m_turnFollower;
    QVector<Participant> m_participants;
};
