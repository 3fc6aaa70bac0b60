#include "database.h"
#include "testpostgresql.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

// Candor's PostgreSQL schema (models/storage/migrations/postgresql/
// 0006_schema.sql) run on the private test server, against the SQLite schema
// the app itself builds: the same tables, columns, keys, indexes, checks and
// triggers, and the same statements leaving the same rows and counts on both.
// A difference names its table and column.
class tst_PostgresqlSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void metaHoldsSchemaVersionAndOldestCandor();
    void sameTables();
    void sameTableShape_data();
    void sameTableShape();
    void postgresqlColumnsKeepSqliteMeaning();
    void sameStatementsLeaveSameRowsAndCounts();
    void sameStatementsRefused_data();
    void sameStatementsRefused();
    void deferredReferencesWaitForCommit();

private:
    std::unique_ptr<TestPostgresql::FreshDatabase> m_fresh;
    QTemporaryDir m_folder;
    QSqlDatabase m_pg;
    QSqlDatabase m_sqlite;
};

namespace {

const QString pgConnection = QStringLiteral("schema-postgresql");
const QString sqliteConnection = QStringLiteral("schema-sqlite");
const QString schemaResource = QStringLiteral(":/migrations/postgresql/0006_schema.sql");
// Tables only one engine has: SQLite's own AUTOINCREMENT bookkeeping, and
// the PostgreSQL schema's stand-in for PRAGMA user_version.
const QString sqliteOnlyTable = QStringLiteral("sqlite_sequence");
const QString postgresqlOnlyTable = QStringLiteral("candor_meta");
// The trigger that keeps identities from handing out an id twice.
const QString idTakenSuffix = QStringLiteral("_id_taken");

QString errorOf(const QSqlQuery &query)
{
    return query.lastQuery() + QStringLiteral(": ") + query.lastError().text();
}

// Every row of sql, each row's values joined by " | ", NULL as "NULL".
QStringList rowsOf(QSqlDatabase db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    QStringList rows;
    if (!query.exec(sql)) {
        if (error)
            *error = errorOf(query);
        else
            qWarning("%s", qPrintable(errorOf(query)));
        return rows;
    }
    const int columns = query.record().count();
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values.append(query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
        rows.append(values.join(QStringLiteral(" | ")));
    }
    return rows;
}

// What both schemas are compared by, aspect by aspect, for one table.
struct TableShape
{
    // "name TYPE NOT NULL DEFAULT x", in the table's order.
    QStringList columns;
    // Each of these is compared as a set.
    QStringList primaryKey;
    QStringList indexes;
    QStringList foreignKeys;
    QStringList triggers;
    int checks = 0;
};

QString columnText(const QString &name, const QString &type, bool notNull,
                   const QString &defaultValue)
{
    QString text = name + QLatin1Char(' ') + type;
    if (notNull)
        text += QStringLiteral(" NOT NULL");
    if (!defaultValue.isEmpty())
        text += QStringLiteral(" DEFAULT ") + defaultValue;
    return text;
}

QString indexText(const QString &name, bool unique, const QString &columns, bool partial)
{
    return QStringLiteral("%1: %2INDEX (%3)%4")
        .arg(name, unique ? QStringLiteral("UNIQUE ") : QString(), columns,
             partial ? QStringLiteral(" WHERE …") : QString());
}

TableShape sqliteShape(QSqlDatabase db, const QString &table)
{
    TableShape shape;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (query.next()) {
        const QString name = query.value(1).toString();
        const bool isKey = query.value(5).toInt() > 0;
        // A key column never holds NULL in Candor; SQLite only leaves
        // "NOT NULL" unsaid for it.
        shape.columns.append(columnText(name, query.value(2).toString().toUpper(),
                                        query.value(3).toBool() || isKey,
                                        query.value(4).toString()));
        if (isKey)
            shape.primaryKey.append(name);
    }

    QSqlQuery indexes(db);
    indexes.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table));
    while (indexes.next()) {
        const QString name = indexes.value(1).toString();
        const QString origin = indexes.value(3).toString();
        if (origin == QLatin1String("pk"))
            continue;
        QStringList columns;
        query.exec(QStringLiteral("PRAGMA index_xinfo(%1)").arg(name));
        while (query.next()) {
            if (query.value(5).toBool())
                columns.append(query.value(2).toString() +
                               (query.value(3).toBool() ? QStringLiteral(" DESC") : QString()));
        }
        // A table's UNIQUE (…) has no name of its own in SQLite.
        shape.indexes.append(
            origin == QLatin1String("u")
                ? QStringLiteral("UNIQUE (%1)").arg(columns.join(QStringLiteral(", ")))
                : indexText(name, indexes.value(2).toBool(), columns.join(QStringLiteral(", ")),
                            indexes.value(4).toBool()));
    }

    query.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(table));
    while (query.next())
        shape.foreignKeys.append(QStringLiteral("%1 -> %2 (%3) ON UPDATE %4 ON DELETE %5")
                                     .arg(query.value(3).toString(), query.value(2).toString(),
                                          query.value(4).toString(), query.value(5).toString(),
                                          query.value(6).toString()));

    query.prepare(QStringLiteral("SELECT name FROM sqlite_master"
                                 " WHERE type = 'trigger' AND tbl_name = ?"));
    query.addBindValue(table);
    query.exec();
    while (query.next())
        shape.triggers.append(query.value(0).toString());

    query.prepare(
        QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    if (query.exec() && query.next()) {
        static const QRegularExpression check(QStringLiteral("\\bCHECK\\s*\\("),
                                              QRegularExpression::CaseInsensitiveOption);
        shape.checks = int(Database::foldedSql(query.value(0).toString()).count(check));
    }
    return shape;
}

