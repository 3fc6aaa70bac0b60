#include "store.h"

#include "clock.h"
#include "dialect.h"
#include "identity.h"
#include "integritycheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace {

const char sessionSummaryColumns[] =
    "SELECT s.id, s.kind, s.title, s.created_at, s.updated_at, s.concern_count, s.action_count,"
    " s.team_id, t.name FROM sessions s LEFT JOIN teams t ON t.id = s.team_id";

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
    summary.teamId = query.value(7).toLongLong();
    summary.teamName = query.value(8).toString();
    return summary;
}

// Text columns are NOT NULL; an empty QString may be null and must still
// be stored as "".
QString textValue(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
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

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant flag(bool on)
{
    return on ? 1 : 0;
}

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

// Where a restored row goes in an ordered list: at index, or at the end.
QVector<qint64> withInsertedAt(QVector<qint64> ids, qint64 id, int index)
{
    ids.removeAll(id);
    const int at = index < 0 || index > ids.size() ? int(ids.size()) : index;
    ids.insert(at, id);
    return ids;
}

} // namespace

qint64 RemovedRows::id() const
{
    return value(QStringLiteral("id")).toLongLong();
}

QVariant RemovedRows::value(const QString &column) const
{
    if (rows.isEmpty())
        return {};
    const int index = int(rows.constFirst().columns.indexOf(column));
    return index < 0 ? QVariant() : rows.constFirst().values.at(index);
}

// ---------------------------------------------------------------------------
// Transactions

struct Store::OpenBatch
{
    bool began = false;
    bool failed = false;
    QString reason;
    std::vector<std::function<void()>> pendingSignals;
};

Store::Batch::Batch(Store *store, const QString &failureMessage, const QString &subject)
    : m_store(store)
    , m_outermost(store->m_batchDepth == 0)
    , m_failureMessage(failureMessage)
    , m_subject(subject)
{
    ++m_store->m_batchDepth;
    if (m_outermost)
        m_store->beginBatch();
}

Store::Batch::~Batch()
{
    if (!m_done)
        commit(false);
}

bool Store::Batch::commit(bool ok)
{
    if (m_done)
        return false;
    m_done = true;
    OpenBatch &batch = *m_store->m_batch;
    if (!ok && !batch.failed) {
        batch.failed = true;
        batch.reason = m_store->m_lastError;
    }
    --m_store->m_batchDepth;
    if (!m_outermost)
        return !batch.failed;
    return m_store->endBatch(m_failureMessage, m_subject);
}

void Store::beginBatch()
{
    m_batch = std::make_unique<OpenBatch>();
    m_lastError.clear();
    if (m_pendingCheck && !m_pendingCheck->waitForVerdict()) {
        m_batch->failed = true;
        m_batch->reason = m_pendingCheck->problem();
        return;
    }
    QSqlDatabase db = database();
    bool began = Dialect::beginDeferred(db);
    // A server that went away and came back: its connection is gone, so
    // the write tries once on a new one. (A file's connection never goes.)
    if (!began && Dialect::of(db) == Dialect::Engine::Postgresql) {
        // Statements prepared on the old connection died with it.
        m_writeQueries.clear();
        db.close();
        began = db.open() && Dialect::beginDeferred(db);
    }
    if (!began) {
        m_batch->failed = true;
        m_batch->reason =
            Dialect::of(db) == Dialect::Engine::Postgresql && !db.isOpen()
                ? tr("the database server cannot be reached (%1)")
                      .arg(db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed())
                : db.lastError().text();
        return;
    }
    m_batch->began = true;
}

bool Store::endBatch(const QString &failureMessage, const QString &subject)
{
    std::unique_ptr<OpenBatch> batch = std::move(m_batch);
    QSqlDatabase db = database();
    if (!batch->failed && batch->began && !db.commit()) {
        batch->failed = true;
        batch->reason = db.lastError().text();
    }
    if (batch->failed) {
        if (batch->began)
            db.rollback();
        ++m_failedWrites;
        m_lastError = batch->reason.isEmpty() ? tr("the database gave no reason") : batch->reason;
        // A failure is one message, whatever the action wrote before it.
        emit writeFailed(failureMessage.isEmpty() ? m_lastError
                                                  : failureMessage.arg(subject, m_lastError));
        return false;
    }
    emit committed();
    for (const std::function<void()> &signal : batch->pendingSignals)
        signal();
    return true;
}

void Store::notify(std::function<void()> signal)
{
    if (m_batch)
        m_batch->pendingSignals.push_back(std::move(signal));
    else
        signal();
}

void Store::setClock(const Clock *clock)
{
    m_clock = clock;
}

QDateTime Store::nowUtc() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QString Store::nowText() const
{
    return Domain::timestampText(nowUtc());
}

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
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A server connection dropped after a failure is opened again when
    // next needed outside an edit (an edit reconnects in beginBatch()).
    if (!m_batch && !db.isOpen() && db.isValid() && Dialect::of(db) == Dialect::Engine::Postgresql)
        db.open();
    return db;
}

bool Store::read(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    QSqlDatabase db = database();
    const bool server = Dialect::of(db) == Dialect::Engine::Postgresql;
    const QString reason =
        server && !db.isOpen()
            ? tr("the database server cannot be reached (%1)")
                  .arg(db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed())
            : query.lastError().text();
    // Outside an edit, a server's connection that failed is dropped, so
    // that the next read opens a new one (database()): a server that went
    // away and came back is read again without a restart.
    if (server && !m_batch && db.isOpen()) {
        query = QSqlQuery();
        m_writeQueries.clear();
        db.close();
    }
    // Said, never shown as an empty list: a view would look as if the rows
    // were gone.
    emit const_cast<Store *>(this)->readFailed(
        tr("Could not read from the database: %1").arg(reason));
    return false;
}

bool Store::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

qint64 Store::returnedId(QSqlQuery &query)
{
    // Read from INSERT … RETURNING id rather than lastInsertId(), which
    // on some drivers asks for the last id the connection made, not the
    // row's. The statement is finished so that the transaction can commit.
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool Store::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    // A statement run row after row (an import, a renumbering) is prepared
    // once; the values bound anew each time.
    if (query.lastQuery() != sql)
        query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

QSqlQuery &Store::writeQuery()
{
    // One query per nesting level of write(), kept between edits: an edit
    // that runs the statement the last one ran (typing into the same field)
    // skips preparing it again, which on a server is a round trip each way.
    // A connection opened anew gets new ones (beginBatch() drops them when
    // it reconnects; a database opened again under the name has a new
    // driver).
    const QSqlDatabase db = database();
    if (!m_writeQueries.empty() && m_writeQueries.front().driver() != db.driver())
        m_writeQueries.clear();
    while (int(m_writeQueries.size()) <= m_writeDepth)
        m_writeQueries.emplace_back(db);
    return m_writeQueries.at(std::size_t(m_writeDepth));
}

bool Store::write(const QString &what, const std::function<bool(QSqlQuery &)> &body)
{
    // On its own, a write is a batch of one.
    std::optional<Batch> own;
    if (!m_batch)
        own.emplace(this, tr("Could not save %1: %2"), what);
    bool ok = false;
    if (!m_batch->failed) {
        m_lastError.clear();
        QSqlQuery &query = writeQuery();
        ++m_writeDepth;
        ok = body(query);
        --m_writeDepth;
        // Done with its rows, still prepared for the next edit.
        query.finish();
        if (!ok) {
            m_batch->failed = true;
            m_batch->reason =
                m_lastError.isEmpty() ? tr("the database gave no reason") : m_lastError;
        }
    }
    return own ? own->commit(ok) : ok;
}

bool Store::updateRow(QSqlQuery &query, const QString &table, qint64 id,
                      const QVector<ColumnValue> &set, const QVector<ColumnValue> &expected)
{
    QStringList assignments;
    QVariantList values;
    for (const ColumnValue &change : set) {
        assignments.append(change.column + QStringLiteral(" = ?"));
        values.append(change.value);
    }
    // A row that travels says when it last changed, so that an import can
    // tell which side changed it.
    const bool stamped = std::any_of(set.cbegin(), set.cend(), [](const ColumnValue &change) {
        return change.column == QLatin1String("updated_at");
    });
    if (!stamped && Identity::sharedTables().contains(table)) {
        assignments.append(QStringLiteral("updated_at = ?"));
        values.append(nowText());
    }
    QString sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(table, assignments.join(QStringLiteral(", ")));
    values.append(id);
    for (const ColumnValue &condition : expected) {
        sql += QStringLiteral(" AND %1 IS NOT DISTINCT FROM ?").arg(condition.column);
        values.append(condition.value);
    }
    if (!run(query, sql, values))
        return false;
    if (query.numRowsAffected() > 0)
        return true;
    // Nothing matched: the row is gone, or another view changed it since.
    if (!run(query, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id}))
        return false;
    m_lastError = query.next() ? tr("it was changed elsewhere in the meantime, and that change "
                                    "is kept")
                               : tr("it no longer exists");
    return false;
}

