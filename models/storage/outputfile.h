#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Every file Candor writes for a person (exports, summaries printed to a
// file) goes through here. It is never the open database or a file kept
// with it, under any name; never a folder, device or pipe; and it is
// written whole or not at all: to a temporary file beside the target,
// flushed and synced to disk, then renamed over it.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // Why path must not be written, in a sentence that names it; empty when
    // it may be.
    static QString refusal(const QString &path);

    // False with *error set when path was refused or could not be written
    // completely; whatever path held before is then left as it was.
    static bool write(const QString &path, const QByteArray &bytes, QString *error = nullptr);
};
