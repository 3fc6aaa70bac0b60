#pragma once

#include "domain.h"
#include "transfer.h"

#include <QObject>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>

class ActionRows;
class Clock;
class ConcernRows;
class IntegrityCheck;
class ParticipantRows;
class SessionRows;
class StoreConnection;
class TimelineRows;
class TransferRows;

// What a removal took out of the database, row by row and column by
// column, so that undo puts back exactly that: the row itself, the rows
// that were deleted with it (an action's reviews, a concern's whys) and the
// references to it that were cleared (actions linked to a concern, concerns
// merged into it, the speaker of a concern).
struct RemovedRows
{
    struct Row
    {
        QString table;
        QStringList columns;
        QVariantList values;
    };
    struct Link
    {
        QString table;
        QString column;
        QVector<qint64> ids; // rows whose column pointed at the removed one
        qint64 target = 0;
    };
    QVector<Row> rows; // the removed row first, then what went with it
    QVector<Link> links;
    qint64 id() const;
    QVariant value(const QString &column) const; // of the removed row
};

// The only place that reads and writes Candor's tables, and the one door to
// them: each aggregate (sessions and teams, participants, concerns and their
// whys, actions and their reviews, the timeline, rows by identity for
// session files) has a part of its own behind it, and all of them share
// one connection and its transaction (StoreConnection). Every write is one
// committed transaction, so an edit that returned is on disk; the signals
// tell item models what changed so they can repaint just that.
//
// One user action is one transaction however many rows it touches: the
// writes made while a Batch is alive join it, and its signals are sent only
// once it has committed. A failed write anywhere in it takes back all of it.
//
// Row ids are never handed out twice (AUTOINCREMENT), and a write to a row
// checks that the row is still there, so an edit can never land on a row
// that is not the one it was made for.
class Store : public QObject
{
    Q_OBJECT

public:
    class Batch
    {
    public:
        // failureMessage is the sentence a person reads when the batch
        // fails: %1 is subject, %2 the reason.
        Batch(Store *store, const QString &failureMessage, const QString &subject);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        // Commits what was written, or, when a write failed or ok is false,
        // takes all of it back and reports it. True when committed.
        bool commit(bool ok = true);

    private:
        Store *m_store;
        QString m_failureMessage;
        QString m_subject;
        bool m_done = false;
    };

    explicit Store(const QString &connectionName, QObject *parent = nullptr);
    ~Store() override;

    // A check still running on the file (Database::OpenResult::pendingCheck):
    // every write waits for it, and none happens if it fails.
    void setPendingIntegrityCheck(std::shared_ptr<IntegrityCheck> check);

    // The time stamps it writes come from clock (the system's when none);
    // it must outlive the store.
    void setClock(const Clock *clock);
    QDateTime nowUtc() const;

    // How many writes (or batches) have failed since the store was made;
    // lets a caller tell whether what it just asked for was saved.
    int failedWrites() const;

    // Sessions, newest first, without those deleted (and not yet purged).
    QVector<SessionSummary> sessions() const;
    // The next page of that list: up to limit sessions older than after
    // (or from the newest when after is null).
    QVector<SessionSummary> sessionsAfter(const SessionSummary *after, int limit) const;
    std::optional<SessionSummary> session(qint64 id) const;

    // Each returns false (or 0) when the write failed; writeFailed() says why
    // and nothing was changed.
    // In teamId, or without one in the team of the newest session.
    qint64 createSession(SessionKind kind, const QString &title,
                         const SessionDefaults &defaults = SessionDefaults(), qint64 teamId = 0);
    // With expectedTitle, only while the title is still that: an edit made
    // since in another view is never overwritten.
    bool renameSession(qint64 id, const QString &title,
                       const std::optional<QString> &expectedTitle = std::nullopt);
    // A fresh session with the same kind, participants, timeboxes and
    // prompts; concerns, discussion and actions stay with the original.
    qint64 duplicateSession(qint64 sourceId, const QString &title);
    // Deleting only hides a session, so the deletion can be undone;
    // purgeDeletedSessions() removes for good what can no longer be undone.
    bool setSessionDeleted(qint64 id, bool deleted);
    int purgeDeletedSessions();

