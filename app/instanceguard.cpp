#include "instanceguard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#include <unistd.h>

namespace {
const QByteArray showMessage = QByteArrayLiteral("show\n");
}

namespace {

// One name for one file, however it was reached (relative path, symlink,
// "..") and whether or not it exists yet; otherwise two windows could take
// two locks on the same database.
QString canonicalDatabasePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

} // namespace

InstanceGuard::InstanceGuard(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(canonicalDatabasePath(databasePath))
    , m_lock(m_databasePath + QStringLiteral(".lock"))
{
    // The lock lives as long as the process; a crashed holder is detected
    // by its process id, never by the lock's age.
    m_lock.setStaleLockTime(0);
}

InstanceGuard::~InstanceGuard()
{
    m_lock.unlock();
}

QString InstanceGuard::serverName() const
{
    const QByteArray key = m_databasePath.toUtf8() + '\0' + QByteArray::number(uint(::getuid()));
    return QStringLiteral("candor-") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20));
}

InstanceGuard::Outcome InstanceGuard::acquire()
{
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (!m_lock.tryLock(0)) {
        return m_lock.error() == QLockFile::LockFailedError ? Outcome::HeldByAnother
                                                            : Outcome::Failed;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(serverName()); // a socket left by a crashed copy
    if (m_server->listen(serverName())) {
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                    if (socket->readAll().contains(showMessage.trimmed()))
                        emit showRequested();
                    socket->disconnectFromServer();
                });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    return Outcome::Acquired;
}

QString InstanceGuard::holderDescription() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock.getLockInfo(&pid, &host, &application))
        return tr("another program");
    return tr("Candor (process %1 on %2)").arg(pid).arg(host);
}

bool InstanceGuard::askHolderToShow() const
{
    QLocalSocket socket;
    socket.connectToServer(serverName());
    if (!socket.waitForConnected(500))
        return false;
    socket.write(showMessage);
    return socket.waitForBytesWritten(500);
}
