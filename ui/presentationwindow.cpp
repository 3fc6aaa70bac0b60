#include "presentationwindow.h"

#include "actionmodel.h"
#include "concernmodel.h"
#include "countdown.h"
#include "countdownwidget.h"
#include "participantmodel.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "sharingpage.h"
#include "store.h"
#include "tallydelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

// Body text is this share of the window height, before zoom: about 30
// lines on a 1080-line projector, readable from the back of a room.
constexpr qreal bodyShareOfHeight = 1.0 / 30;
constexpr qreal minimumZoom = 0.5;
constexpr qreal maximumZoom = 3.0;
constexpr qreal zoomStep = 1.15;

const char scaleProperty[] = "candorPresentationScale";
const char boldProperty[] = "candorPresentationBold";

} // namespace

PresentationWindow::PresentationWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_refresh(new QTimer(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Candor — Presentation"));
    setAccessibleName(tr("Presentation"));
    // The room never types here: the facilitator's keys stay in the main
    // window, whose View menu also holds full screen (F11) and zoom for this
    // one. Even a click on the projector's window leaves the focus there.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setFocusPolicy(Qt::NoFocus);
    resize(1280, 720);

    m_titlePage = createTitlePage();
    m_scenePage = createScenePage();
    m_writingPage = createWritingPage();
    m_sharingPage = createSharingPage();
    m_rankedPage = createRankedPage();
    m_discussionPage = createDiscussionPage();
    m_actionsPage = createActionsPage();
    for (QWidget *page : {m_titlePage, m_scenePage, m_writingPage, m_sharingPage, m_rankedPage,
                          m_discussionPage, m_actionsPage})
        m_pages->addWidget(page);

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

QLabel *PresentationWindow::makeLabel(QWidget *parent, const QString &accessibleName, qreal scale,
                                      bool bold)
{
    auto *label = new PlainLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    label->setProperty(scaleProperty, scale);
    label->setProperty(boldProperty, bold);
    return label;
}

QTableView *PresentationWindow::makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setFocusPolicy(Qt::NoFocus);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setFrameShape(QFrame::NoFrame);
    view->setWordWrap(true);
    view->setCornerButtonEnabled(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->verticalHeader()->setHighlightSections(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setProperty(scaleProperty, 1.25);
    return view;
}

QWidget *PresentationWindow::createTitlePage()
{
    auto *page = new QWidget(this);
    m_title = makeLabel(page, tr("Session"), 2.4, true);
    m_title->setAlignment(Qt::AlignCenter);
    m_subtitle = makeLabel(page, tr("Phase"), 1.3);
    m_subtitle->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addStretch(1);
    return page;
}

QWidget *PresentationWindow::createScenePage()
{
    auto *page = new QWidget(this);
    m_sceneHeading = makeLabel(page, tr("Heading"), 1.6, true);
    m_sceneText = makeLabel(page, tr("Scene"), 1.25);
    m_sceneText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sceneHeading);
    layout->addWidget(m_sceneText, 1);
    return page;
}

QWidget *PresentationWindow::createWritingPage()
{
    auto *page = new QWidget(this);
    m_prompts = makeLabel(page, tr("Writing prompts"), 1.1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_prompts);
    // The countdown is added with the flow it shows (setFlow), with the
    // larger share of the height.
    return page;
}

QWidget *PresentationWindow::createSharingPage()
{
    auto *page = new QWidget(this);
    m_banner = makeLabel(page, tr("Whose turn it is"), 1.8, true);
    m_lastConcern = makeLabel(page, tr("Last concern"), 1.6);
    m_lastTally = makeLabel(page, tr("People who wrote the last concern"), 1.3);
    m_sharedCount = makeLabel(page, tr("Concerns shared"), 1.0);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_banner);
    layout->addSpacing(24);
    layout->addWidget(m_lastConcern);
    layout->addWidget(m_lastTally);
    layout->addStretch(1);
    layout->addWidget(m_sharedCount);
    return page;
}

QWidget *PresentationWindow::createRankedPage()
{
    auto *page = new QWidget(this);
    m_rankedHeading = makeLabel(page, tr("Heading"), 1.6, true);
    m_rankedView = makeTable(page, tr("Concerns, most written first"));
    m_rankedView->horizontalHeader()->setVisible(false);
    m_rankedView->setItemDelegateForColumn(ConcernModel::TallyColumn,
                                           new TallyDelegate(m_rankedView));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_rankedHeading);
    layout->addWidget(m_rankedView, 1);
    return page;
}

