#include "sharingpage.h"

#include "appsettings.h"
#include "plainlabel.h"

#include "concernmodel.h"
#include "dialogs.h"
#include "fieldbinding.h"
#include "participantmodel.h"
#include "sessionflow.h"
#include "theme.h"

#include <QAction>

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace {

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QString minutes(qint64 ms)
{
    return QString::number(qAbs(ms) / 60000);
}

} // namespace

SharingPage::SharingPage(SessionFlow *flow, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_dialogs(dialogs)
    , m_banner(new PlainLabel(this))
    , m_stats(new PlainLabel(this))
    , m_overrun(new PlainLabel(this))
    , m_summary(new QLineEdit(this))
    , m_hands(new QSpinBox(this))
    , m_tally(new PlainLabel(this))
    , m_category(new QComboBox(this))
    , m_hint(new PlainLabel(this))
    , m_problem(new PlainLabel(this))
    , m_recent(new QTableView(this))
    , m_clock(new QTimer(this))
{
    // Read from the back of the room.
    m_banner->setFont(scaled(font(), 2.6, true));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Whose turn it is"));
    m_stats->setFont(scaled(font(), 1.5));
    m_overrun->setFont(scaled(font(), 1.4, true));
    m_overrun->setWordWrap(true);
    m_overrun->setAutoFillBackground(true);
    m_overrun->setContentsMargins(12, 8, 12, 8);
    m_overrun->hide();

    m_summary->setFont(scaled(font(), 1.8));
    m_summary->setPlaceholderText(tr("What they said, in a few words; Enter records it"));
    m_summary->setAccessibleName(tr("Concern summary"));
    // The long placeholder must not set the width of the page.
    m_summary->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    m_summary->installEventFilter(this);
    // Alt+digit sets the hands and Ctrl+digit the category from anywhere on
    // the page; as actions, Help ▸ Keyboard Shortcuts lists them.
    for (int hands = 0; hands <= 9; ++hands) {
        auto *action = new QAction(tr("%n Raised Hand(s)", nullptr, hands), this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + hands)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setProperty("menuGroup", tr("Raised &Hands"));
        connect(action, &QAction::triggered, this, [this, hands] { m_hands->setValue(hands); });
        addAction(action);
    }
    // Only post-mortems sort concerns into categories.
    if (flow->details().kind == SessionKind::PostMortem) {
        for (int category = 0; category <= int(ConcernCategory::Other); ++category) {
            auto *action = new QAction(
                tr("Category: %1").arg(Domain::categoryName(ConcernCategory(category))), this);
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + category)));
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            action->setProperty("menuGroup", tr("&Category"));
            connect(action, &QAction::triggered, this, [this, category] { setCategory(category); });
            addAction(action);
        }
    }
    letSessionUndoThrough(m_summary);
    connect(m_summary, &QLineEdit::returnPressed, this, &SharingPage::record);
    connect(m_summary, &QLineEdit::textChanged, this, &SharingPage::updateHint);

    m_hands->setFont(scaled(font(), 1.8));
    m_hands->setRange(0, 99);
    m_hands->setAccessibleName(tr("Raised hands"));
    m_hands->setToolTip(tr("Up and Down in the summary change the hands; Alt+digit sets them"));
    connect(m_hands, &QSpinBox::valueChanged, this, &SharingPage::updateTally);
    m_hands->installEventFilter(this);
    m_tally->setFont(scaled(font(), 1.5));
    m_tally->setWordWrap(true);

    m_category->addItem(Domain::categoryName(ConcernCategory::None), int(ConcernCategory::None));
    for (ConcernCategory category : Domain::categories())
        m_category->addItem(Domain::categoryName(category), int(category));
    m_category->setFont(scaled(font(), 1.3));
    m_category->setAccessibleName(tr("Category"));
    m_category->setToolTip(tr("Ctrl+1 to Ctrl+4 choose a category, Ctrl+0 none"));
    m_category->setVisible(flow->details().kind == SessionKind::PostMortem);

    m_hint->setWordWrap(true);
    m_hint->setFont(scaled(font(), 1.3));
    m_hint->setAccessibleName(tr("Blameless hint"));
    m_problem->setWordWrap(true);
    m_problem->setFont(scaled(font(), 1.2, true));
    m_problem->setAccessibleName(tr("Problem"));
    applySignalColours();

    m_recent->setModel(flow->concerns());
    m_recent->setFont(scaled(font(), 1.5));
    m_recent->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves on to the next control; the arrows move between cells.
    m_recent->setTabKeyNavigation(false);
    m_recent->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_recent->verticalHeader()->hide();
    m_recent->setAccessibleName(tr("Concerns shared so far"));
    QHeaderView *header = m_recent->horizontalHeader();
    header->setSectionResizeMode(ConcernModel::SummaryColumn, QHeaderView::Stretch);
    m_recent->setColumnHidden(ConcernModel::SpeakerColumn, !flow->details().attributeConcerns);
    m_recent->setColumnHidden(ConcernModel::CategoryColumn,
                              flow->details().kind != SessionKind::PostMortem);
    connect(flow->concerns(), &QAbstractItemModel::rowsInserted, m_recent,
            [this] { m_recent->scrollToBottom(); });

    auto *record = new QPushButton(tr("Record (Enter)"), this);
    auto *pass = new QPushButton(tr("Pass (Alt+P)"), this);
    auto *nothingLeft = new QPushButton(tr("Nothing left (Alt+L)"), this);
    auto *absent = new QPushButton(tr("Left the room (Alt+A)"), this);
    auto *joined = new QPushButton(tr("Someone joined (Alt+J)"), this);
    auto *merge = new QPushButton(tr("Merge duplicate (Alt+M)"), this);
    auto *stop = new QPushButton(tr("Stop or resume sharing (Alt+S)"), this);
    connect(record, &QPushButton::clicked, this, &SharingPage::record);
    connect(pass, &QPushButton::clicked, this, &SharingPage::pass);
    connect(nothingLeft, &QPushButton::clicked, this, &SharingPage::nothingLeft);
    connect(absent, &QPushButton::clicked, this, &SharingPage::markSpeakerAbsent);
    connect(joined, &QPushButton::clicked, this, &SharingPage::addLateArrival);
    connect(merge, &QPushButton::clicked, this, &SharingPage::mergeConcern);
    connect(stop, &QPushButton::clicked, this, &SharingPage::toggleStopped);
    // A click leaves the keyboard with the summary; Tab still reaches them,
    // in the order they are read, before the list below them.
    QWidget *previous = m_category;
    for (QPushButton *button : {record, pass, nothingLeft, absent, joined, merge, stop}) {
        button->setFocusPolicy(Qt::TabFocus);
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_recent);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_summary, 1);
    auto *handsLabel = new PlainLabel(tr("Han&ds"), this);
    handsLabel->setFont(scaled(font(), 1.5));
    handsLabel->setBuddy(m_hands);
    entry->addWidget(handsLabel);
    entry->addWidget(m_hands);
    entry->addWidget(m_category);

    // Two rows: the turn's own buttons, then the rarer ones; in German with
    // larger type one row would not fit a laptop's width.
    auto *buttons = new QGridLayout;
    const QList<QPushButton *> turnButtons{record, pass, nothingLeft, absent};
    const QList<QPushButton *> otherButtons{joined, merge, stop};
    for (int i = 0; i < turnButtons.size(); ++i)
        buttons->addWidget(turnButtons.at(i), 0, i);
    for (int i = 0; i < otherButtons.size(); ++i)
        buttons->addWidget(otherButtons.at(i), 1, i);
    buttons->setColumnStretch(int(turnButtons.size()), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(m_banner);
    layout->addWidget(m_stats);
    layout->addWidget(m_overrun);
    layout->addLayout(entry);
    layout->addWidget(m_tally);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    layout->addWidget(m_recent, 1);

    connect(flow, &SessionFlow::turnChanged, this, &SharingPage::refresh);
    connect(flow, &SessionFlow::detailsChanged, this, &SharingPage::refresh);
    connect(flow->participants(), &QAbstractItemModel::dataChanged, this, &SharingPage::refresh);
    connect(flow->participants(), &QAbstractItemModel::rowsInserted, this, &SharingPage::refresh);
    connect(flow->concerns(), &QAbstractItemModel::rowsInserted, this, &SharingPage::refresh);
    connect(flow->concerns(), &QAbstractItemModel::rowsRemoved, this, &SharingPage::refresh);
    // The timebox warning follows the clock, not edits.
    m_clock->setInterval(15000);
    connect(m_clock, &QTimer::timeout, this, &SharingPage::updateOverrun);
    m_clock->start();
    setFocusProxy(m_summary);
    refresh();
}

