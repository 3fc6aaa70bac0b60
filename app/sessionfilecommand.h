#pragma once

#include <QCoreApplication>

struct CommandLine;

// candor --export-session and --import: session files from the command
// line, without a window.
class SessionFileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SessionFileCommand)

public:
    // Exit codes as the README gives them: 0 done, 1 refused or not
    // written, 3 another Candor has the database open.
    static int exportSessions(const CommandLine &commandLine);
    static int importFile(const CommandLine &commandLine);
};
