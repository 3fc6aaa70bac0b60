#include "sessionrows.h"

#include "identity.h"
#include "rowmappers.h"
#include "storeconnection.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

using namespace RowMappers;

namespace {

QVariantList turnValues(const TurnState &turn)
{
    return {turn.round, idOrNull(turn.speakerId), flag(turn.stopped)};
}

// Sharing's clock stops when sharing is stopped or complete (nobody left to
// speak) and runs again when it resumes: the end is kept with the turn.
const char setTurnSql[] =
    "UPDATE sessions SET sharing_round = ?, sharing_speaker_id = ?, sharing_stopped = ?,"
    " sharing_ended_at = CASE WHEN ? THEN coalesce(sharing_ended_at, ?) ELSE NULL END,"
    " updated_at = ? WHERE id = ?";

bool sharingOver(const TurnState &turn)
{
    return turn.round > 0 && (turn.stopped || turn.speakerId == 0);
}

// Every column name below comes from these fixed tables, never from input.

QString sessionFieldColumn(SessionField field)
{
    switch (field) {
    case SessionField::Title:
        return QStringLiteral("title");
    case SessionField::Scene:
        return QStringLiteral("scene");
    case SessionField::WritingPrompts:
        return QStringLiteral("writing_prompts");
    case SessionField::IncidentWhat:
        return QStringLiteral("incident_what");
    case SessionField::IncidentImpact:
        return QStringLiteral("incident_impact");
    case SessionField::IncidentDetection:
        return QStringLiteral("incident_detection");
    case SessionField::IncidentResolution:
        return QStringLiteral("incident_resolution");
    case SessionField::PlannedMinutes:
        return QStringLiteral("planned_minutes");
    case SessionField::SceneMinutes:
        return QStringLiteral("timebox_scene");
    case SessionField::WritingMinutes:
        return QStringLiteral("timebox_writing");
    case SessionField::SharingMinutes:
        return QStringLiteral("timebox_sharing");
    case SessionField::DiscussionMinutes:
        return QStringLiteral("timebox_discussion");
    case SessionField::ActionsMinutes:
        return QStringLiteral("timebox_actions");
    case SessionField::AttributeConcerns:
        return QStringLiteral("attribute_concerns");
    case SessionField::Kind:
        return QStringLiteral("kind");
    case SessionField::Team:
        return QStringLiteral("team_id");
    }
    return {};
}

QVariant sessionFieldValue(SessionField field, const QVariant &value)
{
    if (field <= SessionField::IncidentResolution)
        return textValue(value.toString());
    if (field == SessionField::Kind)
        return Domain::kindKey(SessionKind(value.toInt()));
    if (field == SessionField::Team)
        return idOrNull(value.toLongLong());
    return value.toInt();
}

} // namespace

SessionRows::SessionRows(Store &store, StoreConnection &db)
    : m_store(store)
    , m_db(db)
{}

// Teams

QVector<Team> SessionRows::teams() const
{
    QVector<Team> result = m_db.readRows(
        QStringLiteral("SELECT id, uuid, name FROM teams ORDER BY name, id"), {}, teamFrom);
    // Names compare as people read them, not byte by byte.
    std::stable_sort(result.begin(), result.end(), [](const Team &a, const Team &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

qint64 SessionRows::addTeam(const QString &name, const Team &restoring)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the new team"), [&](QSqlQuery &query) {
        const QString time = m_db.nowText();
        QVariantList values{restoring.uuid.isEmpty() ? Identity::newUuid() : restoring.uuid,
                            textValue(name), time, time};
        // A team put back by undo keeps its id; a new one gets the next. An
        // id of NULL means "the next" to SQLite only.
        if (restoring.id)
            values.prepend(restoring.id);
        if (!m_db.run(query,
                      QStringLiteral("INSERT INTO teams (%1uuid, name, created_at, updated_at)"
                                     " VALUES (%2?, ?, ?, ?) RETURNING id")
                          .arg(restoring.id ? QStringLiteral("id, ") : QString(),
                               restoring.id ? QStringLiteral("?, ") : QString()),
                      values))
            return false;
        id = m_db.returnedId(query);
        return true;
    });
    if (!ok)
        return 0;
    m_db.notify([this] { emit m_store.teamsChanged(); });
    return id;
}

