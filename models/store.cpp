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
    QVector<SessionSummary> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.exec(QLatin1String(sessionSummaryColumns) +
               QLatin1String(" WHERE s.deleted_at IS NULL ORDER BY s.created_at DESC, s.id DESC"));
    while (query.next())
        result.append(summaryFrom(query));
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

qint64 Store::createSession(SessionKind kind, const QString &title)
{
    qint64 id = 0;
    const bool ok = write(tr("the new session"), [&](QSqlQuery &query) {
        const QString time = now();
        query.prepare(QStringLiteral("INSERT INTO sessions (kind, title, created_at, updated_at)"
                                     " VALUES (?, ?, ?, ?)"));
        query.addBindValue(Domain::kindKey(kind));
        query.addBindValue(textValue(title));
        query.addBindValue(time);
        query.addBindValue(time);
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
