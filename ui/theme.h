#pragma once

#include "appsettings.h"

#include <QPalette>

class QApplication;

// Light, dark and high-contrast palettes for the whole application, each
// with text at least 4.5:1 against what it is drawn on (WCAG AA), and the
// larger type option for the controls window. "As the system" leaves the
// platform's own style and palette in place.
namespace Theme {

// The palette of a chosen theme; for AppSettings::Theme::System, the one
// the application started with.
QPalette palette(AppSettings::Theme theme);

// Applies theme and type size to the running application; can be called
// again whenever the settings change.
void apply(QApplication *application, AppSettings::Theme theme, bool largeType);

// WCAG contrast ratio between two colours, from 1 to 21.
qreal contrast(const QColor &a, const QColor &b);

// The colours that carry a meaning, for the palette a widget is drawn with.
// Each keeps its contrast in every theme, "as the system" included: text
// 4.5:1 against what it is drawn on, bars and the focus ring 3:1.
struct SignalColours
{
    QColor warning;   // the last minute: an amber panel, read from afar as a warning
    QColor onWarning; // text on it
    QColor alarm;     // overtime: a red panel, distinct from the amber
    QColor onAlarm;   // text on it
    QColor overdue;   // a late due date, on Base and AlternateBase
    QColor problem;   // a message that something went wrong, on Window
    QColor bar;       // tally bars, the same on every row
    QColor focus;     // the focus ring, on Window and Base
};
SignalColours signalColours(const QPalette &palette);

// Every control with the keyboard focus shows a ring at least 2 px wide in
// the focus colour (WCAG 2.2 focus appearance), in every window but the
// room's. Installed once for the application.
void installFocusRing(QApplication *application);

// The bar that says a write failed: a calm red that reads against any of
// the palettes (text well above 4.5:1 on its background).
QColor problemBackground(const QPalette &palette);
QColor problemText(const QPalette &palette);

// How much larger the type is with the large-type option.
constexpr qreal largeTypeFactor = 1.25;

} // namespace Theme
