#pragma once

#include "domain.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class Dialogs;
class QAction;
class ElidedLabel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class QTimer;
class SessionFlow;
class SharingPage;
class SummaryOutput;

// One open session, phase by phase: a stepper across the top (Ctrl+PgDown
// and Ctrl+PgUp walk it), the page of the current phase below, and the time
// used against the plan at the bottom. The phase is saved, so reopening
// returns to where the session was.
class SessionPage : public QWidget
{
    Q_OBJECT

public:
    // output (the window's print and export actions) is shown on the
    // summary step; it may be null.
    SessionPage(SessionFlow *flow, Dialogs *dialogs, SummaryOutput *output,
                QWidget *parent = nullptr);
    ~SessionPage() override;

    SessionFlow *flow() const { return m_flow; }
    Phase phase() const;
    void showPhase(Phase phase);
    QWidget *pageFor(Phase phase);
    // A phase's page if it was built already; pages are built on first visit.
    QWidget *existingPage(Phase phase) const { return m_pageByPhase.value(int(phase)); }
    // Builds every phase's page, e.g. to list all their keys.
    void buildAllPages();
    // Every action of the live flow, for the menus and the shortcut list.
    QList<QAction *> phaseActions() const { return m_phaseActions; }
    QList<QAction *> timerActions() const { return m_timerActions; }
    QList<QAction *> sharingActions() const { return m_sharingActions; }
    // The keys of the page shown now (discussion's whys, sharing's hands):
    // in the Session menu while their page is shown, so they work whatever
    // has the focus, and out of reach on every other page.
    QList<QAction *> currentPageActions() const;

signals:
    // The page shown changed, and with it currentPageActions().
    void pageActionsChanged();
    void backRequested();

private:
    void createActions();
    void updateActions();
    void updateTimeLine();
    void updateSteps();
    // The scroll area a page is shown in.
    static QWidget *holderOf(QWidget *page);
    void stepPhase(int delta);
    void dropPagesOfOtherKind();
    // Takes a phase's page away, to be built again when next shown; false
    // for the page on screen, which stays.
    bool dropPage(Phase phase);
    void followTeamIntoReview();
    QWidget *createPage(Phase phase, QWidget *parent);

    SessionFlow *m_flow;
    Dialogs *m_dialogs;
    SummaryOutput *m_summaryOutput;
    ElidedLabel *m_title;
    QTabBar *m_stepper;
    QStackedWidget *m_pages;
    QLabel *m_timeLine;
    QTimer *m_timeLineClock;
    QHash<int, QWidget *> m_pageByPhase;
    SharingPage *m_sharingPage = nullptr;
    SessionKind m_builtForKind = SessionKind::PreMortem;
    qint64 m_reviewTeamId = 0; // the team whose earlier sessions the review step covers
    QList<QAction *> m_phaseActions;
    QList<QAction *> m_timerActions;
    QList<QAction *> m_sharingActions;
    QHash<int, QList<QAction *>> m_pageActions;
    QHash<int, QPointer<QWidget>> m_typingStartsAt;
    QPushButton *m_next = nullptr;
    int m_furthestStep = 0;
};
