#include "transferrows.h"

#include "identity.h"
#include "rowmappers.h"
#include "storeconnection.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace RowMappers;

TransferRows::TransferRows(Store &store, StoreConnection &db)
    : m_store(store)
    , m_db(db)
{}

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

// Bound values in slices SQLite accepts in one statement.
constexpr int sliceSize = 500;

QVariantList variantsOf(const QStringList &texts)
{
    QVariantList values;
    values.reserve(texts.size());
    for (const QString &text : texts)
        values.append(text);
    return values;
}

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

QVector<StoredRow> TransferRows::rowsOfSessions(const QVector<qint64> &sessionIds) const
{
    QHash<QString, QVector<StoredRow>> byTable;
    QSet<qint64> teams;
    QSet<qint64> actions;
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    auto collect = [&](const QString &table, const QString &sql, qint64 id) {
        query.prepare(sql);
        query.addBindValue(id);
        if (!m_db.read(query))
            return;
        while (query.next())
            byTable[table].append(storedRowFrom(query, table));
    };
    QVector<qint64> live;
    for (qint64 sessionId : sessionIds) {
        query.prepare(QStringLiteral("SELECT * FROM sessions WHERE id = ? AND deleted_at IS NULL"));
        query.addBindValue(sessionId);
        if (!m_db.read(query) || !query.next())
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
        if (!m_db.read(query))
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

QHash<QString, StoredRow> TransferRows::rowsByUuid(const QString &table,
                                                   const QStringList &uuids) const
{
    QHash<QString, StoredRow> result;
    if (!Identity::sharedTables().contains(table))
        return result;
    readInSlices(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE uuid IN (%1)"),
                 variantsOf(uuids), [&](const QSqlQuery &query) {
                     const StoredRow row = storedRowFrom(query, table);
                     result.insert(row.value(QStringLiteral("uuid")).toString(), row);
                 });
    return result;
}

QHash<QString, QString> TransferRows::reviewsByPair(const QStringList &sessionUuids) const
{
    QHash<QString, QString> result;
    readInSlices(QStringLiteral("SELECT s.uuid, a.uuid, r.uuid FROM action_reviews r"
                                " JOIN sessions s ON s.id = r.session_id"
                                " JOIN actions a ON a.id = r.action_id"
                                " WHERE s.uuid IN (%1)"),
                 variantsOf(sessionUuids), [&](const QSqlQuery &query) {
                     result.insert(query.value(0).toString() + QLatin1Char('|') +
                                       query.value(1).toString(),
                                   query.value(2).toString());
                 });
    return result;
}

QHash<QString, int> TransferRows::whyCounts(const QStringList &concernUuids) const
{
    QHash<QString, int> result;
    readInSlices(QStringLiteral("SELECT c.uuid, count(*) FROM whys w"
                                " JOIN concerns c ON c.id = w.concern_id"
                                " WHERE c.uuid IN (%1) GROUP BY c.uuid"),
                 variantsOf(concernUuids), [&](const QSqlQuery &query) {
                     result.insert(query.value(0).toString(), query.value(1).toInt());
                 });
    return result;
}

QHash<qint64, QString> TransferRows::uuidsOf(const QString &table, const QVector<qint64> &ids) const
{
    QHash<qint64, QString> result;
    if (!Identity::sharedTables().contains(table))
        return result;
    QVariantList keys;
    keys.reserve(ids.size());
    for (qint64 id : ids)
        keys.append(id);
    readInSlices(QStringLiteral("SELECT id, uuid FROM ") + table +
                     QStringLiteral(" WHERE id IN (%1)"),
                 keys, [&](const QSqlQuery &query) {
                     result.insert(query.value(0).toLongLong(), query.value(1).toString());
                 });
    return result;
}

QHash<QString, QString> TransferRows::sharedFingerprints(const QStringList &uuids) const
{
    QHash<QString, QString> result;
    readInSlices(QStringLiteral("SELECT uuid, fingerprint FROM shared_versions WHERE uuid IN (%1)"),
                 variantsOf(uuids), [&](const QSqlQuery &query) {
                     result.insert(query.value(0).toString(), query.value(1).toString());
                 });
    return result;
}

void TransferRows::readInSlices(const QString &sql, const QVariantList &keys,
                                const std::function<void(const QSqlQuery &)> &visit) const
{
    for (int from = 0; from < keys.size(); from += sliceSize) {
        const QVariantList slice = keys.mid(from, sliceSize);
        // A slice whose read fails has been reported; the others still count.
        m_db.readEach(sql.arg(placeholders(int(slice.size()))), slice, visit);
    }
}

bool TransferRows::recordShared(const QHash<QString, QString> &fingerprints)
{
    return m_db.write(tr("what was exported"), [&](QSqlQuery &query) {
        for (auto it = fingerprints.cbegin(); it != fingerprints.cend(); ++it) {
            if (!m_db.run(
                    query,
                    QStringLiteral("INSERT INTO shared_versions (uuid, fingerprint) VALUES (?, ?)"
                                   " ON CONFLICT (uuid) DO UPDATE SET"
                                   " fingerprint = excluded.fingerprint"),
                    {it.key(), it.value()}))
                return false;
        }
        return true;
    });
}

bool TransferRows::applyImport(ImportPlan *plan)
{
    QSet<qint64> addedSessions;
    QSet<qint64> touchedSessions;
    bool teamsTouched = false;
    const bool ok = m_db.write(tr("the import"), [&](QSqlQuery &query) {
        // Rows arrive table by table, before some of what they refer to.
        if (!m_db.deferReferences(query))
            return false;
        QHash<QString, QHash<QString, qint64>> known;
        auto localId = [&](const QString &table, const QString &uuid) -> qint64 {
            const auto cached = known[table].constFind(uuid);
            if (cached != known[table].cend())
                return *cached;
            QSqlQuery lookup(m_db.database());
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
                if (!m_db.run(query,
                              QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                  .arg(step.table, columns.join(QStringLiteral(", ")),
                                       placeholders(int(columns.size()))),
                              values))
                    return false;
                step.localId = m_db.returnedId(query);
                known[step.table].insert(step.uuid, step.localId);
            } else {
                step.localId = localId(step.table, step.uuid);
                if (!step.localId) {
                    m_db.setLastError(tr("a row it changes no longer exists here"));
                    return false;
                }
                if (!m_db.run(query,
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
                if (!m_db.updateRow(query, step.table, step.localId, set, {}))
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
                m_db.setLastError(tr("it refers to a row that is not in the file"));
                return false;
            }
            if (!m_db.run(query,
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
            if (!m_db.run(query, sql, {step.localId}))
                return false;
            if (query.next())
                touchedSessions.insert(query.value(0).toLongLong());
        }
        const QHash<QString, QString> before = sharedFingerprints(plan->fingerprints.keys());
        plan->previousFingerprints.clear();
        for (auto it = plan->fingerprints.cbegin(); it != plan->fingerprints.cend(); ++it) {
            plan->previousFingerprints.insert(it.key(), before.value(it.key()));
            if (!m_db.run(
                    query,
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
    m_db.notify([this, addedSessions, touchedSessions, teamsTouched] {
        if (teamsTouched)
            emit m_store.teamsChanged();
        for (qint64 id : addedSessions)
            emit m_store.sessionAdded(id);
        for (qint64 id : touchedSessions) {
            if (addedSessions.contains(id))
                continue;
            emit m_store.sessionChanged(id);
            emit m_store.sessionReplaced(id);
        }
    });
    return true;
}

bool TransferRows::revertImport(const ImportPlan &plan)
{
    QSet<qint64> removedSessions;
    QSet<qint64> touchedSessions;
    bool teamsTouched = false;
    const bool ok = m_db.write(tr("the import"), [&](QSqlQuery &query) {
        if (!m_db.deferReferences(query))
            return false;
        // Before anything goes, the sessions it touched, to read them again.
        for (const ImportStep &step : plan.steps) {
            const QString sql = sessionOfRowSql(step.table);
            if (sql.isEmpty()) {
                teamsTouched = true;
                continue;
            }
            if (!m_db.run(query, sql, {step.localId}))
                return false;
            if (query.next())
                touchedSessions.insert(query.value(0).toLongLong());
        }
        for (int i = int(plan.steps.size()) - 1; i >= 0; --i) {
            const ImportStep &step = plan.steps.at(i);
            if (step.kind == ImportStep::Kind::Add) {
                if (!m_db.run(query, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(step.table),
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
            if (!m_db.updateRow(query, step.table, step.localId, set, expected))
                return false;
        }
        for (auto it = plan.previousFingerprints.cbegin(); it != plan.previousFingerprints.cend();
             ++it) {
            const bool had = !it.value().isEmpty();
            if (!m_db.run(query,
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
    m_db.notify([this, removedSessions, touchedSessions, teamsTouched] {
        if (teamsTouched)
            emit m_store.teamsChanged();
        for (qint64 id : removedSessions)
            emit m_store.sessionRemoved(id);
        for (qint64 id : touchedSessions) {
            if (removedSessions.contains(id))
                continue;
            emit m_store.sessionChanged(id);
            emit m_store.sessionReplaced(id);
        }
    });
    return true;
}
