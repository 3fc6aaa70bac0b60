#include "store.h"

#include "integritycheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const char sessionSummaryColumns[] =
    "SELECT s.id, s.kind, s.title, s.created_at, s.updated_at, s.concern_count, s.action_count"
    " FROM sessions s";

SessionSummary summaryFrom(const QSqlQuery &query)
{
    SessionSummary summary;
    summary.id = query.value(0).toLongLong();
    Domain::kindFromKey(query.value(1).toString(), &summary.kind);
    summary.title = query.value(2).toString();
    summary.createdAt = Domain::timestampFromText(query.value(3).toString());
    summary.updatedAt = Domain::timestampFromText(query.value(4).toString());
    summary.concernCount = query.value(5).toInt();
    summary.actionCount = query.value(6).toInt();
    return summary;
}

// Text columns are NOT NULL; an empty QString may be null and must still
// be stored as "".
QString textValue(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QString now()
{
    return Domain::timestampText(QDateTime::currentDateTimeUtc());
}

} // namespace

Store::Store(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(connectionName)
{}

Store::~Store() = default;

void Store::setPendingIntegrityCheck(std::shared_ptr<IntegrityCheck> check)
{
    m_pendingCheck = std::move(check);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Store::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool Store::write(const QString &what, const std::function<bool(QSqlQuery &)> &body)
{
    QSqlDatabase db = database();
    m_lastError.clear();
    if (m_pendingCheck && !m_pendingCheck->waitForVerdict()) {
        m_lastError = m_pendingCheck->problem();
        emit writeFailed(m_lastError);
        return false;
    }
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
    } else {
        bool ok = false;
        {
            QSqlQuery query(db);
            ok = body(query);
        }
        if (ok && db.commit())
            return true;
        if (ok)
            m_lastError = db.lastError().text();
        db.rollback();
    }
    emit writeFailed(tr("Could not save %1: %2").arg(what, m_lastError));
    return false;
}

QVector<SessionSummary> Store::sessions() const
{
    return sessionsAfter(nullptr, -1);
}

QVector<SessionSummary> Store::sessionsAfter(const SessionSummary *after, int limit) const
{
    QVector<SessionSummary> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // Keyset paging along the list's own index: no OFFSET scans.
    QString sql =
        QLatin1String(sessionSummaryColumns) + QLatin1String(" WHERE s.deleted_at IS NULL");
    if (after)
        sql += QLatin1String(" AND (s.created_at, s.id) < (?, ?)");
    sql += QLatin1String(" ORDER BY s.created_at DESC, s.id DESC LIMIT ?");
    query.prepare(sql);
    if (after) {
        query.addBindValue(Domain::timestampText(after->createdAt));
        query.addBindValue(after->id);
    }
    query.addBindValue(limit);
    if (query.exec()) {
        while (query.next())
            result.append(summaryFrom(query));
    }
    return result;
}

std::optional<SessionSummary> Store::session(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QLatin1String(sessionSummaryColumns) +
                  QLatin1String(" WHERE s.id = ? AND s.deleted_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return summaryFrom(query);
}

qint64 Store::createSession(SessionKind kind, const QString &title,
                            const SessionDefaults &sessionDefaults)
{
    qint64 id = 0;
    const bool ok = write(tr("the new session"), [&](QSqlQuery &query) {
        const QString time = now();
        // A new session starts from the built-in framing for its kind.
        const PromptTemplate defaults = Domain::defaultTemplate(kind);
        query.prepare(QStringLiteral(
            "INSERT INTO sessions (kind, title, created_at, updated_at, scene, writing_prompts,"
            " planned_minutes, timebox_scene, timebox_writing, timebox_sharing,"
            " timebox_discussion, timebox_actions, attribute_concerns)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
        query.addBindValue(sessionDefaults.attributeConcerns ? 1 : 0);
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return 0;
    emit sessionAdded(id);
    return id;
}

bool Store::renameSession(qint64 id, const QString &title)
{
    const bool ok = write(tr("the session title"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("UPDATE sessions SET title = ?, updated_at = ? WHERE id = ?"));
        query.addBindValue(textValue(title));
        query.addBindValue(now());
        query.addBindValue(id);
        return exec(query);
    });
    if (ok)
        emit sessionChanged(id);
    return ok;
}

qint64 Store::duplicateSession(qint64 sourceId, const QString &title)
{
    qint64 id = 0;
    const bool ok = write(tr("the copy of the session"), [&](QSqlQuery &query) {
        const QString time = now();
        query.prepare(QStringLiteral(
            "INSERT INTO sessions (kind, title, created_at, updated_at, scene, writing_prompts,"
            " planned_minutes, timebox_scene, timebox_writing, timebox_sharing,"
            " timebox_discussion, timebox_actions, attribute_concerns)"
            " SELECT kind, ?, ?, ?, scene, writing_prompts, planned_minutes, timebox_scene,"
            " timebox_writing, timebox_sharing, timebox_discussion, timebox_actions,"
            " attribute_concerns FROM sessions WHERE id = ?"));
        query.addBindValue(textValue(title));
        query.addBindValue(time);
        query.addBindValue(time);
        query.addBindValue(sourceId);
        if (!exec(query))
            return false;
        if (query.numRowsAffected() != 1) {
            m_lastError = tr("the original session no longer exists");
            return false;
        }
        id = query.lastInsertId().toLongLong();
        // Everyone starts the new session present and with things to say.
        query.prepare(QStringLiteral("INSERT INTO participants (session_id, name, role, seat)"
                                     " SELECT ?, name, role, seat FROM participants"
                                     " WHERE session_id = ? ORDER BY seat"));
        query.addBindValue(id);
        query.addBindValue(sourceId);
        return exec(query);
    });
    if (!ok)
        return 0;
    emit sessionAdded(id);
    return id;
}

bool Store::setSessionDeleted(qint64 id, bool deleted)
{
    const bool ok =
        write(deleted ? tr("the deletion") : tr("the restored session"), [&](QSqlQuery &query) {
            query.prepare(QStringLiteral("UPDATE sessions SET deleted_at = ? WHERE id = ?"));
            query.addBindValue(deleted ? QVariant(now())
                                       : QVariant(QMetaType::fromType<QString>()));
            query.addBindValue(id);
            return exec(query);
        });
    if (ok) {
        if (deleted)
            emit sessionRemoved(id);
        else
            emit sessionAdded(id);
    }
    return ok;
}

int Store::purgeDeletedSessions()
{
    int purged = 0;
    write(tr("the removal of deleted sessions"), [&](QSqlQuery &query) {
        query.prepare(QStringLiteral("DELETE FROM sessions WHERE deleted_at IS NOT NULL"));
        if (!exec(query))
            return false;
        purged = query.numRowsAffected();
        return true;
    });
    return purged;
}

// ---------------------------------------------------------------------------
// The live flow

namespace {

const char *sessionFieldColumn(SessionField field)
{
    switch (field) {
    case SessionField::Title:
        return "title";
    case SessionField::Scene:
        return "scene";
    case SessionField::WritingPrompts:
        return "writing_prompts";
    case SessionField::IncidentWhat:
        return "incident_what";
    case SessionField::IncidentImpact:
        return "incident_impact";
    case SessionField::IncidentDetection:
        return "incident_detection";
    case SessionField::IncidentResolution:
        return "incident_resolution";
    case SessionField::PlannedMinutes:
        return "planned_minutes";
    case SessionField::SceneMinutes:
        return "timebox_scene";
    case SessionField::WritingMinutes:
        return "timebox_writing";
    case SessionField::SharingMinutes:
        return "timebox_sharing";
    case SessionField::DiscussionMinutes:
        return "timebox_discussion";
    case SessionField::ActionsMinutes:
        return "timebox_actions";
    case SessionField::AttributeConcerns:
        return "attribute_concerns";
    case SessionField::Kind:
        return "kind";
    }
    return nullptr;
}

bool isTextField(SessionField field)
{
    return field <= SessionField::IncidentResolution;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(Domain::timestampText(time))
                          : QVariant(QMetaType::fromType<QString>());
}

const char participantColumns[] =
    "SELECT id, session_id, name, role, seat, present, nothing_left FROM participants";

Participant participantFrom(const QSqlQuery &query)
{
    Participant participant;
    participant.id = query.value(0).toLongLong();
    participant.sessionId = query.value(1).toLongLong();
    participant.name = query.value(2).toString();
    participant.role = query.value(3).toString();
    participant.seat = query.value(4).toInt();
    participant.present = query.value(5).toBool();
    participant.nothingLeft = query.value(6).toBool();
    return participant;
}

const char concernColumns[] =
    "SELECT id, session_id, position, summary, speaker_id, round, hands_raised, category,"
    " merged_into_id, created_at, discussion_notes, avoidance, root_cause, mitigations,"
    " discussed FROM concerns";

Concern concernFrom(const QSqlQuery &query)
{
    Concern concern;
    concern.id = query.value(0).toLongLong();
    concern.sessionId = query.value(1).toLongLong();
    concern.position = query.value(2).toInt();
    concern.summary = query.value(3).toString();
    concern.speakerId = query.value(4).toLongLong();
    concern.round = query.value(5).toInt();
    concern.handsRaised = query.value(6).toInt();
    concern.category = Domain::categoryFromKey(query.value(7).toString());
    concern.mergedIntoId = query.value(8).toLongLong();
    concern.createdAt = Domain::timestampFromText(query.value(9).toString());
    concern.notes = query.value(10).toString();
    concern.avoidance = query.value(11).toString();
    concern.rootCause = query.value(12).toString();
    concern.mitigations = query.value(13).toString();
    concern.discussed = query.value(14).toBool();
    return concern;
}

const char actionColumns[] =
    "SELECT id, session_id, concern_id, text, owner, due_date, status, rank, right_away"
    " FROM actions";

ActionItem actionFrom(const QSqlQuery &query)
{
    ActionItem item;
    item.id = query.value(0).toLongLong();
    item.sessionId = query.value(1).toLongLong();
    item.concernId = query.value(2).toLongLong();
    item.text = query.value(3).toString();
    item.owner = query.value(4).toString();
    item.dueDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    item.status = Domain::statusFromKey(query.value(6).toString());
    item.rank = query.value(7).toInt();
    item.rightAway = query.value(8).toBool();
    return item;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

bool Store::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

std::optional<SessionDetails> Store::sessionDetails(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT id, kind, title, scene, writing_prompts, incident_what, incident_impact,"
        " incident_detection, incident_resolution, planned_minutes, timebox_scene,"
        " timebox_writing, timebox_sharing, timebox_discussion, timebox_actions,"
        " attribute_concerns, current_phase, started_at, sharing_started_at, ended_at,"
        " sharing_round, sharing_speaker_id, sharing_stopped, timer_state, timer_phase, "
        "timer_duration_ms,"
        " timer_end_at, timer_paused_remaining_ms"
        " FROM sessions WHERE id = ? AND deleted_at IS NULL"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
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
    details.endedAt = Domain::timestampFromText(next().toString());
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

bool Store::setSessionField(qint64 id, SessionField field, const QVariant &value)
{
    const char *column = sessionFieldColumn(field);
    if (!column)
        return false;
    QVariant bound =
        isTextField(field) ? QVariant(textValue(value.toString())) : QVariant(value.toInt());
    if (field == SessionField::Kind)
        bound = Domain::kindKey(SessionKind(value.toInt()));
    // The column name comes from the fixed table above, never from input.
    const QString sql = QStringLiteral("UPDATE sessions SET %1 = ?, updated_at = ? WHERE id = ?")
                            .arg(QLatin1String(column));
    const bool ok = write(tr("the session"), [&](QSqlQuery &query) {
        return run(query, sql, {bound, now(), id});
    });
    if (ok) {
        emit sessionDetailsChanged(id);
        if (field == SessionField::Title || field == SessionField::Kind)
            emit sessionChanged(id);
    }
    return ok;
}

bool Store::setPhase(qint64 id, Phase phase, const QDateTime &when)
{
    const bool ok = write(tr("the current phase"), [&](QSqlQuery &query) {
        const QString time = Domain::timestampText(when);
        if (!run(query, QStringLiteral("UPDATE sessions SET current_phase = ? WHERE id = ?"),
                 {Domain::phaseKey(phase), id}))
            return false;
        // The clock starts with the scene: reviewing last time's actions and
        // seating people come before it.
        if (phase != Phase::Setup && phase != Phase::Review &&
            !run(query,
                 QStringLiteral("UPDATE sessions SET started_at = ? WHERE id = ?"
                                " AND started_at IS NULL"),
                 {time, id}))
            return false;
        if (phase == Phase::Sharing &&
            !run(query,
                 QStringLiteral("UPDATE sessions SET sharing_started_at = ? WHERE id = ?"
                                " AND sharing_started_at IS NULL"),
                 {time, id}))
            return false;
        // The session ends when it reaches its summary. A look at the summary
        // mid-session is followed by a later, real end, so arriving there
        // again within the sitting (12 hours of the start) moves the end;
        // coming back to it days later to tidy actions does not.
        if (phase == Phase::Summary &&
            !run(query,
                 QStringLiteral("UPDATE sessions SET ended_at = ? WHERE id = ?"
                                " AND started_at IS NOT NULL AND (ended_at IS NULL OR"
                                " julianday(?) - julianday(started_at) < 0.5)"),
                 {time, id, time}))
            return false;
        return true;
    });
    if (ok)
        emit sessionDetailsChanged(id);
    return ok;
}

bool Store::setTurn(qint64 sessionId, const TurnState &turn)
{
    const bool ok = write(tr("whose turn it is"), [&](QSqlQuery &query) {
        return run(query,
                   QStringLiteral("UPDATE sessions SET sharing_round = ?, sharing_speaker_id = ?,"
                                  " sharing_stopped = ? WHERE id = ?"),
                   {turn.round, idOrNull(turn.speakerId), turn.stopped ? 1 : 0, sessionId});
    });
    if (ok)
        emit turnChanged(sessionId);
    return ok;
}

bool Store::setTimer(qint64 sessionId, const TimerRecord &timer)
{
    const bool ok = write(tr("the countdown"), [&](QSqlQuery &query) {
        return run(query,
                   QStringLiteral("UPDATE sessions SET timer_state = ?, timer_phase = ?,"
                                  " timer_duration_ms = ?, timer_end_at = ?,"
                                  " timer_paused_remaining_ms = ? WHERE id = ?"),
                   {timer.state, textValue(timer.phase), timer.durationMs,
                    timeOrNull(timer.endAtUtc), timer.pausedRemainingMs, sessionId});
    });
    if (ok)
        emit timerChanged(sessionId);
    return ok;
}

QVector<Participant> Store::participants(qint64 sessionId) const
{
    QVector<Participant> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(participantColumns) +
                  QLatin1String(" WHERE session_id = ? ORDER BY seat, id"));
    query.addBindValue(sessionId);
    if (query.exec()) {
        while (query.next())
            result.append(participantFrom(query));
    }
    return result;
}

qint64 Store::addParticipant(const Participant &participant, int index)
{
    qint64 id = participant.id;
    const bool ok = write(tr("the participant"), [&](QSqlQuery &query) {
        // Seats are renumbered 1..n so that "index" is simply a position.
        const QVector<Participant> seated = participants(participant.sessionId);
        const int at = index < 0 || index > seated.size() ? int(seated.size()) : index;
        for (int i = 0; i < seated.size(); ++i) {
            const int seat = i < at ? i + 1 : i + 2;
            if (seated.at(i).seat != seat &&
                !run(query, QStringLiteral("UPDATE participants SET seat = ? WHERE id = ?"),
                     {seat, seated.at(i).id}))
                return false;
        }
        if (!run(query,
                 QStringLiteral(
                     "INSERT INTO participants (id, session_id, name, role, seat,"
                     " present, nothing_left, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                 {idOrNull(participant.id), participant.sessionId, textValue(participant.name),
                  textValue(participant.role), at + 1, participant.present ? 1 : 0,
                  participant.nothingLeft ? 1 : 0, now()}))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return 0;
    emit participantAdded(participant.sessionId, id);
    return id;
}

bool Store::removeParticipant(qint64 participantId)
{
    const qint64 sessionId = sessionOfParticipant(participantId);
    const bool ok = write(tr("the removal of the participant"), [&](QSqlQuery &query) {
        if (!run(query, QStringLiteral("DELETE FROM participants WHERE id = ?"), {participantId}))
            return false;
        const QVector<Participant> seated = participants(sessionId);
        for (int i = 0; i < seated.size(); ++i) {
            if (seated.at(i).seat != i + 1 &&
                !run(query, QStringLiteral("UPDATE participants SET seat = ? WHERE id = ?"),
                     {i + 1, seated.at(i).id}))
                return false;
        }
        return true;
    });
    if (ok)
        emit participantRemoved(sessionId, participantId);
    return ok;
}

bool Store::updateParticipant(qint64 participantId, const char *column, const QVariant &value,
                              const QString &what)
{
    const QString sql =
        QStringLiteral("UPDATE participants SET %1 = ? WHERE id = ?").arg(QLatin1String(column));
    const bool ok = write(what, [&](QSqlQuery &query) {
        return run(query, sql, {value, participantId});
    });
    if (ok)
        emit participantChanged(sessionOfParticipant(participantId), participantId);
    return ok;
}

bool Store::setParticipantName(qint64 participantId, const QString &name)
{
    return updateParticipant(participantId, "name", textValue(name), tr("the name"));
}

bool Store::setParticipantRole(qint64 participantId, const QString &role)
{
    return updateParticipant(participantId, "role", textValue(role), tr("the role"));
}

bool Store::setParticipantPresent(qint64 participantId, bool present)
{
    return updateParticipant(participantId, "present", present ? 1 : 0, tr("who is present"));
}

bool Store::setParticipantNothingLeft(qint64 participantId, bool nothingLeft)
{
    return updateParticipant(participantId, "nothing_left", nothingLeft ? 1 : 0,
                             tr("who has nothing left"));
}

bool Store::moveParticipant(qint64 sessionId, int from, int to)
{
    QVector<Participant> seated = participants(sessionId);
    if (from < 0 || from >= seated.size() || to < 0 || to >= seated.size() || from == to)
        return false;
    seated.move(from, to);
    const bool ok = write(tr("the seat order"), [&](QSqlQuery &query) {
        for (int i = 0; i < seated.size(); ++i) {
            if (!run(query, QStringLiteral("UPDATE participants SET seat = ? WHERE id = ?"),
                     {i + 1, seated.at(i).id}))
                return false;
        }
        return true;
    });
    if (ok)
        emit participantMoved(sessionId, from, to);
    return ok;
}

bool Store::hasSpoken(qint64 participantId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM concerns WHERE speaker_id = ? LIMIT 1"));
    query.addBindValue(participantId);
    return query.exec() && query.next();
}

qint64 Store::sessionOfParticipant(qint64 participantId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT session_id FROM participants WHERE id = ?"));
    query.addBindValue(participantId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 Store::sessionOfConcern(qint64 concernId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT session_id FROM concerns WHERE id = ?"));
    query.addBindValue(concernId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QVector<Concern> Store::concerns(qint64 sessionId) const
{
    QVector<Concern> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(concernColumns) +
                  QLatin1String(" WHERE session_id = ? ORDER BY position, id"));
    query.addBindValue(sessionId);
    if (query.exec()) {
        while (query.next())
            result.append(concernFrom(query));
    }
    return result;
}

std::optional<Concern> Store::concern(qint64 concernId) const
{
    QSqlQuery query(database());
    query.prepare(QLatin1String(concernColumns) + QLatin1String(" WHERE id = ?"));
    query.addBindValue(concernId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return concernFrom(query);
}

qint64 Store::recordConcern(const Concern &concern, const TurnState &turnAfter)
{
    qint64 id = concern.id;
    int position = concern.position;
    const bool ok = write(tr("the concern"), [&](QSqlQuery &query) {
        if (position <= 0) {
            if (!run(query,
                     QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM concerns"
                                    " WHERE session_id = ?"),
                     {concern.sessionId}) ||
                !query.next())
                return false;
            position = query.value(0).toInt();
        }
        const QDateTime created =
            concern.createdAt.isValid() ? concern.createdAt : QDateTime::currentDateTimeUtc();
        if (!run(query,
                 QStringLiteral("INSERT INTO concerns (id, session_id, position, summary,"
                                " speaker_id, round, hands_raised, category, merged_into_id,"
                                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {idOrNull(concern.id), concern.sessionId, position, textValue(concern.summary),
                  idOrNull(concern.speakerId), qMax(1, concern.round), qMax(0, concern.handsRaised),
                  textValue(Domain::categoryKey(concern.category)), idOrNull(concern.mergedIntoId),
                  Domain::timestampText(created)}))
            return false;
        id = query.lastInsertId().toLongLong();
        return run(query,
                   QStringLiteral("UPDATE sessions SET sharing_round = ?, sharing_speaker_id = ?,"
                                  " sharing_stopped = ?, updated_at = ? WHERE id = ?"),
                   {turnAfter.round, idOrNull(turnAfter.speakerId), turnAfter.stopped ? 1 : 0,
                    now(), concern.sessionId});
    });
    if (!ok)
        return 0;
    emit concernAdded(concern.sessionId, id);
    emit turnChanged(concern.sessionId);
    emit sessionChanged(concern.sessionId);
    return id;
}

bool Store::removeConcern(qint64 concernId, const TurnState &turnAfter)
{
    const qint64 sessionId = sessionOfConcern(concernId);
    const bool ok = write(tr("the removal of the concern"), [&](QSqlQuery &query) {
        return run(query, QStringLiteral("DELETE FROM concerns WHERE id = ?"), {concernId}) &&
               run(query,
                   QStringLiteral("UPDATE sessions SET sharing_round = ?,"
                                  " sharing_speaker_id = ?, sharing_stopped = ? WHERE id = ?"),
                   {turnAfter.round, idOrNull(turnAfter.speakerId), turnAfter.stopped ? 1 : 0,
                    sessionId});
    });
    if (ok) {
        emit concernRemoved(sessionId, concernId);
        emit turnChanged(sessionId);
        emit sessionChanged(sessionId);
    }
    return ok;
}

bool Store::updateConcern(qint64 concernId, const char *column, const QVariant &value,
                          const QString &what)
{
    const QString sql =
        QStringLiteral("UPDATE concerns SET %1 = ? WHERE id = ?").arg(QLatin1String(column));
    const bool ok = write(what, [&](QSqlQuery &query) {
        return run(query, sql, {value, concernId});
    });
    if (ok)
        emit concernChanged(sessionOfConcern(concernId), concernId);
    return ok;
}

bool Store::setConcernSummary(qint64 concernId, const QString &summary)
{
    return updateConcern(concernId, "summary", textValue(summary), tr("the concern"));
}

bool Store::setConcernHands(qint64 concernId, int handsRaised)
{
    return updateConcern(concernId, "hands_raised", qMax(0, handsRaised), tr("the hand count"));
}

bool Store::setConcernCategory(qint64 concernId, ConcernCategory category)
{
    return updateConcern(concernId, "category", textValue(Domain::categoryKey(category)),
                         tr("the category"));
}

bool Store::setConcernMergedInto(qint64 concernId, qint64 intoId)
{
    const bool ok = updateConcern(concernId, "merged_into_id", idOrNull(intoId), tr("the merge"));
    if (ok)
        emit sessionChanged(sessionOfConcern(concernId));
    return ok;
}

QVector<TimelineEntry> Store::timeline(qint64 sessionId) const
{
    QVector<TimelineEntry> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, session_id, position, happened_at, description"
                                 " FROM timeline_entries WHERE session_id = ?"
                                 " ORDER BY position, id"));
    query.addBindValue(sessionId);
    if (query.exec()) {
        while (query.next()) {
            TimelineEntry entry;
            entry.id = query.value(0).toLongLong();
            entry.sessionId = query.value(1).toLongLong();
            entry.position = query.value(2).toInt();
            entry.happenedAt = query.value(3).toString();
            entry.description = query.value(4).toString();
            result.append(entry);
        }
    }
    return result;
}

qint64 Store::addTimelineEntry(const TimelineEntry &entry, int index)
{
    qint64 id = entry.id;
    const bool ok = write(tr("the timeline entry"), [&](QSqlQuery &query) {
        const QVector<TimelineEntry> entries = timeline(entry.sessionId);
        const int at = index < 0 || index > entries.size() ? int(entries.size()) : index;
        for (int i = at; i < entries.size(); ++i) {
            if (!run(query, QStringLiteral("UPDATE timeline_entries SET position = ? WHERE id = ?"),
                     {i + 2, entries.at(i).id}))
                return false;
        }
        if (!run(query,
                 QStringLiteral("INSERT INTO timeline_entries (id, session_id, position,"
                                " happened_at, description) VALUES (?, ?, ?, ?, ?)"),
                 {idOrNull(entry.id), entry.sessionId, at + 1, textValue(entry.happenedAt),
                  textValue(entry.description)}))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return 0;
    emit timelineChanged(entry.sessionId);
    return id;
}

bool Store::removeTimelineEntry(qint64 entryId)
{
    qint64 sessionId = 0;
    const bool ok = write(tr("the removal of the timeline entry"), [&](QSqlQuery &query) {
        if (!run(query, QStringLiteral("SELECT session_id FROM timeline_entries WHERE id = ?"),
                 {entryId}) ||
            !query.next())
            return false;
        sessionId = query.value(0).toLongLong();
        return run(query, QStringLiteral("DELETE FROM timeline_entries WHERE id = ?"), {entryId});
    });
    if (ok)
        emit timelineChanged(sessionId);
    return ok;
}

bool Store::setTimelineEntry(qint64 entryId, const QString &happenedAt, const QString &description)
{
    qint64 sessionId = 0;
    const bool ok = write(tr("the timeline entry"), [&](QSqlQuery &query) {
        if (!run(query, QStringLiteral("SELECT session_id FROM timeline_entries WHERE id = ?"),
                 {entryId}) ||
            !query.next())
            return false;
        sessionId = query.value(0).toLongLong();
        return run(query,
                   QStringLiteral("UPDATE timeline_entries SET happened_at = ?, description = ?"
                                  " WHERE id = ?"),
                   {textValue(happenedAt), textValue(description), entryId});
    });
    if (ok)
        emit timelineChanged(sessionId);
    return ok;
}

QVector<PromptTemplate> Store::templates(SessionKind kind) const
{
    QVector<PromptTemplate> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, name, scene, writing_prompts FROM prompt_templates"
                                 " WHERE kind = ? ORDER BY name, id"));
    query.addBindValue(Domain::kindKey(kind));
    if (query.exec()) {
        while (query.next()) {
            PromptTemplate promptTemplate;
            promptTemplate.id = query.value(0).toLongLong();
            promptTemplate.kind = kind;
            promptTemplate.name = query.value(1).toString();
            promptTemplate.scene = query.value(2).toString();
            promptTemplate.writingPrompts = query.value(3).toString();
            result.append(promptTemplate);
        }
    }
    return result;
}

qint64 Store::saveTemplate(const PromptTemplate &promptTemplate)
{
    qint64 id = 0;
    const bool ok = write(tr("the template"), [&](QSqlQuery &query) {
        if (!run(query,
                 QStringLiteral("INSERT INTO prompt_templates (kind, name, scene, writing_prompts,"
                                " created_at) VALUES (?, ?, ?, ?, ?)"),
                 {Domain::kindKey(promptTemplate.kind), textValue(promptTemplate.name),
                  textValue(promptTemplate.scene), textValue(promptTemplate.writingPrompts),
                  now()}))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : 0;
}

// ---------------------------------------------------------------------------
// Discussion and actions

bool Store::setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text)
{
    const char *column = "discussion_notes";
    switch (field) {
    case DiscussionField::Notes:
        column = "discussion_notes";
        break;
    case DiscussionField::Avoidance:
        column = "avoidance";
        break;
    case DiscussionField::RootCause:
        column = "root_cause";
        break;
    case DiscussionField::Mitigations:
        column = "mitigations";
        break;
    }
    return updateConcern(concernId, column, textValue(text), tr("the discussion"));
}

bool Store::setConcernDiscussed(qint64 concernId, bool discussed)
{
    return updateConcern(concernId, "discussed", discussed ? 1 : 0, tr("the discussion"));
}

QVector<Why> Store::whys(qint64 concernId) const
{
    QVector<Why> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, concern_id, position, question, answer FROM whys"
                                 " WHERE concern_id = ? ORDER BY position, id"));
    query.addBindValue(concernId);
    if (query.exec()) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toInt(), query.value(3).toString(),
                           query.value(4).toString()});
    }
    return result;
}

qint64 Store::concernOfWhy(qint64 whyId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT concern_id FROM whys WHERE id = ?"));
    query.addBindValue(whyId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 Store::addWhy(const Why &why, int index)
{
    qint64 id = why.id;
    const bool ok = write(tr("the why"), [&](QSqlQuery &query) {
        const QVector<Why> chain = whys(why.concernId);
        if (chain.size() >= 5) {
            m_lastError = tr("a chain has at most five whys");
            return false;
        }
        const int at = index < 0 || index > chain.size() ? int(chain.size()) : index;
        // Renumbered from the end down, so positions stay within 1..5.
        for (int i = int(chain.size()) - 1; i >= at; --i) {
            if (!run(query, QStringLiteral("UPDATE whys SET position = ? WHERE id = ?"),
                     {i + 2, chain.at(i).id}))
                return false;
        }
        if (!run(query,
                 QStringLiteral("INSERT INTO whys (id, concern_id, position, question, answer)"
                                " VALUES (?, ?, ?, ?, ?)"),
                 {idOrNull(why.id), why.concernId, at + 1, textValue(why.question),
                  textValue(why.answer)}))
            return false;
        id = query.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return 0;
    emit whysChanged(why.concernId);
    return id;
}

bool Store::removeWhy(qint64 whyId)
{
    const qint64 concernId = concernOfWhy(whyId);
    const bool ok = write(tr("the removal of the why"), [&](QSqlQuery &query) {
        if (!run(query, QStringLiteral("DELETE FROM whys WHERE id = ?"), {whyId}))
            return false;
        const QVector<Why> chain = whys(concernId);
        for (int i = 0; i < chain.size(); ++i) {
            if (!run(query, QStringLiteral("UPDATE whys SET position = ? WHERE id = ?"),
                     {i + 1, chain.at(i).id}))
                return false;
        }
        return true;
    });
    if (ok)
        emit whysChanged(concernId);
    return ok;
}

bool Store::setWhy(qint64 whyId, const QString &question, const QString &answer)
{
    const qint64 concernId = concernOfWhy(whyId);
    const bool ok = write(tr("the why"), [&](QSqlQuery &query) {
        return run(query, QStringLiteral("UPDATE whys SET question = ?, answer = ? WHERE id = ?"),
                   {textValue(question), textValue(answer), whyId});
    });
    if (ok)
        emit whysChanged(concernId);
    return ok;
}

QVector<ActionItem> Store::actions(qint64 sessionId) const
{
    QVector<ActionItem> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(actionColumns) +
                  QLatin1String(" WHERE session_id = ? ORDER BY rank, id"));
    query.addBindValue(sessionId);
    if (query.exec()) {
        while (query.next())
            result.append(actionFrom(query));
    }
    return result;
}

std::optional<ActionItem> Store::action(qint64 actionId) const
{
    QSqlQuery query(database());
    query.prepare(QLatin1String(actionColumns) + QLatin1String(" WHERE id = ?"));
    query.addBindValue(actionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return actionFrom(query);
}

qint64 Store::sessionOfAction(qint64 actionId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT session_id FROM actions WHERE id = ?"));
    query.addBindValue(actionId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

bool Store::renumberActions(QSqlQuery &query, const QVector<qint64> &idsInOrder)
{
    for (int i = 0; i < idsInOrder.size(); ++i) {
        if (!run(query, QStringLiteral("UPDATE actions SET rank = ? WHERE id = ?"),
                 {i + 1, idsInOrder.at(i)}))
            return false;
    }
    return true;
}

qint64 Store::addAction(const ActionItem &item, int index)
{
    qint64 id = item.id;
    const bool ok = write(tr("the action"), [&](QSqlQuery &query) {
        const QVector<ActionItem> ranked = actions(item.sessionId);
        const int at = index < 0 || index > ranked.size() ? int(ranked.size()) : index;
        const QString time = now();
        if (!run(query,
                 QStringLiteral("INSERT INTO actions (id, session_id, concern_id, text, owner,"
                                " due_date, status, rank, right_away, created_at, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {idOrNull(item.id), item.sessionId, idOrNull(item.concernId), textValue(item.text),
                  textValue(item.owner), dateOrNull(item.dueDate), Domain::statusKey(item.status),
                  at + 1, item.rightAway ? 1 : 0, time, time}))
            return false;
        id = query.lastInsertId().toLongLong();
        QVector<qint64> order;
        for (const ActionItem &existing : ranked)
            order.append(existing.id);
        order.insert(at, id);
        return renumberActions(query, order);
    });
    if (!ok)
        return 0;
    emit actionAdded(item.sessionId, id);
    emit sessionChanged(item.sessionId);
    return id;
}

bool Store::removeAction(qint64 actionId)
{
    const qint64 sessionId = sessionOfAction(actionId);
    const bool ok = write(tr("the removal of the action"), [&](QSqlQuery &query) {
        if (!run(query, QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId}))
            return false;
        QVector<qint64> order;
        for (const ActionItem &remaining : actions(sessionId))
            order.append(remaining.id);
        return renumberActions(query, order);
    });
    if (ok) {
        emit actionRemoved(sessionId, actionId);
        emit sessionChanged(sessionId);
    }
    return ok;
}

bool Store::updateAction(const ActionItem &item)
{
    const bool ok = write(tr("the action"), [&](QSqlQuery &query) {
        return run(query,
                   QStringLiteral("UPDATE actions SET concern_id = ?, text = ?, owner = ?,"
                                  " due_date = ?, status = ?, right_away = ?, updated_at = ?"
                                  " WHERE id = ?"),
                   {idOrNull(item.concernId), textValue(item.text), textValue(item.owner),
                    dateOrNull(item.dueDate), Domain::statusKey(item.status),
                    item.rightAway ? 1 : 0, now(), item.id});
    });
    if (ok)
        emit actionChanged(sessionOfAction(item.id), item.id);
    return ok;
}

bool Store::moveAction(qint64 sessionId, int from, int to)
{
    QVector<ActionItem> ranked = actions(sessionId);
    if (from < 0 || from >= ranked.size() || to < 0 || to >= ranked.size() || from == to)
        return false;
    ranked.move(from, to);
    const bool ok = write(tr("the order of the actions"), [&](QSqlQuery &query) {
        // Only the rows between the two places change rank.
        for (int i = qMin(from, to); i <= qMax(from, to); ++i) {
            if (!run(query, QStringLiteral("UPDATE actions SET rank = ? WHERE id = ?"),
                     {i + 1, ranked.at(i).id}))
                return false;
        }
        return true;
    });
    if (ok)
        emit actionMoved(sessionId, from, to);
    return ok;
}

QVector<FollowUpItem> Store::allActions() const
{
    QVector<FollowUpItem> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT a.id, a.session_id, a.concern_id, a.text, a.owner, a.due_date, a.status, a.rank,"
        " a.right_away, s.title, s.created_at FROM actions a JOIN sessions s ON s.id = a.session_id"
        " WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC, a.rank"));
    while (query.next()) {
        FollowUpItem item;
        item.action = actionFrom(query);
        item.sessionTitle = query.value(9).toString();
        item.sessionCreatedAt = Domain::timestampFromText(query.value(10).toString());
        result.append(item);
    }
    return result;
}

QVector<ReviewItem> Store::actionsToReview(qint64 sessionId) const
{
    QVector<ReviewItem> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.session_id, a.concern_id, a.text, a.owner, a.due_date, a.status, a.rank,"
        " a.right_away, s.title, s.created_at, r.outcome FROM actions a"
        " JOIN sessions s ON s.id = a.session_id"
        " JOIN sessions this ON this.id = ?"
        " LEFT JOIN action_reviews r ON r.action_id = a.id AND r.session_id = this.id"
        " WHERE s.deleted_at IS NULL AND s.id != this.id AND s.created_at <= this.created_at"
        " AND (a.status IN ('open', 'in_progress') OR r.id IS NOT NULL)"
        " ORDER BY s.created_at DESC, s.id DESC, a.rank"));
    query.addBindValue(sessionId);
    if (query.exec()) {
        while (query.next()) {
            ReviewItem review;
            review.item.action = actionFrom(query);
            review.item.sessionTitle = query.value(9).toString();
            review.item.sessionCreatedAt = Domain::timestampFromText(query.value(10).toString());
            review.outcome = Domain::outcomeFromKey(query.value(11).toString());
            review.statusBefore = review.item.action.status;
            result.append(review);
        }
    }
    return result;
}

bool Store::setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome, ActionStatus status)
{
    const bool ok = write(tr("the review"), [&](QSqlQuery &query) {
        if (outcome == ReviewOutcome::None) {
            if (!run(query,
                     QStringLiteral("DELETE FROM action_reviews WHERE session_id = ? AND"
                                    " action_id = ?"),
                     {sessionId, actionId}))
                return false;
        } else if (!run(query,
                        QStringLiteral("INSERT INTO action_reviews (session_id, action_id,"
                                       " outcome, reviewed_at) VALUES (?, ?, ?, ?)"
                                       " ON CONFLICT (session_id, action_id) DO UPDATE SET"
                                       " outcome = excluded.outcome,"
                                       " reviewed_at = excluded.reviewed_at"),
                        {sessionId, actionId, Domain::outcomeKey(outcome), now()})) {
            return false;
        }
        return run(query,
                   QStringLiteral("UPDATE actions SET status = ?, updated_at = ? WHERE id = ?"),
                   {Domain::statusKey(status), now(), actionId});
    });
    if (ok) {
        emit reviewChanged(sessionId, actionId);
        emit actionChanged(sessionOfAction(actionId), actionId);
    }
    return ok;
}
