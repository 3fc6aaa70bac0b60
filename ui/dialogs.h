#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QDialog;
class QPrinter;
class QWidget;

// Every question the main window asks a person goes through here, so tests
// can answer in advance instead of blocking on a modal dialog.
class Dialogs
{
    Q_DECLARE_TR_FUNCTIONS(Dialogs)

public:
    virtual ~Dialogs() = default;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel);
    virtual void warn(QWidget *parent, const QString &title, const QString &text);
    // One of items, or -1 when the person backs out.
    virtual int choose(QWidget *parent, const QString &title, const QString &label,
                       const QStringList &items, int current);
    // A line of text, or a null string when the person backs out.
    virtual QString askText(QWidget *parent, const QString &title, const QString &label,
                            const QString &text);
    // The same, for pages that ask on their own; nothing when the person
    // backs out. The label is shown as plain text: it may quote what
    // someone typed.
    static std::optional<QString> askLine(QWidget *parent, const QString &title,
                                          const QString &label, const QString &text = {});
    // Shows a dialog of the window's own (shortcuts, settings) until closed.
    virtual int show(QDialog *dialog);
    // A file to write, or an empty string when the person backs out.
    virtual QString saveFileName(QWidget *parent, const QString &title,
                                 const QString &suggestedPath, const QString &filter);
    // A file to read, or an empty string when the person backs out.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &folder,
                                 const QString &filter);
    // The print dialog: printer, pages, copies. False when the person backs out.
    virtual bool setUpPrinter(QWidget *parent, QPrinter *printer);
    // The pages as they will print; paint is called again whenever the
    // person changes the paper or the printer.
    virtual void showPrintPreview(QWidget *parent, QPrinter *printer,
                                  const std::function<void(QPrinter *)> &paint);
};
