#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "store.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

namespace {

// The questions the windows ask, answered as the test says.
class TripDialogs : public Dialogs
{
public:
    QString saveAs;
    QString openPath;
    int exportChoice = 0;
    QStringList listed;    // the sessions the import dialog listed
    QStringList conflicts; // the rows it asked about
    QString summary;       // what it said it would do
    QStringList warnings;
    int shown = 0;

    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAs;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openPath;
    }
    int choose(QWidget *, const QString &, const QString &, const QStringList &, int) override
    {
        return exportChoice;
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
    int show(QDialog *dialog) override
    {
        auto *import = qobject_cast<ImportDialog *>(dialog);
        if (!import)
            return QDialog::Rejected;
        listed.clear();
        conflicts.clear();
        for (int row = 0; row < import->sessionList()->rowCount(); ++row)
            listed << import->sessionList()->item(row, 0)->text() + QStringLiteral(" — ") +
                          import->sessionList()->item(row, 2)->text();
        for (int row = 0; row < import->conflictList()->rowCount(); ++row)
            conflicts << import->conflictList()->item(row, 1)->text();
        summary = import->summaryText();
        if (qEnvironmentVariableIsSet("CANDOR_SCREENSHOTS")) {
            import->show();
            if (QTest::qWaitForWindowExposed(import))
                Keyboard::saveScreenshot(import, QStringLiteral("import-%1").arg(++shown));
            import->hide();
            // The keyboard goes back to the window, as when the dialog closes.
            QWidget *window = import->parentWidget()->window();
            QApplication::setActiveWindow(window);
            QTest::qWaitForWindowActive(window);
        }
        return import->importButton()->isEnabled() ? QDialog::Accepted : QDialog::Rejected;
    }
};

} // namespace

// The trip a session makes in the window: the facilitator exports it from
// the File menu, the product manager imports it (Ctrl+I) on another laptop,
// reorders and assigns its actions by keyboard and exports it, and the
// facilitator imports that: the manager's changes are there and nothing
// else moved; one Ctrl+Z takes the import back.
class TestSessionTrip : public QObject
{
    Q_OBJECT

private:
    struct Laptop
    {
        QString connection;
        std::unique_ptr<Store> store;
        std::unique_ptr<MainWindow> window;
        TripDialogs *dialogs = nullptr;
    };

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    Laptop m_facilitator;
    Laptop m_manager;

    void open(Laptop *laptop, const QString &name)
    {
        static int serial = 0;
        laptop->connection = name;
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++serial));
        QVERIFY(Database::open(path, Database::Access::ReadWrite, name).ok());
        laptop->store = std::make_unique<Store>(name);
        laptop->store->setClock(&m_clock);
        laptop->window = std::make_unique<MainWindow>(laptop->store.get(), path);
        auto dialogs = std::make_unique<TripDialogs>();
        laptop->dialogs = dialogs.get();
        laptop->window->setDialogs(std::move(dialogs));
        laptop->window->setClock(&m_clock);
    }

    static void use(Laptop &laptop)
    {
        QVERIFY(Keyboard::showActive(laptop.window.get(), QSize(1366, 768)));
    }

    static QString scalar(const Laptop &laptop, const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(laptop.connection));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    static QString actionsInOrder(const Laptop &laptop)
    {
        return scalar(laptop, QStringLiteral("SELECT group_concat(text || ':' || owner, ' | ')"
                                             " FROM (SELECT * FROM actions ORDER BY rank)"));
    }

    // File ▸ Export Sessions…, by its menu mnemonic.
    static void exportFromTheFileMenu(Laptop &laptop)
    {
        Keyboard::press(Qt::Key_F, Qt::AltModifier);
        QMenu *file = laptop.window->menuBar()->actions().constFirst()->menu();
        QVERIFY(QTest::qWaitFor([file] { return file->isVisible(); }));
        QTest::keyClick(file, Qt::Key_X);
        QCoreApplication::processEvents();
    }

