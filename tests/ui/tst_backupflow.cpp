// Backups as the facilitator meets them in the window: File ▸ Restore from
// Backup… lists them and asks before anything is replaced, a backup that
// fails is said once in the bar without a dialog, and the window keeps
// taking keys while a backup is written.

#include "automaticbackups.h"
#include "backups.h"
#include "database.h"
#include "dialogs.h"
#include "importdialog.h"
#include "mainwindow.h"

#include "restoredialog.h"
#include "sqlitebackup.h"
#include "store.h"
#include <QPushButton>
#include <QTableWidget>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "keyboard.h"

namespace {

// Answers the window's questions as the test says and remembers what the
// restore dialog showed.
class ScriptedDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        questions.append(text);
        return confirmAnswer;
    }
    int show(QDialog *dialog) override
    {
        // The import's preview, reached from the backup list: what it
        // lists, then Import.
        if (auto *import = qobject_cast<ImportDialog *>(dialog)) {
            importListed.clear();
            for (int row = 0; row < import->sessionList()->rowCount(); ++row)
                importListed.append(import->sessionList()->item(row, 0)->text());
            return import->importButton()->isEnabled() ? QDialog::Accepted : QDialog::Rejected;
        }
        auto *restore = qobject_cast<RestoreDialog *>(dialog);
        if (!restore)
            return QDialog::Rejected;
        // Shown as a person would see it, over the window.
        restore->show();
        if (!QTest::qWaitForWindowExposed(restore))
            return QDialog::Rejected;
        shown.clear();
        QTreeWidget *list = restore->list();
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < list->columnCount(); ++column)
                cells.append(list->topLevelItem(row)->text(column));
            shown.append(cells);
        }
        importEnabled = restore->importButton()->isEnabled();
        importToolTip = restore->importButton()->toolTip();
        Keyboard::saveScreenshot(restore, QStringLiteral("restore-") +
                                              QLatin1String(QTest::currentTestFunction()));
        if (pickRow >= 0)
            list->setCurrentItem(list->topLevelItem(pickRow));
        restoreEnabled = restore->restoreButton()->isEnabled();
        importEnabled = restore->importButton()->isEnabled();
        restore->hide();
        if (pressImport)
            return importEnabled ? RestoreDialog::ImportChosen : QDialog::Rejected;
        return pickRow >= 0 && restoreEnabled ? QDialog::Accepted : QDialog::Rejected;
    }

    int pickRow = 0;
    bool confirmAnswer = true;
    QVector<QStringList> shown;
    QStringList questions;
    bool restoreEnabled = false;
    bool importEnabled = true;
    QString importToolTip;
    bool pressImport = false;
    QStringList importListed;
};

} // namespace

class TestBackupFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;

    QString backupsFolder() const { return Backups(m_path).folder(); }

    // A backup of the database as it is now, taken at utc.
    QString backUp(const QDateTime &utc)
    {
        const QString reader = QStringLiteral("reader");
        QString error;
        Backups::WriteResult result;
        if (SqliteBackup::openReader(reader, m_path, &error))
            result = Backups(m_path).write(reader, Backups::Kind::Automatic, utc);
        SqliteBackup::close(reader);
        return result.path;
    }

    void chooseRestoreFromFileMenu()
    {
        QMenu *file = m_window->menuBar()->actions().constFirst()->menu();
        QVERIFY(file);
        for (QAction *action : file->actions()) {
            if (action->text() == QStringLiteral("&Restore from Backup…")) {
                QVERIFY(action->isEnabled());
                action->trigger();
                return;
            }
        }
        QFAIL("File ▸ Restore from Backup… is missing");
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        m_path = m_dir.filePath(QStringLiteral("flow-%1/candor.sqlite").arg(++fileNumber));
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QVERIFY(Database::open(m_path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_window = std::make_unique<MainWindow>(m_store.get(), m_path);
        auto dialogs = std::make_unique<ScriptedDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogs(std::move(dialogs));
        // A meeting-room laptop's screen.
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1366, 768)));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void restoreListsBackupsAndAsksFirst()
    {
        QVERIFY(m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch review")));
        const QString older = backUp(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        QVERIFY(m_store->createSession(SessionKind::PostMortem, QStringLiteral("Outage")));
        const QString newer = backUp(QDateTime(QDate(2026, 3, 3), QTime(8, 0), Qt::UTC));
        QVERIFY(!older.isEmpty() && !newer.isEmpty());
        QSignalSpy requested(m_window.get(), &MainWindow::restoreRequested);

        // The older one, chosen in the list, then confirmed.
        m_dialogs->pickRow = 1;
        chooseRestoreFromFileMenu();
        QCOMPARE(m_dialogs->shown.size(), 2);
        const QLocale locale;
        QCOMPARE(m_dialogs->shown.at(0).at(1), QStringLiteral("2"));
        QCOMPARE(m_dialogs->shown.at(1).at(1), QStringLiteral("1"));
        QCOMPARE(m_dialogs->shown.at(1).at(2), locale.formattedDataSize(QFileInfo(older).size()));
        const QDateTime olderLocal =
            QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).toLocalTime();
        QVERIFY2(m_dialogs->shown.at(1).at(0).contains(
                     locale.toString(olderLocal.date(), QLocale::LongFormat)),
                 qPrintable(m_dialogs->shown.at(1).at(0)));
        QCOMPARE(m_dialogs->questions.size(), 1);
        const QString question = m_dialogs->questions.constFirst();
        QVERIFY2(question.contains(QLatin1String("backed up first")), qPrintable(question));
        QVERIFY2(question.contains(QLatin1String("Undo")), qPrintable(question));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(), older);

        // Backing out of the question replaces nothing.
        m_dialogs->confirmAnswer = false;
        chooseRestoreFromFileMenu();
        QCOMPARE(m_dialogs->questions.size(), 2);
        QCOMPARE(requested.count(), 1);
        // Closing the list asks nothing.
        m_dialogs->pickRow = -1;
        chooseRestoreFromFileMenu();
        QCOMPARE(m_dialogs->questions.size(), 2);
        QCOMPARE(requested.count(), 1);
    }

    // A session deleted by mistake comes back from a backup on its own:
    // the other sessions stay as they are now, and one undo takes it back.
    void importBringsBackChosenSessions()
    {
        const qint64 lost =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch review"));
        QVERIFY(!backUp(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)).isEmpty());
        QVERIFY(m_store->createSession(SessionKind::PostMortem, QStringLiteral("Outage")));
        QVERIFY(m_store->setSessionDeleted(lost, true));
        QCOMPARE(m_store->purgeDeletedSessions(), 1);

        m_dialogs->pickRow = 0;
        m_dialogs->pressImport = true;
        chooseRestoreFromFileMenu();
        QCOMPARE(m_dialogs->importListed.size(), 1);
        QVERIFY2(m_dialogs->importListed.constFirst().contains(QLatin1String("Launch review")),
                 qPrintable(m_dialogs->importListed.constFirst()));
        QStringList titles;
        for (const SessionSummary &session : m_store->sessions())
            titles << session.title;
        QCOMPARE(titles, QStringList({"Outage", "Launch review"}));
        // No restore was asked about or requested.
        QVERIFY(m_dialogs->questions.isEmpty());
        // Edit ▸ Undo names it, and takes all of it back.
        QAction *undo = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text().startsWith(QLatin1String("&Undo")))
                undo = action;
        }
        QVERIFY(undo);
        QVERIFY2(undo->text().contains(QLatin1String("Import")), qPrintable(undo->text()));
        // From the keyboard, wherever the list page has the focus.
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        if (!QApplication::focusWidget())
            m_window->findChild<QTreeView *>()->setFocus();
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_store->sessions().size(), 1);
    }

    void unreadableBackupCannotBeRestored()
    {
        QVERIFY(QDir().mkpath(backupsFolder()));
        QFile damaged(
            QDir(backupsFolder()).filePath(QStringLiteral("candor-2026-03-02T080000Z.sqlite")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(4096, 'x'));
        damaged.close();
        QSignalSpy requested(m_window.get(), &MainWindow::restoreRequested);
        chooseRestoreFromFileMenu();
        QCOMPARE(m_dialogs->shown.size(), 1);
        QVERIFY2(m_dialogs->shown.at(0).at(3).startsWith(QLatin1String("Cannot be read")),
                 qPrintable(m_dialogs->shown.at(0).join(QLatin1Char('|'))));
        QVERIFY(!m_dialogs->restoreEnabled);
        QCOMPARE(requested.count(), 0);
    }

    void failedBackupIsSaidOnceInTheBar()
    {
        // A file where the backups folder goes.
        QFile blocker(backupsFolder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AutomaticBackups backups(m_path);
        m_window->setAutomaticBackups(&backups);
        QSignalSpy finished(&backups, &AutomaticBackups::finished);

        QVERIFY(backups.start());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(m_window->problemText().contains(QDir::toNativeSeparators(backupsFolder())),
                 qPrintable(m_window->problemText()));
        QVERIFY2(m_window->problemText().contains(QLatin1String("older backups were kept")),
                 qPrintable(m_window->problemText()));
        QVERIFY(!QApplication::activeModalWidget());

        // Dismissed, it stays away: the next failure of this run is not said again.
        QPushButton *dismiss = nullptr;
        for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("Dismiss"))
                dismiss = button;
        }
        QVERIFY(dismiss);
        dismiss->click();
        QVERIFY(m_window->problemText().isEmpty());
        QVERIFY(backups.start());
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(m_window->problemText().isEmpty());
    }

    void windowTakesKeysWhileABackupIsWritten()
    {
        for (const QString &title :
             {QStringLiteral("Billing launch"), QStringLiteral("Checkout outage")})
            QVERIFY(m_store->createSession(SessionKind::PreMortem, title));
        AutomaticBackups backups(m_path);
        QSemaphore held;
        // The writer waits here until the test lets it go.
        connect(
            &backups, &AutomaticBackups::started, this, [&] { held.acquire(); },
            Qt::DirectConnection);
        QSignalSpy finished(&backups, &AutomaticBackups::finished);
        QVERIFY(backups.start());

        // Searching works as usual while it is being written.
        Keyboard::press(Qt::Key_F, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("checkout"));
        auto *list = m_window->findChild<QTreeView *>();
        QVERIFY(list);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(backups.isRunning());
        QCOMPARE(finished.count(), 0);
        held.release();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(QFileInfo::exists(finished.at(0).at(0).toString()));
    }
};

QTEST_MAIN(TestBackupFlow)
#include "tst_backupflow.moc"
