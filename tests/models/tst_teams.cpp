#include "clock.h"
#include "database.h"
#include "edithistory.h"
#include "participantmodel.h"
#include "sessioncommands.h"
#include "sessionflow.h"
#include "store.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Sessions belong to teams: a new team is one undoable step, a team keeps
// its usual participants, and its name is everywhere the same.
class TestTeams : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;

    static QString scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    qint64 sessionWith(const QStringList &names, qint64 teamId = 0)
    {
        m_clock.advance(60 * 60 * 1000);
        const qint64 id =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Session"), {}, teamId);
        for (const QString &name : names) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            participant.role = name == QLatin1String("Dana") ? QStringLiteral("QA") : QString();
            m_store->addParticipant(participant);
        }
        return id;
    }

    static QStringList namesOf(const QVector<Participant> &people)
    {
        QStringList names;
        for (const Participant &person : people)
            names << person.name;
        return names;
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_store->setClock(&m_clock);
        m_history = std::make_unique<EditHistory>(m_store.get());
    }

    void cleanup()
    {
        m_history.reset();
        m_store.reset();
        Database::close();
        m_database.reset();
    }

    // Everyone from the team's three latest sessions, in the latest's seat
    // order first, without another team's people or those already here.
    void usualParticipantsComeFromTheTeamsLatestSessions()
    {
        const qint64 oldest = sessionWith({QStringLiteral("Old timer")});
        const qint64 ours = m_store->session(oldest)->teamId;
        sessionWith({QStringLiteral("Ana"), QStringLiteral("Kim")});
        sessionWith({QStringLiteral("Lee"), QStringLiteral("Ana")});
        const qint64 payments = m_store->addTeam(QStringLiteral("Payments"));
        sessionWith({QStringLiteral("Ravi")}, payments);
        sessionWith({QStringLiteral("Dana"), QStringLiteral("lee ")}, ours);
        const qint64 next = sessionWith({QStringLiteral("Sam")}, ours);

        QCOMPARE(namesOf(m_store->usualParticipants(next)),
                 QStringList({"Dana", "lee ", "Ana", "Kim"}));
        QCOMPARE(m_store->usualParticipants(next).constFirst().role, QStringLiteral("QA"));

        // One step seats them all, one undo takes them all back.
        ParticipantModel people(m_store.get(), m_history.get(), next);
        QCOMPARE(people.addUsualParticipants(), 4);
        QCOMPARE(people.rowCount(), 5);
        QCOMPARE(
            scalar(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM"
                                  " participants WHERE session_id = ? ORDER BY seat) AS seated"),
                   {next}),
            QStringLiteral("Sam,Dana,lee ,Ana,Kim"));
        QCOMPARE(m_history->undoText(), QStringLiteral("Add the usual participants"));
        m_history->undoStep();
        QCOMPARE(people.rowCount(), 1);
        // Nobody is usual twice.
        QCOMPARE(people.addUsualParticipants(), 4);
        QCOMPARE(people.addUsualParticipants(), 0);
    }

    void aNewTeamIsOneStep()
    {
        const qint64 id = sessionWith({QStringLiteral("Dana")});
        const qint64 firstTeam = m_store->session(id)->teamId;
        SessionFlow flow(m_store.get(), m_history.get(), id, &m_clock);
        const qint64 team = flow.moveToNewTeam(QStringLiteral("  Payments "));
        QVERIFY(team != 0 && team != firstTeam);
        QCOMPARE(m_store->session(id)->teamName, QStringLiteral("Payments"));
        const QString uuid = scalar(QStringLiteral("SELECT uuid FROM teams WHERE id = ?"), {team});

        m_history->undoStep();
        QCOMPARE(m_store->session(id)->teamId, firstTeam);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM teams")), QStringLiteral("1"));
        // Redo brings back the same team, so what was built on it holds.
        m_history->redoStep();
        QCOMPARE(m_store->session(id)->teamId, team);
        QCOMPARE(scalar(QStringLiteral("SELECT uuid FROM teams WHERE id = ?"), {team}), uuid);

        QCOMPARE(flow.moveToNewTeam(QStringLiteral("   ")), qint64(0));
    }

    void renamingATeamIsUndoable()
    {
        const qint64 id = sessionWith({});
        const Team team = m_store->teams().constFirst();
        QVERIFY(m_history->record(
            new RenameTeamCommand(m_store.get(), team.id, team.name, QStringLiteral("Platform"))));
        QCOMPARE(m_store->session(id)->teamName, QStringLiteral("Platform"));
        m_history->undoStep();
        QCOMPARE(m_store->session(id)->teamName, team.name);
        // A name changed elsewhere since is not overwritten.
        QVERIFY(m_store->renameTeam(team.id, QStringLiteral("Mobile")));
        m_history->redoStep();
        QCOMPARE(m_store->session(id)->teamName, QStringLiteral("Mobile"));
    }
};

QTEST_GUILESS_MAIN(TestTeams)
#include "tst_teams.moc"
