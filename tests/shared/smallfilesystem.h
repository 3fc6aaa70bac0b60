#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <sys/mount.h>
#include <sys/stat.h>

// Faults of the filesystem for tests that write: a full disk and a
// read-only folder, without touching the machine's own filesystems.

// The permission bits of path itself, not of what a symlink leads to.
inline mode_t permissionBits(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return 0;
    return status.st_mode & 07777;
}

// A filesystem of the test's own, a few pages big, so a full disk or a
// read-only folder can be had without touching the machine's. Mounting
// needs root (or CAP_SYS_ADMIN); tests fall back or skip without it.
class SmallFilesystem
{
public:
    ~SmallFilesystem()
    {
        if (!m_path.isEmpty())
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    bool mount(const QString &path, int kilobytes)
    {
        m_options = QStringLiteral("size=%1k,mode=0700").arg(kilobytes).toLatin1();
        if (!QDir().mkpath(path) || ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs",
                                            0, m_options.constData()) != 0)
            return false;
        m_path = path;
        return true;
    }
    bool makeReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_path).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, m_options.constData()) == 0;
    }
    // Writes a filler file until the filesystem refuses another page.
    bool fill() const
    {
        QFile filler(QDir(m_path).filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray page(4096, 'x');
        while (filler.write(page) == page.size()) {
        }
        return filler.size() > 0;
    }

private:
    QString m_path;
    QByteArray m_options;
};
