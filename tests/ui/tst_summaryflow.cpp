#include "actionmodel.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "sessionflow.h"
#include "sessionpage.h"
#include "store.h"
#include "summaryoutput.h"
#include "summarypage.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>

#include "keyboard.h"

using Keyboard::press;

namespace {

// Answers the window's print and file questions the way a person would,
// sending paper output to a PDF file the test can read back.
class PaperDialogs : public Dialogs
{
public:
    QString saveAs;     // what the person picks in the file dialog
    QString suggested;  // what the dialog offered
    QString printedPdf; // where "paper" goes
    QStringList warnings;
    int previews = 0;

    QString saveFileName(QWidget *, const QString &, const QString &suggestedPath,
                         const QString &) override
    {
        suggested = suggestedPath;
        return saveAs;
    }
    bool setUpPrinter(QWidget *, QPrinter *printer) override
    {
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printedPdf);
        return true;
    }
    void showPrintPreview(QWidget *, QPrinter *printer,
                          const std::function<void(QPrinter *)> &paint) override
    {
        ++previews;
        setUpPrinter(nullptr, printer);
        paint(printer);
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
};

QString pdfText(const QString &path)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (program.isEmpty())
        qFatal("pdftotext is missing: install poppler-utils (./dev.sh test does)");
    QProcess process;
    process.start(program, {path, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

// At the end of a session the facilitator steps to the summary, prints it
// and saves it for those who were not there; the summary follows every edit
// and speaks of no one unless the session chose so.
class TestSummaryFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    PaperDialogs *m_dialogs = nullptr;
    qint64 m_session = 0;
    QString m_databasePath;

    QAction *menuAction(const QString &menuTitle, const QString &text) const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (!top->menu())
                continue;
            for (QAction *action : top->menu()->actions()) {
                if (action->menu() && action->menu()->title() == menuTitle) {
                    for (QAction *inner : action->menu()->actions()) {
                        if (inner->text() == text)
                            return inner;
                    }
                }
            }
        }
        return nullptr;
    }

