#include "countdownwidget.h"

#include "countdown.h"
#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QVariantAnimation>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace {

QColor blend(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

// Three slow pulses, well under the flash rates that trouble people.
constexpr int FlashPulseMs = 1500;
constexpr int FlashPulses = 3;

} // namespace

CountdownWidget::CountdownWidget(Countdown *countdown, QWidget *parent)
    : QWidget(parent)
    , m_countdown(countdown)
    , m_flash(new QVariantAnimation(this))
{
    setAccessibleName(tr("Countdown"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_flash->setStartValue(0.0);
    m_flash->setEndValue(1.0);
    m_flash->setDuration(FlashPulseMs);
    m_flash->setLoopCount(FlashPulses);
    connect(m_flash, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        // Eases in and out of each pulse: 0 -> 1 -> 0 along a cosine.
        m_flashLevel = 0.5 - 0.5 * std::cos(2.0 * M_PI * value.toDouble());
        update();
    });
    connect(m_flash, &QVariantAnimation::finished, this, [this] {
        m_flashLevel = 0.0;
        update();
    });

    if (m_countdown) {
        connect(m_countdown, &Countdown::changed, this, &CountdownWidget::countdownChanged);
        connect(m_countdown, &Countdown::ticked, this, &CountdownWidget::countdownTicked);
        connect(m_countdown, &Countdown::reachedZero, this, &CountdownWidget::reachedZero);
    }
    updateColors();
    updateFonts();
    updateDescription();
}

CountdownWidget::~CountdownWidget() = default;

void CountdownWidget::setHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    update();
}

QString CountdownWidget::displayedText() const
{
    return Countdown::format(m_countdown ? m_countdown->remainingMs() : 0);
}

QString CountdownWidget::stateText() const
{
    QStringList parts;
    if (m_countdown && m_countdown->state() == Countdown::State::Paused)
        parts << tr("Paused");
    // Words beside the colour: a warning reads as one in any theme, and to
    // someone who does not see the colour.
    if (m_countdown && m_countdown->isOvertime())
        parts << (Countdown::shownSeconds(m_countdown->remainingMs()) == 0 ? tr("Time is up")
                                                                           : tr("Overtime"));
    else if (m_countdown && m_countdown->isLastMinute())
        parts << tr("Last minute");
    if (!m_hint.isEmpty())
        parts << m_hint;
    QString text = parts.value(0);
    for (int i = 1; i < parts.size(); ++i)
        text = tr("%1 · %2", "state line: separates its parts").arg(text, parts.at(i));
    return text;
}

QColor CountdownWidget::digitColor() const
{
    if (m_countdown && m_countdown->isOvertime())
        return m_signals.onAlarm;
    if (m_countdown && m_countdown->isLastMinute())
        return m_signals.onWarning;
    return m_normalColor;
}

QColor CountdownWidget::panelColor() const
{
    if (m_countdown && m_countdown->isOvertime())
        return m_flashLevel > 0 ? blend(m_signals.alarm, m_flashColor, m_flashLevel)
                                : m_signals.alarm;
    if (m_countdown && m_countdown->isLastMinute())
        return m_signals.warning;
    return palette().color(QPalette::Window);
}

bool CountdownWidget::isFlashing() const
{
    return m_flash->state() == QAbstractAnimation::Running;
}

QString CountdownWidget::spokenTime(qint64 remainingMs)
{
    const qint64 total = std::abs(Countdown::shownSeconds(remainingMs));
    const int hours = int(total / 3600);
    const int minutes = int(total / 60 % 60);
    const int seconds = int(total % 60);
    // Singular spelled out so English reads right without a translation
    // file; translators get plural forms through %n.
    QStringList parts;
    if (hours > 0)
        parts << (hours == 1 ? tr("1 hour") : tr("%n hours", nullptr, hours));
    if (minutes > 0)
        parts << (minutes == 1 ? tr("1 minute") : tr("%n minutes", nullptr, minutes));
    if (seconds > 0 || parts.isEmpty())
        parts << (seconds == 1 ? tr("1 second") : tr("%n seconds", nullptr, seconds));
    return parts.join(QLatin1Char(' '));
}