bool SessionRows::removeTeam(qint64 teamId)
{
    const bool ok = m_db.write(tr("the team"), [&](QSqlQuery &query) {
        if (!m_db.run(query, QStringLiteral("SELECT count(*) FROM sessions WHERE team_id = ?"),
                      {teamId}))
            return false;
        if (query.next() && query.value(0).toInt() > 0) {
            m_db.setLastError(tr("sessions belong to it"));
            return false;
        }
        if (!m_db.run(query, QStringLiteral("DELETE FROM teams WHERE id = ?"), {teamId}))
            return false;
        if (query.numRowsAffected() == 0) {
            m_db.setLastError(tr("it no longer exists"));
            return false;
        }
        return true;
    });
    if (ok)
        m_db.notify([this] { emit m_store.teamsChanged(); });
    return ok;
}

bool SessionRows::renameTeam(qint64 teamId, const QString &name,
                             const std::optional<QString> &expectedName)
{
    const bool ok = m_db.write(tr("the team's name"), [&](QSqlQuery &query) {
        QVector<ColumnValue> condition;
        if (expectedName)
            condition.append({QStringLiteral("name"), textValue(*expectedName)});
        return m_db.updateRow(query, QStringLiteral("teams"), teamId,
                              {{QStringLiteral("name"), textValue(name)}}, condition);
    });
    if (ok) {
        m_db.notify([this] { emit m_store.teamsChanged(); });
    }
    return ok;
}

// Reading sessions

QVector<SessionSummary> SessionRows::sessions() const
{
    return sessionsAfter(nullptr, -1);
}

QVector<SessionSummary> SessionRows::sessionsAfter(const SessionSummary *after, int limit) const
{
    // Keyset paging along the list's own index: no OFFSET scans.
    QString sql =
        QLatin1String(sessionSummaryColumns) + QLatin1String(" WHERE s.deleted_at IS NULL");
    QVariantList values;
    if (after) {
        sql += QLatin1String(" AND (s.created_at, s.id) < (?, ?)");
        values << Domain::timestampText(after->createdAt) << after->id;
    }
    sql += QLatin1String(" ORDER BY s.created_at DESC, s.id DESC");
    // Without a limit, no LIMIT at all: "LIMIT -1" means none to SQLite
    // only.
    if (limit >= 0) {
        sql += QLatin1String(" LIMIT ?");
        values << limit;
    }
    return m_db.readRows(sql, values, summaryFrom);
}

std::optional<SessionSummary> SessionRows::session(qint64 id) const
{
    return m_db.readRow(QLatin1String(sessionSummaryColumns) +
                            QLatin1String(" WHERE s.id = ? AND s.deleted_at IS NULL"),
                        {id}, summaryFrom);
}

std::optional<SessionDetails> SessionRows::sessionDetails(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
        "SELECT id, kind, title, scene, writing_prompts, incident_what, incident_impact,"
        " incident_detection, incident_resolution, planned_minutes, timebox_scene,"
        " timebox_writing, timebox_sharing, timebox_discussion, timebox_actions,"
        " attribute_concerns, current_phase, started_at, sharing_started_at, sharing_ended_at,"
        " ended_at, duplicated_from_id, team_id,"
        " sharing_round, sharing_speaker_id, sharing_stopped, timer_state, timer_phase, "
        "timer_duration_ms,"
        " timer_end_at, timer_paused_remaining_ms"
        " FROM sessions WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (!m_db.read(query) || !query.next())
        return std::nullopt;
    SessionDetails details;
    int column = 0;
    auto next = [&] { return query.value(column++); };
    details.id = next().toLongLong();
    Domain::kindFromKey(next().toString(), &details.kind);
    details.title = next().toString();
    details.scene = next().toString();
    details.writingPrompts = next().toString();
    details.incidentWhat = next().toString();
    details.incidentImpact = next().toString();
    details.incidentDetection = next().toString();
    details.incidentResolution = next().toString();
    details.plannedMinutes = next().toInt();
    details.sceneMinutes = next().toInt();
    details.writingMinutes = next().toInt();
    details.sharingMinutes = next().toInt();
    details.discussionMinutes = next().toInt();
    details.actionsMinutes = next().toInt();
    details.attributeConcerns = next().toBool();
    Domain::phaseFromKey(next().toString(), &details.phase);
    details.startedAt = Domain::timestampFromText(next().toString());
    details.sharingStartedAt = Domain::timestampFromText(next().toString());
    details.sharingEndedAt = Domain::timestampFromText(next().toString());
    details.endedAt = Domain::timestampFromText(next().toString());
    details.duplicatedFromId = next().toLongLong();
    details.teamId = next().toLongLong();
    details.turn.round = next().toInt();
    details.turn.speakerId = next().toLongLong();
    details.turn.stopped = next().toBool();
    details.timer.state = next().toString();
    details.timer.phase = next().toString();
    details.timer.durationMs = next().toLongLong();
    details.timer.endAtUtc = Domain::timestampFromText(next().toString());
    details.timer.pausedRemainingMs = next().toLongLong();
    return details;
}

