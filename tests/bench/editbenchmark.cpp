#include "editbenchmark.h"

#include "database.h"
#include "rawinsert.h"
#include "store.h"

#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace {

const QString rawConnectionName = QStringLiteral("candor-bench-raw");

// Edits before measuring: the first commits create the write-ahead log and
// warm the page cache, which only ever happens once per opened file.
constexpr int warmUpEdits = 10;

double timedMilliseconds(const std::function<bool()> &work, bool *ok)
{
    QElapsedTimer clock;
    clock.start();
    *ok = work();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

EditBenchmark::EditBenchmark(const QString &candorDatabasePath, const QString &rawDatabasePath)
    : EditBenchmark(DatabaseLocation::file(candorDatabasePath),
                    DatabaseLocation::file(rawDatabasePath))
{}

EditBenchmark::EditBenchmark(const DatabaseLocation &candor, const DatabaseLocation &raw)
    : m_candor(candor)
    , m_raw(raw)
{}

bool EditBenchmark::run(int edits)
{
    bool ok = false;
    {
        const auto raw = m_raw.isServer()
                             ? std::make_unique<RawInsert>(m_raw, rawConnectionName)
                             : std::make_unique<RawInsert>(m_raw.filePath(), rawConnectionName);
        const Database::OpenResult opened = m_candor.isServer()
                                                ? Database::openServer(m_candor)
                                                : Database::open(m_candor.filePath());
        if (!raw->ok())
            m_lastError = raw->lastError();
        else if (!opened.ok())
            m_lastError = opened.message;
        else
            ok = measure(edits, raw.get());
        Database::close();
    }
    return ok;
}

bool EditBenchmark::measure(int edits, RawInsert *raw)
{
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
    const auto rawInsert = [&] { return raw->insert(titles[editCount % 2]); };

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
            m_lastError = QStringLiteral("the raw insert failed: ") + raw->lastError();
            return false;
        }
        if (i >= 0) {
            m_storeEdits.append(storeMs);
            m_rawInserts.append(rawMs);
        }
    }
    return true;
}
