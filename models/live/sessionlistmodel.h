#pragma once

#include "domain.h"
#include "unsavededits.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

class EditHistory;
class Store;

// The stored sessions, newest first. Renaming through setData() goes on the
// undo stack like every other edit; the rows follow the store's signals,
// a renamed team included.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        TitleColumn,
        TeamColumn,
        CreatedColumn,
        ConcernsColumn,
        ActionsColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1, TeamIdRole };

    SessionListModel(Store *store, EditHistory *history, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Loads the newest sessions; older ones follow through fetchMore(), so
    // the window shows its first screen without reading a thousand rows.
    void reload();
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void fetchAll();
    QModelIndex indexOfSession(qint64 id, int column = TitleColumn) const;
    SessionSummary sessionAt(int row) const { return m_sessions.at(row); }

private:
    void addSession(qint64 id);
    void updateSession(qint64 id);
    void removeSession(qint64 id);
    void updateTeamNames();
    int rowOf(qint64 id) const;
    int insertionRowFor(const SessionSummary &summary) const;

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    QVector<SessionSummary> m_sessions;
    bool m_complete = false;
};

// What the session list shows: titles containing the search text (the
// proxy's fixed-string filter on the title), of one team or of all.
class SessionListFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionListFilter(QObject *parent = nullptr);

    qint64 teamId() const { return m_teamId; }
    void setTeamId(qint64 teamId); // 0: every team

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_teamId = 0;
};
