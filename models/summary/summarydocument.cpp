#include "summarydocument.h"

#include "store.h"

#include <QGuiApplication>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QTextTableCellFormat>

namespace {

// Point sizes, so the printed page is readable whatever the screen's density.
constexpr qreal bodyPoints = 11;
constexpr qreal titlePoints = 18;
constexpr qreal sectionPoints = 14;
constexpr qreal subsectionPoints = 12;
// A bar longer than this would wrap in its column; beyond it bars scale.
constexpr int maximumBarLength = 10;

QTextCharFormat bodyFormat()
{
    QTextCharFormat format;
    format.setFontPointSize(bodyPoints);
    format.setFontWeight(QFont::Normal);
    format.setFontItalic(false);
    return format;
}

QTextCharFormat boldFormat()
{
    QTextCharFormat format = bodyFormat();
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat italicFormat()
{
    QTextCharFormat format = bodyFormat();
    format.setFontItalic(true);
    return format;
}

// Builds the document top to bottom; each method appends one kind of block.
// Line breaks typed into a text stay breaks inside its block, instead of
// starting blocks that would lose an entry's indent.
QString oneBlock(QString text)
{
    text.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    text.replace(QLatin1Char('\r'), QChar::LineSeparator);
    return text;
}

// Lengths are in 1/96 inch. For a printer the text layout converts fonts,
// top and bottom margins, table padding and tab positions itself, but not
// left margins and indents; unitScale does those, so indents print as they
// show.
class Writer
{
public:
    Writer(QTextDocument *document, qreal unitScale)
        : m_cursor(document)
        , m_scale(unitScale)
    {}

    void heading(const QString &text, int level)
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 0 : 12);
        block.setBottomMargin(4);
        block.setProperty(SummaryDocument::KeepWithNextProperty, true);
        QTextCharFormat chars = boldFormat();
        chars.setFontPointSize(level == 1   ? titlePoints
                               : level == 2 ? sectionPoints
                                            : subsectionPoints);
        insertBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    void paragraph(const QString &text, const QTextCharFormat &chars = bodyFormat(),
                   bool keepWithNext = false)
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        block.setProperty(SummaryDocument::KeepWithNextProperty, keepWithNext);
        insertBlock(block, chars);
        m_cursor.insertText(text, chars);
    }

    // A numbered entry of a list whose numbers are not consecutive (ranks
    // within a category): the number hangs in the margin, and wrapped lines
    // line up with the first.
    void entry(const QString &number, const QString &text, bool keepWithNext)
    {
        QTextBlockFormat block = indented();
        block.setTopMargin(6);
        block.setTextIndent(-entryIndent * m_scale);
        block.setTabPositions({QTextOption::Tab(entryIndent, QTextOption::LeftTab)});
        block.setProperty(SummaryDocument::KeepWithNextProperty, keepWithNext);
        insertBlock(block, bodyFormat());
        m_cursor.insertText(number + QLatin1Char('\t') + oneBlock(text), bodyFormat());
    }

    // A line under an entry, lined up with its text.
    void detail(const QString &text, const QTextCharFormat &chars, bool keepWithNext)
    {
        QTextBlockFormat block = indented();
        block.setProperty(SummaryDocument::KeepWithNextProperty, keepWithNext);
        insertBlock(block, chars);
        m_cursor.insertText(oneBlock(text), chars);
    }

    // A bold label followed by free text, skipped when there is no text.
    void field(const QString &label, const QString &text)
    {
        if (text.trimmed().isEmpty())
            return;
        paragraph(label, boldFormat(), true);
        paragraph(text.trimmed());
    }

    void list(const QStringList &items, QTextListFormat::Style style)
    {
        if (items.isEmpty())
            return;
        QTextBlockFormat block;
        insertBlock(block, bodyFormat());
        QTextListFormat listFormat;
        listFormat.setStyle(style);
        QTextList *list = m_cursor.createList(listFormat);
        for (int i = 0; i < items.size(); ++i) {
            if (i > 0) {
                m_cursor.insertBlock(block, bodyFormat());
                list->add(m_cursor.block());
            }
            m_cursor.insertText(items.at(i), bodyFormat());
        }
    }