    // Teams by name. A database always has at least one.
    QVector<Team> teams() const;
    // With restoring, puts back that team (its id and identity) as undo
    // took it away.
    qint64 addTeam(const QString &name, const Team &restoring = Team());
    // Takes away a team no session belongs to (undoing its creation).
    bool removeTeam(qint64 teamId);
    // With expectedName, only while the name is still that.
    bool renameTeam(qint64 teamId, const QString &name,
                    const std::optional<QString> &expectedName = std::nullopt);
    // The team's usual participants for a new session: everyone who took
    // part in one of its three latest sessions before this one, in the
    // seat order of the latest, without those already seated here.
    QVector<Participant> usualParticipants(qint64 sessionId) const;

    // One session as the live flow sees it.
    std::optional<SessionDetails> sessionDetails(qint64 id) const;
    // With expected, only while the field still holds that value.
    bool setSessionField(qint64 id, SessionField field, const QVariant &value,
                         const std::optional<QVariant> &expected = std::nullopt);
    // Moving on is navigation, not an edit: it also notes when the session,
    // and sharing, first began, and starts the round-robin with startTurn
    // when given, all in one transaction.
    bool setPhase(qint64 id, Phase phase, const QDateTime &when,
                  const std::optional<TurnState> &startTurn = std::nullopt);
    bool setTurn(qint64 sessionId, const TurnState &turn);
    bool setTimer(qint64 sessionId, const TimerRecord &timer);

    // Participants in seat order.
    QVector<Participant> participants(qint64 sessionId) const;
    // Adds at index in the seat order (-1: at the end).
    qint64 addParticipant(const Participant &participant, int index = -1);
    bool removeParticipant(qint64 participantId, RemovedRows *removed = nullptr);
    // Puts back what removeParticipant() took, at index in the seat order.
    bool restoreParticipant(const RemovedRows &removed, int index);
    bool setParticipantField(qint64 participantId, ParticipantField field, const QVariant &value,
                             const std::optional<QVariant> &expected = std::nullopt);
    bool setParticipantName(qint64 participantId, const QString &name);
    bool setParticipantRole(qint64 participantId, const QString &role);
    bool setParticipantPresent(qint64 participantId, bool present);
    bool setParticipantNothingLeft(qint64 participantId, bool nothingLeft);
    // With expectedId, only while that participant still sits at from.
    bool moveParticipant(qint64 sessionId, int from, int to, qint64 expectedId = 0);
    bool hasSpoken(qint64 participantId) const;

