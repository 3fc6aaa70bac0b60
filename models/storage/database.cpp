#include "database.h"

#include "databaselocation.h"
#include "domain.h"
#include "identity.h"
#include "integritycheck.h"
#include "postgresqlserver.h"
#include "sqlitecodes.h"

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
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QUrl>
#include <QVariant>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

#include <fcntl.h>
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

// The first 100 bytes of an SQLite file: its magic string and settings.
QByteArray fileHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
}

bool isSqliteHeader(const QByteArray &header)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return header.startsWith(magic);
}

// Bytes 18 and 19 say which journal the file expects; 2 is write-ahead logging.
bool isWalHeader(const QByteArray &header)
{
    return header.size() >= 20 && header.at(18) == 2 && header.at(19) == 2;
}

// The log is gone while its index says it held edits that had not yet
// reached the database (a copy made without it, a clean-up that removed
// it): opening now would silently drop them, so the file is refused until
// the log is back or the index is removed on purpose. The index is read
// only when the log is missing, so never while a connection in this
// process uses it (closing a descriptor would drop that connection's locks).
bool logIsMissing(const QString &path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return false;
    QFile index(path + QStringLiteral("-shm"));
    if (!index.open(QIODevice::ReadOnly))
        return false;
    // The index header (SQLite's wal.c) in the machine's byte order: its
    // version, whether it is set up, the last frame in the log, and at byte
    // 96 the last frame already copied into the database.
    const QByteArray header = index.read(100);
    if (header.size() < 100)
        return false;
    quint32 version = 0;
    quint32 lastFrame = 0;
    quint32 copiedFrames = 0;
    std::memcpy(&version, header.constData(), sizeof version);
    std::memcpy(&lastFrame, header.constData() + 16, sizeof lastFrame);
    std::memcpy(&copiedFrames, header.constData() + 96, sizeof copiedFrames);
    const bool initialised = header.at(12) != 0;
    return version == 3007000 && initialised && lastFrame > copiedFrames;
}

bool isFolderWritable(const QString &path)
{
    return ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK) == 0;
}

// Why SQLite could not keep its journal beside the database at path, or
// an empty string when it can.
QString folderProblem(const QString &path)
{
    if (isFolderWritable(path))
        return {};
    return errno == EROFS ? Database::tr("it is on a read-only filesystem, and SQLite needs to "
                                         "keep its journal beside it")
                          : Database::tr("its folder is read-only, and SQLite needs to keep its "
                                         "journal there");
}

// Private copies that readers read instead of a file that needs recovering
// first, by connection, until the connection closes.
QHash<QString, std::shared_ptr<QTemporaryDir>> &recoveryCopies()
{
    static QHash<QString, std::shared_ptr<QTemporaryDir>> copies;
    return copies;
}

// The databases this process has open, by connection.
QHash<QString, QString> &openDatabases()
{
    static QHash<QString, QString> open;
    return open;
}

