#include "databaselocation.h"

#include <QDir>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {

// The connection options of libpq a URI or Settings may carry. Anything
// else is a typing mistake that libpq would refuse with less clear words.
const QStringList &knownOptions()
{
    static const QStringList options = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile"),         QStringLiteral("service"),
        QStringLiteral("gssencmode"),       QStringLiteral("channel_binding"),
    };
    return options;
}

// libpq's conninfo quoting: single quotes around, backslash before ' and \.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation location;
    location.m_filePath = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    return location;
}

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *location, QString *error)
{
    const QString trimmed = text.trimmed();
    DatabaseLocation parsed;
    if (trimmed.startsWith(QLatin1String("service="))) {
        parsed.m_engine = Engine::Postgresql;
        parsed.m_service = trimmed.mid(int(qstrlen("service="))).trimmed();
        if (parsed.m_service.isEmpty() || parsed.m_service.contains(QLatin1Char(' '))) {
            *error = tr("“%1” names no PostgreSQL service; write service=NAME, as in "
                        "pg_service.conf.")
                         .arg(trimmed);
            return false;
        }
        *location = parsed;
        return true;
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://")) &&
        !trimmed.startsWith(QLatin1String("postgres://"))) {
        *location = file(text);
        return true;
    }

    parsed.m_engine = Engine::Postgresql;
    // libpq lets a socket folder stand in the host's place, percent-encoded
    // (postgresql://%2Fvar%2Frun%2Fpostgresql/candor); QUrl does not take a
    // host like that, so it is lifted out first.
    QString uri = trimmed;
    QString socketFolder;
    {
        const int authorityStart = int(uri.indexOf(QLatin1String("://"))) + 3;
        int authorityEnd = int(uri.indexOf(QLatin1Char('/'), authorityStart));
        if (authorityEnd < 0)
            authorityEnd = int(uri.size());
        const QString authority = uri.mid(authorityStart, authorityEnd - authorityStart);
        const int at = int(authority.lastIndexOf(QLatin1Char('@')));
        const QString hostAndPort = authority.mid(at + 1);
        if (hostAndPort.startsWith(QLatin1String("%2F"), Qt::CaseInsensitive)) {
            const QString encodedHost = hostAndPort.section(QLatin1Char(':'), 0, 0);
            socketFolder = QUrl::fromPercentEncoding(encodedHost.toUtf8());
            uri.replace(authorityStart + at + 1, int(encodedHost.size()), QString());
        }
    }
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = tr("“%1” is not a PostgreSQL address Candor can read (%2).")
                     .arg(trimmed.section(QLatin1Char('@'), -1), url.errorString());
        return false;
    }
    parsed.m_host = socketFolder.isEmpty() ? url.host() : socketFolder;
    parsed.m_port = url.port(0);
    parsed.m_userName = url.userName();
    parsed.m_password = url.password();
    parsed.m_databaseName = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            parsed.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            parsed.m_port = value.toInt(&ok);
            if (!ok) {
                *error = tr("The port in “%1” is not a number.").arg(parsed.shown());
                return false;
            }
        } else if (key == QLatin1String("dbname")) {
            parsed.m_databaseName = value;
        } else if (key == QLatin1String("user")) {
            parsed.m_userName = value;
        } else if (key == QLatin1String("password")) {
            parsed.m_password = value;
        } else if (knownOptions().contains(key)) {
            if (key == QLatin1String("service"))
                parsed.m_service = value;
            else
                parsed.m_options.append(key + QLatin1Char('=') + value);
        } else {
            *error = tr("“%1” is not a connection option Candor passes to PostgreSQL.").arg(key);
            return false;
        }
    }
    if (parsed.m_databaseName.isEmpty() && parsed.m_service.isEmpty()) {
        *error =
            tr("“%1” names no database; write postgresql://HOST/DATABASE.").arg(parsed.shown());
        return false;
    }
    *location = parsed;
    return true;
}

QString DatabaseLocation::shown() const
{
    if (m_engine == Engine::Sqlite)
        return QDir::toNativeSeparators(m_filePath);
    if (!m_service.isEmpty() && m_host.isEmpty() && m_port == 0 && m_databaseName.isEmpty() &&
        m_userName.isEmpty() && m_options.isEmpty())
        return QStringLiteral("service=") + m_service;
    const auto encoded = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString text = QStringLiteral("postgresql://");
    if (!m_userName.isEmpty())
        text += encoded(m_userName) + QLatin1Char('@');
    // A socket folder goes in the query, where it reads as a path.
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                  : m_host;
    if (m_port)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + encoded(m_databaseName);
    QStringList query;
    if (socket)
        query.append(QStringLiteral("host=") + m_host);
    if (!m_service.isEmpty())
        query.append(QStringLiteral("service=") + encoded(m_service));
    for (const QString &option : m_options)
        query.append(option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') +
                     encoded(option.section(QLatin1Char('='), 1)));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

void DatabaseLocation::applyTo(QSqlDatabase &db) const
{
    db.setHostName(m_host);
    if (m_port)
        db.setPort(m_port);
    db.setDatabaseName(m_databaseName);
    db.setUserName(m_userName);
    db.setPassword(m_password);
    QStringList options;
    if (!m_service.isEmpty())
        options.append(QStringLiteral("service=") + quoted(m_service));
    for (const QString &option : m_options)
        options.append(option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') +
                       quoted(option.section(QLatin1Char('='), 1)));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}
