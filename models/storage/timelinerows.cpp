#include "timelinerows.h"

#include "identity.h"
#include "rowmappers.h"
#include "storeconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace RowMappers;

TimelineRows::TimelineRows(Store &store, StoreConnection &db)
    : m_store(store)
    , m_db(db)
{}

// The incident's timeline

QVector<TimelineEntry> TimelineRows::timeline(qint64 sessionId) const
{
    return m_db.readRows(QLatin1String(timelineColumns) +
                             QLatin1String(" WHERE session_id = ? ORDER BY position, id"),
                         {sessionId}, timelineEntryFrom);
}

qint64 TimelineRows::addTimelineEntry(const TimelineEntry &entry, int index)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the timeline entry"), [&](QSqlQuery &query) {
        const QVector<qint64> entries = idsOf(timeline(entry.sessionId));
        if (!m_db.run(query,
                      QStringLiteral("INSERT INTO timeline_entries (session_id, position,"
                                     " happened_at, description, uuid, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {entry.sessionId, int(entries.size()) + 1, textValue(entry.happenedAt),
                       textValue(entry.description), Identity::newUuid(), m_db.nowText()}))
            return false;
        id = m_db.returnedId(query);
        const QVector<qint64> order = withInsertedAt(entries, id, index);
        return m_db.renumber(query, QStringLiteral("timeline_entries"), QStringLiteral("position"),
                             order, int(order.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 sessionId = entry.sessionId;
    m_db.notify([this, sessionId] { emit m_store.timelineChanged(sessionId); });
    return id;
}

bool TimelineRows::removeTimelineEntry(qint64 entryId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = m_db.write(tr("the removal of the timeline entry"), [&](QSqlQuery &query) {
        if (!m_db.snapshotRows(query, QStringLiteral("timeline_entries"), QStringLiteral("id"),
                               entryId, &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_db.setLastError(tr("it no longer exists"));
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        return m_db.run(query, QStringLiteral("DELETE FROM timeline_entries WHERE id = ?"),
                        {entryId}) &&
               m_db.renumber(query, QStringLiteral("timeline_entries"), QStringLiteral("position"),
                             idsOf(timeline(sessionId)));
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    m_db.notify([this, sessionId] { emit m_store.timelineChanged(sessionId); });
    return true;
}

bool TimelineRows::restoreTimelineEntry(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = m_db.write(tr("the timeline entry"), [&](QSqlQuery &query) {
        return m_db.insertRows(query, removed) &&
               m_db.renumber(query, QStringLiteral("timeline_entries"), QStringLiteral("position"),
                             withInsertedAt(idsOf(timeline(sessionId)), id, index));
    });
    if (ok)
        m_db.notify([this, sessionId] { emit m_store.timelineChanged(sessionId); });
    return ok;
}

bool TimelineRows::setTimelineEntry(qint64 entryId, const QString &happenedAt,
                                    const QString &description)
{
    const bool ok = m_db.write(tr("the timeline entry"), [&](QSqlQuery &query) {
        return m_db.updateRow(query, QStringLiteral("timeline_entries"), entryId,
                              {{QStringLiteral("happened_at"), textValue(happenedAt)},
                               {QStringLiteral("description"), textValue(description)}},
                              {});
    });
    if (ok) {
        const qint64 sessionId = sessionOfTimelineEntry(entryId);
        m_db.notify([this, sessionId] { emit m_store.timelineChanged(sessionId); });
    }
    return ok;
}

bool TimelineRows::updateTimelineEntry(const TimelineEntry &before, const TimelineEntry &after)
{
    QVector<ColumnValue> set;
    QVector<ColumnValue> expected;
    if (after.happenedAt != before.happenedAt) {
        set.append({QStringLiteral("happened_at"), textValue(after.happenedAt)});
        expected.append({QStringLiteral("happened_at"), textValue(before.happenedAt)});
    }
    if (after.description != before.description) {
        set.append({QStringLiteral("description"), textValue(after.description)});
        expected.append({QStringLiteral("description"), textValue(before.description)});
    }
    if (set.isEmpty())
        return true;
    const bool ok = m_db.write(tr("the timeline entry"), [&](QSqlQuery &query) {
        return m_db.updateRow(query, QStringLiteral("timeline_entries"), after.id, set, expected);
    });
    if (ok) {
        const qint64 sessionId = sessionOfTimelineEntry(after.id);
        m_db.notify([this, sessionId] { emit m_store.timelineChanged(sessionId); });
    }
    return ok;
}

qint64 TimelineRows::sessionOfTimelineEntry(qint64 entryId) const
{
    return m_db.lookUp(QStringLiteral("SELECT session_id FROM timeline_entries WHERE id = ?"),
                       entryId);
}
