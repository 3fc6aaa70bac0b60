#include "editbenchmark.h"

#include "database.h"
#include "store.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace {

const QString rawConnectionName = QStringLiteral("candor-bench-raw");

// Edits before measuring: the first commits create the write-ahead log and
// warm the page cache, which only ever happens once per opened file.
constexpr int warmUpEdits = 10;

// What Database::open sets, so the raw file pays the same price per commit.
const char *const rawPragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                  "PRAGMA foreign_keys=ON", "PRAGMA trusted_schema=OFF"};

double timedMilliseconds(const std::function<bool()> &work, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    *ok = work();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

EditBenchmark::EditBenchmark(const QString &candorDatabasePath, const QString &rawDatabasePath)
    : m_candorDatabasePath(candorDatabasePath)
    , m_rawDatabasePath(rawDatabasePath)
{}

bool EditBenchmark::run(int edits)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), rawConnectionName);
        raw.setDatabaseName(m_rawDatabasePath);
        if (!raw.open())
            m_lastError = raw.lastError().text();
    }
    const Database::OpenResult opened = Database::open(m_candorDatabasePath);
    if (!opened.ok())
        m_lastError = opened.message;

    const bool ok = m_lastError.isEmpty() && measure(edits);

    Database::close();
    {
        QSqlDatabase raw = QSqlDatabase::database(rawConnectionName, false);
        raw.close();
    }
    QSqlDatabase::removeDatabase(rawConnectionName);
    return ok;
}

bool EditBenchmark::measure(int edits)
{
    QSqlDatabase raw = QSqlDatabase::database(rawConnectionName, false);
    QSqlQuery rawQuery(raw);
    for (const char *pragma : rawPragmas) {
        if (!rawQuery.exec(QString::fromLatin1(pragma))) {
            m_lastError = rawQuery.lastError().text();
            return false;
        }
    }
    if (!rawQuery.exec(QStringLiteral("CREATE TABLE t(x TEXT)")) ||
        !rawQuery.prepare(QStringLiteral("INSERT INTO t(x) VALUES(?)"))) {
        m_lastError = rawQuery.lastError().text();
        return false;
    }

    Store store(Database::defaultConnectionName);
    const QVector<SessionSummary> sessions = store.sessions();
    if (sessions.isEmpty()) {
        m_lastError = QStringLiteral("the sample database holds no session to rename");
        return false;
    }
    const SessionSummary edited = sessions.first();
    // Alternating titles, so every edit really changes the row.
    const QString titles[] = {edited.title, edited.title + QStringLiteral(" (renamed)")};

    int editCount = 0;
    const auto storeEdit = [&] { return store.renameSession(edited.id, titles[++editCount % 2]); };
    const auto rawInsert = [&] {
        if (!raw.transaction())
            return false;
        rawQuery.bindValue(0, titles[editCount % 2]);
        if (!rawQuery.exec()) {
            raw.rollback();
            return false;
        }
        return raw.commit();
    };
    const auto rawError = [&] {
        const QString queryError = rawQuery.lastError().text();
        return queryError.isEmpty() ? raw.lastError().text() : queryError;
    };

    for (int i = -warmUpEdits; i < edits; ++i) {
        // Which goes first alternates, so neither always follows the other's fsync.
        const bool storeFirst = i % 2 == 0;
        bool storeOk = false;
        bool rawOk = false;
        double storeMs = 0;
        double rawMs = 0;
        if (storeFirst)
            storeMs = timedMilliseconds(storeEdit, &storeOk);
        rawMs = timedMilliseconds(rawInsert, &rawOk);
        if (!storeFirst)
            storeMs = timedMilliseconds(storeEdit, &storeOk);
        if (!storeOk) {
            m_lastError = QStringLiteral("renaming a session failed: ") + store.lastError();
            return false;
        }
        if (!rawOk) {
            m_lastError = QStringLiteral("the raw insert failed: ") + rawError();
            return false;
        }
        if (i >= 0) {
            m_storeEdits.append(storeMs);
            m_rawInserts.append(rawMs);
        }
    }
    return true;
}
