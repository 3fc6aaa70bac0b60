#include "dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QWidget>

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &label,
                    const QStringList &items, int current)
{
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    return ok ? int(items.indexOf(chosen)) : -1;
}

QString Dialogs::askText(QWidget *parent, const QString &title, const QString &label,
                         const QString &text)
{
    bool ok = false;
    const QString answer =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    return ok ? answer : QString();
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                              const QString &filter)
{
    QFileDialog dialog(parent, title, suggestedPath, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // A name typed without its ending gets it, and the dialog asks before
    // replacing an existing file under the name it will really write.
    dialog.setDefaultSuffix(QFileInfo(suggestedPath).suffix());
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool Dialogs::setUpPrinter(QWidget *parent, QPrinter *printer)
{
    QPrintDialog dialog(printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

void Dialogs::showPrintPreview(QWidget *parent, QPrinter *printer,
                               const std::function<void(QPrinter *)> &paint)
{
    QPrintPreviewDialog dialog(printer, parent);
    // Large enough to read a page without zooming first.
    if (parent)
        dialog.resize(parent->window()->size() * 0.9);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    dialog.exec();
}

int Dialogs::show(QDialog *dialog)
{
    return dialog->exec();
}
