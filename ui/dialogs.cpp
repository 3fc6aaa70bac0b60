#include "dialogs.h"

#include "outputfile.h"

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QWidget>

namespace {

// A save dialog that says no to a file Candor never writes (the open
// database or a file kept with it, a folder, a device) before the dialog
// asks whether to replace it: "Replace?" answered yes, followed by "cannot
// write there", asks a question whose answer does not count. Native
// dialogs never call accept(); there the refusal comes after, as before.
class SaveDialog : public QFileDialog
{
public:
    using QFileDialog::QFileDialog;

    void accept() override
    {
        const QStringList files = selectedFiles();
        const QString refused = files.isEmpty() ? QString() : OutputFile::refusal(files.first());
        if (refused.isEmpty()) {
            QFileDialog::accept();
            return;
        }
        QMessageBox box(QMessageBox::Warning, Dialogs::tr("Cannot Write There"), refused,
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
};

// Questions quote what people typed (titles, names, concerns), which a
// dialog must show as typed, never as markup.
void showLabelsAsTyped(QDialog *dialog)
{
    for (QLabel *label : dialog->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

} // namespace

bool Dialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                      const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(accept);
    box.exec();
    return box.clickedButton() == accept;
}

void Dialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &label,
                    const QStringList &items, int current)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (current >= 0 && current < items.size())
        dialog.setTextValue(items.at(current));
    showLabelsAsTyped(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    return int(items.indexOf(dialog.textValue()));
}

QString Dialogs::askText(QWidget *parent, const QString &title, const QString &label,
                         const QString &text)
{
    return askLine(parent, title, label, text).value_or(QString());
}

std::optional<QString> Dialogs::askLine(QWidget *parent, const QString &title, const QString &label,
                                        const QString &text)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setTextValue(text);
    showLabelsAsTyped(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                              const QString &filter)
{
    SaveDialog dialog(parent, title, suggestedPath, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // A name typed without its ending gets it, and the dialog asks before
    // replacing an existing file under the name it will really write.
    dialog.setDefaultSuffix(QFileInfo(suggestedPath).suffix());
    dialog.selectFile(suggestedPath);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &folder,
                              const QString &filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
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
