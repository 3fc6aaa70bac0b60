#pragma once

#include "backups.h"

#include <QCoreApplication>
#include <QVector>

struct CommandLine;

// candor --backup and --list-backups: the rotating backups from a shell,
// for scripts and for a database Candor's window will not open.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    // Writes a backup now and prints its path; returns the exit code.
    static int write(const CommandLine &commandLine);
    // Prints the backups of the database, newest first, without opening
    // the database itself: they are listed even when it is damaged or gone.
    static int list(const CommandLine &commandLine);
    static QString format(const QVector<Backups::File> &files);
};
