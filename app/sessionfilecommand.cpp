#include "sessionfilecommand.h"

#include "commandline.h"
#include "database.h"
#include "instanceguard.h"
#include "sessionfile.h"
#include "sessionimport.h"
#include "store.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace {

void say(FILE *stream, const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

enum ExitCode { Done = 0, Refused = 1, AlreadyOpen = 3 };

} // namespace

int SessionFileCommand::exportSessions(const CommandLine &commandLine)
{
    const QString database = commandLine.shownDatabase();
    // Exporting notes what was shared, which is a write: one writer at a
    // time. (A server database has no file to lock.)
    InstanceGuard guard(commandLine.databasePath);
    switch (commandLine.database.isServer() ? InstanceGuard::Outcome::Acquired : guard.acquire()) {
    case InstanceGuard::Outcome::Acquired:
        break;
    case InstanceGuard::Outcome::HeldByAnother:
        say(stderr, tr("The database “%1” is open in %2: export from its File ▸ Export "
                       "Sessions…, or close it first.")
                        .arg(database, guard.holderDescription()));
        return AlreadyOpen;
    case InstanceGuard::Outcome::LockUnusable:
        say(stderr, guard.problem());
        return Refused;
    case InstanceGuard::Outcome::DatabaseUnusable:
        break; // opening says why
    }
    const Database::OpenResult opened = commandLine.openDatabase();
    if (!opened.ok()) {
        say(stderr, opened.message);
        return Refused;
    }
    int exitCode = Done;
    {
        Store store(Database::defaultConnectionName);
        for (qint64 id : commandLine.exportSessionIds) {
            if (!store.session(id)) {
                say(stderr, tr("There is no session %1 in “%2”; candor --list shows the "
                               "sessions.")
                                .arg(id)
                                .arg(database));
                exitCode = Refused;
            }
        }
        QString error;
        if (exitCode == Done && !SessionFile::write(&store, commandLine.exportSessionIds,
                                                    commandLine.outputPath, &error)) {
            say(stderr, tr("The sessions were not exported: %1").arg(error));
            exitCode = Refused;
        }
        if (exitCode == Done)
            say(stdout, tr("Wrote %n session(s) to “%1”.", nullptr,
                           int(commandLine.exportSessionIds.size()))
                            .arg(QDir::toNativeSeparators(
                                QFileInfo(commandLine.outputPath).absoluteFilePath())));
    }
    Database::close();
    return exitCode;
}

int SessionFileCommand::importFile(const CommandLine &commandLine)
{
    const QString database = commandLine.shownDatabase();
    const QString file = QDir::toNativeSeparators(commandLine.importPath);
    InstanceGuard guard(commandLine.databasePath);
    switch (commandLine.database.isServer() ? InstanceGuard::Outcome::Acquired : guard.acquire()) {
    case InstanceGuard::Outcome::Acquired:
        break;
    case InstanceGuard::Outcome::HeldByAnother:
        // The running Candor imports it, showing first what would change.
        if (guard.askHolderToImport(commandLine.importPath))
            say(stderr, tr("The database “%1” is open in %2; “%3” was handed to it, which "
                           "shows what importing it would do.")
                            .arg(database, guard.holderDescription(), file));
        else
            say(stderr, tr("The database “%1” is open in %2; import “%3” there, or close it "
                           "first.")
                            .arg(database, guard.holderDescription(), file));
        return AlreadyOpen;
    case InstanceGuard::Outcome::LockUnusable:
        say(stderr, guard.problem());
        return Refused;
    case InstanceGuard::Outcome::DatabaseUnusable:
        break;
    }
    // The file first: a file that cannot be imported changes nothing, not
    // even a database that would be created for it.
    SessionFileReader reader;
    QString error;
    if (!reader.open(commandLine.importPath, &error)) {
        say(stderr, error);
        return Refused;
    }
    const Database::OpenResult opened = commandLine.openDatabase();
    if (!opened.ok()) {
        say(stderr, opened.message);
        return Refused;
    }
    int exitCode = Done;
    {
        Store store(Database::defaultConnectionName);
        const SessionImport import(&store, reader);
        const ImportPreview preview = import.preview();
        ImportPlan plan = import.plan();
        if (preview.changesNothing() && preview.conflicts.isEmpty()) {
            say(stdout,
                tr("Nothing to import: “%1” holds nothing this database does not.").arg(file));
        } else if (!store.applyImport(&plan)) {
            say(stderr, tr("“%1” was not imported: %2").arg(file, store.lastError()));
            exitCode = Refused;
        } else {
            for (const ImportPreview::Session &session : preview.sessions) {
                const QString state =
                    session.deletedHere ? tr("deleted here, left alone")
                    : session.isNew     ? tr("added")
                                        : tr("%1 row(s) added, %2 taken from the file, %3 left as "
                                                 "they are here, %4 changed on both sides kept "
                                                 "as here")
                                          .arg(session.added)
                                          .arg(session.updated)
                                          .arg(session.keptHere)
                                          .arg(session.conflicts);
                say(stdout, tr("%1: %2").arg(session.title, state));
            }
            for (const ImportPreview::Conflict &conflict : preview.conflicts)
                say(stdout, tr("Kept as it is here: %1 (here %2; in the file %3)")
                                .arg(conflict.what, conflict.mine.join(QStringLiteral("; ")),
                                     conflict.theirs.join(QStringLiteral("; "))));
        }
    }
    Database::close();
    return exitCode;
}
