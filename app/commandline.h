#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// What the command line asked for. Parsing needs no window, so --list and
// --version work on a machine without a display.
struct CommandLine
{
    enum class Mode {
        Window,
        List,
        Export,
        ExportSessions,
        Import,
        Backup,
        ListBackups,
        Help,
        Version,
        Error
    };

    Mode mode = Mode::Window;
    QString databasePath;
    // The path came from Edit ▸ Settings rather than --database or the default.
    bool databaseFromSettings = false;
    // --database (or Settings) named a PostgreSQL server: shown without a
    // password. Empty for a file.
    QString databaseServer;
    QString helpText;
    QString errorText;
    bool startupProbe = false;
    // --export: which session, in which format (pdf, md, html, odt, csv), to
    // where, and for PDF on which paper ("a4", "letter"; empty: the locale's).
    qint64 exportSessionId = 0;
    QString exportFormat;
    QString outputPath;
    QString pageSize;
    // --export-session: which sessions go into the session file --output.
    QVector<qint64> exportSessionIds;
    // --import FILE, or a file named alone (as a file manager opens one):
    // the session file to import.
    QString importPath;

    // Only the window needs a QApplication (--list, --backup and the rest
    // run without a display); this is decided before any application
    // object exists.
    static bool needsWindow(int argc, char **argv);
    // --export lays out a document, which needs a GUI application (fonts).
    static bool needsFonts(int argc, char **argv);
    static CommandLine parse(const QStringList &arguments);
};
