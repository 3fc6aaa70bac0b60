#pragma once

#include "domain.h"

#include <QHash>
#include <QWidget>

class Dialogs;
class QAction;
class QLabel;
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
    SessionPage(SessionFlow *flow, Dialogs *dialogs, QWidget *parent = nullptr);
    ~SessionPage() override;

    SessionFlow *flow() const { return m_flow; }
    // The window's print and export actions, shown on the summary step.
    void setSummaryOutput(SummaryOutput *output) { m_summaryOutput = output; }
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

signals:
    void backRequested();

private:
    void createActions();
    void updateActions();
    void updateTimeLine();
    void stepPhase(int delta);
    void dropPagesOfOtherKind();
    void toggleCountdown();
    QWidget *createPage(Phase phase);
    int durationMinutesFor(Phase phase) const;

    SessionFlow *m_flow;
    Dialogs *m_dialogs;
    QLabel *m_title;
    QTabBar *m_stepper;
    QStackedWidget *m_pages;
    QLabel *m_timeLine;
    QTimer *m_timeLineClock;
    QHash<int, QWidget *> m_pageByPhase;
    SharingPage *m_sharingPage = nullptr;
    SummaryOutput *m_summaryOutput = nullptr;
    SessionKind m_builtForKind = SessionKind::PreMortem;
    QList<QAction *> m_phaseActions;
    QList<QAction *> m_timerActions;
    QList<QAction *> m_sharingActions;
};
