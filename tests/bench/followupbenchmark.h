#pragma once

#include "databaselocation.h"

#include <QString>
#include <QVector>

class Store;

// Times opening the follow-up view over the whole sample history (1,000
// sessions, 10,000 actions): the real FollowUpPage on a Store, built fresh
// as a top-level window and shown, from just before it is constructed
// until its table's viewport has painted the first rows. Each opening is
// interleaved with the baseline, a window of the same size holding an
// empty QTableView (no model) shown and painted the same way, so the ratio
// shows what loading and laying out the actions adds to any table window.
// Needs a QApplication.
class FollowUpBenchmark
{
public:
    static constexpr int windowWidth = 1600;
    static constexpr int windowHeight = 1000;

    // candorDatabasePath must be a Candor database; nothing is written to it.
    explicit FollowUpBenchmark(const QString &candorDatabasePath);
    // The same on a server database (location.isServer()).
    explicit FollowUpBenchmark(const DatabaseLocation &candorDatabase);

    // false with lastError() when a window did not paint or the page did
    // not list every action.
    bool run(int openings);

    // Milliseconds per opening, in the order they were made.
    const QVector<double> &openings() const { return m_openings; }
    const QVector<double> &baselines() const { return m_baselines; }
    // Actions the page holds, and the rows its default filter shows.
    int actionCount() const { return m_actionCount; }
    int shownRows() const { return m_shownRows; }
    QString lastError() const { return m_lastError; }

private:
    bool measure(Store *store, int openings);
    bool openPage(Store *store, double *milliseconds);
    bool openBaseline(double *milliseconds);
    int storedActions();

    DatabaseLocation m_candorDatabase;
    QVector<double> m_openings;
    QVector<double> m_baselines;
    int m_actionCount = 0;
    int m_shownRows = 0;
    QString m_lastError;
};
