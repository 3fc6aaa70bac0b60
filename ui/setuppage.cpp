#include "setuppage.h"

#include "dialogs.h"
#include "fieldbinding.h"
#include "participantmodel.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "store.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QSpinBox *minutesBox(QWidget *parent, int maximum)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, maximum);
    box->setSuffix(QCoreApplication::translate("SetupPage", " min"));
    box->setAccelerated(true);
    box->setMaximumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000 min")) * 2);
    return box;
}

} // namespace

SetupPage::SetupPage(SessionFlow *flow, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_dialogs(dialogs)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_addUsual(new QPushButton(this))
    , m_addUsualAction(new QAction(tr("Add the &Usual Participants"), this))
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_participants(new QTableView(this))
    , m_duplicateWarning(new PlainLabel(this))
    , m_planned(minutesBox(this, 600))
    , m_timeboxSum(new PlainLabel(this))
{
    bindField(m_title, flow, SessionField::Title);
    m_title->setAccessibleName(tr("Session title"));
    m_kind->addItem(Domain::kindName(SessionKind::PreMortem), int(SessionKind::PreMortem));
    m_kind->addItem(Domain::kindName(SessionKind::PostMortem), int(SessionKind::PostMortem));
    m_kind->setAccessibleName(tr("Kind of session"));
    m_kind->setToolTip(tr("Can change until sharing starts"));
    connect(m_kind, &QComboBox::activated, this,
            [this](int index) { m_flow->setKind(SessionKind(m_kind->itemData(index).toInt())); });

    // The team decides which earlier sessions are reviewed and who the
    // usual participants are.
    m_team->setAccessibleName(tr("Team"));
    m_team->setToolTip(tr("The team this session belongs to: its review and its usual "
                          "participants come from the team's earlier sessions"));
    // Names can be long; the list opens as wide as they are.
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_team->setMinimumContentsLength(16);
    connect(m_team, &QComboBox::activated, this, &SetupPage::chooseTeam);
    auto *newTeam = new QPushButton(tr("Ne&w Team…"), this);
    newTeam->setToolTip(tr("Make a team for this session and move it there"));
    connect(newTeam, &QPushButton::clicked, this, &SetupPage::askForNewTeam);
    auto *renameTeam = new QPushButton(tr("&Rename Team…"), this);
    renameTeam->setToolTip(tr("Rename this session's team, in every session of the team"));
    connect(renameTeam, &QPushButton::clicked, this, &SetupPage::askToRenameTeam);
    connect(flow->store(), &Store::teamsChanged, this, &SetupPage::fillTeams);

    // One key seats everyone who usually comes; whoever is absent is then
    // removed with Delete. In the Session menu while Set-up is shown.
    m_addUsualAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_addUsualAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_addUsualAction, &QAction::triggered, this, &SetupPage::addUsualParticipants);
    addAction(m_addUsualAction);
    connect(m_addUsual, &QPushButton::clicked, this, &SetupPage::addUsualParticipants);

    m_name->setPlaceholderText(tr("Name, then Enter"));
    m_name->setAccessibleName(tr("New participant's name"));
    m_role->setPlaceholderText(tr("Role (optional)"));
    m_role->setAccessibleName(tr("New participant's role"));
    // Ctrl+Z in an empty field takes back the last edit, not the last typing.
    letSessionUndoThrough(m_name);
    letSessionUndoThrough(m_role);
    connect(m_name, &QLineEdit::returnPressed, this, &SetupPage::addParticipant);
    connect(m_role, &QLineEdit::returnPressed, this, &SetupPage::addParticipant);
    auto *add = new QPushButton(tr("Add"), this);
    connect(add, &QPushButton::clicked, this, &SetupPage::addParticipant);

    ParticipantModel *model = flow->participants();
    m_participants->setModel(model);
    m_participants->setAccessibleName(tr("Participants in seat order"));
    // The room checks its names on the shared screen.
    QFont peopleFont = m_participants->font();
    peopleFont.setPointSizeF(peopleFont.pointSizeF() * 1.3);
    m_participants->setFont(peopleFont);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Tab moves on to the timeboxes; the arrows move between cells.
    m_participants->setTabKeyNavigation(false);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->setEditTriggers(QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::DoubleClicked);
    m_participants->setDragDropMode(QAbstractItemView::InternalMove);
    m_participants->setDragEnabled(true);
    m_participants->setAcceptDrops(true);
    m_participants->setDropIndicatorShown(true);
    m_participants->setDefaultDropAction(Qt::MoveAction);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantModel::NameColumn,
                                                             QHeaderView::Stretch);
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantModel::RoleColumn,
                                                             QHeaderView::Stretch);
    // Wide enough for "Present" in any language; a room holds few people.
    m_participants->horizontalHeader()->setSectionResizeMode(ParticipantModel::PresentColumn,
                                                             QHeaderView::ResizeToContents);
    m_participants->setToolTip(
        tr("Alt+Up and Alt+Down change the seat order; Space marks present or absent; Delete "
           "removes someone who has not spoken yet; F2 edits."));

    // Seat order, presence and removal by keyboard, on the list itself.
    auto addKey = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_participants->addAction(action);
    };
    addKey(tr("Move Up a Seat"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveSelected(-1); });
    addKey(tr("Move Down a Seat"), QKeySequence(Qt::ALT | Qt::Key_Down),
           [this] { moveSelected(1); });
    addKey(tr("Remove Participant"), QKeySequence(Qt::Key_Delete), [this] { removeSelected(); });
    addKey(tr("Present or Absent"), QKeySequence(Qt::Key_Space),
           [this] { toggleSelectedPresent(); });

    m_duplicateWarning->setWordWrap(true);
    m_duplicateWarning->setStyleSheet(QStringLiteral("font-weight: bold"));
    connect(model, &QAbstractItemModel::rowsInserted, this, &SetupPage::updateWarnings);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SetupPage::updateWarnings);
    connect(model, &QAbstractItemModel::dataChanged, this, &SetupPage::updateWarnings);
    connect(model, &QAbstractItemModel::modelReset, this, &SetupPage::updateWarnings);
    // Who is seated decides who is left to add.
    connect(model, &QAbstractItemModel::rowsInserted, this, &SetupPage::updateUsualParticipants);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SetupPage::updateUsualParticipants);
    connect(model, &QAbstractItemModel::dataChanged, this, &SetupPage::updateUsualParticipants);
    connect(model, &QAbstractItemModel::modelReset, this, &SetupPage::updateUsualParticipants);

    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_name, 2);
    newRow->addWidget(m_role, 1);
    newRow->addWidget(add);

    auto *usualRow = new QHBoxLayout;
    usualRow->addWidget(m_addUsual);
    usualRow->addStretch(1);

    auto *people = new QVBoxLayout;
    auto *peopleLabel = new PlainLabel(tr("&Participants, in seat order"), this);
    peopleLabel->setBuddy(m_name);
    people->addWidget(peopleLabel);
    people->addLayout(newRow);
    people->addLayout(usualRow);
    people->addWidget(m_participants, 1);
    people->addWidget(m_duplicateWarning);

    // The hour, split into phases.
    m_planned->setAccessibleName(tr("Planned length"));
    bindField(m_planned, flow, SessionField::PlannedMinutes);
    auto *times = new QFormLayout;
    auto *titleLabel = new PlainLabel(tr("&Title"), this);
    titleLabel->setBuddy(m_title);
    times->addRow(tr("Planned length"), m_planned);
    const struct
    {
        SessionField field;
        const char *label;
    } boxes[] = {
        {SessionField::SceneMinutes, QT_TR_NOOP("Scene")},
        {SessionField::WritingMinutes, QT_TR_NOOP("Private writing")},
        {SessionField::SharingMinutes, QT_TR_NOOP("Round-robin sharing")},
        {SessionField::DiscussionMinutes, QT_TR_NOOP("Discussion")},
        {SessionField::ActionsMinutes, QT_TR_NOOP("Actions and close")},
    };
    for (const auto &box : boxes) {
        QSpinBox *minutes = minutesBox(this, 240);
        minutes->setAccessibleName(tr(box.label));
        bindField(minutes, flow, box.field);
        times->addRow(tr(box.label), minutes);
    }
    times->addRow(QString(), m_timeboxSum);
    connect(flow, &SessionFlow::detailsChanged, this, &SetupPage::updateTimeboxSum);
    connect(flow, &SessionFlow::detailsChanged, this, &SetupPage::updateKind);
    connect(flow, &SessionFlow::turnChanged, this, &SetupPage::updateKind);
    connect(flow, &SessionFlow::detailsChanged, this, [this] {
        if (m_team->currentData().toLongLong() == m_flow->details().teamId)
            return;
        fillTeams();
        updateUsualParticipants();
    });

    auto *timeColumn = new QVBoxLayout;
    timeColumn->addLayout(times);
    timeColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(people, 3);
    columns->addSpacing(24);
    columns->addLayout(timeColumn, 2);

    // Title and kind on one line, the team under them.
    auto *heading = new QGridLayout;
    heading->addWidget(titleLabel, 0, 0);
    heading->addWidget(m_title, 0, 1);
    auto *kindLabel = new PlainLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    heading->addWidget(kindLabel, 0, 2);
    heading->addWidget(m_kind, 0, 3);
    auto *teamLabel = new PlainLabel(tr("Tea&m"), this);
    teamLabel->setBuddy(m_team);
    heading->addWidget(teamLabel, 1, 0);
    auto *teamRow = new QHBoxLayout;
    teamRow->addWidget(m_team);
    teamRow->addWidget(newTeam);
    teamRow->addWidget(renameTeam);
    teamRow->addStretch(1);
    heading->addLayout(teamRow, 1, 1, 1, 3);
    heading->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    // The team belongs with the title, apart from the people in the room.
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(columns, 1);

    setTabOrder(m_title, m_kind);
    setTabOrder(m_kind, m_team);
    setTabOrder(m_team, newTeam);
    setTabOrder(newTeam, renameTeam);
    setTabOrder(renameTeam, m_name);
    setTabOrder(m_name, m_role);
    setTabOrder(m_role, add);
    setTabOrder(add, m_addUsual);
    setTabOrder(m_addUsual, m_participants);
    setTabOrder(m_participants, m_planned);
    // Arriving on the page, the facilitator types the first name.
    setFocusProxy(m_name);
    updateWarnings();
    updateTimeboxSum();
    updateKind();
    fillTeams();
    updateUsualParticipants();
}

