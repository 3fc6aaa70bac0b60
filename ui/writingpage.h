#pragma once

#include <QWidget>

class CountdownWidget;
class QLabel;
class SessionFlow;

// Private writing: the room sees the prompt and the countdown, nothing else;
// nobody's notes are ever on this screen.
class WritingPage : public QWidget
{
    Q_OBJECT

public:
    explicit WritingPage(SessionFlow *flow, QWidget *parent = nullptr);
    CountdownWidget *countdownWidget() const { return m_countdown; }

private:
    void updatePrompt();
    void updateHint();

    SessionFlow *m_flow;
    QLabel *m_prompt;
    CountdownWidget *m_countdown;
};
