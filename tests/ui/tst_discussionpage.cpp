#include "clock.h"
#include "concernmodel.h"
#include "countdown.h"
#include "database.h"
#include "discussionpage.h"
#include "sessionflow.h"
#include "store.h"
#include "whymodel.h"

#include "edithistory.h"
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "keyboard.h"

// The discussion as a facilitator runs it from the keyboard: the concern
// most people wrote first, notes, five whys ending in a root cause, marked
// discussed, on to the next, an action linked to it; checked against what
// the database holds after each step.
class TestDiscussionPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Tuesday 10 March 2026, midday.
    FakeClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<SessionFlow> m_flow;
    std::unique_ptr<DiscussionPage> m_page;

    void startSession(SessionKind kind)
    {
        const qint64 id = m_store->createSession(kind, QStringLiteral("Mobile launch"));
        m_flow = std::make_unique<SessionFlow>(m_store.get(), m_stack.get(), id, &m_clock);
    }

    bool seat(const QString &name)
    {
        Participant participant;
        participant.sessionId = m_flow->sessionId();
        participant.name = name;
        return m_store->addParticipant(participant) > 0;
    }

    qint64 record(const QString &summary, int hands)
    {
        Concern concern;
        concern.sessionId = m_flow->sessionId();
        concern.summary = summary;
        concern.handsRaised = hands;
        return m_store->recordConcern(concern, TurnState{});
    }

    DiscussionPage *showPage()
    {
        m_page = std::make_unique<DiscussionPage>(m_flow.get());
        m_page->resize(1280, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return nullptr;
        m_page->setFocus(Qt::OtherFocusReason);
        return m_page.get();
    }

    // The facilitator goes to another page and comes back.
    bool leaveAndComeBack()
    {
        m_page->hide();
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        if (!QTest::qWaitForWindowActive(m_page.get()))
            return false;
        m_page->setFocus(Qt::OtherFocusReason);
        return true;
    }

    QVariant stored(const QString &sql, qint64 id) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    QString concernText(const char *column, qint64 concernId) const
    {
        return stored(QStringLiteral("SELECT %1 FROM concerns WHERE id = ?")
                          .arg(QLatin1String(column)),
                      concernId)
            .toString();
    }

    QStringList storedWhys(qint64 concernId) const
    {
        QStringList result;
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(QStringLiteral(
            "SELECT question, answer FROM whys WHERE concern_id = ? ORDER BY position"));
        query.addBindValue(concernId);
        query.exec();
        while (query.next())
            result << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
        return result;
    }

    // Answers the dialog the next step opens, with keys, once it is up.
    void answerDialog(const std::function<void()> &keys, int attempts = 100)
    {
        QTimer::singleShot(0, this, [this, keys, attempts] {
            QPointer<QWidget> dialog = QApplication::activeModalWidget();
            if (!dialog) {
                // The step has not opened it yet: look again after its events.
                if (attempts > 0)
                    answerDialog(keys, attempts - 1);
                return;
            }
            // Whatever happens below, a dialog left open does not block the test.
            const auto closeLeftOpen = qScopeGuard([dialog] {
                if (dialog && dialog->isVisible()) {
                    QTest::qFail("the dialog was left open", __FILE__, __LINE__);
                    dialog->close();
                }
            });
            // The keyboard talks to the dialog, as it does for a person.
            QApplication::setActiveWindow(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QVERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            keys();
        });
    }

    QString storedAction(const char *column, const QString &text) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(
            QStringLiteral("SELECT %1 FROM actions WHERE text = ?").arg(QLatin1String(column)));
        query.addBindValue(text);
        if (!query.exec() || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    QPushButton *buttonNamed(const QString &text) const
    {
        for (QPushButton *button : m_page->findChildren<QPushButton *>()) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

    QStringList storedActions() const
    {
        QStringList result;
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(QStringLiteral(
            "SELECT text, concern_id FROM actions WHERE session_id = ? ORDER BY rank"));
        query.addBindValue(m_flow->sessionId());
        query.exec();
        while (query.next())
            result << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
        return result;
    }

private slots:
    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_flow.reset();
        m_stack.reset();
        m_store.reset();
        Database::close();
    }

    void discussTheTopConcernsByKeyboard()
    {
        startSession(SessionKind::PreMortem);
        const qint64 minor = record(QStringLiteral("The icon looked blurry"), 0);
        const qint64 top = record(QStringLiteral("The app store rejected the release twice"), 4);
        const qint64 second = record(QStringLiteral("Nobody was on call at launch"), 2);
        DiscussionPage *page = showPage();
        QVERIFY(page);

        // The concern most people wrote comes first, with where it stands.
        QCOMPARE(page->currentConcernId(), top);
        QCOMPARE(page->positionLabel()->text(), QStringLiteral("1 of 3"));
        QCOMPARE(page->tallyLabel()->text(), QStringLiteral("Written by 5 people"));
        QCOMPARE(page->summaryLabel()->text(),
                 QStringLiteral("The app store rejected the release twice"));
        QCOMPARE(page->avoidanceLabel()->text(), QStringLiteral("How could it have been avoided?"));
        QCOMPARE(QApplication::focusWidget(), page->notesField());

        Keyboard::type(QStringLiteral("Review guidelines changed in May"));
        QCOMPARE(concernText("discussion_notes", top),
                 QStringLiteral("Review guidelines changed in May"));
        QCOMPARE(m_stack->count(), 1); // typing merges into one step

        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->avoidanceField());
        Keyboard::type(QStringLiteral("Submit a build for review a week early"));
        QCOMPARE(concernText("avoidance", top),
                 QStringLiteral("Submit a build for review a week early"));

        // Three whys, each asked and answered by keyboard.
        const QStringList whys = {
            QStringLiteral("Why was it rejected?|It used a private API"),
            QStringLiteral("Why did we use a private API?|The SDK lacked a feature"),
            QStringLiteral("Why did nobody notice?|No review checklist for SDK use"),
        };
        for (int i = 0; i < whys.size(); ++i) {
            Keyboard::press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), page->whyQuestionField(i));
            const QStringList parts = whys.at(i).split(QLatin1Char('|'));
            Keyboard::type(parts.at(0));
            Keyboard::press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), page->whyAnswerField(i));
            Keyboard::type(parts.at(1));
            QCOMPARE(storedWhys(top), whys.mid(0, i + 1));
        }
        // Leaving the last answer ends the chain: it becomes the root cause.
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->rootCauseField());
        QCOMPARE(concernText("root_cause", top), QStringLiteral("No review checklist for SDK use"));
        QCOMPARE(page->rootCauseField()->toPlainText(),
                 QStringLiteral("No review checklist for SDK use"));
        Keyboard::press(Qt::Key_End, Qt::ControlModifier);
        Keyboard::type(QStringLiteral(" for platform rules"));
        QCOMPARE(concernText("root_cause", top),
                 QStringLiteral("No review checklist for SDK use for platform rules"));

        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->mitigationsField());
        Keyboard::type(QStringLiteral("Add the platform rules to the release checklist"));
        QCOMPARE(concernText("mitigations", top),
                 QStringLiteral("Add the platform rules to the release checklist"));

        Keyboard::press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(page->discussedBox()->isChecked());
        QCOMPARE(stored(QStringLiteral("SELECT discussed FROM concerns WHERE id = ?"), top).toInt(),
                 1);
        Keyboard::saveScreenshot(page, QStringLiteral("discussion-top-concern"));

        // Alt+PgDown: the next most written, with its own empty fields.
        Keyboard::press(Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(page->currentConcernId(), second);
        QCOMPARE(page->positionLabel()->text(), QStringLiteral("2 of 3"));
        QCOMPARE(page->tallyLabel()->text(), QStringLiteral("Written by 3 people"));
        QCOMPARE(page->notesField()->toPlainText(), QString());
        QCOMPARE(page->whyModel()->rowCount(), 0);
        QVERIFY(!page->whyQuestionField(0)->isVisible());
        QVERIFY(!page->discussedBox()->isChecked());
        // What was typed for the first stays with the first.
        QCOMPARE(concernText("discussion_notes", second), QString());

        // An action linked to this concern, its text preset as if typed.
        QString preset = QStringLiteral("Name an on-call engineer for launch week");
        page->setActionPrompt([&preset](QWidget *, const Concern &) {
            return std::optional<NewAction>(NewAction{preset, QString(), QDate()});
        });
        Keyboard::press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedActions(),
                 QStringList({preset + QLatin1Char('|') + QString::number(second)}));
        QVERIFY(page->messageLabel()->text().contains(preset));

        // An empty text is refused, and the page says so.
        preset = QStringLiteral("   ");
        Keyboard::press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedActions().size(), 1);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("needs a text")));

        page->notesField()->setFocus();
        Keyboard::type(QStringLiteral("Launch is on a Friday"));
        QCOMPARE(concernText("discussion_notes", second), QStringLiteral("Launch is on a Friday"));
        Keyboard::saveScreenshot(page, QStringLiteral("discussion-second-concern"));

        // One undo takes back the last typing, all of it.
        m_stack->undo();
        QCOMPARE(concernText("discussion_notes", second), QString());
        QCOMPARE(page->notesField()->toPlainText(), QString());
        QCOMPARE(storedActions().size(), 1);

        // Back and forth: Alt+PgUp returns to the first, as it was left.
        Keyboard::press(Qt::Key_PageUp, Qt::AltModifier);
        QCOMPARE(page->currentConcernId(), top);
        QCOMPARE(page->notesField()->toPlainText(),
                 QStringLiteral("Review guidelines changed in May"));
        QCOMPARE(page->whyAnswerField(2)->text(),
                 QStringLiteral("No review checklist for SDK use"));
        QVERIFY(page->discussedBox()->isChecked());
        Keyboard::press(Qt::Key_PageDown, Qt::AltModifier);
        Keyboard::press(Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(page->currentConcernId(), minor);
        QCOMPARE(page->positionLabel()->text(), QStringLiteral("3 of 3"));
        QCOMPARE(page->tallyLabel()->text(), QStringLiteral("Written by 1 person"));
        Keyboard::press(Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(page->currentConcernId(), minor);
    }

    // The page may be built long before the discussion (to list its keys,
    // say) and concerns keep coming; arriving there shows the most written.
    void opensOnTheMostWrittenConcern()
    {
        startSession(SessionKind::PreMortem);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        // Away (say, sharing) while concerns come in, then back.
        page->hide();
        record(QStringLiteral("The icon looked blurry"), 0);
        const qint64 top = record(QStringLiteral("Nobody was on call at launch"), 3);
        record(QStringLiteral("Launch is on a Friday"), 1);
        QVERIFY(leaveAndComeBack());
        QCOMPARE(page->currentConcernId(), top);
        QCOMPARE(page->positionLabel()->text(), QStringLiteral("1 of 3"));
        QCOMPARE(m_flow->discussionConcernId(), top);
    }

    // It picks up at the first concern not yet discussed; one the
    // facilitator went to by hand is kept across a visit elsewhere.
    void opensOnTheFirstConcernNotYetDiscussed()
    {
        startSession(SessionKind::PreMortem);
        const qint64 top = record(QStringLiteral("The app store rejected the release"), 4);
        const qint64 second = record(QStringLiteral("Nobody was on call at launch"), 2);
        const qint64 third = record(QStringLiteral("The icon looked blurry"), 0);
        QVERIFY(m_store->setConcernField(top, ConcernField::Discussed, true, false));
        DiscussionPage *page = showPage();
        QVERIFY(page);
        QCOMPARE(page->currentConcernId(), second);
        QCOMPARE(page->positionLabel()->text(), QStringLiteral("2 of 3"));

        // Marked discussed, away and back: on to the next.
        Keyboard::press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(leaveAndComeBack());
        QCOMPARE(page->currentConcernId(), third);

        // Back to the top one by hand: still there after a visit elsewhere.
        Keyboard::press(Qt::Key_PageUp, Qt::AltModifier);
        Keyboard::press(Qt::Key_PageUp, Qt::AltModifier);
        QCOMPARE(page->currentConcernId(), top);
        QVERIFY(leaveAndComeBack());
        QCOMPARE(page->currentConcernId(), top);
    }

    // The root cause filled in from the last answer is replaced by what
    // is typed over it, not prefixed; Undo brings the filled-in one back.
    void typingReplacesTheFilledInRootCause()
    {
        startSession(SessionKind::PreMortem);
        const qint64 id = record(QStringLiteral("The app store rejected the release"), 3);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        Keyboard::press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        Keyboard::type(QStringLiteral("Why was it rejected?"));
        Keyboard::press(Qt::Key_Tab);
        Keyboard::type(QStringLiteral("It used a private API"));
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->rootCauseField());
        QCOMPARE(concernText("root_cause", id), QStringLiteral("It used a private API"));
        Keyboard::saveScreenshot(page, QStringLiteral("discussion-root-cause-filled-in"));
        Keyboard::type(QStringLiteral("Nobody checks SDK use"));
        QCOMPARE(concernText("root_cause", id), QStringLiteral("Nobody checks SDK use"));
        QCOMPARE(page->rootCauseField()->toPlainText(), QStringLiteral("Nobody checks SDK use"));
        m_stack->undo();
        QCOMPARE(concernText("root_cause", id), QStringLiteral("It used a private API"));
    }

    // Undo says which field it takes back.
    void undoNamesTheField()
    {
        startSession(SessionKind::PreMortem);
        record(QStringLiteral("The app store rejected the release"), 3);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        Keyboard::type(QStringLiteral("Guidelines changed"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Notes"));
        page->rootCauseField()->setFocus();
        Keyboard::type(QStringLiteral("No checklist"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Root cause"));
        Keyboard::press(Qt::Key_Tab);
        Keyboard::type(QStringLiteral("Add a checklist"));
        QCOMPARE(m_stack->undoText(), QStringLiteral("Mitigations"));
        Keyboard::press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_stack->undoText(), QStringLiteral("Mark discussed"));
    }

    // A visible button beside the concern's actions adds one.
    void addActionButtonBesideTheActions()
    {
        startSession(SessionKind::PreMortem);
        QVERIFY(seat(QStringLiteral("Dana")));
        const qint64 id = record(QStringLiteral("Nobody was on call at launch"), 2);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        QPushButton *add = buttonNamed(QStringLiteral("Add action…"));
        QVERIFY2(add, "no Add action button");
        QVERIFY(add->isVisible() && add->isEnabled());
        Keyboard::saveScreenshot(page, QStringLiteral("discussion-add-action"));
        // Enter on an owner just completed adds, as from any other field.
        answerDialog([] {
            Keyboard::type(QStringLiteral("Name an on-call engineer"));
            Keyboard::press(Qt::Key_Tab);
            Keyboard::type(QStringLiteral("da"));
            Keyboard::press(Qt::Key_Return);
        });
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(storedActions(),
                 QStringList({QStringLiteral("Name an on-call engineer|") + QString::number(id)}));
        QCOMPARE(storedAction("owner", QStringLiteral("Name an on-call engineer")),
                 QStringLiteral("Dana"));
        QVERIFY(page->actionsLabel()->text().contains(QStringLiteral("Name an on-call engineer")));
    }

    // The new-action dialog takes the owner (completed from the
    // participants) and the due date as typed, Tab down the form, Enter adds.
    void newActionDialogTakesOwnerAndDueDate()
    {
        startSession(SessionKind::PreMortem);
        QVERIFY(seat(QStringLiteral("Dana")));
        record(QStringLiteral("Nobody was on call at launch"), 2);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        answerDialog([] {
            Keyboard::type(QStringLiteral("Name an on-call engineer"));
            Keyboard::press(Qt::Key_Tab);
            Keyboard::type(QStringLiteral("da"));
            Keyboard::press(Qt::Key_Tab);
            Keyboard::type(QStringLiteral("soon"));
            // Not a date: the dialog stays, with everything typed.
            Keyboard::press(Qt::Key_Return);
            QVERIFY(QApplication::activeModalWidget());
            Keyboard::saveScreenshot(QApplication::activeModalWidget(),
                                     QStringLiteral("discussion-new-action-refused"));
            Keyboard::press(Qt::Key_A, Qt::ControlModifier);
            Keyboard::type(QStringLiteral("next fri"));
            Keyboard::saveScreenshot(QApplication::activeModalWidget(),
                                     QStringLiteral("discussion-new-action"));
            Keyboard::press(Qt::Key_Return);
        });
        Keyboard::press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        const QString text = QStringLiteral("Name an on-call engineer");
        QCOMPARE(storedAction("owner", text), QStringLiteral("Dana"));
        QCOMPARE(storedAction("due_date", text), QStringLiteral("2026-03-13"));
        // One step to undo, owner and date with it.
        m_stack->undo();
        QCOMPARE(storedActions(), QStringList());
    }

    void plainPageKeysStayWithTheText()
    {
        startSession(SessionKind::PreMortem);
        const qint64 first = record(QStringLiteral("First"), 1);
        record(QStringLiteral("Second"), 0);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        for (int i = 0; i < 3; ++i) {
            Keyboard::type(QStringLiteral("line"));
            Keyboard::press(Qt::Key_Return);
        }
        Keyboard::press(Qt::Key_PageUp);
        Keyboard::press(Qt::Key_PageDown);
        QCOMPARE(page->currentConcernId(), first);
        QCOMPARE(concernText("discussion_notes", first), QStringLiteral("line\nline\nline\n"));
    }

    void atMostFiveWhys()
    {
        startSession(SessionKind::PreMortem);
        const qint64 id = record(QStringLiteral("Crash on start"), 2);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        for (int i = 0; i < 5; ++i) {
            Keyboard::press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
            Keyboard::type(QStringLiteral("Why %1?").arg(i + 1));
        }
        QCOMPARE(storedWhys(id).size(), 5);
        Keyboard::press(Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedWhys(id).size(), 5);
        QVERIFY(page->messageLabel()->text().contains(QStringLiteral("at most five")));
        QCOMPARE(QApplication::focusWidget(), page->whyQuestionField(4));
        Keyboard::saveScreenshot(page, QStringLiteral("discussion-five-whys"));

        // Undo of the last add hides its row again.
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(storedWhys(id).size(), 4);
        QVERIFY(!page->whyQuestionField(4)->isVisible());
    }

    void postMortemAsksWhatLetItHappenAndTimeboxes()
    {
        startSession(SessionKind::PostMortem);
        record(QStringLiteral("Alerts went to an old channel"), 3);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        QCOMPARE(page->avoidanceLabel()->text(),
                 QStringLiteral("What let this happen, and how do we recover faster?"));
        QCOMPARE(page->timeboxMinutes()->value(), 3);
        page->timeboxMinutes()->setValue(4);
        page->startTimebox();
        QCOMPARE(m_flow->countdown()->state(), Countdown::State::Running);
        QCOMPARE(m_flow->countdown()->durationMs(), 4 * 60 * 1000);
        Keyboard::saveScreenshot(page, QStringLiteral("discussion-postmortem"));
    }

    void nothingToDiscuss()
    {
        startSession(SessionKind::PreMortem);
        DiscussionPage *page = showPage();
        QVERIFY(page);
        QCOMPARE(page->currentConcernId(), 0);
        QVERIFY(!page->notesField()->isEnabled());
        page->addWhy();
        page->addActionFromCurrent();
        QCOMPARE(m_stack->count(), 0);
        // A concern recorded later shows up.
        const qint64 id = record(QStringLiteral("Late concern"), 0);
        QCOMPARE(page->currentConcernId(), id);
        QVERIFY(page->notesField()->isEnabled());

        // Taken back by undo while shown: the page lets go of it quietly.
        QSignalSpy failed(m_store.get(), &Store::writeFailed);
        QVERIFY(m_store->removeConcern(id, TurnState{}));
        QCOMPARE(page->currentConcernId(), 0);
        QCOMPARE(page->positionLabel()->text(), QStringLiteral("Nothing to discuss yet"));
        QCOMPARE(failed.size(), 0);
    }
};

QTEST_MAIN(TestDiscussionPage)
#include "tst_discussionpage.moc"
