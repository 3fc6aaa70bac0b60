#include "presentationwindow.h"

#include "concernmodel.h"
#include "countdown.h"
#include "countdownwidget.h"
#include "sessionflow.h"
#include "sharingpage.h"
#include "slidelist.h"
#include "slidetext.h"
#include "store.h"

#include <QEvent>
#include <QLocale>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

constexpr qreal minimumZoom = 0.5;
constexpr qreal maximumZoom = 3.0;
constexpr qreal zoomStep = 1.15;

// Sizes in slide points (SlideType): each text starts at the first and
// shrinks, as far as the second, to fit.
constexpr qreal sideMarginPoints = 48;
constexpr qreal verticalMarginPoints = 32;
constexpr qreal gapPoints = 20;
constexpr qreal titlePoints = 60;
constexpr qreal smallestTitlePoints = 32;
constexpr qreal subtitlePoints = 32;
constexpr qreal headingPoints = 40;
constexpr qreal newestConcernPoints = 48;
constexpr qreal discussedConcernPoints = 40;
constexpr qreal tallyPoints = 28;
constexpr qreal whyPoints = 28;
// A heading keeps at most this share of the slide, so the list under it
// always has room.
constexpr qreal headingShare = 0.3;
constexpr qreal tallyBarShare = 0.3;
// The countdown's line of words is a tenth of its height (CountdownWidget),
// so it gets ten times the smallest type: 45% of the slide, with digits
// far taller than a quarter of it.
constexpr int countdownLinesOfType = 10;
// The writing slide gives the prompts what the countdown leaves: narrower
// margins, tighter lines.
constexpr qreal writingMarginPoints = 24;
constexpr qreal promptSpacing = 0.3;

// A page of the room's screen: its parts are placed by hand, because each
// size depends on what fits, and placed again whenever its size changes.
class Slide : public QWidget
{
public:
    Slide(std::function<void()> arrange, QWidget *parent)
        : QWidget(parent)
        , m_arrange(std::move(arrange))
    {}

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        m_arrange();
    }

private:
    std::function<void()> m_arrange;
};

} // namespace

