#pragma once

#include <QCoreApplication>

struct CommandLine;

// candor --export: a session's summary written to a file without a window,
// for scripts and wikis.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // Returns the process exit code; problems are printed on stderr.
    static int run(const CommandLine &commandLine);
};
