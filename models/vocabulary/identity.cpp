#include "identity.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

namespace Identity {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isWellFormed(const QString &text)
{
    static const QRegularExpression spelling(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return spelling.match(text).hasMatch();
}

const QStringList &sharedTables()
{
    static const QStringList tables = {
        QStringLiteral("teams"),          QStringLiteral("sessions"),
        QStringLiteral("participants"),   QStringLiteral("concerns"),
        QStringLiteral("whys"),           QStringLiteral("actions"),
        QStringLiteral("action_reviews"), QStringLiteral("timeline_entries"),
    };
    return tables;
}

QString referencedTable(const QString &table, const QString &column)
{
    static const QHash<QString, QString> references = {
        {QStringLiteral("sessions.team_id"), QStringLiteral("teams")},
        {QStringLiteral("sessions.sharing_speaker_id"), QStringLiteral("participants")},
        {QStringLiteral("sessions.duplicated_from_id"), QStringLiteral("sessions")},
        {QStringLiteral("participants.session_id"), QStringLiteral("sessions")},
        {QStringLiteral("concerns.session_id"), QStringLiteral("sessions")},
        {QStringLiteral("concerns.speaker_id"), QStringLiteral("participants")},
        {QStringLiteral("concerns.merged_into_id"), QStringLiteral("concerns")},
        {QStringLiteral("whys.concern_id"), QStringLiteral("concerns")},
        {QStringLiteral("actions.session_id"), QStringLiteral("sessions")},
        {QStringLiteral("actions.concern_id"), QStringLiteral("concerns")},
        {QStringLiteral("action_reviews.session_id"), QStringLiteral("sessions")},
        {QStringLiteral("action_reviews.action_id"), QStringLiteral("actions")},
        {QStringLiteral("timeline_entries.session_id"), QStringLiteral("sessions")},
    };
    return references.value(table + QLatin1Char('.') + column);
}

bool isLocalColumn(const QString &table, const QString &column)
{
    if (column == QLatin1String("id"))
        return true;
    // Which session a copy came from means something only where both are.
    return table == QLatin1String("sessions") &&
           (column == QLatin1String("deleted_at") || column == QLatin1String("concern_count") ||
            column == QLatin1String("action_count") ||
            column == QLatin1String("duplicated_from_id"));
}

} // namespace Identity
