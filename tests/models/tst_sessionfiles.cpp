#include "clock.h"
#include "database.h"
#include "edithistory.h"
#include "identity.h"
#include "sessionfile.h"
#include "sessionimport.h"
#include "store.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Sessions travel between Candors in session files: what arrives is what
// left, a trip there and back moves only what was changed on the way, a
// row changed on both sides is asked about, and a file that is not what it
// claims to be is refused whole.
class TestSessionFiles : public QObject
{
    Q_OBJECT

private:
    // One Candor's database, as its own connection.
    struct Laptop
    {
        std::unique_ptr<TestDatabase> database;
        QString connection;
        std::unique_ptr<Store> store;
        std::unique_ptr<EditHistory> history;
    };

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    Laptop m_facilitator;
    Laptop m_manager;
    qint64 m_session = 0;

    void openLaptop(Laptop *laptop, const QString &name)
    {
        static int serial = 0;
        laptop->connection = QStringLiteral("%1-%2").arg(name).arg(++serial);
        laptop->database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = laptop->database->open(laptop->connection);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        laptop->store = std::make_unique<Store>(laptop->connection);
        laptop->store->setClock(&m_clock);
        laptop->history = std::make_unique<EditHistory>(laptop->store.get());
    }

    static void closeLaptop(Laptop *laptop)
    {
        laptop->history.reset();
        laptop->store.reset();
        Database::close(laptop->connection);
        laptop->database.reset();
    }

    static QString scalar(const Laptop &laptop, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(laptop.connection));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    // Rows that point at rows that are not there. PostgreSQL refuses to
    // commit such a row at all; SQLite is asked.
    static QString danglingReferences(const Laptop &laptop)
    {
        if (TestDatabase::onPostgresql())
            return QStringLiteral("0");
        return scalar(laptop, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
    }

    // A session as a facilitator leaves it: people, concerns with whys, a
    // timeline, actions, and a review of an earlier session's action.
    qint64 fullSession(Store *store)
    {
        const qint64 earlier =
            store->createSession(SessionKind::PreMortem, QStringLiteral("Last quarter"));
        ActionItem leftOpen;
        leftOpen.sessionId = earlier;
        leftOpen.text = QStringLiteral("Automate the release");
        const qint64 leftOpenId = store->addAction(leftOpen);
        m_clock.advance(60 * 60 * 1000);
        const qint64 id = store->createSession(SessionKind::PostMortem, QStringLiteral("Launch"));
        QVector<qint64> people;
        for (const QString &name :
             {QStringLiteral("Dana"), QStringLiteral("Lee"), QStringLiteral("Ana")}) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            people << store->addParticipant(participant);
        }
        QVector<qint64> concerns;
        for (int i = 0; i < 4; ++i) {
            Concern concern;
            concern.sessionId = id;
            concern.summary = QStringLiteral("Concern %1 — «quoted» 🚀").arg(i + 1);
            concern.speakerId = people.at(i % 3);
            concern.handsRaised = i;
            concern.category = ConcernCategory::LetUsDown;
            concerns << store->recordConcern(concern, {1, people.at((i + 1) % 3), false});
        }
        store->setConcernMergedInto(concerns.at(3), concerns.at(0));
        store->setConcernDiscussion(concerns.at(0), DiscussionField::RootCause,
                                    QStringLiteral("Nobody owned it"));
        store->addWhy(
            {0, concerns.at(0), 0, QStringLiteral("Why late?"), QStringLiteral("Review")});
        TimelineEntry entry;
        entry.sessionId = id;
        entry.happenedAt = QStringLiteral("09:12");
        entry.description = QStringLiteral("Alert fired");
        store->addTimelineEntry(entry);
        for (int i = 0; i < 5; ++i) {
            ActionItem action;
            action.sessionId = id;
            action.concernId = concerns.at(i % 3);
            action.text = QStringLiteral("Action %1").arg(i + 1);
            store->addAction(action);
        }
        store->setReview(id, leftOpenId, ReviewOutcome::StillOpen, ActionStatus::InProgress);
        return id;
    }

