#include "serverlogin.h"

#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &shownAddress, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Log In to the Team Database"));
    auto *layout = new QVBoxLayout(this);
    // The server's own words first: a password does not help a server that
    // is not there, and this says which it is.
    auto *said = new PlainLabel(problem, this);
    said->setWordWrap(true);
    layout->addWidget(said);
    auto *explained = new PlainLabel(
        tr("If the server asks for a password, type it here. Candor uses it for this run only "
           "and keeps it nowhere; for the next start, ~/.pgpass or a service file can hold it."),
        this);
    explained->setWordWrap(true);
    layout->addWidget(explained);

    auto *form = new QFormLayout;
    auto *address = new PlainLabel(shownAddress, this);
    address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Database:"), address);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *logIn = buttons->addButton(tr("&Log In"), QDialogButtonBox::AcceptRole);
    logIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

Database::OpenResult ServerLogin::open(QWidget *parent, DatabaseLocation location,
                                       Database::Verification verification)
{
    Database::OpenResult opened = Database::open(location, Database::Access::ReadWrite,
                                                 Database::defaultConnectionName, verification);
    while (!opened.ok() && location.isServer() &&
           opened.problem == Database::Problem::CannotConnect) {
        PasswordDialog ask(location.shown(), opened.message, parent);
        if (ask.exec() != QDialog::Accepted)
            break;
        location.setPassword(ask.password());
        opened = Database::open(location, Database::Access::ReadWrite,
                                Database::defaultConnectionName, verification);
    }
    return opened;
}