// Copies the database and what SQLite would recover it from (its log or its
// rollback journal) into a private folder; returns the copy's path, or an
// empty string with *error set.
QString recoveryCopy(const QString &path, const QString &connectionName, QString *error)
{
    auto folder = std::make_shared<QTemporaryDir>();
    if (!folder->isValid()) {
        *error = folder->errorString();
        return {};
    }
    const QString copy = folder->filePath(QFileInfo(path).fileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        if (!suffix.isEmpty() && !QFileInfo::exists(path + suffix))
            continue;
        QFile original(path + suffix);
        if (!original.copy(copy + suffix)) {
            *error = original.errorString();
            return {};
        }
        // The copy is this process's to recover, whatever the original allows.
        QFile::setPermissions(copy + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    recoveryCopies().insert(connectionName, folder);
    return copy;
}

// Opens connectionName on file: read-only, or (for a private copy) so that
// SQLite may recover it. immutable: the file is known to have no writer
// (a logged file without a log), so SQLite reads it without creating the
// log and index it would otherwise leave beside it.
bool openConnection(QSqlDatabase &db, const QString &file, bool readOnly, bool immutable)
{
    db.close();
    if (immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(file);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY") : QString());
    }
    return db.open();
}

// Fsyncs a file or folder so what was written, or renamed, reaches the disk.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// Leftovers of a backup that a kill interrupted: partial files under a
// temporary name, never a whole backup.
void removeUnfinishedBackups(const QString &path)
{
    const QFileInfo database(path);
    const QRegularExpression unfinished(
        QStringLiteral("^%1\\.schema\\d+(\\.\\d{8}T\\d{6})?\\.backup\\.[A-Za-z0-9]{6}(-journal)?$")
            .arg(QRegularExpression::escape(database.fileName())));
    const QDir folder = database.absoluteDir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
        if (unfinished.match(name).hasMatch())
            QFile::remove(folder.filePath(name));
    }
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
            QFile::remove(path + QStringLiteral("-journal"));
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return result;
    }
    openDatabases().insert(connectionName, QFileInfo(path).absoluteFilePath());
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
    // SQLite's own words, in Candor's sentences: "damaged" only for damage.
    auto sqliteFailure = [&fail, &path](const QSqlError &error) {
        const int code = sqliteCode(error);
        if ((code & 0xff) == SqliteNotADatabase)
            return fail(Problem::NotSqlite, error.databaseText());
        if ((code & 0xff) == SqliteCorrupt)
            return fail(Problem::Corrupt, error.databaseText());
        if (code == SqliteReadOnlyDirectory)
            return fail(Problem::CannotOpen, folderProblem(path));
        return fail(Problem::CannotOpen,
                    error.databaseText().isEmpty() ? error.text() : error.databaseText());
    };

    QByteArray header;
    if (info.exists()) {
        if (info.isDir())
            return fail(Problem::CannotOpen, tr("it is a folder, not a file"));
        if (!info.isReadable())
            return fail(Problem::CannotOpen, tr("permission denied"));
        header = fileHeader(path);
        if (info.size() > 0 && !isSqliteHeader(header))
            return fail(Problem::NotSqlite, {});
        // The folder first: on a read-only filesystem the file is read-only
        // too, but making it writable would not help.
        const QString folder = access == Access::ReadWrite ? folderProblem(path) : QString();
        if (!folder.isEmpty())
            return fail(Problem::CannotOpen, folder);
        if (access == Access::ReadWrite && !isWritableFile(path))
            return fail(Problem::ReadOnlyFile, {});
        if (logIsMissing(path))
            return fail(Problem::MissingLog, {});
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

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    // A file found here is read through a read-only connection until it is
    // known to be ours and sound: closing a writable one would fold a
    // leftover write-ahead log into a file that is about to be refused.
    // That reading leaves nothing beside the file (a reader must not leave
    // logs that a later writer could not use): a logged file without a log
    // has no writer, so it is read as it stands; a log without its index,
    // or in a folder that cannot take one, is read from a private copy.
    const bool hasLog = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hasIndex = QFileInfo::exists(path + QStringLiteral("-shm"));
    QString readFrom = path;
    QString error;
    if (hasLog && (!hasIndex || !isFolderWritable(path))) {
        readFrom = recoveryCopy(path, connectionName, &error);
        if (readFrom.isEmpty())
            return fail(Problem::CannotOpen, error);
    }
    // Not with a rollback journal beside it, which only a kill while the
    // file was being switched to logging could leave: that needs rolling back.
    const bool immutable = readFrom == path && !*createdFile && isWalHeader(header) && !hasLog &&
                           !QFileInfo::exists(path + QStringLiteral("-journal"));
    if (!openConnection(db, readFrom, readFrom == path && !*createdFile, immutable))
        return sqliteFailure(db.lastError());
    QSqlQuery query(db);

    // Only reads until the file is known to be ours and sound.
    QVariant appId = singleValue(query, QStringLiteral("PRAGMA application_id"), &error);
    const int appIdError = sqliteCode(query.lastError());
    if (!appId.isValid() && readFrom == path &&
        ((appIdError & 0xff) == SqliteReadOnly || (appIdError & 0xff) == SqliteCannotOpen)) {
        // What a read-only connection may not do: roll back a journal left by
        // a kill, or set up an index in a folder it may not write. A private
        // copy recovers the way a writer would, leaving the file as it is.
        query = QSqlQuery();
        readFrom = recoveryCopy(path, connectionName, &error);
        if (readFrom.isEmpty())
            return fail(Problem::CannotOpen, error);
        if (!openConnection(db, readFrom, false, false))
            return sqliteFailure(db.lastError());
        query = QSqlQuery(db);
        appId = singleValue(query, QStringLiteral("PRAGMA application_id"), &error);
    }
    if (!appId.isValid())
        return sqliteFailure(query.lastError());
    const QVariant versionValue = singleValue(query, QStringLiteral("PRAGMA user_version"), &error);
    const QVariant objectCount =
        singleValue(query, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error);
    if (!versionValue.isValid() || !objectCount.isValid())
        return sqliteFailure(query.lastError());
    const int version = versionValue.toInt();
    const int objects = objectCount.toInt();
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
                                readFrom == path && isWalHeader(header);
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

    // Known to be ours and sound: from here on the file itself is written.
    // A journal left by a kill is rolled back by this connection as it
    // first reads.
    if (!*createdFile) {
        query = QSqlQuery();
        if (!openConnection(db, path, false, false))
            return sqliteFailure(db.lastError());
        recoveryCopies().remove(connectionName);
        query = QSqlQuery(db);
    }
    if (!runPragma(query, QStringLiteral("PRAGMA synchronous=FULL"), &error) ||
        !runPragma(query, QStringLiteral("PRAGMA foreign_keys=ON"), &error) ||
        !runPragma(query, QStringLiteral("PRAGMA trusted_schema=OFF"), &error))
        return fail(Problem::CannotOpen, error);

    const auto turnOnWal = [&query, &error, &fail]() -> std::optional<OpenResult> {
        const QVariant journal =
            singleValue(query, QStringLiteral("PRAGMA journal_mode=WAL"), &error);
        // A statement left open would lock the tables the upgrade changes.
        query.finish();
        if (journal.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return std::nullopt;
        return fail(Problem::CannotOpen, tr("write-ahead logging cannot be turned on (%1)")
                                             .arg(error.isEmpty() ? journal.toString() : error));
    };
    // A new file has nothing to keep as it was: it is set up in the mode it
    // will be used in.
    if (isEmpty) {
        if (const std::optional<OpenResult> failed = turnOnWal())
            return *failed;
    }

    if (version < latest) {
        if (!isEmpty) {
            // A copy of the file as it was, in case the upgrade is ever regretted.
            result.backupPath = writeBackup(query, path, version, &error);
            if (result.backupPath.isEmpty())
                return fail(Problem::UpgradeFailed, error);
        }
        if (!upgrade(db, version, isEmpty, &error)) {
            // The file is as it was, so the copy of it is of no use.
            if (!result.backupPath.isEmpty())
                QFile::remove(result.backupPath);
            return fail(Problem::UpgradeFailed, error);
        }
    }

    // An existing file only now, so that a failed upgrade leaves even its
    // journal mode (a byte in the file's header) as it was.
    if (const std::optional<OpenResult> failed = turnOnWal())
        return *failed;
    result.created = isEmpty;
    return result;
}

QString Database::writeBackup(QSqlQuery &query, const QString &path, int version, QString *error)
{
    // Written under a temporary name, owner-only from the start, and given
    // its documented name only once whole: a kill midway leaves no half
    // backup that looks like a whole one.
    removeUnfinishedBackups(path);
    QString backup = QStringLiteral("%1.schema%2.backup").arg(path).arg(version);
    if (QFileInfo::exists(backup))
        backup =
            QStringLiteral("%1.schema%2.%3.backup")
                .arg(path)
                .arg(version)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmss")));
    const QString shownBackup = QDir::toNativeSeparators(backup);
    QTemporaryFile partial(backup + QStringLiteral(".XXXXXX")); // created 0600
    if (!partial.open()) {
        *error = tr("the backup copy “%1” could not be written (%2)")
                     .arg(shownBackup, partial.errorString());
        return {};
    }
    // SQLite writes it; it takes an existing empty file as it is.
    partial.close();
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial.fileName());
    const bool copied = query.exec();
    const QString copyError = query.lastError().text();
    query.finish();
    if (!copied || !syncToDisk(partial.fileName()) || !QFile::rename(partial.fileName(), backup)) {
        QFile::remove(partial.fileName() + QStringLiteral("-journal"));
        *error =
            tr("the backup copy “%1” could not be written (%2)")
                .arg(shownBackup, copied ? tr("it could not be saved under its name") : copyError);
        return {};
    }
    partial.setAutoRemove(false);
    // The new name reaches the disk too.
    syncToDisk(QFileInfo(backup).absolutePath());
    return backup;
}

bool Database::upgrade(QSqlDatabase &db, int version, bool isEmpty, QString *error)
{
    // One transaction for every step: a step that fails takes the earlier
    // ones back with it, and the file is left as it was, byte for byte.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        QFile file(migration.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            query.finish();
            db.rollback();
            return false;
        }
        QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        if (isEmpty && migration.version == 1)
            statements.prepend(QStringLiteral("PRAGMA application_id=%1").arg(applicationId));
        statements.append(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                *error = tr("step %1: %2").arg(migration.version).arg(query.lastError().text());
                query.finish();
                db.rollback();
                return false;
            }
        }
        if (migration.version == 6 && !giveIdentitiesAndFirstTeam(query, error)) {
            *error = tr("step %1: %2").arg(migration.version).arg(*error);
            query.finish();
            db.rollback();
            return false;
        }
        query.finish();
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
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
            for (const Migration &migration : migrations()) {
                if (migration.version > version)
                    break;
                QFile file(migration.resource);
                ok = ok && file.open(QIODevice::ReadOnly);
                const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
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
    return upgrade(db, version, false, error);
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

Database::OpenResult Database::openServer(const DatabaseLocation &location,
                                          const QString &connectionName)
{
    OpenResult result;
    const PostgresqlServer::Inspection found = PostgresqlServer::inspect(location, connectionName);
    if (!found.usable()) {
        result.problem =
            found.finding == PostgresqlServer::Finding::NewerCandor ? Problem::NewerVersion
            : found.finding == PostgresqlServer::Finding::Foreign   ? Problem::NotCandor
                                                                    : Problem::CannotOpen;
        result.message = found.message;
        return result;
    }
    if (found.finding == PostgresqlServer::Finding::Candor) {
        // The schema of a server database moves with the next migration
        // that has a PostgreSQL file; today there is one, the whole schema.
        return result;
    }

    // Empty: Candor's schema, its first team and its meta rows, all or none.
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QString error;
    QFile schema(QStringLiteral(":/migrations/postgresql/0001_schema.sql"));
    bool ok = schema.open(QIODevice::ReadOnly) && db.transaction();
    if (!ok)
        error = schema.isOpen() ? db.lastError().text() : schema.errorString();
    if (ok) {
        QSqlQuery query(db);
        // Sent whole: PostgreSQL takes several statements in one simple
        // query, function bodies and all.
        ok = query.exec(QString::fromUtf8(schema.readAll()));
        if (!ok)
            error = query.lastError().databaseText();
        ok = ok && giveIdentitiesAndFirstTeam(query, &error);
        query.finish();
        if (ok && !db.commit()) {
            error = db.lastError().databaseText();
            ok = false;
        }
        if (!ok)
            db.rollback();
    }
    if (!ok) {
        close(connectionName);
        result.problem = Problem::UpgradeFailed;
        result.message = tr("Cannot set up Candor in the PostgreSQL database “%1”: %2 Nothing "
                            "was created or changed.")
                             .arg(location.shown(), error);
        return result;
    }
    result.created = true;
    return result;
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
    // Only once SQLite is done with it.
    recoveryCopies().remove(connectionName);
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
