#pragma once

#include "backups.h"

#include <QDialog>
#include <QVector>

#include <optional>

class QPushButton;
class QTreeWidget;

// File ▸ Restore from Backup…: the rotating backups, newest first, with
// their day, how many sessions each holds and its size. Restore is offered
// for a backup that reads back; the window asks before anything is replaced.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QVector<Backups::File> &backups, const QString &folder,
                  QWidget *parent = nullptr);

    // What the dialog ends with when the person would rather import chosen
    // sessions from the backup than restore all of it.
    static constexpr int ImportChosen = QDialog::Accepted + 1;

    // When a backup was taken, as the list shows it: the day, then the time.
    static QString shownTime(const QDateTime &createdUtc);

    // The backup selected when Restore was pressed.
    std::optional<Backups::File> chosenBackup() const;
    QTreeWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *importButton() const { return m_import; }

private:
    void updateButtons();

    QVector<Backups::File> m_backups;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_import;
};
