#pragma once

#include <QWidget>

class QShowEvent;
class QTextBrowser;
class QTimer;
class SessionFlow;
class SummaryOutput;

// The last step: the summary as it will be printed, with the ways to print
// and export it beside it. It follows every edit (an undo included) while it
// is shown, and is rebuilt when shown again.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    // Without an output (a page built on its own) the buttons are left out.
    SummaryPage(SessionFlow *flow, SummaryOutput *output, QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();

    SessionFlow *m_flow;
    QTextBrowser *m_view;
    QTimer *m_refresh;
    bool m_stale = true;
};
