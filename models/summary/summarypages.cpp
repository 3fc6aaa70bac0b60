#include "summarypages.h"

#include "summarydocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QPageRanges>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace {

constexpr qreal headerPoints = 9;

QFont headerFont()
{
    QFont font;
    font.setPointSizeF(headerPoints);
    return font;
}

// The extent of the text of a block's lines, in document coordinates.
struct LineExtent
{
    qreal top = 0;
    qreal bottom = 0;
};

// The pieces a page may not split: a line of a paragraph, or a whole table
// row. A unit that keeps with the next one is never the last on a page.
struct Unit
{
    qreal top = 0;
    qreal bottom = 0;
    bool keepWithNext = false;
    int table = -1; // index into the tables collected, for a table row
    bool headerRow = false;
};

struct TableHeader
{
    qreal top = 0;
    qreal bottom = 0;
};

// Colour emoji fonts hold bitmaps, not outlines; a PDF embeds the font but
// no viewer can draw from it. Their glyphs are painted as images instead.
bool isBitmapColourFont(const QRawFont &font)
{
    static QHash<QString, bool> known;
    const QString key = font.familyName() + QLatin1Char('/') + font.styleName();
    const auto found = known.constFind(key);
    if (found != known.constEnd())
        return *found;
    // The location tables are small; the bitmap data itself is not read.
    const bool colour = !font.fontTable("CBLC").isEmpty() || !font.fontTable("sbix").isEmpty();
    known.insert(key, colour);
    return colour;
}

// Text that may be drawn from a colour emoji font: anything outside the
// basic plane, dingbats and symbols, or a request for emoji presentation.
bool mayHoldEmoji(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSurrogate() || (u >= 0x2600 && u <= 0x27BF) || (u >= 0x2B00 && u <= 0x2BFF) ||
            u == 0xFE0F)
            return true;
    }
    return false;
}

// The colour glyphs of a laid-out text as images, placed as the text is
// when its layout is drawn at origin.
QVector<SummaryPages::ImageGlyph> colourGlyphImages(const QTextLayout &layout, const QString &text,
                                                    const QPointF &origin)
{
    QVector<SummaryPages::ImageGlyph> images;
    if (!mayHoldEmoji(text))
        return images;
    // Explicit bounds: Qt 6.4 returns no runs for the documented defaults.
    for (const QGlyphRun &run : layout.glyphRuns(0, int(text.size()))) {
        const QRawFont font = run.rawFont();
        if (!isBitmapColourFont(font))
            continue;
        const QVector<quint32> glyphs = run.glyphIndexes();
        const QVector<QPointF> positions = run.positions();
        const QVector<QPointF> advances = font.advancesForGlyphIndexes(glyphs);
        for (int i = 0; i < glyphs.size(); ++i) {
            const QSizeF size(advances.value(i).x(), font.ascent() + font.descent());
            if (size.isEmpty())
                continue;
            QImage image(size.toSize().expandedTo(QSize(1, 1)),
                         QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            QGlyphRun single;
            single.setRawFont(font);
            single.setGlyphIndexes({glyphs.at(i)});
            single.setPositions({QPointF(0, font.ascent())});
            painter.drawGlyphRun(QPointF(), single);
            painter.end();
            const QPointF topLeft = origin + positions.at(i) - QPointF(0, font.ascent());
            images.append({QRectF(topLeft, size), image});
        }
    }
    return images;
}

class UnitCollector
{
public:
    explicit UnitCollector(QTextDocument *document)
        : m_layout(document->documentLayout())
    {}

    void collect(QTextFrame *frame, QVector<Unit> &units)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                if (auto *table = qobject_cast<QTextTable *>(child))
                    collectTable(table, units);
                else
                    collect(child, units);
                continue;
            }
            // The empty blocks Qt keeps around a table take no room of their
            // own (and keep stale positions); they are nothing to place.
            const QTextBlock block = it.currentBlock();
            if (block.length() > 1 || block.textList())
                collectBlock(block, units);
        }
    }

    QVector<TableHeader> tables;
    QVector<LineExtent> lines; // every line, also those in table cells
    QVector<SummaryPages::ImageGlyph> imageGlyphs;

