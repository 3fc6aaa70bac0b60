#pragma once

#include "database.h"
#include "databaselocation.h"

#include <QDialog>

class QLineEdit;

// Asks for the password of a team database on a server, for this run: what
// the server said, the address without a password, and a field that shows
// dots. Nothing typed here is kept anywhere.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &shownAddress, const QString &problem, QWidget *parent = nullptr);

    QString password() const;

private:
    QLineEdit *m_password;
};

namespace ServerLogin {

// Opens location like Database::open; when a server cannot be reached or
// refuses the login, asks for a password for this run and tries again with
// it, as often as the person asks. What the last try said is returned when
// they cancel. A file is opened as it is, without asking.
Database::OpenResult open(QWidget *parent, DatabaseLocation location,
                          Database::Verification verification);

} // namespace ServerLogin
