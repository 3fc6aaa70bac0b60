#include "testpostgresql.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <ctime>

// The private PostgreSQL server ctest starts (testserver.sh) is really there,
// is the one we asked for (15, socket only) and QPSQL reaches it; and what
// Qt 6.4's QPSQL does with timestamptz, which later code must rely on.
class tst_PostgresqlServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listensOnTheSocketOnly();
    void isPostgresql15();
    void freshDatabaseTakesRowsAndIsDropped();
    void timestamptzReadsAsTheUtcInstant_data();
    void timestamptzReadsAsTheUtcInstant();

private:
    QSqlDatabase m_server;
};

static QString errorOf(const QSqlQuery &query)
{
    return query.lastQuery() + QStringLiteral(": ") + query.lastError().text();
}

// The single value of a one-row query, or an invalid QVariant.
static QVariant valueOf(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s", qPrintable(errorOf(query)));
        return {};
    }
    return query.value(0);
}

void tst_PostgresqlServer::initTestCase()
{
    CANDOR_REQUIRE_TEST_SERVER();
    QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
             "Qt's QPSQL driver is missing: apt-get install libqt6sql6-psql");
    m_server = TestPostgresql::server().open(QStringLiteral("server"));
    QVERIFY2(m_server.isOpen(),
             qPrintable(QStringLiteral("no PostgreSQL test server on %1: %2")
                            .arg(TestPostgresql::host(), m_server.lastError().text())));

    // A client far from UTC, on the day Europe's clocks go forward, so a
    // time read as local time or with the offset dropped shows.
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
    QCOMPARE(QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC).toLocalTime().time(),
             QTime(3, 30));
}

void tst_PostgresqlServer::cleanupTestCase()
{
    m_server = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
}

void tst_PostgresqlServer::listensOnTheSocketOnly()
{
    QCOMPARE(valueOf(m_server, QStringLiteral("SHOW listen_addresses")).toString(), QString());
    QCOMPARE(valueOf(m_server, QStringLiteral("SHOW unix_socket_directories")).toString(),
             TestPostgresql::host());
    // Not Debian's own cluster, which keeps its socket in /var/run/postgresql.
    QVERIFY(valueOf(m_server, QStringLiteral("SHOW data_directory"))
                .toString()
                .startsWith(TestPostgresql::host() + QLatin1Char('/')));
}

void tst_PostgresqlServer::isPostgresql15()
{
    const QString version = valueOf(m_server, QStringLiteral("SELECT version()")).toString();
    QVERIFY2(version.startsWith(QStringLiteral("PostgreSQL 15.")), qPrintable(version));
    const int number = valueOf(m_server, QStringLiteral("SHOW server_version_num")).toInt();
    QVERIFY2(number >= 150000 && number < 160000, qPrintable(QString::number(number)));
    QCOMPARE(valueOf(m_server, QStringLiteral("SHOW server_encoding")).toString(),
             QStringLiteral("UTF8"));
}

