#include "store.h"

#include "actionrows.h"
#include "concernrows.h"
#include "participantrows.h"
#include "sessionrows.h"
#include "storeconnection.h"
#include "timelinerows.h"
#include "transferrows.h"

qint64 RemovedRows::id() const
{
    return value(QStringLiteral("id")).toLongLong();
}

QVariant RemovedRows::value(const QString &column) const
{
    if (rows.isEmpty())
        return {};
    const int index = int(rows.constFirst().columns.indexOf(column));
    return index < 0 ? QVariant() : rows.constFirst().values.at(index);
}

Store::Batch::Batch(Store *store, const QString &failureMessage, const QString &subject)
    : m_store(store)
    , m_failureMessage(failureMessage)
    , m_subject(subject)
{
    m_store->m_connection->enterBatch();
}

Store::Batch::~Batch()
{
    if (!m_done)
        commit(false);
}

bool Store::Batch::commit(bool ok)
{
    if (m_done)
        return false;
    m_done = true;
    return m_store->m_connection->leaveBatch(ok, m_failureMessage, m_subject);
}

Store::Store(const QString &connectionName, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<StoreConnection>(*this, connectionName))
    , m_sessions(std::make_unique<SessionRows>(*this, *m_connection))
    , m_participants(std::make_unique<ParticipantRows>(*this, *m_connection))
    , m_concerns(std::make_unique<ConcernRows>(*this, *m_connection, *m_sessions))
    , m_actions(std::make_unique<ActionRows>(*this, *m_connection))
    , m_timelines(std::make_unique<TimelineRows>(*this, *m_connection))
    , m_transfers(std::make_unique<TransferRows>(*this, *m_connection))
{}

Store::~Store() = default;

void Store::setPendingIntegrityCheck(std::shared_ptr<IntegrityCheck> check)
{
    m_connection->setPendingIntegrityCheck(std::move(check));
}

void Store::setClock(const Clock *clock)
{
    m_connection->setClock(clock);
}

QDateTime Store::nowUtc() const
{
    return m_connection->nowUtc();
}

int Store::failedWrites() const
{
    return m_connection->failedWrites();
}

QString Store::lastError() const
{
    return m_connection->lastError();
}

QVector<Team> Store::teams() const
{
    return m_sessions->teams();
}

qint64 Store::addTeam(const QString &name, const Team &restoring)
{
    return m_sessions->addTeam(name, restoring);
}

bool Store::removeTeam(qint64 teamId)
{
    return m_sessions->removeTeam(teamId);
}

bool Store::renameTeam(qint64 teamId, const QString &name,
                       const std::optional<QString> &expectedName)
{
    return m_sessions->renameTeam(teamId, name, expectedName);
}

QVector<Participant> Store::usualParticipants(qint64 sessionId) const
{
    return m_participants->usualParticipants(sessionId);
}

QVector<SessionSummary> Store::sessions() const
{
    return m_sessions->sessions();
}

QVector<SessionSummary> Store::sessionsAfter(const SessionSummary *after, int limit) const
{
    return m_sessions->sessionsAfter(after, limit);
}

std::optional<SessionSummary> Store::session(qint64 id) const
{
    return m_sessions->session(id);
}

std::optional<SessionDetails> Store::sessionDetails(qint64 id) const
{
    return m_sessions->sessionDetails(id);
}

qint64 Store::createSession(SessionKind kind, const QString &title,
                            const SessionDefaults &sessionDefaults, qint64 teamId)
{
    return m_sessions->createSession(kind, title, sessionDefaults, teamId);
}

bool Store::renameSession(qint64 id, const QString &title,
                          const std::optional<QString> &expectedTitle)
{
    return m_sessions->renameSession(id, title, expectedTitle);
}

qint64 Store::duplicateSession(qint64 sourceId, const QString &title)
{
    return m_sessions->duplicateSession(sourceId, title);
}

bool Store::setSessionDeleted(qint64 id, bool deleted)
{
    return m_sessions->setSessionDeleted(id, deleted);
}

int Store::purgeDeletedSessions()
{
    return m_sessions->purgeDeletedSessions();
}