QWidget *PresentationWindow::createDiscussionPage()
{
    auto *page = new QWidget(this);
    m_discussionPosition = makeLabel(page, tr("Position in the ranking"), 1.0);
    m_discussionSummary = makeLabel(page, tr("Concern"), 1.8, true);
    m_discussionTally = makeLabel(page, tr("People who wrote it"), 1.2);
    m_whys = makeLabel(page, tr("Five whys"), 1.1);
    m_whys->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_discussionPosition);
    layout->addWidget(m_discussionSummary);
    layout->addWidget(m_discussionTally);
    layout->addSpacing(16);
    layout->addWidget(m_whys, 1);
    return page;
}

QWidget *PresentationWindow::createActionsPage()
{
    auto *page = new QWidget(this);
    m_actionsHeading = makeLabel(page, tr("Heading"), 1.6, true);
    m_actionsView = makeTable(page, tr("Actions"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_actionsHeading);
    layout->addWidget(m_actionsView, 1);
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
    m_rankedView->setModel(nullptr);
    delete m_ranked;
    m_ranked = nullptr;
    m_actionsView->setModel(nullptr);
    delete m_actions;
    m_actions = nullptr;

    if (flow) {
        m_writingCountdown = new CountdownWidget(flow->countdown(), m_writingPage);
        m_writingCountdown->setAccessibleName(tr("Writing time left"));
        static_cast<QVBoxLayout *>(m_writingPage->layout())->addWidget(m_writingCountdown, 3);

        m_ranked = new RankedConcernModel(this);
        m_ranked->setSourceModel(flow->concerns());
        m_rankedView->setModel(m_ranked);

        m_actions = new ActionModel(flow->store(), flow->history(), flow->sessionId(), this);
        m_actionsView->setModel(m_actions);

        connect(flow, &SessionFlow::detailsChanged, this, &PresentationWindow::scheduleRefresh);
        connect(flow, &SessionFlow::turnChanged, this, &PresentationWindow::scheduleRefresh);
        connect(flow, &SessionFlow::discussionConcernChanged, this,
                &PresentationWindow::scheduleRefresh);
        connect(flow, &QObject::destroyed, this, [this] { setFlow(nullptr); });
        Store *store = flow->store();
        for (auto signal : {&Store::concernAdded, &Store::concernChanged, &Store::concernRemoved,
                            &Store::actionAdded, &Store::actionChanged, &Store::actionRemoved})
            connect(store, signal, this, &PresentationWindow::scheduleRefresh);
        connect(store, &Store::actionMoved, this, &PresentationWindow::scheduleRefresh);
        connect(store, &Store::whysChanged, this, &PresentationWindow::scheduleRefresh);
        connect(store, &Store::timelineChanged, this, &PresentationWindow::scheduleRefresh);
        connect(store, &Store::participantChanged, this, &PresentationWindow::scheduleRefresh);
    }
    refresh();
    updateFonts();
}

SessionFlow *PresentationWindow::flow() const
{
    return m_flow.data();
}

QWidget *PresentationWindow::currentPage() const
{
    return m_pages->currentWidget();
}

void PresentationWindow::scheduleRefresh()
{
    m_refresh->start();
}

void PresentationWindow::refresh()
{
    m_refresh->stop();
    const Phase phase = m_flow ? m_flow->details().phase : Phase::Setup;
    m_shownPhase = phase;
    switch (phase) {
    case Phase::Review:
    case Phase::Setup:
        refreshTitle();
        m_pages->setCurrentWidget(m_titlePage);
        break;
    case Phase::Scene:
        refreshScene();
        m_pages->setCurrentWidget(m_scenePage);
        break;
    case Phase::Writing:
        refreshWriting();
        m_pages->setCurrentWidget(m_writingPage);
        break;
    case Phase::Sharing:
        refreshSharing();
        m_pages->setCurrentWidget(m_sharingPage);
        break;
    case Phase::Ranked:
        refreshRanked();
        m_pages->setCurrentWidget(m_rankedPage);
        break;
    case Phase::Discussion:
        refreshDiscussion();
        m_pages->setCurrentWidget(m_discussionPage);
        break;
    case Phase::Actions:
    case Phase::Summary:
        refreshActions();
        m_pages->setCurrentWidget(m_actionsPage);
        break;
    }
    if (!m_flow)
        m_pages->setCurrentWidget(m_titlePage);
}

void PresentationWindow::refreshTitle()
{
    if (!m_flow) {
        m_title->setText(tr("Candor"));
        m_subtitle->setText(tr("The session appears here when it is opened."));
        return;
    }
    const SessionDetails &details = m_flow->details();
    m_title->setText(details.title);
    m_subtitle->setText(
        details.phase == Phase::Review
            ? tr("%1 · Looking back at last time's actions").arg(Domain::kindName(details.kind))
            : Domain::kindName(details.kind));
}

void PresentationWindow::refreshScene()
{
    const SessionDetails &details = m_flow->details();
    if (details.kind == SessionKind::PostMortem) {
        m_sceneHeading->setText(tr("What happened"));
        QStringList parts;
        const QList<std::pair<QString, QString>> fields{
            {tr("What happened"), details.incidentWhat},
            {tr("Impact"), details.incidentImpact},
            {tr("Detection"), details.incidentDetection},
            {tr("Resolution"), details.incidentResolution}};
        for (const auto &[label, text] : fields) {
            if (!text.trimmed().isEmpty())
                parts.append(tr("%1: %2").arg(label, text.trimmed()));
        }
        m_sceneText->setText(parts.join(QStringLiteral("\n\n")));
    } else {
        m_sceneHeading->setText(details.title);
        m_sceneText->setText(details.scene.trimmed());
    }
}

void PresentationWindow::refreshWriting()
{
    m_prompts->setText(m_flow->details().writingPrompts.trimmed());
    if (m_writingCountdown)
        m_writingCountdown->setHint(QString());
}

void PresentationWindow::refreshSharing()
{
    m_banner->setText(SharingPage::bannerText(*m_flow));
    // The newest concern, without who said it: the room heard that, the
    // screen does not keep it.
    const QVector<Concern> &concerns = m_flow->concerns()->concerns();
    const Concern *last = nullptr;
    for (const Concern &concern : concerns) {
        if (!last || concern.position > last->position)
            last = &concern;
    }
    if (last) {
        const qint64 shown = last->mergedIntoId ? last->mergedIntoId : last->id;
        const int tally = m_flow->concerns()->tally(shown);
        m_lastConcern->setText(last->summary);
        m_lastTally->setText(QString(qMin(tally, 20), QChar(0x25A0)) + QStringLiteral("  ") +
                             tr("%n people wrote this", nullptr, tally));
    } else {
        m_lastConcern->setText(tr("No concerns shared yet."));
        m_lastTally->clear();
    }
    m_sharedCount->setText(
        tr("%n concern(s) shared", nullptr, m_flow->concerns()->unmergedCount()));
}

void PresentationWindow::refreshRanked()
{
    const SessionDetails &details = m_flow->details();
    m_rankedHeading->setText(tr("Concerns, most written first"));
    const bool attributed = details.attributeConcerns;
    const bool postMortem = details.kind == SessionKind::PostMortem;
    for (int column = 0; column < ConcernModel::ColumnCount; ++column) {
        const bool shown = column == ConcernModel::SummaryColumn ||
                           column == ConcernModel::TallyColumn ||
                           (column == ConcernModel::CategoryColumn && postMortem) ||
                           (column == ConcernModel::SpeakerColumn && attributed);
        m_rankedView->setColumnHidden(column, !shown);
    }
    QHeaderView *header = m_rankedView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConcernModel::SummaryColumn, QHeaderView::Stretch);
}

