#include "exportcommand.h"

#include "commandline.h"
#include "database.h"
#include "store.h"
#include "summarydocument.h"
#include "summaryexport.h"
#include "summarypages.h"

#include <QDir>

#include <cstdio>

namespace {

void complain(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

} // namespace

int ExportCommand::run(const CommandLine &commandLine)
{
    const Database::OpenResult opened = commandLine.openDatabase(Database::Access::ReadOnly);
    if (!opened.ok()) {
        complain(opened.message);
        return 1;
    }
    int exitCode = 0;
    {
        const Store store(Database::defaultConnectionName);
        const std::optional<SummaryData> data =
            SummaryData::load(store, commandLine.exportSessionId);
        if (!data) {
            complain(tr("There is no session %1 in “%2”; candor --list shows the sessions.")
                         .arg(commandLine.exportSessionId)
                         .arg(commandLine.shownDatabase()));
            exitCode = 1;
        } else {
            const QPageSize pageSize =
                commandLine.pageSize == QLatin1String("letter") ? QPageSize(QPageSize::Letter)
                : commandLine.pageSize == QLatin1String("a4")   ? QPageSize(QPageSize::A4)
                                                                : SummaryPages::defaultPageSize();
            // The command line checked the format already.
            const SummaryExport::Format format =
                SummaryExport::formatFromKey(commandLine.exportFormat)
                    .value_or(SummaryExport::Format::Markdown);
            QString error;
            const bool written = SummaryExport::write(*data, format, commandLine.outputPath,
                                                      pageSize, QLocale(), &error);
            if (!written) {
                complain(error.isEmpty()
                             ? tr("Cannot write “%1”.")
                                   .arg(QDir::toNativeSeparators(commandLine.outputPath))
                             : error);
                exitCode = 1;
            }
        }
    }
    Database::close();
    return exitCode;
}
