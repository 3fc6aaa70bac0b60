#include "database.h"
#include "store.h"
#include "testdatabase.h"
#include "timelinemodel.h"

#include "edithistory.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A post-mortem's timeline, edited the way the scene page edits it: every
// add, edit and removal durable at once, undoable, and still there after
// the file is opened again.
class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TestDatabase> m_database;
    qint64 m_sessionId = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void startModel()
    {
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        m_model = std::make_unique<TimelineModel>(m_store.get(), m_stack.get(), m_sessionId);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void stopModel()
    {
        m_tester.reset();
        m_model.reset();
        m_stack.reset();
        m_store.reset();
    }

    // What another connection reads from the file: committed, not cached.
    QStringList onDisk() const
    {
        QStringList result;
        const QString name = QStringLiteral("timeline-reader");
        {
            QSqlDatabase reader = m_database->openReader(name);
            if (reader.isOpen()) {
                QSqlQuery query(reader);
                query.prepare(QStringLiteral("SELECT happened_at, description FROM timeline_entries"
                                             " WHERE session_id = ? ORDER BY position, id"));
                query.addBindValue(m_sessionId);
                if (query.exec()) {
                    while (query.next())
                        result << query.value(0).toString() + QLatin1Char('|') +
                                      query.value(1).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    QStringList shown() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result << m_model->index(row, TimelineModel::WhenColumn).data().toString() +
                          QLatin1Char('|') +
                          m_model->index(row, TimelineModel::WhatColumn).data().toString();
        return result;
    }

    // Closes everything, opens the file again and reads it through a fresh store.
    QStringList afterReopen()
    {
        stopModel();
        Database::close();
        const Database::OpenResult opened = m_database->open();
        if (!opened.ok())
            return {QStringLiteral("reopen failed: ") + opened.message};
        startModel();
        return shown();
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        Store store(Database::defaultConnectionName);
        m_sessionId = store.createSession(SessionKind::PostMortem, QStringLiteral("Outage"));
        QVERIFY(m_sessionId > 0);
        startModel();
    }

    void cleanup()
    {
        stopModel();
        Database::close();
        m_database.reset();
    }

    void columnsAndHeaders()
    {
        QCOMPARE(m_model->columnCount(), 2);
        QCOMPARE(m_model->headerData(TimelineModel::WhenColumn, Qt::Horizontal).toString(),
                 QStringLiteral("When"));
        QCOMPARE(m_model->headerData(TimelineModel::WhatColumn, Qt::Horizontal).toString(),
                 QStringLiteral("What happened"));
        QVERIFY(m_model->addEntry(QStringLiteral("14:02"), QStringLiteral("Alert fired")));
        QVERIFY(m_model->flags(m_model->index(0, TimelineModel::WhenColumn)) & Qt::ItemIsEditable);
        QVERIFY(m_model->flags(m_model->index(0, TimelineModel::WhatColumn)) & Qt::ItemIsEditable);
        QVERIFY(m_model->index(0, 0).data(TimelineModel::EntryIdRole).toLongLong() > 0);
    }

    void addEditRemoveUndoRedo()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QVERIFY(m_model->addEntry(QStringLiteral("14:02"), QStringLiteral("Alert fired")));
        QVERIFY(m_model->addEntry(QStringLiteral("14:10"), QStringLiteral("Rolled back")));
        // Remembered late, put in its place.
        QVERIFY(m_model->addEntry(QStringLiteral("14:05"), QStringLiteral("Paged on-call"), 1));
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(inserted.last().at(1).toInt(), 1);
        const QStringList added = {"14:02|Alert fired", "14:05|Paged on-call", "14:10|Rolled back"};
        QCOMPARE(shown(), added);
        QCOMPARE(onDisk(), added);
        QCOMPARE(m_stack->count(), 3);

        // Correcting both cells of one entry is one step to undo.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(1, TimelineModel::WhatColumn),
                                 QStringLiteral("Paged the on-call engineer")));
        QVERIFY(m_model->setData(m_model->index(1, TimelineModel::WhenColumn),
                                 QStringLiteral("14:06")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 1);
        const QStringList edited = {"14:02|Alert fired", "14:06|Paged the on-call engineer",
                                    "14:10|Rolled back"};
        QCOMPARE(onDisk(), edited);
        QCOMPARE(m_stack->count(), 4);
        m_stack->undo();
        QCOMPARE(onDisk(), added);
        QCOMPARE(shown(), added);
        m_stack->redo();
        QCOMPARE(onDisk(), edited);

        // Removing, and undoing it, puts the same entry back where it was.
        const qint64 firstId = m_model->index(0, 0).data(TimelineModel::EntryIdRole).toLongLong();
        QVERIFY(m_model->removeEntry(0));
        const QStringList removed = {"14:06|Paged the on-call engineer", "14:10|Rolled back"};
        QCOMPARE(onDisk(), removed);
        QCOMPARE(shown(), removed);
        m_stack->undo();
        QCOMPARE(onDisk(), edited);
        QCOMPARE(m_model->index(0, 0).data(TimelineModel::EntryIdRole).toLongLong(), firstId);
        m_stack->redo();
        QCOMPARE(onDisk(), removed);

        // All the way back, and forward again.
        m_stack->setIndex(0);
        QCOMPARE(onDisk(), QStringList());
        QCOMPARE(m_model->rowCount(), 0);
        m_stack->setIndex(m_stack->count());
        QCOMPARE(onDisk(), removed);
        QCOMPARE(shown(), removed);

        QCOMPARE(afterReopen(), removed);
    }

    void undoAfterReopenIsNotNeeded()
    {
        // Edits are durable without any save: a model thrown away mid-way
        // (a crash, a closed window) leaves exactly what was done.
        QVERIFY(m_model->addEntry(QStringLiteral("09:30"), QStringLiteral("Deploy started")));
        QVERIFY(m_model->addEntry(QStringLiteral("09:41"), QStringLiteral("Errors rise")));
        m_stack->undo();
        QCOMPARE(afterReopen(), QStringList({"09:30|Deploy started"}));
    }

    void unchangedEditsLeaveNoStep()
    {
        QVERIFY(m_model->addEntry(QStringLiteral("14:02"), QStringLiteral("Alert fired")));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(!m_model->setData(m_model->index(0, TimelineModel::WhatColumn),
                                  QStringLiteral("Alert fired")));
        QVERIFY(!m_model->setData(m_model->index(0, TimelineModel::WhenColumn),
                                  QStringLiteral("14:02")));
        QVERIFY(!m_model->setData(m_model->index(0, TimelineModel::WhatColumn), QStringLiteral("x"),
                                  Qt::DisplayRole));
        QVERIFY(!m_model->addEntry(QString(), QStringLiteral("   ")));
        QVERIFY(!m_model->removeEntry(5));
        QVERIFY(!m_model->removeEntry(-1));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(onDisk(), QStringList({"14:02|Alert fired"}));
    }

    void selectionStaysOnItsEntry()
    {
        QVERIFY(m_model->addEntry(QStringLiteral("10:00"), QStringLiteral("First")));
        QVERIFY(m_model->addEntry(QStringLiteral("10:10"), QStringLiteral("Second")));
        const QPersistentModelIndex second = m_model->index(1, TimelineModel::WhatColumn);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVERIFY(m_model->addEntry(QStringLiteral("09:55"), QStringLiteral("Earlier"), 0));
        QCOMPARE(second.row(), 2);
        QVERIFY(m_model->setData(m_model->index(0, TimelineModel::WhatColumn),
                                 QStringLiteral("Earliest")));
        QVERIFY(m_model->removeEntry(0));
        QCOMPARE(second.row(), 1);
        QCOMPARE(second.data().toString(), QStringLiteral("Second"));
        // Single edits are reported as single edits: a view keeps its place.
        QCOMPARE(reset.size(), 0);
    }

    void followsTheStoreForThisSessionOnly()
    {
        const qint64 other =
            m_store->createSession(SessionKind::PostMortem, QStringLiteral("Other"));
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        TimelineEntry elsewhere;
        elsewhere.sessionId = other;
        elsewhere.happenedAt = QStringLiteral("08:00");
        elsewhere.description = QStringLiteral("Not ours");
        QVERIFY(m_store->addTimelineEntry(elsewhere) > 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m_model->rowCount(), 0);

        // Another view of the same session adding directly shows up here.
        TimelineEntry ours = elsewhere;
        ours.sessionId = m_sessionId;
        ours.description = QStringLiteral("Ours");
        const qint64 id = m_store->addTimelineEntry(ours);
        QVERIFY(id > 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(shown(), QStringList({"08:00|Ours"}));
        QVERIFY(m_store->setTimelineEntry(id, QStringLiteral("08:01"), QStringLiteral("Ours!")));
        QCOMPARE(shown(), QStringList({"08:01|Ours!"}));
        QVERIFY(m_store->removeTimelineEntry(id));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void oddTextIsStoredIntact_data()
    {
        QTest::addColumn<QString>("when");
        QTest::addColumn<QString>("what");
        QTest::newRow("emoji") << QStringLiteral("14:02") << QStringLiteral("Pager 📟 went off 🔥");
        QTest::newRow("right-to-left")
            << QStringLiteral("١٤:٠٢") << QStringLiteral("توقفت الخدمة عن العمل");
        QTest::newRow("CJK") << QStringLiteral("火 09:30") << QStringLiteral("回滚完成");
        QTest::newRow("no time") << QString() << QStringLiteral("Sometime that night");
        QTest::newRow("quotes and SQL")
            << QStringLiteral("'); --") << QStringLiteral("Robert'); DROP TABLE sessions;--");
        QTest::newRow("line breaks")
            << QStringLiteral("Tue\n09:30") << QStringLiteral("first\nsecond\r\nthird\ttab");
        QTest::newRow("long") << QStringLiteral("14:02") << QString(100000, QChar(0x00e9));
    }

    void oddTextIsStoredIntact()
    {
        QFETCH(QString, when);
        QFETCH(QString, what);
        QVERIFY(m_model->addEntry(when, what));
        QVERIFY(m_model->addEntry(QStringLiteral("later"), QStringLiteral("placeholder")));
        QVERIFY(m_model->setData(m_model->index(1, TimelineModel::WhatColumn), what));
        QVERIFY(m_model->setData(m_model->index(1, TimelineModel::WhenColumn), when));
        const QStringList expected = {when + QLatin1Char('|') + what,
                                      when + QLatin1Char('|') + what};
        QCOMPARE(afterReopen(), expected);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