QString postgresqlType(const QString &dataType)
{
    if (dataType == QLatin1String("bigint") || dataType == QLatin1String("integer"))
        return QStringLiteral("INTEGER");
    return dataType.toUpper();
}

// ''::text and 'setup'::text as SQLite spells them.
QString postgresqlDefault(QString value)
{
    static const QRegularExpression cast(QStringLiteral("::[a-z ]+$"));
    return value.remove(cast);
}

QString pgDeleteRule(const QString &code)
{
    static const QMap<QString, QString> rules{{QStringLiteral("a"), QStringLiteral("NO ACTION")},
                                              {QStringLiteral("r"), QStringLiteral("RESTRICT")},
                                              {QStringLiteral("c"), QStringLiteral("CASCADE")},
                                              {QStringLiteral("n"), QStringLiteral("SET NULL")},
                                              {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
    return rules.value(code, code);
}

TableShape postgresqlShape(QSqlDatabase db, const QString &table)
{
    TableShape shape;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT column_name, data_type, is_nullable, column_default"
                                 " FROM information_schema.columns"
                                 " WHERE table_schema = 'public' AND table_name = ?"
                                 " ORDER BY ordinal_position"));
    query.addBindValue(table);
    query.exec();
    while (query.next())
        shape.columns.append(columnText(query.value(0).toString(),
                                        postgresqlType(query.value(1).toString()),
                                        query.value(2).toString() == QLatin1String("NO"),
                                        postgresqlDefault(query.value(3).toString())));

    const QString relation = QStringLiteral("'public.%1'::regclass").arg(table);
    query.exec(QStringLiteral(
                   "SELECT c.relname, i.indisunique, i.indisprimary, i.indpred IS NOT NULL,"
                   "  con.contype IS NOT NULL,"
                   "  (SELECT string_agg(a.attname ||"
                   "     CASE WHEN i.indoption[k - 1]::integer & 1 = 1 THEN ' DESC' ELSE '' END,"
                   "     ', ' ORDER BY k) FROM generate_series(1, i.indnatts) k"
                   "   JOIN pg_attribute a ON a.attrelid = i.indrelid"
                   "    AND a.attnum = i.indkey[k - 1])"
                   " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                   " LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid"
                   "  AND con.conrelid = i.indrelid AND con.contype = 'u'"
                   " WHERE i.indrelid = %1")
                   .arg(relation));
    while (query.next()) {
        const QString columns = query.value(5).toString();
        if (query.value(2).toBool())
            shape.primaryKey = columns.split(QStringLiteral(", "));
        else if (query.value(4).toBool())
            shape.indexes.append(QStringLiteral("UNIQUE (%1)").arg(columns));
        else
            shape.indexes.append(indexText(query.value(0).toString(), query.value(1).toBool(),
                                           columns, query.value(3).toBool()));
    }

    query.exec(QStringLiteral("SELECT a.attname, cf.relname, af.attname, con.confupdtype::text,"
                              "  con.confdeltype::text"
                              " FROM pg_constraint con"
                              " JOIN pg_class cf ON cf.oid = con.confrelid"
                              " JOIN pg_attribute a ON a.attrelid = con.conrelid"
                              "  AND a.attnum = con.conkey[1]"
                              " JOIN pg_attribute af ON af.attrelid = con.confrelid"
                              "  AND af.attnum = con.confkey[1]"
                              " WHERE con.contype = 'f' AND con.conrelid = %1")
                   .arg(relation));
    while (query.next())
        shape.foreignKeys.append(QStringLiteral("%1 -> %2 (%3) ON UPDATE %4 ON DELETE %5")
                                     .arg(query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString(),
                                          pgDeleteRule(query.value(3).toString()),
                                          pgDeleteRule(query.value(4).toString())));

    query.exec(QStringLiteral("SELECT tgname FROM pg_trigger"
                              " WHERE tgrelid = %1 AND NOT tgisinternal")
                   .arg(relation));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name != table + idTakenSuffix)
            shape.triggers.append(name);
    }

    query.exec(QStringLiteral("SELECT count(*) FROM pg_constraint"
                              " WHERE contype = 'c' AND conrelid = %1")
                   .arg(relation));
    if (query.next())
        shape.checks = query.value(0).toInt();
    return shape;
}

