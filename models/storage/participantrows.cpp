#include "participantrows.h"

#include "identity.h"
#include "rowmappers.h"
#include "storeconnection.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace RowMappers;

namespace {

QString participantFieldColumn(ParticipantField field)
{
    switch (field) {
    case ParticipantField::Name:
        return QStringLiteral("name");
    case ParticipantField::Role:
        return QStringLiteral("role");
    case ParticipantField::Present:
        return QStringLiteral("present");
    case ParticipantField::NothingLeft:
        return QStringLiteral("nothing_left");
    }
    return {};
}

QVariant participantFieldValue(ParticipantField field, const QVariant &value)
{
    if (field == ParticipantField::Name || field == ParticipantField::Role)
        return textValue(value.toString());
    return flag(value.toBool());
}

} // namespace

ParticipantRows::ParticipantRows(Store &store, StoreConnection &db)
    : m_store(store)
    , m_db(db)
{}

// Participants

QVector<Participant> ParticipantRows::participants(qint64 sessionId) const
{
    return m_db.readRows(QLatin1String(participantColumns) +
                             QLatin1String(" WHERE session_id = ? ORDER BY seat, id"),
                         {sessionId}, participantFrom);
}

qint64 ParticipantRows::addParticipant(const Participant &participant, int index)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the participant"), [&](QSqlQuery &query) {
        QVector<qint64> order;
        for (const Participant &seated : participants(participant.sessionId))
            order.append(seated.id);
        if (!m_db.run(query,
                      QStringLiteral("INSERT INTO participants (session_id, name, role, seat,"
                                     " present, nothing_left, joined_at, uuid, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      {participant.sessionId, textValue(participant.name),
                       textValue(participant.role), int(order.size()) + 1,
                       flag(participant.present), flag(participant.nothingLeft), m_db.nowText(),
                       Identity::newUuid(), m_db.nowText()}))
            return false;
        id = m_db.returnedId(query);
        // Seats are numbered 1..n, so an index is simply a position.
        const QVector<qint64> seated = withInsertedAt(order, id, index);
        return m_db.renumber(query, QStringLiteral("participants"), QStringLiteral("seat"), seated,
                             int(seated.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 sessionId = participant.sessionId;
    m_db.notify([this, sessionId, id] { emit m_store.participantAdded(sessionId, id); });
    return id;
}

bool ParticipantRows::removeParticipant(qint64 participantId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = m_db.write(tr("the removal of the participant"), [&](QSqlQuery &query) {
        if (!m_db.snapshotRows(query, QStringLiteral("participants"), QStringLiteral("id"),
                               participantId, &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_db.setLastError(tr("they are no longer in the session"));
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        if (!m_db.snapshotLink(query, QStringLiteral("concerns"), QStringLiteral("speaker_id"),
                               participantId, &taken) ||
            !m_db.run(query, QStringLiteral("DELETE FROM participants WHERE id = ?"),
                      {participantId}))
            return false;
        QVector<qint64> order;
        for (const Participant &seated : participants(sessionId))
            order.append(seated.id);
        return m_db.renumber(query, QStringLiteral("participants"), QStringLiteral("seat"), order);
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    m_db.notify([this, sessionId, participantId] {
        emit m_store.participantRemoved(sessionId, participantId);
    });
    return true;
}

bool ParticipantRows::restoreParticipant(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = m_db.write(tr("the participant"), [&](QSqlQuery &query) {
        if (!m_db.insertRows(query, removed) || !m_db.relink(query, removed))
            return false;
        QVector<qint64> order;
        for (const Participant &seated : participants(sessionId))
            order.append(seated.id);
        return m_db.renumber(query, QStringLiteral("participants"), QStringLiteral("seat"),
                             withInsertedAt(order, id, index));
    });
    if (ok)
        m_db.notify([this, sessionId, id] { emit m_store.participantAdded(sessionId, id); });
    return ok;
}

bool ParticipantRows::updateParticipant(qint64 participantId, const ColumnValue &change,
                                        const std::optional<QVariant> &expected,
                                        const QString &what)
{
    const bool ok = m_db.write(what, [&](QSqlQuery &query) {
        QVector<ColumnValue> condition;
        if (expected)
            condition.append({change.column, *expected});
        return m_db.updateRow(query, QStringLiteral("participants"), participantId, {change},
                              condition);
    });
    if (ok) {
        const qint64 sessionId = sessionOfParticipant(participantId);
        m_db.notify([this, sessionId, participantId] {
            emit m_store.participantChanged(sessionId, participantId);
        });
    }
    return ok;
}

bool ParticipantRows::setParticipantField(qint64 participantId, ParticipantField field,
                                          const QVariant &value,
                                          const std::optional<QVariant> &expected)
{
    QString what;
    switch (field) {
    case ParticipantField::Name:
        what = tr("the name");
        break;
    case ParticipantField::Role:
        what = tr("the role");
        break;
    case ParticipantField::Present:
        what = tr("who is present");
        break;
    case ParticipantField::NothingLeft:
        what = tr("who has nothing left");
        break;
    }
    return updateParticipant(
        participantId, {participantFieldColumn(field), participantFieldValue(field, value)},
        expected ? std::optional<QVariant>(participantFieldValue(field, *expected)) : std::nullopt,
        what);
}

bool ParticipantRows::setParticipantName(qint64 participantId, const QString &name)
{
    return setParticipantField(participantId, ParticipantField::Name, name, std::nullopt);
}

bool ParticipantRows::setParticipantRole(qint64 participantId, const QString &role)
{
    return setParticipantField(participantId, ParticipantField::Role, role, std::nullopt);
}

bool ParticipantRows::setParticipantPresent(qint64 participantId, bool present)
{
    return setParticipantField(participantId, ParticipantField::Present, present, std::nullopt);
}

bool ParticipantRows::setParticipantNothingLeft(qint64 participantId, bool nothingLeft)
{
    return setParticipantField(participantId, ParticipantField::NothingLeft, nothingLeft,
                               std::nullopt);
}

bool ParticipantRows::moveParticipant(qint64 sessionId, int from, int to, qint64 expectedId)
{
    const bool ok = m_db.write(tr("the seat order"), [&](QSqlQuery &query) {
        QVector<qint64> order;
        for (const Participant &seated : participants(sessionId))
            order.append(seated.id);
        if (from < 0 || from >= order.size() || to < 0 || to >= order.size() ||
            (expectedId && order.at(from) != expectedId)) {
            m_db.setLastError(tr("the seat order was changed elsewhere in the meantime"));
            return false;
        }
        order.move(from, to);
        return m_db.renumber(query, QStringLiteral("participants"), QStringLiteral("seat"), order,
                             qMin(from, to));
    });
    if (ok)
        m_db.notify(
            [this, sessionId, from, to] { emit m_store.participantMoved(sessionId, from, to); });
    return ok;
}

bool ParticipantRows::hasSpoken(qint64 participantId) const
{
    return m_db
        .readRow(QStringLiteral("SELECT 1 FROM concerns WHERE speaker_id = ? LIMIT 1"),
                 {participantId}, [](const QSqlQuery &) { return true; })
        .has_value();
}

qint64 ParticipantRows::sessionOfParticipant(qint64 participantId) const
{
    return m_db.lookUp(QStringLiteral("SELECT session_id FROM participants WHERE id = ?"),
                       participantId);
}

QVector<Participant> ParticipantRows::usualParticipants(qint64 sessionId) const
{
    QVector<Participant> result;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.id FROM sessions me JOIN sessions s ON s.team_id = me.team_id AND s.id <> me.id"
        " AND (s.created_at < me.created_at OR (s.created_at = me.created_at AND s.id < me.id))"
        " WHERE me.id = ? AND s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC LIMIT 3"));
    query.addBindValue(sessionId);
    if (!m_db.read(query))
        return result;
    QVector<qint64> latest;
    while (query.next())
        latest.append(query.value(0).toLongLong());
    QSet<QString> seen;
    for (const Participant &here : participants(sessionId))
        seen.insert(here.name.trimmed().toCaseFolded());
    for (qint64 earlier : std::as_const(latest)) {
        for (const Participant &person : participants(earlier)) {
            const QString key = person.name.trimmed().toCaseFolded();
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            Participant usual;
            usual.sessionId = sessionId;
            usual.name = person.name;
            usual.role = person.role;
            result.append(usual);
        }
    }
    return result;
}
