#pragma once

#include "summaryexport.h"

#include <QObject>

class Dialogs;
class QAction;
class QPagedPaintDevice;
class QPrinter;
class QWidget;
class Store;

// The summary of one session leaving Candor: print preview, printing and the
// exports of the File menu. It works on the open session, or on the session
// chosen in the list, and every output comes from the same summary document.
class SummaryOutput : public QObject
{
    Q_OBJECT

public:
    SummaryOutput(Store *store, Dialogs *dialogs, QWidget *window);

    void setDialogs(Dialogs *dialogs) { m_dialogs = dialogs; }
    // 0 when no session is open or chosen; the actions are disabled then.
    void setSessionId(qint64 id);
    qint64 sessionId() const { return m_sessionId; }

    QAction *printPreviewAction() const { return m_printPreview; }
    QAction *printAction() const { return m_print; }
    QList<QAction *> exportActions() const { return m_exportActions; }

    // The summary on the device's pages; false when the session is gone
    // or the device refused to paint.
    bool paint(QPagedPaintDevice *device) const;

signals:
    // A short note for the status bar: what was written or printed where.
    void reported(const QString &message);
    // An export was written, whole, to path.
    void saved(const QString &path);

private:
    void printPreview();
    void print();
    // Sends the summary to the printer the print dialog set up; a printer
    // that prints to a file gets a file written like the exports.
    void printTo(QPrinter *printer);
    bool printToFile(QPrinter *printer, QString *error) const;
    void exportAs(SummaryExport::Format format);
    void setUpPrinter(QPrinter *printer) const;
    // Where exports go first: the last folder used, or Documents.
    static QString suggestedPath(const SummaryData &data, SummaryExport::Format format);

    Store *m_store;
    Dialogs *m_dialogs;
    QWidget *m_window;
    qint64 m_sessionId = 0;
    QAction *m_printPreview;
    QAction *m_print;
    QList<QAction *> m_exportActions;
};
