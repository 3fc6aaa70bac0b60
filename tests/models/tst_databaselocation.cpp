#include "databaselocation.h"

#include <QDir>
#include <QTest>

// What --database and Settings accept: a file, a postgresql:// URI or a
// libpq service; a password is used and never shown.
class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void aPathIsAFile()
    {
        DatabaseLocation location;
        QString error;
        QVERIFY(DatabaseLocation::parse("team/postgresql.sqlite", &location, &error));
        QVERIFY(!location.isServer());
        QCOMPARE(location.filePath(), QDir::current().absoluteFilePath("team/postgresql.sqlite"));
    }

    void aUriNamesAServer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("shown");
        QTest::newRow("host, port, user, TLS")
            << "postgresql://dana@db.example.org:5433/candor?sslmode=verify-full"
            << "db.example.org" << 5433 << "dana"
            << "candor" << QStringList{"sslmode=verify-full"}
            << "postgresql://dana@db.example.org:5433/candor?sslmode=verify-full";
        QTest::newRow("postgres:// too") << "postgres://db/candor"
                                         << "db" << 0 << ""
                                         << "candor" << QStringList() << "postgresql://db/candor";
        QTest::newRow("socket folder, encoded")
            << "postgresql://%2Fvar%2Frun%2Fpostgresql/candor"
            << "/var/run/postgresql" << 0 << ""
            << "candor" << QStringList() << "postgresql:///candor?host=/var/run/postgresql";
        QTest::newRow("socket folder as host=")
            << "postgresql:///candor?host=/tmp/pg&port=5999"
            << "/tmp/pg" << 5999 << ""
            << "candor" << QStringList() << "postgresql://:5999/candor?host=/tmp/pg";
    }

    void aUriNamesAServer()
    {
        QFETCH(QString, text);
        DatabaseLocation location;
        QString error;
        QVERIFY2(DatabaseLocation::parse(text, &location, &error), qPrintable(error));
        QVERIFY(location.isServer());
        QTEST(location.host(), "host");
        QTEST(location.port(), "port");
        QTEST(location.userName(), "user");
        QTEST(location.databaseName(), "database");
        QTEST(location.options(), "options");
        QTEST(location.shown(), "shown");
        // What is shown reads back as the same place.
        DatabaseLocation again;
        QVERIFY2(DatabaseLocation::parse(location.shown(), &again, &error), qPrintable(error));
        QCOMPARE(again.shown(), location.shown());
    }

    void aPasswordIsNeverShownNorKept()
    {
        DatabaseLocation location;
        QString error;
        QVERIFY(DatabaseLocation::parse("postgresql://dana:s3cr%40t@db/candor?password=other",
                                        &location, &error));
        QVERIFY(!location.shown().contains("s3cr"));
        QVERIFY(!location.shown().contains("other"));
        QVERIFY(!location.kept().contains("s3cr"));
        QCOMPARE(location.shown(), QStringLiteral("postgresql://dana@db/candor"));
    }

    void aServiceIsNamed()
    {
        DatabaseLocation location;
        QString error;
        QVERIFY(DatabaseLocation::parse("service=candor", &location, &error));
        QVERIFY(location.isServer());
        QCOMPARE(location.service(), QStringLiteral("candor"));
        QCOMPARE(location.shown(), QStringLiteral("service=candor"));
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("no database") << "postgresql://db.example.org"
                                     << "names no database";
        QTest::newRow("port not a number") << "postgresql:///candor?host=/tmp&port=x"
                                           << "not a number";
        QTest::newRow("unknown option") << "postgresql://db/candor?sslmod=require"
                                        << "sslmod";
        QTest::newRow("empty service") << "service="
                                       << "names no PostgreSQL service";
    }

    void mistakesAreNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        DatabaseLocation location;
        QString error;
        QVERIFY(!DatabaseLocation::parse(text, &location, &error));
        QVERIFY2(error.contains(words), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
