#pragma once

#include "store.h"

#include <QCoreApplication>

class StoreConnection;

// The incident's timeline of a post-mortem, in order.
// One part of the Store: the Store's own declarations say what each call
// does; this holds the SQL for these tables.
class TimelineRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    TimelineRows(Store &store, StoreConnection &db);

    QVector<TimelineEntry> timeline(qint64 sessionId) const;
    qint64 addTimelineEntry(const TimelineEntry &entry, int index);
    bool removeTimelineEntry(qint64 entryId, RemovedRows *removed);
    bool restoreTimelineEntry(const RemovedRows &removed, int index);
    bool setTimelineEntry(qint64 entryId, const QString &happenedAt, const QString &description);
    bool updateTimelineEntry(const TimelineEntry &before, const TimelineEntry &after);

private:
    qint64 sessionOfTimelineEntry(qint64 entryId) const;

    Store &m_store;
    StoreConnection &m_db;
};
