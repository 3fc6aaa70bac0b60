#pragma once

#include "domain.h"
#include "storetablemodel.h"
#include "unsavededits.h"

#include <QVector>

class EditHistory;
class Store;

// A post-mortem's timeline of timestamped events, in the order they were
// entered. Every edit is an undoable command on the session's stack; the
// rows follow the store, so undo, redo and other views show up here too.
class TimelineModel : public StoreTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    TimelineModel(Store *store, EditHistory *history, qint64 sessionId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Inserts at index (-1: at the end). The time is free text, kept as
    // typed ("14:02", "Tue 09:30"). Returns false when nothing was added.
    bool addEntry(const QString &when, const QString &what, int index = -1);
    bool removeEntry(int row);

    const QVector<TimelineEntry> &entries() const { return m_entries; }

private:
    void reload(qint64 sessionId);

    Store *m_store;
    EditHistory *m_history;
    UnsavedEdits m_unsaved;
    qint64 m_sessionId;
    QVector<TimelineEntry> m_entries;
};