void SharingPage::applySignalColours()
{
    // The theme's own amber and red, which read on its background.
    const Theme::SignalColours colours = Theme::signalColours(palette());
    QPalette warning = m_overrun->palette();
    warning.setColor(QPalette::Window, colours.warning);
    warning.setColor(QPalette::WindowText, colours.onWarning);
    m_overrun->setPalette(warning);
    QPalette problem = m_problem->palette();
    problem.setColor(QPalette::WindowText, colours.problem);
    m_problem->setPalette(problem);
}

void SharingPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applySignalColours();
}

void SharingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_summary->setFocus();
    refresh();
}

QString SharingPage::bannerText(const SessionFlow &flow)
{
    const qint64 speaker = flow.currentSpeakerId();
    if (!flow.isSharingStarted())
        return tr("Sharing starts with %1")
            .arg(flow.participantName(RoundRobin::start(flow.seats()).speakerId));
    if (flow.turn().stopped)
        return tr("Sharing stopped in round %1").arg(flow.turn().round);
    if (speaker == 0)
        return tr("Sharing is complete: nobody has anything left");
    const qint64 next = flow.nextSpeakerId();
    QString text = tr("Now: %1").arg(flow.participantName(speaker));
    if (next != 0 && next != speaker)
        text += tr(" · Next: %1").arg(flow.participantName(next));
    text += tr(" · Round %1").arg(flow.turn().round);
    return text;
}

