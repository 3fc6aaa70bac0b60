#pragma once

#include <QWidget>

class QLabel;
struct SessionSummary;

// One open session. The live flow (set-up, scene, writing, sharing,
// ranking, discussion, actions, summary) arrives phase by phase; until then
// this page says plainly what is still to come.
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPage(QWidget *parent = nullptr);
    void showSession(const SessionSummary &session);

signals:
    void backRequested();

private:
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_phases;
};