void PresentationWindow::refreshDiscussion()
{
    const qint64 id = m_flow->discussionConcernId();
    const ConcernModel *model = m_flow->concerns();
    const int row = model->rowOfConcern(id);
    if (row < 0) {
        m_discussionPosition->clear();
        m_discussionSummary->setText(tr("Nothing to discuss yet."));
        m_discussionTally->clear();
        m_whys->clear();
        return;
    }
    const Concern &concern = model->concerns().at(row);
    int rank = 0;
    if (m_ranked) {
        for (int i = 0; i < m_ranked->rowCount(); ++i) {
            if (m_ranked->index(i, 0).data(ConcernModel::ConcernIdRole).toLongLong() == id)
                rank = i + 1;
        }
    }
    m_discussionPosition->setText(tr("Concern %1 of %2").arg(rank).arg(model->unmergedCount()));
    m_discussionSummary->setText(concern.summary);
    m_discussionTally->setText(tr("Written by %n people", nullptr, model->tally(id)));
    QStringList lines;
    const QVector<Why> whys = m_flow->store()->whys(id);
    for (int i = 0; i < whys.size(); ++i) {
        const Why &why = whys.at(i);
        lines.append(
            tr("%1. %2 → %3").arg(i + 1).arg(why.question.trimmed(), why.answer.trimmed()));
    }
    if (!concern.rootCause.trimmed().isEmpty())
        lines.append(tr("Root cause: %1").arg(concern.rootCause.trimmed()));
    m_whys->setText(lines.join(QLatin1Char('\n')));
}

