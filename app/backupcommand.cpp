#include "backupcommand.h"

#include "commandline.h"
#include "database.h"
#include "texttable.h"

#include <QDir>
#include <QLocale>

#include <cstdio>

namespace {

void printLine(FILE *stream, const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stream);
}

} // namespace

int BackupCommand::write(const CommandLine &commandLine)
{
    // Read the way --list reads, so it works while a Candor window has the
    // database open: a reader in write-ahead-log mode sees one committed
    // state and never holds the window up. The copy is read back whole
    // before it gets its name, and the database is checked before that.
    const Database::OpenResult opened =
        Database::open(commandLine.databasePath, Database::Access::ReadOnly);
    if (!opened.ok()) {
        printLine(stderr, opened.message);
        return 1;
    }
    const Backups::WriteResult result =
        Backups(commandLine.databasePath)
            .write(Database::defaultConnectionName, Backups::Kind::Automatic,
                   QDateTime::currentDateTimeUtc());
    Database::close();
    if (!result.ok()) {
        printLine(stderr, result.error);
        return 1;
    }
    printLine(stdout, QDir::toNativeSeparators(result.path));
    return 0;
}

int BackupCommand::list(const CommandLine &commandLine)
{
    std::fputs(
        format(Backups(commandLine.databasePath).listWithContents()).toLocal8Bit().constData(),
        stdout);
    return 0;
}

QString BackupCommand::format(const QVector<Backups::File> &files)
{
    QVector<QStringList> rows;
    rows.append({tr("DATE"), tr("SESSIONS"), tr("SIZE"), tr("PATH")});
    const QLocale locale;
    for (const Backups::File &file : files) {
        rows.append({file.createdUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     file.problem.isEmpty() ? QString::number(file.sessions) : tr("unreadable"),
                     locale.formattedDataSize(file.size), QDir::toNativeSeparators(file.path)});
    }
    return TextTable::format(rows, {1, 2});
}
