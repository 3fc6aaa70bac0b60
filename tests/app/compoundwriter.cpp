// Makes the live flow's compound edits through the real models until it is
// killed: templates, a change of kind that takes the framing along, late
// arrivals that move the turn, "nothing left", leaving and coming back, and
// merges that carry earlier duplicates along. Each is several rows written
// by one key press. "ack N" on stdout means every edit of round N returned.
// tst_crash kills this process at random moments and checks that each
// edit is in the file whole or not at all.

#include "concernmodel.h"
#include "crashedits.h"
#include "database.h"
#include "edithistory.h"
#include "participantmodel.h"
#include "sessionflow.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace {

qint64 sessionTitled(Store &store, const QString &title, SessionKind kind)
{
    for (const SessionSummary &session : store.sessions()) {
        if (session.title == title)
            return session.id;
    }
    return store.createSession(kind, title);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool runIsNumber = false;
    const int run = arguments.value(2).toInt(&runIsNumber);
    if (arguments.size() != 3 || !runIsNumber) {
        std::fputs("usage: compoundwriter DATABASE RUN\n", stderr);
        return 2;
    }
    const Database::OpenResult opened = Database::open(arguments.at(1));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    Store store(Database::defaultConnectionName);
    EditHistory history(&store);

    const qint64 templates = sessionTitled(store, crashTemplatesSession(), SessionKind::PreMortem);
    const qint64 kinds = sessionTitled(store, crashKindsSession(), SessionKind::PreMortem);
    const qint64 sharing = sessionTitled(store, crashSharingSession(), SessionKind::PreMortem);
    SessionFlow templateFlow(&store, &history, templates);
    SessionFlow kindFlow(&store, &history, kinds);
    SessionFlow sharingFlow(&store, &history, sharing);
    if (sharingFlow.participants()->rowCount() == 0) {
        sharingFlow.participants()->addParticipant(QStringLiteral("Ann"), {});
        sharingFlow.participants()->addParticipant(QStringLiteral("Bo"), {});
    }
    sharingFlow.setPhase(Phase::Sharing);

    // Never outlives a test that died before killing it.
    const qint64 safetyLimitMs = 60000;
    QElapsedTimer alive;
    alive.start();
    for (int round = 1; alive.elapsed() < safetyLimitMs; ++round) {
        PromptTemplate promptTemplate;
        promptTemplate.name = crashTemplateTag(run, round);
        promptTemplate.scene = promptTemplate.name + QStringLiteral(" scene");
        promptTemplate.writingPrompts = promptTemplate.name + QStringLiteral(" prompts");
        templateFlow.applyTemplate(promptTemplate);

        kindFlow.setKind(kindFlow.details().kind == SessionKind::PreMortem
                             ? SessionKind::PostMortem
                             : SessionKind::PreMortem);

        // Someone joins, which reopens sharing when everyone had passed on.
        sharingFlow.addLateArrival(QStringLiteral("Late %1-%2").arg(run).arg(round), {});
        for (int i = 0; i < 3; ++i)
            sharingFlow.recordConcern(QStringLiteral("Concern %1-%2-%3").arg(run).arg(round).arg(i),
                                      0, ConcernCategory::None);
        // The second joins the third, then the third joins the first and
        // takes the second along: no concern is ever merged into a duplicate.
        const QVector<Concern> &concerns = sharingFlow.concerns()->concerns();
        const qint64 first = concerns.at(concerns.size() - 3).id;
        const qint64 second = concerns.at(concerns.size() - 2).id;
        const qint64 third = concerns.at(concerns.size() - 1).id;
        sharingFlow.concerns()->merge(second, third);
        sharingFlow.concerns()->merge(third, first);
        if (const qint64 leaving = sharingFlow.currentSpeakerId()) {
            sharingFlow.setPresent(leaving, false);
            sharingFlow.setPresent(leaving, true);
        }
        sharingFlow.nothingLeft();

        // Nothing here may fail: a failure is the writer's, not a kill's.
        if (store.failedWrites() != 0) {
            std::fprintf(stderr, "round %d failed: %s\n", round, qPrintable(store.lastError()));
            return 1;
        }
        std::printf("ack %d\n", round);
        std::fflush(stdout);
    }
    std::fputs("not killed in time\n", stderr);
    return 3;
}
