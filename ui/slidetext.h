#pragma once

#include "plainlabel.h"

#include <QColor>
#include <QSize>
#include <QVector>

class QTextLayout;

// Type on the room's screen is measured in slide points. A 16:9 slide is
// 7.5 inches, 540 points, high; shown on a 1080-line screen one point is
// two pixels, so the 24-point minimum for projected text is a font of 48
// pixels there, and 32 pixels on a 720-line screen. Everything on the
// slide scales with the window's height, or with its width for windows
// narrower than 4:3, so a line keeps enough words to read.
namespace SlideType {

constexpr qreal slideHeightPoints = 540;
constexpr qreal minimumPoints = 24;
// Text that shrinks to fit tries sizes this far apart.
constexpr qreal fitStepPoints = 2;

// Pixels per slide point in a window of this size at this zoom.
qreal pixelsPerPoint(const QSize &window, qreal zoom);
int pixels(qreal points, qreal pixelsPerPoint);
// The smallest font, in pixels, any text on such a slide may have.
int minimumPixels(qreal pixelsPerPoint);

} // namespace SlideType

// Text on the room's screen. It wraps between words and, where one word is
// wider than the slide (a pasted link), anywhere, so nothing runs past an
// edge; the height it asks for is exactly the height it paints. Its colour
// is read from the palette at each paint, so a change of theme shows at
// once.
class SlideText : public PlainLabel
{
    Q_OBJECT

public:
    enum class Tone {
        Primary,   // what the room reads first
        Secondary, // counts, details, page numbers: quieter, still 7:1
        Accent,    // a label that marks something ("Just shared")
    };

    SlideText(const QString &accessibleName, QWidget *parent);

    void setTone(Tone tone);
    Tone tone() const { return m_tone; }
    // The font in pixels; bold or not. Nothing happens when it is the same.
    void setType(int pixelSize, bool bold);
    int pixelSize() const { return font().pixelSize(); }

    // The text that fit() shows, whole or, when even the smallest size
    // does not fit, cut short with "…".
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // Tries sizes from preferredPoints down to minimumPoints until the full
    // text fits maximumHeight at this width; what still does not fit at the
    // smallest ends in "…". Returns the height it then needs.
    int fit(int width, int maximumHeight, qreal preferredPoints, qreal minimumPoints,
            qreal pixelsPerPoint, bool bold);

    int heightForWidth(int width) const override;
    bool hasHeightForWidth() const override { return true; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Lays text out as it is painted: lines break between words, inside a
    // word only where it is wider than the line. Returns the height.
    static int layOut(QTextLayout &layout, const QString &text, const QFont &font, int width,
                      Qt::Alignment alignment, QVector<int> *lineStarts = nullptr);
    static int heightOf(const QString &text, const QFont &font, int width);
    // Where each line of text starts, wrapped as it is painted.
    static QVector<int> lineStarts(const QString &text, const QFont &font, int width);
    // As much of text as fits in maximumHeight at this width, ending in "…"
    // when it had to be cut; at least one line.
    static QString elided(const QString &text, const QFont &font, int width, int maximumHeight);
    static QColor color(const QPalette &palette, Tone tone);
    // Bars need 3:1 against the slide to be seen (WCAG 1.4.11).
    static QColor barColor(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Tone m_tone = Tone::Primary;
    QString m_fullText;
};

// A tally as a bar: filled as far as its share of the people present, the
// rest of its length a faint track, so a bar alone still says how much of
// the room it stands for.
class SlideBar : public QWidget
{
    Q_OBJECT

public:
    explicit SlideBar(QWidget *parent);

    void setFraction(qreal fraction);
    qreal fraction() const { return m_fraction; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal m_fraction = 0;
};
