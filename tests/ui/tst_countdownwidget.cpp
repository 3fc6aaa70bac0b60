#include "clock.h"
#include "countdown.h"
#include "countdownwidget.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QTest>

#include <cmath>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;

qreal linear(qreal channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

bool near(const QColor &a, const QColor &b, int tolerance = 24)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// Pixels of the digits' colour (anti-aliased edges aside), and where they are.
QRect inkOf(const QImage &image, const QColor &color, int *count = nullptr)
{
    QRect bounds;
    int found = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (near(image.pixelColor(x, y), color)) {
                bounds |= QRect(x, y, 1, 1);
                ++found;
            }
        }
    }
    if (count)
        *count = found;
    return bounds;
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CANDOR_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(widget.grab().save(QDir(dir).filePath(QStringLiteral("countdown-%1.png").arg(name))));
}

} // namespace

// The timer as the room sees it, on a clock the test moves by hand.
class TestCountdownWidget : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<Countdown> m_countdown;
    std::unique_ptr<CountdownWidget> m_widget;

    void advance(qint64 ms)
    {
        m_clock.advance(ms);
        m_countdown->refresh();
    }

private slots:
    void init()
    {
        m_countdown = std::make_unique<Countdown>(&m_clock);
        m_widget = std::make_unique<CountdownWidget>(m_countdown.get());
        m_widget->resize(400, 200);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup()
    {
        m_widget.reset();
        m_countdown.reset();
    }

    void showsTheRemainingTime()
    {
        m_widget->setHint("Ready — press Space to start");
        m_countdown->restore(Countdown::State::Idle, 10 * Minute, {}, 0);
        QCOMPARE(m_widget->displayedText(), "10:00");
        QCOMPARE(m_widget->stateText(), "Ready — press Space to start");
        QCOMPARE(m_widget->accessibleName(), "Countdown");
        QCOMPARE(m_widget->accessibleDescription(), "10 minutes, not started");

        m_countdown->start(10 * Minute);
        m_widget->setHint(QString());
        QCOMPARE(m_widget->displayedText(), "10:00");
        QCOMPARE(m_widget->accessibleDescription(), "10 minutes left");
        advance(Second);
        QCOMPARE(m_widget->displayedText(), "9:59");
        QCOMPARE(m_widget->accessibleDescription(), "9 minutes 59 seconds left");
        QCOMPARE(m_widget->stateText(), QString());
        advance(8 * Minute + 58 * Second);
        QCOMPARE(m_widget->accessibleDescription(), "1 minute 1 second left");

        m_widget->setHint("Space resumes");
        m_countdown->pause();
        QCOMPARE(m_widget->stateText(), "Paused · Space resumes");
        QCOMPARE(m_widget->accessibleDescription(), "Paused, 1 minute 1 second left");
        saveScreenshot(*m_widget, "paused");
    }

    void spokenTime_data()
    {
        QTest::addColumn<qint64>("remainingMs");
        QTest::addColumn<QString>("words");
        QTest::newRow("zero") << qint64(0) << "0 seconds";
        QTest::newRow("rounded up like the digits") << qint64(1) << "1 second";
        QTest::newRow("minutes only") << 2 * Minute << "2 minutes";
        QTest::newRow("hour") << 61 * Minute + 2 * Second << "1 hour 1 minute 2 seconds";
        QTest::newRow("overtime") << -42 * Second << "42 seconds";
    }

    void spokenTime()
    {
        QFETCH(qint64, remainingMs);
        QFETCH(QString, words);
        QCOMPARE(CountdownWidget::spokenTime(remainingMs), words);
    }

    void colourTellsTheLastMinuteAndOvertime_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void colourTellsTheLastMinuteAndOvertime()
    {
        QFETCH(QPalette, palette);
        m_widget->setPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        const QString name = QString::fromLatin1(QTest::currentDataTag());

        m_countdown->start(2 * Minute);
        advance(30 * Second);
        const QColor normal = m_widget->digitColor();
        QCOMPARE(normal, palette.color(QPalette::WindowText));
        int ink = 0;
        inkOf(m_widget->grab().toImage(), normal, &ink);
        QVERIFY2(ink > 500, qPrintable(QString::number(ink)));
        saveScreenshot(*m_widget, name + "-running");

        QCOMPARE(m_widget->panelColor(), window);
        QVERIFY(contrast(normal, window) >= 4.5);

        // The last minute: an amber panel, with words, in every theme.
        advance(30 * Second);
        QVERIFY(m_countdown->isLastMinute());
        QCOMPARE(m_widget->stateText(), "Last minute");
        const QImage lastMinuteShot = m_widget->grab().toImage();
        const QColor amber = lastMinuteShot.pixelColor(2, 2);
        QCOMPARE(amber, m_widget->panelColor());
        // Amber: more red than green, more green than blue, and bright.
        QVERIFY2(amber.red() > amber.green() && amber.green() > amber.blue() &&
                     amber.lightnessF() > 0.4,
                 qPrintable(amber.name()));
        inkOf(lastMinuteShot, m_widget->digitColor(), &ink);
        QVERIFY2(ink > 500, qPrintable(QString::number(ink)));
        QVERIFY(contrast(m_widget->digitColor(), amber) >= 4.5);
        saveScreenshot(*m_widget, name + "-last-minute");

        // Overtime: a red panel, distinct from the amber, with words.
        advance(Minute + 42 * Second);
        QVERIFY(m_countdown->isOvertime());
        QCOMPARE(m_widget->displayedText(), "+0:42");
        QCOMPARE(m_widget->stateText(), "Overtime");
        QTRY_VERIFY(!m_widget->isFlashing());
        const QColor red = m_widget->grab().toImage().pixelColor(2, 2);
        QVERIFY2(red.hslHue() < 15 || red.hslHue() > 345, qPrintable(red.name()));
        QVERIFY(std::abs(red.hslHue() - amber.hslHue()) > 20);
        QVERIFY(contrast(m_widget->digitColor(), red) >= 4.5);
        saveScreenshot(*m_widget, name + "-overtime");
    }

    void flashesAndAnnouncesZero_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void flashesAndAnnouncesZero()
    {
        QFETCH(QPalette, palette);
        m_widget->setPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        m_countdown->start(5 * Second);
        advance(4 * Second);
        QVERIFY(!m_widget->isFlashing());
        QCOMPARE(m_widget->accessibleDescription(), "1 second left");
        QCOMPARE(m_widget->grab().toImage().pixelColor(2, 2), m_widget->panelColor());

        advance(Second);
        QCOMPARE(m_widget->displayedText(), "0:00");
        QCOMPARE(m_widget->accessibleDescription(), "Time is up");
        QCOMPARE(m_widget->stateText(), "Time is up");
        QVERIFY(m_widget->isFlashing());
        // The pulse is visible: the red panel itself changes shade.
        const QColor steady = m_widget->panelColor();
        QTRY_VERIFY(m_widget->flashLevel() > 0.8);
        const QColor flashed = m_widget->grab().toImage().pixelColor(2, 2);
        QVERIFY2(contrast(flashed, window) > 1.15 || std::abs(flashed.hue() - window.hue()) > 30,
                 qPrintable(flashed.name() + " vs " + window.name()));
        QVERIFY(flashed != steady);
        // ... and the digits stay readable through it.
        QVERIFY(contrast(m_widget->digitColor(), flashed) >= 4.5);
        saveScreenshot(*m_widget, QString::fromLatin1(QTest::currentDataTag()) + "-flash");

        advance(3 * Second);
        QCOMPARE(m_widget->accessibleDescription(), "3 seconds over time");

        // More time ends the alarm at once.
        m_countdown->addTime(Minute);
        QVERIFY(!m_widget->isFlashing());
        QCOMPARE(m_widget->flashLevel(), 0.0);
        QCOMPARE(m_widget->displayedText(), "0:57");
    }

    void resetStopsTheFlash()
    {
        m_countdown->start(Second);
        advance(Second);
        QVERIFY(m_widget->isFlashing());
        m_countdown->reset();
        QVERIFY(!m_widget->isFlashing());
        QCOMPARE(m_widget->displayedText(), "0:01");
        QCOMPARE(m_widget->digitColor(), m_widget->palette().color(QPalette::WindowText));
    }

    void restoredOvertimeDoesNotFlash()
    {
        m_countdown->restore(Countdown::State::Running, 10 * Minute, m_clock.nowUtc().addSecs(-90),
                             0);
        QCOMPARE(m_widget->displayedText(), "+1:30");
        QVERIFY(!m_widget->isFlashing());
        QCOMPARE(m_widget->stateText(), "Overtime");
    }

    void digitsFillTheWidget()
    {
        m_countdown->restore(Countdown::State::Idle, 10 * Minute, {}, 0);
        m_widget->resize(400, 200);
        const QFontMetricsF metrics(m_widget->digitFont());
        const qreal digitHeight = metrics.tightBoundingRect("0123456789").height();
        QVERIFY2(digitHeight >= 200 / 4.0, qPrintable(QString::number(digitHeight)));

        // What is painted agrees, and nothing is cut off at the sides.
        const QImage image = m_widget->grab().toImage();
        const QRect ink = inkOf(image, m_widget->digitColor());
        QVERIFY2(ink.height() >= 50, qPrintable(QString::number(ink.height())));
        QVERIFY(ink.left() > 0 && ink.right() < image.width() - 1);
        saveScreenshot(*m_widget, "400x200");

        // Wide and tall: the height is what limits, and it is used well.
        m_widget->resize(1600, 400);
        const qreal wideHeight =
            QFontMetricsF(m_widget->digitFont()).tightBoundingRect("0123456789").height();
        QVERIFY2(wideHeight >= 400 * 0.55, qPrintable(QString::number(wideHeight)));

        // A projector: the digits take most of the screen.
        m_widget->resize(1920, 1080);
        const QRect projectorInk = inkOf(m_widget->grab().toImage(), m_widget->digitColor());
        QVERIFY2(projectorInk.width() >= 1920 / 2,
                 qPrintable(QString::number(projectorInk.width())));
        QVERIFY2(projectorInk.height() >= 1080 / 3,
                 qPrintable(QString::number(projectorInk.height())));
        saveScreenshot(*m_widget, "1920x1080-idle");
    }

    void digitsKeepTheirSize()
    {
        m_countdown->start(10 * Minute);
        const QFont at10 = m_widget->digitFont();
        advance(Second); // 9:59, one character fewer
        QCOMPARE(m_widget->digitFont(), at10);
        advance(10 * Minute); // +0:01
        QCOMPARE(m_widget->digitFont(), at10);
        // Painted at the same size too (the line of words below left out).
        const auto digitsOnly = [this] {
            const QImage image = m_widget->grab().toImage();
            return image.copy(0, 0, image.width(), image.height() * 8 / 10);
        };
        const QRect overtimeInk = inkOf(digitsOnly(), m_widget->digitColor());
        m_countdown->reset();
        const QRect idleInk = inkOf(digitsOnly(), m_widget->digitColor());
        QVERIFY(std::abs(overtimeInk.height() - idleInk.height()) <= 2);
    }

    void rendersAtAnySize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("tiny") << QSize(1, 1);
        QTest::newRow("small") << QSize(120, 40);
        QTest::newRow("narrow") << QSize(60, 400);
        QTest::newRow("projector") << QSize(1920, 1080);
    }

    void rendersAtAnySize()
    {
        QFETCH(QSize, size);
        m_widget->setHint("Ready — press Space to start");
        m_countdown->start(62 * Minute + 3 * Second);
        m_widget->resize(size);
        const QPixmap pixmap = m_widget->grab();
        QCOMPARE(pixmap.size(), size * pixmap.devicePixelRatio());
        QVERIFY(m_widget->digitFont().pixelSize() >= 1);
        if (size == QSize(1920, 1080)) {
            QCOMPARE(m_widget->displayedText(), "1:02:03");
            saveScreenshot(*m_widget, "1920x1080");
        }
    }
};

QTEST_MAIN(TestCountdownWidget)
#include "tst_countdownwidget.moc"
