#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>

// Every file and folder under a root, with its permissions and a hash of its
// bytes: comparing two snapshots proves nothing was written, added, removed
// or had its permissions changed.
using FileSnapshot = QMap<QString, QString>;

inline FileSnapshot takeSnapshot(const QString &root)
{
    FileSnapshot snapshot;
    const QDir rootDir(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString state = QStringLiteral("mode %1").arg(int(info.permissions()), 0, 16);
        if (info.isDir()) {
            state += QStringLiteral(" folder");
        } else {
            QFile file(info.filePath());
            if (file.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&file);
                state += QStringLiteral(" size %1 sha256 %2")
                             .arg(info.size())
                             .arg(QString::fromLatin1(hash.result().toHex()));
            } else {
                state += QStringLiteral(" unreadable: ") + file.errorString();
            }
        }
        snapshot.insert(rootDir.relativeFilePath(info.filePath()), state);
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
