#include "actionspage.h"

#include "actiondelegates.h"
#include "actionmodel.h"
#include "duedateedit.h"
#include "newactiondialog.h"
#include "owneredit.h"
#include "participantmodel.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

bool isRightAway(const QModelIndex &index)
{
    return index.isValid() && index.data(ActionModel::RightAwayRole).toBool();
}

// Right-away rows carry a coloured bar at the rank and a line under the
// last of them, so the room sees where "now" ends and "later" begins.
void markRightAway(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!isRightAway(index))
        return;
    const QColor accent = option.palette.color(QPalette::Highlight);
    painter->save();
    if (index.column() == ActionModel::RankColumn) {
        QRect bar = option.rect;
        bar.setWidth(qMax(4, option.fontMetrics.averageCharWidth() / 2));
        painter->fillRect(bar, accent);
    }
    const QModelIndex below = index.sibling(index.row() + 1, index.column());
    if (below.isValid() && !isRightAway(below)) {
        // In the text colour, so it shows on a selected row as well.
        QRect line = option.rect;
        line.setTop(line.bottom() - 2);
        painter->fillRect(line, option.palette.color(QPalette::Text));
    }
    painter->restore();
}

// Off, the rank order itself; on, actions of one concern together in
// sharing order, each group in rank order, free-standing ones last.
class GroupingProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int leftGroup = left.data(ActionModel::ConcernOrderRole).toInt();
        const int rightGroup = right.data(ActionModel::ConcernOrderRole).toInt();
        if (leftGroup != rightGroup)
            return leftGroup < rightGroup;
        return left.data(ActionModel::RankRole).toInt() < right.data(ActionModel::RankRole).toInt();
    }
};

} // namespace