QSize CountdownWidget::sizeHint() const
{
    return {480, 240};
}

QSize CountdownWidget::minimumSizeHint() const
{
    return {160, 80};
}

void CountdownWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The last minute is an amber panel and overtime a red one: seen from
    // the back of the room, not only read.
    painter.fillRect(rect(), panelColor());

    // Digits one by one in cells of equal width, so "1:11" and "0:00" take
    // the same room whatever the font's figures are, and nothing jitters.
    const QString text = displayedText();
    const QFontMetricsF metrics(m_digitFont);
    qreal width = 0;
    for (const QChar c : text)
        width += c.isDigit() ? m_digitCellWidth : metrics.horizontalAdvance(c);
    const QRectF box = digitsRect();
    const QRectF ink = metrics.tightBoundingRect(QStringLiteral("0"));
    const qreal baseline = box.center().y() - ink.center().y();
    qreal x = box.center().x() - width / 2;
    painter.setFont(m_digitFont);
    painter.setPen(digitColor());
    for (const QChar c : text) {
        const qreal advance = metrics.horizontalAdvance(c);
        if (c.isDigit()) {
            painter.drawText(QPointF(x + (m_digitCellWidth - advance) / 2, baseline), QString(c));
            x += m_digitCellWidth;
        } else {
            painter.drawText(QPointF(x, baseline), QString(c));
            x += advance;
        }
    }

    const QRect line = stateRect();
    painter.setFont(m_stateFont);
    painter.setPen(digitColor());
    painter.drawText(
        line, Qt::AlignCenter,
        QFontMetrics(m_stateFont).elidedText(stateText(), Qt::ElideRight, line.width()));
}

void CountdownWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
}

void CountdownWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateColors();
        update();
    } else if (event->type() == QEvent::FontChange) {
        updateFonts();
        update();
    }
}

void CountdownWidget::countdownChanged()
{
    // Time added back out of overtime: the alarm is over.
    if (m_flash->state() == QAbstractAnimation::Running &&
        !(m_countdown && m_countdown->isOvertime())) {
        m_flash->stop();
        m_flashLevel = 0.0;
    }
    countdownTicked();
}

void CountdownWidget::countdownTicked()
{
    if (digitTemplates() != m_fittedTemplates)
        updateFonts();
    updateDescription();
    update();
}

void CountdownWidget::reachedZero()
{
    m_flash->stop();
    m_flash->start();
    QApplication::beep();
    updateDescription();
    update();
}

void CountdownWidget::updateColors()
{
    const QColor window = palette().color(QPalette::Window);
    m_normalColor = palette().color(QPalette::WindowText);
    if (Theme::contrast(m_normalColor, window) < 4.5)
        m_normalColor = Theme::contrast(Qt::white, window) > Theme::contrast(Qt::black, window)
                            ? QColor(Qt::white)
                            : QColor(Qt::black);
    m_signals = Theme::signalColours(palette());
    // The pulse at zero darkens the red panel, never so far that its text
    // stops reading.
    m_flashColor = m_signals.alarm;
    for (int step = 1; step <= 10; ++step) {
        const QColor darker = m_signals.alarm.darker(100 + step * 10);
        if (Theme::contrast(m_signals.onAlarm, darker) < 4.5)
            break;
        m_flashColor = darker;
    }
}

