#include "theme.h"

#include <QApplication>
#include <QFocusFrame>
#include <QFont>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <cmath>

namespace {

// What the application had before any theme was applied, to go back to.
struct Original
{
    bool captured = false;
    bool changed = false; // a theme or the large type was applied since
    QString styleName;
    QPalette palette;
    QFont font;
};

Original &original()
{
    static Original saved;
    return saved;
}

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, placeholder, link, linkVisited, toolTipBase, toolTipText, mid, dark, light,
        disabledText;
};

QPalette build(const Colours &c)
{
    QPalette palette;
    const auto set = [&](QPalette::ColorRole role, const QColor &colour) {
        palette.setColor(QPalette::Active, role, colour);
        palette.setColor(QPalette::Inactive, role, colour);
        palette.setColor(QPalette::Disabled, role, colour);
    };
    set(QPalette::Window, c.window);
    set(QPalette::WindowText, c.windowText);
    set(QPalette::Base, c.base);
    set(QPalette::AlternateBase, c.alternateBase);
    set(QPalette::Text, c.text);
    set(QPalette::Button, c.button);
    set(QPalette::ButtonText, c.buttonText);
    set(QPalette::Highlight, c.highlight);
    set(QPalette::HighlightedText, c.highlightedText);
    set(QPalette::PlaceholderText, c.placeholder);
    set(QPalette::Link, c.link);
    set(QPalette::LinkVisited, c.linkVisited);
    set(QPalette::ToolTipBase, c.toolTipBase);
    set(QPalette::ToolTipText, c.toolTipText);
    set(QPalette::BrightText, c.highlightedText);
    set(QPalette::Mid, c.mid);
    set(QPalette::Dark, c.dark);
    set(QPalette::Light, c.light);
    set(QPalette::Midlight, c.light);
    set(QPalette::Shadow, c.dark);
    // Disabled text is meant to recede; it is the one exception to 4.5:1.
    palette.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    return palette;
}

// Width of the focus ring around a control and of the mark on the current
// cell of a list: WCAG 2.2 asks for at least 2 px.
constexpr int FocusRingWidth = 3;
constexpr int CurrentCellMarkWidth = 2;

// Draws keyboard focus so it can be seen from across a room: a solid ring
// in the focus colour around the control (through QFocusFrame, so every
// kind of control gets the same one, text areas and lists included) and a
// solid mark on a list's current cell, where the base style draws a dotted
// line or nothing.
class FocusStyle : public QProxyStyle
{
public:
    explicit FocusStyle(QStyle *base)
        : QProxyStyle(base)
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_FrameFocusRect) {
            const QColor focus = Theme::signalColours(option->palette).focus;
            painter->save();
            painter->setPen(QPen(focus, CurrentCellMarkWidth));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option->rect).adjusted(1, 1, -1, -1));
            painter->restore();
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_FocusFrame) {
            // The frame is masked to a ring of the margins' width.
            painter->fillRect(option->rect, Theme::signalColours(option->palette).focus);
            return;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    int pixelMetric(PixelMetric metric, const QStyleOption *option,
                    const QWidget *widget) const override
    {
        if (metric == PM_FocusFrameHMargin || metric == PM_FocusFrameVMargin)
            return FocusRingWidth;
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        // The ring is drawn on the window itself, so a control at the edge
        // of its box still shows all of it.
        if (hint == SH_FocusFrame_AboveWidget)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

// Fusion draws the edges of check boxes, fields and spin boxes a shade
// darker than the window: on a dark or black window they vanish. This style
// draws them again in the palette's Mid colour, which each theme keeps
// visible against its window (3:1, what WCAG asks of control edges).
class VisibleEdgesStyle : public FocusStyle
{
public:
    VisibleEdgesStyle()
        : FocusStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        FocusStyle::drawPrimitive(element, option, painter, widget);
        if (element == PE_IndicatorCheckBox || element == PE_FrameLineEdit || element == PE_Frame ||
            element == PE_IndicatorRadioButton)
            outline(option->rect, option->palette, painter, element == PE_IndicatorRadioButton);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        FocusStyle::drawComplexControl(control, option, painter, widget);
        if (control == CC_SpinBox || control == CC_ComboBox)
            outline(option->rect, option->palette, painter, false);
    }

private:
    static void outline(const QRect &rect, const QPalette &palette, QPainter *painter, bool round)
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, round);
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->setBrush(Qt::NoBrush);
        const QRectF edge = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (round)
            painter->drawEllipse(edge);
        else
            painter->drawRect(edge);
        painter->restore();
    }
};

