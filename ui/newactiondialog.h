#pragma once

#include <QDate>
#include <QDialog>
#include <QString>

#include <functional>

class DueDateEdit;
class OwnerEdit;
class QLabel;
class QLineEdit;

// An action as it is stated in the room: what will be done, by whom, by when.
struct NewAction
{
    QString text;
    QString owner;
    QDate due; // null: none
};

// Asks for a new action in one go: its text, the owner (the participants'
// names complete; any name works) and the due date (typed as it is said, or
// picked from a calendar with Alt+Down). Tab goes down the form, Enter
// adds; an empty text or a due date that is not one is refused in place,
// so nothing typed is lost.
class NewActionDialog : public QDialog
{
    Q_OBJECT

public:
    // question: what is asked, shown as typed (it may quote a concern).
    NewActionDialog(const QString &question, const QStringList &owners,
                    std::function<QDate()> today, QWidget *parent = nullptr);

    NewAction action() const;
    QLineEdit *textField() const { return m_text; }
    OwnerEdit *ownerField() const { return m_owner; }
    DueDateEdit *dueField() const { return m_due; }
    // Why the last Enter was refused; empty when it was not.
    QString message() const;

    void accept() override;

private:
    void refuse(const QString &why, QWidget *field);
    void updateDueHint();

    QLineEdit *m_text;
    OwnerEdit *m_owner;
    DueDateEdit *m_due;
    QLabel *m_dueHint;
    QLabel *m_message;
};