ActionsPage::ActionsPage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_model(new ActionModel(flow->store(), flow->history(), flow->sessionId(), this))
    , m_proxy(new GroupingProxy(this))
    , m_entry(new QLineEdit(this))
    , m_owner(new OwnerEdit(this))
    , m_due(new DueDateEdit(this))
    , m_message(new PlainLabel(this))
    , m_group(new QCheckBox(tr("&Group by concern"), this))
    , m_view(new QTableView(this))
    , m_empty(new PlainLabel(m_view->viewport()))
{
    // Overdue by the session's clock, as on the room's screen.
    m_model->setToday([flow] { return flow->nowUtc().toLocalTime().date(); });
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);

    // Prioritizing is often done with the team looking on.
    QFont roomFont = font();
    roomFont.setPointSizeF(roomFont.pointSizeF() * 1.3);
    QFont headingFont = roomFont;
    headingFont.setBold(true);

    auto *heading = new PlainLabel(tr("Actions, in the order they will be done"), this);
    heading->setFont(headingFont);
    heading->setWordWrap(true);

    m_entry->setFont(roomFont);
    m_entry->setPlaceholderText(tr("What will be done? Type it, then Enter"));
    m_entry->setAccessibleName(tr("New action"));
    auto *entryLabel = new PlainLabel(tr("Ne&w action:"), this);
    entryLabel->setFont(roomFont);
    entryLabel->setBuddy(m_entry);
    // Who and by when go in with the text, or later in the list.
    m_owner->setFont(roomFont);
    m_owner->setAccessibleName(tr("Owner of the new action"));
    auto *ownerLabel = new PlainLabel(tr("Owner:"), this);
    ownerLabel->setFont(roomFont);
    ownerLabel->setBuddy(m_owner);
    m_due->setFont(roomFont);
    m_due->setAccessibleName(tr("Due date of the new action"));
    m_due->setToday([this] { return m_model->today(); });
    auto *dueLabel = new PlainLabel(tr("Due:"), this);
    dueLabel->setFont(roomFont);
    dueLabel->setBuddy(m_due);
    // Enter in any of the three adds the action.
    for (QLineEdit *field :
         {m_entry, static_cast<QLineEdit *>(m_owner), static_cast<QLineEdit *>(m_due)}) {
        connect(field, &QLineEdit::returnPressed, this, &ActionsPage::addFromEntry);
        connect(field, &QLineEdit::textEdited, m_message, &QLabel::hide);
    }
    connect(m_due, &DueDateEdit::notADate, this, [this] { refuse(m_due->problem(), m_due); });
    ParticipantModel *participants = flow->participants();
    connect(participants, &QAbstractItemModel::modelReset, this, &ActionsPage::updateOwnerNames);
    connect(participants, &QAbstractItemModel::rowsInserted, this, &ActionsPage::updateOwnerNames);
    connect(participants, &QAbstractItemModel::rowsRemoved, this, &ActionsPage::updateOwnerNames);
    connect(participants, &QAbstractItemModel::dataChanged, this, &ActionsPage::updateOwnerNames);
    updateOwnerNames();
    auto *add = new QPushButton(tr("Add"), this);
    add->setFont(roomFont);
    // Enter on it adds, as Enter in the fields does.
    add->setAutoDefault(true);
    connect(add, &QPushButton::clicked, this, &ActionsPage::addFromEntry);

    m_message->setFont(roomFont);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold; color: %1")
                                 .arg(Theme::signalColours(palette()).problem.name()));
    m_message->hide();

    m_group->setFont(roomFont);
    m_group->setToolTip(tr("Show each concern's actions together"));
    connect(m_group, &QCheckBox::toggled, this, &ActionsPage::setGrouped);

    m_view->setModel(m_proxy);
    m_view->setFont(roomFont);
    m_view->setAccessibleName(tr("Actions in rank order"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 or a double click edits; typing alone never overwrites an action.
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setTabKeyNavigation(false);
    // One line per action (long ones are elided, the tooltip has all): rows of
    // a fixed height keep reordering a long list within a frame.
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Sizing rows and columns from what is on screen only: measuring all of a
    // long list after every move would make reordering slow.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(roomFont).lineSpacing() * 2);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::MoveAction);
    auto *cells = new ActionCellDelegate(m_view);
    auto *owners = new OwnerDelegate([flow] { return OwnerEdit::participantNames(flow); }, m_view);
    auto *dues = new DueDateDelegate([this] { return m_model->today(); }, m_view);
    auto *statuses = ChoiceDelegate::forStatuses(m_view);
    for (ActionCellDelegate *delegate : QList<ActionCellDelegate *>{cells, owners, dues, statuses})
        delegate->setDecoration(markRightAway);
    m_view->setItemDelegate(cells);
    m_view->setItemDelegateForColumn(ActionModel::OwnerColumn, owners);
    m_view->setItemDelegateForColumn(ActionModel::DueColumn, dues);
    m_view->setItemDelegateForColumn(ActionModel::StatusColumn, statuses);
    m_view->setToolTip(tr("Alt+Up and Alt+Down change the order, as does dragging; F2 edits; "
                          "Space on “Right away” marks it; Delete removes."));
    QHeaderView *header = m_view->horizontalHeader();
    header->setFont(headingFont);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(ActionModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionModel::ConcernColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(ActionModel::ConcernColumn,
                           QFontMetrics(roomFont).averageCharWidth() * 24);
    m_view->setColumnHidden(ActionModel::ConcernColumn, true);

    // Order and removal by keyboard, on the list itself.
    auto addKey = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
    };
    addKey(tr("Raise Priority"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    addKey(tr("Lower Priority"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveSelected(1); });
    addKey(tr("Remove Action"), QKeySequence(Qt::Key_Delete), [this] { removeSelected(); });

    m_empty->setWordWrap(true);
    m_empty->setFont(roomFont);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setText(tr("No actions yet. Type the first one above and press Enter."));
    // Inside the list rather than instead of it, so the list keeps its place.
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_empty);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActionsPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionsPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ActionsPage::updateEmptyHint);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_group);

    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(entryLabel);
    entryRow->addWidget(m_entry, 1);
    entryRow->addSpacing(12);
    entryRow->addWidget(ownerLabel);
    entryRow->addWidget(m_owner);
    entryRow->addSpacing(12);
    entryRow->addWidget(dueLabel);
    entryRow->addWidget(m_due);
    entryRow->addWidget(add);

    auto *legend = new PlainLabel(tr("Bold rows, above the line, are addressed right away."), this);
    legend->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(entryRow);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addWidget(legend);

    setTabOrder(m_entry, m_owner);
    setTabOrder(m_owner, m_due);
    setTabOrder(m_due, add);
    setTabOrder(add, m_view);
    setTabOrder(m_view, m_group);
    // Arriving on the page, the next action is typed.
    setFocusProxy(m_entry);
    updateEmptyHint();
}

