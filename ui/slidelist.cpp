#include "slidelist.h"

#include "slidetext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QResizeEvent>

namespace {

// Detail lines are a little smaller than the entry they describe, never
// smaller than the room can read.
constexpr qreal detailShare = 0.8;
// Room after a rank, as a share of the body size.
constexpr qreal markerGapShare = 0.6;
// The tally column's share of the list's width.
constexpr qreal tallyShare = 0.22;
// Bars are thinner than the line they sit on.
constexpr qreal barShareOfLine = 0.6;
// Room left beside a rank or a tally, so rounding never wraps its digits.
constexpr qreal digitSlackShare = 0.3;

} // namespace

// The widgets of one entry on screen; the list places them.
class SlideRow : public QWidget
{
public:
    explicit SlideRow(QWidget *parent)
        : QWidget(parent)
        , marker(new SlideText(SlideList::tr("Rank"), this))
        , kicker(new SlideText(SlideList::tr("Label"), this))
        , text(new SlideText(SlideList::tr("Entry"), this))
        , detail(new SlideText(SlideList::tr("Details"), this))
        , tally(new SlideText(SlideList::tr("People who wrote it"), this))
        , bar(new SlideBar(this))
    {
        marker->setTone(SlideText::Tone::Secondary);
        marker->setAlignment(Qt::AlignRight | Qt::AlignTop);
        kicker->setTone(SlideText::Tone::Accent);
        detail->setTone(SlideText::Tone::Secondary);
        tally->setAlignment(Qt::AlignRight | Qt::AlignTop);
    }

    SlideText *marker;
    SlideText *kicker;
    SlideText *text;
    SlideText *detail;
    SlideText *tally;
    SlideBar *bar;
};

struct SlideList::Type
{
    int body = 0;
    int detail = 0;
    int minimum = 0;
    int gap = 0;
    QFont text;
    QFont strongText;
    QFont detailText;
    QFont kicker;
    int line = 0; // one line of the body, bold: ranks and tallies
    int markerWidth = 0;
    int tallyWidth = 0; // with the gap before it
    int numberWidth = 0;
    int textWidth = 0;
};

SlideList::SlideList(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_empty(new SlideText(tr("Empty list"), this))
    , m_pageLabel(new SlideText(tr("Page"), this))
{
    setAccessibleName(accessibleName);
    m_empty->setTone(SlideText::Tone::Secondary);
    m_empty->hide();
    m_pageLabel->setTone(SlideText::Tone::Secondary);
    m_pageLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_pageLabel->hide();
}

SlideList::~SlideList() = default;

void SlideList::setItems(const QVector<SlideItem> &items, int tallyMaximum)
{
    m_items = items;
    m_widestMarker.clear();
    m_hasTallies = false;
    int largestTally = 0;
    for (const SlideItem &item : items) {
        if (item.marker.size() > m_widestMarker.size())
            m_widestMarker = item.marker;
        m_hasTallies = m_hasTallies || item.tally >= 0;
        largestTally = qMax(largestTally, item.tally);
    }
    m_tallyMaximum = qMax(tallyMaximum, largestTally);
    scheduleLayout();
}

void SlideList::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    if (m_items.isEmpty())
        scheduleLayout();
}

void SlideList::setPreferredPoints(qreal points)
{
    m_preferredPoints = points;
    scheduleLayout();
}

void SlideList::setSpacing(qreal shareOfType)
{
    m_spacing = shareOfType;
    scheduleLayout();
}

void SlideList::setPixelsPerPoint(qreal pixelsPerPoint)
{
    if (qFuzzyCompare(pixelsPerPoint, m_pixelsPerPoint))
        return;
    m_pixelsPerPoint = pixelsPerPoint;
    scheduleLayout();
}

void SlideList::showFirstPage()
{
    if (m_page == 0)
        return;
    m_page = 0;
    // A layout on its way starts from the first page anyway.
    if (!m_layoutPending)
        showPage();
}

bool SlideList::showNextPage()
{
    ensureLaidOut();
    if (!m_paged)
        return false;
    ensurePages(m_page + 1);
    if (m_page + 1 >= m_pages.size())
        return false;
    ++m_page;
    showPage();
    return true;
}

bool SlideList::showPreviousPage()
{
    ensureLaidOut();
    if (m_page == 0)
        return false;
    --m_page;
    showPage();
    return true;
}