void PresentationWindow::refreshActions()
{
    m_actionsHeading->setText(tr("Actions"));
    for (int column = 0; column < m_actions->columnCount(); ++column) {
        const bool shown = column == ActionModel::TextColumn ||
                           column == ActionModel::OwnerColumn || column == ActionModel::DueColumn;
        m_actionsView->setColumnHidden(column, !shown);
    }
    QHeaderView *header = m_actionsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionModel::TextColumn, QHeaderView::Stretch);
}

void PresentationWindow::setZoom(qreal zoom)
{
    zoom = qBound(minimumZoom, zoom, maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    updateFonts();
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

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
}

void PresentationWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        emit fullScreenChanged(isFullScreen());
}

void PresentationWindow::updateFonts()
{
    // Sized to the window, not the desktop's font: a projector's window is
    // read from far away whatever the laptop's settings.
    const int body = qMax(12, qRound(height() * bodyShareOfHeight * m_zoom));
    const auto sized = [&](QWidget *widget) {
        const qreal scale = widget->property(scaleProperty).toReal();
        if (scale <= 0)
            return;
        QFont font = this->font();
        font.setPixelSize(qRound(body * scale));
        font.setBold(widget->property(boldProperty).toBool());
        widget->setFont(font);
    };
    for (QLabel *label : findChildren<QLabel *>())
        sized(label);
    for (QTableView *view : {m_rankedView, m_actionsView}) {
        sized(view);
        QFont headerFont = view->font();
        headerFont.setBold(true);
        view->horizontalHeader()->setFont(headerFont);
        view->verticalHeader()->setFont(view->font());
    }
    const int margin = body;
    for (QWidget *page : {m_titlePage, m_scenePage, m_writingPage, m_sharingPage, m_rankedPage,
                          m_discussionPage, m_actionsPage})
        page->layout()->setContentsMargins(margin, margin, margin, margin);
}