    // A table with a bold header row; a row is kept whole on one page.
    void table(const QStringList &header, const QVector<QStringList> &rows,
               const QVector<qreal> &percentages)
    {
        if (rows.isEmpty())
            return;
        insertBlock(QTextBlockFormat(), bodyFormat());
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        // Thin rules between rows only: they guide the eye along a row
        // without boxing in every cell.
        format.setBorder(1);
        format.setBorderBrush(QColor(170, 170, 170));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        // Fixed shares, so long texts wrap in their own column instead of
        // squeezing the short ones.
        QVector<QTextLength> widths;
        for (qreal percentage : percentages)
            widths.append(QTextLength(QTextLength::PercentageLength, percentage));
        format.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), format);
        QTextTableCellFormat ruled;
        ruled.setLeftBorder(0);
        ruled.setRightBorder(0);
        ruled.setTopBorder(1);
        ruled.setBottomBorder(1);
        ruled.setTopBorderBrush(QColor(170, 170, 170));
        ruled.setBottomBorderBrush(QColor(170, 170, 170));
        ruled.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        ruled.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        for (int row = 0; row <= rows.size(); ++row) {
            for (int column = 0; column < header.size(); ++column)
                table->cellAt(row, column).setFormat(ruled);
        }
        for (int column = 0; column < header.size(); ++column)
            table->cellAt(0, column).firstCursorPosition().insertText(header.at(column),
                                                                      boldFormat());
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < header.size(); ++column)
                table->cellAt(row + 1, column)
                    .firstCursorPosition()
                    .insertText(rows.at(row).value(column), bodyFormat());
        }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    // Entries run in the direction of the interface, whatever script a
    // concern is written in: a hanging number needs to know its side, and
    // a right-to-left concern in a left-to-right list reads right within
    // its line.
    QTextBlockFormat indented() const
    {
        QTextBlockFormat block;
        const Qt::LayoutDirection direction = QGuiApplication::layoutDirection();
        block.setLayoutDirection(direction);
        if (direction == Qt::RightToLeft)
            block.setRightMargin(entryIndent * m_scale);
        else
            block.setLeftMargin(entryIndent * m_scale);
        return block;
    }

    void insertBlock(const QTextBlockFormat &block, const QTextCharFormat &chars)
    {
        // The document starts with one empty block; use it for the first text.
        if (m_first) {
            m_first = false;
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            return;
        }
        m_cursor.insertBlock(block, chars);
    }

    // Room for "999." before an entry's text, in 1/96 inch.
    static constexpr qreal entryIndent = 38;

    QTextCursor m_cursor;
    qreal m_scale;
    bool m_first = true;
};

// At most about maximum characters, cut at a word where there is one.
QString shortened(const QString &text, int maximum)
{
    if (text.size() <= maximum)
        return text;
    int cut = text.lastIndexOf(QLatin1Char(' '), maximum);
    if (cut < maximum / 2)
        cut = maximum;
    return text.left(cut).trimmed() + QChar(0x2026); // …
}

QString concernLine(const SummaryData &data, const SummaryData::RankedConcern &ranked,
                    bool withRank = true)
{
    QString line = withRank
                       ? SummaryDocument::tr("%1. %2").arg(ranked.rank).arg(ranked.concern.summary)
                       : ranked.concern.summary;
    const QString by = SummaryDocument::attribution(data, ranked.concern);
    if (!by.isEmpty())
        line += QStringLiteral(" ") + by;
    return line;
}

} // namespace

QString SummaryData::RankedConcern::rootCause() const
{
    if (!concern.rootCause.trimmed().isEmpty())
        return concern.rootCause.trimmed();
    for (auto it = whys.crbegin(); it != whys.crend(); ++it) {
        if (!it->answer.trimmed().isEmpty())
            return it->answer.trimmed();
    }
    return {};
}

bool SummaryData::RankedConcern::hasDiscussion() const
{
    return concern.discussed || !concern.notes.trimmed().isEmpty() ||
           !concern.avoidance.trimmed().isEmpty() || !whys.isEmpty() || !rootCause().isEmpty() ||
           !concern.mitigations.trimmed().isEmpty();
}

