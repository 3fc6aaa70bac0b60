#pragma once

#include "domain.h"
#include "unsavededits.h"

#include <QAbstractTableModel>
#include <QVector>

class EditHistory;
class Store;

// The step that opens a session when earlier ones left actions open: each
// gets an outcome (done, still open, dropped), stored with this session and
// reflected in the action's status; owner and due date can be corrected.
class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SessionColumn, TextColumn, OwnerColumn, DueColumn, OutcomeColumn, ColumnCount };
    enum Role { ActionIdRole = Qt::UserRole + 1, OutcomeRole };

    ReviewModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool review(int row, ReviewOutcome outcome);
    int reviewedCount() const;
    const QVector<ReviewItem> &items() const { return m_items; }

private:
    void refresh(qint64 actionId);
    int rowOf(qint64 actionId) const;

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    qint64 m_sessionId;
    QVector<ReviewItem> m_items;
};
