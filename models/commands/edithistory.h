#pragma once

#include <QUndoStack>

class Store;

// The undo stack of one view of the database (a session, or the session
// list with Follow-up). It keeps the stack true to the database when a
// write fails: the step that failed is dropped, and after a failed redo so
// are the steps above it, which were made on top of it and must not run on
// a state they were not made for.
class EditHistory : public QUndoStack
{
    Q_OBJECT

public:
    explicit EditHistory(Store *store, QObject *parent = nullptr);

    // Makes the edit and puts it on the stack; true when it reached the
    // database (a failure has been reported and nothing was changed).
    bool record(QUndoCommand *command);
    // Undo and Redo of one step; false when it could not be written.
    bool undoStep();
    bool redoStep();

private:
    void announceState();

    Store *m_store;
};