int SlideList::firstShown() const
{
    const QVector<Segment> page = m_pages.value(m_page);
    return page.isEmpty() ? -1 : page.constFirst().item;
}

int SlideList::lastShown() const
{
    const QVector<Segment> page = m_pages.value(m_page);
    return page.isEmpty() ? -1 : page.constLast().item;
}

QString SlideList::pageText() const
{
    if (!m_paged || firstShown() < 0)
        return {};
    const QLocale locale;
    if (firstShown() == lastShown())
        return tr("%1 of %2", "the entry a page of a list shows, e.g. 7 of 40")
            .arg(locale.toString(firstShown() + 1), locale.toString(count()));
    return tr("%1–%2 of %3", "the entries a page of a list shows, e.g. 12–17 of 17")
        .arg(locale.toString(firstShown() + 1), locale.toString(lastShown() + 1),
             locale.toString(count()));
}

void SlideList::scheduleLayout()
{
    if (m_layoutPending)
        return;
    m_layoutPending = true;
    QCoreApplication::postEvent(this, new QEvent(QEvent::LayoutRequest));
}

void SlideList::ensureLaidOut()
{
    if (m_layoutPending)
        relayout();
}

bool SlideList::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        ensureLaidOut();
        return true;
    }
    return QWidget::event(event);
}

void SlideList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

SlideList::Type SlideList::typeFor(int bodyPixels) const
{
    Type type;
    type.body = bodyPixels;
    type.minimum = SlideType::minimumPixels(m_pixelsPerPoint);
    type.detail = qMax(type.minimum, qRound(bodyPixels * detailShare));
    type.gap = qRound(bodyPixels * m_spacing);
    QFont base = font();
    base.setBold(false);
    base.setPixelSize(bodyPixels);
    type.text = base;
    type.strongText = base;
    type.strongText.setBold(true);
    type.detailText = base;
    type.detailText.setPixelSize(type.detail);
    type.kicker = type.detailText;
    type.kicker.setBold(true);
    const QFontMetrics strong(type.strongText);
    type.line = SlideText::heightOf(QStringLiteral("0"), type.strongText, width());
    const int slack = qRound(bodyPixels * digitSlackShare);
    if (!m_widestMarker.isEmpty())
        type.markerWidth =
            strong.horizontalAdvance(m_widestMarker) + slack + qRound(bodyPixels * markerGapShare);
    if (m_hasTallies) {
        type.numberWidth = strong.horizontalAdvance(QLocale().toString(m_tallyMaximum)) + slack;
        type.tallyWidth = qRound(width() * tallyShare) + type.gap;
    }
    type.textWidth = qMax(1, width() - type.markerWidth - type.tallyWidth);
    return type;
}

QString SlideList::cacheKey(const SlideItem &item) const
{
    const QChar separator(0x1f);
    return item.kicker + separator + item.text + separator + item.detail + separator +
           QChar(item.strong ? u'1' : u'0') + QChar(item.tally >= 0 ? u'1' : u'0');
}

int SlideList::itemHeight(const Type &type, int item)
{
    const SlideItem &entry = m_items.at(item);
    QHash<QString, int> &heights = m_heights[type.body];
    const QString key = cacheKey(entry);
    const auto cached = heights.constFind(key);
    if (cached != heights.constEnd())
        return *cached;
    ++m_measurements;
    const int kicker = SlideText::heightOf(entry.kicker, type.kicker, type.textWidth);
    int height = kicker +
                 SlideText::heightOf(entry.text, entry.strong ? type.strongText : type.text,
                                     type.textWidth) +
                 SlideText::heightOf(entry.detail, type.detailText, type.textWidth);
    if (entry.tally >= 0 || !entry.marker.isEmpty())
        height = qMax(height, kicker + type.line);
    heights.insert(key, height);
    return height;
}

QVector<int> SlideList::lineStarts(const Type &type, int item) const
{
    const SlideItem &entry = m_items.at(item);
    return SlideText::lineStarts(entry.text, entry.strong ? type.strongText : type.text,
                                 type.textWidth);
}

QString SlideList::segmentText(const Type &type, const Segment &segment) const
{
    const QString &text = m_items.at(segment.item).text;
    if (segment.first() && segment.last())
        return text;
    const QVector<int> starts = lineStarts(type, segment.item);
    const int from = starts.value(segment.firstLine, int(text.size()));
    const int to = segment.last() ? int(text.size()) : starts.value(segment.endLine);
    return text.mid(from, to - from).trimmed();
}

