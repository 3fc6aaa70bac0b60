#pragma once

#include <QSqlError>
#include <QVariant>

// SQLite's result codes (sqlite3.h) that call for words of their own, for
// everything that opens, copies or replaces the SQLite file. Qt reports the
// extended code; its low byte is the primary one.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCannotOpen = 14,
    SqliteNotADatabase = 26,
    SqliteReadOnlyDirectory = 1544,
};

inline int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt();
}