QString ActionsPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ActionsPage::addFromEntry()
{
    NewAction action{m_entry->text().trimmed(), m_owner->owner(), QDate()};
    if (action.text.isEmpty()) {
        refuse(tr("An action needs a text: type what will be done, then press Enter."), m_entry);
        return;
    }
    const std::optional<QDate> due = m_due->date();
    if (!due) {
        refuse(m_due->problem(), m_due);
        return;
    }
    action.due = *due;
    const qint64 id = m_flow->addAction(action.text, action.owner, action.due, 0);
    if (!id) {
        // The store has said why; what was typed stays to try again.
        m_message->setText(tr("The action could not be saved; it is still in the box above."));
        m_message->show();
        return;
    }
    m_message->hide();
    m_entry->clear();
    m_owner->clear();
    m_due->clear();
    m_entry->setFocus();
    selectAction(id, ActionModel::TextColumn);
}

void ActionsPage::refuse(const QString &why, QWidget *field)
{
    m_message->setText(why);
    m_message->show();
    field->setFocus();
}

void ActionsPage::updateOwnerNames()
{
    m_owner->setNames(OwnerEdit::participantNames(m_flow));
}

void ActionsPage::selectAction(qint64 actionId, int column)
{
    const int row = m_model->rowOfAction(actionId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ActionsPage::moveSelected(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex neighbour = current.sibling(current.row() + delta, current.column());
    if (!neighbour.isValid())
        return;
    const QModelIndex from = m_proxy->mapToSource(current);
    const QModelIndex to = m_proxy->mapToSource(neighbour);
    // Grouped, an action moves within its concern; the neighbour's rank is
    // the one it takes, so the other groups keep their order.
    if (m_group->isChecked() &&
        from.data(ActionModel::ConcernIdRole) != to.data(ActionModel::ConcernIdRole))
        return;
    const qint64 id = from.data(ActionModel::ActionIdRole).toLongLong();
    if (m_model->moveAction(from.row(), to.row()))
        selectAction(id, current.column());
}

void ActionsPage::removeSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int column = current.column();
    if (!m_model->removeAction(m_proxy->mapToSource(current).row()))
        return;
    // The next one is selected, so Delete can be pressed again.
    const int next = qMin(row, m_proxy->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_proxy->index(next, column));
}

void ActionsPage::setGrouped(bool grouped)
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    const qint64 id = current.isValid() ? current.data(ActionModel::ActionIdRole).toLongLong() : 0;
    // sort(-1) gives back the rank order itself.
    m_proxy->sort(grouped ? int(ActionModel::RankColumn) : -1);
    m_view->setColumnHidden(ActionModel::ConcernColumn, !grouped);
    // Dragging across groups would have no clear meaning; Alt+Up and
    // Alt+Down still move within a group.
    m_view->setDragDropMode(grouped ? QAbstractItemView::NoDragDrop
                                    : QAbstractItemView::InternalMove);
    if (id)
        selectAction(id, current.column());
}

void ActionsPage::updateEmptyHint()
{
    m_empty->setVisible(m_model->rowCount() == 0);
}
