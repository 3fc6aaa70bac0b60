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
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<SessionFlow> m_flow;
    std::unique_ptr<DiscussionPage> m_page;

    void startSession(SessionKind kind)
    {
        const qint64 id = m_store->createSession(kind, QStringLiteral("Mobile launch"));
        m_flow = std::make_unique<SessionFlow>(m_store.get(), m_stack.get(), id);
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
        page->setActionTextPrompt(
            [&preset](QWidget *, const Concern &) { return std::optional<QString>(preset); });
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
