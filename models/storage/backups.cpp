#include "backups.h"

#include "database.h"
#include "sqlitebackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString stampFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss'Z'");
const QString beforeRestoreMark = QStringLiteral("-before-restore");
const QString backupSuffix = QStringLiteral(".sqlite");

// A partial file this old was left by a write that was killed: a live
// write keeps touching its file until it renames it.
constexpr qint64 abandonedAfterSeconds = 60 * 60;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Syncs a file's bytes, or a folder's entries (a rename), to the disk.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    return synced;
}

void sortNewestFirst(QVector<Backups::File> &files)
{
    std::sort(files.begin(), files.end(), [](const Backups::File &a, const Backups::File &b) {
        return a.createdUtc != b.createdUtc ? a.createdUtc > b.createdUtc : a.sequence > b.sequence;
    });
}

// Removes the files in folder whose names match pattern and that were last
// written before cutoff (any time, for an invalid cutoff).
void removeMatching(const QString &folder, const QRegularExpression &pattern,
                    const QDateTime &cutoff = {})
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!pattern.match(name).hasMatch())
            continue;
        const QString path = dir.filePath(name);
        if (!cutoff.isValid() || QFileInfo(path).lastModified() < cutoff)
            QFile::remove(path);
    }
}

} // namespace

Backups::Backups(const QString &databasePath, const QTimeZone &zone)
    : m_databasePath(databasePath)
    , m_zone(zone)
{}

QString Backups::folder() const
{
    return Database::backupFolder(m_databasePath);
}

QString Backups::namePrefix() const
{
    QString name = QFileInfo(m_databasePath).fileName();
    if (name.endsWith(backupSuffix))
        name.chop(backupSuffix.size());
    return name.isEmpty() ? QStringLiteral("candor") : name;
}

QString Backups::fileName(const QDateTime &createdUtc, int sequence, Kind kind) const
{
    return namePrefix() + QLatin1Char('-') + createdUtc.toUTC().toString(stampFormat) +
           (sequence > 1 ? QStringLiteral("-%1").arg(sequence) : QString()) +
           (kind == Kind::BeforeRestore ? beforeRestoreMark : QString()) + backupSuffix;
}

std::optional<Backups::File> Backups::parse(const QString &fileName) const
{
    const QRegularExpression pattern(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)(?:-([1-9]\\d*))?(%2)?%3$")
            .arg(QRegularExpression::escape(namePrefix()), beforeRestoreMark,
                 QRegularExpression::escape(backupSuffix)));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    // Read as UTC from the start: as local time, an hour skipped in spring
    // would not exist.
    const QString stamp = match.captured(1);
    const QDateTime created(QDate::fromString(stamp.left(10), QStringLiteral("yyyy-MM-dd")),
                            QTime::fromString(stamp.mid(11, 6), QStringLiteral("HHmmss")), Qt::UTC);
    if (!created.isValid())
        return std::nullopt;
    File file;
    file.createdUtc = created;
    file.sequence = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
    file.kind = match.captured(3).isEmpty() ? Kind::Automatic : Kind::BeforeRestore;
    return file;
}

QVector<Backups::File> Backups::list() const
{
    QVector<File> files;
    const QDir dir(folder());
    for (const QString &name : dir.entryList(QDir::Files)) {
        std::optional<File> file = parse(name);
        if (!file)
            continue;
        file->path = dir.filePath(name);
        file->size = QFileInfo(file->path).size();
        files.append(*file);
    }
    sortNewestFirst(files);
    return files;
}

QVector<Backups::File> Backups::listWithContents() const
{
    QVector<File> files = list();
    for (File &file : files) {
        const SqliteBackup::Contents contents =
            SqliteBackup::inspect(file.path, SqliteBackup::Check::Quick);
        file.sessions = contents.problem.isEmpty() ? contents.sessions : -1;
        file.problem = contents.problem;
    }
    return files;
}

QDate Backups::localDay(const QDateTime &utc) const
{
    return utc.toTimeZone(m_zone).date();
}

