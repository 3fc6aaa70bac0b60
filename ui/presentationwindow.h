#pragma once

#include "domain.h"

#include <QPointer>
#include <QWidget>

class ActionModel;
class CountdownWidget;
class QLabel;
class QStackedWidget;
class QTableView;
class QTimer;
class RankedConcernModel;
class SessionFlow;
class Store;

// What the room sees, on the projector or the shared screen: only the
// current phase's content, in type sized to the window, never a control
// and never who shared what unless the session chose to attribute
// concerns. It follows the session the facilitator has open and mirrors
// every edit as it is made; the facilitator keeps working in the main
// window, which drives this one (View ▸ Presentation: F11 full screen,
// Ctrl+Alt+Plus / Minus / 0 zoom).
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // nullptr shows the title screen. The flow may be deleted at any time.
    void setFlow(SessionFlow *flow);
    SessionFlow *flow() const;

    // The phase whose content is shown; the title screen shows for set-up,
    // review and when no session is open.
    Phase shownPhase() const { return m_shownPhase; }
    QWidget *currentPage() const;
    CountdownWidget *countdownWidget() const { return m_writingCountdown; }

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void toggleFullScreen();

    // Where to put the presentation among screens (their geometries): the
    // largest one that does not hold the controls' centre; -1 when every
    // screen holds it (one screen, or mirrored ones).
    static int screenForPresentation(const QList<QRect> &screens, const QPoint &controlsCentre);

signals:
    void fullScreenChanged(bool fullScreen);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createTitlePage();
    QWidget *createScenePage();
    QWidget *createWritingPage();
    QWidget *createSharingPage();
    QWidget *createRankedPage();
    QWidget *createDiscussionPage();
    QWidget *createActionsPage();
    QLabel *makeLabel(QWidget *parent, const QString &accessibleName, qreal scale,
                      bool bold = false);
    QTableView *makeTable(QWidget *parent, const QString &accessibleName);

    void scheduleRefresh();
    void refresh();
    void refreshTitle();
    void refreshScene();
    void refreshWriting();
    void refreshSharing();
    void refreshRanked();
    void refreshDiscussion();
    void refreshActions();
    void updateFonts();

    QPointer<SessionFlow> m_flow;
    // Kept apart from the flow: when the flow is deleted its store's
    // signals must still be let go.
    QPointer<Store> m_store;
    Phase m_shownPhase = Phase::Setup;
    qreal m_zoom = 1.0;
    QTimer *m_refresh;
    QStackedWidget *m_pages;

    QWidget *m_titlePage;
    QLabel *m_title;
    QLabel *m_subtitle;

    QWidget *m_scenePage;
    QLabel *m_sceneHeading;
    QLabel *m_sceneText;

    QWidget *m_writingPage;
    QLabel *m_prompts;
    CountdownWidget *m_writingCountdown = nullptr;

    QWidget *m_sharingPage;
    QLabel *m_banner;
    QLabel *m_lastConcern;
    QLabel *m_lastTally;
    QLabel *m_sharedCount;

    QWidget *m_rankedPage;
    QLabel *m_rankedHeading;
    QTableView *m_rankedView;
    RankedConcernModel *m_ranked = nullptr;

    QWidget *m_discussionPage;
    QLabel *m_discussionPosition;
    QLabel *m_discussionSummary;
    QLabel *m_discussionTally;
    QLabel *m_whys;

    QWidget *m_actionsPage;
    QLabel *m_actionsHeading;
    QTableView *m_actionsView;
    ActionModel *m_actions = nullptr;
};
