#pragma once

#include <QString>
#include <QVector>

class QWidget;
class RawInsert;
class Store;

// Times what the facilitator waits for after pressing Enter on a concern
// during sharing, as in the room: the real session page on its SessionFlow
// and Store, its ranked page visited before, the room's screen open on the
// sharing view, in a session of six people that already holds 1,000
// concerns; from the key press until the concern is committed (commit), the
// models and pages have followed (update) and both windows have painted
// once (paint). Each
// recording is interleaved with the raw durable insert (see RawInsert), so
// both see the same disk and the ratio shows what the whole path adds to
// the one commit it cannot avoid. Needs a QApplication.
class RecordBenchmark
{
public:
    static constexpr int existingConcerns = 1000;
    static constexpr int participantCount = 6;
    static constexpr int windowWidth = 1600;
    static constexpr int windowHeight = 1000;
    static constexpr int roomWidth = 1920;
    static constexpr int roomHeight = 1080;

    // candorDatabasePath must be a Candor database (the session is added to
    // it); rawDatabasePath must not exist yet.
    RecordBenchmark(const QString &candorDatabasePath, const QString &rawDatabasePath);

    // false with lastError() when a recording failed or the database does
    // not hold every concern afterwards.
    bool run(int recordings);

    // Milliseconds per recording, in the order they were made.
    const QVector<double> &recordings() const { return m_recordings; }
    const QVector<double> &rawInserts() const { return m_rawInserts; }
    // The parts of each recording: until committed, then until every model
    // and page followed, then until both windows painted.
    const QVector<double> &commits() const { return m_commits; }
    const QVector<double> &updates() const { return m_updates; }
    const QVector<double> &paints() const { return m_paints; }
    // Concerns in the session when the last recording was made.
    int finalConcernCount() const { return m_finalConcernCount; }
    QString lastError() const { return m_lastError; }

private:
    qint64 createSession(Store *store);
    bool measure(Store *store, qint64 sessionId, int recordings, RawInsert *raw);
    bool waitForExposure(QWidget *window);
    int storedConcerns(qint64 sessionId);

    QString m_candorDatabasePath;
    QString m_rawDatabasePath;
    QVector<double> m_recordings;
    QVector<double> m_rawInserts;
    QVector<double> m_commits;
    QVector<double> m_updates;
    QVector<double> m_paints;
    int m_finalConcernCount = 0;
    QString m_lastError;
};
