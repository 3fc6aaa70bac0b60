#pragma once

#include <QLabel>

// Every label in Candor shows its text as it is. A QLabel left to guess
// would render a concern typed as "<b>late</b>" in bold, or try to load
// the file an "<img>" in a participant's name points at.
//
// Nor does typed text decide how wide a window must be: a label asks for
// at most a few dozen characters of width. Text that wraps wraps within
// what the layout gives it; a word longer than that is cut at the edge.
class PlainLabel : public QLabel
{
public:
    explicit PlainLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
    }
    explicit PlainLabel(const QString &text, QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setText(text);
    }

    QSize minimumSizeHint() const override
    {
        QSize hint = QLabel::minimumSizeHint();
        hint.setWidth(qMin(hint.width(), widestMinimum()));
        return hint;
    }

private:
    int widestMinimum() const { return fontMetrics().averageCharWidth() * 24; }
};
