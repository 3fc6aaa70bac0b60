#include "appsettings.h"
#include "automaticbackups.h"
#include "backupcommand.h"
#include "commandline.h"
#include "database.h"
#include "dialect.h"
#include "exportcommand.h"
#include "instanceguard.h"
#include "integritycheck.h"
#include "mainwindow.h"
#include "serverlogin.h"
#include "sessionfilecommand.h"
#include "sessiontable.h"
#include "sessiontransfer.h"
#include "startupprobe.h"
#include "store.h"
#include "theme.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

enum ExitCode { Success = 0, DatabaseProblem = 1, UsageProblem = 2, AlreadyRunning = 3 };

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

void loadTranslations(QCoreApplication &app)
{
    // The language chosen in the settings, else the system's; dates and
    // numbers follow it too.
    const QString chosen = AppSettings::value(AppSettings::Key::Language).toString();
    // The language changes, the country stays: English chosen in Germany
    // keeps day-month dates and A4 paper.
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(QLocale(chosen).language(), QLocale::system().territory()));
    const QLocale locale;
    // English plural forms ("1 concern", "2 concerns") underlie every
    // language, so nothing ever reads "concern(s)".
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/candor_en")))
        app.installTranslator(english);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("candor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    // Qt's own strings: the buttons of standard dialogs.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

// A database file chosen in the settings that cannot be used would stop
// every start; say how to get past it.
QString settingsHint(const CommandLine &commandLine)
{
    if (!commandLine.databaseFromSettings)
        return {};
    return QLatin1Char('\n') + QCoreApplication::translate(
                                   "main", "This file was chosen in Edit ▸ Settings. Start Candor "
                                           "with --database PATH to use another one, then change "
                                           "the setting.");
}

// Problems are always printed; a dialog is shown too when someone can see it.
void reportProblem(const QString &title, const QString &text)
{
    printTo(stderr, text);
    const QString platform = QGuiApplication::platformName();
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) &&
        platform != QLatin1String("offscreen") && platform != QLatin1String("minimal"))
        QMessageBox::critical(nullptr, title, text);
}

int listSessions(const CommandLine &commandLine)
{
    const Database::OpenResult opened = commandLine.openDatabase(Database::Access::ReadOnly);
    if (!opened.ok()) {
        printTo(stderr, opened.message);
        return DatabaseProblem;
    }
    {
        const Store store(Database::defaultConnectionName);
        printTo(stdout, SessionTable::format(store.sessions()));
    }
    Database::close();
    return Success;
}

int showWindow(QApplication &app, const CommandLine &commandLine, InstanceGuard *guard,
               AutomaticBackups *backups, const std::optional<Backups::RestoreResult> &restored,
               QString *restoreFrom);

int runWindow(QApplication &app, const CommandLine &commandLine)
{
    // A server database has no file to lock nor to back up: one person at
    // a time edits it, and its server keeps its backups.
    if (commandLine.database.isServer()) {
        QString restoreFrom;
        return showWindow(app, commandLine, nullptr, nullptr, std::nullopt, &restoreFrom);
    }
    InstanceGuard guard(commandLine.databasePath);
    switch (guard.acquire()) {
    case InstanceGuard::Outcome::Acquired:
        break;
    case InstanceGuard::Outcome::HeldByAnother: {
        // A file opened from the file manager goes to the Candor that runs.
        const bool shown = commandLine.importPath.isEmpty()
                               ? guard.askHolderToShow()
                               : guard.askHolderToImport(commandLine.importPath);
        QString text =
            QCoreApplication::translate("main", "The database “%1” is already open in %2.")
                .arg(commandLine.databasePath, guard.holderDescription());
        if (shown) {
            printTo(stderr, text + QLatin1Char(' ') +
                                QCoreApplication::translate(
                                    "main", "Its window was brought to the front."));
        } else {
            reportProblem(QCoreApplication::translate("main", "Candor Is Already Open"),
                          text + QLatin1Char(' ') +
                              QCoreApplication::translate(
                                  "main", "Only one Candor may write to a database at a time; "
                                          "close the other one first."));
        }
        return AlreadyRunning;
    }
    case InstanceGuard::Outcome::LockUnusable:
        reportProblem(QCoreApplication::translate("main", "Cannot Open Database"),
                      guard.problem() + settingsHint(commandLine));
        return DatabaseProblem;
    case InstanceGuard::Outcome::DatabaseUnusable: {
        // Opening explains unusable paths best.
        const Database::OpenResult opened = Database::open(commandLine.databasePath);
        const QString text =
            opened.ok() ? QCoreApplication::translate("main", "Cannot create the lock file “%1”.")
                              .arg(guard.lockPath())
                        : opened.message;
        Database::close();
        reportProblem(QCoreApplication::translate("main", "Cannot Open Database"),
                      text + settingsHint(commandLine));
        return DatabaseProblem;
    }
    }

    // One run backs up on its own schedule whichever window is open.
    AutomaticBackups backups(commandLine.databasePath);
    std::optional<Backups::RestoreResult> restored;
    for (;;) {
        QString restoreFrom;
        const int exitCode = showWindow(app, commandLine, &guard, &backups, restored, &restoreFrom);
        if (restoreFrom.isEmpty())
            return exitCode;
        // The window and the store are gone and the database is closed;
        // the instance lock, still held, keeps every other Candor out.
        restored = backups.backups().restore(restoreFrom, QDateTime::currentDateTimeUtc());
        if (restored->ok())
            guard.followReplacedDatabase();
    }
}