PresentationWindow::PresentationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_refresh(new QTimer(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Candor — Presentation"));
    setAccessibleName(tr("Presentation"));
    // The room never types here: the facilitator's keys stay in the main
    // window, whose View menu also holds full screen (F11), zoom and pages
    // for this one. Even a click on the projector's window leaves the focus
    // there.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setFocusPolicy(Qt::NoFocus);
    resize(1280, 720);

    for (int view = 0; view < ViewCount; ++view) {
        m_page[view] = createPage(View(view));
        m_pages->addWidget(m_page[view]);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // Many edits arrive together (an undo of a merge, say): one refresh.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &PresentationWindow::refresh);
    setFlow(nullptr);
}

PresentationWindow::~PresentationWindow() = default;

SlideText *PresentationWindow::createText(QWidget *page, const QString &accessibleName)
{
    return new SlideText(accessibleName, page);
}

SlideList *PresentationWindow::createList(QWidget *page, const QString &accessibleName,
                                          const QString &emptyText)
{
    auto *list = new SlideList(accessibleName, page);
    list->setEmptyText(emptyText);
    return list;
}

QWidget *PresentationWindow::createPage(View view)
{
    auto *page = new Slide([this, view] { arrange(view); }, this);
    switch (view) {
    case TitleView:
        m_title = createText(page, tr("Session"));
        m_title->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_subtitle = createText(page, tr("Phase"));
        m_subtitle->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        m_subtitle->setTone(SlideText::Tone::Secondary);
        break;
    case SceneView:
        m_sceneHeading = createText(page, tr("Heading"));
        m_sceneList = createList(page, tr("Scene"), tr("No scene written yet"));
        break;
    case WritingView:
        m_promptList = createList(page, tr("Writing prompts"), QString());
        // Prompts are short lines of one list, read together.
        m_promptList->setSpacing(promptSpacing);
        // The countdown is added with the flow it shows (setFlow).
        break;
    case SharingView:
        m_banner = createText(page, tr("Whose turn it is"));
        m_justShared = createText(page, tr("Label of the last concern"));
        m_justShared->setTone(SlideText::Tone::Accent);
        m_lastConcern = createText(page, tr("Last concern"));
        m_lastBar = new SlideBar(page);
        m_lastTally = createText(page, tr("People who wrote the last concern"));
        m_sharedCount = createText(page, tr("Concerns shared"));
        m_sharedCount->setTone(SlideText::Tone::Secondary);
        break;
    case RankedView:
        m_rankedHeading = createText(page, tr("Heading"));
        m_rankedList = createList(page, tr("Concerns, most written first"), tr("No concerns yet"));
        break;
    case DiscussionView:
        m_discussionPosition = createText(page, tr("Position in the ranking"));
        m_discussionPosition->setTone(SlideText::Tone::Secondary);
        m_discussionSummary = createText(page, tr("Concern"));
        m_discussionBar = new SlideBar(page);
        m_discussionTally = createText(page, tr("People who wrote it"));
        m_whyList = createList(page, tr("Five whys"), QString());
        m_whyList->setPreferredPoints(whyPoints);
        break;
    case ActionsView:
        m_actionsHeading = createText(page, tr("Heading"));
        m_actionsList = createList(page, tr("Actions"), tr("No actions yet"));
        break;
    case ViewCount:
        break;
    }
    return page;
}

void PresentationWindow::setFlow(SessionFlow *flow)
{
    if (m_flow)
        m_flow->disconnect(this);
    if (m_store)
        m_store->disconnect(this);
    m_flow = flow;
    m_store = flow ? flow->store() : nullptr;

    delete m_writingCountdown;
    m_writingCountdown = nullptr;
    m_ranking.clear();
    m_rankedFrom.clear();
    m_rankingStale = true;
    m_whys.clear();
    m_whysConcern = -1;
    // Another session starts every list at its beginning.
    for (SlideList *list : findChildren<SlideList *>())
        list->showFirstPage();

    if (flow) {
        m_writingCountdown = new CountdownWidget(flow->countdown(), m_page[WritingView]);
        m_writingCountdown->setAccessibleName(tr("Writing time left"));
        m_writingCountdown->show();
        connect(flow->countdown(), &Countdown::changed, this,
                &PresentationWindow::updateWritingHint);

        connect(flow, &SessionFlow::detailsChanged, this, &PresentationWindow::markAllStale);
        connect(flow, &SessionFlow::turnChanged, this, [this] { markStale({SharingView}); });
        connect(flow, &SessionFlow::discussionConcernChanged, this,
                [this] { markStale({DiscussionView}); });
        connect(flow, &QObject::destroyed, this, [this] { setFlow(nullptr); });

        Store *store = flow->store();
        const qint64 session = flow->sessionId();
        // Concerns that come or go, and the people present (who cap every
        // tally, and whose names a session may show), move the ranking.
        const auto rankingMoved = [this, session](qint64 sessionId) {
            if (sessionId != session)
                return;
            m_rankingStale = true;
            markStale({SharingView, RankedView, DiscussionView});
        };
        connect(store, &Store::concernAdded, this, rankingMoved);
        connect(store, &Store::concernRemoved, this, rankingMoved);
        connect(store, &Store::concernChanged, this, &PresentationWindow::onConcernChanged);
        connect(store, &Store::participantAdded, this, rankingMoved);
        connect(store, &Store::participantRemoved, this, rankingMoved);
        connect(store, &Store::participantChanged, this, rankingMoved);
        const auto actionsChanged = [this, session](qint64 sessionId) {
            if (sessionId == session)
                markStale({ActionsView});
        };
        connect(store, &Store::actionAdded, this, actionsChanged);
        connect(store, &Store::actionRemoved, this, actionsChanged);
        connect(store, &Store::actionChanged, this, actionsChanged);
        connect(store, &Store::actionMoved, this, actionsChanged);
        connect(store, &Store::timelineChanged, this, [this, session](qint64 sessionId) {
            if (sessionId == session)
                markStale({SceneView});
        });
        connect(store, &Store::whysChanged, this, [this](qint64 concernId) {
            if (concernId != m_whysConcern)
                return;
            m_whysConcern = -1;
            markStale({DiscussionView});
        });
        // An import may have changed anything in the session.
        connect(store, &Store::sessionReplaced, this, [this, session](qint64 sessionId) {
            if (sessionId != session)
                return;
            m_rankingStale = true;
            m_whysConcern = -1;
            markAllStale();
            refresh();
        });
    }
    markAllStale();
    refresh();
}

SessionFlow *PresentationWindow::flow() const
{
    return m_flow.data();
}

QWidget *PresentationWindow::currentPage() const
{
    return m_pages->currentWidget();
}

SlideList *PresentationWindow::currentList() const
{
    switch (m_view) {
    case SceneView:
        return m_sceneList;
    case WritingView:
        return m_promptList;
    case RankedView:
        return m_rankedList;
    case DiscussionView:
        return m_whyList;
    case ActionsView:
        return m_actionsList;
    case TitleView:
    case SharingView:
    case ViewCount:
        break;
    }
    return nullptr;
}

bool PresentationWindow::showNextPage()
{
    SlideList *list = currentList();
    return list && list->showNextPage();
}

bool PresentationWindow::showPreviousPage()
{
    SlideList *list = currentList();
    return list && list->showPreviousPage();
}

void PresentationWindow::markStale(std::initializer_list<View> views)
{
    for (View view : views)
        m_stale |= 1u << view;
    m_refresh->start();
}

void PresentationWindow::markAllStale()
{
    m_stale = (1u << ViewCount) - 1;
    m_refresh->start();
}

void PresentationWindow::onConcernChanged(qint64 sessionId, qint64 concernId)
{
    if (!m_flow || sessionId != m_flow->sessionId())
        return;
    // Typing in the discussion changes a concern at every keystroke; the
    // order only moves when hands or a merge do.
    const ConcernModel *model = m_flow->concerns();
    const int row = model->rowOfConcern(concernId);
    const auto ranked = m_rankedFrom.constFind(concernId);
    if (row < 0 || ranked == m_rankedFrom.constEnd() ||
        ranked->first != model->concerns().at(row).handsRaised ||
        ranked->second != model->concerns().at(row).mergedIntoId)
        m_rankingStale = true;
    markStale({SharingView, RankedView, DiscussionView});
}

PresentationWindow::View PresentationWindow::viewOf(Phase phase) const
{
    switch (phase) {
    case Phase::Review:
    case Phase::Setup:
        return TitleView;
    case Phase::Scene:
        return SceneView;
    case Phase::Writing:
        return WritingView;
    case Phase::Sharing:
        return SharingView;
    case Phase::Ranked:
        return RankedView;
    case Phase::Discussion:
        return DiscussionView;
    case Phase::Actions:
    case Phase::Summary:
        return ActionsView;
    }
    return TitleView;
}

void PresentationWindow::refresh()
{
    m_refresh->stop();
    m_shownPhase = m_flow ? m_flow->details().phase : Phase::Setup;
    const View view = m_flow ? viewOf(m_shownPhase) : TitleView;
    const bool switched = view != m_view || m_pages->currentWidget() != m_page[view];
    const bool stale = m_stale & (1u << view);
    if (stale) {
        m_stale &= ~(1u << view);
        fill(view);
    }
    if (switched) {
        m_view = view;
        m_pages->setCurrentWidget(m_page[view]);
        // A view shown again starts at its first page.
        if (SlideList *list = currentList())
            list->showFirstPage();
    }
    if (stale || switched)
        arrange(view);
}

void PresentationWindow::fill(View view)
{
    switch (view) {
    case TitleView:
        fillTitle();
        break;
    case SceneView:
        fillScene();
        break;
    case WritingView:
        fillWriting();
        break;
    case SharingView:
        fillSharing();
        break;
    case RankedView:
        fillRanked();
        break;
    case DiscussionView:
        fillDiscussion();
        break;
    case ActionsView:
        fillActions();
        break;
    case ViewCount:
        break;
    }
}

void PresentationWindow::fillTitle()
{
    if (!m_flow) {
        m_title->setFullText(tr("Candor"));
        m_subtitle->setFullText(tr("The session appears here when it is opened."));
        return;
    }
    const SessionDetails &details = m_flow->details();
    m_title->setFullText(details.title);
    m_subtitle->setFullText(
        details.phase == Phase::Review
            ? tr("%1 · Looking back at last time's actions").arg(Domain::kindName(details.kind))
            : Domain::kindName(details.kind));
}

void PresentationWindow::fillScene()
{
    const SessionDetails &details = m_flow->details();
    m_sceneHeading->setFullText(details.title);
    QVector<SlideItem> items;
    if (details.kind == SessionKind::PostMortem) {
        const QList<std::pair<QString, QString>> fields{
            {tr("What happened"), details.incidentWhat},
            {tr("Impact"), details.incidentImpact},
            {tr("Detection"), details.incidentDetection},
            {tr("Resolution"), details.incidentResolution}};
        for (const auto &[label, text] : fields) {
            if (text.trimmed().isEmpty())
                continue;
            SlideItem item;
            item.kicker = label;
            item.text = text.trimmed();
            items.append(item);
        }
        bool first = true;
        for (const TimelineEntry &entry : m_flow->store()->timeline(details.id)) {
            if (entry.happenedAt.trimmed().isEmpty() && entry.description.trimmed().isEmpty())
                continue;
            SlideItem item;
            if (first)
                item.kicker = tr("Timeline");
            first = false;
            item.text = tr("%1 — %2", "a timeline entry: when, then what happened")
                            .arg(entry.happenedAt.trimmed(), entry.description.trimmed());
            items.append(item);
        }
    } else {
        // One entry per paragraph, so a long scene pages between them.
        for (const QString &paragraph : details.scene.split(QLatin1Char('\n'))) {
            if (paragraph.trimmed().isEmpty())
                continue;
            SlideItem item;
            item.text = paragraph.trimmed();
            items.append(item);
        }
    }
    m_sceneList->setItems(items);
}

void PresentationWindow::fillWriting()
{
    QStringList prompts;
    for (const QString &line : m_flow->details().writingPrompts.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            prompts.append(line.trimmed());
    }
    if (prompts.isEmpty())
        prompts.append(tr("Write down privately what worries you."));
    QVector<SlideItem> items;
    for (const QString &prompt : prompts) {
        SlideItem item;
        // Several prompts read as a list; one reads as a sentence.
        if (prompts.size() > 1)
            item.marker = QStringLiteral("•");
        item.text = prompt;
        items.append(item);
    }
    m_promptList->setItems(items);
    updateWritingHint();
}

void PresentationWindow::updateWritingHint()
{
    if (!m_writingCountdown || !m_flow)
        return;
    switch (m_flow->countdown()->state()) {
    case Countdown::State::Idle:
        // The room needs to know the clock waits, not which key starts it.
        m_writingCountdown->setHint(tr("Ready"));
        break;
    case Countdown::State::Running:
        m_writingCountdown->setHint(tr("Write privately: nobody's notes appear on this screen"));
        break;
    case Countdown::State::Paused:
        // The countdown says "Paused" itself.
        m_writingCountdown->setHint(QString());
        break;
    }
}

PresentationWindow::RoomTally PresentationWindow::roomTally(int sum, int largestOwn,
                                                            bool merged) const
{
    // Merged duplicates add up the hands of people who wrote both; past
    // the number present that is counting someone twice. The true number
    // then is everyone present, or more when one record alone said so.
    if (merged && m_flow && sum > m_flow->presentCount())
        return {qMax(m_flow->presentCount(), largestOwn), true};
    return {sum, merged};
}

qreal PresentationWindow::shareOfRoom(const RoomTally &tally) const
{
    return qreal(tally.people) / qMax(1, qMax(m_flow->presentCount(), tally.people));
}

QString PresentationWindow::tallyWords(const RoomTally &tally) const
{
    const QString people = tr("%n people wrote this", nullptr, tally.people);
    return tally.merged ? tr("%1 · %2", "how many wrote a concern, then a note on it")
                              .arg(people, tr("duplicates merged"))
                        : people;
}

void PresentationWindow::fillSharing()
{
    const SessionDetails &details = m_flow->details();
    const ConcernModel *model = m_flow->concerns();
    const QVector<Concern> &concerns = model->concerns();
    m_banner->setFullText(SharingPage::bannerText(*m_flow));
    m_sharedCount->setFullText(tr("%n concern(s) shared", nullptr, model->unmergedCount()));
    if (concerns.isEmpty()) {
        m_justShared->hide();
        m_lastBar->hide();
        m_lastTally->hide();
        m_lastConcern->setTone(SlideText::Tone::Secondary);
        m_lastConcern->setFullText(tr("No concerns yet"));
        return;
    }
    // Concerns are in sharing order: the newest is the last. Who said it
    // stays off the screen unless the session attributes concerns.
    const Concern &last = concerns.constLast();
    const QString speaker = m_flow->participantName(last.speakerId);
    m_justShared->setFullText(details.attributeConcerns && !speaker.isEmpty()
                                  ? tr("Just shared by %1").arg(speaker)
                                  : tr("Just shared"));
    m_justShared->show();
    m_lastConcern->setTone(SlideText::Tone::Primary);
    m_lastConcern->setFullText(last.summary);

    const qint64 root = Domain::tallyRootId(last);
    const int sum = model->tally(root);
    const int rootRow = model->rowOfConcern(root);
    const bool merged = rootRow >= 0 && sum > concerns.at(rootRow).ownTally();
    int largestOwn = 0;
    // Only a tally past the people present needs its parts looked at.
    if (merged && sum > m_flow->presentCount()) {
        for (const Concern &concern : concerns) {
            if (concern.id == root || concern.mergedIntoId == root)
                largestOwn = qMax(largestOwn, concern.ownTally());
        }
    }
    const RoomTally tally = roomTally(sum, largestOwn, merged);
    m_lastTally->setFullText(tallyWords(tally));
    m_lastBar->setFraction(shareOfRoom(tally));
    m_lastTally->show();
    m_lastBar->show();
}

const QVector<PresentationWindow::RankedConcern> &PresentationWindow::ranking()
{
    if (!m_flow)
        return m_ranking;
    const ConcernModel *model = m_flow->concerns();
    const QVector<Concern> &concerns = model->concerns();
    // Rows that came or went without a word (a model reloaded) count too.
    if (!m_rankingStale && m_rankedFrom.size() == concerns.size())
        return m_ranking;
    struct Group
    {
        int largestOwn = 0;
        bool merged = false;
    };
    QHash<qint64, Group> groups;
    groups.reserve(concerns.size());
    m_rankedFrom.clear();
    m_rankedFrom.reserve(concerns.size());
    for (const Concern &concern : concerns) {
        m_rankedFrom.insert(concern.id, {concern.handsRaised, concern.mergedIntoId});
        Group &group = groups[Domain::tallyRootId(concern)];
        group.largestOwn = qMax(group.largestOwn, concern.ownTally());
        group.merged = group.merged || concern.mergedIntoId != 0;
    }
    m_ranking.clear();
    for (int row = 0; row < concerns.size(); ++row) {
        const Concern &concern = concerns.at(row);
        if (concern.mergedIntoId)
            continue;
        const Group group = groups.value(concern.id);
        const int tally = model->tally(concern.id);
        m_ranking.append({row, tally, roomTally(tally, group.largestOwn, group.merged)});
    }
    // Most written first, ties in sharing order: the order the facilitator
    // ranks and discusses in.
    std::stable_sort(m_ranking.begin(), m_ranking.end(),
                     [&concerns](const RankedConcern &a, const RankedConcern &b) {
                         return Domain::ranksBefore(a.tally, concerns.at(a.row).position, b.tally,
                                                    concerns.at(b.row).position);
                     });
    m_rankingStale = false;
    return m_ranking;
}

void PresentationWindow::fillRanked()
{
    const SessionDetails &details = m_flow->details();
    m_rankedHeading->setFullText(tr("Concerns, most written first"));
    const QVector<Concern> &concerns = m_flow->concerns()->concerns();
    const QLocale locale;
    QVector<SlideItem> items;
    int largest = 0;
    const QVector<RankedConcern> &ranked = ranking();
    items.reserve(ranked.size());
    for (int rank = 0; rank < ranked.size(); ++rank) {
        const Concern &concern = concerns.at(ranked.at(rank).row);
        const RoomTally &tally = ranked.at(rank).shown;
        SlideItem item;
        item.marker = locale.toString(rank + 1);
        item.text = concern.summary;
        item.tally = tally.people;
        QStringList parts;
        if (details.kind == SessionKind::PostMortem && concern.category != ConcernCategory::None)
            parts.append(Domain::categoryName(concern.category));
        if (details.attributeConcerns) {
            const QString speaker = m_flow->participantName(concern.speakerId);
            if (!speaker.isEmpty())
                parts.append(tr("shared by %1").arg(speaker));
        }
        if (tally.merged)
            parts.append(tr("duplicates merged"));
        item.detail = parts.join(tr(" · ", "separates the details of a concern"));
        largest = qMax(largest, tally.people);
        items.append(item);
    }
    // A full bar is everyone present.
    m_rankedList->setItems(items, qMax(largest, m_flow->presentCount()));
}

void PresentationWindow::fillDiscussion()
{
    const qint64 id = m_flow->discussionConcernId();
    const ConcernModel *model = m_flow->concerns();
    const int row = model->rowOfConcern(id);
    if (row < 0 || model->concerns().at(row).mergedIntoId) {
        m_discussionPosition->setFullText(QString());
        m_discussionSummary->setTone(SlideText::Tone::Secondary);
        m_discussionSummary->setFullText(
            model->concerns().isEmpty() ? tr("No concerns yet") : tr("Nothing to discuss yet"));
        m_discussionBar->hide();
        m_discussionTally->hide();
        m_whyList->setItems({});
        return;
    }
    const Concern &concern = model->concerns().at(row);
    const QVector<RankedConcern> &ranked = ranking();
    int rank = 0;
    RoomTally tally{model->tally(id), false};
    for (int i = 0; i < ranked.size(); ++i) {
        if (ranked.at(i).row == row) {
            rank = i + 1;
            tally = ranked.at(i).shown;
            break;
        }
    }
    const QLocale locale;
    QString position =
        tr("Concern %1 of %2").arg(locale.toString(rank), locale.toString(int(ranked.size())));
    if (m_flow->details().kind == SessionKind::PostMortem &&
        concern.category != ConcernCategory::None)
        position = tr("%1 · %2", "position in the ranking, then the category")
                       .arg(position, Domain::categoryName(concern.category));
    m_discussionPosition->setFullText(position);
    m_discussionSummary->setTone(SlideText::Tone::Primary);
    m_discussionSummary->setFullText(concern.summary);
    m_discussionTally->setFullText(tallyWords(tally));
    m_discussionBar->setFraction(shareOfRoom(tally));
    m_discussionBar->show();
    m_discussionTally->show();

    const bool another = id != m_whysConcern;
    if (another) {
        m_whys = m_flow->store()->whys(id);
        m_whysConcern = id;
    }
    QVector<SlideItem> items;
    for (const Why &why : std::as_const(m_whys)) {
        const QString question = why.question.trimmed();
        const QString answer = why.answer.trimmed();
        if (question.isEmpty() && answer.isEmpty())
            continue;
        SlideItem item;
        item.marker = tr("%1.", "the number of a why").arg(locale.toString(why.position));
        item.text = answer.isEmpty() ? question
                    : question.isEmpty()
                        ? tr("→ %1", "an answer to a why").arg(answer)
                        : tr("%1\n→ %2", "a why, then its answer").arg(question, answer);
        items.append(item);
    }
    const QList<std::pair<QString, QString>> conclusions{
        {tr("Root cause"), concern.rootCause.trimmed()},
        {tr("Mitigations"), concern.mitigations.trimmed()}};
    for (const auto &[label, text] : conclusions) {
        if (text.isEmpty())
            continue;
        SlideItem item;
        item.kicker = label;
        item.text = text;
        items.append(item);
    }
    m_whyList->setItems(items);
    if (another)
        m_whyList->showFirstPage();
}

void PresentationWindow::fillActions()
{
    m_actionsHeading->setFullText(tr("Actions"));
    const QLocale locale;
    // Overdue by the session's clock, as on the facilitator's actions page.
    const QDate today = m_flow->nowUtc().toLocalTime().date();
    QVector<SlideItem> items;
    const QVector<ActionItem> actions = m_flow->store()->actions(m_flow->sessionId());
    items.reserve(actions.size());
    for (int i = 0; i < actions.size(); ++i) {
        const ActionItem &action = actions.at(i);
        SlideItem item;
        item.marker = locale.toString(i + 1);
        if (action.rightAway)
            item.kicker = tr("Right away");
        item.text = action.text;
        QStringList details;
        if (!action.owner.trimmed().isEmpty())
            details.append(action.owner.trimmed());
        if (action.dueDate.isValid())
            details.append(tr("due %1").arg(locale.toString(action.dueDate, QLocale::ShortFormat)));
        if (action.isOverdue(today))
            details.append(tr("overdue"));
        if (action.status != ActionStatus::Open)
            details.append(Domain::statusName(action.status));
        item.detail = details.join(tr(" · ", "separates the details of an action"));
        items.append(item);
    }
    m_actionsList->setItems(items);
}

qreal PresentationWindow::pixelsPerPoint() const
{
    return SlideType::pixelsPerPoint(size(), m_zoom);
}

QRect PresentationWindow::contentRect() const
{
    const qreal scale = pixelsPerPoint();
    const int side = SlideType::pixels(sideMarginPoints, scale);
    const int top = SlideType::pixels(verticalMarginPoints, scale);
    return rect().adjusted(side, top, -side, -top);
}

void PresentationWindow::arrange(View view)
{
    // Hidden views are placed when they are shown.
    if (view != m_view)
        return;
    switch (view) {
    case TitleView:
        arrangeTitle();
        break;
    case SceneView:
        arrangeHeadingAndList(m_sceneHeading, m_sceneList);
        break;
    case WritingView:
        arrangeWriting();
        break;
    case SharingView:
        arrangeSharing();
        break;
    case RankedView:
        arrangeHeadingAndList(m_rankedHeading, m_rankedList);
        break;
    case DiscussionView:
        arrangeDiscussion();
        break;
    case ActionsView:
        arrangeHeadingAndList(m_actionsHeading, m_actionsList);
        break;
    case ViewCount:
        break;
    }
}

void PresentationWindow::arrangeTitle()
{
    const QRect area = contentRect();
    const qreal scale = pixelsPerPoint();
    const int gap = SlideType::pixels(gapPoints, scale);
    const int title = m_title->fit(area.width(), area.height() / 2, titlePoints,
                                   smallestTitlePoints, scale, true);
    const int subtitle = m_subtitle->fit(area.width(), area.height() / 4, subtitlePoints,
                                         SlideType::minimumPoints, scale, false);
    const int top = area.top() + qMax(0, (area.height() - title - gap - subtitle) / 2);
    m_title->setGeometry(area.left(), top, area.width(), title);
    m_subtitle->setGeometry(area.left(), top + title + gap, area.width(), subtitle);
}

void PresentationWindow::arrangeHeadingAndList(SlideText *heading, SlideList *list)
{
    const QRect area = contentRect();
    const qreal scale = pixelsPerPoint();
    const int height = heading->fit(area.width(), qRound(area.height() * headingShare),
                                    headingPoints, SlideType::minimumPoints, scale, true);
    heading->setGeometry(area.left(), area.top(), area.width(), height);
    const int top = area.top() + height + SlideType::pixels(gapPoints, scale);
    list->setPixelsPerPoint(scale);
    list->setGeometry(area.left(), top, area.width(), area.bottom() + 1 - top);
}

void PresentationWindow::arrangeWriting()
{
    const qreal scale = pixelsPerPoint();
    const int margin = SlideType::pixels(writingMarginPoints, scale);
    QRect area = contentRect();
    area.setTop(margin);
    area.setBottom(height() - 1 - margin);
    // The countdown's own margin keeps it apart from the prompts.
    const int countdown =
        qMin(area.height(), countdownLinesOfType * SlideType::minimumPixels(scale) + 2);
    m_promptList->setPixelsPerPoint(scale);
    m_promptList->setGeometry(area.left(), area.top(), area.width(),
                              qMax(0, area.height() - countdown));
    if (m_writingCountdown)
        m_writingCountdown->setGeometry(area.left(), area.bottom() + 1 - countdown, area.width(),
                                        countdown);
}

int PresentationWindow::linesOfSmallestType(int lines, bool bold) const
{
    QFont smallest = font();
    smallest.setPixelSize(SlideType::minimumPixels(pixelsPerPoint()));
    smallest.setBold(bold);
    return lines * QFontMetrics(smallest).lineSpacing();
}

int PresentationWindow::arrangeTally(SlideBar *bar, SlideText *words, int top)
{
    const QRect area = contentRect();
    const qreal scale = pixelsPerPoint();
    const int gap = SlideType::pixels(gapPoints, scale);
    const int barWidth = qRound(area.width() * tallyBarShare);
    const int wordsWidth = area.width() - barWidth - gap;
    const int height = words->fit(wordsWidth, linesOfSmallestType(2, true), tallyPoints,
                                  SlideType::minimumPoints, scale, true);
    const int line = SlideText::heightOf(QStringLiteral("0"), words->font(), wordsWidth);
    const int barHeight = line * 3 / 5;
    bar->setGeometry(area.left(), top + (line - barHeight) / 2, barWidth, barHeight);
    words->setGeometry(area.left() + barWidth + gap, top, wordsWidth, height);
    return height;
}

void PresentationWindow::arrangeSharing()
{
    const QRect area = contentRect();
    const qreal scale = pixelsPerPoint();
    const int gap = SlideType::pixels(gapPoints, scale);
    const qreal smallest = SlideType::minimumPoints;

    const int banner = m_banner->fit(area.width(), qRound(area.height() * headingShare),
                                     headingPoints, smallest, scale, true);
    m_banner->setGeometry(area.left(), area.top(), area.width(), banner);

    const int count = m_sharedCount->fit(area.width(), linesOfSmallestType(1, false), smallest,
                                         smallest, scale, false);
    m_sharedCount->setGeometry(area.left(), area.bottom() + 1 - count, area.width(), count);

    int top = area.top() + banner + 2 * gap;
    if (!m_justShared->isHidden()) {
        const int label = m_justShared->fit(area.width(), linesOfSmallestType(2, true), smallest,
                                            smallest, scale, true);
        m_justShared->setGeometry(area.left(), top, area.width(), label);
        top += label;
    }
    // The tally's height first, to know what is left for the concern.
    const bool tallied = !m_lastTally->isHidden();
    const int tally = tallied ? gap + arrangeTally(m_lastBar, m_lastTally, top) : 0;
    const int room = area.bottom() + 1 - count - gap - tally - top;
    const int concern =
        m_lastConcern->fit(area.width(), room, newestConcernPoints, smallest, scale, false);
    m_lastConcern->setGeometry(area.left(), top, area.width(), concern);
    if (tallied)
        arrangeTally(m_lastBar, m_lastTally, top + concern + gap);
}

void PresentationWindow::arrangeDiscussion()
{
    const QRect area = contentRect();
    const qreal scale = pixelsPerPoint();
    const int gap = SlideType::pixels(gapPoints, scale);
    int top = area.top();
    if (!m_discussionPosition->fullText().isEmpty()) {
        const int position = m_discussionPosition->fit(area.width(), linesOfSmallestType(1, false),
                                                       SlideType::minimumPoints,
                                                       SlideType::minimumPoints, scale, false);
        m_discussionPosition->setGeometry(area.left(), top, area.width(), position);
        top += position + gap / 2;
    }
    const int summary =
        m_discussionSummary->fit(area.width(), qRound(area.height() * headingShare),
                                 discussedConcernPoints, SlideType::minimumPoints, scale, true);
    m_discussionSummary->setGeometry(area.left(), top, area.width(), summary);
    top += summary + gap;
    if (!m_discussionTally->isHidden())
        top += arrangeTally(m_discussionBar, m_discussionTally, top) + 2 * gap;
    m_whyList->setPixelsPerPoint(scale);
    m_whyList->setGeometry(area.left(), top, area.width(), qMax(0, area.bottom() + 1 - top));
}

void PresentationWindow::setZoom(qreal zoom)
{
    zoom = qBound(minimumZoom, zoom, maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    arrange(m_view);
}

void PresentationWindow::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void PresentationWindow::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void PresentationWindow::resetZoom()
{
    setZoom(1.0);
}

void PresentationWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
}

int PresentationWindow::screenForPresentation(const QList<QRect> &screens,
                                              const QPoint &controlsCentre)
{
    int chosen = -1;
    qint64 chosenArea = 0;
    for (int i = 0; i < screens.size(); ++i) {
        const QRect &screen = screens.at(i);
        if (screen.contains(controlsCentre))
            continue;
        const qint64 area = qint64(screen.width()) * screen.height();
        if (area > chosenArea) {
            chosen = i;
            chosenArea = area;
        }
    }
    return chosen;
}

void PresentationWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        emit fullScreenChanged(isFullScreen());
    else if (event->type() == QEvent::FontChange)
        arrange(m_view);
}
