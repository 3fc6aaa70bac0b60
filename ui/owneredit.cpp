#include "owneredit.h"

#include "participantmodel.h"
#include "sessionflow.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>

OwnerEdit::OwnerEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(unassignedText());
}

void OwnerEdit::setNames(const QStringList &names)
{
    QStringList offered;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !offered.contains(trimmed))
            offered.append(trimmed);
    }
    m_names = offered;
    auto *completion = new QCompleter(offered, this);
    completion->setCaseSensitivity(Qt::CaseInsensitive);
    // Completed in place: Enter or Tab keeps the whole name, typing on
    // replaces the completed part.
    completion->setCompletionMode(QCompleter::InlineCompletion);
    if (QCompleter *previous = completer())
        previous->deleteLater();
    setCompleter(completion);
}

QStringList OwnerEdit::participantNames(const SessionFlow *flow)
{
    QStringList names;
    for (const Participant &participant : flow->participants()->participants())
        names << participant.name;
    return names;
}

QString OwnerEdit::owner() const
{
    const QString typed = text().trimmed();
    for (const QString &name : m_names) {
        if (name.compare(typed, Qt::CaseInsensitive) == 0)
            return name;
    }
    return typed;
}

void OwnerEdit::focusOutEvent(QFocusEvent *event)
{
    // Tab keeps a completed name as Enter does, in the name's own spelling.
    if (event->reason() != Qt::PopupFocusReason && owner() != text())
        setText(owner());
    QLineEdit::focusOutEvent(event);
}

void OwnerEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit::keyPressEvent(event);
    // Enter on a name completed in place takes the name and, as everywhere
    // else in a form, goes on to the form's own Enter (add, OK); the line
    // edit alone would stop there.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        event->ignore();
}

QString OwnerEdit::unassignedText()
{
    return tr("(unassigned)");
}

int OwnerEdit::widthFor(const QFont &font)
{
    const QFontMetrics metrics(font);
    // A usual name is about a dozen characters; the frame takes a few more.
    return qMax(metrics.horizontalAdvance(unassignedText()), metrics.averageCharWidth() * 12) +
           metrics.averageCharWidth() * 3;
}

QSize OwnerEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(widthFor(font()));
    return hint;
}
