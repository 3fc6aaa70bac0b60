#pragma once

#include "domain.h"
#include "unsavededits.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVector>

class EditHistory;
class Store;

// A session's concerns in sharing order, merged duplicates included. The
// tally of a concern is everyone who wrote it: its speaker, the hands that
// went up, and the same for every duplicate merged into it.
class ConcernModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PositionColumn,
        SummaryColumn,
        TallyColumn,
        HandsColumn,
        CategoryColumn,
        RoundColumn,
        SpeakerColumn,
        ColumnCount
    };
    enum Role {
        ConcernIdRole = Qt::UserRole + 1,
        TallyRole,
        MergedIntoRole,
        CategoryRole,
        PositionRole,
        MaximumTallyRole,
    };

    ConcernModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const QVector<Concern> &concerns() const { return m_concerns; }
    int rowOfConcern(qint64 id) const;
    int tally(qint64 concernId) const;
    // Merges a duplicate into an earlier concern; both texts stay.
    bool merge(qint64 concernId, qint64 intoId);
    int unmergedCount() const;

private:
    void reload();
    void reloadSpeakers();
    void onAdded(qint64 sessionId, qint64 concernId);
    void onRemoved(qint64 sessionId, qint64 concernId);
    void onChanged(qint64 sessionId, qint64 concernId);
    void recountTallies();

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    qint64 m_sessionId;
    QVector<Concern> m_concerns;
    QHash<qint64, int> m_tallies; // concern id -> tally including merged duplicates
    QHash<qint64, QString> m_speakers;
    int m_maximumTally = 0;
    int m_unmerged = 0; // concerns not merged into another
};

// The ranked list: concerns that were not merged away, most-written first,
// ties in sharing order, optionally one category only.
class RankedConcernModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RankedConcernModel(QObject *parent = nullptr);
    void setCategoryFilter(std::optional<ConcernCategory> category);
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<ConcernCategory> m_category;
};
