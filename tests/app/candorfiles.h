#pragma once

#include "database.h"
#include "store.h"
#include "testsessions.h"

#include <QDebug>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <functional>

// Database files for the process-level tests, made the way the app makes
// them or the way other programs (and crashes) leave them.

inline bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    qWarning() << sql << query.lastError().text();
    return false;
}

// A real Candor database made the way the app makes it, closed again so the
// file is complete on disk without a write-ahead log beside it.
inline bool createCandorFile(const QString &path, const QStringList &titles,
                             SessionKind kind = SessionKind::PreMortem)
{
    return createSessionsAndClose(Database::open(path), titles, kind) &&
           !QFileInfo::exists(path + QStringLiteral("-wal"));
}

// Runs work on a plain SQLite connection to path, outside Candor's checks,
// the way other programs (or other versions) would touch the file.
inline bool withRawConnection(const QString &path, const std::function<bool(QSqlQuery &)> &work)
{
    const QString connection = QStringLiteral("raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && work(query);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

inline bool runRawSql(const QString &path, const QStringList &statements)
{
    return withRawConnection(path, [&statements](QSqlQuery &query) {
        for (const QString &statement : statements) {
            if (!exec(query, statement))
                return false;
        }
        return true;
    });
}

// What a Candor killed mid-session leaves behind: the statements are
// committed, but only to the write-ahead log beside the file. withLog and
// withIndex say which of the log and its shared-memory index reach target
// (a crash leaves both; a careless copy or a clean-up may lose one).
inline bool copyLeftByCrash(const QString &target, const QStringList &statements, bool withLog,
                            bool withIndex)
{
    QTemporaryDir scratchDir;
    const QString scratch = scratchDir.filePath(QStringLiteral("running.sqlite"));
    if (!scratchDir.isValid() || !createCandorFile(scratch, {QStringLiteral("Before the crash")}))
        return false;
    return withRawConnection(scratch, [&](QSqlQuery &query) {
        if (!exec(query, QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
            return false;
        for (const QString &statement : statements) {
            if (!exec(query, statement))
                return false;
        }
        // Copied while the connection is open, the files are what a crash
        // at this moment would leave.
        return QFile::copy(scratch, target) &&
               (!withLog ||
                QFile::copy(scratch + QStringLiteral("-wal"), target + QStringLiteral("-wal"))) &&
               (!withIndex ||
                QFile::copy(scratch + QStringLiteral("-shm"), target + QStringLiteral("-shm")));
    });
}

// A statement that commits a session titled "Only in the log".
inline QString insertSessionOnlyInTheLog()
{
    return QStringLiteral("INSERT INTO sessions (kind, title, created_at, updated_at)"
                          " VALUES ('premortem', 'Only in the log',"
                          " '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z')");
}
