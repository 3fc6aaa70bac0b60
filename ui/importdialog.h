#pragma once

#include "sessionimport.h"

#include <QDialog>
#include <QSet>

class QLabel;
class QPushButton;
class QTableWidget;

// What an import would do, before anything is written: each session in the
// file with what would happen to it (chosen or not), and each row changed on
// both sides since they last matched, to keep as it is here or take from the
// file.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const SessionImport *import, const QString &exportedBy,
                 const QDateTime &exportedAt, QWidget *parent = nullptr);

    QSet<QString> chosenSessions() const;
    QSet<QString> takeTheirs() const;

    QTableWidget *sessionList() const { return m_sessions; }
    QTableWidget *conflictList() const { return m_conflicts; }
    QPushButton *importButton() const { return m_importButton; }
    QString summaryText() const;

private:
    void update();
    QString sessionState(const ImportPreview::Session &session) const;

    const SessionImport *m_import;
    QLabel *m_summary;
    QTableWidget *m_sessions;
    QLabel *m_conflictsHeading;
    QTableWidget *m_conflicts;
    QPushButton *m_importButton;
    QSet<QString> m_takeTheirs;
    bool m_updating = false;
};
