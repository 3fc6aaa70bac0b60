#include "summaryexport.h"

#include "outputfile.h"
#include "summarypages.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentWriter>

#include <memory>

namespace {

// Keeps typed text from being read as Markdown syntax: inline marks,
// HTML and entities anywhere, and at the start of a line whatever would
// begin a list, a heading underline or a rule.
QString escapeMarkdown(const QString &text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n|\u2028|\u2029"));
    static const QRegularExpression listMarker(QStringLiteral("^(\\s*)([-+=])"));
    static const QRegularExpression numberedMarker(QStringLiteral("^(\\s*\\d+)([.)])"));
    QStringList lines;
    for (const QString &line : text.split(lineBreak)) {
        QString escaped;
        escaped.reserve(line.size());
        for (const QChar c : line) {
            if (QStringLiteral("\\`*_{}[]<>#|!~&").contains(c))
                escaped += QLatin1Char('\\');
            escaped += c;
        }
        // In a replacement Qt reads only a backslash before a digit specially.
        escaped.replace(listMarker, QStringLiteral("\\1\\\\2"));
        escaped.replace(numberedMarker, QStringLiteral("\\1\\\\2"));
        lines.append(escaped);
    }
    // A line break inside an item would end it; keep it as a hard break.
    return lines.join(QStringLiteral("  \n   "));
}

QString tableCell(const QString &text)
{
    QString cell = escapeMarkdown(text.trimmed());
    cell.replace(QStringLiteral("  \n   "), QStringLiteral("<br>"));
    return cell;
}

QString tableRow(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(tableCell(cell));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString table(const QStringList &header, const QVector<QStringList> &rows)
{
    QString out = tableRow(header);
    QStringList separator;
    for (int i = 0; i < header.size(); ++i)
        separator.append(QStringLiteral("---"));
    out += QStringLiteral("| ") + separator.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList &row : rows)
        out += tableRow(row);
    return out + QLatin1Char('\n');
}

void field(QString &out, const QString &label, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    out += QStringLiteral("**%1**\n\n%2\n\n")
               .arg(escapeMarkdown(label), escapeMarkdown(text.trimmed()));
}

// In a category group the ranks skip, which a Markdown ordered list would
// renumber; there each concern is a bullet with its rank written out.
QString concernItem(const SummaryData &data, const SummaryData::RankedConcern &ranked, bool grouped)
{
    const QString marker = grouped ? QStringLiteral("- %1\\. ").arg(ranked.rank)
                                   : QStringLiteral("%1. ").arg(ranked.rank);
    QString item = marker + QStringLiteral("%1 — %2 %3")
                                .arg(escapeMarkdown(ranked.concern.summary),
                                     escapeMarkdown(SummaryDocument::tallyText(ranked.tally)),
                                     SummaryDocument::tallyBar(ranked.tally, data.maximumTally()));
    const QString by = SummaryDocument::attribution(data, ranked.concern);
    if (!by.isEmpty())
        item += QLatin1Char(' ') + escapeMarkdown(by);
    item += QLatin1Char('\n');
    for (const Concern &duplicate : ranked.duplicates) {
        QString line = SummaryExport::tr("Also written as: %1").arg(duplicate.summary);
        const QString duplicateBy = SummaryDocument::attribution(data, duplicate);
        if (!duplicateBy.isEmpty())
            line += QLatin1Char(' ') + duplicateBy;
        // Indented to the item's text, so it nests whatever the marker's width.
        const int indent = grouped ? 2 : int(marker.size());
        item += QString(indent, QLatin1Char(' ')) + QStringLiteral("- ") + escapeMarkdown(line) +
                QLatin1Char('\n');
    }
    return item;
}

QByteArray csvField(const QString &text)
{
    QString field = text;
    // A spreadsheet runs a cell starting with one of these as a formula
    // (OWASP's CSV injection); the apostrophe makes it text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
        field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field.toUtf8();
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

} // namespace

QString SummaryExport::toMarkdown(const SummaryData &data, const QLocale &locale)
{
    const SessionDetails &session = data.session;
    const bool postMortem = session.kind == SessionKind::PostMortem;
    QString out;
    out += QStringLiteral("# %1\n\n").arg(escapeMarkdown(session.title));
    out += escapeMarkdown(SummaryDocument::headline(data, locale)) + QStringLiteral("\n\n");
    out += escapeMarkdown(tr("Length: %1").arg(SummaryDocument::lengthText(data))) +
           QStringLiteral("\n\n");

    out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Attendees")));
    if (data.participants.isEmpty())
        out += QStringLiteral("*%1*\n").arg(escapeMarkdown(tr("No participants were recorded.")));
    for (const Participant &participant : data.participants) {
        QString line = participant.role.trimmed().isEmpty()
                           ? participant.name
                           : tr("%1, %2").arg(participant.name, participant.role.trimmed());
        if (!participant.present)
            line = tr("%1 (absent)").arg(line);
        out += QStringLiteral("- ") + escapeMarkdown(line) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');

    if (postMortem) {
        out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Incident")));
        field(out, tr("What happened"), session.incidentWhat);
        field(out, tr("Impact"), session.incidentImpact);
        field(out, tr("Detection"), session.incidentDetection);
        field(out, tr("Resolution"), session.incidentResolution);
        if (!data.timeline.isEmpty()) {
            out += QStringLiteral("### %1\n\n").arg(escapeMarkdown(tr("Timeline")));
            QVector<QStringList> rows;
            for (const TimelineEntry &entry : data.timeline)
                rows.append({entry.happenedAt, entry.description});
            out += table({tr("When"), tr("What happened")}, rows);
        }
    } else {
        out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Scene")));
        field(out, tr("Framing"), session.scene);
        field(out, tr("Writing prompts"), session.writingPrompts);
    }

    out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Concerns, most written first")));
    if (data.concerns.isEmpty())
        out += QStringLiteral("*%1*\n\n").arg(escapeMarkdown(tr("No concerns were shared.")));
    if (postMortem) {
        for (ConcernCategory category : SummaryDocument::categoryOrder()) {
            QString items;
            for (const SummaryData::RankedConcern &ranked : data.concerns) {
                if (ranked.concern.category == category)
                    items += concernItem(data, ranked, true);
            }
            if (!items.isEmpty()) {
                out += QStringLiteral("### %1\n\n%2\n")
                           .arg(escapeMarkdown(Domain::categoryName(category)), items);
            }
        }
    } else {
        for (const SummaryData::RankedConcern &ranked : data.concerns)
            out += concernItem(data, ranked, false);
        out += QLatin1Char('\n');
    }

    bool anyDiscussion = false;
    for (const SummaryData::RankedConcern &ranked : data.concerns)
        anyDiscussion = anyDiscussion || ranked.hasDiscussion();
    if (anyDiscussion) {
        out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Discussion")));
        for (const SummaryData::RankedConcern &ranked : data.concerns) {
            if (!ranked.hasDiscussion())
                continue;
            QString heading = tr("%1. %2").arg(ranked.rank).arg(ranked.concern.summary);
            const QString by = SummaryDocument::attribution(data, ranked.concern);
            if (!by.isEmpty())
                heading += QLatin1Char(' ') + by;
            out += QStringLiteral("### %1\n\n").arg(escapeMarkdown(heading));
            out += QStringLiteral("*%1*\n\n")
                       .arg(escapeMarkdown(SummaryDocument::discussionLine(ranked)));
            field(out, tr("Notes"), ranked.concern.notes);
            field(out, SummaryDocument::avoidanceLabel(session.kind), ranked.concern.avoidance);
            if (!ranked.whys.isEmpty()) {
                out += QStringLiteral("**%1**\n\n").arg(escapeMarkdown(tr("Five whys")));
                for (int i = 0; i < ranked.whys.size(); ++i) {
                    const Why &why = ranked.whys.at(i);
                    out += QStringLiteral("%1. %2\n")
                               .arg(i + 1)
                               .arg(escapeMarkdown(tr("%1 → %2").arg(why.question.trimmed(),
                                                                     why.answer.trimmed())));
                }
                out += QLatin1Char('\n');
            }
            field(out, tr("Root cause"), ranked.rootCause());
            field(out, tr("Mitigations"), ranked.concern.mitigations);
        }
    }

    out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Actions")));
    if (data.actions.isEmpty()) {
        out += QStringLiteral("*%1*\n\n").arg(escapeMarkdown(tr("No actions were agreed.")));
    } else {
        QVector<QStringList> rows;
        for (const ActionItem &action : data.actions) {
            rows.append({QString::number(action.rank), action.text,
                         data.concernLabel(action.concernId), action.owner,
                         action.dueDate.isValid()
                             ? locale.toString(action.dueDate, QLocale::ShortFormat)
                             : QString(),
                         Domain::statusName(action.status),
                         SummaryDocument::rightAwayText(action.rightAway)});
        }
        out += table({tr("Rank"), tr("Action"), tr("Concern"), tr("Owner"), tr("Due"), tr("Status"),
                      tr("Right away")},
                     rows);
    }

    if (!data.review.isEmpty()) {
        out += QStringLiteral("## %1\n\n").arg(escapeMarkdown(tr("Review of earlier actions")));
        QVector<QStringList> rows;
        for (const ReviewItem &item : data.review) {
            rows.append({item.item.action.text, item.item.sessionTitle, item.item.action.owner,
                         Domain::outcomeName(item.outcome)});
        }
        out += table({tr("Action"), tr("From session"), tr("Owner"), tr("Outcome")}, rows);
    }
    return out;
}

QString SummaryExport::toHtml(const QTextDocument &document)
{
    QString html = document.toHtml();
    // Qt writes the document's title into <title> as it is; every other
    // piece of text it escapes.
    const QString title = document.metaInformation(QTextDocument::DocumentTitle);
    if (!title.isEmpty()) {
        const QString raw = QStringLiteral("<title>%1</title>").arg(title);
        const qsizetype at = html.indexOf(raw);
        if (at >= 0)
            html.replace(at, raw.size(),
                         QStringLiteral("<title>%1</title>").arg(title.toHtmlEscaped()));
    }
    return html;
}

QString SummaryExport::toHtml(const SummaryData &data, const QLocale &locale)
{
    const std::unique_ptr<QTextDocument> document = SummaryDocument::build(data, locale);
    return toHtml(*document);
}

QByteArray SummaryExport::actionsCsv(const SummaryData &data)
{
    // Column names stay untranslated: trackers importing the file map them.
    QByteArray csv = "\xEF\xBB\xBF";
    csv += csvRow({QStringLiteral("rank"), QStringLiteral("action"), QStringLiteral("concern"),
                   QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("status"),
                   QStringLiteral("right away")});
    for (const ActionItem &action : data.actions) {
        csv += csvRow({QString::number(action.rank), action.text,
                       data.concernLabel(action.concernId), action.owner,
                       action.dueDate.isValid() ? action.dueDate.toString(Qt::ISODate) : QString(),
                       Domain::statusKey(action.status),
                       action.rightAway ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return csv;
}

bool SummaryExport::writeOdt(const QTextDocument &document, const QString &path, QString *error)
{
    // The ODF writer closes its device when done, which QSaveFile forbids;
    // build the archive in memory and save that.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&document)) {
        if (error)
            *error = tr("Cannot write “%1” as OpenDocument.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return OutputFile::write(path, buffer.data(), error);
}

QString SummaryExport::defaultFileName(const SummaryData &data, const QString &suffix)
{
    const QDateTime when =
        data.session.startedAt.isValid() ? data.session.startedAt : data.createdAt;
    QString title = data.session.title.trimmed();
    title.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
                  QStringLiteral("-"));
    if (title.isEmpty())
        title = Domain::kindName(data.session.kind);
    return tr("%1 %2.%3").arg(when.toLocalTime().date().toString(Qt::ISODate), title, suffix);
}

QList<SummaryExport::Format> SummaryExport::formats()
{
    return {Format::Pdf, Format::Markdown, Format::Html, Format::Odt, Format::ActionsCsv};
}

QString SummaryExport::key(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::ActionsCsv:
        return QStringLiteral("csv");
    }
    return {};
}

std::optional<SummaryExport::Format> SummaryExport::formatFromKey(const QString &key)
{
    for (Format format : formats()) {
        if (SummaryExport::key(format) == key)
            return format;
    }
    return std::nullopt;
}

bool SummaryExport::write(const SummaryData &data, Format format, const QString &path,
                          const QPageSize &pageSize, const QLocale &locale, QString *error)
{
    // Refused before anything is laid out.
    const QString refused = OutputFile::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    switch (format) {
    case Format::Pdf: {
        const QByteArray pdf = SummaryPages::pdf(data, pageSize, locale);
        if (pdf.isEmpty()) {
            if (error)
                *error = tr("Cannot lay out the summary of %1 as PDF.").arg(data.session.title);
            return false;
        }
        return OutputFile::write(path, pdf, error);
    }
    case Format::Markdown:
        return OutputFile::write(path, toMarkdown(data, locale).toUtf8(), error);
    case Format::Html:
        return OutputFile::write(path, toHtml(data, locale).toUtf8(), error);
    case Format::Odt:
        return writeOdt(*SummaryDocument::build(data, locale), path, error);
    case Format::ActionsCsv:
        return OutputFile::write(path, actionsCsv(data), error);
    }
    return false;
}
