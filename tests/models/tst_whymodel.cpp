#include "actioncommands.h"
#include "database.h"
#include "store.h"
#include "testdatabase.h"
#include "whymodel.h"

#include "edithistory.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A concern's five-whys chain, edited the way the discussion page edits it:
// every add, edit and removal durable at once, undoable, never more than
// five, and still there after the file is opened again.
class TestWhyModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TestDatabase> m_database;
    qint64 m_sessionId = 0;
    qint64 m_concernId = 0;
    qint64 m_otherConcernId = 0;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<WhyModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void startModel()
    {
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        m_model = std::make_unique<WhyModel>(m_store.get(), m_stack.get(), m_concernId);
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

    qint64 addConcern(const QString &summary)
    {
        Concern concern;
        concern.sessionId = m_sessionId;
        concern.summary = summary;
        return m_store->recordConcern(concern, TurnState{});
    }

    // What another connection reads from the file: committed, not cached.
    QStringList onDisk(qint64 concernId = 0) const
    {
        QStringList result;
        const QString name = QStringLiteral("why-reader");
        {
            QSqlDatabase reader = m_database->openReader(name);
            if (reader.isOpen()) {
                QSqlQuery query(reader);
                query.prepare(QStringLiteral("SELECT position, question, answer FROM whys"
                                             " WHERE concern_id = ? ORDER BY position"));
                query.addBindValue(concernId ? concernId : m_concernId);
                if (query.exec()) {
                    while (query.next())
                        result << query.value(0).toString() + QLatin1Char('|') +
                                      query.value(1).toString() + QLatin1Char('|') +
                                      query.value(2).toString();
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
            result << QString::number(row + 1) + QLatin1Char('|') +
                          m_model->index(row, WhyModel::QuestionColumn).data().toString() +
                          QLatin1Char('|') +
                          m_model->index(row, WhyModel::AnswerColumn).data().toString();
        return result;
    }

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
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_sessionId = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        QVERIFY(m_sessionId > 0);
        m_concernId = addConcern(QStringLiteral("The app store rejected us"));
        m_otherConcernId = addConcern(QStringLiteral("Nobody was on call"));
        QVERIFY(m_concernId > 0 && m_otherConcernId > 0);
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
        QCOMPARE(m_model->headerData(WhyModel::QuestionColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Why?"));
        QCOMPARE(m_model->headerData(WhyModel::AnswerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Because"));
        QVERIFY(m_model->addWhy(QStringLiteral("Why rejected?")));
        QVERIFY(m_model->flags(m_model->index(0, WhyModel::AnswerColumn)) & Qt::ItemIsEditable);
        QVERIFY(m_model->index(0, 0).data(WhyModel::WhyIdRole).toLongLong() > 0);
        QCOMPARE(m_model->headerData(0, Qt::Vertical).toInt(), 1);
    }

    void upToFiveWhysASixthIsRefused()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QStringList expected;
        for (int i = 1; i <= WhyModel::MaximumWhys; ++i) {
            QVERIFY(m_model->canAddWhy());
            QVERIFY(m_model->addWhy(QStringLiteral("Why %1?").arg(i)));
            expected << QStringLiteral("%1|Why %1?|").arg(i);
        }
        QCOMPARE(inserted.size(), 5);
        QCOMPARE(inserted.last().at(1).toInt(), 4);
        QCOMPARE(onDisk(), expected);
        QCOMPARE(m_stack->count(), 5);

        // A sixth is refused before it reaches the stack or the file.
        QVERIFY(!m_model->canAddWhy());
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        QVERIFY(!m_model->addWhy(QStringLiteral("Why 6?")));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_stack->count(), 5);
        QCOMPARE(onDisk(), expected);

        // Room again once one is gone.
        QVERIFY(m_model->removeWhy(4));
        QVERIFY(m_model->canAddWhy());
        QCOMPARE(afterReopen(), expected.mid(0, 4));
    }

    void editRemoveUndoRedo()
    {
        QVERIFY(m_model->addWhy(QStringLiteral("Why were we rejected?")));
        QVERIFY(m_model->addWhy(QStringLiteral("Why did nobody read the guidelines?")));
        QVERIFY(m_model->addWhy());
        const QStringList added = {"1|Why were we rejected?|",
                                   "2|Why did nobody read the guidelines?|", "3||"};
        QCOMPARE(onDisk(), added);

        // Asking and answering one why is one step to undo.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(m_model->index(2, WhyModel::QuestionColumn),
                                 QStringLiteral("Why was there no time?")));
        QVERIFY(m_model->setData(m_model->index(2, WhyModel::AnswerColumn),
                                 QStringLiteral("The date was fixed by marketing")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 2);
        const QStringList edited = {"1|Why were we rejected?|",
                                    "2|Why did nobody read the guidelines?|",
                                    "3|Why was there no time?|The date was fixed by marketing"};
        QCOMPARE(onDisk(), edited);
        QCOMPARE(shown(), edited);
        QCOMPARE(m_model->lastAnswer(), QStringLiteral("The date was fixed by marketing"));
        QCOMPARE(m_stack->count(), 4);
        m_stack->undo();
        QCOMPARE(onDisk(), added);
        QCOMPARE(shown(), added);
        m_stack->redo();
        QCOMPARE(onDisk(), edited);

        // Removing the first renumbers the rest; undo puts it back first.
        const qint64 firstId = m_model->index(0, 0).data(WhyModel::WhyIdRole).toLongLong();
        QVERIFY(m_model->removeWhy(0));
        const QStringList removed = {"1|Why did nobody read the guidelines?|",
                                     "2|Why was there no time?|The date was fixed by marketing"};
        QCOMPARE(onDisk(), removed);
        QCOMPARE(shown(), removed);
        m_stack->undo();
        QCOMPARE(onDisk(), edited);
        QCOMPARE(m_model->index(0, 0).data(WhyModel::WhyIdRole).toLongLong(), firstId);
        m_stack->redo();
        QCOMPARE(onDisk(), removed);

        m_stack->setIndex(0);
        QCOMPARE(onDisk(), QStringList());
        QCOMPARE(m_model->rowCount(), 0);
        m_stack->setIndex(m_stack->count());
        QCOMPARE(shown(), removed);

        QCOMPARE(afterReopen(), removed);
    }

    void unchangedEditsLeaveNoStep()
    {
        QVERIFY(m_model->addWhy(QStringLiteral("Why?"), QStringLiteral("Because")));
        QCOMPARE(m_stack->count(), 1);
        QVERIFY(
            !m_model->setData(m_model->index(0, WhyModel::QuestionColumn), QStringLiteral("Why?")));
        QVERIFY(!m_model->setData(m_model->index(0, WhyModel::AnswerColumn), QStringLiteral("x"),
                                  Qt::DisplayRole));
        QVERIFY(!m_model->removeWhy(3));
        QVERIFY(!m_model->removeWhy(-1));
        QCOMPARE(m_stack->count(), 1);
    }

    void switchingConcernsKeepsEachChain()
    {
        QVERIFY(m_model->addWhy(QStringLiteral("First concern's why")));
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setConcern(m_otherConcernId);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->concernId(), m_otherConcernId);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(m_model->addWhy(QStringLiteral("Second concern's why")));
        QCOMPARE(onDisk(m_otherConcernId), QStringList({"1|Second concern's why|"}));
        QCOMPARE(onDisk(), QStringList({"1|First concern's why|"}));

        // Undo of an edit of the chain not shown changes nothing here.
        m_model->setConcern(m_concernId);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        m_stack->undo();
        QCOMPARE(removed.size(), 0);
        QCOMPARE(shown(), QStringList({"1|First concern's why|"}));
        QCOMPARE(onDisk(m_otherConcernId), QStringList());

        // No concern: nothing to add to.
        m_model->setConcern(0);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->canAddWhy());
        QVERIFY(!m_model->addWhy(QStringLiteral("Orphan")));
        QCOMPARE(inserted.size(), 0);
    }

    void followsTheStore()
    {
        // Another view of the same chain writing directly shows up here.
        Why why;
        why.concernId = m_concernId;
        why.question = QStringLiteral("Why?");
        const qint64 id = m_store->addWhy(why);
        QVERIFY(id > 0);
        QCOMPARE(shown(), QStringList({"1|Why?|"}));
        QVERIFY(m_store->setWhy(id, QStringLiteral("Why?"), QStringLiteral("No review")));
        QCOMPARE(shown(), QStringList({"1|Why?|No review"}));
        Why elsewhere = why;
        elsewhere.concernId = m_otherConcernId;
        QVERIFY(m_store->addWhy(elsewhere) > 0);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_store->removeWhy(id));
        QCOMPARE(m_model->rowCount(), 0);
    }

    void oddTextIsStoredIntact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("emoji") << QStringLiteral("Pager 📟 went off 🔥");
        QTest::newRow("right-to-left") << QStringLiteral("توقفت الخدمة عن العمل");
        QTest::newRow("quotes and SQL") << QStringLiteral("Robert'); DROP TABLE whys;--");
        QTest::newRow("line breaks") << QStringLiteral("first\nsecond\r\nthird\ttab");
        QTest::newRow("long") << QString(100000, QChar(0x00e9));
    }

    void oddTextIsStoredIntact()
    {
        QFETCH(QString, text);
        QVERIFY(m_model->addWhy(text, text));
        QVERIFY(m_model->addWhy());
        QVERIFY(m_model->setData(m_model->index(1, WhyModel::AnswerColumn), text));
        const QStringList expected = {QStringLiteral("1|%1|%1").arg(text),
                                      QStringLiteral("2||%1").arg(text)};
        QCOMPARE(afterReopen(), expected);
    }
};

QTEST_GUILESS_MAIN(TestWhyModel)
#include "tst_whymodel.moc"
