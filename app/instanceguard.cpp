#include "instanceguard.h"

#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSysInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QByteArray showMessage = QByteArrayLiteral("show\n");
// "import <absolute path, UTF-8>": show the window and what importing the
// file would do.
const QByteArray importPrefix = QByteArrayLiteral("import ");
// How the running copy answers: "candor <process id>".
const QByteArray answerPrefix = QByteArrayLiteral("candor ");

// One name for one file, however it was reached (relative path, symlink,
// "..") and whether or not it exists yet, so the lock file beside it is one.
QString canonicalDatabasePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

// O_NONBLOCK: a pipe where a file should be must not stall the start.
int openForLocking(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
}

// QLockFile keeps an flock on its lock file for as long as it holds it, so
// a lock file nobody has flocked was left behind, whatever it says (or
// fails to say: empty, cut short, garbage).
bool isLockHeld(const QString &lockPath)
{
    const int fd = openForLocking(lockPath);
    if (fd < 0)
        return false;
    const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

// Device and inode: the same for every name of a file.
QByteArray identityOf(const struct stat &status)
{
    return QByteArray::number(quint64(status.st_dev)) + ':' +
           QByteArray::number(quint64(status.st_ino));
}

} // namespace

InstanceGuard::InstanceGuard(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(canonicalDatabasePath(databasePath))
    , m_lock(Database::lockPath(m_databasePath))
{
    // The lock lives as long as the process; a crashed holder is detected
    // by its process id or its free flock, never by the lock's age.
    m_lock.setStaleLockTime(0);
}

InstanceGuard::~InstanceGuard()
{
    m_lock.unlock();
    if (m_databaseFile < 0)
        return;
    struct stat status = {};
    if (m_createdDatabaseFile && ::fstat(m_databaseFile, &status) == 0 && status.st_size == 0)
        QFile::remove(m_databasePath);
    ::close(m_databaseFile);
}

bool InstanceGuard::followReplacedDatabase()
{
    const int fd = openForLocking(m_databasePath);
    struct stat status = {};
    if (fd < 0 || ::fstat(fd, &status) != 0 || ::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    // The old file is gone and SQLite has closed it: its descriptor holds
    // nothing worth keeping.
    ::close(m_databaseFile);
    m_databaseFile = fd;
    m_createdDatabaseFile = false;
    m_identity = identityOf(status);
    delete m_server;
    m_server = nullptr;
    listenForLaterStarts();
    return true;
}

QString InstanceGuard::serverName() const
{
    const QByteArray key = m_identity + '\0' + QByteArray::number(uint(::getuid()));
    return QStringLiteral("candor-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20));
}

InstanceGuard::Outcome InstanceGuard::acquire()
{
    if (!QDir().mkpath(QFileInfo(m_databasePath).absolutePath()))
        return Outcome::DatabaseUnusable;
    int fd = openForLocking(m_databasePath);
    if (fd < 0 && errno == ENOENT) {
        // A file to lock, made the way the database is: its owner's only.
        fd = ::open(QFile::encodeName(m_databasePath).constData(),
                    O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        m_createdDatabaseFile = fd >= 0;
        if (fd < 0 && errno == EEXIST)
            fd = openForLocking(m_databasePath);
    }
    struct stat status = {};
    if (fd >= 0 && (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode))) {
        ::close(fd);
        fd = -1;
    }
    if (fd < 0)
        return Outcome::DatabaseUnusable;
    m_databaseFile = fd;
    m_identity = identityOf(status);
    // Where flock is not supported (some network filesystems) the lock file
    // alone keeps the guard, by path.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK)
        return Outcome::HeldByAnother;

    if (!m_lock.tryLock(0)) {
        if (m_lock.error() != QLockFile::LockFailedError)
            return Outcome::DatabaseUnusable;
        const QString lockPath = QDir::toNativeSeparators(m_lock.fileName());
        const QFileInfo lock(m_lock.fileName());
        if (!lock.isFile() || lock.isSymLink()) {
            m_problem = tr("Candor cannot lock the database: “%1”, where it keeps its lock "
                           "file, is a folder or something else that is not a file. Move or "
                           "remove it, then start Candor again.")
                            .arg(lockPath);
            return Outcome::LockUnusable;
        }
        // Held by a live process: an older Candor, which locks by name only.
        if (isLockHeld(m_lock.fileName()))
            return Outcome::HeldByAnother;
        QFile leftOver(m_lock.fileName());
        if (!leftOver.remove()) {
            m_problem = tr("The lock file “%1” was left by a copy of Candor that is no longer "
                           "running, and it cannot be removed (%2). Remove it, then start "
                           "Candor again.")
                            .arg(lockPath, leftOver.errorString());
            return Outcome::LockUnusable;
        }
        if (!m_lock.tryLock(0))
            return m_lock.error() == QLockFile::LockFailedError ? Outcome::HeldByAnother
                                                                : Outcome::DatabaseUnusable;
    }
    listenForLaterStarts();
    return Outcome::Acquired;
}

void InstanceGuard::listenForLaterStarts()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(serverName()); // a socket left by a crashed copy
    if (!m_server->listen(serverName()))
        return;
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                // One whole line; a later start writes it at once.
                if (!socket->canReadLine())
                    return;
                const QByteArray line = socket->readLine().trimmed();
                const bool show = line == showMessage.trimmed();
                const bool import = line.startsWith(importPrefix);
                if (show || import) {
                    socket->write(answerPrefix +
                                  QByteArray::number(QCoreApplication::applicationPid()) + '\n');
                    emit showRequested();
                }
                if (import) {
                    const QString path = QString::fromUtf8(line.mid(importPrefix.size()));
                    if (QFileInfo(path).isAbsolute())
                        emit importRequested(path);
                }
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString InstanceGuard::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock.getLockInfo(&pid, &host, &application))
        return tr("Candor (process %1 on %2)").arg(pid).arg(host);
    // Reached through another name (a hard link): the holder said who it is.
    if (m_holderProcessId)
        return tr("Candor (process %1 on %2)")
            .arg(m_holderProcessId)
            .arg(QSysInfo::machineHostName());
    return tr("another program");
}

bool InstanceGuard::askHolderToShow()
{
    return sendToHolder(showMessage);
}

bool InstanceGuard::askHolderToImport(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute.contains(QLatin1Char('\n')))
        return false;
    return sendToHolder(importPrefix + absolute.toUtf8() + '\n');
}

bool InstanceGuard::sendToHolder(const QByteArray &message)
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(500))
        return false;
    socket.write(message);
    if (!socket.waitForBytesWritten(500))
        return false;
    // Candor answers with its process id; an older one only hangs up.
    if (socket.waitForReadyRead(500)) {
        const QByteArray answer = socket.readLine().trimmed();
        if (answer.startsWith(answerPrefix.trimmed()))
            m_holderProcessId = answer.mid(answerPrefix.size()).toLongLong();
    }
    return true;
}
