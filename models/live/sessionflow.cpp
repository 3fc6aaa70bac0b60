#include "sessionflow.h"

#include "actioncommands.h"
#include "clock.h"
#include "concernmodel.h"
#include "countdown.h"
#include "livecommands.h"
#include "participantmodel.h"
#include "sessioncommands.h"
#include "store.h"

#include "edithistory.h"

#include <algorithm>

namespace {

QString timerStateKey(Countdown::State state)
{
    switch (state) {
    case Countdown::State::Idle:
        return QStringLiteral("idle");
    case Countdown::State::Running:
        return QStringLiteral("running");
    case Countdown::State::Paused:
        return QStringLiteral("paused");
    }
    return QStringLiteral("idle");
}

Countdown::State timerStateFromKey(const QString &key)
{
    if (key == QLatin1String("running"))
        return Countdown::State::Running;
    if (key == QLatin1String("paused"))
        return Countdown::State::Paused;
    return Countdown::State::Idle;
}

} // namespace

SessionFlow::SessionFlow(Store *store, EditHistory *history, qint64 sessionId, Clock *clock,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_history(history)
    , m_sessionId(sessionId)
    , m_clock(clock)
    , m_participants(new ParticipantModel(store, history, sessionId, this))
    , m_concerns(new ConcernModel(store, history, sessionId, this))
    , m_countdown(new Countdown(clock, this))
{
    reloadDetails();

    connect(store, &Store::sessionDetailsChanged, this, [this](qint64 id) {
        if (id == m_sessionId)
            reloadDetails();
    });
    connect(store, &Store::turnChanged, this, [this](qint64 id) {
        if (id != m_sessionId)
            return;
        reloadDetails();
        emit turnChanged();
    });
    connect(store, &Store::sessionReplaced, this, [this](qint64 id) {
        if (id != m_sessionId)
            return;
        reloadDetails();
        emit turnChanged();
    });
    // A change of seats during sharing (set-up edits, a late arrival) moves
    // the turn in the same step and the same transaction, so what the room
    // sees is always true and undo takes back both.
    m_participants->setTurnFollower([this]() -> StoreCommand * {
        if (!isSharingStarted())
            return nullptr;
        return new ReconcileTurnCommand(m_store, m_sessionId, seats(), m_details.turn);
    });

    m_restoringCountdown = true;
    const TimerRecord &timer = m_details.timer;
    if (timer.state != QLatin1String("idle") || timer.durationMs > 0)
        m_countdown->restore(timerStateFromKey(timer.state), timer.durationMs, timer.endAtUtc,
                             timer.pausedRemainingMs);
    m_restoringCountdown = false;
    followPhaseWithCountdown();
    connect(m_countdown, &Countdown::changed, this, &SessionFlow::saveCountdown);
}

SessionFlow::~SessionFlow() = default;

void SessionFlow::reloadDetails()
{
    if (const std::optional<SessionDetails> details = m_store->sessionDetails(m_sessionId)) {
        m_details = *details;
        emit detailsChanged();
    }
}

QDateTime SessionFlow::nowUtc() const
{
    return m_clock ? m_clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

void SessionFlow::setPhase(Phase phase)
{
    if (phase == m_details.phase)
        return;
    // Moving on is navigation, not an edit, so it is not on the undo stack;
    // arriving at sharing starts the round-robin in the same transaction.
    std::optional<TurnState> startTurn;
    if (phase == Phase::Sharing && !isSharingStarted())
        startTurn = RoundRobin::start(seats());
    if (!m_store->setPhase(m_sessionId, phase, nowUtc(), startTurn))
        return;
    followPhaseWithCountdown();
}

void SessionFlow::followPhaseWithCountdown()
{
    // Each phase's clock belongs to its phase: the writing countdown does
    // not run on into sharing and discussion, and a phase arrived at shows
    // its own timebox, ready to start.
    if (m_details.timer.phase == Domain::phaseKey(m_details.phase) &&
        (m_countdown->state() != Countdown::State::Idle || m_countdown->durationMs() > 0))
        return;
    m_countdown->prepare(qint64(timeboxMinutes(m_details.phase)) * 60 * 1000);
}

int SessionFlow::timeboxMinutes(Phase phase) const
{
    switch (phase) {
    case Phase::Review:
    case Phase::Setup:
    case Phase::Scene:
        return m_details.sceneMinutes;
    case Phase::Writing:
        return m_details.writingMinutes;
    case Phase::Sharing:
    case Phase::Ranked:
        return m_details.sharingMinutes;
    case Phase::Discussion:
        return 0;
    case Phase::Actions:
    case Phase::Summary:
        return m_details.actionsMinutes;
    }
    return 0;
}

void SessionFlow::toggleCountdown()
{
    switch (m_countdown->state()) {
    case Countdown::State::Idle:
        m_countdown->start(m_countdown->durationMs() > 0
                               ? m_countdown->durationMs()
                               : qint64(timeboxMinutes(m_details.phase)) * 60 * 1000);
        break;
    case Countdown::State::Running:
        m_countdown->pause();
        break;
    case Countdown::State::Paused:
        m_countdown->resume();
        break;
    }
}

void SessionFlow::setField(SessionField field, const QVariant &value)
{
    const bool isText = field <= SessionField::IncidentResolution;
    const QVariant old =
        isText ? QVariant(m_details.text(field)) : QVariant(m_details.number(field));
    if ((isText && old.toString() == value.toString()) ||
        (!isText && old.toLongLong() == value.toLongLong()))
        return;
    m_history->record(new SetSessionFieldCommand(m_store, m_sessionId, field, old, value));
}

void SessionFlow::addTemplateSteps(CompoundCommand *command, const PromptTemplate &promptTemplate)
{
    if (m_details.scene != promptTemplate.scene)
        command->addStep(new SetSessionFieldCommand(m_store, m_sessionId, SessionField::Scene,
                                                    m_details.scene, promptTemplate.scene));
    if (m_details.writingPrompts != promptTemplate.writingPrompts)
        command->addStep(
            new SetSessionFieldCommand(m_store, m_sessionId, SessionField::WritingPrompts,
                                       m_details.writingPrompts, promptTemplate.writingPrompts));
}

qint64 SessionFlow::moveToNewTeam(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    auto *command = new MoveToNewTeamCommand(m_store, m_sessionId, m_details.teamId, trimmed);
    if (!m_history->record(command))
        return 0;
    return command->teamId();
}

bool SessionFlow::renameTeam(const QString &name)
{
    const QString trimmed = name.trimmed();
    const QVector<Team> teams = m_store->teams();
    const auto team = std::find_if(teams.cbegin(), teams.cend(), [this](const Team &team) {
        return team.id == m_details.teamId;
    });
    if (trimmed.isEmpty() || team == teams.cend() || team->name == trimmed)
        return false;
    return m_history->record(new RenameTeamCommand(m_store, team->id, team->name, trimmed));
}

void SessionFlow::applyTemplate(const PromptTemplate &promptTemplate)
{
    auto command = std::make_unique<CompoundCommand>(
        m_store, tr("Use template “%1”").arg(promptTemplate.name));
    addTemplateSteps(command.get(), promptTemplate);
    if (!command->isEmpty())
        m_history->record(command.release());
}

void SessionFlow::setKind(SessionKind kind)
{
    if (kind == m_details.kind)
        return;
    const PromptTemplate oldDefaults = Domain::defaultTemplate(m_details.kind);
    const bool untouched = m_details.scene == oldDefaults.scene &&
                           m_details.writingPrompts == oldDefaults.writingPrompts;
    auto *command = new CompoundCommand(m_store, tr("Make it a %1").arg(Domain::kindName(kind)));
    command->addStep(new SetSessionFieldCommand(m_store, m_sessionId, SessionField::Kind,
                                                int(m_details.kind), int(kind)));
    if (untouched)
        addTemplateSteps(command, Domain::defaultTemplate(kind));
    m_history->record(command);
}

qint64 SessionFlow::saveAsTemplate(const QString &name)
{
    PromptTemplate promptTemplate;
    promptTemplate.kind = m_details.kind;
    promptTemplate.name = name.trimmed();
    promptTemplate.scene = m_details.scene;
    promptTemplate.writingPrompts = m_details.writingPrompts;
    if (promptTemplate.name.isEmpty())
        return 0;
    return m_store->saveTemplate(promptTemplate);
}

QVector<Seat> SessionFlow::seats() const
{
    QVector<Seat> result;
    for (const Participant &participant : m_participants->participants())
        result.append({participant.id, participant.present, participant.nothingLeft});
    return result;
}

bool SessionFlow::isSharingComplete() const
{
    return RoundRobin::isComplete(seats(), m_details.turn);
}

qint64 SessionFlow::currentSpeakerId() const
{
    return isSharingComplete() ? 0 : m_details.turn.speakerId;
}

qint64 SessionFlow::nextSpeakerId() const
{
    return RoundRobin::nextSpeaker(seats(), m_details.turn);
}

QString SessionFlow::participantName(qint64 participantId) const
{
    const int row = m_participants->rowOfParticipant(participantId);
    return row < 0 ? QString() : m_participants->participants().at(row).name;
}

int SessionFlow::presentCount() const
{
    int count = 0;
    for (const Participant &participant : m_participants->participants())
        count += participant.present ? 1 : 0;
    return count;
}

int SessionFlow::peopleWithItems() const
{
    return RoundRobin::peopleWithItems(seats());
}

int SessionFlow::maximumHands() const
{
    return qMax(0, presentCount() - 1);
}

void SessionFlow::startSharing()
{
    if (isSharingStarted())
        return;
    auto *command =
        new SetTurnCommand(m_store, m_sessionId, m_details.turn, RoundRobin::start(seats()));
    command->setText(tr("Start sharing"));
    m_history->record(command);
}

TurnState SessionFlow::advancedTurn(const QVector<Seat> &seats) const
{
    return RoundRobin::advance(seats, m_details.turn);
}

QString SessionFlow::recordConcern(const QString &summary, int handsRaised,
                                   ConcernCategory category)
{
    const QString text = summary.trimmed();
    // Before sharing has started, the first Enter starts it: one step.
    const QVector<Seat> seated = seats();
    const TurnState current = isSharingStarted() ? m_details.turn : RoundRobin::start(seated);
    const qint64 speaker = RoundRobin::isComplete(seated, current) ? 0 : current.speakerId;
    if (text.isEmpty())
        return tr("Type what %1 said before recording it.").arg(participantName(speaker));
    if (speaker == 0)
        return current.stopped ? tr("Sharing was stopped. Resume it to record more concerns.")
                               : tr("Sharing is complete: everyone present has nothing left.");
    if (handsRaised < 0)
        return tr("The number of raised hands cannot be negative.");
    if (handsRaised > maximumHands())
        return tr("Only %n other person(s) present: no more hands than that can go up.", nullptr,
                  maximumHands());
    Concern concern;
    concern.sessionId = m_sessionId;
    concern.summary = text;
    concern.speakerId = speaker;
    concern.round = current.round;
    concern.handsRaised = handsRaised;
    concern.category = category;
    if (!m_history->record(new RecordConcernCommand(m_store, concern, m_details.turn,
                                                    RoundRobin::advance(seated, current))))
        return tr("Not saved: %1. What you typed is still here; press Enter to try again.")
            .arg(m_store->lastError());
    return {};
}

void SessionFlow::pass()
{
    if (!isSharingStarted()) {
        startSharing();
        return;
    }
    if (currentSpeakerId() == 0)
        return;
    auto *command = new SetTurnCommand(m_store, m_sessionId, m_details.turn, advancedTurn(seats()));
    command->setText(tr("%1 passes").arg(participantName(currentSpeakerId())));
    m_history->record(command);
}

void SessionFlow::nothingLeft()
{
    const qint64 speaker = currentSpeakerId();
    if (speaker == 0)
        return;
    QVector<Seat> after = seats();
    for (Seat &seat : after) {
        if (seat.participantId == speaker)
            seat.nothingLeft = true;
    }
    auto *command =
        new CompoundCommand(m_store, tr("%1 has nothing left").arg(participantName(speaker)));
    command->addStep(new SetParticipantFieldCommand(m_store, speaker, ParticipantField::NothingLeft,
                                                    false, true));
    command->addStep(new SetTurnCommand(m_store, m_sessionId, m_details.turn,
                                        RoundRobin::advance(after, m_details.turn)));
    m_history->record(command);
}

void SessionFlow::setPresent(qint64 participantId, bool present)
{
    const int row = m_participants->rowOfParticipant(participantId);
    if (row < 0 || m_participants->participants().at(row).present == present)
        return;
    const QVector<Seat> before = seats();
    QVector<Seat> after = before;
    after[row].present = present;
    const QString name = participantName(participantId);
    auto *command = new CompoundCommand(m_store, present ? tr("%1 is back").arg(name)
                                                         : tr("%1 left").arg(name));
    command->addStep(new SetParticipantFieldCommand(m_store, participantId,
                                                    ParticipantField::Present, !present, present));
    if (isSharingStarted())
        command->addStep(new SetTurnCommand(m_store, m_sessionId, m_details.turn,
                                            RoundRobin::reconcile(before, after, m_details.turn)));
    m_history->record(command);
}

void SessionFlow::stopSharing()
{
    if (!isSharingStarted() || m_details.turn.stopped)
        return;
    auto *command =
        new SetTurnCommand(m_store, m_sessionId, m_details.turn, RoundRobin::stop(m_details.turn));
    command->setText(tr("Stop sharing"));
    m_history->record(command);
}

void SessionFlow::resumeSharing()
{
    if (!m_details.turn.stopped)
        return;
    auto *command = new SetTurnCommand(m_store, m_sessionId, m_details.turn,
                                       RoundRobin::resume(seats(), m_details.turn));
    command->setText(tr("Resume sharing"));
    m_history->record(command);
}

qint64 SessionFlow::addLateArrival(const QString &name, const QString &role)
{
    // The participant model moves the turn along in the same step.
    return m_participants->addParticipant(name, role);
}

qint64 SessionFlow::addAction(const QString &text, const QString &owner, const QDate &due,
                              qint64 concernId)
{
    ActionItem item;
    item.sessionId = m_sessionId;
    item.concernId = concernId;
    item.text = text.trimmed();
    item.owner = owner.trimmed();
    item.dueDate = due;
    if (item.text.isEmpty())
        return 0;
    auto *command = new AddActionCommand(m_store, item, -1);
    // A command that was saved lives on the stack; one that failed is gone.
    return m_history->record(command) ? command->actionId() : 0;
}

void SessionFlow::startCountdown(int minutes)
{
    m_countdown->start(qint64(minutes) * 60 * 1000);
}

void SessionFlow::saveCountdown()
{
    if (m_restoringCountdown)
        return;
    TimerRecord timer;
    timer.state = timerStateKey(m_countdown->state());
    timer.phase = Domain::phaseKey(m_details.phase);
    timer.durationMs = m_countdown->durationMs();
    timer.endAtUtc = m_countdown->endAtUtc();
    timer.pausedRemainingMs = m_countdown->pausedRemainingMs();
    m_store->setTimer(m_sessionId, timer);
}

qint64 SessionFlow::sharingElapsedMs() const
{
    if (!m_details.sharingStartedAt.isValid())
        return 0;
    // Stopped or complete, sharing's clock stands still.
    const QDateTime until =
        m_details.sharingEndedAt.isValid() ? m_details.sharingEndedAt : nowUtc();
    return qMax<qint64>(0, m_details.sharingStartedAt.msecsTo(until));
}

qint64 SessionFlow::sharingOverrunMs() const
{
    return qMax<qint64>(0, sharingElapsedMs() - qint64(m_details.sharingMinutes) * 60000);
}

qint64 SessionFlow::discussionTimeLeftMs() const
{
    const QDateTime start = m_details.startedAt.isValid() ? m_details.startedAt : nowUtc();
    const QDateTime plannedEnd = start.addSecs(qint64(m_details.plannedMinutes) * 60);
    return nowUtc().msecsTo(plannedEnd) - qint64(m_details.actionsMinutes) * 60000;
}

void SessionFlow::setDiscussionConcernId(qint64 concernId)
{
    if (concernId == m_discussionConcernId)
        return;
    m_discussionConcernId = concernId;
    emit discussionConcernChanged(concernId);
}
