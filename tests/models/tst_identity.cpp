#include "clock.h"
#include "database.h"
#include "identity.h"
#include "store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Every row that can travel to another machine keeps one identity there and
// here, and says when it last changed; sessions belong to teams.
class TestIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;

    static QSqlDatabase db() { return QSqlDatabase::database(Database::defaultConnectionName); }

    static QString scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    void open(const QString &path)
    {
        m_store.reset();
        Database::close();
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_store->setClock(&m_clock);
    }

    // Every shared row has a well-formed identity of its own and a time.
    void checkIdentities()
    {
        QSet<QString> seen;
        for (const QString &table : Identity::sharedTables()) {
            QSqlQuery query(db());
            QVERIFY(query.exec(QStringLiteral("SELECT uuid, updated_at FROM %1").arg(table)));
            while (query.next()) {
                const QString uuid = query.value(0).toString();
                QVERIFY2(Identity::isWellFormed(uuid), qPrintable(table + QLatin1Char(' ') + uuid));
                QVERIFY2(!seen.contains(uuid), qPrintable(uuid));
                seen.insert(uuid);
                QVERIFY2(!query.value(1).toString().isEmpty(), qPrintable(table));
            }
        }
    }

    qint64 sessionWithActions(int count)
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        for (int i = 0; i < count; ++i) {
            ActionItem action;
            action.sessionId = id;
            action.text = QStringLiteral("Action %1").arg(i + 1);
            m_store->addAction(action);
        }
        return id;
    }

    QString updatedAt(const QString &table, qint64 id)
    {
        return scalar(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table), {id});
    }

private slots:
    void cleanup()
    {
        m_store.reset();
        Database::close();
    }

    void newUuidsAreVersion4()
    {
        const QString uuid = Identity::newUuid();
        QVERIFY(Identity::isWellFormed(uuid));
        QCOMPARE(uuid.at(14), QLatin1Char('4'));
        QVERIFY(Identity::newUuid() != uuid);
        QVERIFY(!Identity::isWellFormed(QStringLiteral("{") + uuid + QStringLiteral("}")));
        QVERIFY(!Identity::isWellFormed(uuid.toUpper()));
        QVERIFY(!Identity::isWellFormed(QStringLiteral("1; DROP TABLE sessions")));
    }

    // An older file gains an identity for every row and puts its sessions
    // into a first team.
    void upgradeGivesEveryRowAnIdentityAndATeam()
    {
        const QString path = m_dir.filePath(QStringLiteral("upgraded.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        open(path);
        QCOMPARE(scalar(QStringLiteral("PRAGMA user_version")),
                 QString::number(Database::latestSchemaVersion()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM teams")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM teams")), QStringLiteral("My team"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE team_id IS NULL")),
                 QStringLiteral("0"));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM concerns")).toInt() > 0);
        checkIdentities();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 QStringLiteral("0"));
    }

    void newRowsHaveIdentities()
    {
        open(m_dir.filePath(QStringLiteral("new.sqlite")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM teams")), QStringLiteral("1"));
        const qint64 id = sessionWithActions(2);
        Participant dana;
        dana.sessionId = id;
        dana.name = QStringLiteral("Dana");
        const qint64 danaId = m_store->addParticipant(dana);
        Concern concern;
        concern.sessionId = id;
        concern.summary = QStringLiteral("Review takes longer");
        concern.speakerId = danaId;
        const qint64 concernId = m_store->recordConcern(concern, {1, danaId, false});
        QVERIFY(m_store->addWhy({0, concernId, 0, QStringLiteral("Why?"), QStringLiteral("So")}));
        TimelineEntry entry;
        entry.sessionId = id;
        entry.happenedAt = QStringLiteral("09:00");
        entry.description = QStringLiteral("Alert");
        QVERIFY(m_store->addTimelineEntry(entry));
        const qint64 later = m_store->duplicateSession(id, QStringLiteral("Next"));
        QVERIFY(m_store->setReview(later, 1, ReviewOutcome::Done, ActionStatus::Done));
        checkIdentities();
        // The copy keeps the team and gets identities of its own.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT team_id) FROM sessions")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("2"));
        // A new session goes to the team of the newest one.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO teams (uuid, name, created_at, updated_at)"
                                          " VALUES ('%1', 'Payments', '', '')")
                               .arg(Identity::newUuid())));
        const qint64 payments = query.lastInsertId().toLongLong();
        const qint64 inPayments =
            m_store->createSession(SessionKind::PostMortem, QStringLiteral("Outage"), {}, payments);
        m_clock.advance(1000);
        const qint64 next = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Next"));
        QCOMPARE(scalar(QStringLiteral("SELECT team_id FROM sessions WHERE id = ?"), {inPayments}),
                 QString::number(payments));
        QCOMPARE(scalar(QStringLiteral("SELECT team_id FROM sessions WHERE id = ?"), {next}),
                 QString::number(payments));
    }

    // An edit, and a move, say when they happened on the rows they change,
    // and only on those.
    void editsSayWhenTheyHappened()
    {
        open(m_dir.filePath(QStringLiteral("edits.sqlite")));
        const qint64 id = sessionWithActions(4);
        const QVector<ActionItem> actions = m_store->actions(id);
        const QString before = updatedAt(QStringLiteral("actions"), actions.at(0).id);
        m_clock.advance(60 * 1000);
        ActionItem owned = actions.at(0);
        owned.owner = QStringLiteral("Dana");
        QVERIFY(m_store->updateAction(actions.at(0), owned));
        const QString after = updatedAt(QStringLiteral("actions"), actions.at(0).id);
        QVERIFY2(after > before, qPrintable(before + QLatin1Char(' ') + after));
        QCOMPARE(after, Domain::timestampText(m_clock.nowUtc()));

        // Moving the last action to second place changes the ranks of the
        // last three, not the first.
        m_clock.advance(60 * 1000);
        QVERIFY(m_store->moveAction(id, 3, 1, actions.at(3).id));
        const QString moved = Domain::timestampText(m_clock.nowUtc());
        QCOMPARE(updatedAt(QStringLiteral("actions"), actions.at(0).id), after);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(updatedAt(QStringLiteral("actions"), actions.at(i).id), moved);

        // Removing the first renumbers the others: each says so.
        m_clock.advance(60 * 1000);
        RemovedRows removed;
        QVERIFY(m_store->removeAction(actions.at(0).id, &removed));
        const QString renumbered = Domain::timestampText(m_clock.nowUtc());
        for (int i = 1; i < 4; ++i)
            QCOMPARE(updatedAt(QStringLiteral("actions"), actions.at(i).id), renumbered);
        // Putting it back brings back its identity.
        const QString uuid = removed.value(QStringLiteral("uuid")).toString();
        QVERIFY(Identity::isWellFormed(uuid));
        QVERIFY(m_store->restoreAction(removed, 0));
        QCOMPARE(
            scalar(QStringLiteral("SELECT uuid FROM actions WHERE id = ?"), {actions.at(0).id}),
            uuid);

        // The session's own fields too.
        m_clock.advance(60 * 1000);
        QVERIFY(m_store->renameSession(id, QStringLiteral("Launch v2")));
        QCOMPARE(updatedAt(QStringLiteral("sessions"), id),
                 Domain::timestampText(m_clock.nowUtc()));
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
