#include "actionmodel.h"
#include "database.h"
#include "store.h"
#include "testdatabase.h"

#include "edithistory.h"
#include <QAbstractItemModelTester>
#include <QColor>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A session's action items as the product manager prioritizes them,
// checked against what the database holds, forwards and undone.
class TestActionModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<ActionModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_sessionId = 0;

    QVariant stored(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    // The texts in the stored rank order, and the ranks themselves.
    QString storedOrder() const
    {
        return stored(QStringLiteral("SELECT group_concat(text, '|') FROM (SELECT text FROM"
                                     " actions WHERE session_id = ? ORDER BY rank) AS ranked"),
                      {m_sessionId})
            .toString();
    }
    QString storedRanks() const
    {
        return stored(QStringLiteral("SELECT group_concat(rank, ' ') FROM (SELECT rank FROM"
                                     " actions WHERE session_id = ? ORDER BY rank) AS ranked"),
                      {m_sessionId})
            .toString();
    }
    QString shownOrder() const
    {
        QStringList texts;
        for (int row = 0; row < m_model->rowCount(); ++row)
            texts << m_model->index(row, ActionModel::TextColumn).data().toString();
        return texts.join(QLatin1Char('|'));
    }
    QVariant storedField(qint64 actionId, const QString &column) const
    {
        return stored(QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(column),
                      {actionId});
    }

    void openModel()
    {
        m_model = std::make_unique<ActionModel>(m_store.get(), m_stack.get(), m_sessionId);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void addThree()
    {
        for (const char *text : {"Write the runbook", "Page on-call earlier", "Add a canary"})
            QVERIFY(m_model->addAction(QString::fromLatin1(text)) > 0);
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        m_sessionId = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        openModel();
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_stack.reset();
        m_store.reset();
        Database::close();
        m_database.reset();
    }

    void addEditRemoveAreUndoable()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        const qint64 first = m_model->addAction(QStringLiteral("  Write the runbook "));
        QVERIFY(first > 0);
        const qint64 second = m_model->addAction(QStringLiteral("Page on-call earlier"));
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
        QCOMPARE(storedRanks(), QStringLiteral("1 2"));
        QCOMPARE(m_model->index(1, ActionModel::RankColumn).data().toInt(), 2);
        QCOMPARE(m_model->index(0, 0).data(ActionModel::ActionIdRole).toLongLong(), first);

        // An edit in place, then undone and redone.
        QVERIFY(m_model->setData(m_model->index(1, ActionModel::TextColumn),
                                 QStringLiteral("Page on-call within 5 minutes")));
        QCOMPARE(storedField(second, QStringLiteral("text")).toString(),
                 QStringLiteral("Page on-call within 5 minutes"));
        m_stack->undo();
        QCOMPARE(storedField(second, QStringLiteral("text")).toString(),
                 QStringLiteral("Page on-call earlier"));
        QCOMPARE(shownOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
        m_stack->redo();
        QCOMPARE(m_model->index(1, ActionModel::TextColumn).data().toString(),
                 QStringLiteral("Page on-call within 5 minutes"));

        // Removing the first moves the other up a rank; undo puts it back
        // where it was, with its id.
        QVERIFY(m_model->removeAction(0));
        QCOMPARE(storedOrder(), QStringLiteral("Page on-call within 5 minutes"));
        QCOMPARE(storedRanks(), QStringLiteral("1"));
        QCOMPARE(m_model->index(0, ActionModel::RankColumn).data().toInt(), 1);
        m_stack->undo();
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call within 5 minutes"));
        QCOMPARE(m_model->index(0, 0).data(ActionModel::ActionIdRole).toLongLong(), first);

        // Adding undone leaves nothing behind.
        m_stack->undo(); // the edit
        m_stack->undo(); // the second action
        m_stack->undo(); // the first
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT count(*) FROM actions")).toInt(), 0);
        m_stack->redo();
        QCOMPARE(shownOrder(), QStringLiteral("Write the runbook"));
        // Rows came and went one by one, so a selection in a view survives.
        QCOMPARE(resets.count(), 0);
    }

    void emptyTextIsRefused()
    {
        QCOMPARE(m_model->addAction(QString()), 0);
        QCOMPARE(m_model->addAction(QStringLiteral(" \t ")), 0);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(m_model->rowCount(), 0);

        const qint64 id = m_model->addAction(QStringLiteral("Add a canary"));
        QVERIFY(
            !m_model->setData(m_model->index(0, ActionModel::TextColumn), QStringLiteral("  ")));
        QCOMPARE(storedField(id, QStringLiteral("text")).toString(),
                 QStringLiteral("Add a canary"));
        QCOMPARE(m_stack->count(), 1);
    }

    void dragAndDropReordersThroughMime()
    {
        addThree();
        QPersistentModelIndex runbook = m_model->index(0, ActionModel::TextColumn);

        // Dragged past the end: last.
        std::unique_ptr<QMimeData> data(m_model->mimeData({m_model->index(0, 0)}));
        QVERIFY(data);
        QVERIFY(m_model->mimeTypes().contains(data->formats().first()));
        QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(!m_model->canDropMimeData(data.get(), Qt::CopyAction, 3, 0, {}));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(storedOrder(),
                 QStringLiteral("Page on-call earlier|Add a canary|Write the runbook"));
        QCOMPARE(storedRanks(), QStringLiteral("1 2 3"));
        QCOMPARE(shownOrder(), storedOrder());
        QCOMPARE(runbook.row(), 2);

        // Dropped onto the first row: before it.
        data.reset(m_model->mimeData({m_model->index(2, 0)}));
        QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, m_model->index(0, 0)));
        QCOMPARE(storedOrder(),
                 QStringLiteral("Write the runbook|Page on-call earlier|Add a canary"));
        QCOMPARE(runbook.row(), 0);

        // Another session's drag is not ours to drop.
        QMimeData foreign;
        QByteArray encoded;
        QDataStream stream(&encoded, QIODevice::WriteOnly);
        stream << qint64(m_sessionId + 1) << 0;
        foreign.setData(m_model->mimeTypes().first(), encoded);
        QVERIFY(!m_model->dropMimeData(&foreign, Qt::MoveAction, 2, 0, {}));

        m_stack->undo();
        QCOMPARE(storedOrder(),
                 QStringLiteral("Page on-call earlier|Add a canary|Write the runbook"));
        m_stack->undo();
        QCOMPARE(storedOrder(),
                 QStringLiteral("Write the runbook|Page on-call earlier|Add a canary"));
        QCOMPARE(shownOrder(), storedOrder());
        for (int row = 0; row < 3; ++row)
            QCOMPARE(m_model->index(row, ActionModel::RankColumn).data().toInt(), row + 1);
    }

    void keyboardMoveOneStep()
    {
        addThree();
        QSignalSpy moves(m_model.get(), &QAbstractItemModel::rowsMoved);
        // What Alt+Up on the last row does.
        QVERIFY(m_model->moveAction(2, 1));
        QCOMPARE(storedOrder(),
                 QStringLiteral("Write the runbook|Add a canary|Page on-call earlier"));
        QCOMPARE(moves.count(), 1);
        QCOMPARE(m_model->index(1, ActionModel::RankColumn).data().toInt(), 2);
        // And Alt+Down.
        QVERIFY(m_model->moveAction(0, 1));
        QCOMPARE(storedOrder(),
                 QStringLiteral("Add a canary|Write the runbook|Page on-call earlier"));
        // Nowhere to go past either end.
        QVERIFY(!m_model->moveAction(0, -1));
        QVERIFY(!m_model->moveAction(2, 3));
        QCOMPARE(m_stack->count(), 5);
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(storedOrder(),
                 QStringLiteral("Write the runbook|Page on-call earlier|Add a canary"));
        QCOMPARE(shownOrder(), storedOrder());
    }

    void rankSurvivesReopening()
    {
        addThree();
        QVERIFY(m_model->moveAction(2, 0));
        QVERIFY(m_model->moveAction(2, 1));
        const QString order = shownOrder();
        QCOMPARE(order, QStringLiteral("Add a canary|Page on-call earlier|Write the runbook"));

        m_tester.reset();
        m_model.reset();
        m_stack.reset();
        m_store.reset();
        Database::close();

        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        openModel();
        QCOMPARE(shownOrder(), order);
        QCOMPARE(storedRanks(), QStringLiteral("1 2 3"));
        for (int row = 0; row < 3; ++row)
            QCOMPARE(m_model->index(row, ActionModel::RankColumn).data().toInt(), row + 1);
    }

    void pastDueDateIsAllowedAndShownOverdue()
    {
        m_model->setToday([] { return QDate(2026, 3, 10); });
        const qint64 id = m_model->addAction(QStringLiteral("Add a canary"));
        const QModelIndex due = m_model->index(0, ActionModel::DueColumn);
        QVERIFY(!due.data(ActionModel::OverdueRole).toBool());
        QVERIFY(due.data().toString().isEmpty());

        QVERIFY(m_model->setData(due, QDate(2026, 3, 1)));
        QCOMPARE(storedField(id, QStringLiteral("due_date")).toString(),
                 QStringLiteral("2026-03-01"));
        QCOMPARE(due.data(Qt::EditRole).toDate(), QDate(2026, 3, 1));
        QVERIFY(due.data(ActionModel::OverdueRole).toBool());
        // The view draws it in its theme's red (tst_themepixels measures it).
        QVERIFY(due.data(ItemRole::Overdue).toBool());
        QVERIFY(due.data().toString().contains(QStringLiteral("overdue")));
        QVERIFY(!due.data(Qt::ToolTipRole).toString().isEmpty());

        // Tomorrow comes; due today is not yet late.
        m_model->setToday([] { return QDate(2026, 3, 1); });
        QVERIFY(!due.data(ActionModel::OverdueRole).toBool());
        m_model->setToday([] { return QDate(2026, 3, 10); });

        // Done is never overdue.
        QVERIFY(m_model->setData(m_model->index(0, ActionModel::StatusColumn),
                                 int(ActionStatus::Done)));
        QVERIFY(!due.data(ActionModel::OverdueRole).toBool());
        m_stack->undo();
        QVERIFY(due.data(ActionModel::OverdueRole).toBool());

        // Cleared.
        QVERIFY(m_model->setData(due, QDate()));
        QVERIFY(storedField(id, QStringLiteral("due_date")).isNull());
        m_stack->undo();
        QCOMPARE(storedField(id, QStringLiteral("due_date")).toString(),
                 QStringLiteral("2026-03-01"));
    }

    void statusOwnerAndRightAwayEdits_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        QTest::newRow("in progress") << int(ActionStatus::InProgress) << "in_progress";
        QTest::newRow("done") << int(ActionStatus::Done) << "done";
        QTest::newRow("dropped") << int(ActionStatus::Dropped) << "dropped";
    }

    void statusOwnerAndRightAwayEdits()
    {
        QFETCH(int, status);
        QFETCH(QString, key);
        const qint64 id = m_model->addAction(QStringLiteral("Write the runbook"));
        const QModelIndex statusIndex = m_model->index(0, ActionModel::StatusColumn);
        QCOMPARE(statusIndex.data(Qt::EditRole).toInt(), int(ActionStatus::Open));
        QVERIFY(m_model->setData(statusIndex, status));
        QCOMPARE(storedField(id, QStringLiteral("status")).toString(), key);
        QCOMPARE(statusIndex.data().toString(), Domain::statusName(ActionStatus(status)));
        // Not a status at all.
        QVERIFY(!m_model->setData(statusIndex, 42));
        QVERIFY(!m_model->setData(statusIndex, QStringLiteral("soon")));

        // Any name will do as owner, not only a participant's.
        QVERIFY(m_model->setData(m_model->index(0, ActionModel::OwnerColumn),
                                 QStringLiteral(" Dana from Ops ")));
        QCOMPARE(storedField(id, QStringLiteral("owner")).toString(),
                 QStringLiteral("Dana from Ops"));

        const QModelIndex rightAway = m_model->index(0, ActionModel::RightAwayColumn);
        QVERIFY(m_model->flags(rightAway) & Qt::ItemIsUserCheckable);
        QVERIFY(m_model->setData(rightAway, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(storedField(id, QStringLiteral("right_away")).toInt(), 1);
        QCOMPARE(rightAway.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(
            m_model->index(0, ActionModel::TextColumn).data(Qt::FontRole).value<QFont>().bold());

        // Each is a step of its own.
        QCOMPARE(m_stack->count(), 4);
        m_stack->undo();
        QCOMPARE(storedField(id, QStringLiteral("right_away")).toInt(), 0);
        m_stack->undo();
        QVERIFY(storedField(id, QStringLiteral("owner")).toString().isEmpty());
        m_stack->undo();
        QCOMPARE(storedField(id, QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(statusIndex.data(Qt::EditRole).toInt(), int(ActionStatus::Open));
    }

    void linkedConcernShowsItsSummary()
    {
        Concern concern;
        concern.sessionId = m_sessionId;
        concern.summary = QStringLiteral("The vendor API is rate limited");
        const qint64 concernId = m_store->recordConcern(concern, TurnState());
        QVERIFY(concernId > 0);
        m_model->addAction(QStringLiteral("Free-standing"));
        QVERIFY(m_model->addAction(QStringLiteral("Ask for a higher quota"), concernId, 0) > 0);
        QCOMPARE(shownOrder(), QStringLiteral("Ask for a higher quota|Free-standing"));
        QCOMPARE(m_model->index(0, ActionModel::ConcernColumn).data().toString(), concern.summary);
        QCOMPARE(m_model->index(0, 0).data(ActionModel::ConcernIdRole).toLongLong(), concernId);
        QVERIFY(m_model->index(1, ActionModel::ConcernColumn).data().toString().isEmpty());
        QVERIFY(m_model->index(0, 0).data(ActionModel::ConcernOrderRole).toInt() <
                m_model->index(1, 0).data(ActionModel::ConcernOrderRole).toInt());

        QVERIFY(m_store->setConcernSummary(concernId, QStringLiteral("Rate limits")));
        QCOMPARE(m_model->index(0, ActionModel::ConcernColumn).data().toString(),
                 QStringLiteral("Rate limits"));
    }
};

QTEST_GUILESS_MAIN(TestActionModel)
#include "tst_actionmodel.moc"
