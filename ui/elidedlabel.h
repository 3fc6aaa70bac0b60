#pragma once

#include "plainlabel.h"

// One line of typed text (a session title, a name) that never decides the
// width of its window: when it does not fit, it ends in "…" and the whole
// text is in its tooltip.
class ElidedLabel : public PlainLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateShownText();

    QString m_fullText;
};
