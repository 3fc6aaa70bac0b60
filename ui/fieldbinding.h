#pragma once

#include "domain.h"

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;
class SessionFlow;

// Ties an editor to a session field both ways: what is typed becomes an
// undoable, durable edit at once (consecutive typing merges into one undo
// step), and undo, redo or another view's edit shows up in the editor
// without moving the cursor more than it must.
void bindField(QPlainTextEdit *editor, SessionFlow *flow, SessionField field);
void bindField(QLineEdit *editor, SessionFlow *flow, SessionField field);
void bindField(QSpinBox *editor, SessionFlow *flow, SessionField field);

// Text editors keep their own undo history and claim Ctrl+Z for it. This
// lets Undo and Redo reach the session's undo stack whenever the editor has
// nothing of its own to undo (always, for editors bound with bindField).
void letSessionUndoThrough(QWidget *editor);