bool Store::setSessionField(qint64 id, SessionField field, const QVariant &value,
                            const std::optional<QVariant> &expected)
{
    return m_sessions->setSessionField(id, field, value, expected);
}

bool Store::setPhase(qint64 id, Phase phase, const QDateTime &when,
                     const std::optional<TurnState> &startTurn)
{
    return m_sessions->setPhase(id, phase, when, startTurn);
}

bool Store::setTurn(qint64 sessionId, const TurnState &turn)
{
    return m_sessions->setTurn(sessionId, turn);
}

bool Store::setTimer(qint64 sessionId, const TimerRecord &timer)
{
    return m_sessions->setTimer(sessionId, timer);
}

QVector<PromptTemplate> Store::templates(SessionKind kind) const
{
    return m_sessions->templates(kind);
}

qint64 Store::saveTemplate(const PromptTemplate &promptTemplate)
{
    return m_sessions->saveTemplate(promptTemplate);
}

QVector<Participant> Store::participants(qint64 sessionId) const
{
    return m_participants->participants(sessionId);
}

qint64 Store::addParticipant(const Participant &participant, int index)
{
    return m_participants->addParticipant(participant, index);
}

bool Store::removeParticipant(qint64 participantId, RemovedRows *removed)
{
    return m_participants->removeParticipant(participantId, removed);
}

bool Store::restoreParticipant(const RemovedRows &removed, int index)
{
    return m_participants->restoreParticipant(removed, index);
}

bool Store::setParticipantField(qint64 participantId, ParticipantField field, const QVariant &value,
                                const std::optional<QVariant> &expected)
{
    return m_participants->setParticipantField(participantId, field, value, expected);
}

bool Store::setParticipantName(qint64 participantId, const QString &name)
{
    return m_participants->setParticipantName(participantId, name);
}

bool Store::setParticipantRole(qint64 participantId, const QString &role)
{
    return m_participants->setParticipantRole(participantId, role);
}

bool Store::setParticipantPresent(qint64 participantId, bool present)
{
    return m_participants->setParticipantPresent(participantId, present);
}

bool Store::setParticipantNothingLeft(qint64 participantId, bool nothingLeft)
{
    return m_participants->setParticipantNothingLeft(participantId, nothingLeft);
}

bool Store::moveParticipant(qint64 sessionId, int from, int to, qint64 expectedId)
{
    return m_participants->moveParticipant(sessionId, from, to, expectedId);
}

bool Store::hasSpoken(qint64 participantId) const
{
    return m_participants->hasSpoken(participantId);
}

QVector<Concern> Store::concerns(qint64 sessionId) const
{
    return m_concerns->concerns(sessionId);
}

std::optional<Concern> Store::concern(qint64 concernId) const
{
    return m_concerns->concern(concernId);
}

qint64 Store::recordConcern(const Concern &concern, const TurnState &turnAfter)
{
    return m_concerns->recordConcern(concern, turnAfter);
}

bool Store::removeConcern(qint64 concernId, const TurnState &turnAfter, RemovedRows *removed)
{
    return m_concerns->removeConcern(concernId, turnAfter, removed);
}

bool Store::restoreConcern(const RemovedRows &removed, const TurnState &turnAfter)
{
    return m_concerns->restoreConcern(removed, turnAfter);
}

bool Store::setConcernField(qint64 concernId, ConcernField field, const QVariant &value,
                            const std::optional<QVariant> &expected)
{
    return m_concerns->setConcernField(concernId, field, value, expected);
}

bool Store::setConcernSummary(qint64 concernId, const QString &summary)
{
    return m_concerns->setConcernSummary(concernId, summary);
}

bool Store::setConcernMergedInto(qint64 concernId, qint64 intoId)
{
    return m_concerns->setConcernMergedInto(concernId, intoId);
}

bool Store::setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text)
{
    return m_concerns->setConcernDiscussion(concernId, field, text);
}

QVector<Why> Store::whys(qint64 concernId) const
{
    return m_concerns->whys(concernId);
}

qint64 Store::addWhy(const Why &why, int index)
{
    return m_concerns->addWhy(why, index);
}

