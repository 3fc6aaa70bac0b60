#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QVector>

class QAction;
class QMainWindow;
class QTreeWidget;
class SessionPage;

// Help ▸ Keyboard Shortcuts: every key of the window, read from its actions
// (the menus, then each phase of the open session), so the list cannot
// drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString section;
        QString text;
        QList<QKeySequence> keys;
        QAction *action = nullptr;
    };

    // sessionPage may be null; when given, its pages are listed phase by
    // phase (those not built yet are not listed: see SessionPage::buildAllPages).
    static QVector<Entry> collect(QMainWindow *window, SessionPage *sessionPage);

    ShortcutsDialog(QMainWindow *window, SessionPage *sessionPage, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};
