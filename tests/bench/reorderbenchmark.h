#pragma once

#include <QString>
#include <QVector>

class ActionsPage;
class RawInsert;
class SessionFlow;
class Store;

// Times what the product manager waits for when moving an action up or
// down the priority list: the real actions page on its SessionFlow and
// Store, in a session holding 200 actions, from the move until the new
// ranks are committed and the 1600x1000 window is repainted. Moves
// alternate down and up, one place each, working in from both ends of the
// list, the selected row scrolled into view first. Each move is
// interleaved with the raw durable insert (see RawInsert). Afterwards the
// stored ranks must run 1..200 without gaps in the page's order. Needs a
// QApplication.
class ReorderBenchmark
{
public:
    static constexpr int actionCount = 200;
    static constexpr int windowWidth = 1600;
    static constexpr int windowHeight = 1000;

    // candorDatabasePath must be a Candor database (the session is added to
    // it); rawDatabasePath must not exist yet.
    ReorderBenchmark(const QString &candorDatabasePath, const QString &rawDatabasePath);

    // false with lastError() when a move failed or the stored order does
    // not match the page's afterwards.
    bool run(int moves);

    // Milliseconds per move, in the order they were made.
    const QVector<double> &moves() const { return m_moves; }
    const QVector<double> &rawInserts() const { return m_rawInserts; }
    QString lastError() const { return m_lastError; }

private:
    qint64 createSession(Store *store);
    bool measure(Store *store, qint64 sessionId, int moves, RawInsert *raw);
    bool moveOnce(ActionsPage *page, int from, int to, double *milliseconds);
    bool checkStoredOrder(const ActionsPage &page, qint64 sessionId);

    QString m_candorDatabasePath;
    QString m_rawDatabasePath;
    QVector<double> m_moves;
    QVector<double> m_rawInserts;
    QString m_lastError;
};