// The platform's palette with what falls short of 4.5:1 mended: selected
// rows and placeholders (Fusion's own are 3.7:1 and 4.0:1).
QPalette readable(QPalette palette)
{
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor highlight = palette.color(group, QPalette::Highlight);
        QColor shade = highlight;
        const QColor text = palette.color(group, QPalette::HighlightedText);
        for (int step = 0; step < 20 && Theme::contrast(text, shade) < 4.5; ++step)
            shade = Theme::contrast(text, Qt::white) > Theme::contrast(text, Qt::black)
                        ? shade.lighter(108)
                        : shade.darker(108);
        palette.setColor(group, QPalette::Highlight, shade);
        const QColor base = palette.color(group, QPalette::Base);
        // Qt's own placeholder is the text colour half transparent: judge
        // (and mend) the colour it shows as, over the field.
        QColor placeholder = palette.color(group, QPalette::PlaceholderText);
        const qreal alpha = placeholder.alphaF();
        placeholder =
            QColor::fromRgbF(base.redF() + (placeholder.redF() - base.redF()) * alpha,
                             base.greenF() + (placeholder.greenF() - base.greenF()) * alpha,
                             base.blueF() + (placeholder.blueF() - base.blueF()) * alpha);
        const QColor ink = palette.color(group, QPalette::Text);
        for (int step = 0; step <= 10 && Theme::contrast(placeholder, base) < 4.5; ++step) {
            const qreal amount = step / 10.0;
            placeholder = QColor::fromRgbF(
                placeholder.redF() + (ink.redF() - placeholder.redF()) * amount,
                placeholder.greenF() + (ink.greenF() - placeholder.greenF()) * amount,
                placeholder.blueF() + (ink.blueF() - placeholder.blueF()) * amount);
        }
        palette.setColor(group, QPalette::PlaceholderText, placeholder);
    }
    return palette;
}

// The first colour that reads against every background given, else the
// one of black and white that reads best against the first.
QColor firstReadable(const QList<QColor> &candidates, const QList<QColor> &backgrounds,
                     qreal minimum)
{
    for (const QColor &candidate : candidates) {
        bool readsOnAll = true;
        for (const QColor &background : backgrounds)
            readsOnAll = readsOnAll && Theme::contrast(candidate, background) >= minimum;
        if (readsOnAll)
            return candidate;
    }
    const QColor first = backgrounds.value(0);
    return Theme::contrast(Qt::black, first) >= Theme::contrast(Qt::white, first)
               ? QColor(Qt::black)
               : QColor(Qt::white);
}

// Moves one QFocusFrame to whatever takes the keyboard focus.
class FocusRing : public QObject
{
public:
    explicit FocusRing(QApplication *application)
        : QObject(application)
    {
        connect(application, &QApplication::focusChanged, this,
                [this](QWidget *, QWidget *now) { follow(now); });
    }

private:
    void follow(QWidget *widget)
    {
        // The field inside a spin box or an editable list is the box's
        // focus proxy: the ring goes round the whole control.
        while (widget && widget->parentWidget() && widget->parentWidget()->focusProxy() == widget)
            widget = widget->parentWidget();
        // The room's window never takes the focus; neither do popups.
        const bool ringed = widget && !widget->isWindow() &&
                            !widget->window()->property("noFocusRing").toBool() &&
                            widget->window()->windowType() != Qt::Popup;
        if (!ringed) {
            if (m_frame)
                m_frame->setWidget(nullptr);
            return;
        }
        if (!m_frame)
            m_frame = new QFocusFrame(widget);
        m_frame->setWidget(widget);
    }

    QPointer<QFocusFrame> m_frame;
};

} // namespace

qreal Theme::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto linear = [](qreal channel) {
            return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
        };
        const QColor rgb = colour.toRgb();
        return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
               0.0722 * linear(rgb.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme::SignalColours Theme::signalColours(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    SignalColours colours;
    // Amber and red panels whose text reads at 4.5:1 or more, the same in
    // every theme, so a warning looks like one wherever it shows.
    colours.warning = QColor(0xff, 0xb3, 0x00);
    colours.onWarning = QColor(0x1a, 0x1a, 0x1a);
    colours.alarm = QColor(0xb3, 0x26, 0x1e);
    colours.onAlarm = QColor(Qt::white);
    const QList<QColor> reds{QColor(0xb3, 0x26, 0x1e), QColor(0x8c, 0x1d, 0x18),
                             QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xb4, 0xab)};
    colours.overdue = firstReadable(reds, {base, alternate}, 4.5);
    colours.problem = firstReadable(reds, {window}, 4.5);
    colours.bar = firstReadable({palette.color(QPalette::Highlight), QColor(0x1d, 0x5b, 0xb8),
                                 QColor(0x8a, 0xb4, 0xf8), palette.color(QPalette::Text)},
                                {base, alternate}, 3.0);
    colours.focus = firstReadable({palette.color(QPalette::Highlight), QColor(0x0b, 0x57, 0xd0),
                                   QColor(0x8a, 0xb4, 0xf8), QColor(0xff, 0xe0, 0x00)},
                                  {window, base}, 3.0);
    return colours;
}