    // Concerns in sharing order, merged ones included.
    QVector<Concern> concerns(qint64 sessionId) const;
    std::optional<Concern> concern(qint64 concernId) const;
    // Records a concern and hands the turn on, in one transaction.
    qint64 recordConcern(const Concern &concern, const TurnState &turnAfter);
    bool removeConcern(qint64 concernId, const TurnState &turnAfter,
                       RemovedRows *removed = nullptr);
    // Puts back what removeConcern() took and hands the turn on again.
    bool restoreConcern(const RemovedRows &removed, const TurnState &turnAfter);
    bool setConcernField(qint64 concernId, ConcernField field, const QVariant &value,
                         const std::optional<QVariant> &expected = std::nullopt);
    bool setConcernSummary(qint64 concernId, const QString &summary);
    bool setConcernMergedInto(qint64 concernId, qint64 intoId);
    bool setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text);

    // The five whys of a concern.
    QVector<Why> whys(qint64 concernId) const;
    // At index in the chain (-1: at the end).
    qint64 addWhy(const Why &why, int index = -1);
    bool removeWhy(qint64 whyId, RemovedRows *removed = nullptr);
    bool restoreWhy(const RemovedRows &removed, int index);
    bool setWhy(qint64 whyId, const QString &question, const QString &answer);
    // Changes what differs between before and after, while those fields
    // still hold before's values.
    bool updateWhy(const Why &before, const Why &after);

    // Action items of a session, in rank order.
    QVector<ActionItem> actions(qint64 sessionId) const;
    std::optional<ActionItem> action(qint64 actionId) const;
    // At index in the rank order (-1: last).
    qint64 addAction(const ActionItem &item, int index = -1);
    bool removeAction(qint64 actionId, RemovedRows *removed = nullptr);
    bool restoreAction(const RemovedRows &removed, int index);
    // Changes the fields (text, owner, due date, status, "right away",
    // linked concern) that differ between before and after, while they
    // still hold before's values; the others are left as they are now.
    bool updateAction(const ActionItem &before, const ActionItem &after);
    // With expectedId, only while that action is still at from.
    bool moveAction(qint64 sessionId, int from, int to, qint64 expectedId = 0);
    // Every action of every session, newest session first, ranks in order.
    QVector<FollowUpItem> allActions() const;

    // The review at the start of a session: open actions of the earlier
    // sessions of its team, plus those this session has reviewed already.
    QVector<ReviewItem> actionsToReview(qint64 sessionId) const;
    // Records (or, with ReviewOutcome::None, forgets) an outcome and sets the
    // action's status, in one transaction; with expectedStatus, only while
    // the action's status is still that.
    bool setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome, ActionStatus status,
                   const std::optional<ActionStatus> &expectedStatus = std::nullopt);

    QVector<TimelineEntry> timeline(qint64 sessionId) const;
    qint64 addTimelineEntry(const TimelineEntry &entry, int index = -1);
    bool removeTimelineEntry(qint64 entryId, RemovedRows *removed = nullptr);
    bool restoreTimelineEntry(const RemovedRows &removed, int index);
    bool setTimelineEntry(qint64 entryId, const QString &happenedAt, const QString &description);
    bool updateTimelineEntry(const TimelineEntry &before, const TimelineEntry &after);

    // The facilitator's own templates (the built-in ones live in Domain).
    QVector<PromptTemplate> templates(SessionKind kind) const;
    qint64 saveTemplate(const PromptTemplate &promptTemplate);

    // Session files. Every row of these sessions and of their teams, the
    // tables in the order of Identity::sharedTables(); reviews only of
    // actions among them; deleted sessions left out.
    QVector<StoredRow> rowsOfSessions(const QVector<qint64> &sessionIds) const;
    // The rows of table with these identities, by identity.
    QHash<QString, StoredRow> rowsByUuid(const QString &table, const QStringList &uuids) const;
    QHash<qint64, QString> uuidsOf(const QString &table, const QVector<qint64> &ids) const;
    // The reviews those sessions hold here, by "session identity|action
    // identity": one review per action and session, whatever its identity.
    QHash<QString, QString> reviewsByPair(const QStringList &sessionUuids) const;
    // How many whys each of those concerns has here.
    QHash<QString, int> whyCounts(const QStringList &concernUuids) const;
    // What rows held when they were last the same here and on the other side
    // of a trip, as fingerprints, by identity.
    QHash<QString, QString> sharedFingerprints(const QStringList &uuids) const;
    bool recordShared(const QHash<QString, QString> &fingerprints);
    // An import in one transaction; revertImport() takes back exactly what
    // applyImport() wrote, while nothing has changed it since.
    bool applyImport(ImportPlan *plan);
    bool revertImport(const ImportPlan &plan);

    QString lastError() const;

signals:
    void sessionAdded(qint64 id);
    void sessionChanged(qint64 id);
    void sessionRemoved(qint64 id);
    void teamsChanged();
    void sessionDetailsChanged(qint64 sessionId);
    void turnChanged(qint64 sessionId);
    void participantAdded(qint64 sessionId, qint64 participantId);
    void participantRemoved(qint64 sessionId, qint64 participantId);
    void participantChanged(qint64 sessionId, qint64 participantId);
    void participantMoved(qint64 sessionId, int from, int to);
    void concernAdded(qint64 sessionId, qint64 concernId);
    void concernRemoved(qint64 sessionId, qint64 concernId);
    void concernChanged(qint64 sessionId, qint64 concernId);
    void timelineChanged(qint64 sessionId);
    void whysChanged(qint64 concernId);
    void actionAdded(qint64 sessionId, qint64 actionId);
    void actionRemoved(qint64 sessionId, qint64 actionId);
    void actionChanged(qint64 sessionId, qint64 actionId);
    void actionMoved(qint64 sessionId, int from, int to);
    void reviewChanged(qint64 sessionId, qint64 actionId);
    // Anything in the session may have changed (an import): read it again.
    void sessionReplaced(qint64 sessionId);
    void writeFailed(const QString &message);
    // A read failed: what a view shows may be missing rows until it reads
    // again. One sentence, for the person.
    void readFailed(const QString &message);
    // A transaction just committed, before the changes it made are told to
    // anyone: what a benchmark times as "durable".
    void committed();

private:
    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<SessionRows> m_sessions;
    std::unique_ptr<ParticipantRows> m_participants;
    std::unique_ptr<ConcernRows> m_concerns;
    std::unique_ptr<ActionRows> m_actions;
    std::unique_ptr<TimelineRows> m_timelines;
    std::unique_ptr<TransferRows> m_transfers;
};
