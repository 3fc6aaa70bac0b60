#include "outputfile.h"

#include "database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <optional>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// A file whatever name reaches it: a symlink or a hard link to the
// database is the database.
struct FileIdentity
{
    dev_t device = 0;
    ino_t inode = 0;
    bool operator==(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode;
    }
};

std::optional<FileIdentity> identityOf(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{status.st_dev, status.st_ino};
}

// Where a write to path lands: QSaveFile follows symlinks, dangling ones
// included, to the file they name.
QString landingPath(const QString &path)
{
    QFileInfo info(path);
    for (int depth = 0; depth < 128 && info.isSymLink(); ++depth)
        info.setFile(info.symLinkTarget());
    return info.absoluteFilePath();
}

// The files kept with the database that exist now: the database itself,
// its log, index, journal, lock and backups, and whatever is in its
// backups folder.
QStringList existingCompanions(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    QStringList files{database.absoluteFilePath()};
    const QDir folder = database.absoluteDir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (Database::isCompanionName(database.fileName(), name))
            files.append(folder.filePath(name));
    }
    QDirIterator backups(Database::backupFolder(databasePath), QDir::Files | QDir::System,
                         QDirIterator::Subdirectories);
    while (backups.hasNext())
        files.append(backups.next());
    return files;
}

// Whether writing to landing would replace the database at databasePath or
// a file kept with it, now or once it exists.
bool belongsToDatabase(const QString &landing, const QString &databasePath)
{
    if (const std::optional<FileIdentity> target = identityOf(landing)) {
        for (const QString &file : existingCompanions(databasePath)) {
            if (identityOf(file) == target)
                return true;
        }
    }
    // By name, in the database's folder reached by any path: a file named
    // like its log would be read by SQLite as its log.
    const QFileInfo landingInfo(landing);
    const QString folder = QFileInfo(landingInfo.absolutePath()).canonicalFilePath();
    const std::optional<FileIdentity> databaseFolder =
        identityOf(QFileInfo(databasePath).absolutePath());
    if (folder.isEmpty() || !databaseFolder)
        return false;
    if (identityOf(folder) == databaseFolder &&
        Database::isCompanionName(QFileInfo(databasePath).fileName(), landingInfo.fileName()))
        return true;
    const QString backupsName = QFileInfo(Database::backupFolder(databasePath)).fileName();
    for (QFileInfo ancestor(folder); !ancestor.isRoot();
         ancestor.setFile(ancestor.absolutePath())) {
        if (ancestor.fileName() == backupsName &&
            identityOf(ancestor.absolutePath()) == databaseFolder)
            return true;
    }
    return false;
}

} // namespace

QString OutputFile::refusal(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString landing = landingPath(path);
    for (const QString &database : Database::openPaths()) {
        if (belongsToDatabase(landing, database))
            return tr("Cannot write “%1”: it is the database Candor has open (“%2”), or a file "
                      "kept with it, and writing there would destroy it. Choose another file.")
                .arg(shown, QDir::toNativeSeparators(database));
    }
    // Checked before anything is written: renaming a finished file over a
    // device would replace the device itself.
    struct stat status = {};
    if (::stat(QFile::encodeName(landing).constData(), &status) == 0 && !S_ISREG(status.st_mode)) {
        if (S_ISDIR(status.st_mode))
            return tr("Cannot write “%1”: it is a folder. Choose a file name.").arg(shown);
        return tr("Cannot write “%1”: it is a device or a pipe, not a file. Choose a file name.")
            .arg(shown);
    }
    return {};
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    const QString refused = refusal(path);
    if (!refused.isEmpty())
        return fail(refused);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    // Qt 6.4's commit() ignores a flush of its buffer that fails, so a small
    // file on a full disk would replace the old one with nothing; and it
    // ignores a failed sync. Both are checked here first.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("Cannot write “%1”: %2").arg(shown, reason));
    }
    if (::fsync(file.handle()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return fail(tr("Cannot write “%1”: %2").arg(shown, reason));
    }
    if (!file.commit())
        return fail(tr("Cannot write “%1”: %2").arg(shown, file.errorString()));
    // The rename reaches the disk too; a folder that cannot be synced still
    // holds a whole file, old or new.
    const int folder = ::open(QFile::encodeName(QFileInfo(landingPath(path)).absolutePath()),
                              O_RDONLY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return true;
}