// The items of a set aspect that only one side has.
void compareSets(const QString &table, const QString &aspect, QStringList sqlite,
                 QStringList postgresql, QStringList *differences)
{
    sqlite.sort();
    postgresql.sort();
    for (const QString &item : std::as_const(sqlite)) {
        if (!postgresql.contains(item))
            differences->append(
                QStringLiteral("table %1: %2 “%3” is on SQLite only").arg(table, aspect, item));
    }
    for (const QString &item : std::as_const(postgresql)) {
        if (!sqlite.contains(item))
            differences->append(
                QStringLiteral("table %1: %2 “%3” is on PostgreSQL only").arg(table, aspect, item));
    }
}

QStringList differencesBetween(const QString &table, const TableShape &sqlite,
                               const TableShape &postgresql)
{
    QStringList differences;
    const qsizetype columns = std::max(sqlite.columns.size(), postgresql.columns.size());
    for (qsizetype i = 0; i < columns; ++i) {
        const QString left = sqlite.columns.value(i, QStringLiteral("(none)"));
        const QString right = postgresql.columns.value(i, QStringLiteral("(none)"));
        if (left != right)
            differences.append(
                QStringLiteral("table %1, column %2 (%3): SQLite has “%4”, PostgreSQL “%5”")
                    .arg(table)
                    .arg(i + 1)
                    .arg(left.section(QLatin1Char(' '), 0, 0), left, right));
    }
    compareSets(table, QStringLiteral("primary key column"), sqlite.primaryKey,
                postgresql.primaryKey, &differences);
    compareSets(table, QStringLiteral("index"), sqlite.indexes, postgresql.indexes, &differences);
    compareSets(table, QStringLiteral("foreign key"), sqlite.foreignKeys, postgresql.foreignKeys,
                &differences);
    compareSets(table, QStringLiteral("trigger"), sqlite.triggers, postgresql.triggers,
                &differences);
    if (sqlite.checks != postgresql.checks)
        differences.append(QStringLiteral("table %1: %2 CHECK constraints on SQLite, %3 on "
                                          "PostgreSQL")
                               .arg(table)
                               .arg(sqlite.checks)
                               .arg(postgresql.checks));
    return differences;
}

