#pragma once

#include "roundrobin.h" // TurnState

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

// The vocabulary shared by storage, item models and the screens.

enum class SessionKind { PreMortem, PostMortem };

// Roles every list of actions answers, whatever its own roles: a view draws
// what they mean in its theme's colours.
namespace ItemRole {
enum : int {
    Overdue = Qt::UserRole + 200, // bool: a due date that has passed, the action still to do
};
}

// The phases of the live flow, in the order the facilitator walks them.
enum class Phase {
    Review, // the open actions of earlier sessions, when there are any
    Setup,
    Scene,
    Writing,
    Sharing,
    Ranked,
    Discussion,
    Actions,
    Summary
};

// What the review of an earlier session's action concluded.
enum class ReviewOutcome { None, Done, StillOpen, Dropped };

// The text and number fields of a session that the set-up and scene pages
// edit. The store maps each to its column; nothing else reaches SQL.
enum class SessionField {
    Title,
    Scene,
    WritingPrompts,
    IncidentWhat,
    IncidentImpact,
    IncidentDetection,
    IncidentResolution,
    PlannedMinutes,
    SceneMinutes,
    WritingMinutes,
    SharingMinutes,
    DiscussionMinutes,
    ActionsMinutes,
    AttributeConcerns,
    Kind, // a SessionKind, as a number
    Team, // the id of the team the session belongs to
};

// Post-mortem concerns are sorted into these; stored by key, shown by name.
enum class ConcernCategory { None, WentWell, LetUsDown, GotLucky, Other };

struct TimerRecord
{
    QString state = QStringLiteral("idle"); // idle, running, paused
    QString phase;                          // the phase key it belongs to
    qint64 durationMs = 0;
    QDateTime endAtUtc;           // while running
    qint64 pausedRemainingMs = 0; // while paused
};

// What a new session starts with; the settings may change it.
struct SessionDefaults
{
    int plannedMinutes = 60;
    int sceneMinutes = 5;
    int writingMinutes = 10;
    int sharingMinutes = 20;
    int discussionMinutes = 20;
    int actionsMinutes = 5;
    bool attributeConcerns = false;
};

struct SessionDetails
{
    qint64 id = 0;
    SessionKind kind = SessionKind::PreMortem;
    QString title;
    QString scene;
    QString writingPrompts;
    QString incidentWhat;
    QString incidentImpact;
    QString incidentDetection;
    QString incidentResolution;
    int plannedMinutes = 60;
    int sceneMinutes = 5;
    int writingMinutes = 10;
    int sharingMinutes = 20;
    int discussionMinutes = 20;
    int actionsMinutes = 5;
    bool attributeConcerns = false;
    Phase phase = Phase::Setup;
    QDateTime startedAt;
    QDateTime sharingStartedAt;
    QDateTime sharingEndedAt;    // while sharing is stopped or complete
    QDateTime endedAt;           // when the session first reached its summary
    qint64 duplicatedFromId = 0; // the session this one was duplicated from
    qint64 teamId = 0;
    TurnState turn;
    TimerRecord timer;

    QString text(SessionField field) const;
    qint64 number(SessionField field) const;
    int timeboxTotal() const
    {
        return sceneMinutes + writingMinutes + sharingMinutes + discussionMinutes + actionsMinutes;
    }
};

struct Participant
{
    qint64 id = 0;
    qint64 sessionId = 0;
    QString name;
    QString role;
    int seat = 0;
    bool present = true;
    bool nothingLeft = false;
};

enum class ActionStatus { Open, InProgress, Done, Dropped };

// The discussion of one concern, each a free text.
enum class DiscussionField { Notes, Avoidance, RootCause, Mitigations };

// The fields of a participant and of a concern that are edited one at a
// time; the store maps each to its column.
enum class ParticipantField { Name, Role, Present, NothingLeft };

enum class ConcernField {
    Summary,
    Hands,
    Category,
    MergedInto,
    Notes,
    Avoidance,
    RootCause,
    Mitigations,
    Discussed,
};

struct Concern
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0; // sharing order
    QString summary;
    qint64 speakerId = 0;
    int round = 1;
    int handsRaised = 0;
    ConcernCategory category = ConcernCategory::None;
    qint64 mergedIntoId = 0;
    QDateTime createdAt;
    QString notes;
    QString avoidance; // "how could it have been avoided" / "what let this happen"
    QString rootCause;
    QString mitigations;
    bool discussed = false;
    QString discussion(DiscussionField field) const;
    // The people who wrote it: the speaker and everyone whose hand went up.
    int ownTally() const { return 1 + handsRaised; }
};