// The window on the database until it is closed, or until the person asks
// for a backup to be restored (*restoreFrom is then set). restored: what
// the restore before this window did.
int showWindow(QApplication &app, const CommandLine &commandLine, InstanceGuard *guard,
               AutomaticBackups *backups, const std::optional<Backups::RestoreResult> &restored,
               QString *restoreFrom)
{
    // A large file is checked for damage while the window comes up; a
    // server that refuses the login is asked again with a password typed
    // for this run.
    Database::OpenResult opened =
        commandLine.database.isServer()
            ? ServerLogin::open(nullptr, commandLine.database, Database::Verification::InBackground)
            : commandLine.openDatabase(Database::Access::ReadWrite,
                                       Database::Verification::InBackground);
    if (!opened.ok()) {
        reportProblem(QCoreApplication::translate("main", "Cannot Open Database"),
                      opened.message + settingsHint(commandLine));
        return DatabaseProblem;
    }
    int exitCode = Success;
    {
        const std::shared_ptr<IntegrityCheck> check = std::move(opened.pendingCheck);
        Store store(Database::defaultConnectionName);
        store.setPendingIntegrityCheck(check);
        MainWindow window(&store,
                          commandLine.database.isServer() ? QString() : commandLine.databasePath);
        if (commandLine.database.isServer())
            window.showServerDatabase(commandLine.shownDatabase());
        if (guard)
            QObject::connect(guard, &InstanceGuard::showRequested, &window,
                             &MainWindow::bringToFront);
        if (backups) {
            backups->watch(Database::defaultConnectionName);
            window.setAutomaticBackups(backups);
        }
        if (restored)
            window.reportRestore(*restored);
        // Queued: the request comes from inside the window's own dialog.
        QObject::connect(
            &window, &MainWindow::restoreRequested, &app,
            [&window, restoreFrom](const QString &path) {
                *restoreFrom = path;
                window.close();
                QCoreApplication::exit(Success);
            },
            Qt::QueuedConnection);
        // Shown once the socket that brought it is done with.
        if (guard)
            QObject::connect(guard, &InstanceGuard::importRequested, &window,
                             [&window](const QString &path) {
                                 QTimer::singleShot(0, &window, [&window, path] {
                                     window.sessionTransfer()->importFile(path);
                                 });
                             });
        // A file named on the command line, once: not again after a restore.
        if (!commandLine.importPath.isEmpty() && !restored) {
            QTimer::singleShot(0, &window, [&window, path = commandLine.importPath] {
                window.sessionTransfer()->importFile(path);
            });
        }

        // Deletions from an earlier run can no longer be undone; they are
        // cleared once the window is up and the file is known to be sound.
        // Today's backup waits for that too: a damaged file is not backed up.
        const auto purge = [&store, backups] {
            store.purgeDeletedSessions();
            if (backups)
                backups->startDailyBackupIfDue();
        };
        if (check) {
            QObject::connect(check.get(), &IntegrityCheck::finished, &app,
                             [&app, &window, check, purge](bool sound) {
                                 if (sound) {
                                     purge();
                                     return;
                                 }
                                 window.hide();
                                 reportProblem(
                                     QCoreApplication::translate("main", "Cannot Open Database"),
                                     check->problem());
                                 app.exit(DatabaseProblem);
                             });
        } else {
            QTimer::singleShot(0, &store, purge);
        }
        if (commandLine.startupProbe) {
            installStartupProbe(&window, [check] {
                // Quit once the check is done too, so the exit code tells.
                if (!check || check->isFinished())
                    QCoreApplication::quit();
                else
                    QObject::connect(check.get(), &IntegrityCheck::finished, qApp, [](bool sound) {
                        if (sound)
                            QCoreApplication::quit();
                    });
            });
        }
        window.show();
        exitCode = app.exec();
        // Before the purge: a session deleted in this run is still in the
        // last backup, for as long as the rotation keeps it.
        if (backups && restoreFrom->isEmpty())
            backups->finishBeforeQuit();
        else if (backups)
            backups->waitUntilIdle();
        if (!check || check->waitForVerdict())
            store.purgeDeletedSessions();
    }
    Database::close();
    // A quit posted as the old window closed must not end the next one.
    QCoreApplication::removePostedEvents(&app, QEvent::Quit);
    if (backups && restoreFrom->isEmpty() && !backups->lastError().isEmpty())
        printTo(stderr, backups->lastError());
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsWindow(argc, argv)) {
        app = std::make_unique<QApplication>(argc, argv);
        // The desktop file names the window's icon and groups its windows.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.candor.Candor"));
        QGuiApplication::setWindowIcon(
            QIcon(QStringLiteral(":/icons/io.github.candor.Candor.png")));
        Theme::installFocusRing(static_cast<QApplication *>(app.get()));
        Theme::apply(static_cast<QApplication *>(app.get()), AppSettings::theme(),
                     AppSettings::value(AppSettings::Key::LargeType).toBool());
    } else if (CommandLine::needsFonts(argc, argv)) {
        // Laying out a summary needs fonts, not a screen: it works on a
        // machine without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    loadTranslations(*app);

    const CommandLine commandLine = CommandLine::parse(QCoreApplication::arguments());
    // A database on a server is backed up by its server, and guarded by
    // none of the local file's locks.
    if (!Dialect::of(commandLine.database).keepsOwnBackups() &&
        (commandLine.mode == CommandLine::Mode::Backup ||
         commandLine.mode == CommandLine::Mode::ListBackups)) {
        printTo(stderr, QCoreApplication::translate(
                            "main", "“%1” is a PostgreSQL database: its server keeps its backups "
                                    "(pg_dump, or the server's own). Candor's backups are of "
                                    "database files.\n")
                            .arg(commandLine.shownDatabase()));
        return DatabaseProblem;
    }
    switch (commandLine.mode) {
    case CommandLine::Mode::Error:
        printTo(stderr, commandLine.errorText + QLatin1Char('\n') + commandLine.helpText);
        return UsageProblem;
    case CommandLine::Mode::Help:
        printTo(stdout, commandLine.helpText);
        return Success;
    case CommandLine::Mode::Version:
        printTo(stdout, QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(),
                                                    QCoreApplication::applicationVersion()));
        return Success;
    case CommandLine::Mode::List:
        return listSessions(commandLine);
    case CommandLine::Mode::Export:
        return ExportCommand::run(commandLine);
    case CommandLine::Mode::ExportSessions:
        return SessionFileCommand::exportSessions(commandLine);
    case CommandLine::Mode::Import:
        return SessionFileCommand::importFile(commandLine);
    case CommandLine::Mode::Backup:
        return BackupCommand::write(commandLine);
    case CommandLine::Mode::ListBackups:
        return BackupCommand::list(commandLine);
    case CommandLine::Mode::Window:
        break;
    }
    return runWindow(static_cast<QApplication &>(*app), commandLine);
}
