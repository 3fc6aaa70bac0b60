#include "identity.h"

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

} // namespace Identity
