#include "storeconnection.h"

#include "clock.h"
#include "dialect.h"
#include "domain.h"
#include "identity.h"
#include "integritycheck.h"
#include "rowmappers.h"
#include "store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

struct StoreConnection::OpenBatch
{
    bool began = false;
    bool failed = false;
    bool referencesDeferred = false;
    QString reason;
    std::vector<std::function<void()>> pendingSignals;
};

void StoreConnection::enterBatch()
{
    if (m_batchDepth++ == 0)
        beginBatch();
}

bool StoreConnection::leaveBatch(bool ok, const QString &failureMessage, const QString &subject)
{
    OpenBatch &batch = *m_batch;
    if (!ok && !batch.failed) {
        batch.failed = true;
        batch.reason = m_lastError;
    }
    if (--m_batchDepth > 0)
        return !batch.failed;
    return endBatch(failureMessage, subject);
}

void StoreConnection::beginBatch()
{
    m_batch = std::make_unique<OpenBatch>();
    m_lastError.clear();
    if (m_pendingCheck && !m_pendingCheck->waitForVerdict()) {
        m_batch->failed = true;
        m_batch->reason = m_pendingCheck->problem();
        return;
    }
    QSqlDatabase db = database();
    bool began = db.transaction();
    // A server that went away and came back: its connection is gone, so
    // the write tries once on a new one. (A file's connection never goes.)
    if (!began && Dialect::of(db).isServer())
        began = reopen(db) && db.transaction();
    if (!began) {
        m_batch->failed = true;
        m_batch->reason =
            Dialect::of(db).isServer() && !db.isOpen()
                ? tr("the database server cannot be reached (%1)")
                      .arg(db.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed())
                : db.lastError().text();
        return;
    }
    m_batch->began = true;
}

bool StoreConnection::endBatch(const QString &failureMessage, const QString &subject)
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
        emit m_store.writeFailed(
            failureMessage.isEmpty() ? m_lastError : failureMessage.arg(subject, m_lastError));
        return false;
    }
    emit m_store.committed();
    for (const std::function<void()> &signal : batch->pendingSignals)
        signal();
    return true;
}

void StoreConnection::notify(std::function<void()> signal)
{
    if (m_batch)
        m_batch->pendingSignals.push_back(std::move(signal));
    else
        signal();
}

void StoreConnection::setClock(const Clock *clock)
{
    m_clock = clock;
}

QDateTime StoreConnection::nowUtc() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

QString StoreConnection::nowText() const
{
    return Domain::timestampText(nowUtc());
}

StoreConnection::StoreConnection(Store &store, const QString &connectionName)
    : m_store(store)
    , m_connectionName(connectionName)
{}

StoreConnection::~StoreConnection() = default;

void StoreConnection::setPendingIntegrityCheck(std::shared_ptr<IntegrityCheck> check)
{
    m_pendingCheck = std::move(check);
}

QSqlDatabase StoreConnection::database() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A server connection dropped after a failure is opened again when
    // next needed outside an edit (an edit reconnects in beginBatch()).
    if (!m_batch && !db.isOpen() && db.isValid() && Dialect::of(db).isServer())
        reopen(db);
    return db;
}

bool StoreConnection::reopen(QSqlDatabase &db) const
{
    // Statements prepared on the old connection died with it, and so did
    // its session settings.
    m_writeQueries.clear();
    db.close();
    QString ignored;
    return db.open() && Dialect::of(db).configure(db, &ignored);
}

bool StoreConnection::read(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    QSqlDatabase db = database();
    const bool server = Dialect::of(db).isServer();
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
    emit m_store.readFailed(tr("Could not read from the database: %1").arg(reason));
    return false;
}

QSqlQuery StoreConnection::prepared(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query;
}

bool StoreConnection::readEach(const QString &sql, const QVariantList &values,
                               const std::function<void(const QSqlQuery &)> &visit) const
{
    QSqlQuery query = prepared(sql, values);
    if (!read(query))
        return false;
    while (query.next())
        visit(query);
    return true;
}

qint64 StoreConnection::lookUp(const QString &sql, qint64 id) const
{
    return readRow(sql, {id}, [](const QSqlQuery &query) { return query.value(0).toLongLong(); })
        .value_or(0);
}

bool StoreConnection::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

qint64 StoreConnection::returnedId(QSqlQuery &query)
{
    // Read from INSERT … RETURNING id rather than lastInsertId(), which
    // on some drivers asks for the last id the connection made, not the
    // row's. The statement is finished so that the transaction can commit.
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool StoreConnection::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    // A statement run row after row (an import, a renumbering) is prepared
    // once; the values bound anew each time.
    if (query.lastQuery() != sql)
        query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return exec(query);
}

QSqlQuery &StoreConnection::writeQuery()
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

bool StoreConnection::write(const QString &what, const std::function<bool(QSqlQuery &)> &body)
{
    // On its own, a write is a batch of one.
    const bool own = !m_batch;
    if (own)
        enterBatch();
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
    return own ? leaveBatch(ok, tr("Could not save %1: %2"), what) : ok;
}

bool StoreConnection::updateRow(QSqlQuery &query, const QString &table, qint64 id,
                                const QVector<ColumnValue> &set,
                                const QVector<ColumnValue> &expected)
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

bool StoreConnection::renumber(QSqlQuery &query, const QString &table,
                               const QString &positionColumn, const QVector<qint64> &idsInOrder,
                               int firstChanged)
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

bool StoreConnection::snapshotRows(QSqlQuery &query, const QString &table,
                                   const QString &whereColumn, qint64 id, RemovedRows *removed)
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

bool StoreConnection::snapshotLink(QSqlQuery &query, const QString &table, const QString &column,
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

bool StoreConnection::deferReferences(QSqlQuery &query)
{
    if (m_batch->referencesDeferred)
        return true;
    // Not a statement a server will prepare: sent as it is.
    if (!query.exec(Dialect::of(database()).deferForeignKeys())) {
        m_lastError = query.lastError().text();
        return false;
    }
    m_batch->referencesDeferred = true;
    return true;
}

bool StoreConnection::insertRows(QSqlQuery &query, const RemovedRows &removed)
{
    // Rows come back in the order they were taken, which need not be the
    // order their references allow.
    if (!deferReferences(query))
        return false;
    for (const RemovedRows::Row &row : removed.rows) {
        if (!run(query,
                 QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                     .arg(row.table, row.columns.join(QStringLiteral(", ")),
                          RowMappers::placeholders(int(row.columns.size()))),
                 row.values))
            return false;
    }
    return true;
}

bool StoreConnection::relink(QSqlQuery &query, const RemovedRows &removed)
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