std::optional<SummaryData> SummaryData::load(const Store &store, qint64 sessionId,
                                             const QDateTime &now)
{
    const std::optional<SessionDetails> details = store.sessionDetails(sessionId);
    const std::optional<SessionSummary> summary = store.session(sessionId);
    if (!details || !summary)
        return std::nullopt;

    SummaryData data;
    data.session = *details;
    data.teamName = summary->teamName;
    data.createdAt = summary->createdAt;
    data.now = now;
    data.participants = store.participants(sessionId);
    data.actions = store.actions(sessionId);
    data.timeline = store.timeline(sessionId);
    for (const ReviewItem &item : store.actionsToReview(sessionId)) {
        if (item.outcome != ReviewOutcome::None)
            data.review.append(item);
    }

    // The same ranking as the list on screen: duplicates add to the concern
    // they were merged into.
    const QVector<Concern> concerns = store.concerns(sessionId);
    for (const RankedTally &root : Domain::ranking(concerns)) {
        RankedConcern ranked;
        ranked.rank = int(data.concerns.size()) + 1;
        ranked.tally = root.tally;
        ranked.concern = root.concern;
        ranked.whys = store.whys(root.concern.id);
        for (const Concern &other : concerns) {
            if (other.mergedIntoId == root.concern.id)
                ranked.duplicates.append(other);
        }
        data.concerns.append(ranked);
    }
    return data;
}

QString SummaryData::participantName(qint64 participantId) const
{
    for (const Participant &participant : participants) {
        if (participant.id == participantId)
            return participant.name;
    }
    return {};
}

QString SummaryData::concernLabel(qint64 concernId) const
{
    for (const RankedConcern &ranked : concerns) {
        if (ranked.concern.id == concernId)
            return SummaryDocument::tr("#%1 %2").arg(ranked.rank).arg(ranked.concern.summary);
        for (const Concern &duplicate : ranked.duplicates) {
            if (duplicate.id == concernId)
                return SummaryDocument::tr("#%1 %2").arg(ranked.rank).arg(ranked.concern.summary);
        }
    }
    return {};
}

int SummaryData::maximumTally() const
{
    int maximum = 0;
    for (const RankedConcern &ranked : concerns)
        maximum = qMax(maximum, ranked.tally);
    return maximum;
}

QString SummaryDocument::lengthText(const SummaryData &data)
{
    const SessionDetails &session = data.session;
    const int planned = session.plannedMinutes;
    if (!session.startedAt.isValid())
        return tr("Not started (planned %1 min)").arg(planned);
    // Abbreviated units read right for any number without plural forms.
    if (session.endedAt.isValid())
        return tr("%1 min of %2 min planned")
            .arg(qMax<qint64>(0, session.startedAt.secsTo(session.endedAt) / 60))
            .arg(planned);
    return tr("%1 min so far of %2 min planned")
        .arg(qMax<qint64>(0, session.startedAt.secsTo(data.now) / 60))
        .arg(planned);
}

QString SummaryDocument::headline(const SummaryData &data, const QLocale &locale)
{
    const QString kind = Domain::kindName(data.session.kind);
    // A reader with several teams' summaries on the desk sees whose it is.
    if (data.teamName.trimmed().isEmpty())
        return tr("%1 · %2", "kind of session, date").arg(kind, dateText(data, locale));
    return tr("%1 · %2 · %3", "kind of session, team, date")
        .arg(kind, tr("Team: %1").arg(data.teamName), dateText(data, locale));
}

QString SummaryDocument::dateText(const SummaryData &data, const QLocale &locale)
{
    const QDateTime when =
        data.session.startedAt.isValid() ? data.session.startedAt : data.createdAt;
    return locale.toString(when.toLocalTime().date(), QLocale::LongFormat);
}

QString SummaryDocument::discussionLine(const SummaryData::RankedConcern &ranked)
{
    const QString written = tr("Written by %1").arg(tallyText(ranked.tally));
    // Whether the room got to it is part of the record.
    return tr("%1 · %2", "written by, then discussed or not")
        .arg(written, ranked.concern.discussed ? tr("Discussed") : tr("Not marked discussed"));
}

QString SummaryDocument::tallyText(int tally)
{
    return tally == 1 ? tr("1 person") : tr("%1 people").arg(tally);
}

