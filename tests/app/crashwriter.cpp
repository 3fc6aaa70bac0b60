// Writes to a Candor database through Store until it is killed. "ack N" on
// stdout means edit N returned true, which is Candor's promise to the user
// that the edit is saved; tst_crash kills this process at a random moment
// and checks that the promise held.

#include "crashedits.h"
#include "database.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool runIsNumber = false;
    const int run = arguments.value(2).toInt(&runIsNumber);
    if (arguments.size() != 3 || !runIsNumber) {
        std::fputs("usage: crashwriter DATABASE RUN\n", stderr);
        return 2;
    }

    const Database::OpenResult opened = Database::open(arguments.at(1));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    Store store(Database::defaultConnectionName);

    // Never outlives a test that died before killing it.
    const qint64 safetyLimitMs = 60000;
    QElapsedTimer alive;
    alive.start();
    qint64 sessionId = 0;
    for (int edit = 1; alive.elapsed() < safetyLimitMs; ++edit) {
        const QString title = crashEditTitle(run, edit);
        bool saved = false;
        if (edit % 2 == 1) {
            const SessionKind kind =
                edit % 4 == 1 ? SessionKind::PreMortem : SessionKind::PostMortem;
            sessionId = store.createSession(kind, title);
            saved = sessionId != 0;
        } else {
            saved = store.renameSession(sessionId, title);
        }
        if (!saved) {
            std::fprintf(stderr, "edit %d failed: %s\n", edit, qPrintable(store.lastError()));
            return 1;
        }
        std::printf("ack %d\n", edit);
        std::fflush(stdout);
    }
    std::fputs("not killed in time\n", stderr);
    return 3;
}
