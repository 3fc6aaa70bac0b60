#include "database.h"
#include "databaselocation.h"
#include "edithistory.h"
#include "sessionlistmodel.h"
#include "store.h"
#include "testpostgresql.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

// The server goes away in the middle of a session (stopped by the test, on
// a server of the test's own so no other test notices): the edit made
// meanwhile says it was not saved and is never shown as saved, and nothing
// acknowledged before is lost.
class TestPostgresqlGone : public QObject
{
    Q_OBJECT

    QString m_dir;

    bool server(const QString &command)
    {
        QProcess script;
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(CANDOR_TEST_SERVER_SCRIPT), command, m_dir});
        const bool done = script.waitForFinished(120000) &&
                          script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
        if (!done)
            qWarning("testserver.sh %s: %s", qPrintable(command),
                     script.readAllStandardError().constData());
        return done;
    }

    DatabaseLocation location() const
    {
        DatabaseLocation where;
        QString error;
        DatabaseLocation::parse(QStringLiteral("postgresql://postgres@/candor?host=%1").arg(m_dir),
                                &where, &error);
        return where;
    }

private slots:
    void initTestCase()
    {
        CANDOR_REQUIRE_TEST_SERVER();
        m_dir = QStringLiteral("/tmp/candor-gone-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(server(QStringLiteral("start")));
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            admin.setHostName(m_dir);
            admin.setUserName(QStringLiteral("postgres"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY(admin.open());
            QSqlQuery create(admin);
            QVERIFY(create.exec(QStringLiteral("CREATE DATABASE candor")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    void cleanupTestCase()
    {
        Database::close();
        if (!m_dir.isEmpty())
            server(QStringLiteral("stop"));
    }

    void anEditWhileTheServerIsGoneIsNeverShownAsSaved()
    {
        const Database::OpenResult opened = Database::openServer(location());
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        qint64 id = 0;
        {
            Store store(Database::defaultConnectionName);
            EditHistory history(&store);
            SessionListModel list(&store, &history);
            id = store.createSession(SessionKind::PostMortem, QStringLiteral("Checkout outage"));
            QVERIFY(id > 0);
            list.reload();
            const QModelIndex title = list.indexOfSession(id, SessionListModel::TitleColumn);
            QVERIFY(list.setData(title, QStringLiteral("Checkout outage, March")));

            QVERIFY(server(QStringLiteral("pause")));
            QSignalSpy failed(&store, &Store::writeFailed);
            QVERIFY(!list.setData(title, QStringLiteral("Checkout outage, 2 March")));
            QCOMPARE(failed.size(), 1);
            const QString message = failed.at(0).at(0).toString();
            QVERIFY2(message.contains(QLatin1String("Checkout outage, 2 March")) &&
                         message.contains(QLatin1String("database server cannot be reached")),
                     qPrintable(message));
            // What was typed stays where it was typed, marked as not saved,
            // and is no step to undo.
            QVERIFY2(title.data().toString().contains(QLatin1String("(not saved)")),
                     qPrintable(title.data().toString()));
            QCOMPARE(history.count(), 1);
            // A read while it is gone says so, rather than finding nothing.
            QSignalSpy unread(&store, &Store::readFailed);
            QVERIFY(store.sessions().isEmpty());
            QCOMPARE(unread.size(), 1);
            QVERIFY2(unread.at(0).at(0).toString().contains(
                         QLatin1String("database server cannot be reached")),
                     qPrintable(unread.at(0).at(0).toString()));

            // The server is back: a read finds the sessions again on a new
            // connection, and the next try of the edit is saved.
            QVERIFY(server(QStringLiteral("resume")));
            QCOMPARE(store.sessions().size(), 1);
            QCOMPARE(unread.size(), 1);
            QVERIFY(server(QStringLiteral("pause")));
            QVERIFY(!list.setData(title, QStringLiteral("Checkout outage, 2 March")));
            QVERIFY(server(QStringLiteral("resume")));
            QVERIFY2(list.setData(title, QStringLiteral("Checkout outage, 2 March")),
                     qPrintable(store.lastError()));
            QCOMPARE(title.data().toString(), QStringLiteral("Checkout outage, 2 March"));
            QCOMPARE(history.count(), 2);
            QVERIFY(server(QStringLiteral("pause")));
        }
        Database::close();

        // Nothing acknowledged was lost.
        QVERIFY(server(QStringLiteral("resume")));
        const Database::OpenResult again = Database::openServer(location());
        QVERIFY2(again.ok(), qPrintable(again.message));
        Store store(Database::defaultConnectionName);
        QCOMPARE(store.session(id)->title, QStringLiteral("Checkout outage, 2 March"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresqlGone)
#include "tst_postgresqlgone.moc"
