#pragma once

#include "transfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <memory>

class QTemporaryDir;
class Store;

// A session file (.candor) carries sessions from one Candor to another: a
// standalone SQLite file with Candor's application id and schema, a meta
// table that says what it is and who wrote it, and every row of the
// sessions it holds and of their teams.
class SessionFile
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)

public:
    static constexpr const char *suffix = "candor";
    // What a session file says it is, in its meta table.
    static constexpr const char *formatName = "Candor sessions";
    // Larger files are refused before they are read: a year of sessions is
    // a few megabytes, a whole database tens.
    static constexpr qint64 maximumBytes = qint64(256) * 1024 * 1024;
    // Longest text a field may hold, in characters.
    static constexpr int maximumTextLength = 1000000;

    // Writes the sessions with these ids, and their teams, to path (whole or
    // not at all, never over the database). Remembers what each row held,
    // so a later import of the file back can tell who changed what.
    static bool write(Store *store, const QVector<qint64> &sessionIds, const QString &path,
                      QString *error);
};

// A session file (or a whole Candor database, or one of its backups) as an
// import reads it: checked whole on a private copy before anything is read
// from it, nothing in it ever run.
class SessionFileReader
{
    Q_DECLARE_TR_FUNCTIONS(SessionFileReader)

public:
    SessionFileReader();
    ~SessionFileReader();
    SessionFileReader(const SessionFileReader &) = delete;
    SessionFileReader &operator=(const SessionFileReader &) = delete;

    // False with one sentence in *error that says why the file cannot be
    // imported; the file itself is never changed.
    bool open(const QString &path, QString *error);

    // Every row of the file's sessions and their teams, parents first, with
    // the file's own ids. Deleted sessions are left out.
    const QVector<StoredRow> &rows() const { return m_rows; }
    // A session file rather than a whole database or a backup.
    bool isSessionFile() const { return m_isSessionFile; }
    QString exportedBy() const { return m_exportedBy; }
    QDateTime exportedAt() const { return m_exportedAt; }
    QString path() const { return m_path; }

private:
    bool check(const QString &connection, int version, QString *error);
    bool readRows(const QString &connection, QString *error);

    std::unique_ptr<QTemporaryDir> m_copyFolder;
    QString m_path;
    QVector<StoredRow> m_rows;
    bool m_isSessionFile = false;
    QString m_exportedBy;
    QDateTime m_exportedAt;
};