QStringList sqliteTables(QSqlDatabase db)
{
    QStringList tables = rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master"
                                                   " WHERE type = 'table' ORDER BY name"));
    tables.removeAll(sqliteOnlyTable);
    return tables;
}

QStringList postgresqlTables(QSqlDatabase db)
{
    QStringList tables =
        rowsOf(db, QStringLiteral("SELECT table_name FROM information_schema.tables"
                                  " WHERE table_schema = 'public'"
                                  " AND table_type = 'BASE TABLE'"
                                  " ORDER BY table_name"));
    tables.removeAll(postgresqlOnlyTable);
    return tables;
}

// What the count triggers and the ids leave behind, row by row.
QStringList snapshotOf(QSqlDatabase db, QString *error)
{
    QStringList snapshot;
    const QStringList queries{
        QStringLiteral("SELECT 'session', id, concern_count, action_count FROM sessions"
                       " ORDER BY id"),
        QStringLiteral("SELECT 'concern', id, session_id, merged_into_id, speaker_id"
                       " FROM concerns ORDER BY id"),
        QStringLiteral("SELECT 'action', id, session_id, concern_id FROM actions ORDER BY id"),
        QStringLiteral("SELECT 'review', id, session_id, action_id FROM action_reviews"
                       " ORDER BY id"),
        QStringLiteral("SELECT 'participant', id, session_id FROM participants ORDER BY id"),
        // The counts are true, not only the same on both.
        QStringLiteral(
            "SELECT 'miscounted', id FROM sessions s WHERE concern_count <> (SELECT count(*)"
            " FROM concerns c WHERE c.session_id = s.id AND c.merged_into_id IS NULL)"
            " OR action_count <> (SELECT count(*) FROM actions a WHERE a.session_id = s.id)"),
    };
    for (const QString &sql : queries) {
        snapshot += rowsOf(db, sql, error);
        if (!error->isEmpty())
            break;
    }
    return snapshot;
}

QString scriptOf(const QString &resource, QString *error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = resource + QStringLiteral(": ") + file.errorString();
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

const char *at = "'2026-11-21T09:30:00.000Z'";

} // namespace