void SharingPage::refresh()
{
    const int shared = m_flow->concerns()->unmergedCount();
    m_banner->setText(bannerText(*m_flow));
    m_stats->setText(tr("%n concern(s) shared", nullptr, shared) + QStringLiteral(" · ") +
                     tr("%n person(s) still have items", nullptr, m_flow->peopleWithItems()));
    // No more hands than the others present can go up; a count that was
    // possible when typed and is no longer (someone left) is refused on Enter.
    m_hands->setMaximum(std::max(0, m_flow->maximumHands()));
    // A refusal speaks of the turn it was given in: once the turn moves on
    // it no longer applies ("complete" beside a new "Now: …").
    if (m_problem->isVisible() && m_problemTurn != m_flow->turn())
        showProblem({});
    updateTally();
    updateHint();
    updateOverrun();
}

void SharingPage::updateTally()
{
    const qint64 speaker = m_flow->currentSpeakerId();
    if (speaker == 0) {
        m_tally->clear();
        return;
    }
    const int hands = m_hands->value();
    m_tally->setText(tr("Wrote it: %1 (%2 and %n raised hand(s))", nullptr, hands)
                         .arg(hands + 1)
                         .arg(m_flow->participantName(speaker)));
}

void SharingPage::updateHint()
{
    QStringList present;
    for (const Participant &participant : m_flow->participants()->participants()) {
        if (participant.present)
            present.append(participant.name);
    }
    // The list is read again only after the settings changed.
    if (m_settingsRevision != AppSettings::revision()) {
        m_settingsRevision = AppSettings::revision();
        m_hints.setPhrases(AppSettings::blamelessPhrases());
    }
    const BlamelessHints::Hint hint = m_hints.check(m_summary->text(), present);
    m_hint->setText(hint.message);
    m_hint->setVisible(hint.kind != BlamelessHints::Hint::None);
}

void SharingPage::updateOverrun()
{
    const SessionDetails &details = m_flow->details();
    const bool sharingRuns = m_flow->isSharingStarted() && m_flow->currentSpeakerId() != 0;
    const qint64 over = m_flow->sharingOverrunMs();
    if (!sharingRuns || over <= 0) {
        m_overrun->hide();
        return;
    }
    const qint64 left = m_flow->discussionTimeLeftMs();
    QString text = tr("Sharing has run %1 of its %2 minutes.")
                       .arg(minutes(m_flow->sharingElapsedMs()))
                       .arg(details.sharingMinutes) +
                   QLatin1Char(' ');
    text += left > 0 ? tr("%n minute(s) left for discussion: consider moving on (Ctrl+PgDown).",
                          nullptr, int(left / 60000))
                     : tr("The time planned for discussion is used up: consider moving on "
                          "(Ctrl+PgDown).");
    m_overrun->setText(text);
    m_overrun->show();
}