QString SummaryDocument::tallyBar(int tally, int maximumTally)
{
    if (tally <= 0)
        return {};
    // One square per person while the largest tally fits; otherwise bars
    // keep their proportions and every concern keeps at least one square.
    const int squares = maximumTally <= maximumBarLength
                            ? tally
                            : qMax(1, qRound(qreal(tally) * maximumBarLength / maximumTally));
    return QString(squares, QChar(0x25A0)); // ■
}

QString SummaryDocument::attribution(const SummaryData &data, const Concern &concern)
{
    // Blameless by default: who said it is shown only when the session chose so.
    if (!data.session.attributeConcerns)
        return {};
    const QString name = data.participantName(concern.speakerId);
    return name.isEmpty() ? QString() : tr("(shared by %1)").arg(name);
}

QString SummaryDocument::avoidanceLabel(SessionKind kind)
{
    return kind == SessionKind::PostMortem
               ? tr("What let this happen, and how do we recover faster?")
               : tr("How could it have been avoided?");
}

QString SummaryDocument::rightAwayText(bool rightAway)
{
    return rightAway ? tr("Right away") : QString();
}

QList<ConcernCategory> SummaryDocument::categoryOrder()
{
    return {ConcernCategory::WentWell, ConcernCategory::LetUsDown, ConcernCategory::GotLucky,
            ConcernCategory::Other, ConcernCategory::None};
}

std::unique_ptr<QTextDocument> SummaryDocument::build(const Store &store, qint64 sessionId,
                                                      const QLocale &locale)
{
    const std::optional<SummaryData> data = SummaryData::load(store, sessionId);
    if (!data)
        return nullptr;
    return build(*data, locale);
}

