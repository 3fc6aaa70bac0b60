#include "rowmappers.h"

#include <QSqlQuery>
#include <QStringList>

namespace RowMappers {

SessionSummary summaryFrom(const QSqlQuery &query)
{
    SessionSummary summary;
    summary.id = query.value(0).toLongLong();
    Domain::kindFromKey(query.value(1).toString(), &summary.kind);
    summary.title = query.value(2).toString();
    summary.createdAt = Domain::timestampFromText(query.value(3).toString());
    summary.updatedAt = Domain::timestampFromText(query.value(4).toString());
    summary.concernCount = query.value(5).toInt();
    summary.actionCount = query.value(6).toInt();
    summary.teamId = query.value(7).toLongLong();
    summary.teamName = query.value(8).toString();
    return summary;
}

Why whyFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toInt(),
            query.value(3).toString(), query.value(4).toString()};
}

TimelineEntry timelineEntryFrom(const QSqlQuery &query)
{
    TimelineEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.sessionId = query.value(1).toLongLong();
    entry.position = query.value(2).toInt();
    entry.happenedAt = query.value(3).toString();
    entry.description = query.value(4).toString();
    return entry;
}

Team teamFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
}

QString textValue(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(Domain::timestampText(time))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QVariant flag(bool on)
{
    return on ? 1 : 0;
}

Participant participantFrom(const QSqlQuery &query)
{
    Participant participant;
    participant.id = query.value(0).toLongLong();
    participant.sessionId = query.value(1).toLongLong();
    participant.name = query.value(2).toString();
    participant.role = query.value(3).toString();
    participant.seat = query.value(4).toInt();
    participant.present = query.value(5).toBool();
    participant.nothingLeft = query.value(6).toBool();
    return participant;
}

Concern concernFrom(const QSqlQuery &query)
{
    Concern concern;
    concern.id = query.value(0).toLongLong();
    concern.sessionId = query.value(1).toLongLong();
    concern.position = query.value(2).toInt();
    concern.summary = query.value(3).toString();
    concern.speakerId = query.value(4).toLongLong();
    concern.round = query.value(5).toInt();
    concern.handsRaised = query.value(6).toInt();
    concern.category = Domain::categoryFromKey(query.value(7).toString());
    concern.mergedIntoId = query.value(8).toLongLong();
    concern.createdAt = Domain::timestampFromText(query.value(9).toString());
    concern.notes = query.value(10).toString();
    concern.avoidance = query.value(11).toString();
    concern.rootCause = query.value(12).toString();
    concern.mitigations = query.value(13).toString();
    concern.discussed = query.value(14).toBool();
    return concern;
}

ActionItem actionFrom(const QSqlQuery &query)
{
    ActionItem item;
    item.id = query.value(0).toLongLong();
    item.sessionId = query.value(1).toLongLong();
    item.concernId = query.value(2).toLongLong();
    item.text = query.value(3).toString();
    item.owner = query.value(4).toString();
    item.dueDate = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    item.status = Domain::statusFromKey(query.value(6).toString());
    item.rank = query.value(7).toInt();
    item.rightAway = query.value(8).toBool();
    return item;
}

QVector<qint64> withInsertedAt(QVector<qint64> ids, qint64 id, int index)
{
    ids.removeAll(id);
    const int at = index < 0 || index > ids.size() ? int(ids.size()) : index;
    ids.insert(at, id);
    return ids;
}

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace RowMappers
