#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

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

// Fusion draws the edges of check boxes, fields and spin boxes a shade
// darker than the window: on a dark or black window they vanish. This style
// draws them again in the palette's Mid colour, which each theme keeps
// visible against its window (3:1, what WCAG asks of control edges).
class VisibleEdgesStyle : public QProxyStyle
{
public:
    VisibleEdgesStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element == PE_IndicatorCheckBox || element == PE_FrameLineEdit || element == PE_Frame ||
            element == PE_IndicatorRadioButton)
            outline(option->rect, option->palette, painter, element == PE_IndicatorRadioButton);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
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

} // namespace

QPalette Theme::palette(AppSettings::Theme theme)
{
    switch (theme) {
    case AppSettings::Theme::System:
        return original().captured ? original().palette : QApplication::palette();
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
    // The common case at start-up costs nothing.
    if (theme == AppSettings::Theme::System && !largeType && !saved.changed)
        return;
    saved.changed = true;
    if (theme == AppSettings::Theme::System) {
        if (application->style()->name() != saved.styleName)
            application->setStyle(QStyleFactory::create(saved.styleName));
        application->setPalette(saved.palette);
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