    QString exportTo(Laptop &laptop, const QVector<qint64> &sessions, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!SessionFile::write(laptop.store.get(), sessions, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    // Opens, previews and imports path into laptop as one undo step.
    ImportPreview importInto(Laptop &laptop, const QString &path,
                             const QSet<QString> &takeTheirs = {}, const QSet<QString> &chosen = {})
    {
        SessionFileReader reader;
        QString error;
        if (!reader.open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        const SessionImport import(laptop.store.get(), reader);
        const ImportPreview preview = import.preview(chosen, takeTheirs);
        const ImportPlan plan = import.plan(chosen, takeTheirs);
        if (!plan.steps.isEmpty() || !plan.fingerprints.isEmpty())
            laptop.history->record(
                new ImportCommand(laptop.store.get(), plan, QStringLiteral("Import")));
        return preview;
    }

    // Every shared row of a laptop as it reads anywhere, by identity.
    static QHash<QString, QString> contents(const Laptop &laptop)
    {
        QHash<QString, QString> result;
        QHash<QString, QHash<qint64, QString>> uuids;
        QVector<StoredRow> rows;
        for (const QString &table : Identity::sharedTables()) {
            QSqlQuery query(QSqlDatabase::database(laptop.connection));
            query.exec(QStringLiteral("SELECT * FROM %1 WHERE %2")
                           .arg(table, table == QLatin1String("sessions")
                                           ? QStringLiteral("deleted_at IS NULL")
                                           : QStringLiteral("1 = 1")));
            while (query.next()) {
                StoredRow row;
                row.table = table;
                for (int i = 0; i < query.record().count(); ++i) {
                    row.columns << query.record().fieldName(i);
                    row.values << query.value(i);
                }
                uuids[table].insert(row.value(QStringLiteral("id")).toLongLong(),
                                    row.value(QStringLiteral("uuid")).toString());
                rows << row;
            }
        }
        for (const StoredRow &row : std::as_const(rows)) {
            const PortableRow portable = PortableRow::from(
                row, [&](const QString &table, qint64 id) { return uuids[table].value(id); });
            result.insert(portable.uuid, portable.fingerprint());
        }
        return result;
    }

    static QByteArray digestOf(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // A copy of a good session file, changed by sql run on it directly.
    QString tampered(const QString &name, const QStringList &statements)
    {
        const QString good = exportTo(m_facilitator, {m_session}, name + QStringLiteral(".good"));
        const QString path = m_dir.filePath(name + QStringLiteral(".candor"));
        QFile::remove(path);
        QFile::copy(good, path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                for (const QString &statement : statements) {
                    if (!query.exec(statement))
                        qWarning("%s: %s", qPrintable(statement),
                                 qPrintable(query.lastError().text()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

private slots:
    void init()
    {
        openLaptop(&m_facilitator, QStringLiteral("facilitator"));
        openLaptop(&m_manager, QStringLiteral("manager"));
        m_session = fullSession(m_facilitator.store.get());
    }

    void cleanup()
    {
        closeLaptop(&m_facilitator);
        closeLaptop(&m_manager);
    }

    void whatArrivesIsWhatLeft()
    {
        const QString path = exportTo(m_facilitator, {m_session}, QStringLiteral("launch.candor"));
        QVERIFY(QFile::exists(path));
        // One file, nothing beside it.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        // Not in write-ahead mode either (header bytes 18 and 19 are 1): a
        // reader of the file never needs a log beside it.
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray header = written.read(20);
        QCOMPARE(int(header.at(18)), 1);
        QCOMPARE(int(header.at(19)), 1);

        const ImportPreview preview = importInto(m_manager, path);
        QCOMPARE(preview.sessions.size(), 1);
        QVERIFY(preview.sessions.constFirst().isNew);
        QCOMPARE(preview.sessions.constFirst().title, QStringLiteral("Launch"));
        QVERIFY(preview.conflicts.isEmpty());

        // Every row of the session reads the same on both laptops; the
        // session itself joins the manager's own "My team", of the same name.
        const QHash<QString, QString> left = contents(m_facilitator);
        const QHash<QString, QString> arrived = contents(m_manager);
        int same = 0;
        for (auto it = arrived.cbegin(); it != arrived.cend(); ++it) {
            if (left.value(it.key()) == it.value())
                ++same;
        }
        // 3 people, 4 concerns, 1 why, 1 entry, 5 actions.
        QCOMPARE(same, 14);
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT title || ' ' || t.name FROM sessions s"
                                                  " JOIN teams t ON t.id = s.team_id")),
                 QStringLiteral("Launch My team"));
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM teams")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT concern_count || '/' || action_count"
                                                  " FROM sessions")),
                 QStringLiteral("3/5"));
        QCOMPARE(danglingReferences(m_manager), QStringLiteral("0"));
        // The review of an action that stayed behind stays behind too.
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM action_reviews")),
                 QStringLiteral("0"));

        // The same file again changes nothing.
        const ImportPreview again = importInto(m_manager, path);
        QVERIFY(again.changesNothing());
        QCOMPARE(again.sessions.constFirst().unchanged, 15);
        QCOMPARE(contents(m_manager), arrived);
    }

    // The facilitator exports; the product manager imports, prioritizes and
    // exports; the facilitator imports that: the manager's changes are
    // there, and nothing else moved.
    void theTripThereAndBack()
    {
        const QString there = exportTo(m_facilitator, {m_session}, QStringLiteral("there.candor"));
        importInto(m_manager, there);
        const qint64 managersCopy =
            scalar(m_manager, QStringLiteral("SELECT id FROM sessions")).toLongLong();
        m_clock.advance(24 * 60 * 60 * 1000);
        Store *manager = m_manager.store.get();
        QVERIFY(manager->moveAction(managersCopy, 4, 0));
        const QVector<ActionItem> actions = manager->actions(managersCopy);
        ActionItem owned = actions.at(0);
        owned.owner = QStringLiteral("Lee");
        owned.dueDate = QDate(2026, 3, 20);
        owned.rightAway = true;
        QVERIFY(manager->updateAction(actions.at(0), owned));
        const QString back = exportTo(m_manager, {managersCopy}, QStringLiteral("back.candor"));

        const QHash<QString, QString> before = contents(m_facilitator);
        const ImportPreview preview = importInto(m_facilitator, back);
        QVERIFY(preview.conflicts.isEmpty());
        QCOMPARE(preview.sessions.constFirst().added, 0);
        // The five actions changed rank, one of them more.
        QCOMPARE(preview.sessions.constFirst().updated, 5);
        QCOMPARE(
            scalar(m_facilitator,
                   QStringLiteral(
                       "SELECT group_concat(text || ':' || owner || ':' ||"
                       " coalesce(due_date, '-') || ':' || right_away, ' | ') FROM"
                       " (SELECT * FROM actions WHERE session_id = ? ORDER BY rank) AS ranked"),
                   {m_session}),
            QStringLiteral("Action 5:Lee:2026-03-20:1 | Action 1::-:0 | Action 2::-:0 |"
                           " Action 3::-:0 | Action 4::-:0"));
        const QHash<QString, QString> after = contents(m_facilitator);
        int moved = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (after.value(it.key()) != it.value())
                ++moved;
        }
        QCOMPARE(moved, 5);
        // The facilitator's session stays where the facilitator left it.
        QCOMPARE(scalar(m_facilitator,
                        QStringLiteral("SELECT current_phase FROM sessions"
                                       " WHERE id = ?"),
                        {m_session}),
                 QStringLiteral("setup"));
    }

    void bothSidesChangedIsAskedAbout()
    {
        const QString there = exportTo(m_facilitator, {m_session}, QStringLiteral("there.candor"));
        importInto(m_manager, there);
        m_clock.advance(60 * 1000);
        const qint64 copy =
            scalar(m_manager, QStringLiteral("SELECT id FROM sessions")).toLongLong();
        const ActionItem theirs = m_manager.store->actions(copy).constFirst();
        ActionItem managerEdit = theirs;
        managerEdit.owner = QStringLiteral("Lee");
        QVERIFY(m_manager.store->updateAction(theirs, managerEdit));
        const ActionItem mine = m_facilitator.store->actions(m_session).constFirst();
        ActionItem facilitatorEdit = mine;
        facilitatorEdit.owner = QStringLiteral("Dana");
        QVERIFY(m_facilitator.store->updateAction(mine, facilitatorEdit));
        const QString back = exportTo(m_manager, {copy}, QStringLiteral("back.candor"));

        // Kept: nothing written, the question is not asked again.
        const ImportPreview kept = importInto(m_facilitator, back);
        QCOMPARE(kept.conflicts.size(), 1);
        QCOMPARE(kept.conflicts.constFirst().what, QStringLiteral("Action “Action 1”"));
        QCOMPARE(kept.conflicts.constFirst().mine, QStringList({"owner: Dana"}));
        QCOMPARE(kept.conflicts.constFirst().theirs, QStringList({"owner: Lee"}));
        QCOMPARE(scalar(m_facilitator, QStringLiteral("SELECT owner FROM actions WHERE id = ?"),
                        {mine.id}),
                 QStringLiteral("Dana"));
        QVERIFY(importInto(m_facilitator, back).conflicts.isEmpty());

        // Taken: the manager's owner, and undo puts the facilitator's back.
        m_facilitator.history->undoStep();
        m_facilitator.history->undoStep();
        const ImportPreview taken =
            importInto(m_facilitator, back, {kept.conflicts.constFirst().uuid});
        QCOMPARE(taken.conflicts.size(), 1);
        QCOMPARE(scalar(m_facilitator, QStringLiteral("SELECT owner FROM actions WHERE id = ?"),
                        {mine.id}),
                 QStringLiteral("Lee"));
        m_facilitator.history->undoStep();
        QCOMPARE(scalar(m_facilitator, QStringLiteral("SELECT owner FROM actions WHERE id = ?"),
                        {mine.id}),
                 QStringLiteral("Dana"));
    }

    void anImportIsOneUndoStep()
    {
        const QString path = exportTo(m_facilitator, {m_session}, QStringLiteral("one.candor"));
        importInto(m_manager, path);
        const QString ids =
            scalar(m_manager, QStringLiteral("SELECT group_concat(id) FROM"
                                             " (SELECT id FROM concerns ORDER BY id) AS in_order"));
        QVERIFY(m_manager.history->undoStep());
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM sessions")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM concerns")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM shared_versions")),
                 QStringLiteral("0"));
        // Redo brings back the same rows under the same ids.
        QVERIFY(m_manager.history->redoStep());
        QCOMPARE(
            scalar(m_manager, QStringLiteral("SELECT group_concat(id) FROM"
                                             " (SELECT id FROM concerns ORDER BY id) AS in_order")),
            ids);
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT concern_count FROM sessions")),
                 QStringLiteral("3"));
    }

    void chosenSessionsOfAWholeDatabase()
    {
        // The facilitator's database itself, as a backup would be: two
        // sessions, of which one is chosen.
        if (TestDatabase::onPostgresql())
            QSKIP("About importing a whole SQLite database file, as its backups are");
        m_facilitator.store.reset();
        m_facilitator.history.reset();
        Database::close(m_facilitator.connection);
        const QString database = m_facilitator.database->location().filePath();
        const QByteArray digest = digestOf(database);
        SessionFileReader reader;
        QString error;
        QVERIFY2(reader.open(database, &error), qPrintable(error));
        QVERIFY(!reader.isSessionFile());
        const SessionImport import(m_manager.store.get(), reader);
        const ImportPreview all = import.preview();
        QCOMPARE(all.sessions.size(), 2);
        QString launch;
        for (const ImportPreview::Session &session : all.sessions) {
            if (session.title == QLatin1String("Launch"))
                launch = session.uuid;
        }
        QVERIFY(m_manager.history->record(
            new ImportCommand(m_manager.store.get(), import.plan({launch}), QStringLiteral("x"))));
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT group_concat(title) FROM sessions")),
                 QStringLiteral("Launch"));
        // Reading never changes the file read.
        QCOMPARE(digestOf(database), digest);
        openLaptop(&m_facilitator, QStringLiteral("facilitator"));
    }

    void anOlderFileIsBroughtUpToDate()
    {
        SessionFileReader reader;
        QString error;
        QVERIFY2(reader.open(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), &error),
                 qPrintable(error));
        const SessionImport import(m_manager.store.get(), reader);
        const ImportPreview preview = import.preview();
        QVERIFY(!preview.sessions.isEmpty());
        QVERIFY(m_manager.history->record(
            new ImportCommand(m_manager.store.get(), import.plan(), QStringLiteral("x"))));
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM sessions")),
                 QString::number(preview.sessions.size()));
        // Its first team is the manager's first team: both are "My team".
        QCOMPARE(scalar(m_manager, QStringLiteral("SELECT count(*) FROM teams")),
                 QStringLiteral("1"));
    }

    // A session reviews an action once, whatever identity each side gave
    // the review: reviewing it on both laptops is one review, not a
    // collision that refuses the whole file.
    void aReviewMadeOnBothSidesIsOneReview()
    {
        Store *facilitator = m_facilitator.store.get();
        const qint64 earlier = facilitator->createSession(SessionKind::PreMortem, "Earlier");
        ActionItem action;
        action.sessionId = earlier;
        action.text = "Rotate the keys";
        const qint64 rotate = facilitator->addAction(action);
        m_clock.advance(1000);
        const qint64 later = facilitator->createSession(SessionKind::PostMortem, "Later");
        importInto(m_manager, exportTo(m_facilitator, {earlier, later}, "both.candor"));

        m_clock.advance(1000);
        QVERIFY(facilitator->setReview(later, rotate, ReviewOutcome::Done, ActionStatus::Done));
        Store *manager = m_manager.store.get();
        const qint64 laterThere =
            scalar(m_manager, "SELECT id FROM sessions WHERE title = 'Later'").toLongLong();
        const qint64 earlierThere =
            scalar(m_manager, "SELECT id FROM sessions WHERE title = 'Earlier'").toLongLong();
        const qint64 rotateThere = scalar(m_manager, "SELECT id FROM actions").toLongLong();
        m_clock.advance(1000);
        QVERIFY(manager->setReview(laterThere, rotateThere, ReviewOutcome::StillOpen,
                                   ActionStatus::Open));
        QVERIFY(manager->renameSession(laterThere, "Later, renamed"));

        const ImportPreview preview = importInto(
            m_facilitator, exportTo(m_manager, {earlierThere, laterThere}, "back.candor"));
        QCOMPARE(scalar(m_facilitator, "SELECT title FROM sessions WHERE id = ?", {later}),
                 QStringLiteral("Later, renamed"));
        const QString review = "FROM action_reviews WHERE action_id = ?";
        QCOMPARE(scalar(m_facilitator, "SELECT count(*) " + review, {rotate}), QStringLiteral("1"));
        // Neither side saw the other's review before: the later one wins.
        QCOMPARE(scalar(m_facilitator, "SELECT outcome " + review, {rotate}),
                 QStringLiteral("still_open"));
        QVERIFY(preview.conflicts.isEmpty());
        // Both laptops now call it alike.
        QCOMPARE(scalar(m_facilitator, "SELECT uuid " + review, {rotate}),
                 scalar(m_manager, "SELECT uuid " + review, {rotateThere}));
    }

    // A chain of whys holds five: whys added on both sides to one concern
    // fill it to five, and every why of it can still be removed.
    void whysAddedOnBothSidesStopAtFive()
    {
        importInto(m_manager, exportTo(m_facilitator, {m_session}, "whys.candor"));
        const qint64 concern = scalar(m_facilitator, "SELECT concern_id FROM whys").toLongLong();
        const QString uuid =
            scalar(m_facilitator, "SELECT uuid FROM concerns WHERE id = ?", {concern});
        const qint64 concernThere =
            scalar(m_manager, "SELECT id FROM concerns WHERE uuid = ?", {uuid}).toLongLong();
        const int before = m_facilitator.store->whys(concern).size();
        while (m_facilitator.store->whys(concern).size() < 4) {
            m_clock.advance(1000);
            QVERIFY(m_facilitator.store->addWhy({0, concern, 0, "Here", QString()}));
            QVERIFY(m_manager.store->addWhy({0, concernThere, 0, "There", QString()}));
        }
        const qint64 copy = scalar(m_manager, "SELECT id FROM sessions").toLongLong();
        const ImportPreview preview =
            importInto(m_facilitator, exportTo(m_manager, {copy}, "whys-back.candor"));

        QCOMPARE(m_facilitator.store->whys(concern).size(), Domain::maximumWhys);
        QCOMPARE(preview.added(), 1);
        QCOMPARE(preview.keptHere(), 4 - before - 1);
        while (!m_facilitator.store->whys(concern).isEmpty())
            QVERIFY2(m_facilitator.store->removeWhy(m_facilitator.store->whys(concern).first().id),
                     qPrintable(m_facilitator.store->lastError()));
    }

    // The team a file's sessions were put in is remembered by the sessions,
    // not found again by name: renamed since, the same file changes nothing.
    void sameFileTwiceAfterTheTeamWasRenamed()
    {
        const QString path = exportTo(m_facilitator, {m_session}, "team.candor");
        importInto(m_manager, path);
        const qint64 team = m_manager.store->teams().constFirst().id;
        QVERIFY(m_manager.store->renameTeam(team, "Platform"));

        const ImportPreview again = importInto(m_manager, path);
        QVERIFY(again.changesNothing());
        QCOMPARE(scalar(m_manager, "SELECT group_concat(name) FROM teams"),
                 QStringLiteral("Platform"));
    }

    // A row deleted here after it was shared stays deleted when a file that
    // has it is imported again, and so does what hung off it.
    void deletedHereStaysDeleted()
    {
        const QString path = exportTo(m_facilitator, {m_session}, "deleted.candor");
        importInto(m_manager, path);
        const qint64 copy = scalar(m_manager, "SELECT id FROM sessions").toLongLong();
        const int actions = m_manager.store->actions(copy).size();
        QVERIFY(m_manager.store->removeAction(m_manager.store->actions(copy).constFirst().id));
        const QString why = scalar(m_manager, "SELECT concern_id FROM whys");
        const QString concerns = scalar(m_manager, "SELECT count(*) FROM concerns");
        QVERIFY(m_manager.store->removeConcern(why.toLongLong(), TurnState()));

        const ImportPreview again = importInto(m_manager, path);
        QCOMPARE(again.added(), 0);
        QCOMPARE(m_manager.store->actions(copy).size(), actions - 1);
        QCOMPARE(scalar(m_manager, "SELECT count(*) FROM concerns"),
                 QString::number(concerns.toInt() - 1));
        QCOMPARE(danglingReferences(m_manager), QStringLiteral("0"));
    }

    // A tampered file that gives one of its rows the identity of a row of
    // another session here cannot move that row into its own session.
    void aBorrowedIdentityMovesNothing()
    {
        Store *manager = m_manager.store.get();
        const qint64 mine = manager->createSession(SessionKind::PreMortem, "Mine");
        ActionItem action;
        action.sessionId = mine;
        action.text = "Private";
        const qint64 kept = manager->addAction(action);
        const QString uuid = scalar(m_manager, "SELECT uuid FROM actions WHERE id = ?", {kept});
        const QString path =
            tampered("borrowed", {QStringLiteral("UPDATE actions SET uuid = '%1', text = 'Taken',"
                                                 " updated_at = '2099-01-01T00:00:00.000Z'"
                                                 " WHERE id = (SELECT min(id) FROM actions)")
                                      .arg(uuid)});
        importInto(m_manager, path);
        QCOMPARE(manager->actions(mine).size(), 1);
        QCOMPARE(manager->actions(mine).constFirst().text, QStringLiteral("Private"));
    }

    // Values are held against their column's kind: SQLite would store bytes
    // in a text column, or words in a number one.
    void valuesOfTheWrongKindAreRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("bytes as a concern") << "UPDATE concerns SET summary = zeroblob(3000000)";
        QTest::newRow("words as hands") << "UPDATE concerns SET hands_raised = 'lots'";
        QTest::newRow("words as a place") << "UPDATE concerns SET position = 'x'";
        QTest::newRow("words as minutes") << "UPDATE sessions SET planned_minutes = 'abc'";
        QTest::newRow("a time that is not one") << "UPDATE sessions SET created_at = 'garbage'";
        QTest::newRow("a timer ending 'soon'")
            << "UPDATE sessions SET timer_state = 'running', timer_end_at = 'soon'";
        QTest::newRow("a due date that is not one") << "UPDATE actions SET due_date = 'Friday'";
    }

    void valuesOfTheWrongKindAreRefused()
    {
        QFETCH(QString, statement);
        const QString path = tampered(QTest::currentDataTag(), {statement});
        SessionFileReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY2(error.contains("of the wrong kind") || error.contains("longer than"),
                 qPrintable(error));
    }

    void untrustedFilesAreRefusedWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("said");
        QTest::newRow("random bytes") << "random"
                                      << "is not a Candor session file";
        QTest::newRow("another program's SQLite file") << "foreign"
                                                       << "SQLite file of another program";
        QTest::newRow("cut short") << "truncated"
                                   << "incomplete";
        QTest::newRow("a table of its own") << "extra table"
                                            << "holds something";
        QTest::newRow("a trigger") << "trigger"
                                   << "holds something";
        QTest::newRow("a view") << "view"
                                << "holds something";
        QTest::newRow("rows pointing nowhere") << "dangling"
                                               << "refer to rows";
        QTest::newRow("two rows, one identity") << "duplicate"
                                                << "same identity";
        QTest::newRow("an identity that is not one") << "bad uuid"
                                                     << "proper identity";
        QTest::newRow("a status Candor does not know") << "bad status"
                                                       << "does not know";
        QTest::newRow("a text too long") << "long text"
                                         << "longer than Candor accepts";
        QTest::newRow("from a newer Candor") << "newer"
                                             << "newer Candor (format 7)";
        QTest::newRow("2 GiB") << "huge"
                               << "too large";
        QTest::newRow("a folder") << "folder"
                                  << "is not a file";
        QTest::newRow("nothing there") << "missing"
                                       << "does not exist";
    }

    void untrustedFilesAreRefusedWhole()
    {
        QFETCH(QString, name);
        QFETCH(QString, said);
        QString path = m_dir.filePath(name + QStringLiteral(".candor"));
        const QString uuid = Identity::newUuid();
        if (name == QLatin1String("random")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes(4096, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = char((i * 7919) % 251);
            file.write(bytes);
        } else if (name == QLatin1String("foreign")) {
            path = tampered(name, {QStringLiteral("PRAGMA application_id = 0")});
        } else if (name == QLatin1String("truncated")) {
            const QString good = tampered(name, {});
            QFile file(good);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.resize(file.size() / 2));
            path = good;
        } else if (name == QLatin1String("extra table")) {
            path = tampered(name, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
        } else if (name == QLatin1String("trigger")) {
            path = tampered(name, {QStringLiteral("CREATE TRIGGER boom AFTER INSERT ON concerns"
                                                  " BEGIN DELETE FROM sessions; END")});
        } else if (name == QLatin1String("view")) {
            path = tampered(name, {QStringLiteral("CREATE VIEW peek AS SELECT * FROM actions")});
        } else if (name == QLatin1String("dangling")) {
            path = tampered(name, {QStringLiteral("PRAGMA foreign_keys = OFF"),
                                   QStringLiteral("UPDATE actions SET session_id = 999")});
        } else if (name == QLatin1String("duplicate")) {
            path = tampered(name, {QStringLiteral("UPDATE actions SET uuid = (SELECT uuid FROM"
                                                  " sessions) WHERE id = (SELECT min(id) FROM"
                                                  " actions)")});
        } else if (name == QLatin1String("bad uuid")) {
            path = tampered(name, {QStringLiteral("UPDATE concerns SET uuid = 'x' || uuid")});
        } else if (name == QLatin1String("bad status")) {
            path = tampered(name, {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                   QStringLiteral("UPDATE actions SET status = 'bogus'")});
        } else if (name == QLatin1String("long text")) {
            path = tampered(name, {QStringLiteral("UPDATE concerns SET summary ="
                                                  " printf('%.*c', 1000001, 'x')")});
        } else if (name == QLatin1String("newer")) {
            path = tampered(name, {QStringLiteral("PRAGMA user_version = 7")});
        } else if (name == QLatin1String("huge")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            // Sparse: no disk space is used.
            QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024));
        } else if (name == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        }
        Q_UNUSED(uuid);
        const QByteArray before = QFileInfo(path).isFile() && name != QLatin1String("huge")
                                      ? digestOf(path)
                                      : QByteArray();
        const QHash<QString, QString> managerBefore = contents(m_manager);

        SessionFileReader reader;
        QString error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY2(error.contains(said), qPrintable(error));
        // One sentence that names the file.
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
        if (!before.isEmpty())
            QCOMPARE(digestOf(path), before);
        QCOMPARE(contents(m_manager), managerBefore);
        // Nothing was left beside it.
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestSessionFiles)
#include "tst_sessionfiles.moc"
