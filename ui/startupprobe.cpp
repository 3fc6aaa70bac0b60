#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace {

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class ExposeWatcher : public QObject
{
public:
    ExposeWatcher(QWidget *window, std::function<void()> whenShown)
        : QObject(window)
        , m_whenShown(std::move(whenShown))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_fired) {
            m_fired = true;
            // Widgets paint while the expose event is delivered; the queued
            // call runs once that first frame is done.
            QTimer::singleShot(0, this, [this] {
                std::printf("shown %lld\n", static_cast<long long>(peakResidentKiB()));
                std::fflush(stdout);
                if (m_whenShown)
                    m_whenShown();
                else
                    QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_whenShown;
    bool m_fired = false;
};

} // namespace

void installStartupProbe(QWidget *window, std::function<void()> whenShown)
{
    window->winId(); // makes sure there is a QWindow to watch
    window->windowHandle()->installEventFilter(new ExposeWatcher(window, std::move(whenShown)));
}
