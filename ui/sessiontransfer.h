#pragma once

#include <QObject>

class Dialogs;
class EditHistory;
class QAction;
class QWidget;
class Store;

// Sessions leaving and arriving in session files: File ▸ Export Sessions…
// and File ▸ Import Sessions…, and a file handed over by the desktop or a
// second start.
class SessionTransfer : public QObject
{
    Q_OBJECT

public:
    SessionTransfer(Store *store, Dialogs *dialogs, QWidget *window);

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // The session open or chosen in the list (0: none), and the history an
    // import is recorded in, so one Ctrl+Z takes it back where it was made.
    void setContext(qint64 sessionId, EditHistory *history);

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }

    // Shows what importing path would do and, when the person agrees, does
    // it as one undo step. False when nothing was imported.
    bool importFile(const QString &path);

signals:
    // A sentence for the window to show, with a way to the folder when
    // something was written.
    void reported(const QString &message, const QString &folder);

private:
    void exportSessions();
    void chooseAndImport();
    QString suggestedFolder() const;

    Store *m_store;
    Dialogs *m_dialogs;
    QWidget *m_window;
    qint64 m_sessionId = 0;
    EditHistory *m_history = nullptr;
    QAction *m_export;
    QAction *m_import;
};
