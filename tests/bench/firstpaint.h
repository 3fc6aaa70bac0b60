#pragma once

#include <QObject>

class QWidget;

// Shared by the benchmarks that show real pages: noticing the first paint
// of a widget, and waiting until a top-level window is on the screen.
class PaintWatcher : public QObject
{
public:
    // Watches target (usually a view's viewport) until destroyed.
    explicit PaintWatcher(QWidget *target);

    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_painted = false;
};

namespace FirstPaint {

// Far above any plausible wait, so only a window that never appears hits it.
constexpr int timeoutMs = 10000;

// Processes events until window is exposed, and then repaints it, until
// watcher has seen a paint: what the person looking at the screen waits
// for. false when that takes longer than timeoutMs.
bool paintUntilSeen(QWidget *window, const PaintWatcher &watcher);

// Processes events until window is exposed; false after timeoutMs.
bool waitForExposure(QWidget *window);

} // namespace FirstPaint
