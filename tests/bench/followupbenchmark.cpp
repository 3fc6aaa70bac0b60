#include "followupbenchmark.h"

#include "database.h"
#include "firstpaint.h"
#include "followupmodel.h"
#include "followuppage.h"
#include "store.h"

#include "edithistory.h"
#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>
#include <QVariant>

#include <memory>

namespace {

// Openings before measuring: the first ones load the fonts and styles
// every later window finds ready, as the running app would have them.
constexpr int warmUpOpenings = 2;

double millisecondsSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// Lets the closed window go before the next one is timed.
void disposeOf(std::unique_ptr<QWidget> window)
{
    window.reset();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QApplication::processEvents();
}

} // namespace

FollowUpBenchmark::FollowUpBenchmark(const QString &candorDatabasePath)
    : FollowUpBenchmark(DatabaseLocation::file(candorDatabasePath))
{}

FollowUpBenchmark::FollowUpBenchmark(const DatabaseLocation &candorDatabase)
    : m_candorDatabase(candorDatabase)
{}

bool FollowUpBenchmark::run(int openings)
{
    bool ok = false;
    {
        const Database::OpenResult opened = m_candorDatabase.isServer()
                                                ? Database::openServer(m_candorDatabase)
                                                : Database::open(m_candorDatabase.filePath());
        if (!opened.ok()) {
            m_lastError = opened.message;
        } else {
            Store store(Database::defaultConnectionName);
            ok = measure(&store, openings);
        }
        Database::close();
    }
    return ok;
}

bool FollowUpBenchmark::measure(Store *store, int openings)
{
    const int stored = storedActions();
    for (int i = -warmUpOpenings; i < openings; ++i) {
        // Which goes first alternates, so neither always finds the other's
        // memory and caches warm.
        const bool pageFirst = i % 2 == 0;
        double pageMs = 0;
        double baselineMs = 0;
        if (!pageFirst && !openBaseline(&baselineMs))
            return false;
        if (!openPage(store, &pageMs))
            return false;
        if (pageFirst && !openBaseline(&baselineMs))
            return false;
        if (m_actionCount != stored || m_shownRows < 1) {
            m_lastError = QStringLiteral("the follow-up page holds %1 of the %2 stored actions "
                                         "and shows %3 rows")
                              .arg(m_actionCount)
                              .arg(stored)
                              .arg(m_shownRows);
            return false;
        }
        if (i >= 0) {
            m_openings.append(pageMs);
            m_baselines.append(baselineMs);
        }
    }
    return true;
}

bool FollowUpBenchmark::openPage(Store *store, double *milliseconds)
{
    EditHistory undoStack(store);
    QElapsedTimer clock;
    clock.start();
    auto page = std::make_unique<FollowUpPage>(store, &undoStack);
    const auto *watcher = new PaintWatcher(page->view()->viewport());
    page->resize(windowWidth, windowHeight);
    page->show();
    const bool painted = FirstPaint::paintUntilSeen(page.get(), *watcher);
    *milliseconds = millisecondsSince(clock);
    m_actionCount = page->model()->rowCount();
    m_shownRows = page->view()->model()->rowCount();
    disposeOf(std::move(page));
    if (!painted) {
        m_lastError = QStringLiteral("the follow-up page did not paint within %1 s")
                          .arg(FirstPaint::timeoutMs / 1000);
    }
    return painted;
}

bool FollowUpBenchmark::openBaseline(double *milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    auto window = std::make_unique<QWidget>();
    auto *view = new QTableView(window.get());
    auto *layout = new QVBoxLayout(window.get());
    layout->addWidget(view);
    const auto *watcher = new PaintWatcher(view->viewport());
    window->resize(windowWidth, windowHeight);
    window->show();
    const bool painted = FirstPaint::paintUntilSeen(window.get(), *watcher);
    *milliseconds = millisecondsSince(clock);
    disposeOf(std::move(window));
    if (!painted) {
        m_lastError = QStringLiteral("the empty table window did not paint within %1 s")
                          .arg(FirstPaint::timeoutMs / 1000);
    }
    return painted;
}

int FollowUpBenchmark::storedActions()
{
    QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM actions a JOIN sessions s"
                                   " ON s.id = a.session_id WHERE s.deleted_at IS NULL")) ||
        !query.next())
        return -1;
    return query.value(0).toInt();
}
