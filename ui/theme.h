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

// The bar that says a write failed: a calm red that reads against any of
// the palettes (text well above 4.5:1 on its background).
QColor problemBackground(const QPalette &palette);
QColor problemText(const QPalette &palette);

// How much larger the type is with the large-type option.
constexpr qreal largeTypeFactor = 1.25;

} // namespace Theme
