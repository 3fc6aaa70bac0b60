#include "actionrows.h"

#include "identity.h"
#include "rowmappers.h"
#include "storeconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace RowMappers;

ActionRows::ActionRows(Store &store, StoreConnection &db)
    : m_store(store)
    , m_db(db)
{}

// Actions and their review

QVector<ActionItem> ActionRows::actions(qint64 sessionId) const
{
    return m_db.readRows(QLatin1String(actionColumns) +
                             QLatin1String(" WHERE session_id = ? ORDER BY rank, id"),
                         {sessionId}, actionFrom);
}

std::optional<ActionItem> ActionRows::action(qint64 actionId) const
{
    return m_db.readRow(QLatin1String(actionColumns) + QLatin1String(" WHERE id = ?"), {actionId},
                        actionFrom);
}

qint64 ActionRows::addAction(const ActionItem &item, int index)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the action"), [&](QSqlQuery &query) {
        const QVector<qint64> ranked = idsOf(actions(item.sessionId));
        const QString time = m_db.nowText();
        if (!m_db.run(
                query,
                QStringLiteral("INSERT INTO actions (session_id, concern_id, text, owner,"
                               " due_date, status, rank, right_away, created_at, updated_at,"
                               " uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {item.sessionId, idOrNull(item.concernId), textValue(item.text),
                 textValue(item.owner), dateOrNull(item.dueDate), Domain::statusKey(item.status),
                 int(ranked.size()) + 1, flag(item.rightAway), time, time, Identity::newUuid()}))
            return false;
        id = m_db.returnedId(query);
        const QVector<qint64> order = withInsertedAt(ranked, id, index);
        return m_db.renumber(query, QStringLiteral("actions"), QStringLiteral("rank"), order,
                             int(order.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 sessionId = item.sessionId;
    m_db.notify([this, sessionId, id] {
        emit m_store.actionAdded(sessionId, id);
        emit m_store.sessionChanged(sessionId);
    });
    return id;
}

bool ActionRows::removeAction(qint64 actionId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = m_db.write(tr("the removal of the action"), [&](QSqlQuery &query) {
        if (!m_db.snapshotRows(query, QStringLiteral("actions"), QStringLiteral("id"), actionId,
                               &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_db.setLastError(tr("it no longer exists"));
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        // Reviews of it in later sessions go with it, and come back with it.
        return m_db.snapshotRows(query, QStringLiteral("action_reviews"),
                                 QStringLiteral("action_id"), actionId, &taken) &&
               m_db.run(query, QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId}) &&
               m_db.renumber(query, QStringLiteral("actions"), QStringLiteral("rank"),
                             idsOf(actions(sessionId)));
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    m_db.notify([this, sessionId, actionId, taken] {
        emit m_store.actionRemoved(sessionId, actionId);
        for (const RemovedRows::Row &row : taken.rows) {
            if (row.table == QLatin1String("action_reviews"))
                emit m_store.reviewChanged(
                    row.values.at(row.columns.indexOf(QStringLiteral("session_id"))).toLongLong(),
                    actionId);
        }
        emit m_store.sessionChanged(sessionId);
    });
    return true;
}

bool ActionRows::restoreAction(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = m_db.write(tr("the action"), [&](QSqlQuery &query) {
        if (!m_db.insertRows(query, removed))
            return false;
        return m_db.renumber(query, QStringLiteral("actions"), QStringLiteral("rank"),
                             withInsertedAt(idsOf(actions(sessionId)), id, index));
    });
    if (!ok)
        return false;
    m_db.notify([this, sessionId, id, removed] {
        emit m_store.actionAdded(sessionId, id);
        for (const RemovedRows::Row &row : removed.rows) {
            if (row.table == QLatin1String("action_reviews"))
                emit m_store.reviewChanged(
                    row.values.at(row.columns.indexOf(QStringLiteral("session_id"))).toLongLong(),
                    id);
        }
        emit m_store.sessionChanged(sessionId);
    });
    return true;
}

bool ActionRows::updateAction(const ActionItem &before, const ActionItem &after)
{
    QVector<ColumnValue> set;
    QVector<ColumnValue> expected;
    auto change = [&](bool differs, const QString &column, const QVariant &from,
                      const QVariant &to) {
        if (!differs)
            return;
        set.append({column, to});
        expected.append({column, from});
    };
    change(after.concernId != before.concernId, QStringLiteral("concern_id"),
           idOrNull(before.concernId), idOrNull(after.concernId));
    change(after.text != before.text, QStringLiteral("text"), textValue(before.text),
           textValue(after.text));
    change(after.owner != before.owner, QStringLiteral("owner"), textValue(before.owner),
           textValue(after.owner));
    change(after.dueDate != before.dueDate, QStringLiteral("due_date"), dateOrNull(before.dueDate),
           dateOrNull(after.dueDate));
    change(after.status != before.status, QStringLiteral("status"),
           Domain::statusKey(before.status), Domain::statusKey(after.status));
    change(after.rightAway != before.rightAway, QStringLiteral("right_away"),
           flag(before.rightAway), flag(after.rightAway));
    if (set.isEmpty())
        return true;
    set.append({QStringLiteral("updated_at"), m_db.nowText()});
    const bool ok = m_db.write(tr("the action"), [&](QSqlQuery &query) {
        return m_db.updateRow(query, QStringLiteral("actions"), after.id, set, expected);
    });
    if (ok) {
        const qint64 sessionId = sessionOfAction(after.id);
        const qint64 id = after.id;
        m_db.notify([this, sessionId, id] { emit m_store.actionChanged(sessionId, id); });
    }
    return ok;
}

bool ActionRows::moveAction(qint64 sessionId, int from, int to, qint64 expectedId)
{
    const bool ok = m_db.write(tr("the order of the actions"), [&](QSqlQuery &query) {
        QVector<qint64> ranked = idsOf(actions(sessionId));
        if (from < 0 || from >= ranked.size() || to < 0 || to >= ranked.size() ||
            (expectedId && ranked.at(from) != expectedId)) {
            m_db.setLastError(tr("the order was changed elsewhere in the meantime"));
            return false;
        }
        ranked.move(from, to);
        // Only the rows between the two places change rank.
        for (int i = qMin(from, to); i <= qMax(from, to); ++i) {
            if (!m_db.run(
                    query,
                    QStringLiteral("UPDATE actions SET rank = ?, updated_at = ? WHERE id = ?"),
                    {i + 1, m_db.nowText(), ranked.at(i)}))
                return false;
        }
        return true;
    });
    if (ok)
        m_db.notify([this, sessionId, from, to] { emit m_store.actionMoved(sessionId, from, to); });
    return ok;
}

QVector<FollowUpItem> ActionRows::allActions() const
{
    return m_db.readRows(
        QStringLiteral(
            "SELECT a.id, a.session_id, a.concern_id, a.text, a.owner, a.due_date, a.status,"
            " a.rank, a.right_away, s.title, s.created_at, s.team_id, t.name FROM actions a"
            " JOIN sessions s ON s.id = a.session_id LEFT JOIN teams t ON t.id = s.team_id"
            " WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC, a.rank"),
        {}, [](const QSqlQuery &query) {
            FollowUpItem item;
            item.action = actionFrom(query);
            item.sessionTitle = query.value(9).toString();
            item.sessionCreatedAt = Domain::timestampFromText(query.value(10).toString());
            item.teamId = query.value(11).toLongLong();
            item.teamName = query.value(12).toString();
            return item;
        });
}

QVector<ReviewItem> ActionRows::actionsToReview(qint64 sessionId) const
{
    return m_db.readRows(
        QStringLiteral(
            // A session reviews what its own team left open before it,
            // never another team's actions.
            "SELECT a.id, a.session_id, a.concern_id, a.text, a.owner, a.due_date, a.status,"
            " a.rank, a.right_away, s.title, s.created_at, r.outcome FROM sessions me"
            " JOIN sessions s ON s.team_id = me.team_id AND s.id <> me.id"
            " AND (s.created_at < me.created_at OR (s.created_at = me.created_at AND s.id < me.id))"
            " JOIN actions a ON a.session_id = s.id"
            " LEFT JOIN action_reviews r ON r.action_id = a.id AND r.session_id = me.id"
            " WHERE me.id = ? AND s.deleted_at IS NULL"
            " AND (a.status IN ('open', 'in_progress') OR r.id IS NOT NULL)"
            " ORDER BY s.created_at DESC, s.id DESC, a.rank"),
        {sessionId}, [](const QSqlQuery &query) {
            ReviewItem review;
            review.item.action = actionFrom(query);
            review.item.sessionTitle = query.value(9).toString();
            review.item.sessionCreatedAt = Domain::timestampFromText(query.value(10).toString());
            review.outcome = Domain::outcomeFromKey(query.value(11).toString());
            review.statusBefore = review.item.action.status;
            return review;
        });
}

bool ActionRows::setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome,
                           ActionStatus status, const std::optional<ActionStatus> &expectedStatus)
{
    const bool ok = m_db.write(tr("the review"), [&](QSqlQuery &query) {
        if (outcome == ReviewOutcome::None) {
            if (!m_db.run(query,
                          QStringLiteral("DELETE FROM action_reviews WHERE session_id = ? AND"
                                         " action_id = ?"),
                          {sessionId, actionId}))
                return false;
        } else if (!m_db.run(query,
                             QStringLiteral("INSERT INTO action_reviews (session_id, action_id,"
                                            " outcome, reviewed_at, uuid, updated_at)"
                                            " VALUES (?, ?, ?, ?, ?, ?)"
                                            " ON CONFLICT (session_id, action_id) DO UPDATE SET"
                                            " outcome = excluded.outcome,"
                                            " reviewed_at = excluded.reviewed_at,"
                                            " updated_at = excluded.updated_at"),
                             {sessionId, actionId, Domain::outcomeKey(outcome), m_db.nowText(),
                              Identity::newUuid(), m_db.nowText()})) {
            return false;
        }
        QVector<ColumnValue> condition;
        if (expectedStatus)
            condition.append({QStringLiteral("status"), Domain::statusKey(*expectedStatus)});
        return m_db.updateRow(query, QStringLiteral("actions"), actionId,
                              {{QStringLiteral("status"), Domain::statusKey(status)},
                               {QStringLiteral("updated_at"), m_db.nowText()}},
                              condition);
    });
    if (ok) {
        const qint64 actionSession = sessionOfAction(actionId);
        m_db.notify([this, sessionId, actionId, actionSession] {
            emit m_store.reviewChanged(sessionId, actionId);
            emit m_store.actionChanged(actionSession, actionId);
        });
    }
    return ok;
}

qint64 ActionRows::sessionOfAction(qint64 actionId) const
{
    return m_db.lookUp(QStringLiteral("SELECT session_id FROM actions WHERE id = ?"), actionId);
}
