#pragma once

#include <QWidget>

class Dialogs;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class SessionFlow;

// Who is in the room and how the hour is split: title, the team, the
// participants in seat order (the team's usual ones in one key), the
// planned length and the timebox of each phase.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    SetupPage(SessionFlow *flow, Dialogs *dialogs, QWidget *parent = nullptr);
    QTableView *participantView() const { return m_participants; }
    QLineEdit *nameField() const { return m_name; }
    QComboBox *teamChooser() const { return m_team; }
    QPushButton *addUsualButton() const { return m_addUsual; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillTeams();
    void chooseTeam(int index);
    void askForNewTeam();
    void askToRenameTeam();
    void addUsualParticipants();
    void updateUsualParticipants();
    void addParticipant();
    void moveSelected(int delta);
    void removeSelected();
    void toggleSelectedPresent();
    void updateWarnings();
    void updateTimeboxSum();
    void updateKind();

    SessionFlow *m_flow;
    Dialogs *m_dialogs;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_team;
    QPushButton *m_addUsual;
    QAction *m_addUsualAction;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QTableView *m_participants;
    QLabel *m_duplicateWarning;
    QSpinBox *m_planned;
    QLabel *m_timeboxSum;
};
