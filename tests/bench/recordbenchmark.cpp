#include "recordbenchmark.h"

#include "concernmodel.h"
#include "database.h"
#include "dialogs.h"
#include "presentationwindow.h"
#include "rawinsert.h"
#include "sampledata.h"
#include "sessionflow.h"
#include "sessionpage.h"
#include "sharingpage.h"
#include "store.h"

#include "edithistory.h"
#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <QWindow>

#include <iterator>

namespace {

const QString rawConnectionName = QStringLiteral("candor-bench-record-raw");

// Recordings before measuring: the first ones lay out the table's new rows
// and load the glyphs the window has not drawn yet, once per window.
constexpr int warmUpRecordings = 10;

// Far above any plausible wait, so only a window that never appears hits it.
constexpr int exposureTimeoutMs = 10000;

const char *const participantNames[RecordBenchmark::participantCount][2] = {
    {"Amira K.", "Engineer"}, {"Ben O.", "Product manager"},
    {"Chen L.", "Designer"},  {"Dana R.", "Site reliability"},
    {"Elif S.", "QA"},        {"Farid M.", "Engineer"},
};

const char *const subjects[] = {"The cut-over",     "The load test", "The vendor API",
                                "The launch email", "The rollback",  "The capacity plan"};
const char *const outcomes[] = {"slipped a week", "was never rehearsed", "missed the peak hour",
                                "had no owner",   "broke older clients", "paged the wrong team"};

// A short sentence of its own for every recording, as typed in the room.
QString summaryFor(int number)
{
    const int subject = number % int(std::size(subjects));
    const int outcome = (number / int(std::size(subjects))) % int(std::size(outcomes));
    return QStringLiteral("%1 %2 (item %3).")
        .arg(QLatin1String(subjects[subject]), QLatin1String(outcomes[outcome]))
        .arg(number);
}

void pressEnter(QWidget *target)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QApplication::sendEvent(target, &release);
}

} // namespace

RecordBenchmark::RecordBenchmark(const QString &candorDatabasePath, const QString &rawDatabasePath)
    : m_candorDatabasePath(candorDatabasePath)
    , m_rawDatabasePath(rawDatabasePath)
{}

bool RecordBenchmark::run(int recordings)
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
            ok = sessionId != 0 && measure(&store, sessionId, recordings, &raw);
        }
        Database::close();
    }
    return ok;
}

qint64 RecordBenchmark::createSession(Store *store)
{
    const auto fail = [&](const QString &what) {
        m_lastError = what + QStringLiteral(": ") + store->lastError();
        return 0;
    };
    const qint64 sessionId =
        store->createSession(SessionKind::PreMortem, QStringLiteral("Checkout redesign launch"));
    if (sessionId == 0)
        return fail(QStringLiteral("creating the session failed"));
    QVector<qint64> speakerIds;
    for (const auto &[name, role] : participantNames) {
        Participant participant;
        participant.sessionId = sessionId;
        participant.name = QString::fromUtf8(name);
        participant.role = QString::fromUtf8(role);
        const qint64 id = store->addParticipant(participant);
        if (id == 0)
            return fail(QStringLiteral("adding a participant failed"));
        speakerIds.append(id);
    }
    if (!store->setPhase(sessionId, Phase::Sharing, QDateTime::currentDateTimeUtc()))
        return fail(QStringLiteral("moving on to sharing failed"));

    QString error;
    if (!writeSampleConcerns(Database::defaultConnectionName, sessionId, speakerIds,
                             existingConcerns, &error)) {
        m_lastError = QStringLiteral("writing the session's concerns failed: ") + error;
        return 0;
    }
    // The turn where that much round-robin sharing leaves it.
    TurnState turn;
    turn.round = existingConcerns / participantCount + 1;
    turn.speakerId = speakerIds.at(existingConcerns % participantCount);
    if (!store->setTurn(sessionId, turn))
        return fail(QStringLiteral("setting whose turn it is failed"));
    return sessionId;
}