void SetupPage::showEvent(QShowEvent *event)
{
    // Another session of the team may have seated people since.
    updateUsualParticipants();
    QWidget::showEvent(event);
}

void SetupPage::fillTeams()
{
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    for (const Team &team : m_flow->store()->teams())
        m_team->addItem(team.name, team.id);
    m_team->setCurrentIndex(m_team->findData(m_flow->details().teamId));
}

void SetupPage::chooseTeam(int index)
{
    m_flow->setField(SessionField::Team, m_team->itemData(index));
}

void SetupPage::askForNewTeam()
{
    if (!m_dialogs)
        return;
    const QString name =
        m_dialogs
            ->askText(this, tr("New Team"),
                      tr("Name of the new team. This session moves into it; the sessions "
                         "before it stay where they are."),
                      QString())
            .trimmed();
    if (name.isEmpty())
        return;
    // A name that is taken means that team: two teams of one name could not
    // be told apart in any list.
    for (const Team &team : m_flow->store()->teams()) {
        if (team.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_flow->setField(SessionField::Team, team.id);
            return;
        }
    }
    m_flow->moveToNewTeam(name);
}

void SetupPage::askToRenameTeam()
{
    if (!m_dialogs)
        return;
    const QString current = m_team->currentText();
    const QString name =
        m_dialogs
            ->askText(this, tr("Rename Team"),
                      tr("New name for “%1”, in every session of the team:").arg(current), current)
            .trimmed();
    if (name.isEmpty() || name == current)
        return;
    for (const Team &team : m_flow->store()->teams()) {
        if (team.id != m_flow->details().teamId &&
            team.name.compare(name, Qt::CaseInsensitive) == 0) {
            m_dialogs->warn(this, tr("Rename Team"),
                            tr("There is already a team called “%1”. Choose it in the Team list "
                               "to move this session there.")
                                .arg(team.name));
            return;
        }
    }
    m_flow->renameTeam(name);
}