// Sessions

qint64 SessionRows::createSession(SessionKind kind, const QString &title,
                                  const SessionDefaults &sessionDefaults, qint64 teamId)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the new session"), [&](QSqlQuery &query) {
        const QString time = m_db.nowText();
        // A new session starts from the built-in framing for its kind.
        const PromptTemplate defaults = Domain::defaultTemplate(kind);
        // Without a team named, the team of the newest session: the one the
        // facilitator works with.
        if (!teamId) {
            if (!m_db.run(query, QStringLiteral("SELECT coalesce((SELECT team_id FROM sessions"
                                                " WHERE deleted_at IS NULL AND team_id IS NOT NULL"
                                                " ORDER BY created_at DESC, id DESC LIMIT 1),"
                                                " (SELECT min(id) FROM teams))")))
                return false;
            teamId = query.next() ? query.value(0).toLongLong() : 0;
        }
        query.prepare(QStringLiteral(
            "INSERT INTO sessions (kind, title, created_at, updated_at, scene, writing_prompts,"
            " planned_minutes, timebox_scene, timebox_writing, timebox_sharing,"
            " timebox_discussion, timebox_actions, attribute_concerns, team_id, uuid)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(Domain::kindKey(kind));
        query.addBindValue(textValue(title));
        query.addBindValue(time);
        query.addBindValue(time);
        query.addBindValue(defaults.scene);
        query.addBindValue(defaults.writingPrompts);
        for (int minutes : {sessionDefaults.plannedMinutes, sessionDefaults.sceneMinutes,
                            sessionDefaults.writingMinutes, sessionDefaults.sharingMinutes,
                            sessionDefaults.discussionMinutes, sessionDefaults.actionsMinutes})
            query.addBindValue(qMax(0, minutes));
        query.addBindValue(flag(sessionDefaults.attributeConcerns));
        query.addBindValue(idOrNull(teamId));
        query.addBindValue(Identity::newUuid());
        if (!m_db.exec(query))
            return false;
        id = m_db.returnedId(query);
        return true;
    });
    if (!ok)
        return 0;
    m_db.notify([this, id] { emit m_store.sessionAdded(id); });
    return id;
}

bool SessionRows::renameSession(qint64 id, const QString &title,
                                const std::optional<QString> &expectedTitle)
{
    QVariant expected;
    if (expectedTitle)
        expected = textValue(*expectedTitle);
    return setSessionField(id, SessionField::Title, title,
                           expectedTitle ? std::optional<QVariant>(expected) : std::nullopt);
}

