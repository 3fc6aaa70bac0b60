#pragma once

#include "domain.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>
#include <QVector>

class QSqlQuery;

// What the parts of the Store share: the columns each kind of row is read
// with, a row made from them, and values as the tables keep them.
namespace RowMappers {

inline constexpr char sessionSummaryColumns[] =
    "SELECT s.id, s.kind, s.title, s.created_at, s.updated_at, s.concern_count, s.action_count,"
    " s.team_id, t.name FROM sessions s LEFT JOIN teams t ON t.id = s.team_id";
SessionSummary summaryFrom(const QSqlQuery &query);

inline constexpr char participantColumns[] =
    "SELECT id, session_id, name, role, seat, present, nothing_left FROM participants";
Participant participantFrom(const QSqlQuery &query);

inline constexpr char concernColumns[] =
    "SELECT id, session_id, position, summary, speaker_id, round, hands_raised, category,"
    " merged_into_id, created_at, discussion_notes, avoidance, root_cause, mitigations,"
    " discussed FROM concerns";
Concern concernFrom(const QSqlQuery &query);

inline constexpr char actionColumns[] =
    "SELECT id, session_id, concern_id, text, owner, due_date, status, rank, right_away"
    " FROM actions";
ActionItem actionFrom(const QSqlQuery &query);

inline constexpr char whyColumns[] = "SELECT id, concern_id, position, question, answer FROM whys";
Why whyFrom(const QSqlQuery &query);

inline constexpr char timelineColumns[] =
    "SELECT id, session_id, position, happened_at, description FROM timeline_entries";
TimelineEntry timelineEntryFrom(const QSqlQuery &query);

// From "SELECT id, uuid, name FROM teams".
Team teamFrom(const QSqlQuery &query);

// Text columns are NOT NULL; an empty QString may be null and must still
// be stored as "".
QString textValue(const QString &text);
QVariant idOrNull(qint64 id);
QVariant timeOrNull(const QDateTime &time);
QVariant dateOrNull(const QDate &date);
QVariant flag(bool on);

// The ids of rows in their order, to renumber them.
template <typename Row> QVector<qint64> idsOf(const QVector<Row> &rows)
{
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (const Row &row : rows)
        ids.append(row.id);
    return ids;
}

// Where a restored row goes in an ordered list: at index, or at the end.
QVector<qint64> withInsertedAt(QVector<qint64> ids, qint64 id, int index);

// "?, ?, ?" for count bound values.
QString placeholders(int count);

} // namespace RowMappers
