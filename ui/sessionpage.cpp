#include "sessionpage.h"

#include "actionspage.h"
#include "countdown.h"
#include "discussionpage.h"
#include "elidedlabel.h"
#include "participantmodel.h"
#include "plainlabel.h"
#include "rankedpage.h"
#include "reviewpage.h"
#include "scenepage.h"
#include "sessionflow.h"
#include "setuppage.h"
#include "sharingpage.h"
#include "store.h"
#include "summarypage.h"
#include "writingpage.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QScrollArea>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

SessionPage::SessionPage(SessionFlow *flow, Dialogs *dialogs, SummaryOutput *output,
                         QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_dialogs(dialogs)
    , m_summaryOutput(output)
    , m_title(new ElidedLabel(this))
    , m_stepper(new QTabBar(this))
    , m_pages(new QStackedWidget(this))
    , m_timeLine(new PlainLabel(this))
    , m_timeLineClock(new QTimer(this))
{
    flow->setParent(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    QFont stepFont = m_stepper->font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * 1.2);
    m_stepper->setFont(stepFont);
    m_stepper->setExpanding(false);
    m_stepper->setDrawBase(true);
    m_stepper->setAccessibleName(tr("Phases"));
    int number = 1;
    for (Phase phase : Domain::phases()) {
        // The review comes before the numbered steps of the method.
        if (phase == Phase::Review)
            m_stepper->addTab(Domain::phaseName(phase));
        else
            m_stepper->addTab(tr("%1 %2").arg(number++).arg(Domain::phaseName(phase)));
    }
    m_stepper->setFocusPolicy(Qt::NoFocus);

    m_timeLine->setAccessibleName(tr("Time used against the plan"));
    m_timeLineClock->setInterval(10000);
    connect(m_timeLineClock, &QTimer::timeout, this, &SessionPage::updateTimeLine);
    m_timeLineClock->start();

    auto *back = new QPushButton(tr("Sessions"), this);
    back->setToolTip(tr("Back to the list of sessions (Ctrl+W)"));
    back->setFocusPolicy(Qt::NoFocus);
    connect(back, &QPushButton::clicked, this, &SessionPage::backRequested);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(back);

    // What comes next, in words, for whoever does not know Ctrl+PgDown.
    m_next = new QPushButton(this);
    m_next->setFocusPolicy(Qt::TabFocus);
    m_next->setToolTip(tr("The next step of the session (Ctrl+PgDown)"));
    connect(m_next, &QPushButton::clicked, this, [this] { stepPhase(1); });
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_timeLine, 1);
    bottomRow->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(titleRow);
    layout->addWidget(m_stepper);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottomRow);

    createActions();
    // Whatever takes the focus on a page that scrolls is scrolled into view,
    // however the focus got there (Tab from outside the page, a mnemonic).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        auto *scroll = qobject_cast<QScrollArea *>(m_pages->currentWidget());
        if (now && scroll && scroll->widget() && scroll->widget()->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });
    // The review step is there only when earlier sessions left actions open.
    const QVector<ReviewItem> toReview = flow->store()->actionsToReview(flow->sessionId());
    const bool hasReview = !toReview.isEmpty();
    const bool reviewed =
        std::any_of(toReview.cbegin(), toReview.cend(),
                    [](const ReviewItem &item) { return item.outcome != ReviewOutcome::None; });
    m_stepper->setTabVisible(int(Domain::phases().indexOf(Phase::Review)), hasReview);
    Phase start = flow->details().phase;
    if (start == Phase::Review && !hasReview)
        start = Phase::Setup;
    // The next session of a line begins with what the last one left open,
    // until something was reviewed or the session has begun.
    if (hasReview && start == Phase::Setup && !flow->details().startedAt.isValid() && !reviewed)
        start = Phase::Review;
    showPhase(start);
    connect(m_stepper, &QTabBar::currentChanged, this,
            [this](int index) { showPhase(Domain::phases().value(index, Phase::Setup)); });
    m_builtForKind = flow->details().kind;
    m_reviewTeamId = flow->details().teamId;
    connect(flow, &SessionFlow::detailsChanged, this, [this] {
        m_title->setFullText(m_flow->details().title);
        updateTimeLine();
        if (m_flow->details().kind != m_builtForKind)
            dropPagesOfOtherKind();
        if (m_flow->details().teamId != m_reviewTeamId)
            followTeamIntoReview();
    });
    m_title->setFullText(flow->details().title);
    updateTimeLine();
}

SessionPage::~SessionPage() = default;

Phase SessionPage::phase() const
{
    return Domain::phases().value(m_stepper->currentIndex(), Phase::Setup);
}

