#pragma once

#include "store.h"
#include "storeconnection.h"

#include <QCoreApplication>

class SessionRows;

// What people wrote, with its discussion, and the five whys of each.
// One part of the Store: the Store's own declarations say what each call
// does; this holds the SQL for these tables.
class ConcernRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ConcernRows(Store &store, StoreConnection &db, SessionRows &sessions);

    QVector<Concern> concerns(qint64 sessionId) const;
    std::optional<Concern> concern(qint64 concernId) const;
    qint64 recordConcern(const Concern &concern, const TurnState &turnAfter);
    bool removeConcern(qint64 concernId, const TurnState &turnAfter, RemovedRows *removed);
    bool restoreConcern(const RemovedRows &removed, const TurnState &turnAfter);
    bool setConcernField(qint64 concernId, ConcernField field, const QVariant &value,
                         const std::optional<QVariant> &expected);
    bool setConcernSummary(qint64 concernId, const QString &summary);
    bool setConcernMergedInto(qint64 concernId, qint64 intoId);
    bool setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text);
    QVector<Why> whys(qint64 concernId) const;
    qint64 addWhy(const Why &why, int index);
    bool removeWhy(qint64 whyId, RemovedRows *removed);
    bool restoreWhy(const RemovedRows &removed, int index);
    bool setWhy(qint64 whyId, const QString &question, const QString &answer);
    bool updateWhy(const Why &before, const Why &after);

private:
    bool updateConcern(qint64 concernId, const ColumnValue &change,
                       const std::optional<QVariant> &expected, const QString &what);
    qint64 sessionOfConcern(qint64 concernId) const;
    qint64 concernOfWhy(qint64 whyId) const;

    Store &m_store;
    StoreConnection &m_db;
    SessionRows &m_sessions;
};
