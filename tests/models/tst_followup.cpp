#include "database.h"
#include "followupmodel.h"
#include "reviewmodel.h"
#include "store.h"
#include "testdatabase.h"

#include "edithistory.h"
#include <QAbstractItemModelTester>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The product manager's view across sessions: what is still to do, by
// whom, by when, and what is late — with "today" fixed by the test.
class TestFollowUp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    const QDate m_today{2026, 5, 20};

    qint64 addAction(qint64 session, const QString &text, const QString &owner, const QDate &due,
                     ActionStatus status = ActionStatus::Open)
    {
        ActionItem item;
        item.sessionId = session;
        item.text = text;
        item.owner = owner;
        item.dueDate = due;
        item.status = status;
        return m_store->addAction(item);
    }

    QStringList texts(const QAbstractItemModel &model) const
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, FollowUpModel::TextColumn).data().toString();
        return result;
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        const qint64 launch =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        const qint64 outage =
            m_store->createSession(SessionKind::PostMortem, QStringLiteral("Outage"));
        const qint64 billing =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Billing"));
        addAction(launch, QStringLiteral("Submit build early"), QStringLiteral("Lee"),
                  {2026, 5, 1});
        addAction(launch, QStringLiteral("Own push service"), QStringLiteral("Dana"), {2026, 6, 1});
        addAction(outage, QStringLiteral("Page the right team"), QStringLiteral("Kim"),
                  {2026, 5, 10}, ActionStatus::InProgress);
        addAction(outage, QStringLiteral("Rewrite runbook"), QStringLiteral("Lee"), {2026, 4, 1},
                  ActionStatus::Done);
        addAction(billing, QStringLiteral("Test refunds"), QStringLiteral("Ana"), {});
        addAction(billing, QStringLiteral("Drop legacy plan"), QStringLiteral("Lee"), {2026, 5, 2},
                  ActionStatus::Dropped);
    }

    void cleanup()
    {
        m_stack.reset();
        m_store.reset();
        Database::close();
        m_database.reset();
    }

    void showsWhatIsStillToDoByDueDate()
    {
        FollowUpModel model(m_store.get(), m_stack.get());
        model.setToday([this] { return m_today; });
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        FollowUpFilter open;
        open.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &open, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Open and in progress only, soonest first, no date last.
        QCOMPARE(texts(open), QStringList({"Submit build early", "Page the right team",
                                           "Own push service", "Test refunds"}));
        QVERIFY(open.index(0, 0).data(FollowUpModel::OverdueRole).toBool());
        QVERIFY(!open.index(2, 0).data(FollowUpModel::OverdueRole).toBool());
        QVERIFY(open.index(0, FollowUpModel::SessionColumn).data().toString().contains("Launch"));
    }

    void filtersByOwnerStatusOverdueAndSession()
    {
        FollowUpModel model(m_store.get(), m_stack.get());
        model.setToday([this] { return m_today; });
        FollowUpFilter filter;
        filter.setSourceModel(&model);

        filter.setOwner(QStringLiteral("lee"));
        QCOMPARE(texts(filter), QStringList{"Submit build early"});
        filter.setStatuses({});
        QCOMPARE(texts(filter),
                 QStringList({"Rewrite runbook", "Submit build early", "Drop legacy plan"}));
        filter.setOwner({});
        filter.setStatuses({ActionStatus::Open, ActionStatus::InProgress});
        filter.setOverdueOnly(true);
        QCOMPARE(texts(filter), QStringList({"Submit build early", "Page the right team"}));
        filter.setOverdueOnly(false);
        filter.setSessionId(model.index(0, 0).data(FollowUpModel::SessionIdRole).toLongLong());
        QCOMPARE(filter.rowCount(), 1); // the newest session, Billing: "Test refunds"
        QCOMPARE(texts(filter), QStringList{"Test refunds"});
    }

    void filtersByTeam()
    {
        // Billing moves to a team of its own.
        const qint64 billing = m_store->sessions().constFirst().id;
        const qint64 payments = m_store->addTeam(QStringLiteral("Payments"));
        QVERIFY(m_store->setSessionField(billing, SessionField::Team, payments));
        FollowUpModel model(m_store.get(), m_stack.get());
        model.setToday([this] { return m_today; });
        FollowUpFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setTeamId(payments);
        QCOMPARE(texts(filter), QStringList{"Test refunds"});
        QCOMPARE(filter.index(0, FollowUpModel::TeamColumn).data().toString(),
                 QStringLiteral("Payments"));
        filter.setTeamId(m_store->teams().constFirst().id == payments
                             ? m_store->teams().constLast().id
                             : m_store->teams().constFirst().id);
        QCOMPARE(texts(filter),
                 QStringList({"Submit build early", "Page the right team", "Own push service"}));
        filter.setTeamId(0);
        QCOMPARE(filter.rowCount(), 4);
    }

    void statusEditedInPlaceIsUndoable()
    {
        FollowUpModel model(m_store.get(), m_stack.get());
        model.setToday([this] { return m_today; });
        FollowUpFilter open;
        open.setSourceModel(&model);
        const QModelIndex status = open.index(0, FollowUpModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Open"));
        QVERIFY(open.setData(status, int(ActionStatus::Done)));
        // Done drops out of the list of what is left, and the file says so.
        QCOMPARE(texts(open),
                 QStringList({"Page the right team", "Own push service", "Test refunds"}));
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY(query.exec(
            QStringLiteral("SELECT status FROM actions WHERE text = 'Submit build early'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("done"));
        m_stack->undo();
        QCOMPARE(open.rowCount(), 4);
        QCOMPARE(texts(open).first(), QStringLiteral("Submit build early"));
    }

    void nextSessionReviewsWhatWasLeftOpen()
    {
        // One team's sessions, Launch, Outage, Billing, and now Next, a copy
        // of Billing; another team left an action open too.
        const qint64 billing = m_store->sessions().constFirst().id;
        const qint64 otherTeam = m_store->addTeam(QStringLiteral("Payments"));
        QVERIFY(otherTeam);
        const qint64 theirs = m_store->createSession(SessionKind::PostMortem,
                                                     QStringLiteral("Their outage"), {}, otherTeam);
        ActionItem theirAction;
        theirAction.sessionId = theirs;
        theirAction.text = QStringLiteral("Another team's action");
        QVERIFY(m_store->addAction(theirAction));
        const qint64 next = m_store->duplicateSession(billing, QStringLiteral("Next"));
        ActionItem own;
        own.sessionId = next;
        own.text = QStringLiteral("This session's own action");
        m_store->addAction(own);

        ReviewModel review(m_store.get(), m_stack.get(), next);
        QAbstractItemModelTester tester(&review,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Open and in-progress actions of earlier sessions only, newest session first.
        QStringList listed;
        for (int row = 0; row < review.rowCount(); ++row)
            listed << review.index(row, ReviewModel::TextColumn).data().toString();
        QCOMPARE(listed, QStringList({"Test refunds", "Page the right team", "Submit build early",
                                      "Own push service"}));

        QVERIFY(review.review(0, ReviewOutcome::Done));
        QVERIFY(review.review(1, ReviewOutcome::StillOpen));
        QVERIFY(review.review(2, ReviewOutcome::Dropped));
        QVERIFY(review.setData(review.index(3, ReviewModel::OwnerColumn), QStringLiteral("Sam")));
        QCOMPARE(review.reviewedCount(), 3);
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY(query.exec(QStringLiteral(
            "SELECT group_concat(a.text || ':' || r.outcome || ':' || a.status, ' | ') FROM"
            " (SELECT * FROM action_reviews ORDER BY id) r JOIN actions a ON a.id = r.action_id")));
        QVERIFY(query.next());
        QCOMPARE(
            query.value(0).toString(),
            QStringLiteral("Test refunds:done:done | Page the right team:still_open:in_progress"
                           " | Submit build early:dropped:dropped"));

        // Reviewed items stay listed in this session, to be corrected.
        ReviewModel reopened(m_store.get(), m_stack.get(), next);
        QCOMPARE(reopened.rowCount(), 4);
        QCOMPARE(
            reopened.index(0, ReviewModel::OutcomeColumn).data(ReviewModel::OutcomeRole).toInt(),
            int(ReviewOutcome::Done));

        // Undo takes back the owner, then the drop: the action is open again.
        m_stack->undo();
        m_stack->undo();
        QVERIFY(query.exec(QStringLiteral(
            "SELECT status || ':' || (SELECT count(*) FROM action_reviews r WHERE r.action_id ="
            " a.id) FROM actions a WHERE text = 'Submit build early'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("open:0"));
    }
};

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