void tst_PostgresqlSchema::initTestCase()
{
    CANDOR_REQUIRE_TEST_SERVER();
    m_fresh = std::make_unique<TestPostgresql::FreshDatabase>();
    QVERIFY2(m_fresh->isValid(), qPrintable(m_fresh->error()));
    m_pg = m_fresh->connection().open(pgConnection);
    QVERIFY2(m_pg.isOpen(), qPrintable(m_pg.lastError().text()));

    // The whole file in one exec: with nothing bound, QPSQL sends it as one
    // simple query, which PostgreSQL runs statement by statement (dollar
    // quoted function bodies and all) in one implicit transaction.
    QString error;
    const QString script = scriptOf(schemaResource, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSqlQuery query(m_pg);
    QVERIFY2(query.exec(script), qPrintable(query.lastError().text()));

    QVERIFY(m_folder.isValid());
    const Database::OpenResult opened =
        Database::open(m_folder.filePath(QStringLiteral("candor.sqlite")),
                       Database::Access::ReadWrite, sqliteConnection);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    QVERIFY(opened.created);
    m_sqlite = QSqlDatabase::database(sqliteConnection);
}

void tst_PostgresqlSchema::cleanupTestCase()
{
    m_sqlite = QSqlDatabase();
    Database::close(sqliteConnection);
    m_pg = QSqlDatabase();
    QSqlDatabase::removeDatabase(pgConnection);
    m_fresh.reset();
}

void tst_PostgresqlSchema::metaHoldsSchemaVersionAndOldestCandor()
{
    // The last statements of the file: also shows the one exec ran it all.
    const QStringList meta =
        rowsOf(m_pg, QStringLiteral("SELECT key, value FROM candor_meta ORDER BY key"));
    QCOMPARE(
        meta,
        QStringList({QStringLiteral("oldest_candor | ") + QStringLiteral(CANDOR_VERSION),
                     QStringLiteral("schema_version | %1").arg(Database::latestSchemaVersion())}));
}

void tst_PostgresqlSchema::sameTables()
{
    const QStringList sqlite = sqliteTables(m_sqlite);
    const QStringList postgresql = postgresqlTables(m_pg);
    QStringList differences;
    compareSets(QStringLiteral("list"), QStringLiteral("table"), sqlite, postgresql, &differences);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(sqlite.contains(QStringLiteral("prompt_templates")));
    QVERIFY(sqlite.contains(QStringLiteral("shared_versions")));
}

void tst_PostgresqlSchema::sameTableShape_data()
{
    QTest::addColumn<QString>("table");
    for (const QString &table : sqliteTables(m_sqlite))
        QTest::newRow(qPrintable(table)) << table;
}

void tst_PostgresqlSchema::sameTableShape()
{
    QFETCH(QString, table);
    const TableShape sqlite = sqliteShape(m_sqlite, table);
    const TableShape postgresql = postgresqlShape(m_pg, table);
    QVERIFY2(!sqlite.columns.isEmpty(), qPrintable(table));
    const QStringList differences = differencesBetween(table, sqlite, postgresql);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

// What the shape comparison folds together: ids are identities that take
// explicit values, references fit them, text compares byte by byte as in
// SQLite, times are never timestamps, and every reference can wait for the
// commit the way PRAGMA defer_foreign_keys makes it wait on SQLite.
void tst_PostgresqlSchema::postgresqlColumnsKeepSqliteMeaning()
{
    QStringList problems;
    const QStringList columns =
        rowsOf(m_pg, QStringLiteral("SELECT table_name, column_name, data_type,"
                                    "  coalesce(collation_name, ''), is_identity,"
                                    "  coalesce(identity_generation, '')"
                                    " FROM information_schema.columns WHERE table_schema = 'public'"
                                    " ORDER BY table_name, ordinal_position"));
    QVERIFY(!columns.isEmpty());
    for (const QString &row : columns) {
        const QStringList v = row.split(QStringLiteral(" | "));
        const QString where = QStringLiteral("table %1, column %2 (%3)").arg(v[0], v[1], v[2]);
        if (v[2] == QLatin1String("text") && v[3] != QLatin1String("C"))
            problems.append(where + QStringLiteral(": text not COLLATE \"C\""));
        if (v[2] != QLatin1String("text") && v[2] != QLatin1String("integer") &&
            v[2] != QLatin1String("bigint"))
            problems.append(where + QStringLiteral(": neither text, integer nor bigint"));
        const bool isId = v[1] == QLatin1String("id");
        if (isId && (v[2] != QLatin1String("bigint") || v[5] != QLatin1String("BY DEFAULT")))
            problems.append(where +
                            QStringLiteral(": not bigint GENERATED BY DEFAULT AS IDENTITY"));
        if (!isId && v[4] == QLatin1String("YES"))
            problems.append(where + QStringLiteral(": an identity other than id"));
    }
    const QStringList references = rowsOf(
        m_pg, QStringLiteral("SELECT cl.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
                             "  con.condeferrable, con.condeferred"
                             " FROM pg_constraint con JOIN pg_class cl ON cl.oid = con.conrelid"
                             " JOIN pg_attribute a ON a.attrelid = con.conrelid"
                             "  AND a.attnum = con.conkey[1]"
                             " WHERE con.contype = 'f' ORDER BY 1, 2"));
    QVERIFY(!references.isEmpty());
    for (const QString &row : references) {
        const QStringList v = row.split(QStringLiteral(" | "));
        const QString where = QStringLiteral("table %1, column %2").arg(v[0], v[1]);
        if (v[2] != QLatin1String("bigint"))
            problems.append(where + QStringLiteral(": a reference that is not bigint"));
        if (v[3] != QLatin1String("true") || v[4] != QLatin1String("false"))
            problems.append(where + QStringLiteral(": not DEFERRABLE INITIALLY IMMEDIATE"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// One list of statements, run on both: after each, the same rows, the same
// (and true) concern and action counts, and the same ids handed out.
void tst_PostgresqlSchema::sameStatementsLeaveSameRowsAndCounts()
{
    const QString t = QString::fromLatin1(at);
    const QStringList statements{
        QStringLiteral("INSERT INTO teams (id, uuid, name, created_at, updated_at)"
                       " VALUES (100, 'team-100', 'Team', %1, %1)")
            .arg(t),
        QStringLiteral(
            "INSERT INTO sessions (id, kind, title, created_at, updated_at, team_id, uuid)"
            " VALUES (1, 'premortem', 'One', %1, %1, 100, 'session-1'),"
            " (2, 'postmortem', 'Two', %1, %1, 100, 'session-2')")
            .arg(t),
        QStringLiteral("INSERT INTO participants (id, session_id, name, seat, uuid)"
                       " VALUES (1, 1, 'Ada', 1, 'participant-1')"),
        QStringLiteral("INSERT INTO concerns (id, session_id, position, speaker_id, created_at)"
                       " VALUES (1, 1, 1, 1, %1), (2, 1, 2, 1, %1), (3, 1, 3, NULL, %1),"
                       " (4, 1, 4, NULL, %1)")
            .arg(t),
        // Merged: counted once, as the one they joined; again changes nothing.
        QStringLiteral("UPDATE concerns SET merged_into_id = 1 WHERE id IN (2, 3)"),
        QStringLiteral("UPDATE concerns SET merged_into_id = 1 WHERE id = 2"),
        // Born merged (undo of an unmerge puts it back so): not counted.
        QStringLiteral("INSERT INTO concerns (id, session_id, position, merged_into_id, created_at)"
                       " VALUES (5, 1, 5, 1, %1)")
            .arg(t),
        QStringLiteral("UPDATE concerns SET summary = 'edited', discussed = 1 WHERE id = 1"),
        QStringLiteral("UPDATE concerns SET session_id = 2 WHERE id = 4"),
        QStringLiteral("UPDATE concerns SET merged_into_id = NULL WHERE id = 3"),
        QStringLiteral("DELETE FROM concerns WHERE id = 5"),
        // Deleting the one others joined unmerges them (ON DELETE SET NULL).
        QStringLiteral("DELETE FROM concerns WHERE id = 1"),
        QStringLiteral("INSERT INTO actions (id, session_id, concern_id, text, rank, created_at,"
                       " updated_at) VALUES (1, 1, 2, 'Fix', 1, %1, %1),"
                       " (2, 1, NULL, 'Ask', 2, %1, %1), (3, 2, 4, 'Try', 1, %1, %1)")
            .arg(t),
        QStringLiteral("UPDATE actions SET session_id = 2 WHERE id = 2"),
        QStringLiteral("UPDATE actions SET session_id = 1 WHERE id = 1"),
        QStringLiteral("UPDATE actions SET status = 'done' WHERE id = 3"),
        QStringLiteral("DELETE FROM concerns WHERE id = 2"),
        QStringLiteral("DELETE FROM actions WHERE id = 3"),
        QStringLiteral("INSERT INTO action_reviews (id, session_id, action_id, outcome,"
                       " reviewed_at) VALUES (1, 2, 2, 'done', %1)")
            .arg(t),
        QStringLiteral("UPDATE sessions SET deleted_at = %1 WHERE id = 1").arg(t),
        QStringLiteral("DELETE FROM participants WHERE id = 1"),
        QStringLiteral("DELETE FROM sessions WHERE id = 1"),
        // Undo: rows come back under their old ids, counted again.
        QStringLiteral("INSERT INTO sessions (id, kind, title, created_at, updated_at, team_id)"
                       " VALUES (1, 'premortem', 'One', %1, %1, 100)")
            .arg(t),
        QStringLiteral("INSERT INTO concerns (id, session_id, position, created_at)"
                       " VALUES (1, 1, 1, %1), (2, 1, 2, %1)")
            .arg(t),
        // New rows after explicit ids, and after deleted ones: never an id
        // handed out before (5 was deleted), on either engine.
        QStringLiteral("INSERT INTO concerns (session_id, position, created_at) VALUES (1, 3, %1)")
            .arg(t),
        QStringLiteral("INSERT INTO sessions (kind, title, created_at, updated_at)"
                       " VALUES ('premortem', 'New', %1, %1)")
            .arg(t),
        QStringLiteral("INSERT INTO actions (session_id, text, rank, created_at, updated_at)"
                       " VALUES (1, 'New', 1, %1, %1)")
            .arg(t),
    };
    for (int i = 0; i < statements.size(); ++i) {
        const QString &statement = statements.at(i);
        for (QSqlDatabase db : {m_sqlite, m_pg}) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(statement), qPrintable(QStringLiteral("statement %1 on %2: %3")
                                                           .arg(i + 1)
                                                           .arg(db.driverName(), errorOf(query))));
        }
        QString sqliteError;
        QString postgresqlError;
        const QStringList sqlite = snapshotOf(m_sqlite, &sqliteError);
        const QStringList postgresql = snapshotOf(m_pg, &postgresqlError);
        QVERIFY2(sqliteError.isEmpty() && postgresqlError.isEmpty(),
                 qPrintable(sqliteError + postgresqlError));
        QVERIFY2(
            sqlite == postgresql,
            qPrintable(QStringLiteral("after statement %1 (%2)\nSQLite:\n  %3\nPostgreSQL:\n  %4")
                           .arg(i + 1)
                           .arg(statement, sqlite.join(QStringLiteral("\n  ")),
                                postgresql.join(QStringLiteral("\n  ")))));
    }
    // The last inserts took the ids after the highest ever given.
    QVERIFY(rowsOf(m_pg, QStringLiteral("SELECT id FROM concerns")).contains(QStringLiteral("6")));
    QVERIFY(rowsOf(m_pg, QStringLiteral("SELECT id FROM sessions")).contains(QStringLiteral("3")));
    QVERIFY(rowsOf(m_pg, QStringLiteral("SELECT id FROM actions")).contains(QStringLiteral("4")));
}

void tst_PostgresqlSchema::sameStatementsRefused_data()
{
    QTest::addColumn<QString>("statement");
    const QString t = QString::fromLatin1(at);
    const QString session =
        QStringLiteral("INSERT INTO sessions (kind, title, created_at, updated_at%1)"
                       " VALUES ('premortem', 'S', %2, %2%3)");
    const QString template_ = QStringLiteral(
        "INSERT INTO prompt_templates (kind, name, created_at) VALUES ('%1', 'P', %2)");
    QTest::newRow("unknown kind") << QStringLiteral("INSERT INTO sessions (kind, title, "
                                                    "created_at, updated_at) VALUES ('retro', "
                                                    "'S', %1, %1)")
                                         .arg(t);
    QTest::newRow("no title") << QStringLiteral("INSERT INTO sessions (kind, created_at, "
                                                "updated_at) VALUES ('premortem', %1, %1)")
                                     .arg(t);
    QTest::newRow("negative timebox")
        << session.arg(QStringLiteral(", timebox_scene"), t, QStringLiteral(", -1"));
    QTest::newRow("unknown timer state")
        << session.arg(QStringLiteral(", timer_state"), t, QStringLiteral(", 'stopped'"));
    QTest::newRow("flag 2") << session.arg(QStringLiteral(", attribute_concerns"), t,
                                           QStringLiteral(", 2"));
    QTest::newRow("unknown team") << session.arg(QStringLiteral(", team_id"), t,
                                                 QStringLiteral(", 999"));
    QTest::newRow("uuid twice") << session.arg(QStringLiteral(", uuid"), t,
                                               QStringLiteral(", 'session-2'"));
    QTest::newRow("team still used") << QStringLiteral("DELETE FROM teams WHERE id = 100");
    QTest::newRow("concern of no session")
        << QStringLiteral("INSERT INTO concerns (session_id, position, created_at)"
                          " VALUES (999, 1, %1)")
               .arg(t);
    QTest::newRow("round 0") << QStringLiteral("INSERT INTO concerns (session_id, position, "
                                               "round, created_at) VALUES (2, 1, 0, %1)")
                                    .arg(t);
    QTest::newRow("sixth why") << QStringLiteral(
        "INSERT INTO whys (concern_id, position) VALUES (4, 6)");
    QTest::newRow("participant present 2")
        << QStringLiteral("INSERT INTO participants (session_id, name, seat, present)"
                          " VALUES (2, 'Bo', 2, 2)");
    QTest::newRow("unknown status")
        << QStringLiteral("INSERT INTO actions (session_id, text, status, rank, created_at,"
                          " updated_at) VALUES (2, 'A', 'later', 1, %1, %1)")
               .arg(t);
    QTest::newRow("review twice") << QStringLiteral("INSERT INTO action_reviews (session_id, "
                                                    "action_id, outcome, reviewed_at) VALUES (2, "
                                                    "2, 'dropped', %1)")
                                         .arg(t);
    QTest::newRow("unknown outcome") << QStringLiteral("INSERT INTO action_reviews (session_id, "
                                                       "action_id, outcome, reviewed_at) VALUES "
                                                       "(1, 2, 'maybe', %1)")
                                            .arg(t);
    QTest::newRow("template kind") << template_.arg(QStringLiteral("retro"), t);
    QTest::newRow("fingerprint missing")
        << QStringLiteral("INSERT INTO shared_versions (uuid) VALUES ('u')");
}

// Runs after the statements above left rows to refer to (a team 100 that
// sessions use, session 2, concern 4, action 2 reviewed in session 2).
void tst_PostgresqlSchema::sameStatementsRefused()
{
    QFETCH(QString, statement);
    for (QSqlDatabase db : {m_sqlite, m_pg}) {
        QSqlQuery query(db);
        QVERIFY2(!query.exec(statement),
                 qPrintable(db.driverName() + QStringLiteral(" took: ") + statement));
    }
}

// Like PRAGMA defer_foreign_keys on SQLite, SET CONSTRAINTS ALL DEFERRED on
// PostgreSQL lets a transaction name a row before it is back; without it
// both refuse at once.
void tst_PostgresqlSchema::deferredReferencesWaitForCommit()
{
    const QString t = QString::fromLatin1(at);
    const QStringList statements{
        QStringLiteral("INSERT INTO sessions (id, kind, title, created_at, updated_at,"
                       " sharing_speaker_id) VALUES (50, 'premortem', 'Later', %1, %1, 50)")
            .arg(t),
        QStringLiteral("INSERT INTO participants (id, session_id, name, seat)"
                       " VALUES (50, 50, 'Cy', 1)"),
    };
    const QMap<QString, QString> deferAll{
        {QStringLiteral("QSQLITE"), QStringLiteral("PRAGMA defer_foreign_keys = ON")},
        {QStringLiteral("QPSQL"), QStringLiteral("SET CONSTRAINTS ALL DEFERRED")}};
    for (QSqlDatabase db : {m_sqlite, m_pg}) {
        const QString engine = db.driverName();
        {
            QVERIFY(db.transaction());
            QSqlQuery query(db);
            QVERIFY2(!query.exec(statements.first()),
                     qPrintable(engine + QStringLiteral(" took a reference to a missing row")));
            query.finish();
            QVERIFY(db.rollback());
        }
        QVERIFY(db.transaction());
        QSqlQuery query(db);
        QVERIFY2(query.exec(deferAll.value(engine)), qPrintable(errorOf(query)));
        for (const QString &statement : statements)
            QVERIFY2(query.exec(statement),
                     qPrintable(engine + QStringLiteral(": ") + errorOf(query)));
        query.finish();
        QVERIFY2(db.commit(), qPrintable(engine + QStringLiteral(": ") + db.lastError().text()));
    }
    QCOMPARE(rowsOf(m_sqlite, QStringLiteral("SELECT sharing_speaker_id FROM sessions"
                                             " WHERE id = 50")),
             rowsOf(m_pg, QStringLiteral("SELECT sharing_speaker_id FROM sessions WHERE id = 50")));
}

QTEST_GUILESS_MAIN(tst_PostgresqlSchema)
#include "tst_postgresqlschema.moc"
