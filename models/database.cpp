#include "database.h"

#include "integritycheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <unistd.h>

const QString Database::defaultConnectionName = QStringLiteral("candor");

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

QVector<Migration> migrations()
{
    // Files are named NNNN_what.sql; the number is the schema version they produce.
    QVector<Migration> found;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok && version > 0)
            found.append({version, dir.filePath(name)});
    }
    return found;
}

// QSqlQuery runs one statement at a time. Migration files keep comments on
// lines of their own and never put a semicolon inside a literal; a trigger
// body runs until a line reading "END;". That makes splitting exact for them.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        const bool ends = inTrigger
                              ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                              : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            current = current.trimmed();
            if (!inTrigger)
                current.chop(1);
            statements.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
}

// Root may write anywhere, so the owner's write bit says whether somebody
// meant this file to stay as it is.
bool isWritableFile(const QString &path)
{
    const QFileInfo info(path);
    if (!(info.permissions() & QFileDevice::WriteOwner))
        return false;
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

QVariant singleValue(QSqlQuery &query, const QString &sql, QString *error)
{
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

bool runPragma(QSqlQuery &query, const QString &sql, QString *error)
{
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

int Database::latestSchemaVersion()
{
    const QVector<Migration> all = migrations();
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
    }
    return {};
}

Database::OpenResult Database::open(const QString &path, Access access,
                                    const QString &connectionName, Verification verification)
{
    bool createdFile = false;
    OpenResult result = openChecked(path, access, connectionName, verification, &createdFile);
    if (!result.ok()) {
        close(connectionName);
        // Only a file this call created is removed; anything found is left alone.
        if (createdFile) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
    }
    return result;
}

Database::OpenResult Database::openChecked(const QString &path, Access access,
                                           const QString &connectionName, Verification verification,
                                           bool *createdFile)
{
    OpenResult result;
    const QFileInfo info(path);
    auto fail = [&path](Problem problem, const QString &detail) {
        return failure(problem, path, detail);
    };

    if (info.exists()) {
        if (info.isDir())
            return fail(Problem::CannotOpen, tr("it is a folder, not a file"));
        if (!info.isReadable())
            return fail(Problem::CannotOpen, tr("permission denied"));
        if (info.size() > 0 && !hasSqliteHeader(path))
            return fail(Problem::NotSqlite, {});
        if (access == Access::ReadWrite && !isWritableFile(path))
            return fail(Problem::ReadOnlyFile, {});
        if (access == Access::ReadWrite && !QFileInfo(info.absolutePath()).isWritable())
            return fail(Problem::CannotOpen,
                        tr("its folder is read-only, and SQLite needs to keep its journal "
                           "there"));
    } else {
        if (access == Access::ReadOnly)
            return fail(Problem::CannotOpen, tr("there is no such file"));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Problem::CannotCreate,
                        tr("the folder “%1” cannot be created")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        // Sessions are candid by design: nobody but the owner may read them.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Problem::CannotCreate, file.errorString());
        file.close();
        *createdFile = true;
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        // A file found here is read through a read-only connection until it
        // is known to be ours and sound: closing a writable one would fold a
        // leftover write-ahead log into a file that is about to be refused.
        if (!*createdFile)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return fail(Problem::CannotOpen, db.lastError().text());
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery query(db);
    QString error;

    // Only reads until the file is known to be ours and sound.
    const QVariant appId = singleValue(query, QStringLiteral("PRAGMA application_id"), &error);
    if (!appId.isValid()) {
        if (error.contains(QLatin1String("not a database")))
            return fail(Problem::NotSqlite, error);
        return fail(Problem::Corrupt, error);
    }
    const int version = singleValue(query, QStringLiteral("PRAGMA user_version"), &error).toInt();
    const int objects =
        singleValue(query, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error).toInt();
    const int latest = latestSchemaVersion();
    const bool isEmpty = appId.toInt() == 0 && version == 0 && objects == 0;

    if (!isEmpty) {
        if (appId.toInt() != applicationId)
            return fail(Problem::NotCandor, {});
        if (version > latest)
            return fail(
                Problem::NewerVersion,
                tr("schema %1; this version reads up to schema %2").arg(version).arg(latest));
        if (version < 1)
            return fail(Problem::Corrupt, tr("it has no schema version"));
        // Deferring is safe only where opening changes nothing on disk: an
        // up-to-date file already in WAL mode, for a caller that writes.
        const bool deferCheck = verification == Verification::InBackground &&
                                access == Access::ReadWrite && version == latest &&
                                singleValue(query, QStringLiteral("PRAGMA journal_mode"), &error)
                                        .toString()
                                        .compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (deferCheck) {
            result.pendingCheck = std::make_shared<IntegrityCheck>(path);
            result.pendingCheck->start();
        } else {
            const QString damage = IntegrityCheck::findDamage(query);
            if (!damage.isEmpty())
                return fail(Problem::Corrupt, damage);
        }
    } else if (access == Access::ReadOnly) {
        return fail(Problem::NotCandor, {});
    }

    if (access == Access::ReadOnly) {
        if (version < latest)
            return fail(Problem::NeedsUpgrade, tr("schema %1").arg(version));
        runPragma(query, QStringLiteral("PRAGMA trusted_schema=OFF"), &error);
        return result;
    }

    if (!*createdFile) {
        query = QSqlQuery();
        db.close();
        db.setConnectOptions(QString());
        if (!db.open())
            return fail(Problem::CannotOpen, db.lastError().text());
        query = QSqlQuery(db);
    }
    const QVariant journal = singleValue(query, QStringLiteral("PRAGMA journal_mode=WAL"), &error);
    if (journal.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(Problem::CannotOpen, tr("write-ahead logging cannot be turned on (%1)")
                                             .arg(error.isEmpty() ? journal.toString() : error));
    if (!runPragma(query, QStringLiteral("PRAGMA synchronous=FULL"), &error) ||
        !runPragma(query, QStringLiteral("PRAGMA foreign_keys=ON"), &error) ||
        !runPragma(query, QStringLiteral("PRAGMA trusted_schema=OFF"), &error))
        return fail(Problem::CannotOpen, error);

    if (!isEmpty && version < latest) {
        // A copy of the file as it was, in case the upgrade is ever regretted.
        QString backup = QStringLiteral("%1.schema%2.backup").arg(path).arg(version);
        if (QFileInfo::exists(backup))
            backup = QStringLiteral("%1.schema%2.%3.backup")
                         .arg(path)
                         .arg(version)
                         .arg(QDateTime::currentDateTimeUtc().toString(
                             QStringLiteral("yyyyMMddTHHmmss")));
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec())
            return fail(Problem::UpgradeFailed,
                        tr("the backup copy “%1” could not be written (%2)")
                            .arg(QDir::toNativeSeparators(backup), query.lastError().text()));
        QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        result.backupPath = backup;
    }

    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Problem::UpgradeFailed, file.errorString());
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        if (!db.transaction())
            return fail(Problem::UpgradeFailed, db.lastError().text());
        QStringList all = statements;
        if (isEmpty && migration.version == 1)
            all.prepend(QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
        all.append(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        for (const QString &statement : std::as_const(all)) {
            if (!query.exec(statement)) {
                const QString failure = query.lastError().text();
                query.finish();
                db.rollback();
                return fail(Problem::UpgradeFailed,
                            tr("step %1: %2").arg(migration.version).arg(failure));
            }
        }
        query.finish();
        if (!db.commit()) {
            const QString failure = db.lastError().text();
            db.rollback();
            return fail(Problem::UpgradeFailed, failure);
        }
    }
    result.created = isEmpty;
    return result;
}

void Database::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
