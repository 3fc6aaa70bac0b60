#include "summaryoutput.h"

#include "dialogs.h"
#include "outputfile.h"
#include "store.h"
#include "summarydocument.h"
#include "summarypages.h"

#include <QAction>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPaintEngine>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QWidget>

namespace {

const char exportFolderKey[] = "summary/exportFolder";

// How each format is named in the menu, the file dialog and messages.
struct FormatTexts
{
    QString menuLabel;
    QString fileFilter;
    QString name;
};

FormatTexts textsFor(SummaryExport::Format format)
{
    switch (format) {
    case SummaryExport::Format::Pdf:
        return {SummaryOutput::tr("&PDF…"), SummaryOutput::tr("PDF (*.pdf)"),
                SummaryOutput::tr("PDF")};
    case SummaryExport::Format::Markdown:
        return {SummaryOutput::tr("&Markdown…"), SummaryOutput::tr("Markdown (*.md)"),
                SummaryOutput::tr("Markdown")};
    case SummaryExport::Format::Html:
        return {SummaryOutput::tr("&HTML…"), SummaryOutput::tr("Web page (*.html)"),
                SummaryOutput::tr("HTML")};
    case SummaryExport::Format::Odt:
        return {SummaryOutput::tr("&OpenDocument Text…"),
                SummaryOutput::tr("OpenDocument Text (*.odt)"),
                SummaryOutput::tr("OpenDocument Text")};
    case SummaryExport::Format::ActionsCsv:
        return {SummaryOutput::tr("&Actions as CSV…"),
                SummaryOutput::tr("Comma-separated values (*.csv)"), SummaryOutput::tr("CSV")};
    }
    return {};
}

} // namespace

SummaryOutput::SummaryOutput(Store *store, Dialogs *dialogs, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_printPreview(new QAction(tr("Print Pre&view…"), this))
    , m_print(new QAction(tr("&Print…"), this))
{
    m_printPreview->setStatusTip(tr("See the session summary page by page before printing it."));
    connect(m_printPreview, &QAction::triggered, this, &SummaryOutput::printPreview);
    m_print->setShortcuts(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the session summary."));
    connect(m_print, &QAction::triggered, this, &SummaryOutput::print);
    for (SummaryExport::Format format : SummaryExport::formats()) {
        auto *action = new QAction(textsFor(format).menuLabel, this);
        action->setData(SummaryExport::key(format));
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
        m_exportActions.append(action);
    }
    m_exportActions.constFirst()->setStatusTip(tr("Save the session summary as a PDF file."));
    setSessionId(0);
}

void SummaryOutput::setSessionId(qint64 id)
{
    m_sessionId = id;
    const bool enabled = id != 0;
    m_printPreview->setEnabled(enabled);
    m_print->setEnabled(enabled);
    for (QAction *action : std::as_const(m_exportActions))
        action->setEnabled(enabled);
}

bool SummaryOutput::paint(QPagedPaintDevice *device) const
{
    const std::optional<SummaryData> data = SummaryData::load(*m_store, m_sessionId);
    if (!data)
        return false;
    SummaryPages pages(*data, device);
    return pages.print();
}

QString SummaryOutput::suggestedPath(const SummaryData &data, SummaryExport::Format format)
{
    // The folder used last; else Documents; else, where a new account has
    // no Documents yet, the home folder: always one that exists, named in
    // full, so the file dialog and any message say where the file goes.
    QString folder = QSettings().value(QLatin1String(exportFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    folder = QFileInfo(folder).absoluteFilePath();
    const QString suffix = format == SummaryExport::Format::ActionsCsv
                               ? tr("actions") + QLatin1Char('.') + SummaryExport::key(format)
                               : SummaryExport::key(format);
    return QDir(folder).filePath(SummaryExport::defaultFileName(data, suffix));
}

void SummaryOutput::setUpPrinter(QPrinter *printer) const
{
    // The printer's own paper when there is a printer; else the locale's.
    const QPrinterInfo installed = QPrinterInfo::defaultPrinter();
    const QPageSize paper = installed.isNull() || !installed.defaultPageSize().isValid()
                                ? SummaryPages::defaultPageSize()
                                : installed.defaultPageSize();
    printer->setPageLayout(QPageLayout(paper, QPageLayout::Portrait,
                                       SummaryPages::pageMarginsMillimetres(),
                                       QPageLayout::Millimeter));
    if (const std::optional<SessionSummary> session = m_store->session(m_sessionId))
        printer->setDocName(session->title);
}

void SummaryOutput::printPreview()
{
    if (!m_sessionId)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    m_dialogs->showPrintPreview(m_window, &printer, [this](QPrinter *target) {
        // The preview draws its pages into pictures; its Print button hands
        // over the printer itself.
        const bool previewing =
            target->paintEngine() && target->paintEngine()->type() == QPaintEngine::Picture;
        if (previewing)
            paint(target);
        else
            printTo(target);
    });
}

void SummaryOutput::print()
{
    if (!m_sessionId)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    if (!m_dialogs->setUpPrinter(m_window, &printer))
        return;
    printTo(&printer);
}

void SummaryOutput::printTo(QPrinter *printer)
{
    const bool toFile =
        printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty();
    if (toFile) {
        QString error;
        if (!printToFile(printer, &error)) {
            m_dialogs->warn(m_window, tr("Not Printed"),
                            error + QLatin1Char('\n') +
                                tr("Any file that was there before is unchanged."));
            return;
        }
    } else if (!paint(printer)) {
        m_dialogs->warn(
            m_window, tr("Not Printed"),
            tr("The summary could not be sent to the printer “%1”.").arg(printer->printerName()));
        return;
    }
    const QString where =
        toFile ? QDir::toNativeSeparators(printer->outputFileName()) : printer->printerName();
    emit reported(tr("Printed the summary to %1.").arg(where));
}

bool SummaryOutput::printToFile(QPrinter *printer, QString *error) const
{
    // The printer would write the file as it paints, so a full disk would
    // leave half a file and the database could be printed over. The pages
    // are made in memory with the printer's settings instead, and written
    // as every export is.
    const QString path = printer->outputFileName();
    *error = OutputFile::refusal(path);
    if (!error->isEmpty())
        return false;
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(printer->resolution());
        writer.setPageLayout(printer->pageLayout());
        writer.setPageRanges(printer->pageRanges());
        writer.setTitle(printer->docName());
        writer.setCreator(printer->creator());
        if (!paint(&writer)) {
            *error = tr("The summary could not be laid out for “%1”.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return OutputFile::write(path, pdf, error);
}

void SummaryOutput::exportAs(SummaryExport::Format format)
{
    const std::optional<SummaryData> data = SummaryData::load(*m_store, m_sessionId);
    if (!data)
        return;
    const QString chosen =
        m_dialogs->saveFileName(m_window, tr("Export Summary as %1").arg(textsFor(format).name),
                                suggestedPath(*data, format), textsFor(format).fileFilter);
    if (chosen.isEmpty())
        return;
    const QString path = QFileInfo(chosen).absoluteFilePath();
    QSettings().setValue(QLatin1String(exportFolderKey), QFileInfo(path).absolutePath());
    QString error;
    if (!SummaryExport::write(*data, format, path, SummaryPages::defaultPageSize(), QLocale(),
                              &error)) {
        m_dialogs->warn(m_window, tr("Not Exported"),
                        error + QLatin1Char('\n') +
                            tr("Any file that was there before is unchanged."));
        return;
    }
    emit reported(tr("Saved the summary as %1: %2")
                      .arg(textsFor(format).name, QDir::toNativeSeparators(path)));
    emit saved(path);
}
