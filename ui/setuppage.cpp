#include "setuppage.h"

#include "fieldbinding.h"
#include "participantmodel.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "store.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
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

SetupPage::SetupPage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
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

    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_name, 2);
    newRow->addWidget(m_role, 1);
    newRow->addWidget(add);

    auto *people = new QVBoxLayout;
    auto *peopleLabel = new PlainLabel(tr("&Participants, in seat order"), this);
    peopleLabel->setBuddy(m_name);
    people->addWidget(peopleLabel);
    people->addLayout(newRow);
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

    auto *timeColumn = new QVBoxLayout;
    timeColumn->addLayout(times);
    timeColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(people, 3);
    columns->addSpacing(24);
    columns->addLayout(timeColumn, 2);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(titleLabel);
    titleRow->addWidget(m_title, 1);
    auto *kindLabel = new PlainLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    titleRow->addWidget(kindLabel);
    titleRow->addWidget(m_kind);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(columns, 1);

    setTabOrder(m_title, m_kind);
    setTabOrder(m_kind, m_name);
    setTabOrder(m_name, m_role);
    setTabOrder(m_role, add);
    setTabOrder(add, m_participants);
    setTabOrder(m_participants, m_planned);
    // Arriving on the page, the facilitator types the first name.
    setFocusProxy(m_name);
    updateWarnings();
    updateTimeboxSum();
    updateKind();
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
