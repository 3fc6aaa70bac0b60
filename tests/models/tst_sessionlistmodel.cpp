#include "clock.h"
#include "database.h"
#include "sessioncommands.h"
#include "sessionlistmodel.h"
#include "store.h"
#include "testdatabase.h"

#include "edithistory.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The session list as a person sees it, and every list edit undone and
// redone through the same stack the main window uses.
class TestSessionListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<SessionListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result << m_model->index(row, SessionListModel::TitleColumn).data().toString();
        return result;
    }

    // What a fresh read of the database says, independent of the model.
    QStringList storedTitles() const
    {
        QStringList result;
        for (const SessionSummary &session : m_store->sessions())
            result << session.title;
        return result;
    }

    qint64 idAt(int row) const
    {
        return m_model->index(row, 0).data(SessionListModel::SessionIdRole).toLongLong();
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_store->setClock(&m_clock);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        m_model = std::make_unique<SessionListModel>(m_store.get(), m_stack.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
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

    void showsKindTitleDateAndCounts()
    {
        const qint64 id = m_store->createSession(SessionKind::PostMortem, QStringLiteral("Outage"));
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO concerns (session_id, position, summary, created_at) VALUES"
                           " (%1, 1, 'a', 'now'), (%1, 2, 'b', 'now'), (%1, 3, 'merged', 'now')")
                .arg(id)));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE concerns SET merged_into_id = 1 WHERE position = 3")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO actions (session_id, text, rank, created_at, updated_at)"
                           " VALUES (%1, 'Fix it', 1, 'now', 'now')")
                .arg(id)));
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->index(0, SessionListModel::KindColumn).data().toString(),
                 QStringLiteral("Post-mortem"));
        QCOMPARE(m_model->index(0, SessionListModel::TitleColumn).data().toString(),
                 QStringLiteral("Outage"));
        QVERIFY(!m_model->index(0, SessionListModel::CreatedColumn).data().toString().isEmpty());
        // A merged duplicate is not counted twice.
        QCOMPARE(m_model->index(0, SessionListModel::ConcernsColumn).data().toInt(), 2);
        QCOMPARE(m_model->index(0, SessionListModel::ActionsColumn).data().toInt(), 1);
        QVERIFY(m_model->flags(m_model->index(0, SessionListModel::TitleColumn)) &
                Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, SessionListModel::KindColumn)) &
                  Qt::ItemIsEditable));
    }

    void newSessionsAppearOnTopAndUndoRemovesThem()
    {
        for (const char *title : {"First", "Second", "Third"}) {
            m_stack->push(new CreateSessionCommand(m_store.get(), SessionKind::PreMortem,
                                                   QString::fromLatin1(title)));
            m_clock.advance(1000); // distinct creation times
        }
        QCOMPARE(titles(), QStringList({"Third", "Second", "First"}));
        QCOMPARE(storedTitles(), titles());

        m_stack->undo();
        QCOMPARE(titles(), QStringList({"Second", "First"}));
        QCOMPARE(storedTitles(), titles());
        m_stack->redo();
        QCOMPARE(titles(), QStringList({"Third", "Second", "First"}));
        QCOMPARE(storedTitles(), titles());
    }

    void renameThroughSetDataIsUndoable()
    {
        m_stack->push(new CreateSessionCommand(m_store.get(), SessionKind::PreMortem,
                                               QStringLiteral("Draft")));
        const QModelIndex title = m_model->index(0, SessionListModel::TitleColumn);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(title, QStringLiteral("  Mobile launch  ")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(title.data().toString(), QStringLiteral("Mobile launch"));
        QCOMPARE(storedTitles(), QStringList{"Mobile launch"});
        QCOMPARE(m_stack->count(), 2);

        // An emptied or unchanged title is no edit at all.
        QVERIFY(!m_model->setData(title, QStringLiteral("   ")));
        QVERIFY(!m_model->setData(title, QStringLiteral("Mobile launch")));
        QCOMPARE(m_stack->count(), 2);

        m_stack->undo();
        QCOMPARE(title.data().toString(), QStringLiteral("Draft"));
        QCOMPARE(storedTitles(), QStringList{"Draft"});
        m_stack->redo();
        QCOMPARE(storedTitles(), QStringList{"Mobile launch"});
    }

    void duplicateAndDeleteAreUndoable()
    {
        m_stack->push(new CreateSessionCommand(m_store.get(), SessionKind::PostMortem,
                                               QStringLiteral("Outage")));
        const qint64 original = idAt(0);
        m_clock.advance(1000);
        auto *duplicate =
            new DuplicateSessionCommand(m_store.get(), original, QStringLiteral("Outage (copy)"));
        m_stack->push(duplicate);
        QCOMPARE(titles(), QStringList({"Outage (copy)", "Outage"}));
        const qint64 copy = duplicate->sessionId();
        QCOMPARE(idAt(0), copy);

        m_stack->push(new DeleteSessionCommand(m_store.get(), original, QStringLiteral("Outage")));
        QCOMPARE(titles(), QStringList{"Outage (copy)"});
        QCOMPARE(storedTitles(), titles());

        m_stack->undo(); // the deletion
        QCOMPARE(titles(), QStringList({"Outage (copy)", "Outage"}));
        QCOMPARE(idAt(1), original);
        m_stack->undo(); // the duplicate
        QCOMPARE(titles(), QStringList{"Outage"});
        m_stack->redo();
        // The same row comes back, so later commands still find it.
        QCOMPARE(idAt(0), copy);
        QCOMPARE(storedTitles(), QStringList({"Outage (copy)", "Outage"}));
    }

    void failedWriteLeavesNothingOnTheStack()
    {
        auto *command = new DuplicateSessionCommand(m_store.get(), 999, QStringLiteral("Ghost"));
        m_stack->push(command); // deletes the obsolete command
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void longListsLoadPageByPage()
    {
        // The tester fetches every page itself as soon as it may, which
        // would hide the paging this test is about.
        m_tester.reset();
        for (int i = 0; i < 150; ++i)
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Session %1").arg(i));
        m_model->reload();
        QCOMPARE(m_model->rowCount(), 64);
        QVERIFY(m_model->canFetchMore());
        QCOMPARE(m_model->index(0, SessionListModel::TitleColumn).data().toString(),
                 QStringLiteral("Session 149"));
        m_model->fetchMore();
        QCOMPARE(m_model->rowCount(), 128);
        // A new session goes on top even while older pages wait.
        m_store->createSession(SessionKind::PostMortem, QStringLiteral("Newest"));
        QCOMPARE(m_model->index(0, SessionListModel::TitleColumn).data().toString(),
                 QStringLiteral("Newest"));
        m_model->fetchAll();
        QVERIFY(!m_model->canFetchMore());
        QCOMPARE(m_model->rowCount(), 151);
        QCOMPARE(titles(), storedTitles());
    }

    void searchFindsNothingExtra()
    {
        // The list model itself never filters; it always holds every live session.
        for (int i = 0; i < 50; ++i)
            m_store->createSession(i % 2 ? SessionKind::PreMortem : SessionKind::PostMortem,
                                   QStringLiteral("Session %1").arg(i));
        QCOMPARE(m_model->rowCount(), 50);
        m_store->setSessionDeleted(idAt(10), true);
        QCOMPARE(m_model->rowCount(), 49);
        QCOMPARE(storedTitles(), titles());
    }

    void teamColumnFollowsRenamesMovesAndTheFilter()
    {
        const qint64 myTeam = m_store->teams().constFirst().id;
        const qint64 mobile = m_store->addTeam(QStringLiteral("Mobile"));
        const qint64 launch =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"), {}, mobile);
        const qint64 outage =
            m_store->createSession(SessionKind::PostMortem, QStringLiteral("Outage"), {}, myTeam);
        auto teamAt = [this](qint64 id) {
            return m_model->indexOfSession(id, SessionListModel::TeamColumn).data().toString();
        };
        QCOMPARE(teamAt(launch), QStringLiteral("Mobile"));
        QCOMPARE(teamAt(outage), Domain::defaultTeamName());
        QCOMPARE(m_model->headerData(SessionListModel::TeamColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Team"));

        // A renamed team reads right at once, on each of its sessions.
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QVERIFY(m_store->renameTeam(mobile, QStringLiteral("Mobile apps")));
        QCOMPARE(teamAt(launch), QStringLiteral("Mobile apps"));
        QCOMPARE(changed.size(), 1);

        SessionListFilter filter;
        filter.setSourceModel(m_model.get());
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setTeamId(mobile);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(SessionListModel::SessionIdRole).toLongLong(), launch);
        // A session moved into the team joins its list, with the title search on top.
        QVERIFY(m_store->setSessionField(outage, SessionField::Team, mobile));
        QCOMPARE(teamAt(outage), QStringLiteral("Mobile apps"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterFixedString(QStringLiteral("OUT"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setTeamId(myTeam);
        QCOMPARE(filter.rowCount(), 0);
        filter.setTeamId(0);
        QCOMPARE(filter.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSessionListModel)
#include "tst_sessionlistmodel.moc"
