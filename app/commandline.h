#pragma once

#include "database.h"
#include "databaselocation.h"

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
    // Where the database is: the file at databasePath, or a PostgreSQL
    // server named by --database or Settings (URI or service).
    DatabaseLocation database;

    // Opens it as Database::defaultConnectionName: the file as asked, or
    // the server (where access and verification are the server's business).
    Database::OpenResult openDatabase(
        Database::Access access = Database::Access::ReadWrite,
        Database::Verification verification = Database::Verification::BeforeReturning) const;
    // Where the database is, for messages: a path, or a URI without password.
    QString shownDatabase() const { return database.shown(); }
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