bool Backups::hasBackupOn(const QDate &day) const
{
    const QVector<File> files = list();
    return std::any_of(files.cbegin(), files.cend(),
                       [&](const File &file) { return localDay(file.createdUtc) == day; });
}

bool Backups::ensureFolder(QString *error) const
{
    const QString path = folder();
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (info.exists() || info.isSymLink()) {
        *error = tr("“%1” is in the way, and it is not a folder").arg(shown(path));
        return false;
    }
    // Owner-only from the start, whatever the umask: backups hold the
    // same candid sessions as the database.
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST) {
        *error = tr("the folder cannot be created (%1)").arg(systemError());
        return false;
    }
    return true;
}

void Backups::removeAbandonedPartials() const
{
    removeMatching(
        folder(),
        QRegularExpression(QStringLiteral("^%1-.*%2\\.[A-Za-z0-9]{6}(-wal|-shm|-journal)?$")
                               .arg(QRegularExpression::escape(namePrefix()),
                                    QRegularExpression::escape(backupSuffix))),
        QDateTime::currentDateTimeUtc().addSecs(-abandonedAfterSeconds));
}

Backups::WriteResult Backups::write(const QString &connectionName, Kind kind,
                                    const QDateTime &nowUtc) const
{
    WriteResult result;
    const auto fail = [&](const QString &reason) {
        result.error = tr("Cannot write a backup in “%1”: %2").arg(shown(folder()), reason);
        return result;
    };
    QString error;
    if (!ensureFolder(&error))
        return fail(error);
    removeAbandonedPartials();
    const QDir dir(folder());
    // candor --backup may pick the same name in the same second: a name
    // that is taken is never replaced, the next number is tried instead.
    for (int sequence = 1; sequence <= 99; ++sequence) {
        const QString target = dir.filePath(fileName(nowUtc, sequence, kind));
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            continue;
        QTemporaryFile partial(target + QStringLiteral(".XXXXXX")); // created 0600
        if (!partial.open())
            return fail(tr("no file can be created there (%1)").arg(partial.errorString()));
        // SQLite writes it, and takes the existing empty file as it is.
        partial.close();
        if (!SqliteBackup::copyInto(connectionName, partial.fileName(), &error)) {
            SqliteBackup::removeLeftoversOf(partial.fileName());
            return fail(error);
        }
        // Read back whole before it gets a name that says it is a backup.
        const SqliteBackup::Contents contents =
            SqliteBackup::inspect(partial.fileName(), SqliteBackup::Check::Whole);
        if (!contents.problem.isEmpty())
            return fail(tr("the copy does not read back whole (%1)").arg(contents.problem));
        if (!syncToDisk(partial.fileName()))
            return fail(tr("the copy cannot be synced to the disk (%1)").arg(systemError()));
        if (!QFile::rename(partial.fileName(), target)) {
            if (QFileInfo::exists(target))
                continue;
            return fail(tr("the copy cannot be given its name"));
        }
        partial.setAutoRemove(false);
        syncToDisk(dir.path());
        result.path = target;
        result.sessions = contents.sessions;
        if (kind == Kind::Automatic)
            result.removed = rotate(target);
        return result;
    }
    return fail(tr("there are already 99 backups from this second"));
}

QStringList Backups::rotate(const QString &keep) const
{
    // The backup just written stays even if the clock went back and it
    // sorts among the old ones.
    QStringList removed;
    for (const File &file : expired(list(), m_zone)) {
        if (file.path != keep && QFile::remove(file.path))
            removed.append(file.path);
    }
    return removed;
}

QVector<Backups::File> Backups::expired(QVector<File> files, const QTimeZone &zone)
{
    sortNewestFirst(files);
    QSet<QDate> days;
    QSet<int> weeks;
    bool keptBeforeRestore = false;
    QVector<File> expired;
    for (const File &file : std::as_const(files)) {
        const QDate day = file.createdUtc.toTimeZone(zone).date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        const int weekKey = weekYear * 100 + week;
        // The first seen of a day or week is its newest.
        const bool newDay = !days.contains(day);
        const bool newWeek = !weeks.contains(weekKey);
        days.insert(day);
        weeks.insert(weekKey);
        const bool newestBeforeRestore = file.kind == Kind::BeforeRestore && !keptBeforeRestore;
        if (file.kind == Kind::BeforeRestore)
            keptBeforeRestore = true;
        const bool keep = (newDay && days.size() <= keptDays) ||
                          (newWeek && weeks.size() <= keptWeeks) || newestBeforeRestore;
        if (!keep)
            expired.append(file);
    }
    return expired;
}

