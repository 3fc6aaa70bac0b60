#pragma once

#include "domain.h"

#include <QHash>
#include <QPointer>
#include <QVector>
#include <QWidget>

class CountdownWidget;
class QStackedWidget;
class QTimer;
class SessionFlow;
class SlideBar;
class SlideList;
class SlideText;
class Store;

// What the room sees, on the projector or the shared screen: only the
// current phase's content, laid out as a slide in type sized to the window
// (never under 24 slide points, see SlideType), never a control and never
// who shared what unless the session chose to attribute concerns. Lists
// that do not fit are paged from the main window. It follows the session
// the facilitator has open and mirrors every edit as it is made; the
// facilitator keeps working in the main window, which drives this one
// (View ▸ Presentation: F11 full screen, Ctrl+Alt+Plus / Minus / 0 zoom,
// Ctrl+Alt+PgDown / PgUp pages).
//
// Only the view on screen is brought up to date: an edit marks the views
// it touches, and a view catches up when it is shown, so recording a
// concern during sharing costs the sharing view's few lines.
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
    // The list on screen (the scene, the prompts, the ranked concerns, the
    // whys, the actions), or nullptr when the view has none.
    SlideList *currentList() const;
    // Pages the list on screen; false when there is no page that way.
    bool showNextPage();
    bool showPreviousPage();

    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void toggleFullScreen();
    // Pixels per slide point at the window's size and zoom.
    qreal pixelsPerPoint() const;

    // Where to put the presentation among screens (their geometries): the
    // largest one that does not hold the controls' centre; -1 when every
    // screen holds it (one screen, or mirrored ones).
    static int screenForPresentation(const QList<QRect> &screens, const QPoint &controlsCentre);

signals:
    void fullScreenChanged(bool fullScreen);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum View {
        TitleView,
        SceneView,
        WritingView,
        SharingView,
        RankedView,
        DiscussionView,
        ActionsView,
        ViewCount
    };
    // How many people a concern's tally stands for on the room's screen.
    struct RoomTally
    {
        int people = 0;
        bool merged = false; // duplicates were merged into it
    };
    struct RankedConcern
    {
        int row = 0; // in the concern model
        int tally = 0;
        RoomTally shown;
    };

    QWidget *createPage(View view);
    SlideText *createText(QWidget *page, const QString &accessibleName);
    SlideList *createList(QWidget *page, const QString &accessibleName, const QString &emptyText);

    void markStale(std::initializer_list<View> views);
    void markAllStale();
    void refresh();
    void fill(View view);
    void fillTitle();
    void fillScene();
    void fillWriting();
    void fillSharing();
    void fillRanked();
    void fillDiscussion();
    void fillActions();
    void updateWritingHint();

    void arrange(View view);
    QRect contentRect() const;
    void arrangeTitle();
    void arrangeHeadingAndList(SlideText *heading, SlideList *list);
    void arrangeWriting();
    void arrangeSharing();
    void arrangeDiscussion();
    // The height of lines of the smallest type the slide may use.
    int linesOfSmallestType(int lines, bool bold) const;
    // A bar and the words for a tally, from top; returns the height used.
    int arrangeTally(SlideBar *bar, SlideText *words, int top);

    View viewOf(Phase phase) const;
    const QVector<RankedConcern> &ranking();
    RoomTally roomTally(int sum, int largestOwn, bool merged) const;
    QString tallyWords(const RoomTally &tally) const;
    // How much of a bar a tally fills: a full bar is everyone present.
    qreal shareOfRoom(const RoomTally &tally) const;
    void onConcernChanged(qint64 sessionId, qint64 concernId);

    QPointer<SessionFlow> m_flow;
    // Kept apart from the flow: when the flow is deleted its store's
    // signals must still be let go.
    QPointer<Store> m_store;
    Phase m_shownPhase = Phase::Setup;
    View m_view = TitleView;
    quint32 m_stale = 0;
    qreal m_zoom = 1.0;
    QTimer *m_refresh;
    QStackedWidget *m_pages;
    QWidget *m_page[ViewCount] = {};

    // The ranked order, worked out again only after a tally, a merge or
    // the set of concerns changed.
    QVector<RankedConcern> m_ranking;
    bool m_rankingStale = true;
    // What the ranking was worked out from, by concern id: hands and merge.
    QHash<qint64, QPair<int, qint64>> m_rankedFrom;

    SlideText *m_title;
    SlideText *m_subtitle;

    SlideText *m_sceneHeading;
    SlideList *m_sceneList;

    SlideList *m_promptList;
    CountdownWidget *m_writingCountdown = nullptr;

    SlideText *m_banner;
    SlideText *m_justShared;
    SlideText *m_lastConcern;
    SlideBar *m_lastBar;
    SlideText *m_lastTally;
    SlideText *m_sharedCount;

    SlideText *m_rankedHeading;
    SlideList *m_rankedList;

    SlideText *m_discussionPosition;
    SlideText *m_discussionSummary;
    SlideBar *m_discussionBar;
    SlideText *m_discussionTally;
    SlideList *m_whyList;
    // The whys of the concern under discussion, read again when they change.
    QVector<Why> m_whys;
    qint64 m_whysConcern = -1;

    SlideText *m_actionsHeading;
    SlideList *m_actionsList;
};
