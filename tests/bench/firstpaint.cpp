#include "firstpaint.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QThread>
#include <QWidget>
#include <QWindow>

PaintWatcher::PaintWatcher(QWidget *target)
    : QObject(target)
{
    target->installEventFilter(this);
}

bool PaintWatcher::eventFilter(QObject *, QEvent *event)
{
    // The paint is done once the call that delivered it returns.
    if (event->type() == QEvent::Paint)
        m_painted = true;
    return false;
}

namespace {

bool isExposed(QWidget *window)
{
    return window->windowHandle() && window->windowHandle()->isExposed();
}

} // namespace

bool FirstPaint::paintUntilSeen(QWidget *window, const PaintWatcher &watcher)
{
    QElapsedTimer clock;
    clock.start();
    while (!watcher.painted()) {
        QApplication::processEvents();
        if (watcher.painted())
            break;
        if (isExposed(window))
            window->repaint();
        else
            QThread::usleep(100);
        if (clock.elapsed() > timeoutMs)
            return false;
    }
    return true;
}

bool FirstPaint::waitForExposure(QWidget *window)
{
    QElapsedTimer clock;
    clock.start();
    while (!isExposed(window)) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QApplication::processEvents();
        QThread::msleep(1);
    }
    return true;
}