Backups::RestoreResult Backups::restore(const QString &backupPath, const QDateTime &nowUtc) const
{
    RestoreResult result;
    result.restored = parse(QFileInfo(backupPath).fileName()).value_or(File());
    result.restored.path = backupPath;
    const auto fail = [&](const QString &reason) {
        result.error = tr("The backup “%1” was not restored: %2").arg(shown(backupPath), reason);
        return result;
    };
    // The file itself is replaced, never a symlink that leads to it.
    const QString database = QFileInfo(m_databasePath).canonicalFilePath();
    if (database.isEmpty())
        return fail(tr("the database “%1” is not there").arg(shown(m_databasePath)));
    const QFileInfo databaseInfo(database);
    // Left by a restore that was killed: the caller keeps every other
    // Candor out, so none of them is still being written.
    removeMatching(
        databaseInfo.absolutePath(),
        QRegularExpression(QStringLiteral("^%1\\.restore\\.[A-Za-z0-9]{6}(-journal)?$")
                               .arg(QRegularExpression::escape(databaseInfo.fileName()))));
    QTemporaryFile incoming(database + QStringLiteral(".restore.XXXXXX")); // created 0600
    if (!incoming.open())
        return fail(incoming.errorString());
    incoming.close();

    // Copied by SQLite and read back whole: a backup damaged since it was
    // written, or one from a newer Candor, never replaces the database.
    const QString source = QStringLiteral("candor-restore-source");
    QString error;
    const bool copied = SqliteBackup::openCopy(source, backupPath, &error) &&
                        SqliteBackup::copyInto(source, incoming.fileName(), &error);
    SqliteBackup::close(source);
    if (!copied) {
        SqliteBackup::removeLeftoversOf(incoming.fileName());
        return fail(error);
    }
    const SqliteBackup::Contents contents =
        SqliteBackup::inspect(incoming.fileName(), SqliteBackup::Check::Whole);
    if (!contents.problem.isEmpty())
        return fail(contents.problem);
    result.restored.sessions = contents.sessions;
    if (!syncToDisk(incoming.fileName()))
        return fail(tr("the copy cannot be synced to the disk (%1)").arg(systemError()));

    // The database as it is, kept first, so the restore can be undone by
    // restoring that; then its log folded in, so nothing of the old file
    // is left beside the new one.
    const QString current = QStringLiteral("candor-restore-current");
    bool ready = SqliteBackup::openWriter(current, database, &error);
    if (ready) {
        const WriteResult saved = write(current, Kind::BeforeRestore, nowUtc);
        result.savedAs = saved.path;
        ready = saved.ok();
        error = saved.ok()
                    ? QString()
                    : tr("the database as it is could not be backed up first. %1").arg(saved.error);
    }
    ready = ready && SqliteBackup::foldLogIntoFile(current, &error);
    SqliteBackup::close(current);
    if (!ready)
        return fail(error);
    for (const QString &suffix : SqliteBackup::companionSuffixes()) {
        // An index without its log describes nothing; a log or a journal
        // would be read as the new file's.
        if (suffix == QLatin1String("-shm"))
            QFile::remove(database + suffix);
        else if (QFileInfo::exists(database + suffix))
            return fail(tr("“%1” is beside the database; another program is writing to it")
                            .arg(shown(database + suffix)));
    }
    if (::rename(QFile::encodeName(incoming.fileName()).constData(),
                 QFile::encodeName(database).constData()) != 0)
        return fail(systemError());
    incoming.setAutoRemove(false);
    syncToDisk(databaseInfo.absolutePath());
    return result;
}
