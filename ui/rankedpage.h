#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;
class RankedConcernModel;
class SessionFlow;

// The ranked list the room discusses from: concerns most people wrote
// first, ties in sharing order, each with a bar for its tally. Summaries,
// hands and categories can still be corrected in place, and the order
// follows at once. Who shared what is shown only when the session says so.
class RankedPage : public QWidget
{
    Q_OBJECT

public:
    explicit RankedPage(SessionFlow *flow, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    RankedConcernModel *rankedModel() const { return m_ranked; }
    // Post-mortems only; null for a pre-mortem.
    QComboBox *categoryFilter() const { return m_filter; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateColumns();
    void updateEmptyHint();
    void ensureCurrent();
    void fitVisibleRows();
    void filterChosen(int comboIndex);

    SessionFlow *m_flow;
    RankedConcernModel *m_ranked;
    QTableView *m_view;
    QComboBox *m_filter = nullptr;
    QLabel *m_empty;
    QTimer *m_fitRows;
};
