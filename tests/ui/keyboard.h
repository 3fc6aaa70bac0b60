#pragma once

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

// Typing as a facilitator does: every key goes to whatever has the focus.
namespace Keyboard {

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
    // Item delegates commit through a queued call, as they do for a person.
    QCoreApplication::processEvents();
}

inline void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has keyboard focus");
    // QTest spells out ASCII only; anything else arrives as the text of a
    // key event, the way an input method delivers it.
    for (const uint codePoint : text.toUcs4()) {
        if (codePoint < 0x80)
            QTest::keyClick(target, char(codePoint));
        else
            QTest::sendKeyEvent(
                QTest::Click, target, Qt::Key_unknown,
                QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1),
                Qt::NoModifier);
    }
}

// Shows a window as the one the keyboard talks to.
inline bool showActive(QWidget *window, const QSize &size)
{
    window->resize(size);
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Set CANDOR_SCREENSHOTS to a folder to look at what the tests see.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace Keyboard
