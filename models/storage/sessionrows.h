#pragma once

#include "store.h"
#include "storeconnection.h"

#include <QCoreApplication>

// Sessions and the teams they belong to, the live flow's state kept with a
// session (phase, turn, countdown), and the facilitator's own templates.
// One part of the Store: the Store's own declarations say what each call
// does; this holds the SQL for these tables.
class SessionRows
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    SessionRows(Store &store, StoreConnection &db);

    QVector<Team> teams() const;
    qint64 addTeam(const QString &name, const Team &restoring);
    bool removeTeam(qint64 teamId);
    bool renameTeam(qint64 teamId, const QString &name, const std::optional<QString> &expectedName);
    QVector<SessionSummary> sessions() const;
    QVector<SessionSummary> sessionsAfter(const SessionSummary *after, int limit) const;
    std::optional<SessionSummary> session(qint64 id) const;
    std::optional<SessionDetails> sessionDetails(qint64 id) const;
    qint64 createSession(SessionKind kind, const QString &title,
                         const SessionDefaults &sessionDefaults, qint64 teamId);
    bool renameSession(qint64 id, const QString &title,
                       const std::optional<QString> &expectedTitle);
    qint64 duplicateSession(qint64 sourceId, const QString &title);
    bool setSessionDeleted(qint64 id, bool deleted);
    int purgeDeletedSessions();
    bool setSessionField(qint64 id, SessionField field, const QVariant &value,
                         const std::optional<QVariant> &expected);
    bool setPhase(qint64 id, Phase phase, const QDateTime &when,
                  const std::optional<TurnState> &startTurn);
    // Whose turn it is, and when sharing ended if this turn ends it, written
    // in the caller's write: recording or taking back a concern hands the
    // turn on in the same transaction.
    bool writeTurn(QSqlQuery &query, qint64 sessionId, const TurnState &turn);
    bool setTurn(qint64 sessionId, const TurnState &turn);
    bool setTimer(qint64 sessionId, const TimerRecord &timer);
    QVector<PromptTemplate> templates(SessionKind kind) const;
    qint64 saveTemplate(const PromptTemplate &promptTemplate);

private:
    Store &m_store;
    StoreConnection &m_db;
};
