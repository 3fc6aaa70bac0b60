#include "exportcommand.h"

#include "commandline.h"
#include "database.h"
#include "store.h"
#include "summarydocument.h"
#include "summaryexport.h"
#include "summarypages.h"

#include <QDir>
#include <QTextDocument>

#include <cstdio>

namespace {

void complain(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

} // namespace

int ExportCommand::run(const CommandLine &commandLine)
{
    const Database::OpenResult opened =
        Database::open(commandLine.databasePath, Database::Access::ReadOnly);
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
                         .arg(QDir::toNativeSeparators(commandLine.databasePath)));
            exitCode = 1;
        } else {
            QString error;
            bool written = false;
            const QString &format = commandLine.exportFormat;
            if (format == QLatin1String("pdf")) {
                const QPageSize pageSize =
                    commandLine.pageSize == QLatin1String("letter") ? QPageSize(QPageSize::Letter)
                    : commandLine.pageSize == QLatin1String("a4")   ? QPageSize(QPageSize::A4)
                                                                  : SummaryPages::defaultPageSize();
                const QByteArray pdf = SummaryPages::pdf(*data, pageSize);
                written =
                    !pdf.isEmpty() && SummaryExport::writeFile(commandLine.outputPath, pdf, &error);
            } else if (format == QLatin1String("md")) {
                written = SummaryExport::writeFile(
                    commandLine.outputPath, SummaryExport::toMarkdown(*data).toUtf8(), &error);
            } else if (format == QLatin1String("html")) {
                written = SummaryExport::writeFile(commandLine.outputPath,
                                                   SummaryExport::toHtml(*data).toUtf8(), &error);
            } else if (format == QLatin1String("csv")) {
                written = SummaryExport::writeFile(commandLine.outputPath,
                                                   SummaryExport::actionsCsv(*data), &error);
            } else if (format == QLatin1String("odt")) {
                const std::unique_ptr<QTextDocument> document = SummaryDocument::build(*data);
                written = SummaryExport::writeOdt(*document, commandLine.outputPath, &error);
            }
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