std::unique_ptr<QTextDocument> SummaryDocument::build(const SummaryData &data,
                                                      const QLocale &locale, qreal unitScale)
{
    auto document = std::make_unique<QTextDocument>();
    document->setMetaInformation(QTextDocument::DocumentTitle, data.session.title);
    document->setDocumentMargin(0);
    // A word wider than its column (a pasted link, a log line) still wraps.
    QTextOption wrapping = document->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(wrapping);
    // Bullets and numbers take the default font; in points like the rest.
    QFont font = document->defaultFont();
    font.setPointSizeF(bodyPoints);
    document->setDefaultFont(font);
    Writer out(document.get(), unitScale);
    const SessionDetails &session = data.session;
    const bool postMortem = session.kind == SessionKind::PostMortem;

    out.heading(session.title, 1);
    out.paragraph(headline(data, locale));
    out.paragraph(tr("Length: %1").arg(lengthText(data)));

    out.heading(tr("Attendees"), 2);
    QStringList attendees;
    for (const Participant &participant : data.participants) {
        QString line = participant.role.trimmed().isEmpty()
                           ? participant.name
                           : tr("%1, %2").arg(participant.name, participant.role.trimmed());
        if (!participant.present)
            line = tr("%1 (absent)").arg(line);
        attendees.append(line);
    }
    if (attendees.isEmpty())
        out.paragraph(tr("No participants were recorded."), italicFormat());
    out.list(attendees, QTextListFormat::ListDisc);

    if (postMortem) {
        out.heading(tr("Incident"), 2);
        out.field(tr("What happened"), session.incidentWhat);
        out.field(tr("Impact"), session.incidentImpact);
        out.field(tr("Detection"), session.incidentDetection);
        out.field(tr("Resolution"), session.incidentResolution);
        if (!data.timeline.isEmpty()) {
            out.heading(tr("Timeline"), 3);
            QVector<QStringList> rows;
            for (const TimelineEntry &entry : data.timeline)
                rows.append({entry.happenedAt, entry.description});
            out.table({tr("When"), tr("What happened")}, rows, {20, 80});
        }
    } else {
        out.heading(tr("Scene"), 2);
        out.field(tr("Framing"), session.scene);
        out.field(tr("Writing prompts"), session.writingPrompts);
    }

    out.heading(tr("Concerns, most written first"), 2);
    if (data.concerns.isEmpty())
        out.paragraph(tr("No concerns were shared."), italicFormat());
    // Each concern with its tally right under it, a bar to compare at a
    // glance; a page never ends between the two.
    const auto concernEntries = [&](const QVector<const SummaryData::RankedConcern *> &concerns) {
        for (const SummaryData::RankedConcern *ranked : concerns) {
            out.entry(tr("%1.").arg(ranked->rank), concernLine(data, *ranked, false), true);
            for (const Concern &duplicate : ranked->duplicates) {
                QString text = tr("Also written as: %1").arg(duplicate.summary);
                const QString by = attribution(data, duplicate);
                if (!by.isEmpty())
                    text += QStringLiteral(" ") + by;
                out.detail(text, italicFormat(), true);
            }
            out.detail(tallyBar(ranked->tally, data.maximumTally()) + QStringLiteral("  ") +
                           tallyText(ranked->tally),
                       bodyFormat(), false);
        }
    };
    if (postMortem) {
        for (ConcernCategory category : categoryOrder()) {
            QVector<const SummaryData::RankedConcern *> inCategory;
            for (const SummaryData::RankedConcern &ranked : data.concerns) {
                if (ranked.concern.category == category)
                    inCategory.append(&ranked);
            }
            if (inCategory.isEmpty())
                continue;
            out.heading(Domain::categoryName(category), 3);
            concernEntries(inCategory);
        }
    } else {
        QVector<const SummaryData::RankedConcern *> all;
        for (const SummaryData::RankedConcern &ranked : data.concerns)
            all.append(&ranked);
        concernEntries(all);
    }

    bool anyDiscussion = false;
    for (const SummaryData::RankedConcern &ranked : data.concerns)
        anyDiscussion = anyDiscussion || ranked.hasDiscussion();
    if (anyDiscussion) {
        out.heading(tr("Discussion"), 2);
        for (const SummaryData::RankedConcern &ranked : data.concerns) {
            if (!ranked.hasDiscussion())
                continue;
            out.heading(concernLine(data, ranked), 3);
            out.paragraph(discussionLine(ranked), italicFormat());
            out.field(tr("Notes"), ranked.concern.notes);
            out.field(avoidanceLabel(session.kind), ranked.concern.avoidance);
            if (!ranked.whys.isEmpty()) {
                out.paragraph(tr("Five whys"), boldFormat(), true);
                QStringList steps;
                for (const Why &why : ranked.whys)
                    steps.append(tr("%1 → %2").arg(why.question.trimmed(), why.answer.trimmed()));
                out.list(steps, QTextListFormat::ListDecimal);
            }
            out.field(tr("Root cause"), ranked.rootCause());
            out.field(tr("Mitigations"), ranked.concern.mitigations);
        }
    }

    out.heading(tr("Actions"), 2);
    if (data.actions.isEmpty()) {
        out.paragraph(tr("No actions were agreed."), italicFormat());
    } else {
        for (const ActionItem &action : data.actions) {
            out.entry(tr("%1.").arg(action.rank), action.text.trimmed(), true);
            QStringList facts;
            if (action.rightAway)
                facts.append(rightAwayText(true));
            facts.append(action.owner.trimmed().isEmpty()
                             ? tr("No owner yet")
                             : tr("Owner: %1").arg(action.owner.trimmed()));
            facts.append(action.dueDate.isValid() ? tr("Due: %1").arg(locale.toString(
                                                        action.dueDate, QLocale::ShortFormat))
                                                  : tr("No due date"));
            facts.append(Domain::statusName(action.status));
            // The concern an action answers, shortened: it is printed in
            // full above.
            const QString concern = shortened(data.concernLabel(action.concernId), 60);
            out.detail(facts.join(tr(" · ")), action.rightAway ? boldFormat() : bodyFormat(),
                       !concern.isEmpty());
            if (!concern.isEmpty())
                out.detail(tr("For %1").arg(concern), italicFormat(), false);
        }
    }

    if (!data.review.isEmpty()) {
        out.heading(tr("Review of earlier actions"), 2);
        QVector<QStringList> rows;
        for (const ReviewItem &item : data.review) {
            rows.append({item.item.action.text, item.item.sessionTitle, item.item.action.owner,
                         Domain::outcomeName(item.outcome)});
        }
        out.table({tr("Action"), tr("From session"), tr("Owner"), tr("Outcome")}, rows,
                  {40, 25, 17, 18});
    }
    return document;
}