void tst_PostgresqlServer::freshDatabaseTakesRowsAndIsDropped()
{
    TestPostgresql::FreshDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    const QString name = fresh.connection().databaseName;
    QVERIFY(name.startsWith(QStringLiteral("candor_test_")));
    {
        QSqlDatabase db = fresh.connection().open(QStringLiteral("fresh"));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT current_database()")).toString(), name);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM pg_tables "
                                            "WHERE schemaname = 'public'"))
                     .toInt(),
                 0);

        QSqlQuery query(db);
        QVERIFY2(query.exec(QStringLiteral("CREATE TABLE note (id bigint GENERATED ALWAYS AS "
                                           "IDENTITY PRIMARY KEY, text text NOT NULL)")),
                 qPrintable(errorOf(query)));
        QVERIFY2(query.prepare(QStringLiteral("INSERT INTO note (text) VALUES (?) RETURNING id")),
                 qPrintable(errorOf(query)));
        query.addBindValue(QStringLiteral("Grüße, 東京 🙂 'quoted'"));
        QVERIFY2(query.exec(), qPrintable(errorOf(query)));
        QVERIFY(query.next());
        const qlonglong id = query.value(0).toLongLong();
        QCOMPARE(id, 1);

        QVERIFY2(query.prepare(QStringLiteral("SELECT text FROM note WHERE id = ?")),
                 qPrintable(errorOf(query)));
        query.addBindValue(id);
        QVERIFY2(query.exec() && query.next(), qPrintable(errorOf(query)));
        QCOMPARE(query.value(0).toString(), QStringLiteral("Grüße, 東京 🙂 'quoted'"));
        // db stays open: dropping must not depend on tests closing theirs.
    }

    QVERIFY2(fresh.drop(), qPrintable(fresh.error()));
    QSqlDatabase::removeDatabase(QStringLiteral("fresh"));
    QSqlQuery query(m_server);
    QVERIFY2(query.prepare(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?")),
             qPrintable(errorOf(query)));
    query.addBindValue(name);
    QVERIFY2(query.exec() && query.next(), qPrintable(errorOf(query)));
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_PostgresqlServer::timestamptzReadsAsTheUtcInstant_data()
{
    QTest::addColumn<QString>("sessionTimeZone");
    QTest::newRow("session in UTC") << QStringLiteral("UTC");
    QTest::newRow("session in Berlin") << QStringLiteral("Europe/Berlin");
    QTest::newRow("session in New York") << QStringLiteral("America/New_York");
}

// What Qt 6.4's QPSQL does with time, found here and relied on by the store:
// - a timestamptz comes back as the right instant whatever the session's
//   TimeZone (QPSQL reads the offset the server sends), but as a QDateTime in
//   the client's local time (03:30 CEST for 01:30 UTC): call toUTC() before
//   taking its date, time or text;
// - it keeps milliseconds; the server's microseconds are cut off;
// - a timestamp without time zone is taken as the client's local time, so a
//   UTC wall-clock value stored in one is read shifted by the client's
//   offset: store instants as timestamptz only;
// - a bound QDateTime is sent as UTC ("...Z"), local or not.
void tst_PostgresqlServer::timestamptzReadsAsTheUtcInstant()
{
    QFETCH(QString, sessionTimeZone);
    TestPostgresql::FreshDatabase fresh;
    QVERIFY2(fresh.isValid(), qPrintable(fresh.error()));
    QSqlDatabase db = fresh.connection().open(QStringLiteral("time"));
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("SET TIME ZONE '%1'").arg(sessionTimeZone)),
             qPrintable(errorOf(query)));
    QVERIFY2(query.exec(QStringLiteral("CREATE TABLE moment (id bigint GENERATED ALWAYS AS "
                                       "IDENTITY PRIMARY KEY, at timestamptz NOT NULL)")),
             qPrintable(errorOf(query)));
    QVERIFY2(query.exec(QStringLiteral("INSERT INTO moment (at) VALUES "
                                       "('2026-03-29 01:30:00+00'), "
                                       "('2026-03-29 01:30:00.123456+00') RETURNING id")),
             qPrintable(errorOf(query)));
    const QDateTime expected(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC);

    QVERIFY2(query.exec(QStringLiteral("SELECT at, at::text FROM moment ORDER BY id")),
             qPrintable(errorOf(query)));
    for (const QDateTime &want : {expected, expected.addMSecs(123)}) {
        QVERIFY(query.next());
        const QDateTime read = query.value(0).toDateTime();
        QVERIFY2(read.isValid() && read.toUTC() == want,
                 qPrintable(QStringLiteral("the server sent %1, QPSQL read %2")
                                .arg(query.value(1).toString(),
                                     read.toUTC().toString(Qt::ISODateWithMs))));
        QCOMPARE(read.toMSecsSinceEpoch(), want.toMSecsSinceEpoch());
    }

    // Written from a QDateTime, UTC or local: the same instant.
    QVERIFY2(query.exec(QStringLiteral("DELETE FROM moment")), qPrintable(errorOf(query)));
    QVERIFY2(query.prepare(QStringLiteral("INSERT INTO moment (at) VALUES (?), (?)")),
             qPrintable(errorOf(query)));
    query.addBindValue(expected);
    query.addBindValue(expected.toLocalTime());
    QVERIFY2(query.exec(), qPrintable(errorOf(query)));
    QVERIFY2(query.exec(QStringLiteral("SELECT to_char(at AT TIME ZONE 'UTC', "
                                       "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM moment")),
             qPrintable(errorOf(query)));
    int rows = 0;
    while (query.next()) {
        QCOMPARE(query.value(0).toString(), QStringLiteral("2026-03-29T01:30:00Z"));
        ++rows;
    }
    QCOMPARE(rows, 2);

    query = QSqlQuery();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("time"));
}

QTEST_GUILESS_MAIN(tst_PostgresqlServer)
#include "tst_postgresqlserver.moc"
