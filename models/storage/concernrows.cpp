#include "concernrows.h"

#include "identity.h"
#include "rowmappers.h"
#include "sessionrows.h"
#include "storeconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace RowMappers;

namespace {

QString concernFieldColumn(ConcernField field)
{
    switch (field) {
    case ConcernField::Summary:
        return QStringLiteral("summary");
    case ConcernField::Hands:
        return QStringLiteral("hands_raised");
    case ConcernField::Category:
        return QStringLiteral("category");
    case ConcernField::MergedInto:
        return QStringLiteral("merged_into_id");
    case ConcernField::Notes:
        return QStringLiteral("discussion_notes");
    case ConcernField::Avoidance:
        return QStringLiteral("avoidance");
    case ConcernField::RootCause:
        return QStringLiteral("root_cause");
    case ConcernField::Mitigations:
        return QStringLiteral("mitigations");
    case ConcernField::Discussed:
        return QStringLiteral("discussed");
    }
    return {};
}

QVariant concernFieldValue(ConcernField field, const QVariant &value)
{
    switch (field) {
    case ConcernField::Hands:
        return qMax(0, value.toInt());
    case ConcernField::Category:
        return textValue(Domain::categoryKey(ConcernCategory(value.toInt())));
    case ConcernField::MergedInto:
        return idOrNull(value.toLongLong());
    case ConcernField::Discussed:
        return flag(value.toBool());
    default:
        return textValue(value.toString());
    }
}

ConcernField concernFieldOf(DiscussionField field)
{
    switch (field) {
    case DiscussionField::Notes:
        return ConcernField::Notes;
    case DiscussionField::Avoidance:
        return ConcernField::Avoidance;
    case DiscussionField::RootCause:
        return ConcernField::RootCause;
    case DiscussionField::Mitigations:
        return ConcernField::Mitigations;
    }
    return ConcernField::Notes;
}

} // namespace

ConcernRows::ConcernRows(Store &store, StoreConnection &db, SessionRows &sessions)
    : m_store(store)
    , m_db(db)
    , m_sessions(sessions)
{}

// Concerns and their discussion

QVector<Concern> ConcernRows::concerns(qint64 sessionId) const
{
    return m_db.readRows(QLatin1String(concernColumns) +
                             QLatin1String(" WHERE session_id = ? ORDER BY position, id"),
                         {sessionId}, concernFrom);
}

std::optional<Concern> ConcernRows::concern(qint64 concernId) const
{
    return m_db.readRow(QLatin1String(concernColumns) + QLatin1String(" WHERE id = ?"), {concernId},
                        concernFrom);
}

qint64 ConcernRows::recordConcern(const Concern &concern, const TurnState &turnAfter)
{
    qint64 id = 0;
    int position = concern.position;
    const bool ok = m_db.write(tr("the concern"), [&](QSqlQuery &query) {
        if (position <= 0) {
            if (!m_db.run(query,
                          QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM concerns"
                                         " WHERE session_id = ?"),
                          {concern.sessionId}) ||
                !query.next())
                return false;
            position = query.value(0).toInt();
        }
        const QDateTime created = concern.createdAt.isValid() ? concern.createdAt : m_db.nowUtc();
        if (!m_db.run(
                query,
                QStringLiteral("INSERT INTO concerns (session_id, position, summary,"
                               " speaker_id, round, hands_raised, category, merged_into_id,"
                               " created_at, uuid, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {concern.sessionId, position, textValue(concern.summary),
                 idOrNull(concern.speakerId), qMax(1, concern.round), qMax(0, concern.handsRaised),
                 textValue(Domain::categoryKey(concern.category)), idOrNull(concern.mergedIntoId),
                 Domain::timestampText(created), Identity::newUuid(), m_db.nowText()}))
            return false;
        id = m_db.returnedId(query);
        return m_sessions.writeTurn(query, concern.sessionId, turnAfter);
    });
    if (!ok)
        return 0;
    const qint64 sessionId = concern.sessionId;
    m_db.notify([this, sessionId, id] {
        emit m_store.concernAdded(sessionId, id);
        emit m_store.turnChanged(sessionId);
        emit m_store.sessionChanged(sessionId);
    });
    return id;
}