bool Store::renumber(QSqlQuery &query, const QString &table, const QString &positionColumn,
                     const QVector<qint64> &idsInOrder, int firstChanged)
{
    // Only the rows whose place changes are written, and say they changed.
    const QString sql =
        QStringLiteral(
            "UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ? AND %2 IS DISTINCT FROM ?")
            .arg(table, positionColumn);
    const QString time = nowText();
    for (int i = qMax(0, firstChanged); i < idsInOrder.size(); ++i) {
        if (!run(query, sql, {i + 1, time, idsInOrder.at(i), i + 1}))
            return false;
    }
    return true;
}

bool Store::snapshotRows(QSqlQuery &query, const QString &table, const QString &whereColumn,
                         qint64 id, RemovedRows *removed)
{
    if (!run(query,
             QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, whereColumn),
             {id}))
        return false;
    while (query.next()) {
        const QSqlRecord record = query.record();
        RemovedRows::Row row;
        row.table = table;
        for (int i = 0; i < record.count(); ++i) {
            row.columns.append(record.fieldName(i));
            row.values.append(query.value(i));
        }
        removed->rows.append(row);
    }
    return true;
}

bool Store::snapshotLink(QSqlQuery &query, const QString &table, const QString &column,
                         qint64 target, RemovedRows *removed)
{
    if (!run(query, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column),
             {target}))
        return false;
    RemovedRows::Link link{table, column, {}, target};
    while (query.next())
        link.ids.append(query.value(0).toLongLong());
    if (!link.ids.isEmpty())
        removed->links.append(link);
    return true;
}

