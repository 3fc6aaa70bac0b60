#include "rankedpage.h"

#include "concernmodel.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "tallydelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Columns sized to their contents would put words of neighbouring cells
// nearly together; from across a room they must read as separate.
class PaddedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        // Selection and row colours across the whole cell, the text inset.
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
        QStyleOptionViewItem inset = option;
        const int padding = this->padding(option);
        inset.rect.adjust(padding, 0, -padding, 0);
        QStyledItemDelegate::paint(painter, inset, index);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Wrapped text is measured in the width it will be drawn in.
        QStyleOptionViewItem inset = option;
        const int padding = this->padding(option);
        if (inset.rect.width() > 2 * padding)
            inset.rect.adjust(padding, 0, -padding, 0);
        return QStyledItemDelegate::sizeHint(inset, index) + QSize(2 * padding, padding);
    }

private:
    static int padding(const QStyleOptionViewItem &option)
    {
        return QFontMetrics(option.font).averageCharWidth() * 2 / 3;
    }
};

// The rank numbers down the side, with room around them so that they read
// as numbers on their own and not as the start of the row.
class RankHeader : public QHeaderView
{
public:
    explicit RankHeader(QWidget *parent)
        : QHeaderView(Qt::Vertical, parent)
    {
        setDefaultAlignment(Qt::AlignCenter);
        setSectionsClickable(false);
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        return QHeaderView::sectionSizeFromContents(logicalIndex) +
               QSize(2 * fontMetrics().averageCharWidth(), 0);
    }
};

// Categories are chosen from a list, "No category" included, never typed.
class CategoryDelegate : public PaddedDelegate
{
public:
    using PaddedDelegate::PaddedDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(Domain::categoryName(ConcernCategory::None), int(ConcernCategory::None));
        for (ConcernCategory category : Domain::categories())
            combo->addItem(Domain::categoryName(category), int(category));
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

// Raised hands: from none to everyone present but the speaker.
class HandsDelegate : public PaddedDelegate
{
public:
    HandsDelegate(SessionFlow *flow, QObject *parent)
        : PaddedDelegate(parent)
        , m_flow(flow)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *spin = new QSpinBox(parent);
        spin->setFrame(false);
        // Without a participant list there is no sensible limit; with one,
        // a correction may still exceed today's presence (people left).
        const int limit = m_flow->maximumHands() > 0 ? m_flow->maximumHands() : 99;
        spin->setRange(0, qMax(limit, index.data(Qt::EditRole).toInt()));
        return spin;
    }

private:
    SessionFlow *m_flow;
};

} // namespace