int SlideList::segmentHeight(const Type &type, const Segment &segment)
{
    if (segment.first() && segment.last())
        return itemHeight(type, segment.item);
    const SlideItem &entry = m_items.at(segment.item);
    const int kicker =
        segment.first() ? SlideText::heightOf(entry.kicker, type.kicker, type.textWidth) : 0;
    const int detail =
        segment.last() ? SlideText::heightOf(entry.detail, type.detailText, type.textWidth) : 0;
    const int text = SlideText::heightOf(
        segmentText(type, segment), entry.strong ? type.strongText : type.text, type.textWidth);
    return qMax(kicker + text + detail, segment.first() ? kicker + type.line : 0);
}

QVector<SlideList::Segment> SlideList::segmentsOf(const Type &type, int item, int pageHeight)
{
    if (itemHeight(type, item) <= pageHeight)
        return {Segment{item, 0, -1, 0}};
    // Too tall for a page of its own: as many whole lines as fit on each.
    const QVector<int> starts = lineStarts(type, item);
    const int lineCount = int(starts.size());
    const int lineHeight = QFontMetrics(type.text).lineSpacing();
    QVector<Segment> segments;
    int first = 0;
    while (first < lineCount) {
        int end = qMin(lineCount, first + qMax(1, pageHeight / qMax(1, lineHeight)));
        Segment segment{item, first, end, lineCount};
        while (end > first + 1 && segmentHeight(type, segment) > pageHeight)
            segment.endLine = --end;
        segments.append(segment);
        first = end;
    }
    return segments;
}

bool SlideList::fitsOnOnePage(const Type &type)
{
    int used = 0;
    for (int item = 0; item < count(); ++item) {
        used += (item > 0 ? type.gap : 0) + itemHeight(type, item);
        if (used > height())
            return false;
    }
    return true;
}

int SlideList::pageHeight(const Type &type) const
{
    QFont pageFont = font();
    pageFont.setPixelSize(type.minimum);
    return height() - type.gap - SlideText::heightOf(QStringLiteral("0"), pageFont, width());
}

void SlideList::ensurePages(int page)
{
    const Type type = typeFor(m_bodyPixels);
    const int available = pageHeight(type);
    while (m_pages.size() <= page && !m_pagesComplete) {
        QVector<Segment> shown;
        int used = 0;
        int item = m_nextItem;
        int line = m_nextLine;
        bool full = false;
        for (; item < count() && !full; ++item, line = 0) {
            for (const Segment &segment : segmentsOf(type, item, available)) {
                if (segment.firstLine < line)
                    continue;
                const int needed =
                    (shown.isEmpty() ? 0 : used + type.gap) + segmentHeight(type, segment);
                if (!shown.isEmpty() && needed > available) {
                    m_nextItem = item;
                    m_nextLine = segment.firstLine;
                    full = true;
                    break;
                }
                shown.append(segment);
                used = needed;
            }
        }
        m_pages.append(shown);
        m_pagesComplete = !full;
    }
}

void SlideList::relayout()
{
    m_layoutPending = false;
    m_pages.clear();
    m_pagesComplete = false;
    m_nextItem = 0;
    m_nextLine = 0;
    m_paged = false;
    const int minimum = SlideType::minimumPixels(m_pixelsPerPoint);
    if (m_items.isEmpty() || height() < 2 * minimum) {
        m_empty->setType(SlideType::pixels(m_preferredPoints, m_pixelsPerPoint), false);
        m_empty->setGeometry(0, 0, width(), m_empty->heightForWidth(width()));
        m_empty->setVisible(m_items.isEmpty() && !m_empty->text().isEmpty());
        m_page = 0;
        showPage();
        return;
    }
    m_empty->hide();
    if (width() != m_measuredWidth) {
        m_heights.clear();
        m_measuredWidth = width();
    }
    // The largest size at which everything fits; else the smallest, paged.
    m_bodyPixels = minimum;
    m_paged = true;
    for (qreal points = m_preferredPoints; SlideType::pixels(points, m_pixelsPerPoint) > minimum;
         points -= SlideType::fitStepPoints) {
        if (fitsOnOnePage(typeFor(SlideType::pixels(points, m_pixelsPerPoint)))) {
            m_bodyPixels = SlideType::pixels(points, m_pixelsPerPoint);
            m_paged = false;
            break;
        }
    }
    if (m_paged && fitsOnOnePage(typeFor(minimum)))
        m_paged = false;
    if (!m_paged) {
        QVector<Segment> all;
        for (int item = 0; item < count(); ++item)
            all.append(Segment{item, 0, -1, 0});
        m_pages = {all};
        m_pagesComplete = true;
        m_page = 0;
    } else {
        ensurePages(m_page);
        m_page = qMin(m_page, int(m_pages.size()) - 1);
    }
    showPage();
}

