#include "summarypage.h"

#include "plainlabel.h"
#include "sessionflow.h"
#include "store.h"
#include "summarydocument.h"
#include "summaryoutput.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

SummaryPage::SummaryPage(SessionFlow *flow, SummaryOutput *output, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_view(new QTextBrowser(this))
    , m_refresh(new QTimer(this))
{
    m_view->setOpenLinks(false);
    m_view->setAccessibleName(tr("Session summary"));
    m_view->setAccessibleDescription(
        tr("The summary as it will be printed: concerns by tally, discussion and actions."));
    setFocusProxy(m_view);

    auto *buttons = new QHBoxLayout;
    QWidget *previous = nullptr;
    if (output) {
        const auto addButton = [&](QAction *action) {
            auto *button = new QToolButton(this);
            // Tab reads the row of buttons first, then the summary below.
            if (previous)
                setTabOrder(previous, button);
            previous = button;
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            buttons->addWidget(button);
        };
        addButton(output->printPreviewAction());
        addButton(output->printAction());
        auto *exportLabel = new PlainLabel(tr("Export:"), this);
        buttons->addSpacing(12);
        buttons->addWidget(exportLabel);
        for (QAction *action : output->exportActions())
            addButton(action);
    }
    buttons->addStretch(1);
    if (previous)
        setTabOrder(previous, m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    // Several edits in one go (an undo of a merge, say) refresh once.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &SummaryPage::refresh);

    Store *store = flow->store();
    const qint64 id = flow->sessionId();
    const auto ifThisSession = [this, id](qint64 sessionId) {
        if (sessionId == id)
            scheduleRefresh();
    };
    const auto ifThisSessionOf = [ifThisSession](qint64 sessionId, auto...) {
        ifThisSession(sessionId);
    };
    connect(store, &Store::sessionDetailsChanged, this, ifThisSession);
    connect(store, &Store::timelineChanged, this, ifThisSession);
    connect(store, &Store::participantAdded, this, ifThisSessionOf);
    connect(store, &Store::participantRemoved, this, ifThisSessionOf);
    connect(store, &Store::participantChanged, this, ifThisSessionOf);
    connect(store, &Store::participantMoved, this, ifThisSessionOf);
    connect(store, &Store::concernAdded, this, ifThisSessionOf);
    connect(store, &Store::concernRemoved, this, ifThisSessionOf);
    connect(store, &Store::concernChanged, this, ifThisSessionOf);
    connect(store, &Store::actionAdded, this, ifThisSessionOf);
    connect(store, &Store::actionRemoved, this, ifThisSessionOf);
    connect(store, &Store::actionChanged, this, ifThisSessionOf);
    connect(store, &Store::actionMoved, this, ifThisSessionOf);
    connect(store, &Store::reviewChanged, this, ifThisSessionOf);
    connect(store, &Store::sessionReplaced, this, ifThisSession);
    // A why belongs to a concern; any of them may be this session's.
    connect(store, &Store::whysChanged, this, &SummaryPage::scheduleRefresh);
}

void SummaryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void SummaryPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible())
        m_refresh->start();
}

void SummaryPage::refresh()
{
    std::unique_ptr<QTextDocument> document =
        SummaryDocument::build(*m_flow->store(), m_flow->sessionId());
    if (!document)
        return;
    m_stale = false;
    // Keep the reader's place when the text under them changes.
    const int scrolled = m_view->verticalScrollBar()->value();
    document->setDocumentMargin(12);
    QTextDocument *shown = document.release();
    shown->setParent(m_view);
    // Whether the view deletes a replaced document it does not own differs
    // between Qt versions; the pointer tells, and what is left is deleted here.
    const QPointer<QTextDocument> previous = m_view->document();
    m_view->setDocument(shown);
    if (previous && previous->parent() == m_view)
        delete previous.data();
    m_view->verticalScrollBar()->setValue(scrolled);
}
