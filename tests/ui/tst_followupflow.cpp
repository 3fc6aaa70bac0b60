#include "actionmodel.h"
#include "actionspage.h"
#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "discussionpage.h"
#include "duedateedit.h"
#include "followupmodel.h"
#include "followuppage.h"
#include "mainwindow.h"
#include "owneredit.h"
#include "reviewmodel.h"
#include "reviewpage.h"
#include "sessionpage.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

using Keyboard::press;
using Keyboard::type;

// After sharing: the room discusses the most-written concern down to its
// root cause and turns it into actions; the product manager orders them and
// later finds them in the follow-up of every session.
class TestFollowUpFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Tuesday 10 March 2026, midday.
    FakeClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    // What Edit ▸ Undo says it would take back.
    QString undoMenuText() const
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text().startsWith(QStringLiteral("&Undo")))
                return action->text();
        }
        return {};
    }

    // Puts a list's cursor on a cell of the row whose text column reads text.
    static bool goToCell(QTableView *view, int textColumn, const QString &text, int column)
    {
        view->setFocus();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, textColumn).data().toString() == text) {
                view->setCurrentIndex(model->index(row, column));
                return true;
            }
        }
        return false;
    }

    QString scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("followup-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        // Sessions are dated by the test's clock, so "earlier" means earlier.
        m_store->setClock(&m_clock);
        // A session whose sharing is over: three concerns, the second most written.
        const qint64 session =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"));
        for (const char *name : {"Dana", "Lee", "Ana"}) {
            Participant participant;
            participant.sessionId = session;
            participant.name = QString::fromLatin1(name);
            QVERIFY(m_store->addParticipant(participant) > 0);
        }
        const QStringList summaries{"Flaky tests", "App store review is late", "No rollback"};
        const QList<int> hands{0, 2, 1};
        for (int i = 0; i < summaries.size(); ++i) {
            Concern concern;
            concern.sessionId = session;
            concern.summary = summaries.at(i);
            concern.handsRaised = hands.at(i);
            QVERIFY(m_store->recordConcern(concern, TurnState{}) > 0);
        }
        QVERIFY(m_store->setPhase(session, Phase::Discussion, QDateTime::currentDateTimeUtc()));
        m_window = std::make_unique<MainWindow>(m_store.get(), path);
        m_window->setClock(&m_clock);
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1400, 900)));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void discussPrioritizeAndFollowUp()
    {
        // Reopening the session returns to the discussion, on the top concern.
        press(Qt::Key_Return);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Discussion);
        auto *discussion = m_window->findChild<DiscussionPage *>();
        QVERIFY(discussion);
        QCOMPARE(discussion->summaryLabel()->text(), QStringLiteral("App store review is late"));

        // Three whys, each answered, ending in a root cause.
        const QStringList questions{"Why was the review late?", "Why did we submit late?",
                                    "Why was the build not ready?"};
        const QStringList answers{"We submitted on the last day", "The build was not ready",
                                  "Release builds are made by hand"};
        for (int i = 0; i < 3; ++i) {
            press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), discussion->whyQuestionField(i));
            type(questions.at(i));
            press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), discussion->whyAnswerField(i));
            type(answers.at(i));
        }
        discussion->rootCauseField()->setFocus();
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Release builds depend on one person"));
        QCOMPARE(undoMenuText(), QStringLiteral("&Undo: Root cause"));
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // discussed
        const QString concern =
            QStringLiteral("(SELECT id FROM concerns WHERE summary = 'App store review is late')");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM whys WHERE concern_id = ") + concern),
                 QStringLiteral("3"));
        QCOMPARE(scalar(QStringLiteral("SELECT answer FROM whys WHERE position = 3")),
                 QStringLiteral("Release builds are made by hand"));
        QCOMPARE(scalar(QStringLiteral("SELECT root_cause || '|' || discussed FROM concerns"
                                       " WHERE summary = 'App store review is late'")),
                 QStringLiteral("Release builds depend on one person|1"));

        // Two actions: one from the concern, one free-standing.
        discussion->setActionPrompt([](QWidget *, const Concern &) -> std::optional<NewAction> {
            return NewAction{QStringLiteral("Automate release builds"), QStringLiteral("Lee"),
                             QDate(2026, 4, 30)};
        });
        press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Actions);
        auto *actions = m_window->findChild<ActionsPage *>();
        QVERIFY(actions);
        actions->entry()->setFocus();
        type(QStringLiteral("Submit for review two weeks early"));
        press(Qt::Key_Return);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(text, ' / ') FROM (SELECT text FROM"
                                       " actions ORDER BY rank)")),
                 QStringLiteral("Automate release builds / Submit for review two weeks early"));
        QCOMPARE(scalar(QStringLiteral("SELECT concern_id = ") + concern +
                        QStringLiteral(" FROM actions WHERE rank = 1")),
                 QStringLiteral("1"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT owner || ' ' || due_date FROM actions WHERE rank = 1")),
            QStringLiteral("Lee 2026-04-30"));

        // The product manager puts the quick one first.
        actions->view()->setFocus();
        actions->view()->setCurrentIndex(actions->view()->model()->index(1, 1));
        press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(text, ' / ') FROM (SELECT text FROM"
                                       " actions ORDER BY rank)")),
                 QStringLiteral("Submit for review two weeks early / Automate release builds"));

        // Both wait in the follow-up of every session.
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FollowUpPage *followUp = m_window->followUpPage();
        QVERIFY(followUp && followUp->isVisible());
        QCOMPARE(followUp->view()->model()->rowCount(), 2);
        QStringList listed;
        for (int row = 0; row < 2; ++row)
            listed << followUp->view()
                          ->model()
                          ->index(row, FollowUpModel::TextColumn)
                          .data()
                          .toString();
        listed.sort();
        QCOMPARE(listed,
                 QStringList({"Automate release builds", "Submit for review two weeks early"}));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("followup"));

        // Enter jumps back to the session the action came from.
        followUp->view()->setCurrentIndex(followUp->view()->model()->index(0, 1));
        press(Qt::Key_Return);
        QVERIFY(m_window->openSessionId() != 0);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Actions);
    }

    // Marked discussed and left: coming back, or reopening the session,
    // picks up at the first concern not yet discussed.
    void discussionPicksUpAtTheFirstConcernNotDiscussed()
    {
        press(Qt::Key_Return);
        auto *discussion = qobject_cast<DiscussionPage *>(
            m_window->sessionPage()->existingPage(Phase::Discussion));
        QVERIFY(discussion);
        QCOMPARE(discussion->summaryLabel()->text(), QStringLiteral("App store review is late"));
        press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Actions);
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Discussion);
        QCOMPARE(discussion->summaryLabel()->text(), QStringLiteral("No rollback"));
        QCOMPARE(discussion->positionLabel()->text(), QStringLiteral("2 of 3"));

        press(Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->openSessionId(), 0);
        press(Qt::Key_Return);
        discussion = qobject_cast<DiscussionPage *>(
            m_window->sessionPage()->existingPage(Phase::Discussion));
        QVERIFY(discussion);
        QCOMPARE(discussion->summaryLabel()->text(), QStringLiteral("No rollback"));
    }

    // Follow-up edits a due date with the same editor as the Actions page:
    // cleared, stepped from the list's "today", typed, or picked.
    void followUpEditsDueDatesLikeTheActionsPage()
    {
        const qint64 session = m_store->sessions().constFirst().id;
        ActionItem item;
        item.sessionId = session;
        item.text = QStringLiteral("Automate release builds");
        item.dueDate = QDate(2026, 5, 1);
        QVERIFY(m_store->addAction(item) > 0);
        item.text = QStringLiteral("Submit early");
        item.dueDate = QDate();
        QVERIFY(m_store->addAction(item) > 0);
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FollowUpPage *followUp = m_window->followUpPage();
        QVERIFY(followUp && followUp->isVisible());
        followUp->model()->setToday([] { return QDate(2026, 5, 20); });
        QTableView *view = followUp->view();
        const auto due = [this](const char *text) {
            return scalar(QStringLiteral("SELECT coalesce(due_date, 'none') FROM actions WHERE"
                                         " text = '%1'")
                              .arg(QLatin1String(text)));
        };
        // F2 on the action's due date, then the keys; the rows move as they
        // are sorted by date, so each edit finds its row again.
        const auto editDueDate = [view](const char *text, const std::function<void()> &keys) {
            QVERIFY(goToCell(view, FollowUpModel::TextColumn, QString::fromLatin1(text),
                             FollowUpModel::DueColumn));
            press(Qt::Key_F2);
            keys();
            press(Qt::Key_Return);
        };

        editDueDate("Automate release builds", [] { press(Qt::Key_Delete); });
        QCOMPARE(due("Automate release builds"), QStringLiteral("none"));
        editDueDate("Submit early", [] { press(Qt::Key_Up); });
        QCOMPARE(due("Submit early"), QStringLiteral("2026-05-21"));
        editDueDate("Submit early", [] { type(QStringLiteral("+2w")); });
        QCOMPARE(due("Submit early"), QStringLiteral("2026-06-03"));
        editDueDate("Submit early", [] {
            press(Qt::Key_Down, Qt::AltModifier);
            QWidget *popup = QApplication::activePopupWidget();
            QVERIFY2(popup && popup->findChild<QCalendarWidget *>(), "Alt+Down opened no calendar");
            press(Qt::Key_Left);
        });
        QCOMPARE(due("Submit early"), QStringLiteral("2026-06-02"));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("followup-dates"));
    }

    void actionPagesFitLaptopAndDesktopScreens_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    // Twenty actions, some with owners and dates, seen on a laptop and on a
    // desktop screen: the new row's fields and every list editor fit.
    void actionPagesFitLaptopAndDesktopScreens()
    {
        QFETCH(QSize, size);
        const QString suffix = QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
        const qint64 session = m_store->sessions().constFirst().id;
        for (int i = 1; i <= 20; ++i) {
            ActionItem item;
            item.sessionId = session;
            item.text = QStringLiteral("Action number %1 of the launch plan").arg(i);
            item.owner = i % 3 ? QStringLiteral("Dana") : QString();
            item.dueDate = i % 4 ? QDate(2026, 3, i) : QDate();
            item.rightAway = i <= 2;
            QVERIFY(m_store->addAction(item) > 0);
        }
        QVERIFY(Keyboard::showActive(m_window.get(), size));
        press(Qt::Key_Return);
        auto *discussion = qobject_cast<DiscussionPage *>(
            m_window->sessionPage()->existingPage(Phase::Discussion));
        QVERIFY(discussion);
        QVERIFY(discussion->addActionButton()->isVisible());
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("fit-discussion") + suffix);

        press(Qt::Key_PageDown, Qt::ControlModifier);
        auto *actions = m_window->findChild<ActionsPage *>();
        QVERIFY(actions);
        for (QWidget *field : {static_cast<QWidget *>(actions->entry()),
                               static_cast<QWidget *>(actions->ownerEntry()),
                               static_cast<QWidget *>(actions->dueEntry())}) {
            QVERIFY(field->isVisible());
            QVERIFY2(field->width() >= field->minimumSizeHint().width(),
                     qPrintable(field->accessibleName()));
        }
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("fit-actions") + suffix);
        QTableView *view = actions->view();
        QVERIFY(goToCell(view, ActionModel::TextColumn,
                         QStringLiteral("Action number 2 of the launch plan"),
                         ActionModel::DueColumn));
        press(Qt::Key_F2);
        auto *editor = qobject_cast<DueDateEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QVERIFY(editor->width() >= editor->minimumSizeHint().width());
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("fit-actions-due-editor") + suffix);
        press(Qt::Key_Down, Qt::AltModifier);
        QVERIFY(editor->isCalendarOpen());
        Keyboard::saveScreenshot(QApplication::activePopupWidget(),
                                 QStringLiteral("fit-actions-calendar") + suffix);
        press(Qt::Key_Escape);
        press(Qt::Key_Escape);

        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTableView *followUp = m_window->followUpPage()->view();
        QVERIFY(followUp->isVisible());
        QVERIFY(goToCell(followUp, FollowUpModel::TextColumn,
                         QStringLiteral("Action number 3 of the launch plan"),
                         FollowUpModel::OwnerColumn));
        press(Qt::Key_F2);
        auto *owner = qobject_cast<OwnerEdit *>(QApplication::focusWidget());
        QVERIFY(owner);
        QVERIFY(owner->width() >= owner->minimumSizeHint().width());
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("fit-followup") + suffix);
        press(Qt::Key_Escape);
    }

    void nextSessionStartsWithTheReview()
    {
        // Last session left two actions open.
        const qint64 earlier = m_store->sessions().constFirst().id;
        for (const char *text : {"Automate release builds", "Submit early"}) {
            ActionItem item;
            item.sessionId = earlier;
            item.text = QString::fromLatin1(text);
            QVERIFY(m_store->addAction(item) > 0);
        }
        // The next session, a copy of the last one, opens on the review.
        press(Qt::Key_D, Qt::ControlModifier);
        press(Qt::Key_F2);
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("Second milestone"));
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Review);
        auto *review = m_window->findChild<ReviewPage *>();
        QVERIFY(review);
        QCOMPARE(QApplication::focusWidget(), review->view());
        QCOMPARE(review->model()->rowCount(), 2);
        press(Qt::Key_1, Qt::ControlModifier); // first: done
        press(Qt::Key_2, Qt::ControlModifier); // second: still open
        QCOMPARE(
            scalar(QStringLiteral(
                "SELECT group_concat(a.text || ':' || a.status || ':' || r.outcome, ' | ')"
                " FROM actions a JOIN action_reviews r ON r.action_id = a.id")),
            QStringLiteral("Automate release builds:done:done | Submit early:open:still_open"));
        QCOMPARE(scalar(QStringLiteral("SELECT title FROM sessions WHERE id = (SELECT session_id"
                                       " FROM action_reviews LIMIT 1)")),
                 QStringLiteral("Second milestone"));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("review"));

        // The due date of the one still open is corrected as it is said,
        // from today as the session's clock has it.
        QTableView *view = review->view();
        QVERIFY(goToCell(view, ReviewModel::TextColumn, QStringLiteral("Submit early"),
                         ReviewModel::DueColumn));
        press(Qt::Key_F2);
        type(QStringLiteral("+2w"));
        press(Qt::Key_Return);
        QCOMPARE(scalar(QStringLiteral("SELECT due_date FROM actions WHERE text = 'Submit early'")),
                 QStringLiteral("2026-03-24"));
        // The outcome is picked from a list, as statuses are.
        QVERIFY(goToCell(view, ReviewModel::TextColumn, QStringLiteral("Automate release builds"),
                         ReviewModel::OutcomeColumn));
        press(Qt::Key_F2);
        auto *outcomes = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY2(outcomes, "the outcome is not edited with a list");
        QCOMPARE(outcomes->currentText(), QStringLiteral("Done"));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("review-outcome"));
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCOMPARE(scalar(QStringLiteral("SELECT a.status || ':' || r.outcome FROM actions a JOIN"
                                       " action_reviews r ON r.action_id = a.id"
                                       " WHERE a.text = 'Automate release builds'")),
                 QStringLiteral("dropped:dropped"));
        // Then on to the set-up, where the clock has not started yet.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Setup);
        QCOMPARE(scalar(QStringLiteral("SELECT started_at IS NULL FROM sessions WHERE title ="
                                       " 'Second milestone'")),
                 QStringLiteral("1"));
    }
};

QTEST_MAIN(TestFollowUpFlow)
#include "tst_followupflow.moc"
