#include "editbenchmark.h"

#include "database.h"
#include "domain.h"
#include "rawinsert.h"
#include "store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace {

const QString rawConnectionName = QStringLiteral("candor-bench-raw");
const QString rawRenameConnection = QStringLiteral("candor-bench-raw-rename");

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
    const auto rawInsert = [&] {
        if (raw->insert(titles[editCount % 2]))
            return true;
        m_lastError = QStringLiteral("the raw insert failed: ") + raw->lastError();
        return false;
    };
    if (!interleave(edits, storeEdit, rawInsert, &m_storeEdits, &m_rawInserts)) {
        m_lastError = m_lastError.isEmpty()
                          ? QStringLiteral("renaming a session failed: ") + store.lastError()
                          : m_lastError;
        return false;
    }
    if (!m_candor.isServer())
        return true;

    // On a server, a second round: the store's rename next to the same
    // UPDATE it sends, prepared on a connection of its own and committed
    // alone: what the server itself takes for this edit, whatever Candor
    // does around it. A round of its own, so that the first round is timed
    // exactly as on a file.
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), rawRenameConnection);
        m_candor.applyTo(db);
        QSqlQuery rename(db);
        if (!db.open() || !rename.prepare(QStringLiteral(
                              "UPDATE sessions SET title = ?, updated_at = ? WHERE id = ?"))) {
            m_lastError = QStringLiteral("the raw rename: ") + db.lastError().text();
        } else {
            const auto rawRename = [&] {
                rename.bindValue(0, titles[editCount % 2] + QStringLiteral(" (raw)"));
                rename.bindValue(1, Domain::timestampText(QDateTime::currentDateTimeUtc()));
                rename.bindValue(2, edited.id);
                if (db.transaction() && rename.exec() && db.commit())
                    return true;
                m_lastError = QStringLiteral("the raw rename failed: ") + rename.lastError().text();
                return false;
            };
            ok = interleave(edits, storeEdit, rawRename, &m_storeEditsNextToRenames, &m_rawRenames);
        }
    }
    QSqlDatabase::removeDatabase(rawRenameConnection);
    return ok;
}

bool EditBenchmark::interleave(int edits, const std::function<bool()> &storeEdit,
                               const std::function<bool()> &baseline, QVector<double> *storeTimes,
                               QVector<double> *baselineTimes)
{
    for (int i = -warmUpEdits; i < edits; ++i) {
        // Which goes first alternates, so neither always follows the other's fsync.
        const bool storeFirst = i % 2 == 0;
        bool storeOk = false;
        bool baselineOk = false;
        double storeMs = 0;
        double baselineMs = 0;
        if (storeFirst)
            storeMs = timedMilliseconds(storeEdit, &storeOk);
        baselineMs = timedMilliseconds(baseline, &baselineOk);
        if (!storeFirst)
            storeMs = timedMilliseconds(storeEdit, &storeOk);
        if (!storeOk || !baselineOk)
            return false;
        if (i >= 0) {
            storeTimes->append(storeMs);
            baselineTimes->append(baselineMs);
        }
    }
    return true;
}