QStringList CountdownWidget::digitTemplates() const
{
    // Room for the widest text this countdown is likely to show, so the
    // digits keep their size as it crosses 10:00 or goes into overtime.
    const auto shape = [](qint64 ms) {
        QString text = Countdown::format(ms);
        for (QChar &c : text) {
            if (c.isDigit())
                c = QLatin1Char('0');
        }
        return text;
    };
    QStringList shapes{QStringLiteral("00:00"), QStringLiteral("+0:00")};
    if (m_countdown) {
        shapes << shape(m_countdown->durationMs()) << shape(m_countdown->remainingMs());
        if (shapes.last().count(QLatin1Char(':')) > 1 || shapes.at(2).count(QLatin1Char(':')) > 1)
            shapes << QStringLiteral("+0:00:00");
    }
    shapes.removeDuplicates();
    return shapes;
}

QRect CountdownWidget::stateRect() const
{
    const int lineHeight = QFontMetrics(m_stateFont).height();
    return {m_margin, height() - m_margin - lineHeight, width() - 2 * m_margin, lineHeight};
}

QRect CountdownWidget::digitsRect() const
{
    const int gap = m_margin / 2;
    const QRect line = stateRect();
    return {m_margin, m_margin, width() - 2 * m_margin, line.top() - gap - m_margin};
}

void CountdownWidget::updateFonts()
{
    m_margin = std::max(4, qRound(height() * 0.04));
    m_stateFont = font();
    m_stateFont.setPixelSize(std::max(12, qRound(height() * 0.1)));

    const QRect box = digitsRect();
    m_fittedTemplates = digitTemplates();
    const QString digits = QStringLiteral("0123456789");
    m_digitFont = font();
    // Bold and, where the family has it, condensed: more height for the
    // same width, which is what a wide row of digits runs out of first.
    m_digitFont.setWeight(QFont::Bold);
    m_digitFont.setStretch(QFont::SemiCondensed);
    const auto fit = [&](int pixelSize) {
        m_digitFont.setPixelSize(std::max(1, pixelSize));
        const QFontMetricsF metrics(m_digitFont);
        m_digitCellWidth = 0;
        for (const QChar c : digits)
            m_digitCellWidth = std::max(m_digitCellWidth, qCeil(metrics.horizontalAdvance(c)));
        qreal width = 0;
        for (const QString &shape : qAsConst(m_fittedTemplates)) {
            qreal shapeWidth = 0;
            for (const QChar c : shape)
                shapeWidth += c.isDigit() ? m_digitCellWidth : metrics.horizontalAdvance(c);
            width = std::max(width, shapeWidth);
        }
        return std::pair<qreal, qreal>(metrics.tightBoundingRect(digits).height(), width);
    };

    // The ink of the digits, not the font's line height, fills the box:
    // a font's line has room for accents and descenders digits never use.
    int size = std::max(1, box.height());
    auto [ink, width] = fit(size);
    if (ink > 0)
        size = int(size * box.height() * 0.95 / ink);
    std::tie(ink, width) = fit(size);
    if (width > box.width() && width > 0) {
        size = int(size * box.width() / width);
        std::tie(ink, width) = fit(size);
        // Hinting does not scale exactly; shrink until it fits.
        while (width > box.width() && size > 1)
            std::tie(ink, width) = fit(--size);
    }
}

void CountdownWidget::updateDescription()
{
    QString description;
    if (m_countdown) {
        const qint64 remaining = m_countdown->remainingMs();
        const qint64 shown = Countdown::shownSeconds(remaining);
        const QString time = spokenTime(remaining);
        switch (m_countdown->state()) {
        case Countdown::State::Idle:
            description = tr("%1, not started").arg(time);
            break;
        case Countdown::State::Running:
            description = shown > 0    ? tr("%1 left").arg(time)
                          : shown == 0 ? tr("Time is up")
                                       : tr("%1 over time").arg(time);
            break;
        case Countdown::State::Paused:
            description = shown > 0    ? tr("Paused, %1 left").arg(time)
                          : shown == 0 ? tr("Paused, time is up")
                                       : tr("Paused, %1 over time").arg(time);
            break;
        }
    }
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}