private:
    // Notes a block's lines, and its colour glyphs as images to paint.
    void noteBlock(const QTextBlock &block, const QRectF &rect)
    {
        const QTextLayout *layout = block.layout();
        if (!layout)
            return;
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            lines.append({rect.top() + line.y(), rect.top() + line.y() + line.height()});
        }
        imageGlyphs += colourGlyphImages(*layout, block.text(), rect.topLeft());
    }

    void collectBlock(const QTextBlock &block, QVector<Unit> &units)
    {
        const QTextLayout *layout = block.layout();
        const int lineCount = layout ? layout->lineCount() : 0;
        const QRectF rect = m_layout->blockBoundingRect(block);
        noteBlock(block, rect);
        const bool keep = block.blockFormat().boolProperty(SummaryDocument::KeepWithNextProperty);
        for (int i = 0; i < lineCount; ++i) {
            const QTextLine line = layout->lineAt(i);
            Unit unit;
            unit.top = rect.top() + line.y();
            unit.bottom = unit.top + line.height();
            // No single line of a paragraph alone at the foot or the head
            // of a page; a heading or a label stays with what follows.
            unit.keepWithNext = keep || (lineCount > 1 && (i == 0 || i == lineCount - 2));
            units.append(unit);
        }
    }

    void collectTable(QTextTable *table, QVector<Unit> &units)
    {
        const int rows = table->rows();
        const int columns = table->columns();
        if (rows == 0)
            return;
        QVector<qreal> contentTop(rows, std::numeric_limits<qreal>::max());
        QVector<qreal> contentBottom(rows, std::numeric_limits<qreal>::lowest());
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.row() != row || cell.column() != column)
                    continue; // covered by a span
                for (auto it = cell.begin(); !it.atEnd(); ++it) {
                    const QTextBlock block = it.currentBlock();
                    if (!block.isValid())
                        continue;
                    const QRectF rect = m_layout->blockBoundingRect(block);
                    contentTop[row] = qMin(contentTop[row], rect.top());
                    contentBottom[row] = qMax(contentBottom[row], rect.bottom());
                    noteBlock(block, rect);
                }
            }
        }
        // Rows meet half way between the text of one and the next: where
        // the border is drawn.
        const QRectF frame = m_layout->frameBoundingRect(table);
        QVector<qreal> edges(rows + 1);
        edges[0] = frame.top();
        edges[rows] = frame.bottom();
        for (int row = 1; row < rows; ++row)
            edges[row] = (contentBottom[row - 1] + contentTop[row]) / 2;

        const int headerRows = qBound(0, table->format().headerRowCount(), rows);
        const int tableIndex = int(tables.size());
        tables.append({edges[0], edges[headerRows]});
        for (int row = 0; row < rows; ++row) {
            Unit unit;
            unit.top = edges[row];
            unit.bottom = edges[row + 1];
            unit.headerRow = row < headerRows;
            unit.keepWithNext = unit.headerRow;
            unit.table = tableIndex;
            units.append(unit);
        }
    }

    QAbstractTextDocumentLayout *m_layout;
};

} // namespace

SummaryPages::SummaryPages(const SummaryData &data, QPagedPaintDevice *device,
                           const QLocale &locale)
    : m_document(SummaryDocument::build(data, locale, qreal(device->logicalDpiY()) / 96))
    , m_device(device)
    , m_headerTitle(data.session.title)
    , m_headerDetail(headerDetail(data, locale))
{
    // Points become device units at the device's own resolution, and the
    // text wraps at the printable width. The height is left open: pages are
    // cut here, not by the text layout.
    m_document->documentLayout()->setPaintDevice(m_device);
    m_document->setTextWidth(m_device->width());

    const QFontMetricsF metrics(headerFont(), m_device);
    m_headerHeight = metrics.height() * 2;
    const qreal footerHeight = metrics.height() * 2;
    m_bodyHeight =
        qMax<qreal>(metrics.height(), m_device->height() - m_headerHeight - footerHeight);
    paginate();
}

SummaryPages::~SummaryPages() = default;

void SummaryPages::paginate()
{
    UnitCollector collector(m_document.get());
    QVector<Unit> units;
    collector.collect(m_document->rootFrame(), units);
    m_imageGlyphs = collector.imageGlyphs;
    std::sort(collector.lines.begin(), collector.lines.end(),
              [](const LineExtent &left, const LineExtent &right) { return left.top < right.top; });

    // The lowest place at or above limit that cuts through no line, for a
    // unit taller than a page (a table row with a very long text). Lines
    // of neighbouring cells and fallback fonts overlap a little, so the cut
    // moves up until no line straddles it.
    const auto safeCut = [&](qreal top, qreal limit) {
        qreal cut = limit;
        bool moved = true;
        while (moved) {
            moved = false;
            for (const LineExtent &line : collector.lines) {
                if (line.top >= cut)
                    break;
                if (line.bottom > cut && line.top < cut) {
                    cut = line.top;
                    moved = true;
                }
            }
        }
        // A single line taller than the page can only be cut where it is.
        return cut > top ? cut : limit;
    };

    m_slices.clear();
    int first = 0;
    while (first < units.size()) {
        Slice slice;
        slice.top = units.at(first).top;
        const Unit &head = units.at(first);
        if (head.table >= 0 && !head.headerRow && first > 0 &&
            units.at(first - 1).table == head.table) {
            slice.repeatedTop = collector.tables.at(head.table).top;
            slice.repeatedBottom = collector.tables.at(head.table).bottom;
        }
        const qreal room = m_bodyHeight - (slice.repeatedBottom - slice.repeatedTop);

        int end = first;
        while (end < units.size() && units.at(end).bottom - slice.top <= room)
            ++end;
        if (end == first) {
            // Not even the first unit fits: cut it where no line is split
            // and carry the rest to the next page.
            slice.bottom = safeCut(slice.top, slice.top + room);
            units[first].top = slice.bottom;
            m_slices.append(slice);
            continue;
        }
        if (end < units.size()) {
            // Step back over units that must not end a page, unless the
            // whole page is one such chain.
            int breakAt = end;
            while (breakAt - 1 > first && units.at(breakAt - 1).keepWithNext)
                --breakAt;
            if (breakAt - 1 > first || !units.at(first).keepWithNext)
                end = breakAt;
        }
        slice.bottom = units.at(end - 1).bottom;
        m_slices.append(slice);
        first = end;
    }
    if (m_slices.isEmpty())
        m_slices.append(Slice());
}

