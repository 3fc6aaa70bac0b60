#include "clock.h"
#include "database.h"
#include "store.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Every edit goes through the Store and must still be there after the file
// is closed and opened again.
class TestStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_database;

    void reopen()
    {
        Database::close();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    // The first column of every row, in the order the query gives.
    QStringList column(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QStringList result;
        if (query.exec()) {
            while (query.next())
                result.append(query.value(0).toString());
        }
        return result;
    }

    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(sql + QStringLiteral(": ") + query.lastError().text()));
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    void cleanup()
    {
        Database::close();
        m_database.reset();
    }

    void createdSessionsSurviveReopen()
    {
        {
            Store store(Database::defaultConnectionName);
            QSignalSpy added(&store, &Store::sessionAdded);
            const qint64 first =
                store.createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
            const qint64 second =
                store.createSession(SessionKind::PostMortem, QStringLiteral("Outage"));
            QVERIFY(first > 0 && second > first);
            QCOMPARE(added.size(), 2);
            QCOMPARE(added.at(1).at(0).toLongLong(), second);
        }
        reopen();
        Store store(Database::defaultConnectionName);
        const QVector<SessionSummary> sessions = store.sessions();
        QCOMPARE(sessions.size(), 2);
        // Newest first.
        QCOMPARE(sessions.at(0).title, QStringLiteral("Outage"));
        QCOMPARE(sessions.at(0).kind, SessionKind::PostMortem);
        QCOMPARE(sessions.at(1).title, QStringLiteral("Launch"));
        QCOMPARE(sessions.at(1).kind, SessionKind::PreMortem);
        QVERIFY(sessions.at(1).createdAt.isValid());
        QVERIFY(qAbs(sessions.at(1).createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void oddTextIsStoredIntact_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("empty") << QString();
        QTest::newRow("emoji") << QStringLiteral("Release 🚀🔥 went 👎🏽");
        QTest::newRow("right-to-left") << QStringLiteral("مراجعة ما بعد الحادث");
        QTest::newRow("CJK") << QStringLiteral("发布后的复盘 — 事後検証");
        QTest::newRow("quotes and SQL") << QStringLiteral("Robert'); DROP TABLE sessions;--");
        QTest::newRow("line breaks") << QStringLiteral("first\nsecond\r\nthird\ttab");
        QTest::newRow("huge") << QString(1 << 20, QChar(0x00e9));
    }

    void oddTextIsStoredIntact()
    {
        QFETCH(QString, title);
        qint64 id = 0;
        {
            Store store(Database::defaultConnectionName);
            id = store.createSession(SessionKind::PreMortem, QStringLiteral("placeholder"));
            QVERIFY(store.renameSession(id, title));
        }
        reopen();
        Store store(Database::defaultConnectionName);
        const std::optional<SessionSummary> session = store.session(id);
        QVERIFY(session);
        QCOMPARE(session->title, title);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions")).toInt(), 1);
    }

    void renameReportsTheChange()
    {
        FakeClock clock;
        Store store(Database::defaultConnectionName);
        store.setClock(&clock);
        const qint64 id = store.createSession(SessionKind::PreMortem, QStringLiteral("Draft"));
        const QString createdUpdate =
            scalar(QStringLiteral("SELECT updated_at FROM sessions")).toString();
        QSignalSpy changed(&store, &Store::sessionChanged);
        clock.advance(1); // updated_at has millisecond resolution
        QVERIFY(store.renameSession(id, QStringLiteral("Checkout redesign")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), id);
        QVERIFY(scalar(QStringLiteral("SELECT updated_at FROM sessions")).toString() >
                createdUpdate);
    }

    void duplicateCopiesSetUpButNotConcerns()
    {
        Store store(Database::defaultConnectionName);
        const qint64 source =
            store.createSession(SessionKind::PostMortem, QStringLiteral("Q1 outage"));
        exec(QStringLiteral(
                 "UPDATE sessions SET scene = ?, writing_prompts = ?, planned_minutes = 90,"
                 " timebox_writing = 15, attribute_concerns = 1, incident_what = ?"
                 " WHERE id = ?"),
             {QStringLiteral("What went well?"), QStringLiteral("Where did we get lucky?"),
              QStringLiteral("The database filled up"), source});
        exec(QStringLiteral(
                 "INSERT INTO participants (session_id, name, role, seat, present, "
                 "nothing_left) VALUES (?, 'Dana', 'SRE', 1, 0, 1), (?, 'Lee', '', 2, 1, 0)"),
             {source, source});
        exec(QStringLiteral("INSERT INTO concerns (session_id, position, summary, hands_raised, "
                            "created_at) VALUES (?, 1, 'Disk alerts were muted', 2, 'now')"),
             {source});
        exec(QStringLiteral("INSERT INTO actions (session_id, text, rank, created_at, updated_at)"
                            " VALUES (?, 'Unmute alerts', 1, 'now', 'now')"),
             {source});

        const qint64 copy = store.duplicateSession(source, QStringLiteral("Q2 outage"));
        QVERIFY(copy > source);
        reopen();
        Store reopened(Database::defaultConnectionName);
        const std::optional<SessionSummary> summary = reopened.session(copy);
        QVERIFY(summary);
        QCOMPARE(summary->title, QStringLiteral("Q2 outage"));
        QCOMPARE(summary->kind, SessionKind::PostMortem);
        QCOMPARE(summary->concernCount, 0);
        QCOMPARE(summary->actionCount, 0);
        QCOMPARE(scalar(QStringLiteral("SELECT scene || '|' || writing_prompts || '|' || "
                                       "planned_minutes || '|' || timebox_writing || '|' || "
                                       "attribute_concerns || '|' || incident_what"
                                       " FROM sessions WHERE id = ?"),
                        {copy})
                     .toString(),
                 QStringLiteral("What went well?|Where did we get lucky?|90|15|1|"));
        QCOMPARE(column(QStringLiteral("SELECT name || ':' || role || ':' || seat || ':'"
                                       " || present || ':' || nothing_left FROM participants"
                                       " WHERE session_id = ? ORDER BY seat"),
                        {copy})
                     .join(QLatin1Char(',')),
                 QStringLiteral("Dana:SRE:1:1:0,Lee::2:1:0"));
        // The original keeps everything.
        QCOMPARE(reopened.session(source)->concernCount, 1);
        QCOMPARE(reopened.session(source)->actionCount, 1);
    }

    void duplicateOfMissingSessionFailsCleanly()
    {
        Store store(Database::defaultConnectionName);
        QSignalSpy failed(&store, &Store::writeFailed);
        QCOMPARE(store.duplicateSession(4242, QStringLiteral("Ghost")), qint64(0));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions")).toInt(), 0);
    }

    void deleteHidesRestoreBringsBackPurgeRemoves()
    {
        Store store(Database::defaultConnectionName);
        const qint64 keep = store.createSession(SessionKind::PreMortem, QStringLiteral("Keep"));
        const qint64 doomed = store.createSession(SessionKind::PreMortem, QStringLiteral("Doomed"));
        exec(QStringLiteral("INSERT INTO concerns (session_id, position, summary, created_at)"
                            " VALUES (?, 1, 'Scope creep', 'now')"),
             {doomed});
        QSignalSpy removed(&store, &Store::sessionRemoved);
        QSignalSpy added(&store, &Store::sessionAdded);

        QVERIFY(store.setSessionDeleted(doomed, true));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(store.sessions().size(), 1);
        QVERIFY(!store.session(doomed));

        QVERIFY(store.setSessionDeleted(doomed, false));
        QCOMPARE(added.size(), 1);
        QCOMPARE(store.session(doomed)->concernCount, 1);

        QVERIFY(store.setSessionDeleted(doomed, true));
        QCOMPARE(store.purgeDeletedSessions(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns")).toInt(), 0);
        QVERIFY(store.session(keep));
        QCOMPARE(store.purgeDeletedSessions(), 0);
    }

    void actionsKeepADenseRankAndWhysStopAtFive()
    {
        Store store(Database::defaultConnectionName);
        const qint64 session =
            store.createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        QStringList texts{"A", "B", "C", "D"};
        for (const QString &text : texts) {
            ActionItem item;
            item.sessionId = session;
            item.text = text;
            QVERIFY2(store.addAction(item) > 0, qPrintable(store.lastError()));
        }
        QVERIFY(store.moveAction(session, 3, 0));
        ActionItem inserted;
        inserted.sessionId = session;
        inserted.text = QStringLiteral("E");
        inserted.dueDate = QDate(2026, 1, 31);
        QVERIFY(store.addAction(inserted, 2) > 0);
        reopen();
        Store reopened(Database::defaultConnectionName);
        QStringList order;
        QList<int> ranks;
        for (const ActionItem &item : reopened.actions(session)) {
            order << item.text;
            ranks << item.rank;
        }
        QCOMPARE(order, QStringList({"D", "A", "E", "B", "C"}));
        QCOMPARE(ranks, QList<int>({1, 2, 3, 4, 5}));
        QCOMPARE(reopened.actions(session).at(2).dueDate, QDate(2026, 1, 31));
        QCOMPARE(reopened.session(session)->actionCount, 5);

        Concern concern;
        concern.sessionId = session;
        concern.summary = QStringLiteral("Late review");
        const qint64 concernId = reopened.recordConcern(concern, TurnState{});
        for (int i = 1; i <= 5; ++i)
            QVERIFY(reopened.addWhy({0, concernId, 0, QStringLiteral("Why %1?").arg(i), {}}) > 0);
        QSignalSpy failed(&reopened, &Store::writeFailed);
        QCOMPARE(reopened.addWhy({0, concernId, 0, QStringLiteral("Why 6?"), {}}), qint64(0));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(reopened.whys(concernId).size(), 5);
        QCOMPARE(reopened.whys(concernId).last().position, 5);
    }

    // A read that fails is said, not shown as "no rows".
    void aFailedReadIsReported()
    {
        Store store(Database::defaultConnectionName);
        const qint64 id = store.createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        ActionItem action;
        action.sessionId = id;
        action.text = QStringLiteral("Rotate the keys");
        QVERIFY(store.addAction(action) > 0);
        // Not prepared: PostgreSQL prepares no ALTER TABLE.
        QSqlQuery alter(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY(alter.exec(
            QStringLiteral("ALTER TABLE actions RENAME COLUMN owner TO owner_elsewhere")));
        QSignalSpy failed(&store, &Store::readFailed);
        QVERIFY(store.actions(id).isEmpty());
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("Could not read")),
                 qPrintable(failed.at(0).at(0).toString()));
        // A server's connection is opened anew after a failed read.
        QSqlQuery back(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY(back.exec(
            QStringLiteral("ALTER TABLE actions RENAME COLUMN owner_elsewhere TO owner")));
        QCOMPARE(store.actions(id).size(), 1);
        QCOMPARE(failed.size(), 1);
    }

    // The team list, the follow-up over every session and whether someone
    // has spoken read like every other list: a failure is said, never taken
    // for "no teams", "no actions" or "not yet".
    void everyReadSaysWhenItFails()
    {
        Store store(Database::defaultConnectionName);
        const qint64 id = store.createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        Participant dana;
        dana.sessionId = id;
        dana.name = QStringLiteral("Dana");
        const qint64 danaId = store.addParticipant(dana);
        QVERIFY(danaId > 0);
        QSignalSpy failed(&store, &Store::readFailed);
        const auto hidden = [](const QString &table, const std::function<void()> &read) {
            // Not prepared: PostgreSQL prepares no ALTER TABLE.
            QSqlQuery alter(QSqlDatabase::database(Database::defaultConnectionName));
            QVERIFY(alter.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_elsewhere").arg(table)));
            read();
            QSqlQuery back(QSqlDatabase::database(Database::defaultConnectionName));
            QVERIFY(back.exec(QStringLiteral("ALTER TABLE %1_elsewhere RENAME TO %1").arg(table)));
        };
        hidden(QStringLiteral("teams"), [&] { QVERIFY(store.teams().isEmpty()); });
        QCOMPARE(failed.size(), 1);
        hidden(QStringLiteral("actions"), [&] { QVERIFY(store.allActions().isEmpty()); });
        QCOMPARE(failed.size(), 2);
        hidden(QStringLiteral("concerns"), [&] { QVERIFY(!store.hasSpoken(danaId)); });
        QCOMPARE(failed.size(), 3);
        for (const QList<QVariant> &message : std::as_const(failed))
            QVERIFY2(message.at(0).toString().contains(QLatin1String("Could not read")),
                     qPrintable(message.at(0).toString()));
        // Read again once the tables are back.
        QCOMPARE(store.teams().size(), 1);
        QCOMPARE(failed.size(), 3);
    }

    void failedWriteChangesNothing()
    {
        if (TestDatabase::onPostgresql())
            QSKIP("SQLite's write lock: on a server another writer is waited for");
        Store store(Database::defaultConnectionName);
        const qint64 id = store.createSession(SessionKind::PreMortem, QStringLiteral("Before"));
        // Another writer holds the database: the edit must fail loudly, not vanish.
        const QString other = QStringLiteral("other");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
            db.setDatabaseName(m_database->location().filePath());
            QVERIFY(db.open());
            QSqlQuery lock(db);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QSignalSpy failed(&store, &Store::writeFailed);
            QSignalSpy changed(&store, &Store::sessionChanged);
            QVERIFY(!store.renameSession(id, QStringLiteral("After")));
            QCOMPARE(failed.size(), 1);
            QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("title")));
            QCOMPARE(changed.size(), 0);
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(other);
        QCOMPARE(store.session(id)->title, QStringLiteral("Before"));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
