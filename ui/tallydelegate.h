#pragma once

#include <QStyledItemDelegate>

// Draws a tally as a horizontal bar, as long against the cell as the tally
// is against the largest one, with the number beside it: the room sees at a
// glance which concerns most people wrote. Colours come from the palette
// (the bar in the highlight colour) so every theme keeps its contrast.
class TallyDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Reads ConcernModel::TallyRole and ConcernModel::MaximumTallyRole.
    explicit TallyDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of the bar on the given background: the highlight colour,
    // or the text colour where the highlight would not stand out.
    static QColor barColor(const QPalette &palette, QPalette::ColorGroup group,
                           const QColor &background, bool selected);
    // WCAG contrast ratio between two colours, from 1 to 21.
    static qreal contrast(const QColor &a, const QColor &b);
};
