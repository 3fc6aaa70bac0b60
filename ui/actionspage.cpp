#include "actionspage.h"

#include "actionmodel.h"
#include "participantmodel.h"
#include "plainlabel.h"
#include "sessionflow.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

bool isRightAway(const QModelIndex &index)
{
    return index.isValid() && index.data(ActionModel::RightAwayRole).toBool();
}

// Right-away rows carry a coloured bar at the rank and a line under the
// last of them, so the room sees where "now" ends and "later" begins.
class ActionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
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
};

// Owners are usually people in the room, so their names complete; any
// other name is fine too.
class OwnerDelegate : public ActionDelegate
{
public:
    OwnerDelegate(SessionFlow *flow, QObject *parent)
        : ActionDelegate(parent)
        , m_flow(flow)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        QStringList names;
        for (const Participant &participant : m_flow->participants()->participants())
            names << participant.name;
        auto *completer = new QCompleter(names, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::InlineCompletion);
        edit->setCompleter(completer);
        return edit;
    }

private:
    SessionFlow *m_flow;
};

// A date edited by keyboard: Up/Down step the day, Delete clears it.
class DueEdit : public QDateEdit
{
public:
    explicit DueEdit(QWidget *parent)
        : QDateEdit(parent)
    {
        setCalendarPopup(true);
        // The lowest date stands for "none", shown in words.
        setMinimumDate(QDate(1900, 1, 1));
        setSpecialValueText(QCoreApplication::translate("ActionsPage", "No due date"));
        setToolTip(QCoreApplication::translate(
            "ActionsPage", "Up and Down change the day; Delete clears the due date."));
        // Only what the person did counts as a choice, not the editor
        // settling its own value.
        connect(calendarWidget(), &QCalendarWidget::clicked, this, [this] { m_touched = true; });
    }

    void start(const QDate &date, const QDate &today)
    {
        m_empty = !date.isValid();
        setDate(m_empty ? today : date);
        setCurrentSection(QDateTimeEdit::DaySection);
        m_touched = false;
    }

    // Opening an empty date at today is only a starting point; untouched,
    // it stays empty.
    QDate chosen() const
    {
        if (m_empty && !m_touched)
            return {};
        return date() == minimumDate() ? QDate() : date();
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
            setDate(minimumDate());
            m_touched = true;
            return;
        }
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            break;
        default:
            m_touched = true;
        }
        QDateEdit::keyPressEvent(event);
    }

private:
    bool m_empty = false;
    bool m_touched = false;
};

class DueDelegate : public ActionDelegate
{
public:
    DueDelegate(ActionModel *model, QObject *parent)
        : ActionDelegate(parent)
        , m_model(model)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        return new DueEdit(parent);
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<DueEdit *>(editor)->start(index.data(Qt::EditRole).toDate(), m_model->today());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<DueEdit *>(editor)->chosen(), Qt::EditRole);
    }

private:
    ActionModel *m_model;
};

// Statuses are chosen from a list, never typed.
class StatusDelegate : public ActionDelegate
{
public:
    using ActionDelegate::ActionDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (ActionStatus status : Domain::statuses())
            combo->addItem(Domain::statusName(status), int(status));
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toInt())));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

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
    , m_message(new PlainLabel(this))
    , m_group(new QCheckBox(tr("&Group by concern"), this))
    , m_view(new QTableView(this))
    , m_empty(new PlainLabel(m_view->viewport()))
{
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
    connect(m_entry, &QLineEdit::returnPressed, this, &ActionsPage::addFromEntry);
    connect(m_entry, &QLineEdit::textEdited, m_message, &QLabel::hide);
    auto *entryLabel = new PlainLabel(tr("&New action:"), this);
    entryLabel->setFont(roomFont);
    entryLabel->setBuddy(m_entry);
    auto *add = new QPushButton(tr("Add"), this);
    add->setFont(roomFont);
    connect(add, &QPushButton::clicked, this, &ActionsPage::addFromEntry);

    m_message->setFont(roomFont);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold; color: #b01c1c"));
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
    m_view->setItemDelegate(new ActionDelegate(m_view));
    m_view->setItemDelegateForColumn(ActionModel::OwnerColumn, new OwnerDelegate(flow, m_view));
    m_view->setItemDelegateForColumn(ActionModel::DueColumn, new DueDelegate(m_model, m_view));
    m_view->setItemDelegateForColumn(ActionModel::StatusColumn, new StatusDelegate(m_view));
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

    setTabOrder(m_entry, add);
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
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty()) {
        m_message->setText(tr("An action needs a text: type what will be done, then press Enter."));
        m_message->show();
        m_entry->setFocus();
        return;
    }
    const qint64 id = m_model->addAction(text);
    if (!id) {
        // The store has said why; what was typed stays to try again.
        m_message->setText(tr("The action could not be saved; it is still in the box above."));
        m_message->show();
        return;
    }
    m_message->hide();
    m_entry->clear();
    m_entry->setFocus();
    selectAction(id, ActionModel::TextColumn);
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
