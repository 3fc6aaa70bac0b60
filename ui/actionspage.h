#pragma once

#include <QWidget>

class ActionModel;
class DueDateEdit;
class OwnerEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class SessionFlow;

// The prioritization view: a session's actions in rank order. New actions
// are typed at the top, with their owner and due date if known (Tab moves
// along the row, Enter adds); the order changes by drag and drop or Alt+Up /
// Alt+Down; owner, due date, status and "right away" are edited in place.
class ActionsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionsPage(SessionFlow *flow, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ActionModel *model() const { return m_model; }
    QLineEdit *entry() const { return m_entry; }
    OwnerEdit *ownerEntry() const { return m_owner; }
    DueDateEdit *dueEntry() const { return m_due; }
    QCheckBox *groupByConcern() const { return m_group; }
    // Why the last entry was refused; empty when it was not.
    QString message() const;

private:
    void addFromEntry();
    void refuse(const QString &why, QWidget *field);
    void updateOwnerNames();
    void moveSelected(int delta);
    void removeSelected();
    void selectAction(qint64 actionId, int column);
    void setGrouped(bool grouped);
    void updateEmptyHint();

    SessionFlow *m_flow;
    ActionModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_entry;
    OwnerEdit *m_owner;
    DueDateEdit *m_due;
    QLabel *m_message;
    QCheckBox *m_group;
    QTableView *m_view;
    QLabel *m_empty;
};
