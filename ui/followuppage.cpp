#include "followuppage.h"

#include "actiondelegates.h"
#include "followupmodel.h"
#include "plainlabel.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FollowUpPage::FollowUpPage(Store *store, EditHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new FollowUpModel(store, history, this))
    , m_filter(new FollowUpFilter(this))
    , m_team(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_session(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new PlainLabel(this))
{
    m_filter->setSourceModel(m_model);

    auto *heading = new PlainLabel(tr("Follow-up: actions of every session"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_owner->setPlaceholderText(tr("Any owner"));
    m_owner->setClearButtonEnabled(true);
    m_owner->setAccessibleName(tr("Owner filter"));
    connect(m_owner, &QLineEdit::textChanged, m_filter, &FollowUpFilter::setOwner);

    m_status->addItem(tr("Still to do"));
    m_status->addItem(tr("All"));
    for (ActionStatus status : Domain::statuses())
        m_status->addItem(Domain::statusName(status), int(status));
    m_status->setAccessibleName(tr("Status filter"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &FollowUpPage::applyStatus);

    connect(m_overdue, &QCheckBox::toggled, m_filter, &FollowUpFilter::setOverdueOnly);

    m_session->setAccessibleName(tr("Session filter"));
    // Titles can be paragraphs: the list opens wide enough, the box itself
    // keeps to the line it shares with the other filters.
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_session->setMinimumContentsLength(24);
    m_owner->setMinimumWidth(m_owner->fontMetrics().averageCharWidth() * 14);
    connect(m_session, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setSessionId(m_session->itemData(index).toLongLong()); });

    m_team->setAccessibleName(tr("Team filter"));
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_team->setMinimumContentsLength(12);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setTeamId(m_team->itemData(index).toLongLong());
        // The sessions to choose from are the team's.
        fillSessions();
    });

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Actions to follow up"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab moves on; the arrows move between cells
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    // Late actions stand out on the whole row, in the theme's red.
    m_view->setItemDelegate(new ActionCellDelegate(m_view));
    // Owners complete from those already named across the sessions.
    m_view->setItemDelegateForColumn(FollowUpModel::OwnerColumn,
                                     new OwnerDelegate([this] { return knownOwners(); }, m_view));
    m_view->setItemDelegateForColumn(
        FollowUpModel::DueColumn, new DueDateDelegate([this] { return m_model->today(); }, m_view));
    m_view->setItemDelegateForColumn(FollowUpModel::StatusColumn,
                                     ChoiceDelegate::forStatuses(m_view));
    QFont listFont = m_view->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.2);
    m_view->setFont(listFont);
    QHeaderView *header = m_view->horizontalHeader();
    // Columns fit what is on screen, not all ten thousand rows.
    header->setResizeContentsPrecision(0);
    // Until it is shown the view measures every row for a column sized to
    // its contents, and each change of mode measures all such columns
    // again: the fixed columns come first, those sized to their contents
    // one by one at the end.
    // A session's title can be a paragraph; sized to its contents it would
    // push the actions off the side. So can a team's name, though it is
    // rarely more than a word or two.
    const int charWidth = QFontMetrics(listFont).averageCharWidth();
    m_view->setColumnWidth(FollowUpModel::TeamColumn, charWidth * 12);
    m_view->setColumnWidth(FollowUpModel::SessionColumn, charWidth * 24);
    header->setSectionResizeMode(FollowUpModel::TextColumn, QHeaderView::Stretch);
    for (int column :
         {FollowUpModel::OwnerColumn, FollowUpModel::DueColumn, FollowUpModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openSessionRequested(index.data(FollowUpModel::SessionIdRole).toLongLong());
    });
    m_view->setToolTip(tr("F2 edits owner, due date or status; Enter opens the session"));

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_filter)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &FollowUpPage::updateCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FollowUpPage::updateCount);
        connect(model, &QAbstractItemModel::modelReset, this, &FollowUpPage::updateCount);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FollowUpPage::updateCount);
    }

    auto *filters = new QHBoxLayout;
    auto *teamLabel = new PlainLabel(tr("Tea&m:"), this);
    teamLabel->setBuddy(m_team);
    filters->addWidget(teamLabel);
    filters->addWidget(m_team);
    auto *ownerLabel = new PlainLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *statusLabel = new PlainLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *sessionLabel = new PlainLabel(tr("Sess&ion:"), this);
    sessionLabel->setBuddy(m_session);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner, 1);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addWidget(sessionLabel);
    filters->addWidget(m_session, 1);

    // Not a dead end: Esc or this button goes back.
    auto *back = new QPushButton(tr("← Back"), this);
    back->setToolTip(tr("Back to where you were (Esc)"));
    connect(back, &QPushButton::clicked, this, &FollowUpPage::backRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(back);
    top->addWidget(heading, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    setFocusProxy(m_view);
    fillTeams();
    fillSessions();
    updateCount();
}

void FollowUpPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        emit backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FollowUpPage::reload()
{
    m_model->reload();
    fillTeams();
    fillSessions();
}

QStringList FollowUpPage::knownOwners() const
{
    QStringList owners;
    for (const FollowUpItem &item : m_model->items())
        owners << item.action.owner;
    owners.sort(Qt::CaseInsensitive);
    return owners;
}

void FollowUpPage::applyStatus()
{
    const int index = m_status->currentIndex();
    if (index == 0)
        m_filter->setStatuses({ActionStatus::Open, ActionStatus::InProgress});
    else if (index == 1)
        m_filter->setStatuses({});
    else
        m_filter->setStatuses({ActionStatus(m_status->currentData().toInt())});
}

void FollowUpPage::fillTeams()
{
    const qint64 chosen = m_team->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_team);
        m_team->clear();
        m_team->addItem(tr("All teams"), qint64(0));
        for (const Team &team : m_store->teams())
            m_team->addItem(team.name, team.id);
    }
    const int index = qMax(0, m_team->findData(chosen));
    m_team->setCurrentIndex(index);
    m_filter->setTeamId(m_team->itemData(index).toLongLong());
}

void FollowUpPage::fillSessions()
{
    const qint64 chosen = m_session->currentData().toLongLong();
    const qint64 team = m_team->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_session);
        m_session->clear();
        m_session->addItem(tr("All sessions"), qint64(0));
        for (const SessionSummary &session : m_store->sessions()) {
            if (session.actionCount > 0 && (team == 0 || session.teamId == team))
                m_session->addItem(session.title, session.id);
        }
    }
    // A session of another team is no longer one to choose.
    const int index = qMax(0, m_session->findData(chosen));
    m_session->setCurrentIndex(index);
    m_filter->setSessionId(m_session->itemData(index).toLongLong());
}

void FollowUpPage::updateCount()
{
    int overdue = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        overdue += m_filter->index(row, 0).data(FollowUpModel::OverdueRole).toBool() ? 1 : 0;
    m_count->setText(tr("%n action(s) shown", nullptr, m_filter->rowCount()) +
                     QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue));
}