qint64 SessionRows::duplicateSession(qint64 sourceId, const QString &title)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the copy of the session"), [&](QSqlQuery &query) {
        const QString time = m_db.nowText();
        query.prepare(QStringLiteral(
            "INSERT INTO sessions (kind, title, created_at, updated_at, scene, writing_prompts,"
            " planned_minutes, timebox_scene, timebox_writing, timebox_sharing,"
            " timebox_discussion, timebox_actions, attribute_concerns, duplicated_from_id,"
            " team_id, uuid)"
            " SELECT kind, ?, ?, ?, scene, writing_prompts, planned_minutes, timebox_scene,"
            " timebox_writing, timebox_sharing, timebox_discussion, timebox_actions,"
            " attribute_concerns, id, team_id, ? FROM sessions WHERE id = ? RETURNING id"));
        query.addBindValue(textValue(title));
        query.addBindValue(time);
        query.addBindValue(time);
        query.addBindValue(Identity::newUuid());
        query.addBindValue(sourceId);
        if (!m_db.exec(query))
            return false;
        id = m_db.returnedId(query);
        if (!id) {
            m_db.setLastError(tr("the original session no longer exists"));
            return false;
        }
        // Everyone starts the new session present and with things to say.
        if (!m_db.run(
                query,
                QStringLiteral("SELECT name, role, seat FROM participants WHERE session_id = ?"
                               " ORDER BY seat"),
                {sourceId}))
            return false;
        QVector<QVariantList> seated;
        while (query.next())
            seated.append({query.value(0), query.value(1), query.value(2)});
        for (const QVariantList &person : std::as_const(seated)) {
            if (!m_db.run(
                    query,
                    QStringLiteral("INSERT INTO participants (session_id, name, role, seat,"
                                   " uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {id, person.at(0), person.at(1), person.at(2), Identity::newUuid(), time}))
                return false;
        }
        return true;
    });
    if (!ok)
        return 0;
    m_db.notify([this, id] { emit m_store.sessionAdded(id); });
    return id;
}

bool SessionRows::setSessionDeleted(qint64 id, bool deleted)
{
    const bool ok = m_db.write(
        deleted ? tr("the deletion") : tr("the restored session"), [&](QSqlQuery &query) {
            return m_db.updateRow(
                query, QStringLiteral("sessions"), id,
                {{QStringLiteral("deleted_at"),
                  deleted ? QVariant(m_db.nowText()) : QVariant(QMetaType::fromType<QString>())}},
                {});
        });
    if (ok) {
        m_db.notify([this, id, deleted] {
            if (deleted)
                emit m_store.sessionRemoved(id);
            else
                emit m_store.sessionAdded(id);
        });
    }
    return ok;
}

int SessionRows::purgeDeletedSessions()
{
    int purged = 0;
    m_db.write(tr("the removal of deleted sessions"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("DELETE FROM sessions WHERE deleted_at IS NOT NULL"));
        if (!m_db.exec(query))
            return false;
        purged = query.numRowsAffected();
        return true;
    });
    return purged;
}

bool SessionRows::setSessionField(qint64 id, SessionField field, const QVariant &value,
                                  const std::optional<QVariant> &expected)
{
    const QString column = sessionFieldColumn(field);
    if (column.isEmpty())
        return false;
    const bool ok =
        m_db.write(field == SessionField::Title ? tr("the session title") : tr("the session"),
                   [&](QSqlQuery &query) {
                       QVector<ColumnValue> condition;
                       if (expected)
                           condition.append({column, sessionFieldValue(field, *expected)});
                       return m_db.updateRow(query, QStringLiteral("sessions"), id,
                                             {{column, sessionFieldValue(field, value)},
                                              {QStringLiteral("updated_at"), m_db.nowText()}},
                                             condition);
                   });
    if (ok) {
        m_db.notify([this, id, field] {
            emit m_store.sessionDetailsChanged(id);
            if (field == SessionField::Title || field == SessionField::Kind ||
                field == SessionField::Team)
                emit m_store.sessionChanged(id);
        });
    }
    return ok;
}

