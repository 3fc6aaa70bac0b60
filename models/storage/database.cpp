#include "database.h"

#include "databaselocation.h"
#include "dialect.h"
#include "domain.h"
#include "identity.h"
#include "sqlitedialect.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

const QString Database::defaultConnectionName = QStringLiteral("candor");

namespace {

// The databases this process has open, by connection.
QHash<QString, QString> &openDatabases()
{
    static QHash<QString, QString> open;
    return open;
}

} // namespace

int Database::latestSchemaVersion()
{
    // SQLite's migrations count the versions; a server's files reach the
    // same ones (tst_postgresqlschema holds them to it).
    const QVector<Migration> all = Dialect::of(Dialect::Engine::Sqlite).migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("candor.sqlite"));
}

Database::OpenResult Database::failure(Problem problem, const QString &path, const QString &detail)
{
    OpenResult result;
    result.problem = problem;
    result.message = problemMessage(problem, path, detail);
    return result;
}

QString Database::problemMessage(Problem problem, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (problem) {
    case Problem::None:
        break;
    case Problem::CannotCreate:
        return tr("Cannot create the database “%1”: %2").arg(file, detail);
    case Problem::CannotOpen:
        return tr("Cannot open the database “%1”: %2").arg(file, detail);
    case Problem::CannotConnect:
        return tr("Cannot connect to the database server of “%1”: %2").arg(file, detail);
    case Problem::ReadOnlyFile:
        return tr("The database “%1” is read-only. Candor saves every edit the moment "
                  "it is made, so it needs a file it may write. Make the file writable "
                  "or choose another one with --database.")
            .arg(file);
    case Problem::NotSqlite:
        return tr("“%1” is not a Candor database (it is not an SQLite file). "
                  "It has not been changed.")
            .arg(file);
    case Problem::NotCandor:
        return tr("“%1” is an SQLite database that belongs to another program, not "
                  "to Candor. It has not been changed.")
            .arg(file);
    case Problem::NewerVersion:
        return tr("“%1” was written by a newer version of Candor (%2). Update Candor "
                  "to open it. It has not been changed.")
            .arg(file, detail);
    case Problem::NeedsUpgrade:
        return tr("“%1” was written by an older version of Candor (%2). Open it once "
                  "in Candor to upgrade it.")
            .arg(file, detail);
    case Problem::Corrupt:
        return tr("The database “%1” is damaged (%2). Candor will not change it; "
                  "restore it from a backup, or keep it aside and start a new one "
                  "with --database.")
            .arg(file, detail);
    case Problem::UpgradeFailed:
        return tr("Upgrading the database “%1” failed: %2. The file was left as it "
                  "was.")
            .arg(file, detail);
    case Problem::MissingLog:
        return tr("The database “%1” cannot be opened as it is: its write-ahead log “%2” "
                  "is missing, and “%3” says that log held edits not yet in the database. "
                  "If the log was moved, or not copied along, put it back beside the "
                  "database. To open the database without those edits, delete “%3”. "
                  "Nothing has been changed.")
            .arg(file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm"));
    }
    return {};
}

Database::OpenResult Database::open(const DatabaseLocation &location, Access access,
                                    const QString &connectionName, Verification verification)
{
    OpenResult result = Dialect::of(location).open(location, access, connectionName, verification);
    if (result.ok() && !location.isServer())
        openDatabases().insert(connectionName, QFileInfo(location.filePath()).absoluteFilePath());
    return result;
}

Database::OpenResult Database::open(const QString &path, Access access,
                                    const QString &connectionName, Verification verification)
{
    return open(DatabaseLocation::file(path), access, connectionName, verification);
}

Database::OpenResult Database::openServer(const DatabaseLocation &location,
                                          const QString &connectionName)
{
    return open(location, Access::ReadWrite, connectionName);
}

QHash<QString, QString> Database::schemaAt(int version)
{
    static QHash<int, QHash<QString, QString>> known;
    const auto cached = known.constFind(version);
    if (cached != known.cend())
        return *cached;
    QHash<QString, QString> schema;
    if (version < 1 || version > latestSchemaVersion())
        return schema;
    const QString connection = QStringLiteral("candor-schema-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            bool ok = true;
            for (const Migration &migration : Dialect::of(Dialect::Engine::Sqlite).migrations()) {
                if (migration.version > version)
                    break;
                QFile file(migration.resource);
                ok = ok && file.open(QIODevice::ReadOnly);
                const QStringList statements =
                    SqliteDialect::statementsOf(QString::fromUtf8(file.readAll()));
                for (const QString &statement : statements)
                    ok = ok && query.exec(statement);
            }
            if (ok && query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"
                                                " WHERE sql IS NOT NULL"))) {
                while (query.next())
                    schema.insert(query.value(0).toString() + QLatin1Char(' ') +
                                      query.value(1).toString(),
                                  foldedSql(query.value(2).toString()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    known.insert(version, schema);
    return schema;
}

QString Database::foldedSql(const QString &sql)
{
    QString result;
    QChar quote;
    for (int i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            result.append(c);
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
            c == QLatin1Char('[')) {
            quote = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            result.append(c);
        } else if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--")) {
            while (i < sql.size() && sql.at(i) != QLatin1Char('\n'))
                ++i;
            result.append(QLatin1Char(' '));
        } else if (c == QLatin1Char('/') && sql.mid(i, 2) == QLatin1String("/*")) {
            const int end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? int(sql.size()) : end + 1;
            result.append(QLatin1Char(' '));
        } else {
            result.append(c);
        }
    }
    return result.simplified();
}

bool Database::upgradeCopy(QSqlDatabase &db, int version, QString *error)
{
    return SqliteDialect::upgrade(db, version, false, error);
}

bool Database::giveIdentitiesAndFirstTeam(QSqlQuery &query, QString *error)
{
    auto run = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = query.lastError().text();
        return false;
    };
    const QString now = Domain::timestampText(QDateTime::currentDateTimeUtc());
    if (!run(QStringLiteral("INSERT INTO teams (uuid, name, created_at, updated_at)"
                            " VALUES (?, ?, ?, ?)"),
             {Identity::newUuid(), Domain::defaultTeamName(), now, now}) ||
        !run(QStringLiteral("UPDATE sessions SET team_id = (SELECT min(id) FROM teams)"), {}))
        return false;
    for (const QString &table : Identity::sharedTables()) {
        if (!run(QStringLiteral("SELECT id FROM %1 WHERE uuid IS NULL").arg(table), {}))
            return false;
        QVector<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        query.prepare(QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(table));
        for (qint64 id : std::as_const(ids)) {
            query.addBindValue(Identity::newUuid());
            query.addBindValue(id);
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
        }
    }
    return true;
}

void Database::close(const QString &connectionName)
{
    openDatabases().remove(connectionName);
    if (QSqlDatabase::contains(connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }
    SqliteDialect::forgetConnection(connectionName);
}

QStringList Database::openPaths()
{
    return openDatabases().values();
}

bool Database::isCompanionName(const QString &databaseFileName, const QString &fileName)
{
    if (!fileName.startsWith(databaseFileName))
        return false;
    // The log, index and journal of the database and of a backup being
    // written; the lock; the backups before upgrades, dated or not, whole
    // or under their temporary name.
    static const QRegularExpression companion(QStringLiteral(
        "^(-wal|-shm|-journal|\\.lock|\\.schema\\d+(\\.\\d{8}T\\d{6})?\\.backup(\\.[A-Za-z0-9]{6})?"
        "(-wal|-shm|-journal)?)$"));
    return companion.match(fileName.mid(databaseFileName.size())).hasMatch();
}

QString Database::backupFolder(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Database::lockPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}