// A concern not merged away, with its place in the ranking's count.
struct RankedTally
{
    Concern concern;
    int tally = 0; // the people who wrote it, its merged duplicates' included
};

// One step of a five-whys chain.
struct Why
{
    qint64 id = 0;
    qint64 concernId = 0;
    int position = 0; // 1..5
    QString question;
    QString answer;
};

struct ActionItem
{
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 concernId = 0; // 0: free-standing
    QString text;
    QString owner;
    QDate dueDate; // invalid: none
    ActionStatus status = ActionStatus::Open;
    int rank = 0; // 1 is done first
    bool rightAway = false;
    bool isOverdue(const QDate &today) const
    {
        return dueDate.isValid() && dueDate < today &&
               (status == ActionStatus::Open || status == ActionStatus::InProgress);
    }
};

// An action as the follow-up view lists it: with the session it came from.
struct FollowUpItem
{
    ActionItem action;
    QString sessionTitle;
    QDateTime sessionCreatedAt;
    qint64 teamId = 0;
    QString teamName;
};

// An earlier session's action as the review at the start of a session
// shows it.
struct ReviewItem
{
    FollowUpItem item;
    ReviewOutcome outcome = ReviewOutcome::None;
    ActionStatus statusBefore = ActionStatus::Open; // before this review changed it
};

struct TimelineEntry
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0;
    QString happenedAt; // as the facilitator typed it: "14:02", "Tue 09:30"
    QString description;
};

struct PromptTemplate
{
    qint64 id = 0; // 0 for the built-in defaults
    SessionKind kind = SessionKind::PreMortem;
    QString name;
    QString scene;
    QString writingPrompts;
};

// The people who meet for sessions; every session belongs to one.
struct Team
{
    qint64 id = 0;
    QString uuid;
    QString name;
};

struct SessionSummary
{
    qint64 id = 0;
    qint64 teamId = 0;
    QString teamName;
    SessionKind kind = SessionKind::PreMortem;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    int concernCount = 0;
    int actionCount = 0;
};

class Domain
{
    Q_DECLARE_TR_FUNCTIONS(Domain)

public:
    // Five whys: the chain of questions under a concern stops at five.
    static constexpr int maximumWhys = 5;

    // Stable spellings stored in the database; never translated.
    static QString kindKey(SessionKind kind);
    static bool kindFromKey(const QString &key, SessionKind *kind);
    static QString phaseKey(Phase phase);
    static bool phaseFromKey(const QString &key, Phase *phase);

    // What a person reads.
    static QString kindName(SessionKind kind);
    static QString phaseName(Phase phase);
    static QString defaultTitle(SessionKind kind, const QDate &date);
    // The team a new database starts with, until someone renames it.
    static QString defaultTeamName();
    static QString categoryKey(ConcernCategory category);
    static ConcernCategory categoryFromKey(const QString &key);
    static QString categoryName(ConcernCategory category);
    static QList<ConcernCategory> categories(); // the real ones, without None
    static QList<Phase> phases();
    static QString statusKey(ActionStatus status);
    static ActionStatus statusFromKey(const QString &key);
    static QString statusName(ActionStatus status);
    static QList<ActionStatus> statuses();
    static QString outcomeKey(ReviewOutcome outcome);
    static ReviewOutcome outcomeFromKey(const QString &key);
    static QString outcomeName(ReviewOutcome outcome);
    // The built-in framing and prompts for a kind of session.
    static PromptTemplate defaultTemplate(SessionKind kind);

    // The ranking of concerns, the same on every screen and in the summary.
    // The concern whose tally a concern adds to: the one it was merged
    // into, else itself.
    static qint64 tallyRootId(const Concern &concern);
    // By concern id, for the concerns not merged away: everyone who wrote
    // it or a duplicate merged into it.
    static QHash<qint64, int> tallies(const QVector<Concern> &concerns);
    // Whether a concern ranks above another: written by more people, or
    // as many and shared earlier.
    static bool ranksBefore(int tally, int position, int otherTally, int otherPosition);
    // The concerns not merged away, ranked, each with its tally.
    static QVector<RankedTally> ranking(const QVector<Concern> &concerns);

    // A tooltip that shows text a person typed exactly as typed: Qt would
    // otherwise read "<b>" in it as markup and even load an "<img>".
    static QString plainToolTip(const QString &text);

    // Timestamps are stored as UTC ISO 8601 with milliseconds, so text order
    // is time order.
    static QString timestampText(const QDateTime &time);
    static QDateTime timestampFromText(const QString &text);
};
