#include "slidetext.h"

#include "tallydelegate.h"

#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace {

// Below this aspect the width, not the height, sets the size of the type.
constexpr qreal narrowestAspect = 4.0 / 3.0;
constexpr qreal textContrast = 4.5;
constexpr qreal graphicContrast = 3.0;
// Secondary text keeps most of the theme's own contrast, and never less
// than 7:1 (WCAG AAA): it is read from the back of a room too.
constexpr qreal secondaryContrast = 7.0;
constexpr qreal secondaryShareOfContrast = 0.6;

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount,
                            a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

// The first of the palette's accent colours that stands out enough on the
// slide; the text colour when none does.
QColor firstReadable(const QPalette &palette, qreal contrast)
{
    const QColor background = palette.color(QPalette::Window);
    for (QPalette::ColorRole role : {QPalette::Highlight, QPalette::Link}) {
        const QColor candidate = palette.color(role);
        if (TallyDelegate::contrast(candidate, background) >= contrast)
            return candidate;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace

qreal SlideType::pixelsPerPoint(const QSize &window, qreal zoom)
{
    const qreal height = qMin(qreal(window.height()), window.width() / narrowestAspect);
    return qMax(qreal(0), height) / slideHeightPoints * zoom;
}

int SlideType::pixels(qreal points, qreal pixelsPerPoint)
{
    return qMax(1, qRound(points * pixelsPerPoint));
}

int SlideType::minimumPixels(qreal pixelsPerPoint)
{
    return pixels(minimumPoints, pixelsPerPoint);
}

SlideText::SlideText(const QString &accessibleName, QWidget *parent)
    : PlainLabel(parent)
{
    setAccessibleName(accessibleName);
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void SlideText::setTone(Tone tone)
{
    if (tone == m_tone)
        return;
    m_tone = tone;
    update();
}

void SlideText::setType(int pixelSize, bool bold)
{
    QFont current = font();
    if (current.pixelSize() == pixelSize && current.bold() == bold)
        return;
    current.setPixelSize(pixelSize);
    current.setBold(bold);
    setFont(current);
}

void SlideText::setFullText(const QString &text)
{
    m_fullText = text;
    setText(text);
}

int SlideText::fit(int width, int maximumHeight, qreal preferredPoints, qreal minimumPoints,
                   qreal pixelsPerPoint, bool bold)
{
    QFont trial = font();
    trial.setBold(bold);
    for (qreal points = preferredPoints; points > minimumPoints;
         points -= SlideType::fitStepPoints) {
        trial.setPixelSize(SlideType::pixels(points, pixelsPerPoint));
        if (heightOf(m_fullText, trial, width) <= maximumHeight) {
            setType(trial.pixelSize(), bold);
            setText(m_fullText);
            return heightForWidth(width);
        }
    }
    setType(SlideType::pixels(minimumPoints, pixelsPerPoint), bold);
    setText(elided(m_fullText, font(), width, maximumHeight));
    return heightForWidth(width);
}

QVector<int> SlideText::lineStarts(const QString &text, const QFont &font, int width)
{
    QVector<int> starts;
    QTextLayout layout;
    layOut(layout, text, font, width, Qt::AlignLeft, &starts);
    return starts;
}

int SlideText::layOut(QTextLayout &layout, const QString &text, const QFont &font, int width,
                      Qt::Alignment alignment, QVector<int> *lineStarts)
{
    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(laidOut);
    layout.setFont(font);
    QTextOption option(alignment & Qt::AlignHorizontal_Mask);
    // Between words; inside one only when it is wider than the line.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const qreal leading = QFontMetricsF(font).leading();
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(qMax(1, width));
        if (line.lineNumber() > 0)
            y = qCeil(y + leading);
        line.setPosition(QPointF(0, y));
        y += line.height();
        if (lineStarts)
            lineStarts->append(line.textStart());
    }
    layout.endLayout();
    return qCeil(y);
}

QString SlideText::elided(const QString &text, const QFont &font, int width, int maximumHeight)
{
    if (heightOf(text, font, width) <= maximumHeight)
        return text;
    const QVector<int> starts = lineStarts(text, font, width);
    const QFontMetrics metrics(font);
    // The lines that fit, the last of them ending in "…".
    int lines = qBound(1, maximumHeight / qMax(1, metrics.lineSpacing()), int(starts.size()));
    for (;; --lines) {
        const int lastStart = starts.at(lines - 1);
        QString rest = text.mid(lastStart).simplified();
        const QString shortened =
            text.left(lastStart) + metrics.elidedText(rest, Qt::ElideRight, qMax(1, width - 1));
        if (lines == 1 || heightOf(shortened, font, width) <= maximumHeight)
            return shortened;
    }
}

int SlideText::heightOf(const QString &text, const QFont &font, int width)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout;
    return layOut(layout, text, font, width, Qt::AlignLeft);
}

int SlideText::heightForWidth(int width) const
{
    return heightOf(text(), font(), width);
}

QSize SlideText::sizeHint() const
{
    // Slides place their text themselves; this is what one line would take.
    const QFontMetrics metrics(font());
    return {metrics.horizontalAdvance(text()), metrics.height()};
}

QSize SlideText::minimumSizeHint() const
{
    return {0, 0};
}

QColor SlideText::color(const QPalette &palette, Tone tone)
{
    const QColor background = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    switch (tone) {
    case Tone::Primary:
        return text;
    case Tone::Accent:
        return firstReadable(palette, textContrast);
    case Tone::Secondary: {
        const qreal full = TallyDelegate::contrast(text, background);
        const qreal wanted = qMax(secondaryContrast, full * secondaryShareOfContrast);
        QColor quieter = text;
        for (qreal amount = 0.05; amount < 0.7; amount += 0.05) {
            const QColor candidate = blend(text, background, amount);
            if (TallyDelegate::contrast(candidate, background) < wanted)
                break;
            quieter = candidate;
        }
        return quieter;
    }
    }
    return text;
}

QColor SlideText::barColor(const QPalette &palette)
{
    return firstReadable(palette, graphicContrast);
}

void SlideText::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(color(palette(), m_tone));
    QTextLayout layout;
    const QRect area = contentsRect();
    layOut(layout, text(), font(), area.width(), alignment());
    layout.draw(&painter, area.topLeft());
}

SlideBar::SlideBar(QWidget *parent)
    : QWidget(parent)
{}

void SlideBar::setFraction(qreal fraction)
{
    fraction = qBound(qreal(0), fraction, qreal(1));
    if (qFuzzyCompare(fraction + 1, m_fraction + 1))
        return;
    m_fraction = fraction;
    update();
}

void SlideBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QColor bar = SlideText::barColor(palette());
    QColor track = bar;
    track.setAlphaF(0.2);
    painter.fillRect(rect(), track);
    // However small its share, a tally above zero shows.
    const int filled = m_fraction > 0 ? qMax(height() / 2, qRound(width() * m_fraction)) : 0;
    painter.fillRect(QRect(0, 0, qMin(filled, width()), height()), bar);
}
