#pragma once

#include "summarydocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>

class QTextDocument;

// The summary in the formats it leaves Candor in. Files are written as
// OutputFile writes them: never onto the database, and replacing an existing
// file only with a whole new one. What people typed stays text in every
// format.
class SummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)

public:
    enum class Format { Pdf, Markdown, Html, Odt, ActionsCsv };
    static QList<Format> formats();
    // What the command line calls a format, and the file name's ending:
    // pdf, md, html, odt, csv.
    static QString key(Format format);
    static std::optional<Format> formatFromKey(const QString &key);

    // The summary in format, written to path as a whole or not at all.
    // pageSize matters for PDF only.
    static bool write(const SummaryData &data, Format format, const QString &path,
                      const QPageSize &pageSize, const QLocale &locale = QLocale(),
                      QString *error = nullptr);

    // Headings, lists and a table of actions, as CommonMark with GFM tables.
    static QString toMarkdown(const SummaryData &data, const QLocale &locale = QLocale());
    static QString toHtml(const QTextDocument &document);
    static QString toHtml(const SummaryData &data, const QLocale &locale = QLocale());
    // RFC 4180 with a UTF-8 byte order mark, so spreadsheets pick the
    // encoding; a field that a spreadsheet would run as a formula starts
    // with an apostrophe.
    static QByteArray actionsCsv(const SummaryData &data);

    static bool writeOdt(const QTextDocument &document, const QString &path,
                         QString *error = nullptr);

    // "2026-03-02 Launch pre-mortem", without characters file systems refuse.
    static QString defaultFileName(const SummaryData &data, const QString &suffix);
};
