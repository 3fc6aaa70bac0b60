#pragma once

#include "domain.h"

#include <QAbstractTableModel>
#include <QVector>

class QUndoStack;
class Store;

// A session's participants in seat order. Every edit (name, role, present,
// seat order by drag or by keyboard) is an undoable command; the rows follow
// the store's signals.
class ParticipantModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, RoleColumn, PresentColumn, ColumnCount };
    enum Role { ParticipantIdRole = Qt::UserRole + 1, DuplicateNameRole };

    ParticipantModel(Store *store, QUndoStack *undoStack, qint64 sessionId,
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
    qint64 addParticipant(const QString &name, const QString &role, int index = -1);
    bool removeParticipant(int row);
    bool moveParticipant(int from, int to);

    const QVector<Participant> &participants() const { return m_participants; }
    int rowOfParticipant(qint64 id) const;
    // Names that appear more than once with nothing (role) to tell them apart.
    QStringList indistinguishableNames() const;

private:
    void reload();
    void onAdded(qint64 sessionId, qint64 participantId);
    void onRemoved(qint64 sessionId, qint64 participantId);
    void onChanged(qint64 sessionId, qint64 participantId);
    void onMoved(qint64 sessionId, int from, int to);
    bool isDuplicateName(int row) const;

    Store *m_store;
    QUndoStack *m_undoStack;
    qint64 m_sessionId;
    QVector<Participant> m_participants;
};
