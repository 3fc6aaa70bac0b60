#include "fieldbinding.h"

#include "sessionflow.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBlock>

namespace {

class UndoPassThrough : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        if (!key->matches(QKeySequence::Undo) && !key->matches(QKeySequence::Redo))
            return QObject::eventFilter(watched, event);
        bool ownHistory = false;
        if (auto *line = qobject_cast<QLineEdit *>(watched))
            ownHistory = key->matches(QKeySequence::Undo) ? line->isUndoAvailable()
                                                          : line->isRedoAvailable();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(watched))
            ownHistory = text->isUndoRedoEnabled() &&
                         (key->matches(QKeySequence::Undo) ? text->document()->isUndoAvailable()
                                                           : text->document()->isRedoAvailable());
        if (ownHistory)
            return QObject::eventFilter(watched, event);
        // Not accepting the override lets the window's Undo action have it.
        event->ignore();
        return true;
    }
};

} // namespace

void letSessionUndoThrough(QWidget *editor)
{
    editor->installEventFilter(new UndoPassThrough(editor));
}

void bindField(QPlainTextEdit *editor, SessionFlow *flow, SessionField field)
{
    editor->setUndoRedoEnabled(false);
    letSessionUndoThrough(editor);
    editor->setPlainText(flow->details().text(field));
    QObject::connect(editor, &QPlainTextEdit::textChanged, flow,
                     [editor, flow, field] { flow->setField(field, editor->toPlainText()); });
    QObject::connect(flow, &SessionFlow::detailsChanged, editor, [editor, flow, field] {
        const QString stored = flow->details().text(field);
        if (editor->toPlainText() == stored)
            return;
        const int position = editor->textCursor().position();
        const QSignalBlocker blocker(editor);
        editor->setPlainText(stored);
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(qMin(position, int(stored.size())));
        editor->setTextCursor(cursor);
    });
}

void bindField(QLineEdit *editor, SessionFlow *flow, SessionField field)
{
    letSessionUndoThrough(editor);
    editor->setText(flow->details().text(field));
    QObject::connect(editor, &QLineEdit::textEdited, flow,
                     [flow, field](const QString &text) { flow->setField(field, text); });
    QObject::connect(flow, &SessionFlow::detailsChanged, editor, [editor, flow, field] {
        const QString stored = flow->details().text(field);
        if (editor->text() == stored)
            return;
        const int position = editor->cursorPosition();
        editor->setText(stored);
        editor->setCursorPosition(qMin(position, int(stored.size())));
    });
}

void bindField(QSpinBox *editor, SessionFlow *flow, SessionField field)
{
    editor->setValue(flow->details().number(field));
    QObject::connect(editor, &QSpinBox::valueChanged, flow,
                     [flow, field](int value) { flow->setField(field, value); });
    QObject::connect(flow, &SessionFlow::detailsChanged, editor, [editor, flow, field] {
        const int stored = flow->details().number(field);
        if (editor->value() != stored) {
            const QSignalBlocker blocker(editor);
            editor->setValue(stored);
        }
    });
}
