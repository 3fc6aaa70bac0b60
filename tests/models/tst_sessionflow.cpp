#include "clock.h"
#include "concernmodel.h"
#include "countdown.h"
#include "database.h"
#include "participantmodel.h"
#include "sessionflow.h"
#include "store.h"
#include "testdatabase.h"

#include "edithistory.h"
#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The live flow without a screen: the item models, the named actions and
// what each leaves in the database, forwards and undone.
class TestSessionFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<TestDatabase> m_database;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<SessionFlow> m_flow;
    qint64 m_sessionId = 0;

    QString scalar(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    QString seatOrder() const
    {
        return scalar(QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM"
                                     " participants ORDER BY seat) AS seated"));
    }

    QString speaker() const { return m_flow->participantName(m_flow->currentSpeakerId()); }

    void addPeople(const QStringList &names)
    {
        for (const QString &name : names)
            QVERIFY(m_flow->participants()->addParticipant(name, QString()) > 0);
    }

    void openFlow()
    {
        m_flow = std::make_unique<SessionFlow>(m_store.get(), m_stack.get(), m_sessionId, &m_clock);
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_store->setClock(&m_clock);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        m_sessionId = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        openFlow();
    }

    void cleanup()
    {
        m_flow.reset();
        m_stack.reset();
        m_store.reset();
        Database::close();
        m_database.reset();
    }

    void newSessionStartsFromTheDefaultFraming()
    {
        QVERIFY(m_flow->details().scene.contains(QLatin1String("failed utterly")));
        QVERIFY(m_flow->details().scene.contains(QLatin1String("candid")));
        QCOMPARE(m_flow->details().plannedMinutes, 60);
        QCOMPARE(m_flow->details().timeboxTotal(), 60);
    }

    // An action stated in the room, with its owner and due date and the
    // concern it answers, is one undo step; one without a text is none.
    void anActionAsStatedInTheRoomIsOneStep()
    {
        const qint64 id = m_flow->addAction(QStringLiteral("  Rehearse the rollback "),
                                            QStringLiteral(" Dana "), QDate(2026, 12, 7), 0);
        QVERIFY(id > 0);
        const std::optional<ActionItem> stored = m_store->action(id);
        QVERIFY(stored);
        QCOMPARE(stored->text, QStringLiteral("Rehearse the rollback"));
        QCOMPARE(stored->owner, QStringLiteral("Dana"));
        QCOMPARE(stored->dueDate, QDate(2026, 12, 7));
        QCOMPARE(stored->concernId, qint64(0));
        QCOMPARE(m_flow->addAction(QStringLiteral("   "), QStringLiteral("Dana"), QDate(), 0),
                 qint64(0));
        QCOMPARE(m_store->actions(m_sessionId).size(), 1);
        m_stack->undo();
        QVERIFY(!m_store->action(id));
        m_stack->redo();
        QCOMPARE(m_store->actions(m_sessionId).size(), 1);
    }

    void participantsReorderByKeyboardAndByDrag()
    {
        QAbstractItemModelTester tester(m_flow->participants(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        addPeople({"Dana", "Lee", "Ana", "Kim"});
        QCOMPARE(seatOrder(), QStringLiteral("Dana Lee Ana Kim"));

        QVERIFY(m_flow->participants()->moveParticipant(3, 2)); // Alt+Up on Kim
        QCOMPARE(seatOrder(), QStringLiteral("Dana Lee Kim Ana"));

        // Drag Dana and drop her onto Ana's row: she sits before Ana.
        ParticipantModel *model = m_flow->participants();
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
        QCOMPARE(seatOrder(), QStringLiteral("Lee Kim Dana Ana"));
        QCOMPARE(model->index(2, ParticipantModel::NameColumn).data().toString(),
                 QStringLiteral("Dana"));
        // Dropped past the end: last.
        data.reset(model->mimeData({model->index(0, 0)}));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCOMPARE(seatOrder(), QStringLiteral("Kim Dana Ana Lee"));

        m_stack->undo();
        m_stack->undo();
        m_stack->undo();
        QCOMPARE(seatOrder(), QStringLiteral("Dana Lee Ana Kim"));
        QCOMPARE(model->index(3, ParticipantModel::NameColumn).data().toString(),
                 QStringLiteral("Kim"));
    }

    void identicalNamesAreFlaggedUntilToldApart()
    {
        addPeople({"Sam", "Lee", "sam"});
        QCOMPARE(m_flow->participants()->indistinguishableNames(), QStringList{"Sam"});
        QVERIFY(m_flow->participants()
                    ->index(0, ParticipantModel::NameColumn)
                    .data(ParticipantModel::DuplicateNameRole)
                    .toBool());
        // A role tells them apart.
        QVERIFY(m_flow->participants()->setData(
            m_flow->participants()->index(2, ParticipantModel::RoleColumn), QStringLiteral("QA")));
        QVERIFY(m_flow->participants()->indistinguishableNames().isEmpty());
    }

    void turnsFollowTheTableWithUndo()
    {
        addPeople({"Dana", "Lee", "Ana"});
        m_flow->startSharing();
        QCOMPARE(speaker(), QStringLiteral("Dana"));
        QCOMPARE(m_flow->participantName(m_flow->nextSpeakerId()), QStringLiteral("Lee"));
        QCOMPARE(m_flow->recordConcern(QStringLiteral("Scope creep"), 1, ConcernCategory::None),
                 QString());
        QCOMPARE(speaker(), QStringLiteral("Lee"));
        m_flow->nothingLeft();
        QCOMPARE(speaker(), QStringLiteral("Ana"));
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM participants WHERE nothing_left = 1")),
                 QStringLiteral("Lee"));
        m_flow->pass();
        QCOMPARE(speaker(), QStringLiteral("Dana"));
        QCOMPARE(m_flow->turn().round, 2);

        // Undo walks back through pass, nothing left and the concern.
        m_stack->undo();
        QCOMPARE(speaker(), QStringLiteral("Ana"));
        m_stack->undo();
        QCOMPARE(speaker(), QStringLiteral("Lee"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants WHERE nothing_left = 1")),
                 QStringLiteral("0"));
        m_stack->undo();
        QCOMPARE(speaker(), QStringLiteral("Dana"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns")), QStringLiteral("0"));
        m_stack->redo();
        QCOMPARE(scalar(QStringLiteral("SELECT summary || ':' || hands_raised || ':' || round"
                                       " FROM concerns")),
                 QStringLiteral("Scope creep:1:1"));
        QCOMPARE(speaker(), QStringLiteral("Lee"));
    }

    void refusesWhatCannotBeTrue()
    {
        addPeople({"Dana", "Lee", "Ana"});
        m_flow->startSharing();
        QVERIFY(m_flow->recordConcern(QStringLiteral("   "), 0, ConcernCategory::None)
                    .contains(QLatin1String("Type what Dana said")));
        QVERIFY(m_flow->recordConcern(QStringLiteral("Too many"), 3, ConcernCategory::None)
                    .contains(QLatin1String("2 other")));
        QCOMPARE(m_flow->recordConcern(QStringLiteral("Just right"), 2, ConcernCategory::None),
                 QString());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns")), QStringLiteral("1"));
    }

    void absentAndLateArrivalsChangeTheTurn()
    {
        addPeople({"Dana", "Lee", "Ana"});
        m_flow->startSharing();
        const qint64 lee = m_flow->participants()->participants().at(1).id;
        m_flow->setPresent(lee, false);
        QCOMPARE(m_flow->participantName(m_flow->nextSpeakerId()), QStringLiteral("Ana"));
        QCOMPARE(m_flow->maximumHands(), 1);
        m_flow->pass();
        QCOMPARE(speaker(), QStringLiteral("Ana"));
        // A late arrival takes the last seat and speaks this round.
        m_flow->addLateArrival(QStringLiteral("Max"), QStringLiteral("SRE"));
        QCOMPARE(m_flow->participantName(m_flow->nextSpeakerId()), QStringLiteral("Max"));
        m_flow->pass();
        QCOMPARE(speaker(), QStringLiteral("Max"));
        QCOMPARE(m_flow->turn().round, 1);
        // The speaker leaving hands the turn on at once.
        m_flow->setPresent(m_flow->currentSpeakerId(), false);
        QCOMPARE(speaker(), QStringLiteral("Dana"));
        QCOMPARE(m_flow->turn().round, 2);
    }

    void sharingCompletesAndCanStopEarly()
    {
        addPeople({"Dana", "Lee"});
        m_flow->startSharing();
        m_flow->stopSharing();
        QVERIFY(m_flow->isSharingComplete());
        QCOMPARE(m_flow->currentSpeakerId(), qint64(0));
        m_flow->resumeSharing();
        QCOMPARE(speaker(), QStringLiteral("Dana"));
        m_flow->nothingLeft();
        m_flow->nothingLeft();
        QVERIFY(m_flow->isSharingComplete());
        QVERIFY(!m_flow->recordConcern(QStringLiteral("Late idea"), 0, ConcernCategory::None)
                     .isEmpty());
        QCOMPARE(m_flow->peopleWithItems(), 0);
    }

    void mergedDuplicatesAddUpAndRank()
    {
        addPeople({"Dana", "Lee", "Ana", "Kim"});
        m_flow->startSharing();
        ConcernModel *concerns = m_flow->concerns();
        QAbstractItemModelTester tester(concerns,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        RankedConcernModel ranked;
        ranked.setSourceModel(concerns);
        QAbstractItemModelTester rankedTester(
            &ranked, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_flow->recordConcern(QStringLiteral("Vendor API changes"), 1, ConcernCategory::None); // 2
        m_flow->recordConcern(QStringLiteral("No load test"), 2, ConcernCategory::None);       // 3
        m_flow->recordConcern(QStringLiteral("Vendor API may break"), 1, ConcernCategory::None);
        QCOMPARE(ranked.index(0, ConcernModel::SummaryColumn).data().toString(),
                 QStringLiteral("No load test"));

        const qint64 first = concerns->concerns().at(0).id;
        const qint64 duplicate = concerns->concerns().at(2).id;
        QVERIFY(concerns->merge(duplicate, first));
        QCOMPARE(concerns->tally(first), 4);
        QCOMPARE(ranked.rowCount(), 2);
        QCOMPARE(ranked.index(0, ConcernModel::SummaryColumn).data().toString(),
                 QStringLiteral("Vendor API changes"));
        QCOMPARE(ranked.index(0, ConcernModel::TallyColumn).data().toInt(), 4);
        QCOMPARE(ranked.headerData(0, Qt::Vertical).toInt(), 1); // its rank
        // Both texts are kept.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns")), QStringLiteral("3"));

        // The count stays editable afterwards.
        QVERIFY(concerns->setData(concerns->index(1, ConcernModel::HandsColumn), 0));
        QCOMPARE(scalar(QStringLiteral("SELECT hands_raised FROM concerns WHERE position = 2")),
                 QStringLiteral("0"));
        m_stack->undo(); // the hand count
        m_stack->undo(); // the merge
        QCOMPARE(ranked.rowCount(), 3);
        QCOMPARE(concerns->tally(first), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns WHERE merged_into_id IS NOT"
                                       " NULL")),
                 QStringLiteral("0"));
    }

    void categoriesFilterTheRankedList()
    {
        addPeople({"Dana", "Lee"});
        m_flow->startSharing();
        m_flow->recordConcern(QStringLiteral("Paging worked"), 1, ConcernCategory::WentWell);
        m_flow->recordConcern(QStringLiteral("Runbook outdated"), 0, ConcernCategory::LetUsDown);
        RankedConcernModel ranked;
        ranked.setSourceModel(m_flow->concerns());
        ranked.setCategoryFilter(ConcernCategory::LetUsDown);
        QCOMPARE(ranked.rowCount(), 1);
        QCOMPARE(ranked.index(0, ConcernModel::SummaryColumn).data().toString(),
                 QStringLiteral("Runbook outdated"));
        ranked.setCategoryFilter(std::nullopt);
        QCOMPARE(ranked.rowCount(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(category, ',') FROM concerns")),
                 QStringLiteral("went_well,let_us_down"));
    }

    void countdownSurvivesARestart()
    {
        m_flow->startCountdown(10);
        m_clock.advance(3 * 60 * 1000);
        QCOMPARE(m_flow->countdown()->remainingMs(), qint64(7 * 60 * 1000));
        QCOMPARE(scalar(QStringLiteral("SELECT timer_state FROM sessions")),
                 QStringLiteral("running"));

        // The app closes; two minutes later it starts again.
        m_flow.reset();
        m_clock.setNowUtc(m_clock.nowUtc().addSecs(120));
        openFlow();
        QCOMPARE(m_flow->countdown()->state(), Countdown::State::Running);
        QCOMPARE(m_flow->countdown()->remainingMs(), qint64(5 * 60 * 1000));

        m_flow->countdown()->pause();
        m_flow.reset();
        m_clock.setNowUtc(m_clock.nowUtc().addSecs(600));
        openFlow();
        QCOMPARE(m_flow->countdown()->state(), Countdown::State::Paused);
        QCOMPARE(m_flow->countdown()->remainingMs(), qint64(5 * 60 * 1000));
    }

    void phaseIsSavedWithWhenThingsBegan()
    {
        addPeople({QStringLiteral("Dana"), QStringLiteral("Lee")});
        m_flow->setPhase(Phase::Scene);
        m_clock.advance(15 * 60 * 1000);
        m_flow->setPhase(Phase::Sharing);
        m_flow.reset();
        openFlow();
        QCOMPARE(m_flow->details().phase, Phase::Sharing);
        QCOMPARE(m_flow->details().startedAt.secsTo(m_flow->details().sharingStartedAt), 15 * 60);
        m_clock.advance(25 * 60 * 1000);
        QCOMPARE(m_flow->sharingOverrunMs(), qint64(5 * 60 * 1000));
        // 60 planned, 40 used, 5 kept for actions: 15 left to discuss.
        QCOMPARE(m_flow->discussionTimeLeftMs(), qint64(15 * 60 * 1000));
    }

    // The writing countdown does not run on into later phases: each phase
    // waits with its own timebox, and the discussion with none.
    void eachPhaseHasItsOwnClock()
    {
        addPeople({QStringLiteral("Dana"), QStringLiteral("Lee")});
        m_flow->setPhase(Phase::Writing);
        Countdown *countdown = m_flow->countdown();
        QCOMPARE(countdown->state(), Countdown::State::Idle);
        QCOMPARE(countdown->remainingMs(), qint64(10 * 60 * 1000));
        m_flow->toggleCountdown();
        QCOMPARE(countdown->state(), Countdown::State::Running);
        m_clock.advance(12 * 60 * 1000);
        countdown->refresh();
        QVERIFY(countdown->isOvertime());

        m_flow->setPhase(Phase::Sharing);
        QCOMPARE(countdown->state(), Countdown::State::Idle);
        QCOMPARE(countdown->remainingMs(), qint64(20 * 60 * 1000));
        m_flow->setPhase(Phase::Discussion);
        QCOMPARE(countdown->state(), Countdown::State::Idle);
        QCOMPARE(countdown->remainingMs(), qint64(0));
        // A per-concern timebox started in the discussion survives a restart
        // there, and is put away in the next phase.
        m_flow->startCountdown(4);
        m_flow.reset();
        openFlow();
        QCOMPARE(m_flow->countdown()->state(), Countdown::State::Running);
        QCOMPARE(m_flow->countdown()->remainingMs(), qint64(4 * 60 * 1000));
        m_flow->setPhase(Phase::Actions);
        QCOMPARE(m_flow->countdown()->state(), Countdown::State::Idle);
        QCOMPARE(m_flow->countdown()->remainingMs(), qint64(5 * 60 * 1000));
    }

    // Sharing's clock counts while sharing runs, and stands still while it
    // is stopped or complete.
    void sharingClockStopsWithSharing()
    {
        addPeople({QStringLiteral("Dana"), QStringLiteral("Lee")});
        m_flow->setPhase(Phase::Sharing);
        m_clock.advance(5 * 60 * 1000);
        m_flow->stopSharing();
        m_clock.advance(10 * 60 * 1000);
        QCOMPARE(m_flow->sharingElapsedMs(), qint64(5 * 60 * 1000));
        m_flow.reset();
        openFlow();
        QCOMPARE(m_flow->sharingElapsedMs(), qint64(5 * 60 * 1000));
        m_flow->resumeSharing();
        m_clock.advance(60 * 1000);
        QCOMPARE(m_flow->sharingElapsedMs(), qint64(16 * 60 * 1000));
        // Everyone has nothing left: complete, and the clock stops again.
        m_flow->nothingLeft();
        m_flow->nothingLeft();
        QVERIFY(m_flow->isSharingComplete());
        m_clock.advance(60 * 1000);
        QCOMPARE(m_flow->sharingElapsedMs(), qint64(16 * 60 * 1000));
        m_stack->undo();
        QCOMPARE(m_flow->sharingElapsedMs(), qint64(17 * 60 * 1000));
    }

    void changingTheKindBringsItsFraming()
    {
        m_flow->setKind(SessionKind::PostMortem);
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM sessions")), QStringLiteral("postmortem"));
        QVERIFY(m_flow->details().scene.contains(QLatin1String("blameless")));
        QVERIFY(m_flow->details().writingPrompts.contains(QLatin1String("get lucky")));
        m_stack->undo(); // one step back: kind and framing together
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM sessions")), QStringLiteral("premortem"));
        QVERIFY(m_flow->details().scene.contains(QLatin1String("failed utterly")));

        // Words of the facilitator's own are never replaced.
        m_flow->setField(SessionField::Scene, QStringLiteral("Our own framing"));
        m_flow->setKind(SessionKind::PostMortem);
        QCOMPARE(m_flow->details().scene, QStringLiteral("Our own framing"));
        QCOMPARE(m_flow->details().kind, SessionKind::PostMortem);
    }

    void typingMergesIntoOneUndoStep()
    {
        m_flow->setField(SessionField::Scene, QStringLiteral("I"));
        m_flow->setField(SessionField::Scene, QStringLiteral("Im"));
        m_flow->setField(SessionField::Scene, QStringLiteral("Imagine"));
        QCOMPARE(scalar(QStringLiteral("SELECT scene FROM sessions")), QStringLiteral("Imagine"));
        m_stack->undo();
        QVERIFY(
            scalar(QStringLiteral("SELECT scene FROM sessions")).contains(QLatin1String("failed")));
        QCOMPARE(m_flow->details().scene, scalar(QStringLiteral("SELECT scene FROM sessions")));
    }
};

QTEST_GUILESS_MAIN(TestSessionFlow)
#include "tst_sessionflow.moc"