SlideRow *SlideList::row(int index)
{
    while (m_rows.size() <= index)
        m_rows.append(new SlideRow(this));
    return m_rows.at(index);
}

int SlideList::present(SlideRow *row, const Type &type, const Segment &segment, int top)
{
    const SlideItem &entry = m_items.at(segment.item);
    const int height = segmentHeight(type, segment);
    row->setGeometry(0, top, width(), height);
    const int left = type.markerWidth;

    const bool kickerShown = segment.first() && !entry.kicker.isEmpty();
    int y = 0;
    row->kicker->setVisible(kickerShown);
    if (kickerShown) {
        row->kicker->setText(entry.kicker);
        row->kicker->setType(type.detail, true);
        const int kickerHeight = row->kicker->heightForWidth(type.textWidth);
        row->kicker->setGeometry(left, 0, type.textWidth, kickerHeight);
        y = kickerHeight;
    }

    const bool markerShown = segment.first() && !entry.marker.isEmpty();
    row->marker->setVisible(markerShown);
    if (markerShown) {
        row->marker->setText(entry.marker);
        row->marker->setType(type.body, true);
        row->marker->setGeometry(0, y, left - qRound(type.body * markerGapShare), type.line);
    }

    const bool tallyShown = segment.first() && entry.tally >= 0;
    row->tally->setVisible(tallyShown);
    row->bar->setVisible(tallyShown);
    if (tallyShown) {
        const int columnLeft = left + type.textWidth + type.gap;
        const int columnWidth = width() - columnLeft;
        row->tally->setText(QLocale().toString(entry.tally));
        row->tally->setType(type.body, true);
        row->tally->setGeometry(columnLeft, y, type.numberWidth, type.line);
        const int barLeft = columnLeft + type.numberWidth + type.gap / 2;
        const int barHeight = qRound(type.line * barShareOfLine);
        row->bar->setGeometry(barLeft, y + (type.line - barHeight) / 2,
                              qMax(0, columnLeft + columnWidth - barLeft), barHeight);
        row->bar->setFraction(m_tallyMaximum > 0 ? qreal(entry.tally) / m_tallyMaximum : 0);
    }

    row->text->setText(segmentText(type, segment));
    row->text->setType(type.body, entry.strong);
    const int textHeight = row->text->heightForWidth(type.textWidth);
    row->text->setGeometry(left, y, type.textWidth, textHeight);
    y += textHeight;

    const bool detailShown = segment.last() && !entry.detail.isEmpty();
    row->detail->setVisible(detailShown);
    if (detailShown) {
        row->detail->setText(entry.detail);
        row->detail->setType(type.detail, false);
        row->detail->setGeometry(left, y, type.textWidth,
                                 row->detail->heightForWidth(type.textWidth));
    }
    row->show();
    return height;
}

void SlideList::showPage()
{
    const QVector<Segment> page = m_pages.value(m_page);
    int top = 0;
    if (!page.isEmpty()) {
        const Type type = typeFor(m_bodyPixels);
        for (int i = 0; i < page.size(); ++i)
            top += present(row(i), type, page.at(i), top) + type.gap;
    }
    for (int i = int(page.size()); i < m_rows.size(); ++i)
        m_rows.at(i)->hide();

    m_pageLabel->setVisible(m_paged);
    if (m_paged) {
        const int minimum = SlideType::minimumPixels(m_pixelsPerPoint);
        m_pageLabel->setText(pageText());
        m_pageLabel->setType(minimum, false);
        const int pageLine = m_pageLabel->heightForWidth(width());
        m_pageLabel->setGeometry(0, height() - pageLine, width(), pageLine);
    }
}