bool SessionRows::setPhase(qint64 id, Phase phase, const QDateTime &when,
                           const std::optional<TurnState> &startTurn)
{
    const bool ok = m_db.write(tr("the current phase"), [&](QSqlQuery &query) {
        const QString time = Domain::timestampText(when);
        if (!m_db.updateRow(query, QStringLiteral("sessions"), id,
                            {{QStringLiteral("current_phase"), Domain::phaseKey(phase)}}, {}))
            return false;
        // The clock starts with the scene: reviewing last time's actions and
        // seating people come before it.
        if (phase != Phase::Setup && phase != Phase::Review &&
            !m_db.run(
                query,
                QStringLiteral("UPDATE sessions SET started_at = ?, updated_at = ? WHERE id = ?"
                               " AND started_at IS NULL"),
                {time, m_db.nowText(), id}))
            return false;
        if (phase == Phase::Sharing &&
            !m_db.run(query,
                      QStringLiteral("UPDATE sessions SET sharing_started_at = ?, updated_at = ?"
                                     " WHERE id = ? AND sharing_started_at IS NULL"),
                      {time, m_db.nowText(), id}))
            return false;
        if (startTurn) {
            if (!m_db.run(query, QStringLiteral("SELECT sharing_round FROM sessions WHERE id = ?"),
                          {id}))
                return false;
            const bool started = query.next() && query.value(0).toInt() > 0;
            if (!started && !writeTurn(query, id, *startTurn))
                return false;
        }
        // The session ends when it reaches its summary. A look at the summary
        // mid-session is followed by a later, real end, so arriving there
        // again within the sitting (12 hours of the start) moves the end;
        // coming back to it days later to tidy actions does not.
        if (phase == Phase::Summary &&
            !m_db.run(
                query,
                // Times are stored in one spelling (UTC, fixed width), so
                // they compare as text: the rule needs no date function of
                // the engine's.
                QStringLiteral("UPDATE sessions SET ended_at = ?, updated_at = ? WHERE id = ?"
                               " AND started_at IS NOT NULL AND (ended_at IS NULL OR"
                               " started_at > ?)"),
                {time, m_db.nowText(), id, Domain::timestampText(when.addSecs(-12 * 60 * 60))}))
            return false;
        return true;
    });
    if (ok) {
        m_db.notify([this, id, startTurn] {
            emit m_store.sessionDetailsChanged(id);
            if (startTurn)
                emit m_store.turnChanged(id);
        });
    }
    return ok;
}

bool SessionRows::writeTurn(QSqlQuery &query, qint64 sessionId, const TurnState &turn)
{
    const QString time = m_db.nowText();
    if (!m_db.run(query, QLatin1String(setTurnSql),
                  turnValues(turn) + QVariantList{sharingOver(turn), time, time, sessionId}))
        return false;
    if (query.numRowsAffected() == 0) {
        m_db.setLastError(tr("it no longer exists"));
        return false;
    }
    return true;
}

bool SessionRows::setTurn(qint64 sessionId, const TurnState &turn)
{
    const bool ok = m_db.write(tr("whose turn it is"),
                               [&](QSqlQuery &query) { return writeTurn(query, sessionId, turn); });
    if (ok)
        m_db.notify([this, sessionId] { emit m_store.turnChanged(sessionId); });
    return ok;
}

bool SessionRows::setTimer(qint64 sessionId, const TimerRecord &timer)
{
    const bool ok = m_db.write(tr("the countdown"), [&](QSqlQuery &query) {
        return m_db.updateRow(
            query, QStringLiteral("sessions"), sessionId,
            {{QStringLiteral("timer_state"), timer.state},
             {QStringLiteral("timer_phase"), textValue(timer.phase)},
             {QStringLiteral("timer_duration_ms"), timer.durationMs},
             {QStringLiteral("timer_end_at"), timeOrNull(timer.endAtUtc)},
             {QStringLiteral("timer_paused_remaining_ms"), timer.pausedRemainingMs}},
            {});
    });
    // The countdown that wrote it already shows it; nobody else listens.
    return ok;
}

// Templates

QVector<PromptTemplate> SessionRows::templates(SessionKind kind) const
{
    return m_db.readRows(QStringLiteral("SELECT id, name, scene, writing_prompts FROM"
                                        " prompt_templates WHERE kind = ? ORDER BY name, id"),
                         {Domain::kindKey(kind)}, [kind](const QSqlQuery &query) {
                             PromptTemplate promptTemplate;
                             promptTemplate.id = query.value(0).toLongLong();
                             promptTemplate.kind = kind;
                             promptTemplate.name = query.value(1).toString();
                             promptTemplate.scene = query.value(2).toString();
                             promptTemplate.writingPrompts = query.value(3).toString();
                             return promptTemplate;
                         });
}

qint64 SessionRows::saveTemplate(const PromptTemplate &promptTemplate)
{
    qint64 id = 0;
    const bool ok = m_db.write(tr("the template"), [&](QSqlQuery &query) {
        if (!m_db.run(
                query,
                QStringLiteral("INSERT INTO prompt_templates (kind, name, scene, writing_prompts,"
                               " created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                {Domain::kindKey(promptTemplate.kind), textValue(promptTemplate.name),
                 textValue(promptTemplate.scene), textValue(promptTemplate.writingPrompts),
                 m_db.nowText()}))
            return false;
        id = m_db.returnedId(query);
        return true;
    });
    return ok ? id : 0;
}
