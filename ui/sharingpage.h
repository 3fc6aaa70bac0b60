#pragma once

#include "blamelesshints.h"
#include "roundrobin.h"

#include <QWidget>

class Dialogs;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;
class SessionFlow;

// Round-robin sharing. The banner says whose turn it is; the facilitator
// types a short summary of what was said, sets the raised hands and presses
// Enter; the turn moves on by itself.
class SharingPage : public QWidget
{
    Q_OBJECT

public:
    SharingPage(SessionFlow *flow, Dialogs *dialogs, QWidget *parent = nullptr);

    QLineEdit *summaryField() const { return m_summary; }
    QSpinBox *handsField() const { return m_hands; }
    QLabel *banner() const { return m_banner; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *hintLabel() const { return m_hint; }
    QLabel *overrunLabel() const { return m_overrun; }

    void record();
    void pass();
    void nothingLeft();
    void markSpeakerAbsent();
    void addLateArrival();
    void mergeConcern();
    void toggleStopped();
    void setCategory(int category);
    void refresh();
    // "Now: Dana · Next: Lee · Round 2", or how sharing stands; shown here
    // and to the room.
    static QString bannerText(const SessionFlow &flow);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    TurnState m_problemTurn;
    void applySignalColours();
    void updateHint();
    void updateTally();
    void updateOverrun();
    void showProblem(const QString &problem);

    SessionFlow *m_flow;
    Dialogs *m_dialogs;
    BlamelessHints m_hints;
    int m_settingsRevision = -1;
    QLabel *m_banner;
    QLabel *m_stats;
    QLabel *m_overrun;
    QLineEdit *m_summary;
    QSpinBox *m_hands;
    QLabel *m_tally;
    QComboBox *m_category;
    QLabel *m_hint;
    QLabel *m_problem;
    QTableView *m_recent;
    QTimer *m_clock;
};
