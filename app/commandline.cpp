#include "commandline.h"

#include "appsettings.h"
#include "database.h"
#include "databaselocation.h"
#include "summaryexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

bool CommandLine::needsWindow(int argc, char **argv)
{
    // Parsed once before any application object exists, to choose between a
    // windowed and a console application; usage errors need no window either.
    return parse(argumentsOf(argc, argv)).mode == Mode::Window;
}

bool CommandLine::needsFonts(int argc, char **argv)
{
    return parse(argumentsOf(argc, argv)).mode == Mode::Export;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Guides a facilitator through pre-mortem and post-mortem sessions."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QCoreApplication::translate("CommandLine",
                                    "Use the database file <path> instead of the default %1.")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        QCoreApplication::translate("CommandLine", "path"));
    const QCommandLineOption listOption(
        QStringLiteral("list"),
        QCoreApplication::translate("CommandLine",
                                    "Print the stored sessions as a table and exit."));
    const QCommandLineOption exportOption(
        QStringLiteral("export"),
        QCoreApplication::translate("CommandLine",
                                    "Write the summary of session <id> (see --list) and exit."),
        QCoreApplication::translate("CommandLine", "id"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine",
                                    "Format of --export: pdf, md, html, odt or csv (the actions)."),
        QCoreApplication::translate("CommandLine", "format"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"),
        QCoreApplication::translate("CommandLine", "File --export writes; replaced only when "
                                                   "the whole summary was written."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption pageSizeOption(
        QStringLiteral("page-size"),
        QCoreApplication::translate("CommandLine", "Paper of a PDF --export: a4 or letter "
                                                   "(default: the one your locale uses)."),
        QCoreApplication::translate("CommandLine", "size"));
    const QCommandLineOption exportSessionsOption(
        QStringLiteral("export-session"),
        QCoreApplication::translate("CommandLine",
                                    "Write sessions <id>[,<id>…] (see --list) and their team to "
                                    "the session file --output, which another Candor can "
                                    "import, and exit."),
        QCoreApplication::translate("CommandLine", "ids"));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QCoreApplication::translate(
            "CommandLine", "Import the sessions of <file> (a session file, a backup or a Candor "
                           "database) and exit. Rows changed here and in the file since they "
                           "last matched are kept as they are here, and listed."),
        QCoreApplication::translate("CommandLine", "file"));
    parser.addOption(exportSessionsOption);
    parser.addOption(importOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("CommandLine",
                                    "A session file to import in the window (as a file manager "
                                    "opens one)."),
        QStringLiteral("[file]"));
    const QCommandLineOption backupOption(
        QStringLiteral("backup"),
        QCoreApplication::translate("CommandLine",
                                    "Write a backup of the database now, print its path and exit. "
                                    "Works while Candor has the database open."));
    const QCommandLineOption listBackupsOption(
        QStringLiteral("list-backups"),
        QCoreApplication::translate("CommandLine", "Print the backups of the database as a table "
                                                   "and exit."));
    parser.addOption(backupOption);
    parser.addOption(listBackupsOption);
    parser.addOption(exportOption);
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(pageSizeOption);
    // Used by the benchmark to time the way to the first painted window.
    QCommandLineOption probeOption(QStringLiteral("startup-probe"));
    probeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(databaseOption);
    parser.addOption(listOption);
    parser.addOption(probeOption);

    CommandLine result;
    result.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        result.mode = Mode::Error;
        result.errorText = parser.errorText();
        return result;
    }
    if (parser.positionalArguments().size() > 1) {
        result.mode = Mode::Error;
        result.errorText = QCoreApplication::translate("CommandLine", "Unexpected argument “%1”.")
                               .arg(parser.positionalArguments().at(1));
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        result.importPath = QDir::current().absoluteFilePath(parser.positionalArguments().first());
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))
        result.mode = Mode::Help;
    else if (parser.isSet(versionOption))
        result.mode = Mode::Version;
    else if (parser.isSet(listOption))
        result.mode = Mode::List;
    else if (parser.isSet(listBackupsOption))
        result.mode = Mode::ListBackups;
    else if (parser.isSet(backupOption))
        result.mode = Mode::Backup;
    else if (parser.isSet(importOption)) {
        result.mode = Mode::Import;
        result.importPath = QDir::current().absoluteFilePath(parser.value(importOption));
    } else if (parser.isSet(exportSessionsOption)) {
        result.mode = Mode::ExportSessions;
        result.outputPath = parser.value(outputOption);
        const QStringList ids = parser.value(exportSessionsOption).split(QLatin1Char(','));
        for (const QString &text : ids) {
            bool ok = false;
            const qint64 id = text.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                result.errorText = QCoreApplication::translate(
                                       "CommandLine", "--export-session needs session ids, as "
                                                      "--list shows them; “%1” is not one.")
                                       .arg(text);
                break;
            }
            result.exportSessionIds.append(id);
        }
        if (result.errorText.isEmpty() && result.outputPath.isEmpty())
            result.errorText = QCoreApplication::translate(
                "CommandLine", "--export-session needs --output FILE to write to.");
        if (!result.errorText.isEmpty())
            result.mode = Mode::Error;
    } else if (parser.isSet(exportOption)) {
        result.mode = Mode::Export;
        bool ok = false;
        result.exportSessionId = parser.value(exportOption).toLongLong(&ok);
        result.exportFormat = parser.value(formatOption).trimmed().toLower();
        result.outputPath = parser.value(outputOption);
        result.pageSize = parser.value(pageSizeOption).trimmed().toLower();
        QStringList formats;
        for (SummaryExport::Format format : SummaryExport::formats())
            formats.append(SummaryExport::key(format));
        const QStringList pageSizes{QStringLiteral("a4"), QStringLiteral("letter")};
        if (!ok || result.exportSessionId <= 0)
            result.errorText = QCoreApplication::translate(
                                   "CommandLine", "--export needs a session id, as --list shows "
                                                  "it; “%1” is not one.")
                                   .arg(parser.value(exportOption));
        else if (!parser.isSet(formatOption) || !formats.contains(result.exportFormat))
            result.errorText =
                QCoreApplication::translate("CommandLine",
                                            "--format must be one of %1; “%2” is not.")
                    .arg(formats.join(QLatin1String(", ")), parser.value(formatOption));
        else if (parser.isSet(pageSizeOption) && !pageSizes.contains(result.pageSize))
            result.errorText =
                QCoreApplication::translate("CommandLine", "--page-size must be a4 or letter; "
                                                           "“%1” is not.")
                    .arg(parser.value(pageSizeOption));
        else if (result.outputPath.isEmpty())
            result.errorText = QCoreApplication::translate(
                "CommandLine", "--export needs --output FILE to write to.");
        if (!result.errorText.isEmpty())
            result.mode = Mode::Error;
    }
    // A file named alone is for the window to import.
    if (!parser.positionalArguments().isEmpty() && result.mode != Mode::Window &&
        result.mode != Mode::Error && result.mode != Mode::Help && result.mode != Mode::Version) {
        result.mode = Mode::Error;
        result.errorText = QCoreApplication::translate("CommandLine", "Unexpected argument “%1”.")
                               .arg(parser.positionalArguments().constFirst());
    }
    result.startupProbe = parser.isSet(probeOption);
    // --database, else the file chosen in the settings, else the standard one.
    const QString chosen = parser.isSet(databaseOption)
                               ? QString()
                               : AppSettings::value(AppSettings::Key::DatabasePath).toString();
    result.databaseFromSettings = !parser.isSet(databaseOption) && !chosen.isEmpty();
    result.databasePath =
        parser.isSet(databaseOption)
            ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(databaseOption)))
        : chosen.isEmpty() ? Database::defaultPath()
                           : chosen;
    // A PostgreSQL URI or service is a server, never a file of that name.
    DatabaseLocation location;
    QString locationError;
    const QString given = parser.isSet(databaseOption) ? parser.value(databaseOption) : chosen;
    if (!DatabaseLocation::parse(given, &location, &locationError)) {
        result.mode = Mode::Error;
        result.errorText = locationError;
    } else {
        result.database =
            location.isServer() ? location : DatabaseLocation::file(result.databasePath);
    }
    return result;
}

Database::OpenResult CommandLine::openDatabase(Database::Access access,
                                               Database::Verification verification) const
{
    return Database::open(database, access, Database::defaultConnectionName, verification);
}
