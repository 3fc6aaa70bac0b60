#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class ReviewModel;
class SessionFlow;

// A session of a team starts by reviewing the actions its earlier sessions
// left open: Ctrl+1 done, Ctrl+2 still open, Ctrl+3 dropped; F2 corrects an
// owner or a due date.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(SessionFlow *flow, QWidget *parent = nullptr);
    ReviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void updateProgress();

    ReviewModel *m_model;
    QTableView *m_view;
    QLabel *m_progress;
};
