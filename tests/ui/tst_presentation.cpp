#include "actionmodel.h"
#include "actionspage.h"
#include "clock.h"
#include "countdownwidget.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "sessionflow.h"
#include "sessionpage.h"
#include "slidelist.h"
#include "store.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include "keyboard.h"

using Keyboard::press;
using Keyboard::type;

// The room's window: it follows the facilitator's session phase by phase,
// shows each edit as it is made, and never shows a control or who shared
// what unless the session chose so.
class TestPresentation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_session = 0;
    const QStringList m_names{QStringLiteral("Dana"), QStringLiteral("Lee"),
                              QStringLiteral("Ravi")};

    PresentationWindow *presentation() const { return m_window->presentationWindow(); }

    // Everything the room can read on the presentation right now.
    QString visibleText() const
    {
        QStringList texts;
        QWidget *page = presentation()->currentPage();
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->isVisibleTo(presentation()))
                texts.append(label->text());
        }
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path =
            m_dir.filePath(QStringLiteral("presentation-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_session = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Atlas launch"));
        m_store->setSessionField(m_session, SessionField::Scene,
                                 QStringLiteral("It is a month later and the launch failed."));
        for (const QString &name : m_names) {
            Participant participant;
            participant.sessionId = m_session;
            participant.name = name;
            QVERIFY(m_store->addParticipant(participant) > 0);
        }
        QVERIFY(m_store->setPhase(m_session, Phase::Scene, QDateTime::currentDateTimeUtc()));
        m_window = std::make_unique<MainWindow>(m_store.get(), path);
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1400, 900)));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void followsTheSessionWithoutControlsOrNames()
    {
        press(Qt::Key_Return); // open the session, on its scene
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(presentation());
        QVERIFY(presentation()->isVisible());
        // The facilitator keeps the keyboard.
        QCOMPARE(QApplication::activeWindow(), m_window.get());
        QCOMPARE(presentation()->shownPhase(), Phase::Scene);
        QVERIFY(visibleText().contains(QStringLiteral("the launch failed")));

        // Writing: the countdown's digits take at least a quarter of the
        // window's height.
        presentation()->resize(1280, 720);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Writing);
        QCoreApplication::processEvents();
        CountdownWidget *countdown = presentation()->countdownWidget();
        QVERIFY(countdown && countdown->isVisible());
        QVERIFY2(countdown->digitFont().pixelSize() >= presentation()->height() / 4,
                 qPrintable(QString::number(countdown->digitFont().pixelSize())));
        Keyboard::saveScreenshot(presentation(), QStringLiteral("presentation-writing"));

        // Sharing: the turn and each concern as it is recorded.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Sharing);
        QVERIFY(visibleText().contains(QStringLiteral("Now: Dana")));
        type(QStringLiteral("Nobody owns the rollback"));
        press(Qt::Key_1, Qt::AltModifier);
        press(Qt::Key_Return);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("Nobody owns the rollback")));
        QVERIFY(visibleText().contains(QStringLiteral("2 people wrote this")));
        QVERIFY(visibleText().contains(QStringLiteral("Now: Lee")));
        type(QStringLiteral("The migration locks tables"));
        press(Qt::Key_Return);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("The migration locks tables")));
        Keyboard::saveScreenshot(presentation(), QStringLiteral("presentation-sharing"));

        // Ranked and discussion: concerns and tallies, never their speakers.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Ranked);
        QString text = visibleText();
        QVERIFY(text.indexOf(QStringLiteral("Nobody owns")) <
                text.indexOf(QStringLiteral("migration")));
        for (const QString &name : m_names)
            QVERIFY2(!text.contains(name), qPrintable(name));
        Keyboard::saveScreenshot(presentation(), QStringLiteral("presentation-ranked"));
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Discussion);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("Nobody owns the rollback")));
        // The discussion moves on, and so does the room's screen.
        press(Qt::Key_PageDown, Qt::AltModifier);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("The migration locks tables")));
        text = visibleText();
        for (const QString &name : m_names)
            QVERIFY2(!text.contains(name), qPrintable(name));

        // Actions as they are added.
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Actions);
        type(QStringLiteral("Name a rollback captain"));
        press(Qt::Key_Return);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("Name a rollback captain")));

        // Nothing on it can be typed into, pressed or scrolled.
        QVERIFY(presentation()->findChildren<QAbstractScrollArea *>().isEmpty());
        const auto usable = [this](auto *) {
            int count = 0;
            for (QWidget *widget : presentation()->findChildren<QWidget *>()) {
                const bool control =
                    qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                    qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget) ||
                    qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget);
                count += control && widget->isEnabled();
            }
            return count;
        };
        QCOMPARE(usable(presentation()), 0);
        QVERIFY(presentation()->testAttribute(Qt::WA_ShowWithoutActivating));
        QCOMPARE(QApplication::activeWindow(), m_window.get());

        // Back to the list: the room sees a neutral screen.
        press(Qt::Key_W, Qt::ControlModifier);
        QTRY_VERIFY(!visibleText().contains(QStringLiteral("Atlas launch")));
    }

    // What is overdue on the room's screen is judged by the session's clock
    // (which tests set), as on the facilitator's actions page.
    void overdueFollowsTheSessionsClock()
    {
        FakeClock clock(QDateTime(QDate(2030, 1, 10), QTime(12, 0), Qt::UTC));
        m_window->setClock(&clock);
        for (const auto &[text, due] : {std::pair{"Rotate the keys", QDate(2030, 1, 5)},
                                        std::pair{"Book the rehearsal", QDate(2030, 1, 20)}}) {
            ActionItem action;
            action.sessionId = m_session;
            action.text = QString::fromLatin1(text);
            action.dueDate = due;
            QVERIFY(m_store->addAction(action) > 0);
        }
        QVERIFY(m_store->setPhase(m_session, Phase::Actions, clock.nowUtc()));
        press(Qt::Key_Return); // open the session, on its actions
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Actions);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("Book the rehearsal")));
        const QString text = visibleText();
        // Only the one due before the session's today, on both screens.
        QCOMPARE(text.count(QStringLiteral("overdue")), 1);
        auto *page = m_window->findChild<ActionsPage *>();
        QVERIFY(page);
        QVERIFY(page->model()->index(0, 0).data(ActionModel::OverdueRole).toBool());
        QVERIFY(!page->model()->index(1, 0).data(ActionModel::OverdueRole).toBool());
    }

    void namesWhenTheSessionAttributes()
    {
        m_store->setSessionField(m_session, SessionField::AttributeConcerns, true);
        Concern concern;
        concern.sessionId = m_session;
        concern.summary = QStringLiteral("Nobody owns the rollback");
        concern.speakerId = m_store->participants(m_session).constFirst().id;
        QVERIFY(m_store->recordConcern(concern, TurnState{}) > 0);
        QVERIFY(m_store->setPhase(m_session, Phase::Ranked, QDateTime::currentDateTimeUtc()));
        press(Qt::Key_Return);
        m_window->showPresentation(true);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Ranked);
        QVERIFY2(visibleText().contains(QStringLiteral("Dana")), qPrintable(visibleText()));
    }

    void longListsPageOnKeysOfTheMainWindow()
    {
        // More concerns than a 720-line slide shows at once.
        const qint64 speaker = m_store->participants(m_session).constFirst().id;
        for (int i = 1; i <= 20; ++i) {
            Concern concern;
            concern.sessionId = m_session;
            concern.summary = QStringLiteral("Concern number %1 of the launch").arg(i);
            concern.speakerId = speaker;
            QVERIFY(m_store->recordConcern(concern, TurnState{}) > 0);
        }
        QVERIFY(m_store->setPhase(m_session, Phase::Ranked, QDateTime::currentDateTimeUtc()));
        press(Qt::Key_Return);
        m_window->showPresentation(true);
        presentation()->resize(1280, 720);
        QTRY_COMPARE(presentation()->shownPhase(), Phase::Ranked);
        QCoreApplication::processEvents();
        SlideList *ranked = presentation()->currentList();
        QVERIFY(ranked);
        const QString firstPage = ranked->pageText();
        QVERIFY2(firstPage.startsWith(QStringLiteral("1–")) &&
                     firstPage.endsWith(QStringLiteral(" of 20")),
                 qPrintable(firstPage));
        QVERIFY(visibleText().contains(firstPage));
        const int lastOnFirstPage = ranked->lastShown();

        // The facilitator pages the room's list without leaving the main window.
        press(Qt::Key_PageDown, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(ranked->firstShown(), lastOnFirstPage + 1);
        QVERIFY(visibleText().contains(QStringLiteral("%1–").arg(lastOnFirstPage + 2)));
        QVERIFY(visibleText().contains(ranked->items().at(lastOnFirstPage + 1).text));
        QCOMPARE(QApplication::activeWindow(), m_window.get());
        press(Qt::Key_PageUp, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(ranked->pageText(), firstPage);
    }

    void zoomAndFullScreenByKeys()
    {
        press(Qt::Key_Return);
        m_window->showPresentation(true);
        presentation()->resize(1280, 720);
        QCoreApplication::processEvents();
        auto *title = presentation()->currentPage()->findChild<QLabel *>();
        QVERIFY(title);
        const int before = title->font().pixelSize();
        press(Qt::Key_Equal, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(presentation()->zoom() > 1.0);
        QVERIFY(title->font().pixelSize() > before);
        press(Qt::Key_0, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(presentation()->zoom(), 1.0);
        QCOMPARE(title->font().pixelSize(), before);

        press(Qt::Key_F11);
        QTRY_VERIFY(presentation()->isFullScreen());
        press(Qt::Key_F11);
        QTRY_VERIFY(!presentation()->isFullScreen());
        // Closing it unchecks the menu item; the shortcut brings it back.
        presentation()->close();
        press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(presentation()->isVisible());
    }

    void secondScreenIsChosenForTheRoom()
    {
        const QRect laptop(0, 0, 1920, 1080);
        const QRect projector(1920, 0, 1280, 720);
        const QRect big(-2560, 0, 2560, 1440);
        QCOMPARE(PresentationWindow::screenForPresentation({laptop}, laptop.center()), -1);
        QCOMPARE(PresentationWindow::screenForPresentation({laptop, projector}, laptop.center()),
                 1);
        QCOMPARE(PresentationWindow::screenForPresentation({projector, laptop}, laptop.center()),
                 0);
        // Of two others, the larger.
        QCOMPARE(
            PresentationWindow::screenForPresentation({laptop, projector, big}, laptop.center()),
            2);
        // Mirrored screens: nowhere else to go.
        QCOMPARE(PresentationWindow::screenForPresentation({laptop, laptop}, laptop.center()), -1);
    }
};

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
