#include "tallydelegate.h"

#include "concernmodel.h"
#include "theme.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace {

// Graphics need 3:1 against their background to be seen (WCAG 1.4.11).
constexpr qreal MinimumBarContrast = 3.0;

} // namespace

TallyDelegate::TallyDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

qreal TallyDelegate::contrast(const QColor &a, const QColor &b)
{
    return Theme::contrast(a, b);
}

QColor TallyDelegate::barColor(const QPalette &palette, QPalette::ColorGroup group,
                               const QColor &background, bool selected)
{
    // One bar colour for every row, whichever row colour it sits on, so the
    // bars compare at a glance.
    if (!selected) {
        QPalette colours = palette;
        colours.setCurrentColorGroup(group);
        const QColor bar = Theme::signalColours(colours).bar;
        if (contrast(bar, background) >= MinimumBarContrast)
            return bar;
    }
    const QColor preferred =
        palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    if (contrast(preferred, background) >= MinimumBarContrast)
        return preferred;
    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (contrast(text, background) >= MinimumBarContrast)
        return text;
    // A theme whose own colours are too close: whichever of black and white shows.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

void TallyDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; the number is ours.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int tally = qMax(0, index.data(ConcernModel::TallyRole).toInt());
    const int maximum = qMax(qMax(tally, index.data(ConcernModel::MaximumTallyRole).toInt()), 1);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    QColor background = opt.palette.color(group, selected ? QPalette::Highlight
                                                 : (opt.features & QStyleOptionViewItem::Alternate)
                                                     ? QPalette::AlternateBase
                                                     : QPalette::Base);
    if (!selected && opt.backgroundBrush.style() == Qt::SolidPattern)
        background = opt.backgroundBrush.color();
    const QColor bar = barColor(opt.palette, group, background, selected);
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QLocale locale = opt.locale;
    const QString number = locale.toString(tally);
    // Room for the widest number of the list, so bars of equal tallies match.
    const int numberWidth = qMax(metrics.horizontalAdvance(number),
                                 metrics.horizontalAdvance(locale.toString(maximum)));
    const int margin = qMax(2, metrics.height() / 4);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);
    const int barRoom = qMax(0, area.width() - numberWidth - margin);
    const int barWidth = tally == 0 ? 0 : qMax(margin, int(qint64(barRoom) * tally / maximum));
    const int barHeight = qMin(area.height(), metrics.height());

    QRect barRect(area.left(), area.top() + (area.height() - barHeight) / 2, barWidth, barHeight);
    QRect numberRect(barRect.right() + 1 + (barWidth > 0 ? margin : 0), area.top(),
                     numberWidth + margin, area.height());
    // Right to left: the bar grows from the right edge.
    barRect = QStyle::visualRect(opt.direction, opt.rect, barRect);
    numberRect = QStyle::visualRect(opt.direction, opt.rect, numberRect);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(barRect, bar);
    painter->setFont(font);
    painter->setPen(text);
    painter->drawText(
        numberRect,
        int(Qt::AlignVCenter) | int(QStyle::visualAlignment(opt.direction, Qt::AlignLeft)), number);
    painter->restore();
}

QSize TallyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int maximum = qMax(1, index.data(ConcernModel::MaximumTallyRole).toInt());
    const int margin = qMax(2, metrics.height() / 4);
    // Enough bar to compare at a glance from the back of the room.
    const int width =
        metrics.horizontalAdvance(QLocale().toString(maximum)) + 8 * metrics.height() + 4 * margin;
    return {width, metrics.height() + 2 * margin};
}