    QString summaryText() const
    {
        auto *page = m_window->findChild<SummaryPage *>();
        return page ? page->view()->toPlainText() : QString();
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("summary-%1.sqlite").arg(++fileNumber));
        m_databasePath = path;
        QVERIFY(Database::open(path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_session = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Atlas launch"));
        qint64 dana = 0;
        for (const char *name : {"Dana", "Lee"}) {
            Participant participant;
            participant.sessionId = m_session;
            participant.name = QString::fromLatin1(name);
            const qint64 id = m_store->addParticipant(participant);
            dana = dana ? dana : id;
        }
        Concern concern;
        concern.sessionId = m_session;
        concern.summary = QStringLiteral("Nobody owns the rollback");
        concern.speakerId = dana;
        concern.handsRaised = 1;
        QVERIFY(m_store->recordConcern(concern, TurnState{}) > 0);
        ActionItem action;
        action.sessionId = m_session;
        action.text = QStringLiteral("Name a rollback captain");
        action.owner = QStringLiteral("Release desk");
        QVERIFY(m_store->addAction(action) > 0);
        QVERIFY(m_store->setPhase(m_session, Phase::Actions, QDateTime::currentDateTimeUtc()));

        m_window = std::make_unique<MainWindow>(m_store.get(), path);
        auto dialogs = std::make_unique<PaperDialogs>();
        m_dialogs = dialogs.get();
        m_dialogs->printedPdf = m_dir.filePath(QStringLiteral("printed-%1.pdf").arg(fileNumber));
        m_window->setDialogs(std::move(dialogs));
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1400, 900)));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void summaryStepShowsPrintsAndExports()
    {
        press(Qt::Key_Return); // open the session, on its actions
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Actions);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Summary);
        // Reaching the summary ends the session's clock.
        QVERIFY(m_store->sessionDetails(m_session)->endedAt.isValid());
        QVERIFY2(summaryText().contains(QStringLiteral("Nobody owns the rollback")),
                 qPrintable(summaryText()));
        QVERIFY(summaryText().contains(QStringLiteral("Name a rollback captain")));
        // Blameless: the attendee list names Dana, the concern does not.
        QVERIFY(!summaryText().contains(QStringLiteral("shared by")));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("summary-page"));

        // Ctrl+P prints, here to a PDF the test reads back.
        press(Qt::Key_P, Qt::ControlModifier);
        QVERIFY(QFileInfo::exists(m_dialogs->printedPdf));
        const QString printed = pdfText(m_dialogs->printedPdf);
        QVERIFY2(printed.contains(QStringLiteral("Nobody owns the rollback")), qPrintable(printed));
        QVERIFY(printed.contains(QStringLiteral("Page 1 of 1")));

        // File ▸ Export Summary ▸ Markdown…, with a dated default name.
        QAction *markdown =
            menuAction(QStringLiteral("&Export Summary"), QStringLiteral("&Markdown…"));
        QVERIFY(markdown);
        QVERIFY(markdown->isEnabled());
        m_dialogs->saveAs = m_dir.filePath(QStringLiteral("atlas.md"));
        markdown->trigger();
        QVERIFY2(m_dialogs->suggested.endsWith(QStringLiteral(" Atlas launch.md")),
                 qPrintable(m_dialogs->suggested));
        QFile file(m_dialogs->saveAs);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# Atlas launch"));

        // An export that cannot be written says so and leaves the old file.
        QAction *pdf = menuAction(QStringLiteral("&Export Summary"), QStringLiteral("&PDF…"));
        QVERIFY(pdf);
        m_dialogs->saveAs = m_dialogs->saveAs + QStringLiteral("/under-a-file.pdf");
        pdf->trigger();
        QCOMPARE(m_dialogs->warnings.size(), 1);
        QVERIFY(m_dialogs->warnings.constFirst().contains(QStringLiteral("under-a-file.pdf")));
    }

    void exportOntoTheDatabaseIsRefused_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("printed");
        QTest::newRow("export onto the database") << QString() << false;
        QTest::newRow("export onto its write-ahead log") << QStringLiteral("-wal") << false;
        QTest::newRow("print to a file onto the database") << QString() << true;
    }

    void exportOntoTheDatabaseIsRefused()
    {
        // The file dialog offers any file, and Qt's "Replace?" is easily
        // answered yes: the export must still never replace the database.
        QFETCH(QString, suffix);
        QFETCH(bool, printed);
        const QString target = m_databasePath + suffix;
        if (printed) {
            m_dialogs->printedPdf = target;
            press(Qt::Key_P, Qt::ControlModifier);
        } else {
            QAction *pdf = menuAction(QStringLiteral("&Export Summary"), QStringLiteral("&PDF…"));
            QVERIFY(pdf);
            m_dialogs->saveAs = target;
            pdf->trigger();
        }
        QCOMPARE(m_dialogs->warnings.size(), 1);
        QVERIFY2(m_dialogs->warnings.constFirst().contains(target),
                 qPrintable(m_dialogs->warnings.constFirst()));
        QVERIFY2(m_dialogs->warnings.constFirst().contains(QStringLiteral("database")),
                 qPrintable(m_dialogs->warnings.constFirst()));

        // The window goes on taking edits, and they reach the file.
        press(Qt::Key_Return); // the session opens on its actions, typing in the entry
        Keyboard::type(QStringLiteral("Rehearse the rollback"));
        press(Qt::Key_Return);
        QCOMPARE(m_store->actions(m_session).size(), 2);
        QFile file(m_databasePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(16).startsWith("SQLite format 3"));
    }

    void summaryFollowsAnUndo()
    {
        press(Qt::Key_Return); // the session opens on its actions, typing in the entry
        Keyboard::type(QStringLiteral("Rehearse the rollback"));
        press(Qt::Key_Return);
        press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Summary);
        QVERIFY(summaryText().contains(QStringLiteral("Rehearse the rollback")));
        // Ctrl+Z on the summary takes the action back, in the file and on
        // the page at once.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->actions(m_session).size(), 1);
        QTRY_VERIFY(!summaryText().contains(QStringLiteral("Rehearse the rollback")));
        QVERIFY(summaryText().contains(QStringLiteral("Name a rollback captain")));
        // Each refresh replaces the document; the old ones do not pile up.
        auto *page = m_window->findChild<SummaryPage *>();
        QCOMPARE(page->view()
                     ->findChildren<QTextDocument *>(QString(), Qt::FindDirectChildrenOnly)
                     .size(),
                 1);
    }

    void reopenedAtItsSummaryKeepsTheButtons()
    {
        QVERIFY(m_store->setPhase(m_session, Phase::Summary, QDateTime::currentDateTimeUtc()));
        press(Qt::Key_Return);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Summary);
        auto *page = m_window->findChild<SummaryPage *>();
        QVERIFY(page);
        QStringList buttons;
        for (QToolButton *button : page->findChildren<QToolButton *>())
            buttons.append(button->defaultAction() ? button->defaultAction()->text() : QString());
        QVERIFY2(buttons.contains(QStringLiteral("&Print…")), qPrintable(buttons.join(' ')));
        QVERIFY(buttons.contains(QStringLiteral("&PDF…")));
    }

    void printPreviewFromTheList()
    {
        // On the list, the chosen session is the one printed.
        QCOMPARE(m_window->summaryOutput()->sessionId(), m_session);
        m_window->summaryOutput()->printPreviewAction()->trigger();
        QCOMPARE(m_dialogs->previews, 1);
        QVERIFY(pdfText(m_dialogs->printedPdf).contains(QStringLiteral("Atlas launch")));
    }
};

QTEST_MAIN(TestSummaryFlow)
#include "tst_summaryflow.moc"