bool RecordBenchmark::measure(Store *store, qint64 sessionId, int recordings, RawInsert *raw)
{
    EditHistory history(store);
    // The session page owns its flow, as in the window.
    auto *flowOwned = new SessionFlow(store, &history, sessionId);
    Dialogs dialogs;
    SessionPage session(flowOwned, &dialogs, nullptr);
    SessionFlow &flow = *flowOwned;
    if (!flow.isSharingStarted() || flow.currentSpeakerId() == 0) {
        m_lastError = QStringLiteral("sharing did not start in the session");
        return false;
    }
    if (flow.concerns()->rowCount() != existingConcerns) {
        m_lastError = QStringLiteral("the session shows %1 concerns, not %2")
                          .arg(flow.concerns()->rowCount())
                          .arg(existingConcerns);
        return false;
    }

    // What the facilitator has in the room: the session's window, whose
    // ranked page was looked at earlier, on the sharing page; and the room's
    // screen showing sharing.
    session.resize(windowWidth, windowHeight);
    session.show();
    session.showPhase(Phase::Ranked);
    if (!waitForExposure(session.window()))
        return false;
    QApplication::processEvents();
    session.showPhase(Phase::Sharing);
    auto *page = qobject_cast<SharingPage *>(session.pageFor(Phase::Sharing));
    PresentationWindow room;
    room.setFlow(&flow);
    room.resize(roomWidth, roomHeight);
    room.show();
    if (!page || !waitForExposure(&room))
        return false;
    QApplication::processEvents();

    QElapsedTimer clock;
    qint64 committedAtNs = 0;
    QObject::connect(store, &Store::committed, &session,
                     [&] { committedAtNs = clock.nsecsElapsed(); });

    for (int i = -warmUpRecordings; i < recordings; ++i) {
        const QString summary = summaryFor(i + warmUpRecordings + 1);
        // Typing comes before Enter and is not timed: the text is in the
        // field and painted, as it would be when the facilitator is done.
        page->summaryField()->setText(summary);
        QApplication::processEvents();

        // Which goes first alternates, so neither always follows the other's fsync.
        const bool recordFirst = i % 2 == 0;
        bool rawOk = true;
        double rawMs = 0;
        const auto rawInsert = [&] {
            QElapsedTimer rawClock;
            rawClock.start();
            rawOk = raw->insert(summary);
            rawMs = double(rawClock.nsecsElapsed()) / 1e6;
        };
        if (!recordFirst)
            rawInsert();
        committedAtNs = 0;
        clock.start();
        // The key press: the edit, its commit, and every model and page
        // that follows it.
        pressEnter(page->summaryField());
        const qint64 updatedAtNs = clock.nsecsElapsed();
        // Then one pass of the event loop over what the press left to do:
        // layouts, the timers it started (a list fitting its rows), and one
        // paint of each window, as the facilitator sees it.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        const qint64 paintedAtNs = clock.nsecsElapsed();
        if (recordFirst)
            rawInsert();

        // The page empties the field only once the concern is recorded.
        if (!page->summaryField()->text().isEmpty() || !page->problemLabel()->text().isEmpty() ||
            committedAtNs == 0) {
            m_lastError = QStringLiteral("recording \"%1\" failed: %2 %3")
                              .arg(summary, page->problemLabel()->text(), store->lastError());
            return false;
        }
        if (!rawOk) {
            m_lastError = QStringLiteral("the raw insert failed: ") + raw->lastError();
            return false;
        }
        if (i >= 0) {
            m_recordings.append(double(paintedAtNs) / 1e6);
            m_commits.append(double(committedAtNs) / 1e6);
            m_updates.append(double(updatedAtNs - committedAtNs) / 1e6);
            m_paints.append(double(paintedAtNs - updatedAtNs) / 1e6);
            m_rawInserts.append(rawMs);
        }
    }

    const int expected = existingConcerns + warmUpRecordings + recordings;
    m_finalConcernCount = storedConcerns(sessionId);
    if (m_finalConcernCount != expected || flow.concerns()->rowCount() != expected) {
        m_lastError = QStringLiteral("after %1 recordings the database holds %2 concerns in the "
                                     "session and the page shows %3, not %4")
                          .arg(warmUpRecordings + recordings)
                          .arg(m_finalConcernCount)
                          .arg(flow.concerns()->rowCount())
                          .arg(expected);
        return false;
    }
    if (room.shownPhase() != Phase::Sharing) {
        m_lastError = QStringLiteral("the room's screen did not show sharing");
        return false;
    }
    return true;
}

bool RecordBenchmark::waitForExposure(QWidget *window)
{
    QElapsedTimer clock;
    clock.start();
    while (!window->windowHandle() || !window->windowHandle()->isExposed()) {
        if (clock.elapsed() > exposureTimeoutMs) {
            m_lastError = QStringLiteral("the sharing page's window was not shown within %1 s")
                              .arg(exposureTimeoutMs / 1000);
            return false;
        }
        QApplication::processEvents();
        QThread::msleep(1);
    }
    return true;
}

int RecordBenchmark::storedConcerns(qint64 sessionId)
{
    QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM concerns WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}
