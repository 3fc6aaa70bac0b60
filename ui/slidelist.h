#pragma once

#include <QHash>
#include <QVector>
#include <QWidget>

class SlideRow;
class SlideText;

// One entry of a list on the room's screen.
struct SlideItem
{
    QString marker; // the rank or number, in a column of its own; may be empty
    QString kicker; // a short label above the text, in the accent colour
    QString text;
    QString detail;      // a quieter line under the text
    int tally = -1;      // people who wrote it, drawn as a bar; -1 for none
    bool strong = false; // bold text
};

// A list on the room's screen, laid out like a slide: no header, gutter
// or scroll bar, padding between entries, type no smaller than the room
// can read. Everything shows at the largest size that fits; when even the
// smallest (24 slide points) does not, the list is cut into pages, says
// which entries it shows ("12–17 of 17") and moves on when told to. An
// entry too tall for a page on its own continues on the next one.
//
// Each entry is measured once for a size and width and remembered, so an
// edit measures what it changed, and moving between pages measures only
// entries not seen before; only the entries on screen have widgets.
class SlideList : public QWidget
{
    Q_OBJECT

public:
    SlideList(const QString &accessibleName, QWidget *parent);
    ~SlideList() override;

    // Keeps the page shown where it still exists. tallyMaximum is the
    // tally of a full bar.
    void setItems(const QVector<SlideItem> &items, int tallyMaximum = 0);
    const QVector<SlideItem> &items() const { return m_items; }
    int count() const { return int(m_items.size()); }
    // Shown instead of the list when it has no entries.
    void setEmptyText(const QString &text);
    // The size entries start from before they shrink to fit.
    void setPreferredPoints(qreal points);
    // The padding between entries, as a share of their type size.
    void setSpacing(qreal shareOfType);
    void setPixelsPerPoint(qreal pixelsPerPoint);

    // A change is laid out by the event loop, once, however many setters
    // ran; paging lays out first. What follows describes the last layout.
    void showFirstPage();
    // False when there is no next (previous) page.
    bool showNextPage();
    bool showPreviousPage();
    bool isPaged() const { return m_paged; }
    // The entries on screen, counted from 0; -1 when there are none.
    int firstShown() const;
    int lastShown() const;
    // "12–17 of 17" while paged, otherwise empty.
    QString pageText() const;
    int bodyPixelSize() const { return m_bodyPixels; }
    // Entries measured so far: what an edit or a page costs.
    int measurements() const { return m_measurements; }

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // Lines [firstLine, endLine) of an entry's text; endLine -1 is its end.
    struct Segment
    {
        int item = 0;
        int firstLine = 0;
        int endLine = -1;
        int lineCount = 0; // lines in the whole text, when split
        bool first() const { return firstLine == 0; }
        bool last() const { return endLine < 0 || endLine >= lineCount; }
    };
    struct Type;

    Type typeFor(int bodyPixels) const;
    QString cacheKey(const SlideItem &item) const;
    int itemHeight(const Type &type, int item);
    int segmentHeight(const Type &type, const Segment &segment);
    QString segmentText(const Type &type, const Segment &segment) const;
    QVector<int> lineStarts(const Type &type, int item) const;
    QVector<Segment> segmentsOf(const Type &type, int item, int pageHeight);
    bool fitsOnOnePage(const Type &type);
    int pageHeight(const Type &type) const;
    void ensurePages(int page);
    // Lays out once, after the items, the type and the geometry are set.
    void scheduleLayout();
    void ensureLaidOut();
    void relayout();
    void showPage();
    int present(SlideRow *row, const Type &type, const Segment &segment, int top);
    SlideRow *row(int index);

    QVector<SlideItem> m_items;
    int m_tallyMaximum = 0;
    QString m_widestMarker;
    bool m_hasTallies = false;
    qreal m_pixelsPerPoint = 2;
    qreal m_preferredPoints = 32;
    qreal m_spacing = 0.5;

    bool m_layoutPending = false;
    int m_bodyPixels = 0;
    bool m_paged = false;
    int m_page = 0;
    QVector<QVector<Segment>> m_pages;
    bool m_pagesComplete = false;
    // Where the page after the last one built starts.
    int m_nextItem = 0;
    int m_nextLine = 0;

    // Heights by body size, then by entry content, for m_measuredWidth.
    QHash<int, QHash<QString, int>> m_heights;
    int m_measuredWidth = -1;
    int m_measurements = 0;

    QVector<SlideRow *> m_rows;
    SlideText *m_empty;
    SlideText *m_pageLabel;
};
