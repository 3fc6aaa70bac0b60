#pragma once

#include "domain.h"
#include "roundrobin.h"

#include <QObject>
#include <QVector>

class Clock;
class CompoundCommand;
class ConcernModel;
class Countdown;
class ParticipantModel;
class EditHistory;
class Store;

// One session being run: the facilitator's named actions (record a concern,
// pass, nothing left, merge, move to the next phase) become undoable
// commands on the session's stack, the round-robin rules decide whose turn
// it is, and the countdown is kept in the database so a restart resumes it.
class SessionFlow : public QObject
{
    Q_OBJECT

public:
    SessionFlow(Store *store, EditHistory *history, qint64 sessionId, Clock *clock = nullptr,
                QObject *parent = nullptr);
    ~SessionFlow() override;

    qint64 sessionId() const { return m_sessionId; }
    const SessionDetails &details() const { return m_details; }
    Store *store() const { return m_store; }
    EditHistory *history() const { return m_history; }
    ParticipantModel *participants() const { return m_participants; }
    ConcernModel *concerns() const { return m_concerns; }
    Countdown *countdown() const { return m_countdown; }

    void setPhase(Phase phase);
    // An edit of a session field, undoable; no-op when nothing changes.
    void setField(SessionField field, const QVariant &value);
    void applyTemplate(const PromptTemplate &promptTemplate);
    // A session still framed by the built-in template of its old kind takes
    // the new kind's one along, in the same undo step.
    void setKind(SessionKind kind);
    qint64 saveAsTemplate(const QString &name);
    // Moves the session to a team made for it, undoable in one step; the
    // new team's id, 0 when it was not saved.
    qint64 moveToNewTeam(const QString &name);
    // Renames the session's team, for every session of it, undoable; false
    // when nothing was saved (an empty or unchanged name, a failed write).
    bool renameTeam(const QString &name);

    // Sharing.
    QVector<Seat> seats() const;
    TurnState turn() const { return m_details.turn; }
    bool isSharingStarted() const { return m_details.turn.round > 0; }
    bool isSharingComplete() const;
    qint64 currentSpeakerId() const;
    qint64 nextSpeakerId() const;
    QString participantName(qint64 participantId) const;
    int presentCount() const;
    int peopleWithItems() const;
    // Raised hands can come from everyone present except the speaker.
    int maximumHands() const;
    void startSharing();
    // Records what the current speaker said and hands the turn on. Returns
    // why it was refused, or an empty string when it was recorded.
    QString recordConcern(const QString &summary, int handsRaised, ConcernCategory category);
    void pass();
    void nothingLeft();
    void setPresent(qint64 participantId, bool present);
    void stopSharing();
    void resumeSharing();
    // A late arrival takes a seat at the end of the table.
    qint64 addLateArrival(const QString &name, const QString &role);

    // An action as stated in the room (what, by whom, by when; a null date
    // for none), after the session's other actions and linked to concernId
    // (0: none), as one undo step. Its id, or 0 when it has no text or was
    // not saved (the store has said why).
    qint64 addAction(const QString &text, const QString &owner, const QDate &due, qint64 concernId);

    // Time.
    void startCountdown(int minutes);
    // F5: starts the phase's countdown (as long as it was made with F7 and
    // F8 while waiting), pauses it, or resumes it.
    void toggleCountdown();
    // The timebox a phase's countdown waits with; 0 for the discussion,
    // whose countdown is a per-concern timebox started on the page.
    int timeboxMinutes(Phase phase) const;
    // Minutes sharing has run, and how far past its timebox (0 if not).
    qint64 sharingElapsedMs() const;
    qint64 sharingOverrunMs() const;
    // What remains of the planned session for discussion, once the actions
    // timebox is set aside; negative when the plan is already overrun.
    qint64 discussionTimeLeftMs() const;
    QDateTime nowUtc() const;

    // The concern the discussion is on, so every view of the session can
    // show the same one; 0 before the discussion. Not stored: reopening
    // starts the discussion at the top again.
    qint64 discussionConcernId() const { return m_discussionConcernId; }
    void setDiscussionConcernId(qint64 concernId);

signals:
    void detailsChanged();
    void turnChanged();
    void discussionConcernChanged(qint64 concernId);

private:
    void reloadDetails();
    void saveCountdown();
    void followPhaseWithCountdown();
    TurnState advancedTurn(const QVector<Seat> &seats) const;
    // The scene and prompts of promptTemplate, as steps of command.
    void addTemplateSteps(CompoundCommand *command, const PromptTemplate &promptTemplate);

    Store *m_store;
    EditHistory *m_history;
    qint64 m_sessionId;
    Clock *m_clock;
    SessionDetails m_details;
    ParticipantModel *m_participants;
    ConcernModel *m_concerns;
    Countdown *m_countdown;
    bool m_restoringCountdown = false;
    qint64 m_discussionConcernId = 0;
};