void Theme::installFocusRing(QApplication *application)
{
    static QPointer<QObject> installed;
    if (!installed)
        installed = new FocusRing(application);
}

QPalette Theme::palette(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::System:
        return readable(original().captured ? original().palette : QApplication::palette());
    case AppSettings::Theme::Light:
        return build({QColor(0xf4, 0xf4, 0xf4), QColor(0x1a, 0x1a, 0x1a), QColor(Qt::white),
                      QColor(0xee, 0xf1, 0xf5), QColor(0x1a, 0x1a, 0x1a), QColor(0xe6, 0xe6, 0xe6),
                      QColor(0x1a, 0x1a, 0x1a), QColor(0x1d, 0x5b, 0xb8), QColor(Qt::white),
                      QColor(0x5e, 0x5e, 0x5e), QColor(0x0b, 0x55, 0xc4), QColor(0x6a, 0x1b, 0x9a),
                      QColor(0xff, 0xfb, 0xdc), QColor(0x1a, 0x1a, 0x1a), QColor(0x76, 0x76, 0x76),
                      QColor(0x8a, 0x8a, 0x8a), QColor(Qt::white), QColor(0x9a, 0x9a, 0x9a)});
    case AppSettings::Theme::Dark:
        return build({QColor(0x20, 0x21, 0x24), QColor(0xe8, 0xea, 0xed), QColor(0x14, 0x15, 0x17),
                      QColor(0x1b, 0x1d, 0x21), QColor(0xe8, 0xea, 0xed), QColor(0x30, 0x32, 0x36),
                      QColor(0xe8, 0xea, 0xed), QColor(0x2b, 0x62, 0xc0), QColor(Qt::white),
                      QColor(0xa8, 0xab, 0xb0), QColor(0x8a, 0xb4, 0xf8), QColor(0xc5, 0x8a, 0xf9),
                      QColor(0x30, 0x32, 0x36), QColor(0xe8, 0xea, 0xed), QColor(0x8a, 0x8d, 0x92),
                      QColor(0x0c, 0x0c, 0x0d), QColor(0x44, 0x46, 0x4a),
                      QColor(0x70, 0x72, 0x76)});
    case AppSettings::Theme::HighContrast:
        return build({QColor(Qt::black), QColor(Qt::white), QColor(Qt::black),
                      QColor(0x1a, 0x1a, 0x1a), QColor(Qt::white), QColor(Qt::black),
                      QColor(Qt::white), QColor(0xff, 0xe0, 0x00), QColor(Qt::black),
                      QColor(0xd8, 0xd8, 0xd8), QColor(0x6c, 0xf0, 0xff), QColor(0xff, 0x9c, 0xff),
                      QColor(Qt::black), QColor(Qt::white), QColor(Qt::white), QColor(Qt::white),
                      QColor(Qt::white), QColor(0xa0, 0xa0, 0xa0)});
    }
    return QApplication::palette();
}

void Theme::apply(QApplication *application, AppSettings::Theme theme, bool largeType)
{
    Original &saved = original();
    if (!saved.captured) {
        saved.captured = true;
        saved.styleName = application->style()->name();
        saved.palette = application->palette();
        saved.font = application->font();
    }
    saved.changed = true;
    if (theme == AppSettings::Theme::System) {
        // The platform's look, with a focus ring that shows and text that
        // reads.
        auto *focus = dynamic_cast<FocusStyle *>(application->style());
        if (!focus || dynamic_cast<VisibleEdgesStyle *>(focus))
            application->setStyle(new FocusStyle(QStyleFactory::create(saved.styleName)));
        application->setPalette(readable(saved.palette));
    } else {
        // Fusion draws every control from the palette, so the chosen
        // colours reach all of them; the edges are made to show.
        if (!dynamic_cast<VisibleEdgesStyle *>(application->style()))
            application->setStyle(new VisibleEdgesStyle);
        application->setPalette(palette(theme));
    }
    QFont font = saved.font;
    if (largeType) {
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * largeTypeFactor);
        else
            font.setPixelSize(qRound(font.pixelSize() * largeTypeFactor));
    }
    application->setFont(font);
}

QColor Theme::problemBackground(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(0x5c, 0x16, 0x16) : QColor(0xfd, 0xe2, 0xe1);
}

QColor Theme::problemText(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    return dark ? QColor(Qt::white) : QColor(0x5c, 0x00, 0x00);
}