RankedPage::RankedPage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_ranked(new RankedConcernModel(this))
    , m_view(new QTableView(this))
    , m_empty(new PlainLabel(m_view->viewport()))
    , m_fitRows(new QTimer(this))
{
    const bool postMortem = flow->details().kind == SessionKind::PostMortem;
    m_ranked->setSourceModel(flow->concerns());

    // The list is read from across the room.
    QFont roomFont = font();
    roomFont.setPointSizeF(roomFont.pointSizeF() * 1.5);

    auto *heading = new PlainLabel(tr("Ranked by how many people wrote each concern"), this);
    QFont headingFont = roomFont;
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setWordWrap(true);

    m_view->setModel(m_ranked);
    m_view->setFont(roomFont);
    m_view->setAccessibleName(tr("Ranked concerns"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 or a double click edits; typing alone never overwrites a concern.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false);
    // The ranking is the order; a click on a header must not re-sort it.
    m_view->setSortingEnabled(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    // The rank is the row header: it follows the rows when they re-rank,
    // where a column would keep the number a row had when it was drawn.
    auto *ranks = new RankHeader(m_view);
    m_view->setVerticalHeader(ranks);
    QFont rankFont = roomFont;
    rankFont.setBold(true);
    ranks->setFont(rankFont);
    // Row heights are fitted by hand, to the rows on screen only (below):
    // measuring every wrapped summary at each Enter costs a session of a
    // thousand concerns a frame.
    ranks->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setItemDelegate(new PaddedDelegate(m_view));
    m_view->setItemDelegateForColumn(ConcernModel::TallyColumn, new TallyDelegate(m_view));
    m_view->setItemDelegateForColumn(ConcernModel::CategoryColumn, new CategoryDelegate(m_view));
    m_view->setItemDelegateForColumn(ConcernModel::HandsColumn, new HandsDelegate(flow, m_view));

    QHeaderView *header = m_view->horizontalHeader();
    QFont headerFont = roomFont;
    headerFont.setBold(true);
    header->setFont(headerFont);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsMovable(false);
    // The bar first, then what was written: the eye goes from count to text.
    header->moveSection(header->visualIndex(ConcernModel::TallyColumn), 0);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the rows on screen, not all of them.
    header->setResizeContentsPrecision(0);
    header->setSectionResizeMode(ConcernModel::SummaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ConcernModel::TallyColumn, QHeaderView::Fixed);
    const QFontMetrics roomMetrics(roomFont);
    m_view->setColumnWidth(ConcernModel::TallyColumn, roomMetrics.height() * 9);
    // Rows fit their wrapped summary. Qt measures them again only when
    // told, so once the columns have settled after any change, tell it.
    m_fitRows->setSingleShot(true);
    m_fitRows->setInterval(0);
    connect(m_fitRows, &QTimer::timeout, this, &RankedPage::fitVisibleRows);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_fitRows,
            qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionResized, m_fitRows, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::geometriesChanged, m_fitRows, qOverload<>(&QTimer::start));
    connect(m_ranked, &QAbstractItemModel::dataChanged, m_fitRows, qOverload<>(&QTimer::start));
    connect(m_ranked, &QAbstractItemModel::layoutChanged, m_fitRows, qOverload<>(&QTimer::start));
    // Sharing order and round matter while sharing, not in the ranking.
    m_view->setColumnHidden(ConcernModel::PositionColumn, true);
    m_view->setColumnHidden(ConcernModel::RoundColumn, true);

    m_empty->setWordWrap(true);
    m_empty->setFont(roomFont);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    // Inside the list rather than instead of it, so the list keeps the focus.
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->addWidget(m_empty);

    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    if (postMortem) {
        m_filter = new QComboBox(this);
        m_filter->setAccessibleName(tr("Show category"));
        m_filter->addItem(tr("All categories"), -1);
        for (ConcernCategory category : Domain::categories())
            m_filter->addItem(Domain::categoryName(category), int(category));
        connect(m_filter, &QComboBox::currentIndexChanged, this, &RankedPage::filterChosen);
        auto *filterLabel = new PlainLabel(tr("Sho&w:"), this);
        filterLabel->setBuddy(m_filter);
        // The room should see which part of the list it is looking at.
        m_filter->setFont(roomFont);
        filterLabel->setFont(roomFont);
        top->addWidget(filterLabel);
        top->addWidget(m_filter);
        setTabOrder(m_filter, m_view);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    setFocusProxy(m_view);

    connect(flow, &SessionFlow::detailsChanged, this, &RankedPage::updateColumns);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_ranked, signal, this, [this] {
            updateEmptyHint();
            ensureCurrent();
            m_fitRows->start();
        });
    }
    connect(m_ranked, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyHint();
        ensureCurrent();
        m_fitRows->start();
    });
    updateColumns();
    updateEmptyHint();
    ensureCurrent();
}

void RankedPage::updateColumns()
{
    const SessionDetails &details = m_flow->details();
    m_view->setColumnHidden(ConcernModel::CategoryColumn, details.kind != SessionKind::PostMortem);
    // Blameless by default: who shared what only when the session says so.
    m_view->setColumnHidden(ConcernModel::SpeakerColumn, !details.attributeConcerns);
}

void RankedPage::updateEmptyHint()
{
    const bool empty = m_ranked->rowCount() == 0;
    if (empty) {
        const bool filtered = m_filter && m_filter->currentIndex() > 0;
        m_empty->setText(filtered ? tr("No concerns in this category.")
                                  : tr("No concerns yet. They appear here as people share them, "
                                       "the most written first."));
    }
    m_empty->setVisible(empty);
    m_view->horizontalHeader()->setVisible(!empty);
}

void RankedPage::ensureCurrent()
{
    // F2 works at once: a concern's summary is current, ready to correct.
    if (!m_view->currentIndex().isValid() && m_ranked->rowCount() > 0)
        m_view->setCurrentIndex(m_ranked->index(0, ConcernModel::SummaryColumn));
}

void RankedPage::filterChosen(int comboIndex)
{
    const int category = m_filter->itemData(comboIndex).toInt();
    m_ranked->setCategoryFilter(
        category < 0 ? std::nullopt : std::optional<ConcernCategory>(ConcernCategory(category)));
    updateEmptyHint();
    ensureCurrent();
}

void RankedPage::fitVisibleRows()
{
    // A hidden page is fitted when it is shown.
    if (!isVisible() || m_ranked->rowCount() == 0)
        return;
    // The rows on screen, and a screenful either side for the next scroll.
    const int height = m_view->viewport()->height();
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(height - 1);
    if (last < 0)
        last = m_ranked->rowCount() - 1;
    const int margin = std::max(1, last - first + 1);
    const int from = std::max(0, first - margin);
    const int to = std::min(m_ranked->rowCount() - 1, last + margin);
    for (int row = from; row <= to; ++row)
        m_view->resizeRowToContents(row);
}

void RankedPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
    m_fitRows->start();
}

void RankedPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_fitRows->start();
}