private slots:
    void init()
    {
        open(&m_facilitator, QStringLiteral("facilitator"));
        open(&m_manager, QStringLiteral("manager"));
        const qint64 id = m_facilitator.store->createSession(SessionKind::PreMortem,
                                                             QStringLiteral("Mobile launch"));
        for (const char *text : {"Submit early", "Own push", "Test refunds"}) {
            ActionItem action;
            action.sessionId = id;
            action.text = QString::fromLatin1(text);
            m_facilitator.store->addAction(action);
        }
    }

    void cleanup()
    {
        for (Laptop *laptop : {&m_facilitator, &m_manager}) {
            laptop->window.reset();
            laptop->store.reset();
            Database::close(laptop->connection);
        }
    }

    void thereAndBack()
    {
        const QString there = m_dir.filePath(QStringLiteral("there.candor"));
        const QString back = m_dir.filePath(QStringLiteral("back.candor"));

        // The facilitator, on the list with the session chosen.
        use(m_facilitator);
        Keyboard::press(Qt::Key_Down);
        m_facilitator.dialogs->saveAs = there;
        exportFromTheFileMenu(m_facilitator);
        QVERIFY2(QFileInfo::exists(there), qPrintable(m_facilitator.window->problemText()));
        QVERIFY2(m_facilitator.window->problemText().contains(QLatin1String("there.candor")),
                 qPrintable(m_facilitator.window->problemText()));

        // The product manager imports it.
        use(m_manager);
        m_manager.dialogs->openPath = there;
        Keyboard::press(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(m_manager.dialogs->listed.size(), 1);
        QVERIFY2(m_manager.dialogs->listed.constFirst().contains(QLatin1String("New here")),
                 qPrintable(m_manager.dialogs->listed.constFirst()));
        QCOMPARE(actionsInOrder(m_manager),
                 QStringLiteral("Submit early: | Own push: | Test refunds:"));

        // Opens it, and on the Actions page moves the last action first.
        Keyboard::press(Qt::Key_F, Qt::ControlModifier);
        Keyboard::press(Qt::Key_Down);
        Keyboard::press(Qt::Key_Return);
        SessionPage *page = m_manager.window->sessionPage();
        QVERIFY(page);
        page->showPhase(Phase::Actions);
        auto *view = page->pageFor(Phase::Actions)->findChild<QTableView *>();
        QVERIFY(view);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, 0));
        m_clock.advance(60 * 60 * 1000);
        Keyboard::press(Qt::Key_Up, Qt::AltModifier);
        Keyboard::press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(actionsInOrder(m_manager),
                 QStringLiteral("Test refunds: | Submit early: | Own push:"));
        m_manager.dialogs->saveAs = back;
        exportFromTheFileMenu(m_manager);
        QVERIFY(QFileInfo::exists(back));

        // The facilitator takes it back.
        use(m_facilitator);
        m_facilitator.dialogs->openPath = back;
        Keyboard::press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY(m_facilitator.dialogs->conflicts.isEmpty());
        // Three actions, and the session's clock, which started when the
        // manager stepped into it.
        QVERIFY2(m_facilitator.dialogs->summary.contains(QLatin1String("takes 4 change")),
                 qPrintable(m_facilitator.dialogs->summary));
        QCOMPARE(actionsInOrder(m_facilitator),
                 QStringLiteral("Test refunds: | Submit early: | Own push:"));
        QCOMPARE(scalar(m_facilitator, QStringLiteral("SELECT count(*) FROM sessions")),
                 QStringLiteral("1"));

        // The same file again has nothing to import.
        Keyboard::press(Qt::Key_I, Qt::ControlModifier);
        QVERIFY2(m_facilitator.dialogs->summary.contains(QLatin1String("Nothing to import")),
                 qPrintable(m_facilitator.dialogs->summary));

        // One undo takes the import back.
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(actionsInOrder(m_facilitator),
                 QStringLiteral("Submit early: | Own push: | Test refunds:"));
    }

    void aFileThatIsNotOneIsRefusedWithItsName()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.candor"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes");
        file.close();
        use(m_facilitator);
        m_facilitator.dialogs->openPath = path;
        Keyboard::press(Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(m_facilitator.dialogs->warnings.size(), 1);
        QVERIFY2(
            m_facilitator.dialogs->warnings.constFirst().contains(QLatin1String("notes.candor")),
            qPrintable(m_facilitator.dialogs->warnings.constFirst()));
        QCOMPARE(scalar(m_facilitator, QStringLiteral("SELECT count(*) FROM sessions")),
                 QStringLiteral("1"));
    }
};

QTEST_MAIN(TestSessionTrip)
#include "tst_sessiontrip.moc"
