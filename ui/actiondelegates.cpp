#include "actiondelegates.h"

#include "domain.h"
#include "theme.h"

#include "domain.h"
#include "duedateedit.h"
#include "owneredit.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QStyleOptionComboBox>
#include <QToolTip>

namespace {

// Editors in a cell draw a frame only where the style draws one around
// the item, as Qt's own cell editors do.
void frameAsTheStyleDoes(QLineEdit *edit)
{
    edit->setFrame(edit->style()->styleHint(QStyle::SH_ItemView_DrawDelegateFrame, nullptr, edit));
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

void ActionCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (m_decoration)
        m_decoration(painter, option, index);
}

QString ActionCellDelegate::emptyText(const QModelIndex &) const
{
    return {};
}

void ActionCellDelegate::initStyleOption(QStyleOptionViewItem *option,
                                         const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // A late date in the theme's own red, which reads on its background.
    if (index.data(ItemRole::Overdue).toBool())
        option->palette.setColor(QPalette::Text, Theme::signalColours(option->palette).overdue);
    const QString hint = emptyText(index);
    if (hint.isEmpty())
        return;
    option->text = hint;
    option->features |= QStyleOptionViewItem::HasDisplay;
    // Slanted as well as greyed: it reads as a hint in any colour scheme.
    option->font.setItalic(true);
    option->fontMetrics = QFontMetrics(option->font);
    option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
}

QSize ActionCellDelegate::fitEditor(const QStyleOptionViewItem &option, const QModelIndex &index,
                                    const std::function<int(const QFont &)> &editorWidth) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    QSize hint = QStyledItemDelegate::sizeHint(option, index);
    hint.setWidth(qMax(hint.width(), editorWidth(cell.font)));
    return hint;
}

OwnerDelegate::OwnerDelegate(std::function<QStringList()> names, QObject *parent)
    : ActionCellDelegate(parent)
    , m_names(std::move(names))
{}

QWidget *OwnerDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &) const
{
    auto *edit = new OwnerEdit(parent);
    frameAsTheStyleDoes(edit);
    edit->setNames(m_names ? m_names() : QStringList());
    return edit;
}

void OwnerDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                 const QModelIndex &index) const
{
    model->setData(index, static_cast<OwnerEdit *>(editor)->owner(), Qt::EditRole);
}

QSize OwnerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return fitEditor(option, index, &OwnerEdit::widthFor);
}

QString OwnerDelegate::emptyText(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString().isEmpty() ? OwnerEdit::unassignedText()
                                                            : QString();
}

DueDateDelegate::DueDateDelegate(std::function<QDate()> today, QObject *parent)
    : ActionCellDelegate(parent)
    , m_today(std::move(today))
{}

QWidget *DueDateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &) const
{
    auto *edit = new DueDateEdit(parent);
    frameAsTheStyleDoes(edit);
    edit->setToday(m_today);
    // A date picked from the calendar is the answer: one click or one
    // Enter, as in any date picker. createEditor is const; the signals it
    // ties the editor to are this delegate's own.
    auto *self = const_cast<DueDateDelegate *>(this);
    QObject::connect(edit, &DueDateEdit::datePicked, self, [self, edit] {
        emit self->commitData(edit);
        emit self->closeEditor(edit, QAbstractItemDelegate::NoHint);
    });
    return edit;
}

void DueDateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<DueDateEdit *>(editor)->setDate(index.data(Qt::EditRole).toDate());
}

void DueDateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    // A null date (an emptied field) clears the due date.
    if (const std::optional<QDate> date = static_cast<DueDateEdit *>(editor)->date())
        model->setData(index, *date, Qt::EditRole);
}

QSize DueDateDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return fitEditor(option, index, &DueDateEdit::widthFor);
}

QString DueDateDelegate::emptyText(const QModelIndex &index) const
{
    return !index.data(Qt::EditRole).toDate().isValid() &&
                   index.data(Qt::DisplayRole).toString().isEmpty()
               ? DueDateEdit::noDateText()
               : QString();
}

bool DueDateDelegate::eventFilter(QObject *object, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *edit = qobject_cast<DueDateEdit *>(object);
        if (edit && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
            !edit->hasAcceptableInput()) {
            // The editor stays open with what was typed, and says why.
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), edit->problem(), edit);
            return true;
        }
    }
    return ActionCellDelegate::eventFilter(object, event);
}

ChoiceDelegate::ChoiceDelegate(QVector<Choice> choices, QObject *parent)
    : ActionCellDelegate(parent)
    , m_choices(std::move(choices))
{}

ChoiceDelegate *ChoiceDelegate::forStatuses(QObject *parent)
{
    QVector<Choice> choices;
    for (ActionStatus status : Domain::statuses())
        choices.append({Domain::statusName(status), int(status)});
    return new ChoiceDelegate(choices, parent);
}

ChoiceDelegate *ChoiceDelegate::forReviewOutcomes(QObject *parent)
{
    QVector<Choice> choices;
    for (ReviewOutcome outcome :
         {ReviewOutcome::Done, ReviewOutcome::StillOpen, ReviewOutcome::Dropped})
        choices.append({Domain::outcomeName(outcome), int(outcome)});
    return new ChoiceDelegate(choices, parent);
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const Choice &choice : m_choices)
        combo->addItem(choice.text, choice.value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

QSize ChoiceDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // As wide as the drop-down that edits it, arrow included.
    return fitEditor(option, index, [this, &option](const QFont &font) {
        const QFontMetrics metrics(font);
        int widest = 0;
        for (const Choice &choice : m_choices)
            widest = qMax(widest, metrics.horizontalAdvance(choice.text));
        QStyleOptionComboBox combo;
        combo.fontMetrics = metrics;
        combo.editable = false;
        return styleOf(option)
                   ->sizeFromContents(QStyle::CT_ComboBox, &combo, QSize(widest, metrics.height()),
                                      option.widget)
                   .width() +
               metrics.averageCharWidth();
    });
}