QWidget *SessionPage::createPage(Phase phase, QWidget *parent)
{
    switch (phase) {
    case Phase::Review:
        return new ReviewPage(m_flow, parent);
    case Phase::Setup:
        return new SetupPage(m_flow, m_dialogs, parent);
    case Phase::Scene:
        return new ScenePage(m_flow, parent);
    case Phase::Writing:
        return new WritingPage(m_flow, parent);
    case Phase::Sharing:
        m_sharingPage = new SharingPage(m_flow, m_dialogs, parent);
        return m_sharingPage;
    case Phase::Ranked:
        return new RankedPage(m_flow, parent);
    case Phase::Discussion:
        return new DiscussionPage(m_flow, parent);
    case Phase::Actions:
        return new ActionsPage(m_flow, parent);
    case Phase::Summary:
        return new SummaryPage(m_flow, m_summaryOutput, parent);
    }
    return nullptr;
}

QWidget *SessionPage::pageFor(Phase phase)
{
    QWidget *&page = m_pageByPhase[int(phase)];
    if (!page) {
        // Built when first visited: opening a session shows one page, fast.
        // Each page scrolls when the screen is too small for it (a 1366x768
        // laptop with larger type), instead of growing the window past it.
        // Built inside its scroll area, so Tab walks it in reading order.
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setFocusPolicy(Qt::NoFocus);
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        page = createPage(phase, scroll->viewport());
        // A page names where typing starts with its focus proxy. Qt sends Tab
        // arriving at a page with a proxy straight to the proxy, skipping
        // whatever comes before it (Set-up's title); so the page keeps no
        // proxy and the field is focused by hand when the page is shown.
        m_typingStartsAt.insert(int(phase), page->focusProxy());
        page->setFocusProxy(nullptr);
        scroll->setWidget(page);
        m_pages->addWidget(scroll);
        // A page's own keys reach it from anywhere in the window while it is
        // shown (focus on a button, a menu just closed), and from nowhere
        // while another page is.
        QList<QAction *> &keys = m_pageActions[int(phase)];
        keys.clear();
        for (QAction *action : page->actions()) {
            if (action->shortcutContext() != Qt::WidgetWithChildrenShortcut)
                continue;
            action->setShortcutContext(Qt::WindowShortcut);
            action->setVisible(holderOf(page) == m_pages->currentWidget());
            keys.append(action);
        }
    }
    return page;
}

QWidget *SessionPage::holderOf(QWidget *page)
{
    // The page sits in a scroll area's viewport.
    return page->parentWidget()->parentWidget();
}

void SessionPage::buildAllPages()
{
    for (Phase phase : Domain::phases())
        pageFor(phase);
}

void SessionPage::showPhase(Phase phase)
{
    QWidget *page = pageFor(phase);
    {
        const QSignalBlocker blocker(m_stepper);
        m_stepper->setCurrentIndex(int(Domain::phases().indexOf(phase)));
    }
    m_pages->setCurrentWidget(holderOf(page));
    for (auto keys = m_pageActions.cbegin(); keys != m_pageActions.cend(); ++keys) {
        for (QAction *action : keys.value())
            action->setVisible(keys.key() == int(phase));
    }
    emit pageActionsChanged();
    m_flow->setPhase(phase);
    updateSteps();
    // Each page names where typing starts.
    if (QWidget *field = m_typingStartsAt.value(int(phase)))
        field->setFocus();
    else
        page->setFocus();
    updateActions();
    updateTimeLine();
}

void SessionPage::dropPagesOfOtherKind()
{
    // Scene, sharing and ranked pages differ between the kinds; they are
    // built again, for the new kind, when next shown.
    m_builtForKind = m_flow->details().kind;
    for (Phase phase : {Phase::Scene, Phase::Sharing, Phase::Ranked, Phase::Discussion})
        dropPage(phase);
}

bool SessionPage::dropPage(Phase phase)
{
    QWidget *page = m_pageByPhase.value(int(phase));
    if (!page || holderOf(page) == m_pages->currentWidget())
        return false;
    m_pageByPhase.remove(int(phase));
    if (page == m_sharingPage)
        m_sharingPage = nullptr;
    m_pageActions.remove(int(phase));
    holderOf(page)->deleteLater();
    return true;
}

void SessionPage::followTeamIntoReview()
{
    // The review covers the open actions of the team's earlier sessions:
    // another team has other ones, or none.
    m_reviewTeamId = m_flow->details().teamId;
    dropPage(Phase::Review);
    const bool hasReview = !m_flow->store()->actionsToReview(m_flow->sessionId()).isEmpty();
    m_stepper->setTabVisible(int(Domain::phases().indexOf(Phase::Review)),
                             hasReview || phase() == Phase::Review);
    updateSteps();
    updateActions();
}

