#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class SessionFlow;

// Who is in the room and how the hour is split: title, participants in
// seat order, the planned length and the timebox of each phase.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(SessionFlow *flow, QWidget *parent = nullptr);
    QTableView *participantView() const { return m_participants; }
    QLineEdit *nameField() const { return m_name; }

private:
    void addParticipant();
    void moveSelected(int delta);
    void removeSelected();
    void toggleSelectedPresent();
    void updateWarnings();
    void updateTimeboxSum();
    void updateKind();

    SessionFlow *m_flow;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QTableView *m_participants;
    QLabel *m_duplicateWarning;
    QSpinBox *m_planned;
    QLabel *m_timeboxSum;
};
