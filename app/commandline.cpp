#include "commandline.h"

#include "database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

bool CommandLine::needsWindow(int argc, char **argv)
{
    // Parsed once before any application object exists, to choose between a
    // windowed and a console application; usage errors need no window either.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return parse(arguments).mode == Mode::Window;
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
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = Mode::Error;
        result.errorText = QCoreApplication::translate("CommandLine", "Unexpected argument “%1”.")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))
        result.mode = Mode::Help;
    else if (parser.isSet(versionOption))
        result.mode = Mode::Version;
    else if (parser.isSet(listOption))
        result.mode = Mode::List;
    result.startupProbe = parser.isSet(probeOption);
    result.databasePath =
        parser.isSet(databaseOption)
            ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(databaseOption)))
            : Database::defaultPath();
    return result;
}
