#pragma once

#include "store.h"

#include <QCoreApplication>

class StoreConnection;

// Action items in rank order, and their review at a later session.
// One part of the Store: the Store's own declarations say what each call
// does; this holds the SQL for these tables.
class ActionRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    ActionRows(Store &store, StoreConnection &db);

    QVector<ActionItem> actions(qint64 sessionId) const;
    std::optional<ActionItem> action(qint64 actionId) const;
    qint64 addAction(const ActionItem &item, int index);
    bool removeAction(qint64 actionId, RemovedRows *removed);
    bool restoreAction(const RemovedRows &removed, int index);
    bool updateAction(const ActionItem &before, const ActionItem &after);
    bool moveAction(qint64 sessionId, int from, int to, qint64 expectedId);
    QVector<FollowUpItem> allActions() const;
    QVector<ReviewItem> actionsToReview(qint64 sessionId) const;
    bool setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome, ActionStatus status,
                   const std::optional<ActionStatus> &expectedStatus);

private:
    qint64 sessionOfAction(qint64 actionId) const;

    Store &m_store;
    StoreConnection &m_db;
};
