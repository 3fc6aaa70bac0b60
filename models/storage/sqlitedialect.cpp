#include "sqlitedialect.h"

#include "databaselocation.h"
#include "integritycheck.h"
#include "sqlitecodes.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

namespace {

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

// QSqlQuery runs one statement at a time. Migration files keep comments on
// lines of their own and never put a semicolon inside a literal; a trigger
// body runs until a line reading "END;". That makes splitting exact for them.
QStringList SqliteDialect::statementsOf(const QString &script)
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

QString SqliteDialect::migrationFolder() const
{
    return QStringLiteral(":/migrations");
}

QString SqliteDialect::deferForeignKeys() const
{
    return QStringLiteral("PRAGMA defer_foreign_keys = ON");
}

bool SqliteDialect::configure(QSqlDatabase &db, QString *error) const
{
    // Every commit on the disk before it returns; references checked; and
    // nothing in the file's schema may run functions with side effects.
    QSqlQuery query(db);
    return runPragma(query, QStringLiteral("PRAGMA synchronous=FULL"), error) &&
           runPragma(query, QStringLiteral("PRAGMA foreign_keys=ON"), error) &&
           runPragma(query, QStringLiteral("PRAGMA trusted_schema=OFF"), error);
}

void SqliteDialect::forgetConnection(const QString &connectionName)
{
    // Only once SQLite is done with it.
    recoveryCopies().remove(connectionName);
}

Database::OpenResult SqliteDialect::open(const DatabaseLocation &location, Database::Access access,
                                         const QString &connectionName,
                                         Database::Verification verification) const
{
    const QString path = location.filePath();
    bool createdFile = false;
    Database::OpenResult result =
        openChecked(path, access, connectionName, verification, &createdFile);
    if (!result.ok()) {
        Database::close(connectionName);
        // Only a file this call created is removed; anything found is left alone.
        if (createdFile) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-journal"));
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return result;
    }
    return result;
}

Database::OpenResult SqliteDialect::openChecked(const QString &path, Database::Access access,
                                                const QString &connectionName,
                                                Database::Verification verification,
                                                bool *createdFile) const
{
    Database::OpenResult result;
    const QFileInfo info(path);
    auto fail = [&path](Database::Problem problem, const QString &detail) {
        return Database::failure(problem, path, detail);
    };
    // SQLite's own words, in Candor's sentences: "damaged" only for damage.
    auto sqliteFailure = [&fail, &path](const QSqlError &error) {
        const int code = sqliteCode(error);
        if ((code & 0xff) == SqliteNotADatabase)
            return fail(Database::Problem::NotSqlite, error.databaseText());
        if ((code & 0xff) == SqliteCorrupt)
            return fail(Database::Problem::Corrupt, error.databaseText());
        if (code == SqliteReadOnlyDirectory)
            return fail(Database::Problem::CannotOpen, folderProblem(path));
        return fail(Database::Problem::CannotOpen,
                    error.databaseText().isEmpty() ? error.text() : error.databaseText());
    };

    QByteArray header;
    if (info.exists()) {
        if (info.isDir())
            return fail(Database::Problem::CannotOpen, tr("it is a folder, not a file"));
        if (!info.isReadable())
            return fail(Database::Problem::CannotOpen, tr("permission denied"));
        header = fileHeader(path);
        if (info.size() > 0 && !isSqliteHeader(header))
            return fail(Database::Problem::NotSqlite, {});
        // The folder first: on a read-only filesystem the file is read-only
        // too, but making it writable would not help.
        const QString folder =
            access == Database::Access::ReadWrite ? folderProblem(path) : QString();
        if (!folder.isEmpty())
            return fail(Database::Problem::CannotOpen, folder);
        if (access == Database::Access::ReadWrite && !isWritableFile(path))
            return fail(Database::Problem::ReadOnlyFile, {});
        if (logIsMissing(path))
            return fail(Database::Problem::MissingLog, {});
    } else {
        if (access == Database::Access::ReadOnly)
            return fail(Database::Problem::CannotOpen, tr("there is no such file"));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Database::Problem::CannotCreate,
                        tr("the folder “%1” cannot be created")
                            .arg(QDir::toNativeSeparators(info.absolutePath())));
        // Sessions are candid by design: nobody but the owner may read them.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return fail(Database::Problem::CannotCreate, file.errorString());
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
            return fail(Database::Problem::CannotOpen, error);
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
            return fail(Database::Problem::CannotOpen, error);
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
    const int latest = Database::latestSchemaVersion();
    const bool isEmpty = appId.toInt() == 0 && version == 0 && objects == 0;

    if (!isEmpty) {
        if (appId.toInt() != Database::applicationId)
            return fail(Database::Problem::NotCandor, {});
        if (version > latest)
            return fail(
                Database::Problem::NewerVersion,
                tr("schema %1; this version reads up to schema %2").arg(version).arg(latest));
        if (version < 1)
            return fail(Database::Problem::Corrupt, tr("it has no schema version"));
        // Deferring is safe only where opening changes nothing on disk: an
        // up-to-date file already in WAL mode, for a caller that writes.
        const bool deferCheck = verification == Database::Verification::InBackground &&
                                access == Database::Access::ReadWrite && version == latest &&
                                readFrom == path && isWalHeader(header);
        if (deferCheck) {
            result.pendingCheck = std::make_shared<IntegrityCheck>(path);
            result.pendingCheck->start();
        } else {
            const QString damage = IntegrityCheck::findDamage(query);
            if (!damage.isEmpty())
                return fail(Database::Problem::Corrupt, damage);
        }
    } else if (access == Database::Access::ReadOnly) {
        return fail(Database::Problem::NotCandor, {});
    }

    if (access == Database::Access::ReadOnly) {
        if (version < latest)
            return fail(Database::Problem::NeedsUpgrade, tr("schema %1").arg(version));
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
    if (!configure(db, &error))
        return fail(Database::Problem::CannotOpen, error);

    const auto turnOnWal = [&query, &error, &fail]() -> std::optional<Database::OpenResult> {
        const QVariant journal =
            singleValue(query, QStringLiteral("PRAGMA journal_mode=WAL"), &error);
        // A statement left open would lock the tables the upgrade changes.
        query.finish();
        if (journal.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return std::nullopt;
        return fail(Database::Problem::CannotOpen,
                    tr("write-ahead logging cannot be turned on (%1)")
                        .arg(error.isEmpty() ? journal.toString() : error));
    };
    // A new file has nothing to keep as it was: it is set up in the mode it
    // will be used in.
    if (isEmpty) {
        if (const std::optional<Database::OpenResult> failed = turnOnWal())
            return *failed;
    }

    if (version < latest) {
        if (!isEmpty) {
            // A copy of the file as it was, in case the upgrade is ever regretted.
            result.backupPath = writeBackup(query, path, version, &error);
            if (result.backupPath.isEmpty())
                return fail(Database::Problem::UpgradeFailed, error);
        }
        if (!upgrade(db, version, isEmpty, &error)) {
            // The file is as it was, so the copy of it is of no use.
            if (!result.backupPath.isEmpty())
                QFile::remove(result.backupPath);
            return fail(Database::Problem::UpgradeFailed, error);
        }
    }

    // An existing file only now, so that a failed upgrade leaves even its
    // journal mode (a byte in the file's header) as it was.
    if (const std::optional<Database::OpenResult> failed = turnOnWal())
        return *failed;
    result.created = isEmpty;
    return result;
}

QString SqliteDialect::writeBackup(QSqlQuery &query, const QString &path, int version,
                                   QString *error)
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

bool SqliteDialect::upgrade(QSqlDatabase &db, int version, bool isEmpty, QString *error)
{
    // One transaction for every step: a step that fails takes the earlier
    // ones back with it, and the file is left as it was, byte for byte.
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const Migration &migration : Dialect::of(Engine::Sqlite).migrations()) {
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
            statements.prepend(
                QStringLiteral("PRAGMA application_id=%1").arg(Database::applicationId));
        statements.append(QStringLiteral("PRAGMA user_version=%1").arg(migration.version));
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                *error = tr("step %1: %2").arg(migration.version).arg(query.lastError().text());
                query.finish();
                db.rollback();
                return false;
            }
        }
        if (migration.version == 6 && !Database::giveIdentitiesAndFirstTeam(query, error)) {
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
