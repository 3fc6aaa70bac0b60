#include "discussionpage.h"

#include "concernmodel.h"
#include "countdown.h"
#include "edithistory.h"
#include "fieldbinding.h"
#include "livecommands.h"
#include "newactiondialog.h"
#include "owneredit.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "store.h"
#include "storecommand.h"
#include "theme.h"
#include "whymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Text editors claim some Ctrl+Shift letters for themselves (Ctrl+Shift+A
// deselects on some desktops); on this page they belong to the discussion.
class PageShortcutsFirst : public QObject
{
public:
    PageShortcutsFirst(QWidget *page, QObject *parent)
        : QObject(parent)
        , m_page(page)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const QKeySequence pressed(static_cast<QKeyEvent *>(event)->keyCombination());
            for (const QAction *action : m_page->actions()) {
                if (action->isEnabled() && action->shortcut() == pressed) {
                    event->ignore();
                    return true;
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_page;
};

void setLineText(QLineEdit *editor, const QString &text)
{
    if (editor->text() == text)
        return;
    const int position = editor->cursorPosition();
    editor->setText(text);
    editor->setCursorPosition(qMin(position, int(text.size())));
}

} // namespace

DiscussionPage::DiscussionPage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_ranked(new RankedConcernModel(this))
    , m_whys(new WhyModel(flow->store(), flow->history(), 0, this))
    , m_position(new PlainLabel(this))
    , m_tally(new PlainLabel(this))
    , m_summary(new PlainLabel(this))
    , m_discussed(new QCheckBox(tr("Discussed"), this))
    , m_avoidanceLabel(new PlainLabel(this))
    , m_whyCount(new PlainLabel(this))
    , m_noWhys(new PlainLabel(tr("Ctrl+Shift+W asks the first why."), this))
    , m_actions(new PlainLabel(this))
    , m_addAction(new QPushButton(tr("Add action…"), this))
    , m_timeboxMinutes(new QSpinBox(this))
    , m_timeboxButton(new QPushButton(tr("Start timebox"), this))
    , m_countdown(new PlainLabel(this))
    , m_message(new PlainLabel(this))
{
    m_ranked->setSourceModel(flow->concerns());
    m_askAction = [flow](QWidget *parent, const Concern &concern) -> std::optional<NewAction> {
        NewActionDialog dialog(
            tr("What will be done about “%1”?").arg(concern.summary),
            OwnerEdit::participantNames(flow),
            [flow] { return flow->nowUtc().toLocalTime().date(); }, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.action();
    };

    // What the room reads from across the table: where we are, how many
    // wrote it, and what it says.
    m_position->setFont(scaled(font(), 2.0, true));
    m_position->setAccessibleName(tr("Concern position"));
    m_tally->setFont(scaled(font(), 2.0));
    m_tally->setAccessibleName(tr("Tally"));
    m_discussed->setFont(scaled(font(), 2.0));
    m_discussed->setToolTip(tr("Ctrl+Shift+D"));
    m_summary->setFont(scaled(font(), 2.8, true));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Concern"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *header = new QHBoxLayout;
    header->addWidget(m_position);
    header->addSpacing(32);
    header->addWidget(m_tally);
    header->addStretch(1);
    header->addWidget(m_countdown);
    header->addSpacing(32);
    header->addWidget(m_discussed);

    const QFont labelFont = scaled(font(), 1.5, true);
    const auto fieldLabel = [this, &labelFont](const QString &text, QWidget *buddy) {
        auto *label = new PlainLabel(text, this);
        label->setFont(labelFont);
        label->setWordWrap(true);
        label->setBuddy(buddy);
        return label;
    };

    // Created in reading order, which is also the Tab order.
    m_notes = addTextField(tr("Notes"), ConcernField::Notes, DiscussionField::Notes);
    m_avoidance =
        addTextField(tr("Avoidance"), ConcernField::Avoidance, DiscussionField::Avoidance);
    auto *whyBox = new QWidget(this);
    buildWhyRows(whyBox);
    m_rootCause =
        addTextField(tr("Root cause"), ConcernField::RootCause, DiscussionField::RootCause);
    m_mitigations =
        addTextField(tr("Mitigations"), ConcernField::Mitigations, DiscussionField::Mitigations);
    m_rootCause->setMaximumHeight(m_rootCause->fontMetrics().lineSpacing() * 3 + 16);
    m_avoidanceLabel->setFont(labelFont);
    m_avoidanceLabel->setWordWrap(true);
    m_avoidanceLabel->setBuddy(m_avoidance);

    auto *left = new QVBoxLayout;
    left->addWidget(fieldLabel(tr("Notes"), m_notes));
    left->addWidget(m_notes, 2);
    left->addWidget(m_avoidanceLabel);
    left->addWidget(m_avoidance, 2);

    auto *whyHeading = new QHBoxLayout;
    whyHeading->addWidget(fieldLabel(tr("Five whys"), nullptr));
    whyHeading->addStretch(1);
    m_whyCount->setFont(scaled(font(), 1.4));
    whyHeading->addWidget(m_whyCount);
    m_actions->setFont(scaled(font(), 1.4));
    m_actions->setWordWrap(true);
    m_actions->setTextFormat(Qt::PlainText);
    m_actions->setAccessibleName(tr("Actions from this concern"));

    auto *right = new QVBoxLayout;
    right->addLayout(whyHeading);
    right->addWidget(whyBox);
    m_noWhys->setFont(scaled(font(), 1.4));
    m_noWhys->setWordWrap(true);
    right->addWidget(m_noWhys);
    right->addWidget(fieldLabel(tr("Root cause"), m_rootCause));
    right->addWidget(m_rootCause);
    // Mitigations follow the root cause, as the discussion does.
    right->addWidget(fieldLabel(tr("Mitigations"), m_mitigations));
    right->addWidget(m_mitigations);
    // The concern's actions, and the way to add one, side by side.
    m_addAction->setFont(m_actions->font());
    m_addAction->setToolTip(tr("Add an action linked to this concern (Ctrl+Shift+A)"));
    connect(m_addAction, &QPushButton::clicked, this, &DiscussionPage::addActionFromCurrent);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_actions, 1);
    actionsRow->addWidget(m_addAction, 0, Qt::AlignTop);
    right->addLayout(actionsRow);
    right->addStretch(1);

    auto *body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addSpacing(24);
    body->addLayout(right, 1);

    // An optional timebox for this concern, on the session's countdown.
    m_timeboxMinutes->setRange(1, 60);
    m_timeboxMinutes->setValue(3);
    m_timeboxMinutes->setSuffix(tr(" min"));
    m_timeboxMinutes->setAccessibleName(tr("Timebox minutes"));
    // The timebox sits by the tally, where the room already looks.
    m_countdown->setFont(scaled(font(), 2.0, true));
    m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_countdown->setMinimumWidth(
        QFontMetrics(m_countdown->font())
            .horizontalAdvance(tr("Timebox over: %1").arg(QStringLiteral("+00:00 "))));
    m_countdown->setAccessibleName(tr("Time left"));
    m_message->setFont(scaled(font(), 1.4, true));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    auto *keys = new PlainLabel(tr("Alt+PgDown next · Alt+PgUp previous · Ctrl+Shift+W add a why · "
                                   "Ctrl+Shift+A action · Ctrl+Shift+D discussed"),
                                this);
    keys->setWordWrap(true);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_timeboxMinutes);
    footer->addWidget(m_timeboxButton);
    footer->addSpacing(24);
    footer->addWidget(m_message, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addLayout(body, 1);
    layout->addLayout(footer);
    layout->addWidget(keys);

    addShortcut(tr("Next concern"), QKeySequence(Qt::ALT | Qt::Key_PageDown),
                &DiscussionPage::showNext);
    addShortcut(tr("Previous concern"), QKeySequence(Qt::ALT | Qt::Key_PageUp),
                &DiscussionPage::showPrevious);
    addShortcut(tr("Add a why"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                &DiscussionPage::addWhy);
    addShortcut(tr("Mark discussed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                &DiscussionPage::toggleDiscussed);
    addShortcut(tr("Add an action from this concern"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                &DiscussionPage::addActionFromCurrent);
    auto *shortcutsFirst = new PageShortcutsFirst(this, this);
    for (const TextField &field : std::as_const(m_textFields))
        field.editor->installEventFilter(shortcutsFirst);
    for (const WhyRow &row : m_whyRows) {
        row.question->installEventFilter(shortcutsFirst);
        row.answer->installEventFilter(shortcutsFirst);
    }

    connect(m_discussed, &QCheckBox::toggled, this, [this](bool checked) {
        if (!m_concernId || checked == m_concern.discussed)
            return;
        m_flow->history()->record(new SetConcernFieldCommand(
            m_flow->store(), m_concernId, ConcernField::Discussed, m_concern.discussed, checked));
    });
    connect(m_timeboxButton, &QPushButton::clicked, this, &DiscussionPage::startTimebox);

    Store *store = flow->store();
    connect(store, &Store::concernChanged, this, [this](qint64, qint64 concernId) {
        if (concernId == m_concernId)
            reloadConcern();
    });
    connect(store, &Store::actionAdded, this, &DiscussionPage::updateActions);
    connect(store, &Store::actionRemoved, this, &DiscussionPage::updateActions);
    connect(store, &Store::actionChanged, this, &DiscussionPage::updateActions);
    connect(store, &Store::sessionReplaced, this, [this] {
        if (m_concernId)
            reloadConcern();
        updateActions();
    });
    connect(m_whys, &QAbstractItemModel::rowsInserted, this, &DiscussionPage::updateWhyRows);
    connect(m_whys, &QAbstractItemModel::rowsRemoved, this, &DiscussionPage::updateWhyRows);
    connect(m_whys, &QAbstractItemModel::modelReset, this, &DiscussionPage::updateWhyRows);
    connect(m_whys, &QAbstractItemModel::dataChanged, this, &DiscussionPage::updateWhyRows);
    // Tallies edited elsewhere re-rank the concerns; the page stays on its
    // concern and says where it now stands.
    connect(m_ranked, &QAbstractItemModel::layoutChanged, this, &DiscussionPage::rankingChanged);
    connect(m_ranked, &QAbstractItemModel::rowsInserted, this, &DiscussionPage::rankingChanged);
    connect(m_ranked, &QAbstractItemModel::rowsRemoved, this, &DiscussionPage::rankingChanged);
    connect(m_ranked, &QAbstractItemModel::modelReset, this, &DiscussionPage::rankingChanged);
    connect(m_ranked, &QAbstractItemModel::dataChanged, this, &DiscussionPage::updateHeader);
    connect(flow, &SessionFlow::detailsChanged, this, &DiscussionPage::updateKindTexts);
    connect(flow->countdown(), &Countdown::changed, this, &DiscussionPage::updateCountdown);
    connect(flow->countdown(), &Countdown::ticked, this, &DiscussionPage::updateCountdown);

    m_rootCause->installEventFilter(this);
    setFocusProxy(m_notes);
    // Tab follows the discussion: notes and avoidance on the left, then the
    // whys, root cause and mitigations on the right, then the footer.
    QList<QWidget *> order{m_discussed, m_notes, m_avoidance};
    for (const WhyRow &row : m_whyRows)
        order << row.question << row.answer << row.remove;
    order << m_rootCause << m_mitigations << m_addAction << m_timeboxMinutes << m_timeboxButton;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateKindTexts();
    updateCountdown();
    showConcern(concernIdAt(0));
}

QPlainTextEdit *DiscussionPage::addTextField(const QString &accessibleName,
                                             ConcernField concernField,
                                             DiscussionField discussionField)
{
    auto *editor = new QPlainTextEdit(this);
    editor->setFont(scaled(font(), 1.6));
    editor->setAccessibleName(accessibleName);
    editor->setTabChangesFocus(true);
    // The session's stack is the one history; the editor keeps none.
    editor->setUndoRedoEnabled(false);
    letSessionUndoThrough(editor);
    m_textFields.append({editor, concernField, discussionField});
    const TextField field = m_textFields.constLast();
    connect(editor, &QPlainTextEdit::textChanged, this, [this, field] { textEdited(field); });
    return editor;
}

void DiscussionPage::buildWhyRows(QWidget *parent)
{
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    const QFont editorFont = scaled(font(), 1.5);
    for (int i = 0; i < int(m_whyRows.size()); ++i) {
        WhyRow &row = m_whyRows[size_t(i)];
        row.box = new QWidget(parent);
        auto *grid = new QGridLayout(row.box);
        grid->setContentsMargins(0, 2, 0, 2);
        grid->setVerticalSpacing(2);
        row.number = new PlainLabel(QString::number(i + 1) + QLatin1Char('.'), row.box);
        row.number->setFont(scaled(font(), 1.5, true));
        row.question = new QLineEdit(row.box);
        row.question->setFont(editorFont);
        row.question->setAccessibleName(tr("Why %1").arg(i + 1));
        row.question->setPlaceholderText(i == 0 ? tr("Why did this happen?") : tr("Why was that?"));
        row.answer = new QLineEdit(row.box);
        row.answer->setFont(editorFont);
        row.answer->setAccessibleName(tr("Answer %1").arg(i + 1));
        row.answer->setPlaceholderText(tr("Because…"));
        row.remove = new QToolButton(row.box);
        row.remove->setText(tr("Remove"));
        row.remove->setToolTip(tr("Remove why %1").arg(i + 1));
        // Tab goes from answer to the next why without stopping here.
        row.remove->setFocusPolicy(Qt::NoFocus);
        grid->addWidget(row.number, 0, 0, Qt::AlignTop);
        grid->addWidget(row.question, 0, 1);
        grid->addWidget(row.remove, 0, 2);
        // The answer under its question, marked so the pair reads as one.
        auto *because = new PlainLabel(QStringLiteral("→"), row.box);
        because->setFont(row.number->font());
        grid->addWidget(because, 1, 0, Qt::AlignRight);
        grid->addWidget(row.answer, 1, 1, 1, 2);
        grid->setColumnStretch(1, 1);
        letSessionUndoThrough(row.question);
        letSessionUndoThrough(row.answer);
        connect(row.question, &QLineEdit::textEdited, this,
                [this, i](const QString &text) { whyEdited(i, WhyModel::QuestionColumn, text); });
        connect(row.answer, &QLineEdit::textEdited, this,
                [this, i](const QString &text) { whyEdited(i, WhyModel::AnswerColumn, text); });
        // Leaving the chain's last answer is when it has ended.
        connect(row.answer, &QLineEdit::editingFinished, this, [this, i] {
            if (i == m_whys->rowCount() - 1)
                followChainIntoRootCause();
        });
        connect(row.remove, &QToolButton::clicked, this, [this, i] { removeWhy(i); });
        row.box->hide();
        layout->addWidget(row.box);
    }
}

QAction *DiscussionPage::addShortcut(const QString &text, const QKeySequence &keys,
                                     void (DiscussionPage::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

int DiscussionPage::concernCount() const
{
    return m_ranked->rowCount();
}

qint64 DiscussionPage::concernIdAt(int rank) const
{
    if (rank < 0 || rank >= m_ranked->rowCount())
        return 0;
    return m_ranked->index(rank, 0).data(ConcernModel::ConcernIdRole).toLongLong();
}

int DiscussionPage::currentRank() const
{
    for (int rank = 0; rank < m_ranked->rowCount(); ++rank) {
        if (concernIdAt(rank) == m_concernId)
            return rank;
    }
    return -1;
}

QVector<qint64> DiscussionPage::rankedIds() const
{
    QVector<qint64> ids;
    for (int rank = 0; rank < concernCount(); ++rank)
        ids.append(concernIdAt(rank));
    return ids;
}

qint64 DiscussionPage::firstUndiscussedId() const
{
    const ConcernModel *concerns = m_flow->concerns();
    for (int rank = 0; rank < concernCount(); ++rank) {
        const qint64 id = concernIdAt(rank);
        const int row = concerns->rowOfConcern(id);
        if (row >= 0 && !concerns->concerns().at(row).discussed)
            return id;
    }
    return concernIdAt(0);
}

void DiscussionPage::showNext()
{
    const int rank = currentRank();
    if (rank + 1 < concernCount()) {
        showConcern(concernIdAt(rank + 1));
        m_rankingWhenMoved = rankedIds();
    } else {
        say(tr("This is the last concern."));
    }
}

void DiscussionPage::showPrevious()
{
    const int rank = currentRank();
    if (rank > 0) {
        showConcern(concernIdAt(rank - 1));
        m_rankingWhenMoved = rankedIds();
    } else {
        say(tr("This is the first concern."));
    }
}

void DiscussionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Arriving at the discussion picks up where it stands: the first concern
    // not yet discussed, most written first. The page may have been built
    // long before (during sharing, say), when the ranking was another one.
    // A concern the facilitator moved to by hand is kept while the ranking
    // is as it was then.
    if (currentRank() >= 0 && !m_rankingWhenMoved.isEmpty() && m_rankingWhenMoved == rankedIds())
        return;
    m_rankingWhenMoved.clear();
    const qint64 start = firstUndiscussedId();
    if (start != m_concernId)
        showConcern(start);
}

bool DiscussionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rootCause && event->type() == QEvent::FocusIn)
        selectFollowedRootCause();
    return QWidget::eventFilter(watched, event);
}

void DiscussionPage::selectFollowedRootCause()
{
    // A root cause filled in from the chain's last answer arrives selected
    // whole, as any field entered with Tab does: typing replaces it, End or
    // an arrow keeps it to write on. It is real text, not a placeholder,
    // because the method makes the chain's end the root cause unless
    // another is named, and the summary must say so even if nobody types.
    if (!m_followedAnswer.isEmpty() && m_rootCause->toPlainText() == m_followedAnswer)
        m_rootCause->selectAll();
}

void DiscussionPage::showConcern(qint64 concernId)
{
    if (m_concernId)
        followChainIntoRootCause();
    m_concernId = concernId;
    m_flow->setDiscussionConcernId(concernId);
    m_followedAnswer.clear();
    say(QString());
    m_whys->setConcern(concernId);
    reloadConcern();
    // A root cause taken from the chain keeps following it when the chain grows.
    for (const Why &why : m_whys->whys()) {
        if (!m_concern.rootCause.isEmpty() && why.answer == m_concern.rootCause)
            m_followedAnswer = why.answer;
    }
    updateActions();
    for (const TextField &field : std::as_const(m_textFields))
        field.editor->setEnabled(concernId != 0);
    m_discussed->setEnabled(concernId != 0);
    m_addAction->setEnabled(concernId != 0);
    QWidget *focus = focusWidget();
    if (focus && !focus->isVisibleTo(this))
        m_notes->setFocus(Qt::OtherFocusReason);
}

void DiscussionPage::rankingChanged()
{
    if (m_concernId && currentRank() < 0) {
        // Merged away or taken back by undo: the next in line takes its
        // place, and nothing more is written to the one that went.
        m_concernId = 0;
        showConcern(concernIdAt(0));
        return;
    }
    if (!m_concernId && concernCount() > 0) {
        showConcern(concernIdAt(0));
        return;
    }
    updateHeader();
}

void DiscussionPage::reloadConcern()
{
    m_concern = m_concernId ? m_flow->store()->concern(m_concernId).value_or(Concern()) : Concern();
    for (const TextField &field : std::as_const(m_textFields)) {
        const QString stored = m_concern.discussion(field.discussionField);
        if (field.editor->toPlainText() == stored)
            continue;
        const int position = field.editor->textCursor().position();
        const QSignalBlocker blocker(field.editor);
        field.editor->setPlainText(stored);
        QTextCursor cursor = field.editor->textCursor();
        cursor.setPosition(qMin(position, int(stored.size())));
        field.editor->setTextCursor(cursor);
    }
    {
        const QSignalBlocker blocker(m_discussed);
        m_discussed->setChecked(m_concern.discussed);
    }
    updateHeader();
}

void DiscussionPage::updateHeader()
{
    const int rank = currentRank();
    if (!m_concernId || rank < 0) {
        m_position->setText(tr("Nothing to discuss yet"));
        m_tally->clear();
        showHeadline(tr("Concerns recorded during sharing appear here, most written first."));
        return;
    }
    m_position->setText(tr("%1 of %2").arg(rank + 1).arg(concernCount()));
    const int tally = m_ranked->index(rank, 0).data(ConcernModel::TallyRole).toInt();
    // Spelled out for 1 so the room reads English without a plural file.
    m_tally->setText(tally == 1 ? tr("Written by 1 person")
                                : tr("Written by %n people", nullptr, tally));
    showHeadline(m_concern.summary);
}

void DiscussionPage::showHeadline(const QString &text)
{
    // The concern is the headline the room reads, but a long one set that
    // large would push the notes and whys off a laptop screen.
    const int length = text.size();
    const qreal size = length <= 80 ? 2.8 : length <= 160 ? 2.0 : 1.5;
    m_summary->setFont(scaled(font(), size, true));
    m_summary->setText(text);
}

void DiscussionPage::updateKindTexts()
{
    const bool postMortem = m_flow->details().kind == SessionKind::PostMortem;
    m_avoidanceLabel->setText(postMortem ? tr("What let this happen, and how do we recover faster?")
                                         : tr("How could it have been avoided?"));
}

void DiscussionPage::textEdited(const TextField &field)
{
    if (!m_concernId)
        return;
    const QString before = m_concern.discussion(field.discussionField);
    const QString typed = field.editor->toPlainText();
    if (typed == before)
        return;
    m_flow->history()->record(new SetConcernFieldCommand(m_flow->store(), m_concernId,
                                                         field.concernField, before, typed));
}

QLineEdit *DiscussionPage::whyQuestionField(int row) const
{
    return row >= 0 && row < int(m_whyRows.size()) ? m_whyRows[size_t(row)].question : nullptr;
}

QLineEdit *DiscussionPage::whyAnswerField(int row) const
{
    return row >= 0 && row < int(m_whyRows.size()) ? m_whyRows[size_t(row)].answer : nullptr;
}

void DiscussionPage::whyEdited(int row, int column, const QString &text)
{
    if (row < m_whys->rowCount())
        m_whys->setData(m_whys->index(row, column), text);
}

void DiscussionPage::updateWhyRows()
{
    const int count = m_whys->rowCount();
    for (int i = 0; i < int(m_whyRows.size()); ++i) {
        const WhyRow &row = m_whyRows[size_t(i)];
        const bool shown = i < count;
        if (shown) {
            setLineText(row.question, m_whys->index(i, WhyModel::QuestionColumn).data().toString());
            setLineText(row.answer, m_whys->index(i, WhyModel::AnswerColumn).data().toString());
        } else {
            row.question->clear();
            row.answer->clear();
        }
        row.box->setVisible(shown);
    }
    m_noWhys->setVisible(m_concernId && count == 0);
    m_whyCount->setText(m_concernId ? tr("%1 of %2").arg(count).arg(WhyModel::MaximumWhys)
                                    : QString());
    const QString last = m_whys->lastAnswer();
    m_rootCause->setPlaceholderText(last.isEmpty() ? tr("Where the chain of whys ends")
                                                   : tr("From the last answer: %1").arg(last));
}

void DiscussionPage::addWhy()
{
    if (!m_concernId)
        return;
    if (!m_whys->canAddWhy()) {
        say(tr("A chain has at most five whys; the last answer is the root cause."), true);
        return;
    }
    if (!m_whys->addWhy()) {
        say(tr("The why could not be saved."), true);
        return;
    }
    say(QString());
    m_whyRows[size_t(m_whys->rowCount() - 1)].question->setFocus(Qt::ShortcutFocusReason);
}

void DiscussionPage::removeWhy(int row)
{
    m_whys->removeWhy(row);
    if (!focusWidget() || !focusWidget()->isVisibleTo(this))
        m_rootCause->setFocus(Qt::OtherFocusReason);
}

void DiscussionPage::followChainIntoRootCause()
{
    if (!m_concernId)
        return;
    const QString last = m_whys->lastAnswer().trimmed();
    const QString current = m_concern.rootCause;
    // A root cause the facilitator typed is theirs; only an empty one, or
    // one still reading an earlier last answer, follows the chain.
    if (last.isEmpty() || last == current || (!current.isEmpty() && current != m_followedAnswer))
        return;
    m_followedAnswer = last;
    // A step of its own, so typing over it and then Undo brings it back
    // rather than emptying the root cause (typing would merge into a plain
    // field edit).
    auto *command = new CompoundCommand(
        m_flow->store(), SetConcernFieldCommand::fieldEditText(ConcernField::RootCause, last));
    command->addStep(new SetConcernFieldCommand(m_flow->store(), m_concernId,
                                                ConcernField::RootCause, current, last));
    m_flow->history()->record(command);
}

void DiscussionPage::toggleDiscussed()
{
    if (m_concernId)
        m_discussed->toggle();
}

void DiscussionPage::addActionFromCurrent()
{
    if (!m_concernId) {
        say(tr("There is no concern to link an action to."), true);
        return;
    }
    const std::optional<NewAction> action = m_askAction(this, m_concern);
    if (!action)
        return;
    const QString text = action->text.trimmed();
    if (text.isEmpty()) {
        say(tr("An action needs a text saying what will be done; nothing was added."), true);
        return;
    }
    if (m_flow->addAction(action->text, action->owner, action->due, m_concernId))
        say(tr("Action added: %1").arg(text));
    else
        say(tr("The action “%1” was not saved; press Ctrl+Shift+A to try again.").arg(text), true);
}

void DiscussionPage::updateActions()
{
    QStringList texts;
    if (m_concernId) {
        for (const ActionItem &item : m_flow->store()->actions(m_flow->sessionId())) {
            if (item.concernId == m_concernId)
                texts << QStringLiteral("• ") + item.text;
        }
    }
    m_actions->setText(texts.isEmpty()
                           ? tr("No actions yet (Ctrl+Shift+A adds one).")
                           : tr("Actions:") + QLatin1Char('\n') + texts.join(QLatin1Char('\n')));
}

void DiscussionPage::startTimebox()
{
    m_flow->startCountdown(m_timeboxMinutes->value());
}

void DiscussionPage::updateCountdown()
{
    const Countdown *countdown = m_flow->countdown();
    if (countdown->state() == Countdown::State::Idle) {
        m_countdown->clear();
        return;
    }
    // Labelled, so the room knows whose clock it is.
    const QString time = Countdown::format(countdown->remainingMs());
    m_countdown->setText(countdown->isOvertime() ? tr("Timebox over: %1").arg(time)
                                                 : tr("Timebox: %1").arg(time));
}

void DiscussionPage::say(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(
        problem ? QStringLiteral("color: %1;").arg(Theme::signalColours(palette()).problem.name())
                : QString());
}
