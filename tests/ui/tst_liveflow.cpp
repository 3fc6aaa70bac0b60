#include "clock.h"
#include "concernmodel.h"
#include "countdown.h"
#include "countdownwidget.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "rankedpage.h"
#include "scenepage.h"
#include "sessionflow.h"
#include "sessionpage.h"
#include "sharingpage.h"
#include "store.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

namespace {

class ScriptedDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
    int choose(QWidget *, const QString &, const QString &, const QStringList &items, int) override
    {
        offered = items;
        return nextChoice;
    }
    QString askText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextText;
    }

    int nextChoice = -1;
    QString nextText;
    QStringList offered;
    QStringList warnings;
};

struct StoredConcern
{
    QString summary;
    QString speaker;
    int round;
    int hands;
    QString category;
    int mergedIntoPosition; // 0 when not merged
};

} // namespace

// A facilitator runs the first half of a session with the keyboard alone;
// afterwards the database must hold every word and count.
class TestLiveFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;

    QSqlQuery query(const QString &sql) const
    {
        QSqlQuery result(QSqlDatabase::database(Database::defaultConnectionName));
        result.exec(sql);
        return result;
    }

    QVector<StoredConcern> storedConcerns() const
    {
        QVector<StoredConcern> result;
        QSqlQuery rows = query(QStringLiteral(
            "SELECT c.summary, coalesce(p.name, ''), c.round, c.hands_raised, c.category,"
            " coalesce(m.position, 0) FROM concerns c"
            " LEFT JOIN participants p ON p.id = c.speaker_id"
            " LEFT JOIN concerns m ON m.id = c.merged_into_id ORDER BY c.position"));
        while (rows.next())
            result.append({rows.value(0).toString(), rows.value(1).toString(),
                           rows.value(2).toInt(), rows.value(3).toInt(), rows.value(4).toString(),
                           rows.value(5).toInt()});
        return result;
    }

    QStringList storedSummaries() const
    {
        QStringList summaries;
        for (const StoredConcern &concern : storedConcerns())
            summaries << concern.summary;
        return summaries;
    }

    // The ranking a reader can compute from the file alone: everyone who
    // wrote a concern (speaker + hands, merged duplicates included), most
    // first, ties in sharing order.
    QStringList rankedFromDatabase() const
    {
        QStringList ranked;
        QSqlQuery rows = query(QStringLiteral(
            "SELECT c.summary, (1 + c.hands_raised) + coalesce((SELECT sum(1 + d.hands_raised)"
            " FROM concerns d WHERE d.merged_into_id = c.id), 0) AS tally"
            " FROM concerns c WHERE c.merged_into_id IS NULL ORDER BY tally DESC, c.position"));
        while (rows.next())
            ranked << QStringLiteral("%1 (%2)")
                          .arg(rows.value(0).toString())
                          .arg(rows.value(1).toInt());
        return ranked;
    }

    QString storedTurn() const
    {
        QSqlQuery row =
            query(QStringLiteral("SELECT s.sharing_round, coalesce(p.name, '-') FROM sessions s"
                                 " LEFT JOIN participants p ON p.id = s.sharing_speaker_id"));
        return row.next()
                   ? QStringLiteral("%1 r%2").arg(row.value(1).toString()).arg(row.value(0).toInt())
                   : QString();
    }

    // What the facilitator does for one concern: summary, hands, Enter.
    void share(const QString &summary, int hands)
    {
        Keyboard::type(summary);
        if (hands > 0)
            Keyboard::press(Qt::Key_0 + hands, Qt::AltModifier);
        Keyboard::press(Qt::Key_Return);
    }

    SharingPage *sharingPage() const { return m_window->findChild<SharingPage *>(); }

    QString banner() const { return sharingPage()->banner()->text(); }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("live-%1.sqlite").arg(++fileNumber));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_window = std::make_unique<MainWindow>(m_store.get(), path);
        auto dialogs = std::make_unique<ScriptedDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogs(std::move(dialogs));
        m_window->setClock(m_clock.get());
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1600, 1000)));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_clock.reset();
        Database::close();
    }

    void sixPersonPreMortemByKeyboard()
    {
        // A new pre-mortem, named and opened.
        Keyboard::press(Qt::Key_N, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("Mobile app launch"));
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_Return);
        QVERIFY(m_window->sessionPage());
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Setup);

        // Set-up: six names, Enter after each.
        for (const char *name : {"Dana", "Lee", "Ana", "Kim", "Sam", "Max"}) {
            Keyboard::type(QString::fromLatin1(name));
            Keyboard::press(Qt::Key_Return);
        }
        QSqlQuery people = query(
            QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM participants"
                           " ORDER BY seat)"));
        QVERIFY(people.next());
        QCOMPARE(people.value(0).toString(), QStringLiteral("Dana Lee Ana Kim Sam Max"));

        // Scene, then ten minutes of private writing on the countdown.
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Scene);
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Writing);
        // Before F5 both screens show the whole length, ready to start; the
        // key that starts it is the facilitator's business, not the room's.
        m_window->showPresentation(true);
        const auto *writingClock =
            m_window->sessionPage()->pageFor(Phase::Writing)->findChild<CountdownWidget *>();
        QVERIFY(writingClock);
        const CountdownWidget *roomClock = m_window->presentationWindow()->countdownWidget();
        for (const CountdownWidget *clock : {writingClock, roomClock}) {
            QCOMPARE(clock->displayedText(), QStringLiteral("10:00"));
            QVERIFY2(clock->stateText().contains(QStringLiteral("Ready")),
                     qPrintable(clock->stateText()));
        }
        QVERIFY(writingClock->stateText().contains(QStringLiteral("F5 starts")));
        QVERIFY2(!roomClock->stateText().contains(QStringLiteral("F5")),
                 qPrintable(roomClock->stateText()));
        m_window->showPresentation(false);
        QApplication::setActiveWindow(m_window.get());
        Keyboard::press(Qt::Key_F5);
        QSqlQuery timer =
            query(QStringLiteral("SELECT timer_state, timer_duration_ms FROM sessions"));
        QVERIFY(timer.next());
        QCOMPARE(timer.value(0).toString(), QStringLiteral("running"));
        QCOMPARE(timer.value(1).toLongLong(), qint64(10 * 60 * 1000));
        // Nobody's notes on the room's screen: nothing there takes text.
        QWidget *writing = m_window->sessionPage()->pageFor(Phase::Writing);
        QVERIFY(writing->findChildren<QLineEdit *>().isEmpty());
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("writing"));
        m_clock->advance(10 * 60 * 1000);

        // Sharing starts with the first seat.
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Sharing);
        QCOMPARE(QApplication::focusWidget(), sharingPage()->summaryField());
        QVERIFY2(banner().contains(QLatin1String("Now: Dana")), qPrintable(banner()));
        QVERIFY2(banner().contains(QLatin1String("Next: Lee")), qPrintable(banner()));
        QVERIFY2(banner().contains(QLatin1String("Round 1")), qPrintable(banner()));

        // Round 1.
        share(QStringLiteral("App store review takes longer than planned"), 3);
        QVERIFY2(banner().contains(QLatin1String("Now: Lee")), qPrintable(banner()));
        Keyboard::type(QStringLiteral("Nobody owns the push notification service"));
        Keyboard::press(Qt::Key_Up); // hands by arrow keys, while typing
        Keyboard::press(Qt::Key_Up);
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_P, Qt::AltModifier); // Ana passes
        QVERIFY2(banner().contains(QLatin1String("Now: Kim")), qPrintable(banner()));
        // No more hands than the five others present can go up.
        Keyboard::type(QStringLiteral("Push service has no owner"));
        Keyboard::press(Qt::Key_9, Qt::AltModifier);
        QCOMPARE(sharingPage()->handsField()->value(), 5);
        QCOMPARE(storedConcerns().size(), 2);
        Keyboard::press(Qt::Key_0, Qt::AltModifier);
        Keyboard::press(Qt::Key_Return);
        // Kim's is Lee's again: merged into it, both texts kept.
        m_dialogs->nextChoice = 1;
        Keyboard::press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(m_dialogs->offered.size(), 2);
        QVERIFY(m_dialogs->offered.at(1).contains(QLatin1String("push notification")));
        Keyboard::press(Qt::Key_L, Qt::AltModifier); // Sam has nothing left
        share(QStringLiteral("Load testing was skipped"), 1);

        // Round 2: a mistake, taken back with Ctrl+Z, the turn with it.
        QVERIFY2(banner().contains(QLatin1String("Now: Dana")), qPrintable(banner()));
        QVERIFY2(banner().contains(QLatin1String("Round 2")), qPrintable(banner()));
        share(QStringLiteral("Rollbak plan untested"), 0);
        QCOMPARE(storedTurn(), QStringLiteral("Lee r2"));
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedTurn(), QStringLiteral("Dana r2"));
        QVERIFY(!storedSummaries().contains(QStringLiteral("Rollbak plan untested")));
        share(QStringLiteral("Rollback plan untested"), 2);
        Keyboard::press(Qt::Key_L, Qt::AltModifier); // Lee has nothing left
        share(QStringLiteral("Marketing date cannot move"), 1);
        Keyboard::press(Qt::Key_P, Qt::AltModifier);                                  // Kim passes
        QVERIFY2(banner().contains(QLatin1String("Now: Max")), qPrintable(banner())); // Sam skipped
        share(QStringLiteral("Analytics events missing"), 0);

        // Round 3.
        QVERIFY2(banner().contains(QLatin1String("Round 3")), qPrintable(banner()));
        share(QStringLiteral("Support team not trained"), 4);
        share(QStringLiteral("Designs changed late"), 0);
        share(QStringLiteral("Crash reporting off in release"), 2);
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("sharing"));

        const QVector<StoredConcern> concerns = storedConcerns();
        QCOMPARE(concerns.size(), 10);
        const QVector<StoredConcern> expected = {
            {"App store review takes longer than planned", "Dana", 1, 3, "", 0},
            {"Nobody owns the push notification service", "Lee", 1, 2, "", 0},
            {"Push service has no owner", "Kim", 1, 0, "", 2},
            {"Load testing was skipped", "Max", 1, 1, "", 0},
            {"Rollback plan untested", "Dana", 2, 2, "", 0},
            {"Marketing date cannot move", "Ana", 2, 1, "", 0},
            {"Analytics events missing", "Max", 2, 0, "", 0},
            {"Support team not trained", "Dana", 3, 4, "", 0},
            {"Designs changed late", "Ana", 3, 0, "", 0},
            {"Crash reporting off in release", "Kim", 3, 2, "", 0},
        };
        for (int i = 0; i < expected.size() && i < concerns.size(); ++i) {
            QCOMPARE(concerns.at(i).summary, expected.at(i).summary);
            QCOMPARE(concerns.at(i).speaker, expected.at(i).speaker);
            QCOMPARE(concerns.at(i).round, expected.at(i).round);
            QCOMPARE(concerns.at(i).hands, expected.at(i).hands);
            QCOMPARE(concerns.at(i).mergedIntoPosition, expected.at(i).mergedIntoPosition);
        }
        QSqlQuery finished = query(QStringLiteral(
            "SELECT group_concat(name, ' ') FROM participants WHERE nothing_left = 1"));
        QVERIFY(finished.next());
        QCOMPARE(finished.value(0).toString(), QStringLiteral("Lee Sam"));

        QCOMPARE(rankedFromDatabase(),
                 QStringList({"Support team not trained (5)",
                              "App store review takes longer than planned (4)",
                              "Nobody owns the push notification service (4)",
                              "Rollback plan untested (3)", "Crash reporting off in release (3)",
                              "Load testing was skipped (2)", "Marketing date cannot move (2)",
                              "Analytics events missing (1)", "Designs changed late (1)"}));
        // The ranked page shows the same order.
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Ranked);
        RankedConcernModel ranked;
        ranked.setSourceModel(m_window->sessionPage()->flow()->concerns());
        QCOMPARE(ranked.rowCount(), 9);
        QCOMPARE(ranked.index(0, ConcernModel::SummaryColumn).data().toString(),
                 QStringLiteral("Support team not trained"));
        QCOMPARE(ranked.index(2, ConcernModel::SummaryColumn).data().toString(),
                 QStringLiteral("Nobody owns the push notification service"));
        QCOMPARE(ranked.index(2, ConcernModel::TallyColumn).data().toInt(), 4);
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("ranked"));

        // The phase is saved: reopening returns to the ranked list.
        QSqlQuery phase = query(QStringLiteral("SELECT current_phase FROM sessions"));
        QVERIFY(phase.next());
        QCOMPARE(phase.value(0).toString(), QStringLiteral("ranked"));
    }

    void postMortemWithCategoriesAndTimeline()
    {
        Keyboard::press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        Keyboard::type(QStringLiteral("Checkout outage"));
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_Return);
        for (const char *name : {"Dana", "Kim", "Lee", "Ana"}) {
            Keyboard::type(QString::fromLatin1(name));
            Keyboard::press(Qt::Key_Return);
        }

        // The scene records the incident and its timeline.
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Scene);
        Keyboard::press(Qt::Key_W, Qt::AltModifier);
        Keyboard::type(QStringLiteral("Checkout failed for 40 minutes"));
        Keyboard::press(Qt::Key_I, Qt::AltModifier);
        Keyboard::type(QStringLiteral("About 12% of orders were lost"));
        auto *scene = m_window->findChild<ScenePage *>();
        QVERIFY(scene);
        scene->timelineWhenField()->setFocus();
        Keyboard::press(Qt::Key_A, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("14:02"));
        Keyboard::press(Qt::Key_Tab);
        Keyboard::type(QStringLiteral("Error rate alert fires"));
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_A, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("14:40"));
        Keyboard::press(Qt::Key_Tab);
        Keyboard::type(QStringLiteral("Rollback complete"));
        Keyboard::press(Qt::Key_Return);
        QSqlQuery incident =
            query(QStringLiteral("SELECT incident_what, incident_impact FROM sessions"));
        QVERIFY(incident.next());
        QCOMPARE(incident.value(0).toString(), QStringLiteral("Checkout failed for 40 minutes"));
        QCOMPARE(incident.value(1).toString(), QStringLiteral("About 12% of orders were lost"));
        QSqlQuery timeline = query(QStringLiteral(
            "SELECT group_concat(happened_at || ' ' || description, '; ') FROM (SELECT * FROM"
            " timeline_entries ORDER BY position)"));
        QVERIFY(timeline.next());
        QCOMPARE(timeline.value(0).toString(),
                 QStringLiteral("14:02 Error rate alert fires; 14:40 Rollback complete"));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("postmortem-scene"));

        // Writing, then sharing with a category for each concern.
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Sharing);
        QCOMPARE(QApplication::focusWidget(), sharingPage()->summaryField());
        Keyboard::type(QStringLiteral("Paging reached the on-call in a minute"));
        Keyboard::press(Qt::Key_1, Qt::ControlModifier); // went well
        Keyboard::press(Qt::Key_2, Qt::AltModifier);
        Keyboard::press(Qt::Key_Return);
        Keyboard::type(QStringLiteral("Runbook for rollback was outdated"));
        Keyboard::press(Qt::Key_2, Qt::ControlModifier); // let us down
        Keyboard::press(Qt::Key_Return);
        // A blame-sounding summary gets a gentle hint; it is stored as typed.
        Keyboard::type(QStringLiteral("Dana was careless with the config"));
        QVERIFY(sharingPage()->hintLabel()->isVisible());
        Keyboard::press(Qt::Key_A, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("The database failover held"));
        QVERIFY(!sharingPage()->hintLabel()->isVisible());
        Keyboard::press(Qt::Key_3, Qt::ControlModifier); // got lucky
        Keyboard::press(Qt::Key_1, Qt::AltModifier);
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_L, Qt::AltModifier); // Ana has nothing left
        // Someone comes in late and takes the last seat.
        m_dialogs->nextText = QStringLiteral("Max, SRE");
        Keyboard::press(Qt::Key_J, Qt::AltModifier);
        QVERIFY2(banner().contains(QLatin1String("Now: Dana")), qPrintable(banner()));
        QSqlQuery late = query(QStringLiteral(
            "SELECT name || ':' || role || ':' || seat FROM participants WHERE name = 'Max'"));
        QVERIFY(late.next());
        QCOMPARE(late.value(0).toString(), QStringLiteral("Max:SRE:5"));
        Keyboard::type(QStringLiteral("Alert thresholds were too high"));
        Keyboard::press(Qt::Key_2, Qt::ControlModifier);
        Keyboard::press(Qt::Key_3, Qt::AltModifier);
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_P, Qt::AltModifier); // Kim passes
        Keyboard::press(Qt::Key_P, Qt::AltModifier); // Lee passes
        // Ana has nothing left; the late arrival's seat comes up this round.
        QVERIFY2(banner().contains(QLatin1String("Now: Max")), qPrintable(banner()));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("postmortem-sharing"));

        QSqlQuery rows = query(QStringLiteral(
            "SELECT group_concat(p.name || ':' || c.round || ':' || c.hands_raised || ':' || "
            "c.category, ' | ') FROM (SELECT * FROM concerns ORDER BY position) c"
            " JOIN participants p ON p.id = c.speaker_id"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(),
                 QStringLiteral("Dana:1:2:went_well | Kim:1:0:let_us_down | Lee:1:1:got_lucky | "
                                "Dana:2:3:let_us_down"));

        Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        auto *ranked = m_window->findChild<RankedPage *>();
        QVERIFY(ranked);
        QCOMPARE(ranked->view()->model()->rowCount(), 4);
        QCOMPARE(ranked->view()->model()->index(0, ConcernModel::SummaryColumn).data().toString(),
                 QStringLiteral("Alert thresholds were too high"));
        ranked->categoryFilter()->setFocus();
        ranked->categoryFilter()->setCurrentIndex(
            ranked->categoryFilter()->findData(int(ConcernCategory::LetUsDown)));
        QCOMPARE(ranked->view()->model()->rowCount(), 2);
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("postmortem-ranked"));
    }
};

QTEST_MAIN(TestLiveFlow)
#include "tst_liveflow.moc"
