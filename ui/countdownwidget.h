#pragma once

#include "countdown.h"
#include "theme.h"

#include <QColor>
#include <QFont>
#include <QPointer>
#include <QWidget>

class QVariantAnimation;

// The countdown as the room sees it: digits as tall as the widget allows,
// a line under them for the state, colour for the last minute and for
// overtime, and a calm pulse of the background at zero. It only reads the
// countdown; whoever owns it saves it.
class CountdownWidget : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool flashing READ isFlashing)

public:
    explicit CountdownWidget(Countdown *countdown, QWidget *parent = nullptr);
    ~CountdownWidget() override;

    Countdown *countdown() const { return m_countdown; }

    // What the owner wants said under the digits, e.g. "Ready — press
    // Space to start". Shown after "Paused" or "Overtime" when those apply.
    void setHint(const QString &hint);
    QString hint() const { return m_hint; }

    QString displayedText() const;
    QString stateText() const;
    QColor digitColor() const;
    // What the digits are drawn on: the window, the amber of the last
    // minute or the red of overtime (pulsing at zero).
    QColor panelColor() const;
    QFont digitFont() const { return m_digitFont; }
    bool isFlashing() const;
    // 0 (plain background) to 1 (the strongest tint of a pulse).
    qreal flashLevel() const { return m_flashLevel; }

    // "9 minutes 59 seconds", for screen readers; rounded as the digits are.
    static QString spokenTime(qint64 remainingMs);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void countdownChanged();
    void countdownTicked();
    void reachedZero();
    void updateColors();
    void updateFonts();
    void updateDescription();
    QStringList digitTemplates() const;
    QRect digitsRect() const;
    QRect stateRect() const;

    QPointer<Countdown> m_countdown;
    QString m_hint;
    QStringList m_fittedTemplates;

    QFont m_digitFont;
    QFont m_stateFont;
    int m_digitCellWidth = 0; // every digit gets the widest digit's width
    int m_margin = 0;

    QColor m_normalColor;
    Theme::SignalColours m_signals;
    QColor m_flashColor;

    QVariantAnimation *m_flash;
    qreal m_flashLevel = 0.0;
};
