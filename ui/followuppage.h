#pragma once

#include <QWidget>

class FollowUpFilter;
class FollowUpModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class EditHistory;
class Store;

// Every open action of every session in one list, for the product manager:
// filter by team, owner, status, overdue and session, sorted by due date; status,
// owner and due date edited in place; Enter jumps to the source session.
class FollowUpPage : public QWidget
{
    Q_OBJECT

public:
    FollowUpPage(Store *store, EditHistory *history, QWidget *parent = nullptr);

    FollowUpModel *model() const { return m_model; }
    FollowUpFilter *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *ownerField() const { return m_owner; }
    QComboBox *statusChooser() const { return m_status; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    QComboBox *sessionChooser() const { return m_session; }
    QComboBox *teamChooser() const { return m_team; }
    void reload();

signals:
    void openSessionRequested(qint64 sessionId);
    // Back (the button or Esc): to wherever the follow-up was opened from.
    void backRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyStatus();
    QStringList knownOwners() const;
    void fillTeams();
    void fillSessions();
    void updateCount();

    Store *m_store;
    FollowUpModel *m_model;
    FollowUpFilter *m_filter;
    QComboBox *m_team; // first in the row, and for Tab
    QLineEdit *m_owner;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QComboBox *m_session;
    QTableView *m_view;
    QLabel *m_count;
};