void SetupPage::addUsualParticipants()
{
    ParticipantModel *model = m_flow->participants();
    const int firstAdded = model->rowCount();
    if (model->addUsualParticipants() == 0)
        return;
    // Next comes removing whoever is absent: Delete, on the list.
    m_participants->setFocus();
    m_participants->setCurrentIndex(model->index(firstAdded, ParticipantModel::NameColumn));
}

void SetupPage::updateUsualParticipants()
{
    const QVector<Participant> usual = m_flow->store()->usualParticipants(m_flow->sessionId());
    const QString keys = m_addUsualAction->shortcut().toString(QKeySequence::NativeText);
    m_addUsual->setEnabled(!usual.isEmpty());
    m_addUsualAction->setEnabled(!usual.isEmpty());
    if (usual.isEmpty()) {
        m_addUsual->setText(tr("No usual participants to add"));
        m_addUsual->setAccessibleName(m_addUsual->text());
        m_addUsual->setToolTip(tr("The usual participants are the people of the team's three "
                                  "latest earlier sessions who are not seated here yet."));
        return;
    }
    // A few names say who they are; the rest are in the tooltip. A name as
    // long as a paragraph must not make the page wider than the screen.
    const QFontMetrics metrics = m_addUsual->fontMetrics();
    const int nameWidth = metrics.averageCharWidth() * 16;
    QStringList shown;
    QStringList everyone;
    for (const Participant &person : usual) {
        // An & in a name is shown, not taken for a mnemonic.
        if (shown.size() < 3)
            shown << metrics.elidedText(person.name, Qt::ElideRight, nameWidth)
                         .replace(QLatin1Char('&'), QLatin1String("&&"));
        everyone << person.name;
    }
    if (usual.size() > shown.size())
        shown << QStringLiteral("…");
    const QString text = tr("Add the usual participants (%1): %2");
    m_addUsual->setText(text.arg(usual.size()).arg(shown.join(QLatin1String(", "))));
    // Read out in full: every name, as typed.
    m_addUsual->setAccessibleName(text.arg(usual.size()).arg(everyone.join(QLatin1String(", "))));
    m_addUsual->setToolTip(
        Domain::plainToolTip(tr("%1 adds %2. Then Delete removes whoever is absent.")
                                 .arg(keys, everyone.join(QLatin1String(", ")))));
}

