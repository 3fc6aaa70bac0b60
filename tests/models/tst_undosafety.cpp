#include "actionmodel.h"
#include "clock.h"
#include "concernmodel.h"
#include "database.h"
#include "followupmodel.h"
#include "livecommands.h"
#include "participantmodel.h"
#include "reviewmodel.h"
#include "sessioncommands.h"
#include "sessionflow.h"
#include "store.h"
#include "testdatabase.h"
#include "timelinemodel.h"
#include "whymodel.h"

#include "edithistory.h"
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Undo and redo as a facilitator meets them with several sessions and
// several views open: a step only ever touches the rows it made or edited,
// restores only the fields it changed, brings back what went with a
// deletion, and one key press is one transaction and one step.
class TestUndoSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
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

    // A write that fails the way a full disk does, for the statements that
    // match (and, given a condition on NEW, the rows that match it): the
    // store sees an ordinary SQL error. A trigger of the test's own, in each
    // engine's words.
    static void failWrites(const QString &table, const QString &event,
                           const QString &condition = {})
    {
        QSqlQuery query(db());
        failingTable() = table;
        if (TestDatabase::onPostgresql()) {
            QVERIFY2(query.exec(QStringLiteral(
                         "CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger"
                         " LANGUAGE plpgsql AS $$ BEGIN"
                         " RAISE EXCEPTION 'database or disk is full'; END $$")),
                     qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER injected_failure BEFORE %1 ON %2"
                                               " FOR EACH ROW %3 EXECUTE FUNCTION"
                                               " injected_failure()")
                                    .arg(event, table,
                                         condition.isEmpty()
                                             ? QString()
                                             : QStringLiteral("WHEN (%1)").arg(condition))),
                     qPrintable(query.lastError().text()));
            return;
        }
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TEMP TRIGGER injected_failure BEFORE %1 ON %2"
                                      " %3 BEGIN SELECT RAISE(ABORT, 'database or disk is"
                                      " full'); END")
                           .arg(event, table,
                                condition.isEmpty() ? QString()
                                                    : QStringLiteral("WHEN %1").arg(condition))),
            qPrintable(query.lastError().text()));
    }

    static void allowWrites()
    {
        QSqlQuery query(db());
        if (TestDatabase::onPostgresql())
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS injected_failure ON %1")
                                   .arg(failingTable())));
        else
            QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.injected_failure")));
    }

    static QString &failingTable()
    {
        static QString table;
        return table;
    }

    qint64 newSession(const QString &title, const QStringList &people = {})
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, title);
        for (const QString &name : people) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            m_store->addParticipant(participant);
        }
        return id;
    }

    QString actionField(qint64 actionId, const QString &column) const
    {
        return scalar(QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(column),
                      {actionId});
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
    }

    void cleanup()
    {
        m_store.reset();
        Database::close();
        m_database.reset();
    }

    // A file from before ids were never reused keeps every row and id, and
    // from then on a freed id is never handed out again.
    void upgradedFileNeverReusesIds()
    {
        if (TestDatabase::onPostgresql())
            QSKIP("About upgrading an SQLite file of schema 1; tst_postgresqlschema shows ids "
                  "are never handed out twice on the server");
        cleanup();
        const QString path = m_dir.filePath(QStringLiteral("upgraded.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);

        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM concerns"
                                       " ORDER BY id) AS in_order")),
                 QStringLiteral("1,2,3"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("5"));
        QCOMPARE(scalar(QStringLiteral("SELECT answer FROM whys WHERE concern_id = 1")),
                 QStringLiteral("We submitted on the last day"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(concern_id) FROM actions")),
                 QStringLiteral("1,3"));
        QCOMPARE(scalar(QStringLiteral("SELECT concern_count FROM sessions WHERE id = 1")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
                 QStringLiteral("0"));
        // Every table with an integer id hands each one out once only.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                       " AND sql LIKE '%INTEGER PRIMARY KEY%'"
                                       " AND sql NOT LIKE '%AUTOINCREMENT%'")),
                 QStringLiteral("0"));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                      " AND sql LIKE '%AUTOINCREMENT%'"))
                    .toInt() >= 8);

        // The newest concern goes; the next one still gets a new id, and the
        // counts the list shows follow.
        Concern concern;
        concern.sessionId = 2;
        concern.summary = QStringLiteral("Retry storm");
        QVERIFY(m_store->removeConcern(3, {}));
        QCOMPARE(m_store->recordConcern(concern, {}), qint64(4));
        QCOMPARE(scalar(QStringLiteral("SELECT concern_count FROM sessions WHERE id = 2")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT concern_id FROM actions WHERE id = 2")), QString());
    }

    // Session A records a concern and edits it, undoes both; session B
    // records one; A redoes both. SQLite hands out the highest free rowid
    // again, so without ids that are never reused B's concern would get A's
    // id and A's redo would overwrite it.
    void redoNeverRewritesAnotherSessionsConcern()
    {
        const qint64 a = newSession(QStringLiteral("A"), {QStringLiteral("Ann")});
        const qint64 b = newSession(QStringLiteral("B"), {QStringLiteral("Bo")});
        EditHistory stackA(m_store.get());
        EditHistory stackB(m_store.get());
        SessionFlow flowA(m_store.get(), &stackA, a, &m_clock);
        SessionFlow flowB(m_store.get(), &stackB, b, &m_clock);

        QCOMPARE(flowA.recordConcern(QStringLiteral("Scope creep"), 0, ConcernCategory::None),
                 QString());
        const int row = flowA.concerns()->rowCount() - 1;
        QVERIFY(flowA.concerns()->setData(flowA.concerns()->index(row, ConcernModel::SummaryColumn),
                                          QStringLiteral("Scope creep in Q3")));
        stackA.undoStep();
        stackA.undoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns WHERE session_id = ?"), {a}),
                 QStringLiteral("0"));

        QCOMPARE(flowB.recordConcern(QStringLiteral("Vendor late"), 0, ConcernCategory::None),
                 QString());
        while (stackA.canRedo())
            stackA.redoStep();

        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(summary) FROM concerns"
                                       " WHERE session_id = ?"),
                        {b}),
                 QStringLiteral("Vendor late"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(summary) FROM concerns"
                                       " WHERE session_id = ?"),
                        {a}),
                 QStringLiteral("Scope creep in Q3"));
    }

    void redoNeverRewritesAnotherSessionsAction()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        const qint64 b = newSession(QStringLiteral("B"));
        EditHistory stackA(m_store.get());
        EditHistory stackB(m_store.get());
        ActionModel actionsA(m_store.get(), &stackA, a);
        ActionModel actionsB(m_store.get(), &stackB, b);

        QVERIFY(actionsA.addAction(QStringLiteral("Book the venue")) > 0);
        QVERIFY(actionsA.setData(actionsA.index(0, ActionModel::TextColumn),
                                 QStringLiteral("Book the big venue")));
        stackA.undoStep();
        stackA.undoStep();
        QVERIFY(actionsB.addAction(QStringLiteral("Call the vendor")) > 0);
        while (stackA.canRedo())
            stackA.redoStep();

        QCOMPARE(
            scalar(QStringLiteral("SELECT group_concat(text) FROM actions WHERE session_id = ?"),
                   {b}),
            QStringLiteral("Call the vendor"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT group_concat(text) FROM actions WHERE session_id = ?"),
                   {a}),
            QStringLiteral("Book the big venue"));
    }

    void redoNeverRewritesAnotherSessionsParticipant()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        const qint64 b = newSession(QStringLiteral("B"));
        EditHistory stackA(m_store.get());
        EditHistory stackB(m_store.get());
        ParticipantModel peopleA(m_store.get(), &stackA, a);
        ParticipantModel peopleB(m_store.get(), &stackB, b);

        QVERIFY(peopleA.addParticipant(QStringLiteral("Dana"), {}) > 0);
        QVERIFY(peopleA.setData(peopleA.index(0, ParticipantModel::NameColumn),
                                QStringLiteral("Dana K.")));
        stackA.undoStep();
        stackA.undoStep();
        QVERIFY(peopleB.addParticipant(QStringLiteral("Lee"), {}) > 0);
        while (stackA.canRedo())
            stackA.redoStep();

        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name) FROM participants"
                                       " WHERE session_id = ?"),
                        {b}),
                 QStringLiteral("Lee"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name) FROM participants"
                                       " WHERE session_id = ?"),
                        {a}),
                 QStringLiteral("Dana K."));
    }

    void redoNeverRewritesAnotherConcernsWhy()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        const qint64 b = newSession(QStringLiteral("B"));
        Concern concern;
        concern.sessionId = a;
        concern.summary = QStringLiteral("Outage");
        const qint64 concernA = m_store->recordConcern(concern, {});
        concern.sessionId = b;
        concern.summary = QStringLiteral("Late launch");
        const qint64 concernB = m_store->recordConcern(concern, {});
        EditHistory stackA(m_store.get());
        EditHistory stackB(m_store.get());
        WhyModel whysA(m_store.get(), &stackA, concernA);
        WhyModel whysB(m_store.get(), &stackB, concernB);

        QVERIFY(whysA.addWhy(QStringLiteral("Why down?")));
        QVERIFY(whysA.setData(whysA.index(0, WhyModel::AnswerColumn), QStringLiteral("No alerts")));
        stackA.undoStep();
        stackA.undoStep();
        QVERIFY(whysB.addWhy(QStringLiteral("Why late?"), QStringLiteral("Scope")));
        while (stackA.canRedo())
            stackA.redoStep();

        QCOMPARE(scalar(QStringLiteral("SELECT question || '/' || answer FROM whys"
                                       " WHERE concern_id = ?"),
                        {concernB}),
                 QStringLiteral("Why late?/Scope"));
        QCOMPARE(scalar(QStringLiteral("SELECT question || '/' || answer FROM whys"
                                       " WHERE concern_id = ?"),
                        {concernA}),
                 QStringLiteral("Why down?/No alerts"));
    }

    void redoNeverRewritesAnotherSessionsTimelineEntry()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        const qint64 b = newSession(QStringLiteral("B"));
        EditHistory stackA(m_store.get());
        EditHistory stackB(m_store.get());
        TimelineModel timelineA(m_store.get(), &stackA, a);
        TimelineModel timelineB(m_store.get(), &stackB, b);

        QVERIFY(timelineA.addEntry(QStringLiteral("14:02"), QStringLiteral("Pager fired")));
        QVERIFY(timelineA.setData(timelineA.index(0, TimelineModel::WhatColumn),
                                  QStringLiteral("Pager fired twice")));
        stackA.undoStep();
        stackA.undoStep();
        QVERIFY(timelineB.addEntry(QStringLiteral("09:00"), QStringLiteral("Deploy")));
        while (stackA.canRedo())
            stackA.redoStep();

        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(description) FROM timeline_entries"
                                       " WHERE session_id = ?"),
                        {b}),
                 QStringLiteral("Deploy"));
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(description) FROM timeline_entries"
                                       " WHERE session_id = ?"),
                        {a}),
                 QStringLiteral("Pager fired twice"));
    }

    // The same action is edited from the session's Actions page and from
    // Follow-up, each with its own undo stack: undo in one takes back only
    // what that view changed.
    void undoInOneViewKeepsAnotherViewsEdit()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        EditHistory sessionStack(m_store.get());
        EditHistory listStack(m_store.get());
        ActionModel actions(m_store.get(), &sessionStack, a);
        FollowUpModel followUp(m_store.get(), &listStack);

        const qint64 id = actions.addAction(QStringLiteral("Ship it"));
        QVERIFY(actions.setData(actions.index(0, ActionModel::TextColumn),
                                QStringLiteral("Ship it today")));
        followUp.reload();
        QCOMPARE(followUp.rowCount(), 1);
        QVERIFY(followUp.setData(followUp.index(0, FollowUpModel::OwnerColumn),
                                 QStringLiteral("Dana")));

        sessionStack.undoStep(); // the text edit
        QCOMPARE(actionField(id, QStringLiteral("text")), QStringLiteral("Ship it"));
        QCOMPARE(actionField(id, QStringLiteral("owner")), QStringLiteral("Dana"));
        listStack.undoStep(); // the owner edit
        QCOMPARE(actionField(id, QStringLiteral("owner")), QString());
        QCOMPARE(actionField(id, QStringLiteral("text")), QStringLiteral("Ship it"));
    }

    // When the field itself was changed elsewhere since, undo does not
    // overwrite it silently: it refuses, says so, and the step goes.
    void undoRefusesToOverwriteAFieldChangedElsewhere()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        EditHistory sessionStack(m_store.get());
        EditHistory listStack(m_store.get());
        ActionModel actions(m_store.get(), &sessionStack, a);
        FollowUpModel followUp(m_store.get(), &listStack);
        const qint64 id = actions.addAction(QStringLiteral("Ship it"));
        QVERIFY(actions.setData(actions.index(0, ActionModel::OwnerColumn), QStringLiteral("Lee")));
        followUp.reload();
        QVERIFY(followUp.setData(followUp.index(0, FollowUpModel::OwnerColumn),
                                 QStringLiteral("Dana")));

        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        const int steps = sessionStack.count();
        sessionStack.undoStep();
        QCOMPARE(actionField(id, QStringLiteral("owner")), QStringLiteral("Dana"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("changed")),
                 qPrintable(failed.at(0).at(0).toString()));
        // The refused step is gone; the next undo takes back the one before.
        QCOMPARE(sessionStack.count(), steps - 1);
        QCOMPARE(sessionStack.index(), steps - 1);
    }

    // Renaming in the list and editing the title in the session are two
    // stacks on one field.
    void titleUndoInTheListKeepsTheSessionsOwnEdit()
    {
        const qint64 a = newSession(QStringLiteral("Launch"));
        EditHistory listStack(m_store.get());
        EditHistory sessionStack(m_store.get());
        SessionFlow flow(m_store.get(), &sessionStack, a, &m_clock);
        flow.setField(SessionField::Scene, QStringLiteral("Imagine it failed"));
        listStack.push(new RenameSessionCommand(m_store.get(), a, QStringLiteral("Launch"),
                                                QStringLiteral("Launch v2")));
        flow.setField(SessionField::Title, QStringLiteral("Launch v3"));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        listStack.undoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT title FROM sessions WHERE id = ?"), {a}),
                 QStringLiteral("Launch v3"));
        QCOMPARE(failed.size(), 1);
    }

    // An action reviewed in a later session is deleted in its own session;
    // undo brings back the action and its review.
    void undoingAnActionsDeletionBringsBackItsReview()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        EditHistory stackA(m_store.get());
        ActionModel actions(m_store.get(), &stackA, a);
        const qint64 id = actions.addAction(QStringLiteral("Write the runbook"));
        // The next session of the same line reviews it.
        const qint64 later = m_store->duplicateSession(a, QStringLiteral("Later"));
        EditHistory laterStack(m_store.get());
        ReviewModel review(m_store.get(), &laterStack, later);
        QCOMPARE(review.rowCount(), 1);
        QVERIFY(review.review(0, ReviewOutcome::Done));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM action_reviews")),
                 QStringLiteral("1"));

        QVERIFY(actions.removeAction(0));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM action_reviews")),
                 QStringLiteral("0"));
        stackA.undoStep();
        QCOMPARE(actionField(id, QStringLiteral("text")), QStringLiteral("Write the runbook"));
        QCOMPARE(actionField(id, QStringLiteral("status")), QStringLiteral("done"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT outcome FROM action_reviews WHERE action_id = ?"), {id}),
            QStringLiteral("done"));
        stackA.redoStep();
        stackA.undoStep();
        QCOMPARE(
            scalar(QStringLiteral("SELECT outcome FROM action_reviews WHERE action_id = ?"), {id}),
            QStringLiteral("done"));
    }

    // A recorded concern is taken back after whys, an action and a merged
    // duplicate were attached to it elsewhere; redo brings them all back.
    void redoOfARemovedConcernBringsBackItsWhysAndLinks()
    {
        const qint64 a =
            newSession(QStringLiteral("A"), {QStringLiteral("Ann"), QStringLiteral("Bo")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        QCOMPARE(flow.recordConcern(QStringLiteral("Outage"), 1, ConcernCategory::None), QString());
        const qint64 concernId = flow.concerns()->concerns().constLast().id;

        Why why;
        why.concernId = concernId;
        why.question = QStringLiteral("Why?");
        why.answer = QStringLiteral("No alerts");
        QVERIFY(m_store->addWhy(why) > 0);
        ActionItem action;
        action.sessionId = a;
        action.concernId = concernId;
        action.text = QStringLiteral("Add alerts");
        const qint64 actionId = m_store->addAction(action);
        Concern duplicate;
        duplicate.sessionId = a;
        duplicate.summary = QStringLiteral("Site down");
        duplicate.mergedIntoId = concernId;
        const qint64 duplicateId = m_store->recordConcern(duplicate, flow.turn());

        stack.undoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM whys")), QStringLiteral("0"));
        stack.redoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT summary FROM concerns WHERE id = ?"), {concernId}),
                 QStringLiteral("Outage"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT answer FROM whys WHERE concern_id = ?"), {concernId}),
            QStringLiteral("No alerts"));
        QCOMPARE(actionField(actionId, QStringLiteral("concern_id")), QString::number(concernId));
        QCOMPARE(scalar(QStringLiteral("SELECT merged_into_id FROM concerns WHERE id = ?"),
                        {duplicateId}),
                 QString::number(concernId));
    }

    // A redo that cannot be written leaves the steps made on top of it
    // where they cannot run on a state they were not made for.
    void failedRedoDropsTheStepsThatDependOnIt()
    {
        const qint64 a = newSession(QStringLiteral("A"), {QStringLiteral("Ann")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        QCOMPARE(flow.recordConcern(QStringLiteral("Scope creep"), 0, ConcernCategory::None),
                 QString());
        const int row = flow.concerns()->rowCount() - 1;
        QVERIFY(flow.concerns()->setData(flow.concerns()->index(row, ConcernModel::SummaryColumn),
                                         QStringLiteral("Scope creep in Q3")));
        stack.undoStep();
        stack.undoStep();

        failWrites(QStringLiteral("concerns"), QStringLiteral("INSERT"));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        stack.redoStep();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!stack.canRedo());
        allowWrites();
        stack.redoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns")), QStringLiteral("0"));
        QVERIFY(stack.canUndo() == (stack.index() > 0));
    }

    // A cell edit that could not be saved keeps what was typed in the cell,
    // marked as not saved, until it is saved or typed over.
    void failedCellEditKeepsWhatWasTyped()
    {
        const qint64 a = newSession(QStringLiteral("A"), {QStringLiteral("Ann")});
        EditHistory stack(m_store.get());
        ActionModel actions(m_store.get(), &stack, a);
        ParticipantModel people(m_store.get(), &stack, a);
        const qint64 id = actions.addAction(QStringLiteral("Ship it"));
        const QModelIndex text = actions.index(0, ActionModel::TextColumn);
        const QModelIndex name = people.index(0, ParticipantModel::NameColumn);

        failWrites(QStringLiteral("actions"), QStringLiteral("UPDATE"));
        QVERIFY(!actions.setData(text, QStringLiteral("Ship it on Friday")));
        QCOMPARE(actionField(id, QStringLiteral("text")), QStringLiteral("Ship it"));
        QCOMPARE(text.data(Qt::EditRole).toString(), QStringLiteral("Ship it on Friday"));
        QVERIFY(text.data(Qt::DisplayRole).toString().contains(QLatin1String("not saved")));
        allowWrites();
        failWrites(QStringLiteral("participants"), QStringLiteral("UPDATE"));
        QVERIFY(!people.setData(name, QStringLiteral("Ann K.")));
        QCOMPARE(name.data(Qt::EditRole).toString(), QStringLiteral("Ann K."));
        allowWrites();

        QVERIFY(actions.setData(text, QStringLiteral("Ship it on Friday")));
        QCOMPARE(text.data(Qt::DisplayRole).toString(), QStringLiteral("Ship it on Friday"));
        QCOMPARE(actionField(id, QStringLiteral("text")), QStringLiteral("Ship it on Friday"));
        // Typing the stored name again gives up the unsaved one.
        QVERIFY(!people.setData(name, QStringLiteral("Ann")));
        QCOMPARE(name.data(Qt::DisplayRole).toString(), QStringLiteral("Ann"));
    }

    // ---- one user action, one transaction --------------------------------

    void nothingLeftIsOneTransaction()
    {
        const qint64 a =
            newSession(QStringLiteral("A"), {QStringLiteral("Ann"), QStringLiteral("Bo")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        flow.startSharing();
        const int steps = stack.count();
        const TurnState before = flow.turn();
        failWrites(QStringLiteral("sessions"), QStringLiteral("UPDATE OF sharing_speaker_id"));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        flow.nothingLeft();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(nothing_left) FROM participants")),
                 QStringLiteral("0"));
        QCOMPARE(stack.count(), steps);
        allowWrites();
        QCOMPARE(m_store->sessionDetails(a)->turn, before);

        flow.nothingLeft();
        QCOMPARE(stack.count(), steps + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT sum(nothing_left) FROM participants")),
                 QStringLiteral("1"));
        stack.undoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT sum(nothing_left) FROM participants")),
                 QStringLiteral("0"));
        QCOMPARE(m_store->sessionDetails(a)->turn, before);
    }

    void leavingTheRoomIsOneTransaction()
    {
        const qint64 a =
            newSession(QStringLiteral("A"), {QStringLiteral("Ann"), QStringLiteral("Bo")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        flow.startSharing();
        failWrites(QStringLiteral("sessions"), QStringLiteral("UPDATE OF sharing_speaker_id"));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        flow.setPresent(flow.currentSpeakerId(), false);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT min(present) FROM participants")),
                 QStringLiteral("1"));
        allowWrites();
    }

    void mergeIsOneTransaction()
    {
        const qint64 a =
            newSession(QStringLiteral("A"), {QStringLiteral("Ann"), QStringLiteral("Bo")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        for (const QString &text :
             {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
            QCOMPARE(flow.recordConcern(text, 0, ConcernCategory::None), QString());
        const QVector<Concern> concerns = flow.concerns()->concerns();
        // Two joins three; then three joins one, taking two along: two rows change.
        QVERIFY(flow.concerns()->merge(concerns.at(1).id, concerns.at(2).id));
        const int steps = stack.count();
        // The second of the two updates fails.
        failWrites(QStringLiteral("concerns"), QStringLiteral("UPDATE OF merged_into_id"),
                   QStringLiteral("NEW.id = %1").arg(concerns.at(2).id));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        flow.concerns()->merge(concerns.at(2).id, concerns.at(0).id);
        QCOMPARE(failed.size(), 1);
        allowWrites();
        QCOMPARE(scalar(QStringLiteral("SELECT merged_into_id FROM concerns WHERE id = ?"),
                        {concerns.at(1).id}),
                 QString::number(concerns.at(2).id));
        QCOMPARE(stack.count(), steps);
    }

    void templateAndKindAreOneTransaction()
    {
        const qint64 a = newSession(QStringLiteral("A"));
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        const QString scene = flow.details().scene;
        PromptTemplate own;
        own.name = QStringLiteral("Mine");
        own.scene = QStringLiteral("My scene");
        own.writingPrompts = QStringLiteral("My prompts");
        failWrites(QStringLiteral("sessions"), QStringLiteral("UPDATE OF writing_prompts"));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        flow.applyTemplate(own);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT scene FROM sessions WHERE id = ?"), {a}), scene);
        QCOMPARE(stack.count(), 0);

        flow.setKind(SessionKind::PostMortem);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM sessions WHERE id = ?"), {a}),
                 QStringLiteral("premortem"));
        QCOMPARE(stack.count(), 0);
        allowWrites();

        flow.setKind(SessionKind::PostMortem);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM sessions WHERE id = ?"), {a}),
                 QStringLiteral("postmortem"));
        QVERIFY(scalar(QStringLiteral("SELECT scene FROM sessions WHERE id = ?"), {a}) != scene);
        stack.undoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM sessions WHERE id = ?"), {a}),
                 QStringLiteral("premortem"));
        QCOMPARE(scalar(QStringLiteral("SELECT scene FROM sessions WHERE id = ?"), {a}), scene);
    }

    // A late arrival when everyone had passed on: the seat and the turn that
    // reaches them are one step, written together or not at all.
    void lateArrivalAndTheTurnAreOneStep()
    {
        const qint64 a =
            newSession(QStringLiteral("A"), {QStringLiteral("Ann"), QStringLiteral("Bo")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        flow.startSharing();
        flow.nothingLeft();
        flow.nothingLeft();
        QVERIFY(flow.isSharingComplete());
        const TurnState complete = flow.turn();
        const int steps = stack.count();

        failWrites(QStringLiteral("sessions"), QStringLiteral("UPDATE OF sharing_speaker_id"));
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        flow.addLateArrival(QStringLiteral("Cy"), {});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("2"));
        QCOMPARE(stack.count(), steps);
        allowWrites();

        flow.addLateArrival(QStringLiteral("Cy"), {});
        QCOMPARE(stack.count(), steps + 1);
        QCOMPARE(flow.participantName(flow.currentSpeakerId()), QStringLiteral("Cy"));
        stack.undoStep();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("2"));
        QCOMPARE(m_store->sessionDetails(a)->turn, complete);
    }

    // Moving between phases is navigation, not an edit: it never lands on
    // the undo stack, and the first Enter of sharing is one step.
    void phasesAreNotUndoSteps()
    {
        const qint64 a =
            newSession(QStringLiteral("A"), {QStringLiteral("Ann"), QStringLiteral("Bo")});
        EditHistory stack(m_store.get());
        SessionFlow flow(m_store.get(), &stack, a, &m_clock);
        flow.setPhase(Phase::Sharing);
        QCOMPARE(stack.count(), 0);
        QVERIFY(flow.isSharingStarted());
        QCOMPARE(flow.recordConcern(QStringLiteral("One"), 0, ConcernCategory::None), QString());
        QCOMPARE(stack.count(), 1);

        const qint64 b = newSession(QStringLiteral("B"), {QStringLiteral("Cy")});
        EditHistory stackB(m_store.get());
        SessionFlow flowB(m_store.get(), &stackB, b, &m_clock);
        QCOMPARE(flowB.recordConcern(QStringLiteral("Two"), 0, ConcernCategory::None), QString());
        QCOMPARE(stackB.count(), 1);
        stackB.undoStep();
        QVERIFY(!flowB.isSharingStarted());
    }
};

QTEST_GUILESS_MAIN(TestUndoSafety)
#include "tst_undosafety.moc"
