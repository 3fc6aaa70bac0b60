#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A database the size of years of use, so startup and edits are measured
// against the history a team really accumulates rather than an empty file.
struct SampleShape
{
    int sessions = 1000;
    int concernsPerSession = 50;
    int actionsPerSession = 10;
};

struct SampleCounts
{
    int sessions = 0;
    int participants = 0;
    int concerns = 0;
    int actions = 0;
};

// Writes the sample sessions with their participants, concerns and actions
// into the open, empty Candor database on connectionName, in one
// transaction. The text is generated from a fixed seed, so every run
// measures the same data. Returns false and sets *error on failure.
bool writeSampleSessions(const QString &connectionName, const SampleShape &shape,
                         SampleCounts *counts, QString *error);

// Appends count concerns to the session on connectionName, in one
// transaction, as round-robin sharing would have left them: spoken in turn
// by speakerIds (in seat order), a round per trip around the table, with
// raised hands up to everyone else. Fixed seed, like the sessions above.
// Returns false and sets *error on failure.
bool writeSampleConcerns(const QString &connectionName, qint64 sessionId,
                         const QVector<qint64> &speakerIds, int count, QString *error);

// Appends count free-standing actions to the session on connectionName, in
// one transaction, ranked 1..count after any it holds, owned in turn by
// owners, with due dates around today (some past) and a mix of statuses.
// Fixed seed, like the sessions above. Returns false and sets *error on
// failure.
bool writeSampleActions(const QString &connectionName, qint64 sessionId, const QStringList &owners,
                        int count, QString *error);