void SetupPage::updateKind()
{
    const int index = m_kind->findData(int(m_flow->details().kind));
    if (index != m_kind->currentIndex())
        m_kind->setCurrentIndex(index);
    // Once people have shared, the kind of session they spoke in stays.
    m_kind->setEnabled(!m_flow->isSharingStarted());
}

void SetupPage::addParticipant()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_name->setFocus();
        return;
    }
    // A name that could not be saved stays in the field to try again; the
    // window says why.
    if (!m_flow->addLateArrival(name, m_role->text()))
        return;
    // setText() rather than clear(): the fields' own undo history goes, so
    // the next Ctrl+Z takes back the participant, not the typing.
    m_name->setText(QString());
    m_role->setText(QString());
    m_name->setFocus();
    const int last = m_flow->participants()->rowCount() - 1;
    if (last >= 0)
        m_participants->setCurrentIndex(m_flow->participants()->index(last, 0));
}

void SetupPage::moveSelected(int delta)
{
    const QModelIndex current = m_participants->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (m_flow->participants()->moveParticipant(current.row(), to))
        m_participants->setCurrentIndex(m_flow->participants()->index(to, current.column()));
}

void SetupPage::removeSelected()
{
    const QModelIndex current = m_participants->currentIndex();
    if (!current.isValid())
        return;
    const Participant participant = m_flow->participants()->participants().at(current.row());
    // Their concerns keep their speaker; someone who spoke can only leave.
    if (m_flow->store()->hasSpoken(participant.id)) {
        m_flow->setPresent(participant.id, false);
        return;
    }
    m_flow->participants()->removeParticipant(current.row());
}

void SetupPage::toggleSelectedPresent()
{
    const QModelIndex current = m_participants->currentIndex();
    if (!current.isValid())
        return;
    const Participant participant = m_flow->participants()->participants().at(current.row());
    m_flow->setPresent(participant.id, !participant.present);
}

void SetupPage::updateWarnings()
{
    const QStringList names = m_flow->participants()->indistinguishableNames();
    m_duplicateWarning->setVisible(!names.isEmpty());
    if (!names.isEmpty())
        m_duplicateWarning->setText(
            tr("Two participants are called %1 with nothing to tell them apart. Add a role or an "
               "initial, so the room knows whose turn it is.")
                .arg(names.join(QLatin1String(", "))));
}

void SetupPage::updateTimeboxSum()
{
    const SessionDetails &details = m_flow->details();
    const int sum = details.timeboxTotal();
    if (sum == details.plannedMinutes)
        m_timeboxSum->setText(tr("The phases add up to the planned %1 minutes.").arg(sum));
    else if (sum > details.plannedMinutes)
        m_timeboxSum->setText(tr("The phases add up to %1 minutes: %2 more than planned.")
                                  .arg(sum)
                                  .arg(sum - details.plannedMinutes));
    else
        m_timeboxSum->setText(tr("The phases add up to %1 minutes: %2 less than planned.")
                                  .arg(sum)
                                  .arg(details.plannedMinutes - sum));
}