void SummaryPages::paintBody(QPainter &painter, qreal top, qreal bottom, qreal at) const
{
    painter.save();
    painter.translate(0, at - top);
    const QRectF visible(0, top, m_device->width(), bottom - top);
    painter.setClipRect(visible);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws every line that touches its clip. A hair inside the
    // cut, the lines of the pages before and after are not drawn at all
    // (clipped away, they would still be found by search and copy). One
    // exception stays: QTextLayout also draws the line just above its clip,
    // so a paragraph running on from the previous page repeats its last
    // line there, invisible under the painter's clip.
    const qreal hair = 1;
    context.clip = visible.adjusted(0, hair, 0, -hair);
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(&painter, context);
    for (const ImageGlyph &glyph : m_imageGlyphs) {
        if (glyph.rect.intersects(visible))
            painter.drawImage(glyph.rect, glyph.image);
    }
    painter.restore();
}

void SummaryPages::paintPage(QPainter &painter, int pageIndex) const
{
    const Slice &slice = m_slices.at(pageIndex);
    const qreal width = m_device->width();
    const qreal height = m_device->height();

    painter.save();
    painter.setFont(headerFont());
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(headerFont(), m_device);
    const QString detail = m_headerDetail;
    const qreal detailWidth = metrics.horizontalAdvance(detail);
    const qreal gap = metrics.averageCharWidth() * 3;
    const QString title = metrics.elidedText(m_headerTitle, Qt::ElideRight,
                                             qMax<qreal>(0, width - detailWidth - gap));
    // The title is the facilitator's text and may hold anything a concern
    // can, emoji included, so it is laid out like the body.
    QTextLayout titleLayout(title, headerFont(), m_device);
    titleLayout.setCacheEnabled(true);
    titleLayout.beginLayout();
    QTextLine titleLine = titleLayout.createLine();
    if (titleLine.isValid())
        titleLine.setLineWidth(qMax<qreal>(0, width - detailWidth - gap));
    titleLayout.endLayout();
    titleLayout.draw(&painter, QPointF());
    for (const ImageGlyph &glyph : colourGlyphImages(titleLayout, title, QPointF()))
        painter.drawImage(glyph.rect, glyph.image);
    painter.drawText(QRectF(0, 0, width, metrics.height()), Qt::AlignRight | Qt::AlignTop, detail);
    const qreal rule = metrics.height() * 1.4;
    painter.setPen(QPen(Qt::gray, metrics.lineWidth()));
    painter.drawLine(QPointF(0, rule), QPointF(width, rule));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(0, height - metrics.height(), width, metrics.height()),
                     Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Page %1 of %2").arg(pageIndex + 1).arg(pageCount()));
    painter.restore();

    qreal at = m_headerHeight;
    if (slice.repeatsHeader()) {
        paintBody(painter, slice.repeatedTop, slice.repeatedBottom, at);
        at += slice.repeatedBottom - slice.repeatedTop;
    }
    paintBody(painter, slice.top, slice.bottom, at);
}

bool SummaryPages::print()
{
    QPainter painter;
    if (!painter.begin(m_device))
        return false;
    // A print dialog may have asked for some pages only (numbered from 1).
    const QPageRanges wanted = m_device->pageRanges();
    bool first = true;
    for (int page = 0; page < pageCount(); ++page) {
        if (!wanted.isEmpty() && !wanted.contains(page + 1))
            continue;
        if (!first && !m_device->newPage())
            return false;
        first = false;
        paintPage(painter, page);
    }
    return painter.end();
}

QByteArray SummaryPages::pdf(const SummaryData &data, const QPageSize &pageSize,
                             const QLocale &locale)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(data.session.title);
        writer.setCreator(QStringLiteral("Candor"));
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, pageMarginsMillimetres(),
                                         QPageLayout::Millimeter));
        SummaryPages pages(data, &writer, locale);
        if (!pages.print())
            return {};
    }
    return bytes;
}

QPageSize SummaryPages::defaultPageSize(const QLocale &locale)
{
    return QPageSize(locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                             : QPageSize::A4);
}

QMarginsF SummaryPages::pageMarginsMillimetres()
{
    return QMarginsF(18, 15, 18, 15);
}

QString SummaryPages::headerDetail(const SummaryData &data, const QLocale &locale)
{
    return tr("%1 · %2").arg(Domain::kindName(data.session.kind),
                             SummaryDocument::dateText(data, locale));
}
