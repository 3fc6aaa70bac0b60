#include "reviewpage.h"

#include "actiondelegates.h"
#include "owneredit.h"
#include "plainlabel.h"
#include "reviewmodel.h"
#include "sessionflow.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ReviewPage::ReviewPage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_model(new ReviewModel(flow->store(), flow->history(), flow->sessionId(), this))
    , m_view(new QTableView(this))
    , m_progress(new PlainLabel(this))
{
    auto *heading = new PlainLabel(tr("Review the open actions of earlier sessions"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *hint = new PlainLabel(tr("For each: Ctrl+1 done, Ctrl+2 still open, Ctrl+3 dropped. "
                                   "F2 corrects the owner or the due date. Ctrl+PgDown moves on "
                                   "to the set-up."),
                                this);
    hint->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Open actions of earlier sessions"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab moves on; the arrows move between cells
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    // Owners are the people in this room, or those already named.
    m_view->setItemDelegateForColumn(ReviewModel::OwnerColumn,
                                     new OwnerDelegate(
                                         [this, flow] {
                                             QStringList names = OwnerEdit::participantNames(flow);
                                             for (const ReviewItem &item : m_model->items())
                                                 names << item.item.action.owner;
                                             return names;
                                         },
                                         m_view));
    // Today as the session's clock has it.
    m_view->setItemDelegateForColumn(
        ReviewModel::DueColumn,
        new DueDateDelegate([flow] { return flow->nowUtc().toLocalTime().date(); }, m_view));
    m_view->setItemDelegateForColumn(ReviewModel::OutcomeColumn,
                                     ChoiceDelegate::forReviewOutcomes(m_view));
    QFont listFont = m_view->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.3);
    m_view->setFont(listFont);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit what is on screen, not every row there is.
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setSectionResizeMode(ReviewModel::TextColumn, QHeaderView::Stretch);
    // A session's title can be a paragraph; sized to its contents it would
    // push the actions off the side.
    m_view->horizontalHeader()->setSectionResizeMode(ReviewModel::SessionColumn,
                                                     QHeaderView::Interactive);
    m_view->setColumnWidth(ReviewModel::SessionColumn,
                           QFontMetrics(listFont).averageCharWidth() * 24);

    const struct
    {
        int key;
        ReviewOutcome outcome;
    } keys[] = {{Qt::Key_1, ReviewOutcome::Done},
                {Qt::Key_2, ReviewOutcome::StillOpen},
                {Qt::Key_3, ReviewOutcome::Dropped}};
    for (const auto &entry : keys) {
        auto *action = new QAction(Domain::outcomeName(entry.outcome), m_view);
        action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
        action->setShortcutContext(Qt::WidgetShortcut);
        const ReviewOutcome outcome = entry.outcome;
        connect(action, &QAction::triggered, this, [this, outcome] {
            const int row = m_view->currentIndex().row();
            if (m_model->review(row, outcome) && row + 1 < m_model->rowCount())
                m_view->setCurrentIndex(m_model->index(row + 1, ReviewModel::TextColumn));
        });
        m_view->addAction(action);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewPage::updateProgress);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);

    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ReviewModel::TextColumn));
    setFocusProxy(m_view);
    updateProgress();
}

void ReviewPage::updateProgress()
{
    m_progress->setText(
        tr("%1 of %2 reviewed").arg(m_model->reviewedCount()).arg(m_model->rowCount()));
}
