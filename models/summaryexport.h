#pragma once

#include "summarydocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QTextDocument;

// The summary in the formats it leaves Candor in. Files are written beside
// the target and renamed into place only when complete, so an existing file
// is replaced only by a whole new one.
class SummaryExport
{
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)

public:
    // Headings, lists and a table of actions, as CommonMark with GFM tables.
    static QString toMarkdown(const SummaryData &data, const QLocale &locale = QLocale());
    static QString toHtml(const QTextDocument &document);
    static QString toHtml(const SummaryData &data, const QLocale &locale = QLocale());
    // RFC 4180 with a UTF-8 byte order mark, so spreadsheets pick the encoding.
    static QByteArray actionsCsv(const SummaryData &data);

    static bool writeOdt(const QTextDocument &document, const QString &path,
                         QString *error = nullptr);
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error = nullptr);

    // "2026-03-02 Launch pre-mortem", without characters file systems refuse.
    static QString defaultFileName(const SummaryData &data, const QString &suffix);
};
