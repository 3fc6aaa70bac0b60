#pragma once

#include <functional>

class QWidget;

// For the benchmark: once the window has been exposed and painted, print
// "shown <peak resident KiB>" on stdout, then call whenShown (by default:
// quit the application).
void installStartupProbe(QWidget *window, std::function<void()> whenShown = {});
