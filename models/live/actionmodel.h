#pragma once

#include "domain.h"
#include "today.h"
#include "unsavededits.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

#include <functional>

class EditHistory;
class Store;

// A session's action items in rank order, as the product manager
// prioritizes them. Every edit (fields, rank by drag or by keyboard,
// adding, removing) is an undoable command; rows follow the store's
// signals one by one so selections survive.
class ActionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        TextColumn,
        ConcernColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        RightAwayColumn,
        ColumnCount
    };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        ConcernIdRole,
        OverdueRole,
        RightAwayRole,
        // Where the linked concern was shared; free-standing actions last.
        ConcernOrderRole,
        RankRole,
    };

    ActionModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent = nullptr);

    // What "today" is for overdue marks; tests pin it.
    void setToday(std::function<QDate()> today);
    QDate today() const { return m_today.date(); }

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

    // Returns the new action's id, or 0 when refused (an empty text) or
    // not stored. index: place in the rank order, -1 for last.
    qint64 addAction(const QString &text, qint64 concernId = 0, int index = -1);
    bool removeAction(int row);
    bool moveAction(int from, int to);

    const QVector<ActionItem> &actions() const { return m_actions; }
    int rowOfAction(qint64 id) const;
    qint64 sessionId() const { return m_sessionId; }

private:
    // Keeps what was typed into a text cell when it was not saved.
    bool settleTyped(const QModelIndex &index, qint64 id, const QString &typed,
                     const QString &stored, bool saved);
    void reload();
    void reloadConcerns();
    void onAdded(qint64 sessionId, qint64 actionId);
    void onRemoved(qint64 sessionId, qint64 actionId);
    void onChanged(qint64 sessionId, qint64 actionId);
    void onMoved(qint64 sessionId, int from, int to);
    void onConcernsChanged(qint64 sessionId);
    void ranksChangedFrom(int first, int last);
    bool update(int row, const ActionItem &after);

    struct ConcernInfo
    {
        QString summary;
        int position = 0;
    };

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    qint64 m_sessionId;
    Today m_today;
    QVector<ActionItem> m_actions;
    QHash<qint64, ConcernInfo> m_concerns;
};
