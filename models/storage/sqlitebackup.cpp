#include "sqlitebackup.h"

#include "database.h"
#include "integritycheck.h"
#include "sqlitecodes.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace {

QString reasonFor(const QSqlError &error)
{
    switch (sqliteCode(error) & 0xff) {
    case SqliteFull:
        return SqliteBackup::tr("the disk is full");
    case SqliteReadOnly:
    case SqliteCannotOpen:
        return SqliteBackup::tr("the file cannot be written there (%1)").arg(error.databaseText());
    case SqliteIoError:
        return SqliteBackup::tr("the disk reported an error (%1)").arg(error.databaseText());
    case SqliteNotADatabase:
        return SqliteBackup::tr("it is not an SQLite file");
    case SqliteBusy:
        return SqliteBackup::tr("another program has the database open");
    default:
        return error.databaseText().isEmpty() ? error.text() : error.databaseText();
    }
}

bool openAs(const QString &connectionName, const QString &name, const QString &options,
            QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(name);
    db.setConnectOptions(options);
    if (db.open())
        return true;
    *error = reasonFor(db.lastError());
    return false;
}

QVariant firstValue(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql) || !query.next())
        return {};
    const QVariant value = query.value(0);
    query.finish();
    return value;
}

// Several threads inspect copies at once (the window lists them while a
// backup is written); each needs a connection name of its own.
QString uniqueConnectionName(const char *purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("candor-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

} // namespace

bool SqliteBackup::openReader(const QString &connectionName, const QString &path, QString *error)
{
    return openAs(connectionName, path, QStringLiteral("QSQLITE_OPEN_READONLY"), error);
}

bool SqliteBackup::openWriter(const QString &connectionName, const QString &path, QString *error)
{
    // Another connection on the file is a reason to stop, not to wait long.
    return openAs(connectionName, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"), error);
}

bool SqliteBackup::openCopy(const QString &connectionName, const QString &path, QString *error)
{
    // immutable: SQLite neither locks the file nor creates anything beside
    // it, so reading a backup leaves the backups folder as it was.
    return openAs(connectionName,
                  QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                      QStringLiteral("?immutable=1"),
                  QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"), error);
}

void SqliteBackup::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

bool SqliteBackup::copyInto(const QString &connectionName, const QString &target, QString *error)
{
    // VACUUM INTO reads in one transaction, so the copy is one committed
    // state even while the window goes on writing, and it writes a compact
    // file of its own rather than the pages as they lie.
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (query.exec())
        return true;
    *error = reasonFor(query.lastError());
    return false;
}

void SqliteBackup::removeLeftoversOf(const QString &target)
{
    for (const QString &suffix : companionSuffixes())
        QFile::remove(target + suffix);
}

SqliteBackup::Contents SqliteBackup::inspect(const QString &path, Check check)
{
    Contents contents;
    const QString connection = uniqueConnectionName("inspect");
    QString error;
    if (!openCopy(connection, path, &error)) {
        contents.problem = error;
        close(connection);
        return contents;
    }
    {
        QSqlQuery query(QSqlDatabase::database(connection, false));
        const QVariant applicationId = firstValue(query, QStringLiteral("PRAGMA application_id"));
        const QVariant version = firstValue(query, QStringLiteral("PRAGMA user_version"));
        contents.schemaVersion = version.toInt();
        if (!applicationId.isValid())
            contents.problem = reasonFor(query.lastError());
        else if (applicationId.toInt() != Database::applicationId)
            contents.problem = tr("it is not a Candor database");
        else if (contents.schemaVersion > Database::latestSchemaVersion())
            contents.problem =
                tr("it was written by a newer Candor (schema %1)").arg(contents.schemaVersion);
        else if (check == Check::Whole)
            contents.problem = IntegrityCheck::findDamage(query);
        if (contents.problem.isEmpty()) {
            // Deleted sessions wait to be purged; schema 1 had no deletion.
            QVariant count = firstValue(
                query, QStringLiteral("SELECT count(*) FROM sessions WHERE deleted_at IS NULL"));
            if (!count.isValid() && contents.schemaVersion < 2)
                count = firstValue(query, QStringLiteral("SELECT count(*) FROM sessions"));
            if (count.isValid())
                contents.sessions = count.toInt();
            else
                contents.problem = reasonFor(query.lastError());
        }
    }
    close(connection);
    return contents;
}

qint64 SqliteBackup::changesMade(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return 0;
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    return firstValue(query, QStringLiteral("SELECT total_changes()")).toLongLong();
}

bool SqliteBackup::foldLogIntoFile(const QString &connectionName, QString *error)
{
    // Leaving write-ahead logging needs the only connection to the file:
    // SQLite then copies the log into the file and deletes the log and its
    // index. With another connection open it fails and changes nothing.
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    const QVariant mode = firstValue(query, QStringLiteral("PRAGMA journal_mode=DELETE"));
    if (mode.toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0)
        return true;
    *error =
        mode.isValid() ? tr("another program has the database open") : reasonFor(query.lastError());
    return false;
}

QStringList SqliteBackup::companionSuffixes()
{
    return {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}
