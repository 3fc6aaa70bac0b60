#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "followuppage.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "sharingpage.h"
#include "store.h"
#include "summaryoutput.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTest>

#include "keyboard.h"

namespace {

class GuideDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    QString askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextText;
    }
    int show(QDialog *dialog) override
    {
        shownTitles << dialog->windowTitle();
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            shownTexts << box->text();
        return 0;
    }
    QString saveFileName(QWidget *, const QString &, const QString &suggestedPath,
                         const QString &) override
    {
        suggested = suggestedPath;
        return suggestedPath;
    }

    QString nextText;
    QString suggested;
    QStringList shownTitles;
    QStringList shownTexts;
};

QPushButton *buttonReading(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->isVisible() && button->text().remove(QLatin1Char('&')) == text)
            return button;
    }
    return nullptr;
}

} // namespace

// What a new facilitator needs to find their way: a way in on an empty
// list, what comes next on each step, a way back from Follow-up, the method
// in the Help menu, and where an export went.
class TestGuidance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    GuideDialogs *m_dialogs = nullptr;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_store.get(), QString());
        auto dialogs = std::make_unique<GuideDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogs(std::move(dialogs));
        m_window->setClock(m_clock.get());
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1366, 768)));
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("guide-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_clock.reset();
        Database::close();
    }

    void emptyListOffersBothKindsOfSession()
    {
        openWindow();
        QPushButton *preMortem = buttonReading(m_window.get(), QStringLiteral("New Pre-mortem"));
        QPushButton *postMortem = buttonReading(m_window.get(), QStringLiteral("New Post-mortem"));
        QVERIFY(preMortem && postMortem);
        // Each says what it is for.
        bool explained = false;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            explained = explained || (label->isVisible() &&
                                      label->text().contains(QLatin1String("Before a launch")));
        QVERIFY(explained);
        postMortem->click();
        QCOMPARE(m_store->sessions().size(), 1);
        QCOMPARE(m_store->sessions().constFirst().kind, SessionKind::PostMortem);
        QVERIFY(!buttonReading(m_window.get(), QStringLiteral("New Pre-mortem")));
    }

    void eachStepSaysWhatComesNext()
    {
        m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        openWindow();
        Keyboard::press(Qt::Key_Return);
        SessionPage *page = m_window->sessionPage();
        QVERIFY(page);
        QPushButton *next = buttonReading(page, QStringLiteral("Next: Scene →"));
        QVERIFY(next);
        next->click();
        QCOMPARE(page->phase(), Phase::Scene);
        QCOMPARE(next->text(), QStringLiteral("Next: Writing →"));
        auto *steps = page->findChild<QTabBar *>();
        QVERIFY(steps);
        QVERIFY2(steps->tabText(1).startsWith(QStringLiteral("✓")), qPrintable(steps->tabText(1)));
        QVERIFY(!steps->tabText(2).startsWith(QStringLiteral("✓")));
        page->showPhase(Phase::Summary);
        QVERIFY(!next->isVisible());
    }

    void followUpLeadsBack()
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        openWindow();
        Keyboard::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->followUpPage()->isVisible());
        Keyboard::press(Qt::Key_Escape);
        QCOMPARE(m_window->openSessionId(), qint64(0));
        QVERIFY(!m_window->followUpPage()->isVisible());

        Keyboard::press(Qt::Key_Return);
        QCOMPARE(m_window->openSessionId(), id);
        Keyboard::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QPushButton *back = buttonReading(m_window->followUpPage(), QStringLiteral("← Back"));
        QVERIFY(back);
        back->click();
        QCOMPARE(m_window->openSessionId(), id);
    }

    void helpExplainsTheMethod()
    {
        openWindow();
        QAction *guide = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text().remove(QLatin1Char('&')) == QStringLiteral("How a Session Runs"))
                guide = action;
        }
        QVERIFY(guide);
        guide->trigger();
        QCOMPARE(m_dialogs->shownTitles, QStringList{QStringLiteral("How a Session Runs")});
        const QString text = m_dialogs->shownTexts.value(0);
        for (const char *step : {"Set-up", "Writing", "Sharing", "Discussion", "Actions"})
            QVERIFY2(text.contains(QLatin1String(step)), step);
    }

    // The first export goes to a folder that exists, and the window says
    // where it went with a way to open it.
    void exportSaysWhereItWent()
    {
        qputenv("HOME", QFile::encodeName(m_home.path()));
        m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        openWindow();
        QAction *pdf = m_window->summaryOutput()->exportActions().constFirst();
        pdf->trigger();
        QVERIFY2(QFileInfo(m_dialogs->suggested).isAbsolute(), qPrintable(m_dialogs->suggested));
        QVERIFY2(QFileInfo(QFileInfo(m_dialogs->suggested).absolutePath()).isDir(),
                 qPrintable(m_dialogs->suggested));
        QVERIFY(QFileInfo::exists(m_dialogs->suggested));
        QVERIFY2(m_window->problemText().contains(QFileInfo(m_dialogs->suggested).fileName()),
                 qPrintable(m_window->problemText()));
        QVERIFY(buttonReading(m_window.get(), QStringLiteral("Open Folder")));
    }

    // The hands stop at the other people present, and follow attendance.
    void handsStopAtThePeoplePresent()
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        for (const QString &name :
             {QStringLiteral("Dana"), QStringLiteral("Lee"), QStringLiteral("Ana")}) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            m_store->addParticipant(participant);
        }
        openWindow();
        Keyboard::press(Qt::Key_Return);
        m_window->sessionPage()->showPhase(Phase::Sharing);
        auto *sharing = m_window->findChild<SharingPage *>();
        for (int press = 0; press < 5; ++press)
            Keyboard::press(Qt::Key_Up);
        QCOMPARE(sharing->handsField()->value(), 2);
        Keyboard::press(Qt::Key_A, Qt::AltModifier); // Dana left the room
        QCOMPARE(sharing->handsField()->maximum(), 1);
        for (int press = 0; press < 5; ++press)
            Keyboard::press(Qt::Key_Up);
        QCOMPARE(sharing->handsField()->value(), 1);
    }

    // A refusal given while sharing was complete goes once someone joins:
    // "complete" never stands beside "Now: …".
    void completeAndNowNeverShowTogether()
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        Participant participant;
        participant.sessionId = id;
        participant.name = QStringLiteral("Dana");
        m_store->addParticipant(participant);
        openWindow();
        Keyboard::press(Qt::Key_Return);
        m_window->sessionPage()->showPhase(Phase::Sharing);
        Keyboard::press(Qt::Key_L, Qt::AltModifier); // Dana has nothing left: complete
        auto *sharing = m_window->findChild<SharingPage *>();
        Keyboard::type(QStringLiteral("One more"));
        Keyboard::press(Qt::Key_Return);
        QVERIFY(sharing->problemLabel()->isVisible());
        QVERIFY(sharing->problemLabel()->text().contains(QLatin1String("complete")));
        m_dialogs->nextText = QStringLiteral("Cy");
        Keyboard::press(Qt::Key_J, Qt::AltModifier);
        QVERIFY2(sharing->banner()->text().contains(QLatin1String("Now: Cy")),
                 qPrintable(sharing->banner()->text()));
        QVERIFY(!sharing->problemLabel()->isVisible());
    }
};

QTEST_MAIN(TestGuidance)
#include "tst_guidance.moc"
