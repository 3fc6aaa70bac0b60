#pragma once

#include "domain.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class IntegrityCheck;
class QSqlDatabase;
class QSqlQuery;

// The only place that reads and writes Candor's tables. Every write is one
// committed transaction, so an edit that returned is on disk; the signals
// tell item models what changed so they can repaint just that.
class Store : public QObject
{
    Q_OBJECT

public:
    explicit Store(const QString &connectionName, QObject *parent = nullptr);
    ~Store() override;

    // A check still running on the file (Database::OpenResult::pendingCheck):
    // every write waits for it, and none happens if it fails.
    void setPendingIntegrityCheck(std::shared_ptr<IntegrityCheck> check);

    // Sessions, newest first, without those deleted (and not yet purged).
    QVector<SessionSummary> sessions() const;
    // The next page of that list: up to limit sessions older than after
    // (or from the newest when after is null).
    QVector<SessionSummary> sessionsAfter(const SessionSummary *after, int limit) const;
    std::optional<SessionSummary> session(qint64 id) const;

    // Each returns false (or 0) when the write failed; writeFailed() says why
    // and nothing was changed.
    qint64 createSession(SessionKind kind, const QString &title,
                         const SessionDefaults &defaults = SessionDefaults());
    bool renameSession(qint64 id, const QString &title);
    // A fresh session with the same kind, participants, timeboxes and
    // prompts; concerns, discussion and actions stay with the original.
    qint64 duplicateSession(qint64 sourceId, const QString &title);
    // Deleting only hides a session, so the deletion can be undone;
    // purgeDeletedSessions() removes for good what can no longer be undone.
    bool setSessionDeleted(qint64 id, bool deleted);
    int purgeDeletedSessions();

    // One session as the live flow sees it.
    std::optional<SessionDetails> sessionDetails(qint64 id) const;
    bool setSessionField(qint64 id, SessionField field, const QVariant &value);
    // Moving on also notes when the session, and sharing, first began.
    bool setPhase(qint64 id, Phase phase, const QDateTime &when);
    bool setTurn(qint64 sessionId, const TurnState &turn);
    bool setTimer(qint64 sessionId, const TimerRecord &timer);

    // Participants in seat order.
    QVector<Participant> participants(qint64 sessionId) const;
    // Adds at index in the seat order (-1: at the end). A participant with
    // an id (from undo) comes back with that id.
    qint64 addParticipant(const Participant &participant, int index = -1);
    bool removeParticipant(qint64 participantId);
    bool setParticipantName(qint64 participantId, const QString &name);
    bool setParticipantRole(qint64 participantId, const QString &role);
    bool setParticipantPresent(qint64 participantId, bool present);
    bool setParticipantNothingLeft(qint64 participantId, bool nothingLeft);
    bool moveParticipant(qint64 sessionId, int from, int to);
    bool hasSpoken(qint64 participantId) const;

    // Concerns in sharing order, merged ones included.
    QVector<Concern> concerns(qint64 sessionId) const;
    std::optional<Concern> concern(qint64 concernId) const;
    // Records a concern and hands the turn on, in one transaction. A
    // concern with an id (from redo) comes back with that id.
    qint64 recordConcern(const Concern &concern, const TurnState &turnAfter);
    bool removeConcern(qint64 concernId, const TurnState &turnAfter);
    bool setConcernSummary(qint64 concernId, const QString &summary);
    bool setConcernHands(qint64 concernId, int handsRaised);
    bool setConcernCategory(qint64 concernId, ConcernCategory category);
    bool setConcernMergedInto(qint64 concernId, qint64 intoId);

    // Discussion of a concern.
    bool setConcernDiscussion(qint64 concernId, DiscussionField field, const QString &text);
    bool setConcernDiscussed(qint64 concernId, bool discussed);
    QVector<Why> whys(qint64 concernId) const;
    // At index in the chain (-1: at the end); a why with an id comes back with it.
    qint64 addWhy(const Why &why, int index = -1);
    bool removeWhy(qint64 whyId);
    bool setWhy(qint64 whyId, const QString &question, const QString &answer);

    // Action items of a session, in rank order.
    QVector<ActionItem> actions(qint64 sessionId) const;
    std::optional<ActionItem> action(qint64 actionId) const;
    // At index in the rank order (-1: last); an item with an id comes back with it.
    qint64 addAction(const ActionItem &item, int index = -1);
    bool removeAction(qint64 actionId);
    // Text, owner, due date, status, "right away" and linked concern at once.
    bool updateAction(const ActionItem &item);
    bool moveAction(qint64 sessionId, int from, int to);
    // Every action of every session, newest session first, ranks in order.
    QVector<FollowUpItem> allActions() const;

    // The review at the start of a session: open actions of the sessions
    // before it, plus those this session has reviewed already.
    QVector<ReviewItem> actionsToReview(qint64 sessionId) const;
    // Records (or, with ReviewOutcome::None, forgets) an outcome and sets the
    // action's status, in one transaction.
    bool setReview(qint64 sessionId, qint64 actionId, ReviewOutcome outcome, ActionStatus status);

    QVector<TimelineEntry> timeline(qint64 sessionId) const;
    qint64 addTimelineEntry(const TimelineEntry &entry, int index = -1);
    bool removeTimelineEntry(qint64 entryId);
    bool setTimelineEntry(qint64 entryId, const QString &happenedAt, const QString &description);

    // The facilitator's own templates (the built-in ones live in Domain).
    QVector<PromptTemplate> templates(SessionKind kind) const;
    qint64 saveTemplate(const PromptTemplate &promptTemplate);

    QString lastError() const { return m_lastError; }

signals:
    void sessionAdded(qint64 id);
    void sessionChanged(qint64 id);
    void sessionRemoved(qint64 id);
    void sessionDetailsChanged(qint64 sessionId);
    void turnChanged(qint64 sessionId);
    void timerChanged(qint64 sessionId);
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
    void writeFailed(const QString &message);

private:
    QSqlDatabase database() const;
    bool write(const QString &what, const std::function<bool(QSqlQuery &)> &body);
    bool exec(QSqlQuery &query);
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    qint64 sessionOfParticipant(qint64 participantId) const;
    qint64 sessionOfConcern(qint64 concernId) const;
    qint64 sessionOfAction(qint64 actionId) const;
    qint64 concernOfWhy(qint64 whyId) const;
    bool renumberActions(QSqlQuery &query, const QVector<qint64> &idsInOrder);
    bool updateParticipant(qint64 participantId, const char *column, const QVariant &value,
                           const QString &what);
    bool updateConcern(qint64 concernId, const char *column, const QVariant &value,
                       const QString &what);

    QString m_connectionName;
    QString m_lastError;
    std::shared_ptr<IntegrityCheck> m_pendingCheck;
};