void SharingPage::showProblem(const QString &problem)
{
    m_problemTurn = m_flow->turn();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        QApplication::beep();
}

void SharingPage::record()
{
    const auto category = ConcernCategory(m_category->currentData().toInt());
    const QString problem = m_flow->recordConcern(m_summary->text(), m_hands->value(), category);
    showProblem(problem);
    if (!problem.isEmpty())
        return;
    // setText() rather than clear(): the field's own undo history goes, so
    // the next Ctrl+Z takes back the recorded concern.
    m_summary->setText(QString());
    m_hands->setValue(0);
    m_summary->setFocus();
}

void SharingPage::pass()
{
    showProblem({});
    m_flow->pass();
}

void SharingPage::nothingLeft()
{
    showProblem({});
    m_flow->nothingLeft();
}

void SharingPage::markSpeakerAbsent()
{
    showProblem({});
    if (const qint64 speaker = m_flow->currentSpeakerId())
        m_flow->setPresent(speaker, false);
}

void SharingPage::addLateArrival()
{
    showProblem({});
    const QString answer =
        m_dialogs->askText(this, tr("Someone Joined"),
                           tr("Name of the late arrival (a role may follow a comma):"), {});
    const QString name = answer.section(QLatin1Char(','), 0, 0).trimmed();
    if (name.isEmpty())
        return;
    // They take the last seat and speak when the turn reaches it.
    if (!m_flow->addLateArrival(name, answer.section(QLatin1Char(','), 1).trimmed()))
        showProblem(tr("“%1” was not added; press Alt+J to try again.").arg(answer.trimmed()));
    m_summary->setFocus();
}

void SharingPage::toggleStopped()
{
    showProblem({});
    if (m_flow->turn().stopped)
        m_flow->resumeSharing();
    else
        m_flow->stopSharing();
}

void SharingPage::setCategory(int category)
{
    const int index = m_category->findData(category);
    if (index >= 0 && m_category->isVisible())
        m_category->setCurrentIndex(index);
}

void SharingPage::mergeConcern()
{
    ConcernModel *concerns = m_flow->concerns();
    // The selected concern, or else the one recorded last.
    int row = m_recent->currentIndex().isValid() && m_recent->hasFocus()
                  ? m_recent->currentIndex().row()
                  : -1;
    if (row < 0) {
        for (int candidate = concerns->rowCount() - 1; candidate >= 0; --candidate) {
            if (!concerns->concerns().at(candidate).mergedIntoId) {
                row = candidate;
                break;
            }
        }
    }
    if (row <= 0) {
        showProblem(tr("There is no earlier concern to merge into."));
        return;
    }
    const Concern duplicate = concerns->concerns().at(row);
    QStringList items;
    QVector<qint64> ids;
    for (int earlier = 0; earlier < row; ++earlier) {
        const Concern &concern = concerns->concerns().at(earlier);
        if (concern.mergedIntoId)
            continue;
        items.append(tr("#%1 %2 (%3 wrote it)")
                         .arg(concern.position)
                         .arg(concern.summary)
                         .arg(concerns->tally(concern.id)));
        ids.append(concern.id);
    }
    if (items.isEmpty()) {
        showProblem(tr("There is no earlier concern to merge into."));
        return;
    }
    const int chosen = m_dialogs->choose(this, tr("Merge Duplicate"),
                                         tr("“%1” is the same as:").arg(duplicate.summary), items,
                                         int(items.size()) - 1);
    if (chosen < 0)
        return;
    showProblem({});
    concerns->merge(duplicate.id, ids.at(chosen));
    m_summary->setFocus();
}

bool SharingPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (watched == m_summary && modifiers == Qt::NoModifier) {
        // Hands go up and down while the summary is typed.
        if (key->key() == Qt::Key_Up) {
            m_hands->stepUp();
            return true;
        }
        if (key->key() == Qt::Key_Down) {
            m_hands->stepDown();
            return true;
        }
    }
    if (watched == m_hands && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        record();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
