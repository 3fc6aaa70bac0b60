#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

// Every file and folder under a root, with its type, permissions and a hash
// of its bytes: comparing two snapshots proves nothing was written, added,
// removed or had its permissions changed. Links, pipes and devices are
// described, never opened, so a snapshot never blocks on a pipe or reads a
// device without end.
using FileSnapshot = QMap<QString, QString>;

inline QString describeEntry(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("gone");
    QString state = QStringLiteral("mode %1").arg(status.st_mode & 07777, 0, 8);
    if (S_ISLNK(status.st_mode))
        return state + QStringLiteral(" link to ") + QFileInfo(path).symLinkTarget();
    if (S_ISDIR(status.st_mode))
        return state + QStringLiteral(" folder");
    if (!S_ISREG(status.st_mode))
        return state +
               QStringLiteral(" special file of type %1").arg(status.st_mode & S_IFMT, 0, 8);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state + QStringLiteral(" unreadable: ") + file.errorString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return state + QStringLiteral(" size %1 sha256 %2")
                       .arg(status.st_size)
                       .arg(QString::fromLatin1(hash.result().toHex()));
}

inline FileSnapshot takeSnapshot(const QString &root)
{
    FileSnapshot snapshot;
    const QDir rootDir(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        snapshot.insert(rootDir.relativeFilePath(path), describeEntry(path));
    }
    return snapshot;
}

// Empty when both are the same; otherwise one line per difference.
inline QString snapshotDifferences(const FileSnapshot &before, const FileSnapshot &after)
{
    QStringList lines;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            lines.append(QStringLiteral("removed %1 (was %2)").arg(it.key(), it.value()));
        else if (after.value(it.key()) != it.value())
            lines.append(QStringLiteral("changed %1: %2 -> %3")
                             .arg(it.key(), it.value(), after.value(it.key())));
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            lines.append(QStringLiteral("added %1 (%2)").arg(it.key(), it.value()));
    }
    return lines.join(QLatin1Char('\n'));
}
