#pragma once

#include "domain.h"
#include "today.h"
#include "unsavededits.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

#include <functional>

class EditHistory;
class Store;

// Every action of every session, for following them up between sessions.
// Status, owner and due date are edited in place, as undoable commands on
// the stack given (the main window's, outside any one session).
class FollowUpModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TeamColumn,
        SessionColumn,
        TextColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        ActionIdRole = Qt::UserRole + 1,
        SessionIdRole,
        TeamIdRole,
        StatusRole,
        OverdueRole,
        DueDateRole,
    };

    FollowUpModel(Store *store, EditHistory *history, QObject *parent = nullptr);

    // "Today" for overdue marks; tests set their own.
    void setToday(std::function<QDate()> today);
    QDate today() const { return m_today.date(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void reload();
    const QVector<FollowUpItem> &items() const { return m_items; }

private:
    void onActionChanged(qint64 sessionId, qint64 actionId);
    int rowOf(qint64 actionId) const;

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    Today m_today;
    QVector<FollowUpItem> m_items;
};

// What the follow-up view shows: by default the actions still to do, with
// optional filters, sorted by due date (no date last).
class FollowUpFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FollowUpFilter(QObject *parent = nullptr);

    void setOwner(const QString &owner); // part of the name, any case; empty: anyone
    void setStatuses(const QList<ActionStatus> &statuses); // empty: all
    void setOverdueOnly(bool overdueOnly);
    void setSessionId(qint64 sessionId); // 0: every session
    void setTeamId(qint64 teamId);       // 0: every team

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_owner;
    QList<ActionStatus> m_statuses{ActionStatus::Open, ActionStatus::InProgress};
    bool m_overdueOnly = false;
    qint64 m_sessionId = 0;
    qint64 m_teamId = 0;
};