bool Store::removeWhy(qint64 whyId, RemovedRows *removed)
{
    return m_concerns->removeWhy(whyId, removed);
}

bool Store::restoreWhy(const RemovedRows &removed, int index)
{
    return m_concerns->restoreWhy(removed, index);
}

bool Store::setWhy(qint64 whyId, const QString &question, const QString &answer)
{
    return m_concerns->setWhy(whyId, question, answer);
}

bool Store::updateWhy(const Why &before, const Why &after)
{
    return m_concerns->updateWhy(before, after);
}

QVector<ActionItem> Store::actions(qint64 sessionId) const
{
    return m_actions->actions(sessionId);
}

std::optional<ActionItem> Store::action(qint64 actionId) const
{
    return m_actions->action(actionId);
}

qint64 Store::addAction(const ActionItem &item, int index)
{
    return m_actions->addAction(item, index);
}

bool Store::removeAction(qint64 actionId, RemovedRows *removed)
{
    return m_actions->removeAction(actionId, removed);
}

bool Store::restoreAction(const RemovedRows &removed, int index)
{
    return m_actions->restoreAction(removed, index);
}

bool Store::updateAction(const ActionItem &before, const ActionItem &after)
{
    return m_actions->updateAction(before, after);
}

bool Store::moveAction(qint64 sessionId, int from, int to, qint64 expectedId)
{
    return m_actions->moveAction(sessionId, from, to, expectedId);
}

QVector<FollowUpItem> Store::allActions() const
{
    return m_actions->allActions();
}

QVector<ReviewItem> Store::actionsToReview(qint64 sessionId) const
{
    return m_actions->actionsToReview(sessionId);
}

bool Store::setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome, ActionStatus status,
                      const std::optional<ActionStatus> &expectedStatus)
{
    return m_actions->setReview(sessionId, actionId, outcome, status, expectedStatus);
}

QVector<TimelineEntry> Store::timeline(qint64 sessionId) const
{
    return m_timelines->timeline(sessionId);
}

qint64 Store::addTimelineEntry(const TimelineEntry &entry, int index)
{
    return m_timelines->addTimelineEntry(entry, index);
}

bool Store::removeTimelineEntry(qint64 entryId, RemovedRows *removed)
{
    return m_timelines->removeTimelineEntry(entryId, removed);
}

bool Store::restoreTimelineEntry(const RemovedRows &removed, int index)
{
    return m_timelines->restoreTimelineEntry(removed, index);
}

bool Store::setTimelineEntry(qint64 entryId, const QString &happenedAt, const QString &description)
{
    return m_timelines->setTimelineEntry(entryId, happenedAt, description);
}

bool Store::updateTimelineEntry(const TimelineEntry &before, const TimelineEntry &after)
{
    return m_timelines->updateTimelineEntry(before, after);
}

QVector<StoredRow> Store::rowsOfSessions(const QVector<qint64> &sessionIds) const
{
    return m_transfers->rowsOfSessions(sessionIds);
}

QHash<QString, StoredRow> Store::rowsByUuid(const QString &table, const QStringList &uuids) const
{
    return m_transfers->rowsByUuid(table, uuids);
}

QHash<QString, QString> Store::reviewsByPair(const QStringList &sessionUuids) const
{
    return m_transfers->reviewsByPair(sessionUuids);
}

QHash<QString, int> Store::whyCounts(const QStringList &concernUuids) const
{
    return m_transfers->whyCounts(concernUuids);
}

QHash<qint64, QString> Store::uuidsOf(const QString &table, const QVector<qint64> &ids) const
{
    return m_transfers->uuidsOf(table, ids);
}

QHash<QString, QString> Store::sharedFingerprints(const QStringList &uuids) const
{
    return m_transfers->sharedFingerprints(uuids);
}

bool Store::recordShared(const QHash<QString, QString> &fingerprints)
{
    return m_transfers->recordShared(fingerprints);
}

bool Store::applyImport(ImportPlan *plan)
{
    return m_transfers->applyImport(plan);
}

bool Store::revertImport(const ImportPlan &plan)
{
    return m_transfers->revertImport(plan);
}