void SessionPage::stepPhase(int delta)
{
    const QList<Phase> phases = Domain::phases();
    int index = int(phases.indexOf(phase())) + delta;
    // Hidden steps (a review with nothing to review) are passed over.
    while (index >= 0 && index < phases.size() && !m_stepper->isTabVisible(index))
        index += delta;
    if (index >= 0 && index < phases.size())
        showPhase(phases.at(index));
}

void SessionPage::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        // In the Session menu: they work whatever has the focus.
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_phaseActions = {
        make(tr("&Next Phase"), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
             [this] { stepPhase(1); }),
        make(tr("&Previous Phase"), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
             [this] { stepPhase(-1); }),
    };
    m_timerActions = {
        make(tr("&Start or Pause Countdown"), QKeySequence(Qt::Key_F5),
             [this] { m_flow->toggleCountdown(); }),
        make(tr("&Add a Minute"), QKeySequence(Qt::Key_F8),
             [this] { m_flow->countdown()->addTime(60 * 1000); }),
        make(tr("&Take a Minute Away"), QKeySequence(Qt::Key_F7),
             [this] { m_flow->countdown()->addTime(-60 * 1000); }),
        make(tr("&Reset Countdown"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
             [this] { m_flow->countdown()->reset(); }),
    };
    auto onSharing = [this](void (SharingPage::*method)()) {
        return [this, method] {
            if (phase() == Phase::Sharing && m_sharingPage)
                (m_sharingPage->*method)();
        };
    };
    m_sharingActions = {
        make(tr("&Pass"), QKeySequence(Qt::ALT | Qt::Key_P), onSharing(&SharingPage::pass)),
        make(tr("&Nothing Left"), QKeySequence(Qt::ALT | Qt::Key_L),
             onSharing(&SharingPage::nothingLeft)),
        make(tr("&Left the Room"), QKeySequence(Qt::ALT | Qt::Key_A),
             onSharing(&SharingPage::markSpeakerAbsent)),
        make(tr("Someone &Joined…"), QKeySequence(Qt::ALT | Qt::Key_J),
             onSharing(&SharingPage::addLateArrival)),
        make(tr("&Merge Duplicate…"), QKeySequence(Qt::ALT | Qt::Key_M),
             onSharing(&SharingPage::mergeConcern)),
        make(tr("&Stop or Resume Sharing"), QKeySequence(Qt::ALT | Qt::Key_S),
             onSharing(&SharingPage::toggleStopped)),
    };
}

void SessionPage::updateSteps()
{
    const QList<Phase> phases = Domain::phases();
    const int current = m_stepper->currentIndex();
    m_furthestStep = std::max(m_furthestStep, current);
    int number = 1;
    for (int index = 0; index < phases.size(); ++index) {
        const Phase phase = phases.at(index);
        QString text = phase == Phase::Review
                           ? Domain::phaseName(phase)
                           : tr("%1 %2").arg(number++).arg(Domain::phaseName(phase));
        // The steps already walked through are marked done.
        if (index < m_furthestStep && index != current)
            text = tr("✓ %1").arg(text);
        m_stepper->setTabText(index, text);
    }
    int next = current + 1;
    while (next < phases.size() && !m_stepper->isTabVisible(next))
        ++next;
    m_next->setVisible(next < phases.size());
    if (next < phases.size())
        m_next->setText(tr("Next: %1 →").arg(Domain::phaseName(phases.at(next))));
}

QList<QAction *> SessionPage::currentPageActions() const
{
    return m_pageActions.value(int(phase()));
}

void SessionPage::updateActions()
{
    const bool sharing = phase() == Phase::Sharing;
    for (QAction *action : std::as_const(m_sharingActions))
        action->setVisible(sharing);
    m_phaseActions.at(0)->setEnabled(phase() != Domain::phases().constLast());
    int firstVisible = 0;
    while (firstVisible < m_stepper->count() - 1 && !m_stepper->isTabVisible(firstVisible))
        ++firstVisible;
    m_phaseActions.at(1)->setEnabled(m_stepper->currentIndex() > firstVisible);
}

void SessionPage::updateTimeLine()
{
    const SessionDetails &details = m_flow->details();
    if (!details.startedAt.isValid()) {
        m_timeLine->setText(tr("Planned: %1 minutes. The clock starts when you leave Set-up.")
                                .arg(details.plannedMinutes));
        return;
    }
    const qint64 usedMinutes = details.startedAt.msecsTo(m_flow->nowUtc()) / 60000;
    QString text = tr("Time used: %1 of %2 minutes").arg(usedMinutes).arg(details.plannedMinutes);
    if (details.sharingStartedAt.isValid())
        text += tr(" · Sharing: %1 of %2 minutes")
                    .arg(m_flow->sharingElapsedMs() / 60000)
                    .arg(details.sharingMinutes);
    m_timeLine->setText(text);
}