bool Store::insertRows(QSqlQuery &query, const RemovedRows &removed)
{
    for (const RemovedRows::Row &row : removed.rows) {
        QStringList placeholders;
        for (int i = 0; i < row.columns.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        if (!run(query,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(row.table, row.columns.join(QStringLiteral(", ")),
                          placeholders.join(QStringLiteral(", "))),
                 row.values))
            return false;
    }
    return true;
}

bool Store::relink(QSqlQuery &query, const RemovedRows &removed)
{
    // A reference someone has set since to something else stays as it is.
    for (const RemovedRows::Link &link : removed.links) {
        for (qint64 id : link.ids) {
            if (!run(query,
                     QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ? AND %2 IS NULL")
                         .arg(link.table, link.column),
                     {link.target, id}))
                return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------
// Teams

QVector<Team> Store::teams() const
{
    QVector<Team> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, uuid, name FROM teams ORDER BY name, id"))) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toString(),
                           query.value(2).toString()});
    }
    // Names compare as people read them, not byte by byte.
    std::stable_sort(result.begin(), result.end(), [](const Team &a, const Team &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

qint64 Store::addTeam(const QString &name, const Team &restoring)
{
    qint64 id = 0;
    const bool ok = write(tr("the new team"), [&](QSqlQuery &query) {
        const QString time = nowText();
        QVariantList values{restoring.uuid.isEmpty() ? Identity::newUuid() : restoring.uuid,
                            textValue(name), time, time};
        // A team put back by undo keeps its id; a new one gets the next. An
        // id of NULL means "the next" to SQLite only.
        if (restoring.id)
            values.prepend(restoring.id);
        if (!run(query,
                 QStringLiteral("INSERT INTO teams (%1uuid, name, created_at, updated_at)"
                                " VALUES (%2?, ?, ?, ?) RETURNING id")
                     .arg(restoring.id ? QStringLiteral("id, ") : QString(),
                          restoring.id ? QStringLiteral("?, ") : QString()),
                 values))
            return false;
        id = returnedId(query);
        return true;
    });
    if (!ok)
        return 0;
    notify([this] { emit teamsChanged(); });
    return id;
}

bool Store::removeTeam(qint64 teamId)
{
    const bool ok = write(tr("the team"), [&](QSqlQuery &query) {
        if (!run(query, QStringLiteral("SELECT count(*) FROM sessions WHERE team_id = ?"),
                 {teamId}))
            return false;
        if (query.next() && query.value(0).toInt() > 0) {
            m_lastError = tr("sessions belong to it");
            return false;
        }
        if (!run(query, QStringLiteral("DELETE FROM teams WHERE id = ?"), {teamId}))
            return false;
        if (query.numRowsAffected() == 0) {
            m_lastError = tr("it no longer exists");
            return false;
        }
        return true;
    });
    if (ok)
        notify([this] { emit teamsChanged(); });
    return ok;
}

bool Store::renameTeam(qint64 teamId, const QString &name,
                       const std::optional<QString> &expectedName)
{
    const bool ok = write(tr("the team's name"), [&](QSqlQuery &query) {
        QVector<ColumnValue> condition;
        if (expectedName)
            condition.append({QStringLiteral("name"), textValue(*expectedName)});
        return updateRow(query, QStringLiteral("teams"), teamId,
                         {{QStringLiteral("name"), textValue(name)}}, condition);
    });
    if (ok) {
        notify([this] { emit teamsChanged(); });
    }
    return ok;
}

QVector<Participant> Store::usualParticipants(qint64 sessionId) const
{
    QVector<Participant> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.id FROM sessions me JOIN sessions s ON s.team_id = me.team_id AND s.id <> me.id"
        " AND (s.created_at < me.created_at OR (s.created_at = me.created_at AND s.id < me.id))"
        " WHERE me.id = ? AND s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC LIMIT 3"));
    query.addBindValue(sessionId);
    if (!read(query))
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

// ---------------------------------------------------------------------------
// Reading sessions

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
    sql += QLatin1String(" ORDER BY s.created_at DESC, s.id DESC");
    // Without a limit, no LIMIT at all: "LIMIT -1" means none to SQLite
    // only.
    if (limit >= 0)
        sql += QLatin1String(" LIMIT ?");
    query.prepare(sql);
    if (after) {
        query.addBindValue(Domain::timestampText(after->createdAt));
        query.addBindValue(after->id);
    }
    if (limit >= 0)
        query.addBindValue(limit);
    if (read(query)) {
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
    if (!read(query) || !query.next())
        return std::nullopt;
    return summaryFrom(query);
}

std::optional<SessionDetails> Store::sessionDetails(qint64 id) const
{
    QSqlQuery query(database());
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
    if (!read(query) || !query.next())
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

// ---------------------------------------------------------------------------
// Sessions

qint64 Store::createSession(SessionKind kind, const QString &title,
                            const SessionDefaults &sessionDefaults, qint64 teamId)
{
    qint64 id = 0;
    const bool ok = write(tr("the new session"), [&](QSqlQuery &query) {
        const QString time = nowText();
        // A new session starts from the built-in framing for its kind.
        const PromptTemplate defaults = Domain::defaultTemplate(kind);
        // Without a team named, the team of the newest session: the one the
        // facilitator works with.
        if (!teamId) {
            if (!run(query, QStringLiteral("SELECT coalesce((SELECT team_id FROM sessions"
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
        if (!exec(query))
            return false;
        id = returnedId(query);
        return true;
    });
    if (!ok)
        return 0;
    notify([this, id] { emit sessionAdded(id); });
    return id;
}

bool Store::renameSession(qint64 id, const QString &title,
                          const std::optional<QString> &expectedTitle)
{
    QVariant expected;
    if (expectedTitle)
        expected = textValue(*expectedTitle);
    return setSessionField(id, SessionField::Title, title,
                           expectedTitle ? std::optional<QVariant>(expected) : std::nullopt);
}

qint64 Store::duplicateSession(qint64 sourceId, const QString &title)
{
    qint64 id = 0;
    const bool ok = write(tr("the copy of the session"), [&](QSqlQuery &query) {
        const QString time = nowText();
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
        if (!exec(query))
            return false;
        id = returnedId(query);
        if (!id) {
            m_lastError = tr("the original session no longer exists");
            return false;
        }
        // Everyone starts the new session present and with things to say.
        if (!run(query,
                 QStringLiteral("SELECT name, role, seat FROM participants WHERE session_id = ?"
                                " ORDER BY seat"),
                 {sourceId}))
            return false;
        QVector<QVariantList> seated;
        while (query.next())
            seated.append({query.value(0), query.value(1), query.value(2)});
        for (const QVariantList &person : std::as_const(seated)) {
            if (!run(query,
                     QStringLiteral("INSERT INTO participants (session_id, name, role, seat,"
                                    " uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {id, person.at(0), person.at(1), person.at(2), Identity::newUuid(), time}))
                return false;
        }
        return true;
    });
    if (!ok)
        return 0;
    notify([this, id] { emit sessionAdded(id); });
    return id;
}

bool Store::setSessionDeleted(qint64 id, bool deleted)
{
    const bool ok =
        write(deleted ? tr("the deletion") : tr("the restored session"), [&](QSqlQuery &query) {
            return updateRow(
                query, QStringLiteral("sessions"), id,
                {{QStringLiteral("deleted_at"),
                  deleted ? QVariant(nowText()) : QVariant(QMetaType::fromType<QString>())}},
                {});
        });
    if (ok) {
        notify([this, id, deleted] {
            if (deleted)
                emit sessionRemoved(id);
            else
                emit sessionAdded(id);
        });
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

bool Store::setSessionField(qint64 id, SessionField field, const QVariant &value,
                            const std::optional<QVariant> &expected)
{
    const QString column = sessionFieldColumn(field);
    if (column.isEmpty())
        return false;
    const bool ok =
        write(field == SessionField::Title ? tr("the session title") : tr("the session"),
              [&](QSqlQuery &query) {
                  QVector<ColumnValue> condition;
                  if (expected)
                      condition.append({column, sessionFieldValue(field, *expected)});
                  return updateRow(query, QStringLiteral("sessions"), id,
                                   {{column, sessionFieldValue(field, value)},
                                    {QStringLiteral("updated_at"), nowText()}},
                                   condition);
              });
    if (ok) {
        notify([this, id, field] {
            emit sessionDetailsChanged(id);
            if (field == SessionField::Title || field == SessionField::Kind ||
                field == SessionField::Team)
                emit sessionChanged(id);
        });
    }
    return ok;
}

bool Store::setPhase(qint64 id, Phase phase, const QDateTime &when,
                     const std::optional<TurnState> &startTurn)
{
    const bool ok = write(tr("the current phase"), [&](QSqlQuery &query) {
        const QString time = Domain::timestampText(when);
        if (!updateRow(query, QStringLiteral("sessions"), id,
                       {{QStringLiteral("current_phase"), Domain::phaseKey(phase)}}, {}))
            return false;
        // The clock starts with the scene: reviewing last time's actions and
        // seating people come before it.
        if (phase != Phase::Setup && phase != Phase::Review &&
            !run(query,
                 QStringLiteral("UPDATE sessions SET started_at = ?, updated_at = ? WHERE id = ?"
                                " AND started_at IS NULL"),
                 {time, nowText(), id}))
            return false;
        if (phase == Phase::Sharing &&
            !run(query,
                 QStringLiteral("UPDATE sessions SET sharing_started_at = ?, updated_at = ?"
                                " WHERE id = ? AND sharing_started_at IS NULL"),
                 {time, nowText(), id}))
            return false;
        if (startTurn) {
            if (!run(query, QStringLiteral("SELECT sharing_round FROM sessions WHERE id = ?"),
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
            !run(query,
                 // Times are stored in one spelling (UTC, fixed width), so
                 // they compare as text: the rule needs no date function of
                 // the engine's.
                 QStringLiteral("UPDATE sessions SET ended_at = ?, updated_at = ? WHERE id = ?"
                                " AND started_at IS NOT NULL AND (ended_at IS NULL OR"
                                " started_at > ?)"),
                 {time, nowText(), id, Domain::timestampText(when.addSecs(-12 * 60 * 60))}))
            return false;
        return true;
    });
    if (ok) {
        notify([this, id, startTurn] {
            emit sessionDetailsChanged(id);
            if (startTurn)
                emit turnChanged(id);
        });
    }
    return ok;
}

bool Store::writeTurn(QSqlQuery &query, qint64 sessionId, const TurnState &turn)
{
    const QString time = nowText();
    if (!run(query, QLatin1String(setTurnSql),
             turnValues(turn) + QVariantList{sharingOver(turn), time, time, sessionId}))
        return false;
    if (query.numRowsAffected() == 0) {
        m_lastError = tr("it no longer exists");
        return false;
    }
    return true;
}

bool Store::setTurn(qint64 sessionId, const TurnState &turn)
{
    const bool ok = write(tr("whose turn it is"),
                          [&](QSqlQuery &query) { return writeTurn(query, sessionId, turn); });
    if (ok)
        notify([this, sessionId] { emit turnChanged(sessionId); });
    return ok;
}

bool Store::setTimer(qint64 sessionId, const TimerRecord &timer)
{
    const bool ok = write(tr("the countdown"), [&](QSqlQuery &query) {
        return updateRow(query, QStringLiteral("sessions"), sessionId,
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

// ---------------------------------------------------------------------------
// Participants

QVector<Participant> Store::participants(qint64 sessionId) const
{
    QVector<Participant> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(participantColumns) +
                  QLatin1String(" WHERE session_id = ? ORDER BY seat, id"));
    query.addBindValue(sessionId);
    if (read(query)) {
        while (query.next())
            result.append(participantFrom(query));
    }
    return result;
}

qint64 Store::addParticipant(const Participant &participant, int index)
{
    qint64 id = 0;
    const bool ok = write(tr("the participant"), [&](QSqlQuery &query) {
        QVector<qint64> order;
        for (const Participant &seated : participants(participant.sessionId))
            order.append(seated.id);
        if (!run(query,
                 QStringLiteral("INSERT INTO participants (session_id, name, role, seat,"
                                " present, nothing_left, joined_at, uuid, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {participant.sessionId, textValue(participant.name), textValue(participant.role),
                  int(order.size()) + 1, flag(participant.present), flag(participant.nothingLeft),
                  nowText(), Identity::newUuid(), nowText()}))
            return false;
        id = returnedId(query);
        // Seats are numbered 1..n, so an index is simply a position.
        const QVector<qint64> seated = withInsertedAt(order, id, index);
        return renumber(query, QStringLiteral("participants"), QStringLiteral("seat"), seated,
                        int(seated.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 sessionId = participant.sessionId;
    notify([this, sessionId, id] { emit participantAdded(sessionId, id); });
    return id;
}

bool Store::removeParticipant(qint64 participantId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = write(tr("the removal of the participant"), [&](QSqlQuery &query) {
        if (!snapshotRows(query, QStringLiteral("participants"), QStringLiteral("id"),
                          participantId, &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_lastError = tr("they are no longer in the session");
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        if (!snapshotLink(query, QStringLiteral("concerns"), QStringLiteral("speaker_id"),
                          participantId, &taken) ||
            !run(query, QStringLiteral("DELETE FROM participants WHERE id = ?"), {participantId}))
            return false;
        QVector<qint64> order;
        for (const Participant &seated : participants(sessionId))
            order.append(seated.id);
        return renumber(query, QStringLiteral("participants"), QStringLiteral("seat"), order);
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    notify([this, sessionId, participantId] { emit participantRemoved(sessionId, participantId); });
    return true;
}

bool Store::restoreParticipant(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = write(tr("the participant"), [&](QSqlQuery &query) {
        if (!insertRows(query, removed) || !relink(query, removed))
            return false;
        QVector<qint64> order;
        for (const Participant &seated : participants(sessionId))
            order.append(seated.id);
        return renumber(query, QStringLiteral("participants"), QStringLiteral("seat"),
                        withInsertedAt(order, id, index));
    });
    if (ok)
        notify([this, sessionId, id] { emit participantAdded(sessionId, id); });
    return ok;
}

bool Store::updateParticipant(qint64 participantId, const ColumnValue &change,
                              const std::optional<QVariant> &expected, const QString &what)
{
    const bool ok = write(what, [&](QSqlQuery &query) {
        QVector<ColumnValue> condition;
        if (expected)
            condition.append({change.column, *expected});
        return updateRow(query, QStringLiteral("participants"), participantId, {change}, condition);
    });
    if (ok) {
        const qint64 sessionId = sessionOfParticipant(participantId);
        notify([this, sessionId, participantId] {
            emit participantChanged(sessionId, participantId);
        });
    }
    return ok;
}

bool Store::setParticipantField(qint64 participantId, ParticipantField field, const QVariant &value,
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

bool Store::setParticipantName(qint64 participantId, const QString &name)
{
    return setParticipantField(participantId, ParticipantField::Name, name);
}

bool Store::setParticipantRole(qint64 participantId, const QString &role)
{
    return setParticipantField(participantId, ParticipantField::Role, role);
}

bool Store::setParticipantPresent(qint64 participantId, bool present)
{
    return setParticipantField(participantId, ParticipantField::Present, present);
}

bool Store::setParticipantNothingLeft(qint64 participantId, bool nothingLeft)
{
    return setParticipantField(participantId, ParticipantField::NothingLeft, nothingLeft);
}

bool Store::moveParticipant(qint64 sessionId, int from, int to, qint64 expectedId)
{
    const bool ok = write(tr("the seat order"), [&](QSqlQuery &query) {
        QVector<qint64> order;
        for (const Participant &seated : participants(sessionId))
            order.append(seated.id);
        if (from < 0 || from >= order.size() || to < 0 || to >= order.size() ||
            (expectedId && order.at(from) != expectedId)) {
            m_lastError = tr("the seat order was changed elsewhere in the meantime");
            return false;
        }
        order.move(from, to);
        return renumber(query, QStringLiteral("participants"), QStringLiteral("seat"), order,
                        qMin(from, to));
    });
    if (ok)
        notify([this, sessionId, from, to] { emit participantMoved(sessionId, from, to); });
    return ok;
}

bool Store::hasSpoken(qint64 participantId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM concerns WHERE speaker_id = ? LIMIT 1"));
    query.addBindValue(participantId);
    return query.exec() && query.next();
}

namespace {

qint64 lookUp(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

qint64 Store::sessionOfParticipant(qint64 participantId) const
{
    return lookUp(database(), QStringLiteral("SELECT session_id FROM participants WHERE id = ?"),
                  participantId);
}

qint64 Store::sessionOfConcern(qint64 concernId) const
{
    return lookUp(database(), QStringLiteral("SELECT session_id FROM concerns WHERE id = ?"),
                  concernId);
}

qint64 Store::sessionOfAction(qint64 actionId) const
{
    return lookUp(database(), QStringLiteral("SELECT session_id FROM actions WHERE id = ?"),
                  actionId);
}

qint64 Store::concernOfWhy(qint64 whyId) const
{
    return lookUp(database(), QStringLiteral("SELECT concern_id FROM whys WHERE id = ?"), whyId);
}

qint64 Store::sessionOfTimelineEntry(qint64 entryId) const
{
    return lookUp(database(),
                  QStringLiteral("SELECT session_id FROM timeline_entries WHERE id = ?"), entryId);
}

// ---------------------------------------------------------------------------
// Concerns and their discussion

QVector<Concern> Store::concerns(qint64 sessionId) const
{
    QVector<Concern> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(concernColumns) +
                  QLatin1String(" WHERE session_id = ? ORDER BY position, id"));
    query.addBindValue(sessionId);
    if (read(query)) {
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
    if (!read(query) || !query.next())
        return std::nullopt;
    return concernFrom(query);
}

qint64 Store::recordConcern(const Concern &concern, const TurnState &turnAfter)
{
    qint64 id = 0;
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
        const QDateTime created = concern.createdAt.isValid() ? concern.createdAt : nowUtc();
        if (!run(query,
                 QStringLiteral("INSERT INTO concerns (session_id, position, summary,"
                                " speaker_id, round, hands_raised, category, merged_into_id,"
                                " created_at, uuid, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {concern.sessionId, position, textValue(concern.summary),
                  idOrNull(concern.speakerId), qMax(1, concern.round), qMax(0, concern.handsRaised),
                  textValue(Domain::categoryKey(concern.category)), idOrNull(concern.mergedIntoId),
                  Domain::timestampText(created), Identity::newUuid(), nowText()}))
            return false;
        id = returnedId(query);
        return writeTurn(query, concern.sessionId, turnAfter);
    });
    if (!ok)
        return 0;
    const qint64 sessionId = concern.sessionId;
    notify([this, sessionId, id] {
        emit concernAdded(sessionId, id);
        emit turnChanged(sessionId);
        emit sessionChanged(sessionId);
    });
    return id;
}

bool Store::removeConcern(qint64 concernId, const TurnState &turnAfter, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = write(tr("the removal of the concern"), [&](QSqlQuery &query) {
        if (!snapshotRows(query, QStringLiteral("concerns"), QStringLiteral("id"), concernId,
                          &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_lastError = tr("it no longer exists");
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        // What goes with it: its whys, and what pointed at it.
        return snapshotRows(query, QStringLiteral("whys"), QStringLiteral("concern_id"), concernId,
                            &taken) &&
               snapshotLink(query, QStringLiteral("actions"), QStringLiteral("concern_id"),
                            concernId, &taken) &&
               snapshotLink(query, QStringLiteral("concerns"), QStringLiteral("merged_into_id"),
                            concernId, &taken) &&
               run(query, QStringLiteral("DELETE FROM concerns WHERE id = ?"), {concernId}) &&
               writeTurn(query, sessionId, turnAfter);
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    notify([this, sessionId, concernId, taken] {
        emit concernRemoved(sessionId, concernId);
        for (const RemovedRows::Link &link : taken.links) {
            for (qint64 id : link.ids) {
                if (link.table == QLatin1String("actions"))
                    emit actionChanged(sessionId, id);
                else
                    emit concernChanged(sessionId, id);
            }
        }
        emit turnChanged(sessionId);
        emit sessionChanged(sessionId);
    });
    return true;
}

bool Store::restoreConcern(const RemovedRows &removed, const TurnState &turnAfter)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = write(tr("the concern"), [&](QSqlQuery &query) {
        return insertRows(query, removed) && relink(query, removed) &&
               writeTurn(query, sessionId, turnAfter);
    });
    if (!ok)
        return false;
    notify([this, sessionId, id, removed] {
        emit concernAdded(sessionId, id);
        emit whysChanged(id);
        for (const RemovedRows::Link &link : removed.links) {
            for (qint64 linked : link.ids) {
                if (link.table == QLatin1String("actions"))
                    emit actionChanged(sessionId, linked);
                else
                    emit concernChanged(sessionId, linked);
            }
        }
        emit turnChanged(sessionId);
        emit sessionChanged(sessionId);
    });
    return true;
}

bool Store::updateConcern(qint64 concernId, const ColumnValue &change,
                          const std::optional<QVariant> &expected, const QString &what)
{
    const bool ok = write(what, [&](QSqlQuery &query) {
        QVector<ColumnValue> condition;
        if (expected)
            condition.append({change.column, *expected});
        return updateRow(query, QStringLiteral("concerns"), concernId, {change}, condition);
    });
    if (ok) {
        const qint64 sessionId = sessionOfConcern(concernId);
        notify([this, sessionId, concernId] { emit concernChanged(sessionId, concernId); });
    }
    return ok;
}

bool Store::setConcernField(qint64 concernId, ConcernField field, const QVariant &value,
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
        notify([this, sessionId] { emit sessionChanged(sessionId); });
    }
    return ok;
}

bool Store::setConcernSummary(qint64 concernId, const QString &summary)
{
    return setConcernField(concernId, ConcernField::Summary, summary);
}

bool Store::setConcernMergedInto(qint64 concernId, qint64 intoId)
{
    return setConcernField(concernId, ConcernField::MergedInto, intoId);
}

bool Store::setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text)
{
    return setConcernField(concernId, concernFieldOf(field), text);
}

QVector<Why> Store::whys(qint64 concernId) const
{
    QVector<Why> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, concern_id, position, question, answer FROM whys"
                                 " WHERE concern_id = ? ORDER BY position, id"));
    query.addBindValue(concernId);
    if (read(query)) {
        while (query.next())
            result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toInt(), query.value(3).toString(),
                           query.value(4).toString()});
    }
    return result;
}

namespace {

QVector<qint64> idsOf(const QVector<Why> &whys)
{
    QVector<qint64> ids;
    for (const Why &why : whys)
        ids.append(why.id);
    return ids;
}

} // namespace

qint64 Store::addWhy(const Why &why, int index)
{
    qint64 id = 0;
    const bool ok = write(tr("the why"), [&](QSqlQuery &query) {
        const QVector<Why> chain = whys(why.concernId);
        if (chain.size() >= Domain::maximumWhys) {
            m_lastError = tr("a chain has at most five whys");
            return false;
        }
        if (!run(query,
                 QStringLiteral("INSERT INTO whys (concern_id, position, question, answer,"
                                " uuid, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                 {why.concernId, int(chain.size()) + 1, textValue(why.question),
                  textValue(why.answer), Identity::newUuid(), nowText()}))
            return false;
        id = returnedId(query);
        const QVector<qint64> order = withInsertedAt(idsOf(chain), id, index);
        return renumber(query, QStringLiteral("whys"), QStringLiteral("position"), order,
                        int(order.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 concernId = why.concernId;
    notify([this, concernId] { emit whysChanged(concernId); });
    return id;
}

bool Store::removeWhy(qint64 whyId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 concernId = 0;
    const bool ok = write(tr("the removal of the why"), [&](QSqlQuery &query) {
        if (!snapshotRows(query, QStringLiteral("whys"), QStringLiteral("id"), whyId, &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_lastError = tr("it no longer exists");
            return false;
        }
        concernId = taken.value(QStringLiteral("concern_id")).toLongLong();
        return run(query, QStringLiteral("DELETE FROM whys WHERE id = ?"), {whyId}) &&
               renumber(query, QStringLiteral("whys"), QStringLiteral("position"),
                        idsOf(whys(concernId)));
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    notify([this, concernId] { emit whysChanged(concernId); });
    return true;
}

bool Store::restoreWhy(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 concernId = removed.value(QStringLiteral("concern_id")).toLongLong();
    const bool ok = write(tr("the why"), [&](QSqlQuery &query) {
        const QVector<Why> chain = whys(concernId);
        if (chain.size() >= Domain::maximumWhys) {
            m_lastError = tr("a chain has at most five whys");
            return false;
        }
        // Put back at the end first, so positions stay within 1..5.
        RemovedRows atEnd = removed;
        const int position = int(atEnd.rows.first().columns.indexOf(QStringLiteral("position")));
        if (position >= 0)
            atEnd.rows.first().values[position] = int(chain.size()) + 1;
        return insertRows(query, atEnd) &&
               renumber(query, QStringLiteral("whys"), QStringLiteral("position"),
                        withInsertedAt(idsOf(chain), id, index));
    });
    if (ok)
        notify([this, concernId] { emit whysChanged(concernId); });
    return ok;
}

bool Store::setWhy(qint64 whyId, const QString &question, const QString &answer)
{
    // Without an expectation: both fields change whatever they hold.
    const bool ok = write(tr("the why"), [&](QSqlQuery &query) {
        return updateRow(query, QStringLiteral("whys"), whyId,
                         {{QStringLiteral("question"), textValue(question)},
                          {QStringLiteral("answer"), textValue(answer)}},
                         {});
    });
    if (ok) {
        const qint64 concernId = concernOfWhy(whyId);
        notify([this, concernId] { emit whysChanged(concernId); });
    }
    return ok;
}

bool Store::updateWhy(const Why &before, const Why &after)
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
    const bool ok = write(tr("the why"), [&](QSqlQuery &query) {
        return updateRow(query, QStringLiteral("whys"), after.id, set, expected);
    });
    if (ok) {
        const qint64 concernId = concernOfWhy(after.id);
        notify([this, concernId] { emit whysChanged(concernId); });
    }
    return ok;
}

// ---------------------------------------------------------------------------
// Actions and their review

QVector<ActionItem> Store::actions(qint64 sessionId) const
{
    QVector<ActionItem> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(actionColumns) +
                  QLatin1String(" WHERE session_id = ? ORDER BY rank, id"));
    query.addBindValue(sessionId);
    if (read(query)) {
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
    if (!read(query) || !query.next())
        return std::nullopt;
    return actionFrom(query);
}

namespace {

QVector<qint64> idsOf(const QVector<ActionItem> &actions)
{
    QVector<qint64> ids;
    for (const ActionItem &action : actions)
        ids.append(action.id);
    return ids;
}

} // namespace

qint64 Store::addAction(const ActionItem &item, int index)
{
    qint64 id = 0;
    const bool ok = write(tr("the action"), [&](QSqlQuery &query) {
        const QVector<qint64> ranked = idsOf(actions(item.sessionId));
        const QString time = nowText();
        if (!run(query,
                 QStringLiteral("INSERT INTO actions (session_id, concern_id, text, owner,"
                                " due_date, status, rank, right_away, created_at, updated_at,"
                                " uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {item.sessionId, idOrNull(item.concernId), textValue(item.text),
                  textValue(item.owner), dateOrNull(item.dueDate), Domain::statusKey(item.status),
                  int(ranked.size()) + 1, flag(item.rightAway), time, time, Identity::newUuid()}))
            return false;
        id = returnedId(query);
        const QVector<qint64> order = withInsertedAt(ranked, id, index);
        return renumber(query, QStringLiteral("actions"), QStringLiteral("rank"), order,
                        int(order.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 sessionId = item.sessionId;
    notify([this, sessionId, id] {
        emit actionAdded(sessionId, id);
        emit sessionChanged(sessionId);
    });
    return id;
}

bool Store::removeAction(qint64 actionId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = write(tr("the removal of the action"), [&](QSqlQuery &query) {
        if (!snapshotRows(query, QStringLiteral("actions"), QStringLiteral("id"), actionId, &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_lastError = tr("it no longer exists");
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        // Reviews of it in later sessions go with it, and come back with it.
        return snapshotRows(query, QStringLiteral("action_reviews"), QStringLiteral("action_id"),
                            actionId, &taken) &&
               run(query, QStringLiteral("DELETE FROM actions WHERE id = ?"), {actionId}) &&
               renumber(query, QStringLiteral("actions"), QStringLiteral("rank"),
                        idsOf(actions(sessionId)));
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    notify([this, sessionId, actionId, taken] {
        emit actionRemoved(sessionId, actionId);
        for (const RemovedRows::Row &row : taken.rows) {
            if (row.table == QLatin1String("action_reviews"))
                emit reviewChanged(
                    row.values.at(row.columns.indexOf(QStringLiteral("session_id"))).toLongLong(),
                    actionId);
        }
        emit sessionChanged(sessionId);
    });
    return true;
}

bool Store::restoreAction(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = write(tr("the action"), [&](QSqlQuery &query) {
        if (!insertRows(query, removed))
            return false;
        return renumber(query, QStringLiteral("actions"), QStringLiteral("rank"),
                        withInsertedAt(idsOf(actions(sessionId)), id, index));
    });
    if (!ok)
        return false;
    notify([this, sessionId, id, removed] {
        emit actionAdded(sessionId, id);
        for (const RemovedRows::Row &row : removed.rows) {
            if (row.table == QLatin1String("action_reviews"))
                emit reviewChanged(
                    row.values.at(row.columns.indexOf(QStringLiteral("session_id"))).toLongLong(),
                    id);
        }
        emit sessionChanged(sessionId);
    });
    return true;
}

bool Store::updateAction(const ActionItem &before, const ActionItem &after)
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
    set.append({QStringLiteral("updated_at"), nowText()});
    const bool ok = write(tr("the action"), [&](QSqlQuery &query) {
        return updateRow(query, QStringLiteral("actions"), after.id, set, expected);
    });
    if (ok) {
        const qint64 sessionId = sessionOfAction(after.id);
        const qint64 id = after.id;
        notify([this, sessionId, id] { emit actionChanged(sessionId, id); });
    }
    return ok;
}

bool Store::moveAction(qint64 sessionId, int from, int to, qint64 expectedId)
{
    const bool ok = write(tr("the order of the actions"), [&](QSqlQuery &query) {
        QVector<qint64> ranked = idsOf(actions(sessionId));
        if (from < 0 || from >= ranked.size() || to < 0 || to >= ranked.size() ||
            (expectedId && ranked.at(from) != expectedId)) {
            m_lastError = tr("the order was changed elsewhere in the meantime");
            return false;
        }
        ranked.move(from, to);
        // Only the rows between the two places change rank.
        for (int i = qMin(from, to); i <= qMax(from, to); ++i) {
            if (!run(query,
                     QStringLiteral("UPDATE actions SET rank = ?, updated_at = ? WHERE id = ?"),
                     {i + 1, nowText(), ranked.at(i)}))
                return false;
        }
        return true;
    });
    if (ok)
        notify([this, sessionId, from, to] { emit actionMoved(sessionId, from, to); });
    return ok;
}

QVector<FollowUpItem> Store::allActions() const
{
    QVector<FollowUpItem> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral(
        "SELECT a.id, a.session_id, a.concern_id, a.text, a.owner, a.due_date, a.status, a.rank,"
        " a.right_away, s.title, s.created_at, s.team_id, t.name FROM actions a"
        " JOIN sessions s ON s.id = a.session_id LEFT JOIN teams t ON t.id = s.team_id"
        " WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC, a.rank"));
    while (query.next()) {
        FollowUpItem item;
        item.action = actionFrom(query);
        item.sessionTitle = query.value(9).toString();
        item.sessionCreatedAt = Domain::timestampFromText(query.value(10).toString());
        item.teamId = query.value(11).toLongLong();
        item.teamName = query.value(12).toString();
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
        // A session reviews what its own team left open before it, never
        // another team's actions.
        "SELECT a.id, a.session_id, a.concern_id, a.text, a.owner, a.due_date, a.status, a.rank,"
        " a.right_away, s.title, s.created_at, r.outcome FROM sessions me"
        " JOIN sessions s ON s.team_id = me.team_id AND s.id <> me.id"
        " AND (s.created_at < me.created_at OR (s.created_at = me.created_at AND s.id < me.id))"
        " JOIN actions a ON a.session_id = s.id"
        " LEFT JOIN action_reviews r ON r.action_id = a.id AND r.session_id = me.id"
        " WHERE me.id = ? AND s.deleted_at IS NULL"
        " AND (a.status IN ('open', 'in_progress') OR r.id IS NOT NULL)"
        " ORDER BY s.created_at DESC, s.id DESC, a.rank"));
    query.addBindValue(sessionId);
    if (read(query)) {
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

bool Store::setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome, ActionStatus status,
                      const std::optional<ActionStatus> &expectedStatus)
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
                                       " outcome, reviewed_at, uuid, updated_at)"
                                       " VALUES (?, ?, ?, ?, ?, ?)"
                                       " ON CONFLICT (session_id, action_id) DO UPDATE SET"
                                       " outcome = excluded.outcome,"
                                       " reviewed_at = excluded.reviewed_at,"
                                       " updated_at = excluded.updated_at"),
                        {sessionId, actionId, Domain::outcomeKey(outcome), nowText(),
                         Identity::newUuid(), nowText()})) {
            return false;
        }
        QVector<ColumnValue> condition;
        if (expectedStatus)
            condition.append({QStringLiteral("status"), Domain::statusKey(*expectedStatus)});
        return updateRow(query, QStringLiteral("actions"), actionId,
                         {{QStringLiteral("status"), Domain::statusKey(status)},
                          {QStringLiteral("updated_at"), nowText()}},
                         condition);
    });
    if (ok) {
        const qint64 actionSession = sessionOfAction(actionId);
        notify([this, sessionId, actionId, actionSession] {
            emit reviewChanged(sessionId, actionId);
            emit actionChanged(actionSession, actionId);
        });
    }
    return ok;
}

// ---------------------------------------------------------------------------
// The incident's timeline

QVector<TimelineEntry> Store::timeline(qint64 sessionId) const
{
    QVector<TimelineEntry> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, session_id, position, happened_at, description"
                                 " FROM timeline_entries WHERE session_id = ?"
                                 " ORDER BY position, id"));
    query.addBindValue(sessionId);
    if (read(query)) {
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

namespace {

QVector<qint64> idsOf(const QVector<TimelineEntry> &entries)
{
    QVector<qint64> ids;
    for (const TimelineEntry &entry : entries)
        ids.append(entry.id);
    return ids;
}

} // namespace

qint64 Store::addTimelineEntry(const TimelineEntry &entry, int index)
{
    qint64 id = 0;
    const bool ok = write(tr("the timeline entry"), [&](QSqlQuery &query) {
        const QVector<qint64> entries = idsOf(timeline(entry.sessionId));
        if (!run(query,
                 QStringLiteral("INSERT INTO timeline_entries (session_id, position,"
                                " happened_at, description, uuid, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                 {entry.sessionId, int(entries.size()) + 1, textValue(entry.happenedAt),
                  textValue(entry.description), Identity::newUuid(), nowText()}))
            return false;
        id = returnedId(query);
        const QVector<qint64> order = withInsertedAt(entries, id, index);
        return renumber(query, QStringLiteral("timeline_entries"), QStringLiteral("position"),
                        order, int(order.indexOf(id)));
    });
    if (!ok)
        return 0;
    const qint64 sessionId = entry.sessionId;
    notify([this, sessionId] { emit timelineChanged(sessionId); });
    return id;
}

bool Store::removeTimelineEntry(qint64 entryId, RemovedRows *removed)
{
    RemovedRows taken;
    qint64 sessionId = 0;
    const bool ok = write(tr("the removal of the timeline entry"), [&](QSqlQuery &query) {
        if (!snapshotRows(query, QStringLiteral("timeline_entries"), QStringLiteral("id"), entryId,
                          &taken))
            return false;
        if (taken.rows.isEmpty()) {
            m_lastError = tr("it no longer exists");
            return false;
        }
        sessionId = taken.value(QStringLiteral("session_id")).toLongLong();
        return run(query, QStringLiteral("DELETE FROM timeline_entries WHERE id = ?"), {entryId}) &&
               renumber(query, QStringLiteral("timeline_entries"), QStringLiteral("position"),
                        idsOf(timeline(sessionId)));
    });
    if (!ok)
        return false;
    if (removed)
        *removed = taken;
    notify([this, sessionId] { emit timelineChanged(sessionId); });
    return true;
}

bool Store::restoreTimelineEntry(const RemovedRows &removed, int index)
{
    const qint64 id = removed.id();
    const qint64 sessionId = removed.value(QStringLiteral("session_id")).toLongLong();
    const bool ok = write(tr("the timeline entry"), [&](QSqlQuery &query) {
        return insertRows(query, removed) &&
               renumber(query, QStringLiteral("timeline_entries"), QStringLiteral("position"),
                        withInsertedAt(idsOf(timeline(sessionId)), id, index));
    });
    if (ok)
        notify([this, sessionId] { emit timelineChanged(sessionId); });
    return ok;
}

bool Store::setTimelineEntry(qint64 entryId, const QString &happenedAt, const QString &description)
{
    const bool ok = write(tr("the timeline entry"), [&](QSqlQuery &query) {
        return updateRow(query, QStringLiteral("timeline_entries"), entryId,
                         {{QStringLiteral("happened_at"), textValue(happenedAt)},
                          {QStringLiteral("description"), textValue(description)}},
                         {});
    });
    if (ok) {
        const qint64 sessionId = sessionOfTimelineEntry(entryId);
        notify([this, sessionId] { emit timelineChanged(sessionId); });
    }
    return ok;
}

bool Store::updateTimelineEntry(const TimelineEntry &before, const TimelineEntry &after)
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
    const bool ok = write(tr("the timeline entry"), [&](QSqlQuery &query) {
        return updateRow(query, QStringLiteral("timeline_entries"), after.id, set, expected);
    });
    if (ok) {
        const qint64 sessionId = sessionOfTimelineEntry(after.id);
        notify([this, sessionId] { emit timelineChanged(sessionId); });
    }
    return ok;
}

// ---------------------------------------------------------------------------
// Templates

QVector<PromptTemplate> Store::templates(SessionKind kind) const
{
    QVector<PromptTemplate> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, name, scene, writing_prompts FROM prompt_templates"
                                 " WHERE kind = ? ORDER BY name, id"));
    query.addBindValue(Domain::kindKey(kind));
    if (read(query)) {
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
                                " created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                 {Domain::kindKey(promptTemplate.kind), textValue(promptTemplate.name),
                  textValue(promptTemplate.scene), textValue(promptTemplate.writingPrompts),
                  nowText()}))
            return false;
        id = returnedId(query);
        return true;
    });
    return ok ? id : 0;
}

// ---------------------------------------------------------------------------
// Session files

namespace {

StoredRow storedRowFrom(const QSqlQuery &query, const QString &table)
{
    StoredRow row;
    row.table = table;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        row.columns.append(record.fieldName(i));
        row.values.append(query.value(i));
    }
    return row;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Bound values in slices SQLite accepts in one statement.
constexpr int sliceSize = 500;

// The session a row of a shared table belongs to, to tell models to read
// it again: the row's own session_id, or its concern's, or itself.
QString sessionOfRowSql(const QString &table)
{
    if (table == QLatin1String("sessions"))
        return QStringLiteral("SELECT id FROM sessions WHERE id = ?");
    if (table == QLatin1String("whys"))
        return QStringLiteral("SELECT c.session_id FROM whys w JOIN concerns c ON c.id = "
                              "w.concern_id WHERE w.id = ?");
    if (table == QLatin1String("teams"))
        return {};
    return QStringLiteral("SELECT session_id FROM %1 WHERE id = ?").arg(table);
}

} // namespace

QVector<StoredRow> Store::rowsOfSessions(const QVector<qint64> &sessionIds) const
{
    QHash<QString, QVector<StoredRow>> byTable;
    QSet<qint64> teams;
    QSet<qint64> actions;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    auto collect = [&](const QString &table, const QString &sql, qint64 id) {
        query.prepare(sql);
        query.addBindValue(id);
        if (!read(query))
            return;
        while (query.next())
            byTable[table].append(storedRowFrom(query, table));
    };
    QVector<qint64> live;
    for (qint64 sessionId : sessionIds) {
        query.prepare(QStringLiteral("SELECT * FROM sessions WHERE id = ? AND deleted_at IS NULL"));
        query.addBindValue(sessionId);
        if (!read(query) || !query.next())
            continue;
        const StoredRow session = storedRowFrom(query, QStringLiteral("sessions"));
        byTable[QStringLiteral("sessions")].append(session);
        live.append(sessionId);
        const qint64 team = session.value(QStringLiteral("team_id")).toLongLong();
        if (team && !teams.contains(team)) {
            teams.insert(team);
            collect(QStringLiteral("teams"), QStringLiteral("SELECT * FROM teams WHERE id = ?"),
                    team);
        }
    }
    for (qint64 sessionId : std::as_const(live)) {
        for (const QString &table : {QStringLiteral("participants"), QStringLiteral("concerns"),
                                     QStringLiteral("actions"), QStringLiteral("timeline_entries")})
            collect(table,
                    QStringLiteral("SELECT * FROM %1 WHERE session_id = ? ORDER BY id").arg(table),
                    sessionId);
        collect(QStringLiteral("whys"),
                QStringLiteral("SELECT w.* FROM whys w JOIN concerns c ON c.id = w.concern_id"
                               " WHERE c.session_id = ? ORDER BY w.id"),
                sessionId);
    }
    for (const StoredRow &action : std::as_const(byTable[QStringLiteral("actions")]))
        actions.insert(action.value(QStringLiteral("id")).toLongLong());
    // A review travels with the action it reviews; one of an action left
    // behind would point at nothing.
    for (qint64 sessionId : std::as_const(live)) {
        query.prepare(
            QStringLiteral("SELECT * FROM action_reviews WHERE session_id = ? ORDER BY id"));
        query.addBindValue(sessionId);
        if (!read(query))
            continue;
        while (query.next()) {
            if (actions.contains(query.value(QStringLiteral("action_id")).toLongLong()))
                byTable[QStringLiteral("action_reviews")].append(
                    storedRowFrom(query, QStringLiteral("action_reviews")));
        }
    }
    QVector<StoredRow> result;
    for (const QString &table : Identity::sharedTables())
        result += byTable.value(table);
    return result;
}

QHash<QString, StoredRow> Store::rowsByUuid(const QString &table, const QStringList &uuids) const
{
    QHash<QString, StoredRow> result;
    if (!Identity::sharedTables().contains(table))
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (int from = 0; from < uuids.size(); from += sliceSize) {
        const QStringList slice = uuids.mid(from, sliceSize);
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE uuid IN (%2)")
                          .arg(table, placeholders(int(slice.size()))));
        for (const QString &uuid : slice)
            query.addBindValue(uuid);
        if (!read(query))
            continue;
        while (query.next()) {
            const StoredRow row = storedRowFrom(query, table);
            result.insert(row.value(QStringLiteral("uuid")).toString(), row);
        }
    }
    return result;
}

QHash<QString, QString> Store::reviewsByPair(const QStringList &sessionUuids) const
{
    QHash<QString, QString> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (int from = 0; from < sessionUuids.size(); from += sliceSize) {
        const QStringList slice = sessionUuids.mid(from, sliceSize);
        query.prepare(QStringLiteral("SELECT s.uuid, a.uuid, r.uuid FROM action_reviews r"
                                     " JOIN sessions s ON s.id = r.session_id"
                                     " JOIN actions a ON a.id = r.action_id"
                                     " WHERE s.uuid IN (%1)")
                          .arg(placeholders(int(slice.size()))));
        for (const QString &uuid : slice)
            query.addBindValue(uuid);
        if (!read(query))
            continue;
        while (query.next())
            result.insert(query.value(0).toString() + QLatin1Char('|') + query.value(1).toString(),
                          query.value(2).toString());
    }
    return result;
}

QHash<QString, int> Store::whyCounts(const QStringList &concernUuids) const
{
    QHash<QString, int> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (int from = 0; from < concernUuids.size(); from += sliceSize) {
        const QStringList slice = concernUuids.mid(from, sliceSize);
        query.prepare(QStringLiteral("SELECT c.uuid, count(*) FROM whys w"
                                     " JOIN concerns c ON c.id = w.concern_id"
                                     " WHERE c.uuid IN (%1) GROUP BY c.uuid")
                          .arg(placeholders(int(slice.size()))));
        for (const QString &uuid : slice)
            query.addBindValue(uuid);
        if (!read(query))
            continue;
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toInt());
    }
    return result;
}

QHash<qint64, QString> Store::uuidsOf(const QString &table, const QVector<qint64> &ids) const
{
    QHash<qint64, QString> result;
    if (!Identity::sharedTables().contains(table))
        return result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (int from = 0; from < ids.size(); from += sliceSize) {
        const QVector<qint64> slice = ids.mid(from, sliceSize);
        query.prepare(QStringLiteral("SELECT id, uuid FROM %1 WHERE id IN (%2)")
                          .arg(table, placeholders(int(slice.size()))));
        for (qint64 id : slice)
            query.addBindValue(id);
        if (!read(query))
            continue;
        while (query.next())
            result.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return result;
}

QHash<QString, QString> Store::sharedFingerprints(const QStringList &uuids) const
{
    QHash<QString, QString> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    for (int from = 0; from < uuids.size(); from += sliceSize) {
        const QStringList slice = uuids.mid(from, sliceSize);
        query.prepare(QStringLiteral("SELECT uuid, fingerprint FROM shared_versions"
                                     " WHERE uuid IN (%1)")
                          .arg(placeholders(int(slice.size()))));
        for (const QString &uuid : slice)
            query.addBindValue(uuid);
        if (!read(query))
            continue;
        while (query.next())
            result.insert(query.value(0).toString(), query.value(1).toString());
    }
    return result;
}

bool Store::recordShared(const QHash<QString, QString> &fingerprints)
{
    return write(tr("what was exported"), [&](QSqlQuery &query) {
        for (auto it = fingerprints.cbegin(); it != fingerprints.cend(); ++it) {
            if (!run(query,
                     QStringLiteral("INSERT INTO shared_versions (uuid, fingerprint) VALUES (?, ?)"
                                    " ON CONFLICT (uuid) DO UPDATE SET"
                                    " fingerprint = excluded.fingerprint"),
                     {it.key(), it.value()}))
                return false;
        }
        return true;
    });
}

bool Store::applyImport(ImportPlan *plan)
{
    QSet<qint64> addedSessions;
    QSet<qint64> touchedSessions;
    bool teamsTouched = false;
    const bool ok = write(tr("the import"), [&](QSqlQuery &query) {
        QHash<QString, QHash<QString, qint64>> known;
        auto localId = [&](const QString &table, const QString &uuid) -> qint64 {
            const auto cached = known[table].constFind(uuid);
            if (cached != known[table].cend())
                return *cached;
            QSqlQuery lookup(database());
            lookup.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
            lookup.addBindValue(uuid);
            const qint64 id = lookup.exec() && lookup.next() ? lookup.value(0).toLongLong() : 0;
            if (id)
                known[table].insert(uuid, id);
            return id;
        };
        struct Deferred
        {
            QString table;
            qint64 id;
            QString column;
            QString target;
            QString uuid;
        };
        QVector<Deferred> deferred;
        for (ImportStep &step : plan->steps) {
            QStringList columns = step.columns;
            QVariantList values = step.values;
            for (auto it = step.references.cbegin(); it != step.references.cend(); ++it) {
                const QString target = Identity::referencedTable(step.table, it.key());
                qint64 id = it.value().isEmpty() ? 0 : localId(target, it.value());
                if (!it.value().isEmpty() && id == 0) {
                    // Rows that refer forwards (a concern merged into a later
                    // one, the speaker whose turn it is) get their reference
                    // once everything is in.
                    deferred.append({step.table, 0, it.key(), target, it.value()});
                }
                columns.append(it.key());
                values.append(idOrNull(id));
            }
            if (step.kind == ImportStep::Kind::Add) {
                if (step.localId) {
                    columns.prepend(QStringLiteral("id"));
                    values.prepend(step.localId);
                }
                columns.append(QStringLiteral("uuid"));
                values.append(step.uuid);
                if (!run(query,
                         QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                             .arg(step.table, columns.join(QStringLiteral(", ")),
                                  placeholders(int(columns.size()))),
                         values))
                    return false;
                step.localId = returnedId(query);
                known[step.table].insert(step.uuid, step.localId);
            } else {
                step.localId = localId(step.table, step.uuid);
                if (!step.localId) {
                    m_lastError = tr("a row it changes no longer exists here");
                    return false;
                }
                if (!run(query,
                         QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                             .arg(columns.join(QStringLiteral(", ")), step.table),
                         {step.localId}) ||
                    !query.next())
                    return false;
                step.previousColumns = columns;
                step.previousValues.clear();
                for (int i = 0; i < columns.size(); ++i)
                    step.previousValues.append(query.value(i));
                QVector<ColumnValue> set;
                for (int i = 0; i < columns.size(); ++i)
                    set.append({columns.at(i), values.at(i)});
                if (!updateRow(query, step.table, step.localId, set, {}))
                    return false;
            }
            for (Deferred &pending : deferred) {
                if (pending.id == 0 && pending.table == step.table)
                    pending.id = step.localId;
            }
            if (step.table == QLatin1String("teams"))
                teamsTouched = true;
            else if (step.table == QLatin1String("sessions") && step.kind == ImportStep::Kind::Add)
                addedSessions.insert(step.localId);
        }
        for (const Deferred &pending : std::as_const(deferred)) {
            const qint64 target = localId(pending.target, pending.uuid);
            if (!target) {
                m_lastError = tr("it refers to a row that is not in the file");
                return false;
            }
            if (!run(query,
                     QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                         .arg(pending.table, pending.column),
                     {target, pending.id}))
                return false;
        }
        // The sessions each changed row belongs to, to read them again.
        for (const ImportStep &step : std::as_const(plan->steps)) {
            const QString sql = sessionOfRowSql(step.table);
            if (sql.isEmpty())
                continue;
            if (!run(query, sql, {step.localId}))
                return false;
            if (query.next())
                touchedSessions.insert(query.value(0).toLongLong());
        }
        const QHash<QString, QString> before = sharedFingerprints(plan->fingerprints.keys());
        plan->previousFingerprints.clear();
        for (auto it = plan->fingerprints.cbegin(); it != plan->fingerprints.cend(); ++it) {
            plan->previousFingerprints.insert(it.key(), before.value(it.key()));
            if (!run(query,
                     QStringLiteral("INSERT INTO shared_versions (uuid, fingerprint) VALUES (?, ?)"
                                    " ON CONFLICT (uuid) DO UPDATE SET"
                                    " fingerprint = excluded.fingerprint"),
                     {it.key(), it.value()}))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    plan->applied = true;
    notify([this, addedSessions, touchedSessions, teamsTouched] {
        if (teamsTouched)
            emit teamsChanged();
        for (qint64 id : addedSessions)
            emit sessionAdded(id);
        for (qint64 id : touchedSessions) {
            if (addedSessions.contains(id))
                continue;
            emit sessionChanged(id);
            emit sessionReplaced(id);
        }
    });
    return true;
}

bool Store::revertImport(const ImportPlan &plan)
{
    QSet<qint64> removedSessions;
    QSet<qint64> touchedSessions;
    bool teamsTouched = false;
    const bool ok = write(tr("the import"), [&](QSqlQuery &query) {
        // Before anything goes, the sessions it touched, to read them again.
        for (const ImportStep &step : plan.steps) {
            const QString sql = sessionOfRowSql(step.table);
            if (sql.isEmpty()) {
                teamsTouched = true;
                continue;
            }
            if (!run(query, sql, {step.localId}))
                return false;
            if (query.next())
                touchedSessions.insert(query.value(0).toLongLong());
        }
        for (int i = int(plan.steps.size()) - 1; i >= 0; --i) {
            const ImportStep &step = plan.steps.at(i);
            if (step.kind == ImportStep::Kind::Add) {
                if (!run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(step.table),
                         {step.localId}))
                    return false;
                if (step.table == QLatin1String("sessions"))
                    removedSessions.insert(step.localId);
                continue;
            }
            // What the import wrote, unless someone has changed it since.
            QVector<ColumnValue> set;
            QVector<ColumnValue> expected;
            for (int c = 0; c < step.previousColumns.size(); ++c) {
                const QString &column = step.previousColumns.at(c);
                set.append({column, step.previousValues.at(c)});
                const int written = int(step.columns.indexOf(column));
                if (written >= 0 && column != QLatin1String("updated_at"))
                    expected.append({column, step.values.at(written)});
            }
            if (!updateRow(query, step.table, step.localId, set, expected))
                return false;
        }
        for (auto it = plan.previousFingerprints.cbegin(); it != plan.previousFingerprints.cend();
             ++it) {
            const bool had = !it.value().isEmpty();
            if (!run(query,
                     had ? QStringLiteral(
                               "UPDATE shared_versions SET fingerprint = ? WHERE uuid = ?")
                         : QStringLiteral("DELETE FROM shared_versions WHERE uuid = ?"),
                     had ? QVariantList{it.value(), it.key()} : QVariantList{it.key()}))
                return false;
        }
        return true;
    });
    if (!ok)
        return false;
    notify([this, removedSessions, touchedSessions, teamsTouched] {
        if (teamsTouched)
            emit teamsChanged();
        for (qint64 id : removedSessions)
            emit sessionRemoved(id);
        for (qint64 id : touchedSessions) {
            if (removedSessions.contains(id))
                continue;
            emit sessionChanged(id);
            emit sessionReplaced(id);
        }
    });
    return true;
}
