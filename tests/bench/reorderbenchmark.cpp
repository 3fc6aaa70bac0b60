#include "reorderbenchmark.h"

#include "actionmodel.h"
#include "actionspage.h"
#include "database.h"
#include "firstpaint.h"
#include "rawinsert.h"
#include "sampledata.h"
#include "sessionflow.h"
#include "store.h"

#include "edithistory.h"
#include <QAbstractProxyModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTableView>
#include <QVariant>

namespace {

const QString rawConnectionName = QStringLiteral("candor-bench-reorder-raw");

// Moves before measuring: the first ones lay out rows the window has not
// drawn yet and wait for the store's first write to be allowed.
constexpr int warmUpMoves = 10;

const char *const owners[] = {"Amira K.", "Ben O.", "Chen L.", "Dana R.", "Elif S."};

} // namespace

ReorderBenchmark::ReorderBenchmark(const QString &candorDatabasePath,
                                   const QString &rawDatabasePath)
    : m_candorDatabasePath(candorDatabasePath)
    , m_rawDatabasePath(rawDatabasePath)
{}

bool ReorderBenchmark::run(int moves)
{
    bool ok = false;
    {
        RawInsert raw(m_rawDatabasePath, rawConnectionName);
        const Database::OpenResult opened = Database::open(m_candorDatabasePath);
        if (!raw.ok()) {
            m_lastError = raw.lastError();
        } else if (!opened.ok()) {
            m_lastError = opened.message;
        } else {
            Store store(Database::defaultConnectionName);
            const qint64 sessionId = createSession(&store);
            ok = sessionId != 0 && measure(&store, sessionId, moves, &raw);
        }
        Database::close();
    }
    return ok;
}

qint64 ReorderBenchmark::createSession(Store *store)
{
    const qint64 sessionId =
        store->createSession(SessionKind::PreMortem, QStringLiteral("Partner portal launch"));
    if (sessionId == 0) {
        m_lastError = QStringLiteral("creating the session failed: ") + store->lastError();
        return 0;
    }
    QStringList names;
    for (const char *name : owners)
        names.append(QString::fromUtf8(name));
    QString error;
    if (!writeSampleActions(Database::defaultConnectionName, sessionId, names, actionCount,
                            &error)) {
        m_lastError = QStringLiteral("writing the session's actions failed: ") + error;
        return 0;
    }
    return sessionId;
}

bool ReorderBenchmark::measure(Store *store, qint64 sessionId, int moves, RawInsert *raw)
{
    EditHistory undoStack(store);
    SessionFlow flow(store, &undoStack, sessionId);
    ActionsPage page(&flow);
    if (page.model()->rowCount() != actionCount) {
        m_lastError = QStringLiteral("the actions page shows %1 actions, not %2")
                          .arg(page.model()->rowCount())
                          .arg(actionCount);
        return false;
    }
    page.resize(windowWidth, windowHeight);
    page.show();
    if (!FirstPaint::waitForExposure(page.window())) {
        m_lastError = QStringLiteral("the actions page's window was not shown within %1 s")
                          .arg(FirstPaint::timeoutMs / 1000);
        return false;
    }
    QApplication::processEvents();
    page.window()->repaint();

    for (int i = -warmUpMoves; i < moves; ++i) {
        // Down from the top half, then up from the bottom half, a place
        // further in each time.
        const int step = i + warmUpMoves;
        const int offset = (step / 2) % (actionCount - 1);
        const bool down = step % 2 == 0;
        const int from = down ? offset : actionCount - 1 - offset;
        const int to = down ? from + 1 : from - 1;

        const bool moveFirst = i % 2 == 0;
        bool rawOk = true;
        double rawMs = 0;
        const auto rawInsert = [&] {
            QElapsedTimer clock;
            clock.start();
            rawOk =
                raw->insert(QStringLiteral("move %1 from %2 to %3").arg(step).arg(from).arg(to));
            rawMs = double(clock.nsecsElapsed()) / 1e6;
        };
        if (!moveFirst)
            rawInsert();
        double moveMs = 0;
        if (!moveOnce(&page, from, to, &moveMs)) {
            m_lastError += QStringLiteral(" (%1)").arg(store->lastError());
            return false;
        }
        if (moveFirst)
            rawInsert();
        if (!rawOk) {
            m_lastError = QStringLiteral("the raw insert failed: ") + raw->lastError();
            return false;
        }
        if (i >= 0) {
            m_moves.append(moveMs);
            m_rawInserts.append(rawMs);
        }
    }
    return checkStoredOrder(page, sessionId);
}

bool ReorderBenchmark::moveOnce(ActionsPage *page, int from, int to, double *milliseconds)
{
    ActionModel *model = page->model();
    const qint64 movedId = model->actions().at(from).id;
    // Selecting the row is not timed: it is on the screen, selected, as it
    // would be when the product manager decides to move it.
    QModelIndex selected = model->index(from, ActionModel::TextColumn);
    if (const auto *proxy = qobject_cast<QAbstractProxyModel *>(page->view()->model()))
        selected = proxy->mapFromSource(selected);
    page->view()->setCurrentIndex(selected);
    page->view()->scrollTo(selected);
    QApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    const bool moved = model->moveAction(from, to);
    QApplication::processEvents();
    page->window()->repaint();
    *milliseconds = double(clock.nsecsElapsed()) / 1e6;

    if (!moved || model->actions().at(to).id != movedId) {
        m_lastError = QStringLiteral("moving action %1 from row %2 to row %3 failed")
                          .arg(movedId)
                          .arg(from)
                          .arg(to);
        return false;
    }
    return true;
}

bool ReorderBenchmark::checkStoredOrder(const ActionsPage &page, qint64 sessionId)
{
    QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName, false));
    query.prepare(QStringLiteral("SELECT id, rank FROM actions WHERE session_id = ?"
                                 " ORDER BY rank, id"));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        m_lastError = QStringLiteral("reading the stored order failed");
        return false;
    }
    const QVector<ActionItem> &shown = page.model()->actions();
    int row = 0;
    for (; query.next(); ++row) {
        const qint64 id = query.value(0).toLongLong();
        const int rank = query.value(1).toInt();
        if (rank != row + 1 || row >= shown.size() || shown.at(row).id != id) {
            m_lastError = QStringLiteral("after the moves, stored row %1 is action %2 ranked %3; "
                                         "the page shows action %4 there")
                              .arg(row + 1)
                              .arg(id)
                              .arg(rank)
                              .arg(row < shown.size() ? shown.at(row).id : 0);
            return false;
        }
    }
    if (row != actionCount || shown.size() != actionCount) {
        m_lastError = QStringLiteral("after the moves the session stores %1 actions and the "
                                     "page shows %2, not %3")
                          .arg(row)
                          .arg(shown.size())
                          .arg(actionCount);
        return false;
    }
    return true;
}