bool ConcernRows::removeConcern(qint64 concernId, const TurnState &turnAfter, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = m_db.write(tr("the removal of the concern"), [&](QSqlQuery &query) {
        if (!m_db.snapshotRows(query, QStringLiteral("concerns"), QStringLiteral("id"), concernId,
                               &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_db.setLastError(tr("it no longer exists"));
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        // What goes with it: its whys, and what pointed at it.
        return m_db.snapshotRows(query, QStringLiteral("whys"), QStringLiteral("concern_id"),
                                 concernId, &taken) &&
               m_db.snapshotLink(query, QStringLiteral("actions"), QStringLiteral("concern_id"),
                                 concernId, &taken) &&
               m_db.snapshotLink(query, QStringLiteral("concerns"),
                                 QStringLiteral("merged_into_id"), concernId, &taken) &&
               m_db.run(query, QStringLiteral("DELETE FROM concerns WHERE id = ?"), {concernId}) &&
               m_sessions.writeTurn(query, sessionId, turnAfter);
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    m_db.notify([this, sessionId, concernId, taken] {
        emit m_store.concernRemoved(sessionId, concernId);
        for (const RemovedRows::Link &link : taken.links) {
            for (qint64 id : link.ids) {
                if (link.table == QLatin1String("actions"))
                    emit m_store.actionChanged(sessionId, id);
                else
                    emit m_store.concernChanged(sessionId, id);
            }
        }
        emit m_store.turnChanged(sessionId);
        emit m_store.sessionChanged(sessionId);
    });
    return true;
}

bool ConcernRows::restoreConcern(const RemovedRows &removed, const TurnState &turnAfter)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = m_db.write(tr("the concern"), [&](QSqlQuery &query) {
        return m_db.insertRows(query, removed) && m_db.relink(query, removed) &&
               m_sessions.writeTurn(query, sessionId, turnAfter);
    });
    if (!ok)
        return false;
    m_db.notify([this, sessionId, id, removed] {
        emit m_store.concernAdded(sessionId, id);
        emit m_store.whysChanged(id);
        for (const RemovedRows::Link &link : removed.links) {
            for (qint64 linked : link.ids) {
                if (link.table == QLatin1String("actions"))
                    emit m_store.actionChanged(sessionId, linked);
                else
                    emit m_store.concernChanged(sessionId, linked);
            }
        }
        emit m_store.turnChanged(sessionId);
        emit m_store.sessionChanged(sessionId);
    });
    return true;
}

bool ConcernRows::updateConcern(qint64 concernId, const ColumnValue &change,
                                const std::optional<QVariant> &expected, const QString &what)
{
    const bool ok = m_db.write(what, [&](QSqlQuery &query) {
        QVector<ColumnValue> condition;
        if (expected)
            condition.append({change.column, *expected});
        return m_db.updateRow(query, QStringLiteral("concerns"), concernId, {change}, condition);
    });
    if (ok) {
        const qint64 sessionId = sessionOfConcern(concernId);
        m_db.notify(
            [this, sessionId, concernId] { emit m_store.concernChanged(sessionId, concernId); });
    }
    return ok;
}

bool ConcernRows::setConcernField(qint64 concernId, ConcernField field, const QVariant &value,
                                  const std::optional<QVariant> &expected)
{
    QString what;
    switch (field) {
    case ConcernField::Summary:
        what = tr("the concern");
        break;
    case ConcernField::Hands:
        what = tr("the hand count");
        break;
    case ConcernField::Category:
        what = tr("the category");
        break;
    case ConcernField::MergedInto:
        what = tr("the merge");
        break;
    default:
        what = tr("the discussion");
        break;
    }
    const bool ok = updateConcern(
        concernId, {concernFieldColumn(field), concernFieldValue(field, value)},
        expected ? std::optional<QVariant>(concernFieldValue(field, *expected)) : std::nullopt,
        what);
    if (ok && field == ConcernField::MergedInto) {
        const qint64 sessionId = sessionOfConcern(concernId);
        m_db.notify([this, sessionId] { emit m_store.sessionChanged(sessionId); });
    }
    return ok;
}

bool ConcernRows::setConcernSummary(qint64 concernId, const QString &summary)
{
    return setConcernField(concernId, ConcernField::Summary, summary, std::nullopt);
}

bool ConcernRows::setConcernMergedInto(qint64 concernId, qint64 intoId)
{
    return setConcernField(concernId, ConcernField::MergedInto, intoId, std::nullopt);
}

bool ConcernRows::setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text)
{
    return setConcernField(concernId, concernFieldOf(field), text, std::nullopt);
}

QVector<Why> ConcernRows::whys(qint64 concernId) const
{
    return m_db.readRows(QLatin1String(whyColumns) +
                             QLatin1String(" WHERE concern_id = ? ORDER BY position, id"),
                         {concernId}, whyFrom);
}

qint64 ConcernRows::addWhy(const Why &why, int index)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the why"), [&](QSqlQuery &query) {
        const QVector<Why> chain = whys(why.concernId);
        if (chain.size() >= Domain::maximumWhys) {
            m_db.setLastError(tr("a chain has at most five whys"));
            return false;
        }
        if (!m_db.run(query,
                      QStringLiteral("INSERT INTO whys (concern_id, position, question, answer,"
                                     " uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                      {why.concernId, int(chain.size()) + 1, textValue(why.question),
                       textValue(why.answer), Identity::newUuid(), m_db.nowText()}))
            return false;
        id = m_db.returnedId(query);
        const QVector<qint64> order = withInsertedAt(idsOf(chain), id, index);
        return m_db.renumber(query, QStringLiteral("whys"), QStringLiteral("position"), order,
                             int(order.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 concernId = why.concernId;
    m_db.notify([this, concernId] { emit m_store.whysChanged(concernId); });
    return id;
}

bool ConcernRows::removeWhy(qint64 whyId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 concernId = 0;
    const bool ok = m_db.write(tr("the removal of the why"), [&](QSqlQuery &query) {
        if (!m_db.snapshotRows(query, QStringLiteral("whys"), QStringLiteral("id"), whyId, &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_db.setLastError(tr("it no longer exists"));
            return false;
        }
        concernId = taken.value(QStringLiteral("concern_id")).toLongLong();
        return m_db.run(query, QStringLiteral("DELETE FROM whys WHERE id = ?"), {whyId}) &&
               m_db.renumber(query, QStringLiteral("whys"), QStringLiteral("position"),
                             idsOf(whys(concernId)));
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    m_db.notify([this, concernId] { emit m_store.whysChanged(concernId); });
    return true;
}

bool ConcernRows::restoreWhy(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 concernId = removed.value(QStringLiteral("concern_id")).toLongLong();
    const bool ok = m_db.write(tr("the why"), [&](QSqlQuery &query) {
        const QVector<Why> chain = whys(concernId);
        if (chain.size() >= Domain::maximumWhys) {
            m_db.setLastError(tr("a chain has at most five whys"));
            return false;
        }
        // Put back at the end first, so positions stay within 1..5.
        RemovedRows atEnd = removed;
        const int position = int(atEnd.rows.first().columns.indexOf(QStringLiteral("position")));
        if (position >= 0)
            atEnd.rows.first().values[position] = int(chain.size()) + 1;
        return m_db.insertRows(query, atEnd) &&
               m_db.renumber(query, QStringLiteral("whys"), QStringLiteral("position"),
                             withInsertedAt(idsOf(chain), id, index));
    });
    if (ok)
        m_db.notify([this, concernId] { emit m_store.whysChanged(concernId); });
    return ok;
}

bool ConcernRows::setWhy(qint64 whyId, const QString &question, const QString &answer)
{
    // Without an expectation: both fields change whatever they hold.
    const bool ok = m_db.write(tr("the why"), [&](QSqlQuery &query) {
        return m_db.updateRow(query, QStringLiteral("whys"), whyId,
                              {{QStringLiteral("question"), textValue(question)},
                               {QStringLiteral("answer"), textValue(answer)}},
                              {});
    });
    if (ok) {
        const qint64 concernId = concernOfWhy(whyId);
        m_db.notify([this, concernId] { emit m_store.whysChanged(concernId); });
    }
    return ok;
}

bool ConcernRows::updateWhy(const Why &before, const Why &after)
{
    QVector<ColumnValue> set;
    QVector<ColumnValue> expected;
    if (after.question != before.question) {
        set.append({QStringLiteral("question"), textValue(after.question)});
        expected.append({QStringLiteral("question"), textValue(before.question)});
    }
    if (after.answer != before.answer) {
        set.append({QStringLiteral("answer"), textValue(after.answer)});
        expected.append({QStringLiteral("answer"), textValue(before.answer)});
    }
    if (set.isEmpty())
        return true;
    const bool ok = m_db.write(tr("the why"), [&](QSqlQuery &query) {
        return m_db.updateRow(query, QStringLiteral("whys"), after.id, set, expected);
    });
    if (ok) {
        const qint64 concernId = concernOfWhy(after.id);
        m_db.notify([this, concernId] { emit m_store.whysChanged(concernId); });
    }
    return ok;
}

qint64 ConcernRows::sessionOfConcern(qint64 concernId) const
{
    return m_db.lookUp(QStringLiteral("SELECT session_id FROM concerns WHERE id = ?"), concernId);
}

qint64 ConcernRows::concernOfWhy(qint64 whyId) const
{
    return m_db.lookUp(QStringLiteral("SELECT concern_id FROM whys WHERE id = ?"), whyId);
}
