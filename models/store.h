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
    std::optional<SessionSummary> session(qint64 id) const;

    // Each returns false (or 0) when the write failed; writeFailed() says why
    // and nothing was changed.
    qint64 createSession(SessionKind kind, const QString &title);
    bool renameSession(qint64 id, const QString &title);
    // A fresh session with the same kind, participants, timeboxes and
    // prompts; concerns, discussion and actions stay with the original.
    qint64 duplicateSession(qint64 sourceId, const QString &title);
    // Deleting only hides a session, so the deletion can be undone;
    // purgeDeletedSessions() removes for good what can no longer be undone.
    bool setSessionDeleted(qint64 id, bool deleted);
    int purgeDeletedSessions();

    QString lastError() const { return m_lastError; }

signals:
    void sessionAdded(qint64 id);
    void sessionChanged(qint64 id);
    void sessionRemoved(qint64 id);
    void writeFailed(const QString &message);

private:
    QSqlDatabase database() const;
    bool write(const QString &what, const std::function<bool(QSqlQuery &)> &body);
    bool exec(QSqlQuery &query);

    QString m_connectionName;
    QString m_lastError;
    std::shared_ptr<IntegrityCheck> m_pendingCheck;
};
