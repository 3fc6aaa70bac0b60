#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QMarginsF>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;
struct SummaryData;

// The summary laid out on pages of a printer or a PDF file. Qt's own
// pagination cuts wherever the page ends, through a table row if need be;
// here a page ends only between lines, never inside a table row (so an
// action stays whole and a concern stays beside its tally), never right
// after a heading or a label, and never leaves one line of a paragraph
// alone. A table that runs on repeats its header row. Every page has the
// title in its header and "Page N of M" in its footer.
class SummaryPages
{
    Q_DECLARE_TR_FUNCTIONS(SummaryPages)

public:
    // Where on the laid-out document a page starts and ends, in device units.
    struct Slice
    {
        qreal top = 0;
        qreal bottom = 0;
        // The header row of a table this page continues; empty otherwise.
        qreal repeatedTop = 0;
        qreal repeatedBottom = 0;
        bool repeatsHeader() const { return repeatedBottom > repeatedTop; }
    };

    // Lays the summary out for the device's resolution and page width. The
    // device must outlive these pages.
    SummaryPages(const SummaryData &data, QPagedPaintDevice *device,
                 const QLocale &locale = QLocale());
    ~SummaryPages();
    SummaryPages(const SummaryPages &) = delete;
    SummaryPages &operator=(const SummaryPages &) = delete;

    int pageCount() const { return int(m_slices.size()); }
    const QTextDocument &document() const { return *m_document; }
    const QVector<Slice> &slices() const { return m_slices; }
    // The height of the body of a page, between header and footer.
    qreal bodyHeight() const { return m_bodyHeight; }

    // Paints every page, starting a new device page between them. False
    // when the device could not be painted on.
    bool print();
    void paintPage(QPainter &painter, int pageIndex) const;

    // The whole summary as a PDF file's bytes, empty on failure.
    static QByteArray pdf(const SummaryData &data, const QPageSize &pageSize,
                          const QLocale &locale = QLocale());
    // A4, or US Letter where the locale measures in inches.
    static QPageSize defaultPageSize(const QLocale &locale = QLocale());
    static QMarginsF pageMarginsMillimetres();
    static QString headerDetail(const SummaryData &data, const QLocale &locale);

    // A glyph of a colour emoji font, painted as an image (see the .cpp).
    struct ImageGlyph
    {
        QRectF rect; // in document coordinates
        QImage image;
    };

private:
    void paginate();
    void paintBody(QPainter &painter, qreal top, qreal bottom, qreal at) const;

    std::unique_ptr<QTextDocument> m_document;
    QPagedPaintDevice *m_device;
    QString m_headerTitle;
    QString m_headerDetail;
    qreal m_headerHeight = 0;
    qreal m_bodyHeight = 0;
    QVector<Slice> m_slices;
    QVector<ImageGlyph> m_imageGlyphs;
};
