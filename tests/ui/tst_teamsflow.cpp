#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "followupmodel.h"
#include "followuppage.h"
#include "mainwindow.h"
#include "reviewmodel.h"
#include "sessionlistmodel.h"
#include "sessionpage.h"
#include "setuppage.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "keyboard.h"

using Keyboard::press;
using Keyboard::type;

namespace {

// Answers the window's questions from a script, as the facilitator would.
class TeamDialogs : public Dialogs
{
public:
    QString askText(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return answers.isEmpty() ? QString() : answers.takeFirst();
    }
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }

    QStringList answers;
    QStringList asked;
    QStringList warnings;
};

} // namespace

// Every session belongs to a team: the facilitator chooses it in set-up,
// makes a new one or renames it there, seats the team's usual people with
// one key; the list and follow-up show one team's sessions and actions on
// demand; a new session made while a team is shown, and a duplicate, stay
// in the team.
class TestTeamsFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    TeamDialogs *m_dialogs = nullptr;
    qint64 m_myTeam = 0;
    qint64 m_mobile = 0;
    qint64 m_checkout = 0;  // My team's session, with Dana, Lee and Ana
    qint64 m_appLaunch = 0; // Mobile's, the newest

    qint64 sessionOf(qint64 teamId, const QString &title, const QStringList &people,
                     const QString &openAction)
    {
        m_clock.advance(60 * 60 * 1000);
        const qint64 id = m_store->createSession(SessionKind::PreMortem, title, {}, teamId);
        Participant participant;
        participant.sessionId = id;
        for (const QString &name : people) {
            participant.name = name;
            m_store->addParticipant(participant);
        }
        ActionItem action;
        action.sessionId = id;
        action.text = openAction;
        m_store->addAction(action);
        return id;
    }

    qint64 teamOf(qint64 sessionId) const
    {
        const std::optional<SessionDetails> details = m_store->sessionDetails(sessionId);
        return details ? details->teamId : -1;
    }

    QString teamName(qint64 teamId) const
    {
        for (const Team &team : m_store->teams()) {
            if (team.id == teamId)
                return team.name;
        }
        return {};
    }

    // The names of rows the store read back (teams, participants).
    template <typename Row> static QStringList namesOf(const QVector<Row> &rows)
    {
        QStringList names;
        for (const Row &row : rows)
            names << row.name;
        return names;
    }

    QStringList teamNames() const { return namesOf(m_store->teams()); }
    QStringList seated(qint64 sessionId) const { return namesOf(m_store->participants(sessionId)); }

    QTreeView *sessionList() const { return m_window->findChild<QTreeView *>(); }

    // The list's team filter, shown or not.
    QComboBox *listTeamFilter() const
    {
        for (QComboBox *combo : m_window->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QLatin1String("Team filter") &&
                !qobject_cast<FollowUpPage *>(combo->parentWidget()))
                return combo;
        }
        return nullptr;
    }

    // The titles the list shows, top to bottom, with their Team column.
    QStringList listRows() const
    {
        QStringList rows;
        const QAbstractItemModel *model = sessionList()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            rows << model->index(row, SessionListModel::TitleColumn).data().toString() +
                        QStringLiteral(" | ") +
                        model->index(row, SessionListModel::TeamColumn).data().toString();
        return rows;
    }

    // Picks an entry of the combo with the focus by moving to it with the
    // arrow keys, as a person does.
    void pickInFocusedCombo(const QString &text)
    {
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY2(combo, "the focus is not on a list to choose from");
        const int target = combo->findText(text);
        QVERIFY2(target >= 0, qPrintable(text));
        while (combo->currentIndex() < target)
            press(Qt::Key_Down);
        while (combo->currentIndex() > target)
            press(Qt::Key_Up);
        QCOMPARE(combo->currentText(), text);
    }

    // Ctrl+N, a title, Enter, and Enter again to open it on Set-up.
    qint64 newSessionOpenOnSetup(const QString &title)
    {
        m_clock.advance(60 * 1000);
        press(Qt::Key_N, Qt::ControlModifier);
        type(title);
        press(Qt::Key_Return);
        return openOnSetup();
    }

    // Enter on the list, and on to Set-up.
    qint64 openOnSetup()
    {
        press(Qt::Key_Return);
        SessionPage *session = m_window->sessionPage();
        if (!session || m_window->openSessionId() == 0)
            return 0;
        // A session whose team left actions open starts with their review.
        if (session->phase() == Phase::Review)
            press(Qt::Key_PageDown, Qt::ControlModifier);
        return session->phase() == Phase::Setup ? m_window->openSessionId() : 0;
    }

    SetupPage *setupPage() const { return m_window->findChild<SetupPage *>(); }

    // A button's Alt+letter, and the question it asks: a button pressed by
    // its mnemonic clicks a moment later, as it shows itself pressed.
    void pressButtonThatAsks(Qt::Key letter)
    {
        const qsizetype asked = m_dialogs->asked.size();
        press(letter, Qt::AltModifier);
        QTRY_COMPARE(m_dialogs->asked.size(), asked + 1);
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("teams-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_store->setClock(&m_clock);
        // A new database has one team, "My team"; a second is made here.
        QCOMPARE(teamNames(), QStringList{Domain::defaultTeamName()});
        m_myTeam = m_store->teams().constFirst().id;
        m_mobile = m_store->addTeam(QStringLiteral("Mobile"));
        QVERIFY(m_mobile > 0);
        m_checkout =
            sessionOf(m_myTeam, QStringLiteral("Checkout pre-mortem"),
                      {QStringLiteral("Dana"), QStringLiteral("Lee"), QStringLiteral("Ana")},
                      QStringLiteral("Write the runbook"));
        m_appLaunch = sessionOf(m_mobile, QStringLiteral("App launch"),
                                {QStringLiteral("Kim"), QStringLiteral("Ravi")},
                                QStringLiteral("Ship the beta"));

        m_window = std::make_unique<MainWindow>(m_store.get(), path);
        auto dialogs = std::make_unique<TeamDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogs(std::move(dialogs));
        m_window->setClock(&m_clock);
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1366, 768)));
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void choosingATeamInSetUpIsUndoable()
    {
        // Without a team chosen, a new session joins the newest one's team.
        const qint64 id = newSessionOpenOnSetup(QStringLiteral("Payments pre-mortem"));
        QVERIFY(id);
        QCOMPARE(teamOf(id), m_mobile);
        QComboBox *team = setupPage()->teamChooser();
        QCOMPARE(team->currentText(), QStringLiteral("Mobile"));

        press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), team);
        pickInFocusedCombo(Domain::defaultTeamName());
        QCOMPARE(teamOf(id), m_myTeam);
        QCOMPARE(m_store->session(id)->teamName, Domain::defaultTeamName());
        // Its review now covers what My team left open, not Mobile's.
        SessionPage *session = m_window->sessionPage();
        press(Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(session->phase(), Phase::Review);
        auto *review = qobject_cast<ReviewModel *>(
            session->existingPage(Phase::Review)->findChild<QTableView *>()->model());
        QVERIFY(review);
        QCOMPARE(review->rowCount(), 1);
        QCOMPARE(review->items().constFirst().item.action.text,
                 QStringLiteral("Write the runbook"));
        press(Qt::Key_PageDown, Qt::ControlModifier);

        // Ctrl+Z puts it back, in the database and on the page.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(teamOf(id), m_mobile);
        QCOMPARE(team->currentText(), QStringLiteral("Mobile"));
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(teamOf(id), m_myTeam);
        QCOMPARE(team->currentText(), Domain::defaultTeamName());
    }

    void aNewTeamIsOneUndoableStep()
    {
        const qint64 id = newSessionOpenOnSetup(QStringLiteral("Platform kickoff"));
        QVERIFY(id);
        m_dialogs->answers << QStringLiteral("  Platform  ");
        pressButtonThatAsks(Qt::Key_W);
        QCOMPARE(m_dialogs->asked, QStringList{QStringLiteral("New Team")});
        QVERIFY(teamNames().contains(QStringLiteral("Platform")));
        const qint64 platform = teamOf(id);
        QCOMPARE(teamName(platform), QStringLiteral("Platform"));
        QCOMPARE(setupPage()->teamChooser()->currentText(), QStringLiteral("Platform"));
        // The list offers it to filter by at once.
        QVERIFY(listTeamFilter()->findText(QStringLiteral("Platform")) > 0);

        // Undo takes the team away again and the session back.
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(teamOf(id), m_mobile);
        QVERIFY(!teamNames().contains(QStringLiteral("Platform")));
        QCOMPARE(setupPage()->teamChooser()->findText(QStringLiteral("Platform")), -1);
        QCOMPARE(listTeamFilter()->findText(QStringLiteral("Platform")), -1);
        // Redo brings back the same team.
        press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(teamOf(id), platform);

        // A name already taken means that team, not a second of the same name.
        m_dialogs->answers << QStringLiteral("mobile");
        pressButtonThatAsks(Qt::Key_W);
        QCOMPARE(teamOf(id), m_mobile);
        QCOMPARE(teamNames().count(QStringLiteral("Mobile")), 1);
        // Backing out changes nothing.
        pressButtonThatAsks(Qt::Key_W);
        QCOMPARE(teamOf(id), m_mobile);
    }

    void renamingATeamReadsRightEverywhere()
    {
        const qint64 id = newSessionOpenOnSetup(QStringLiteral("Wallet pre-mortem"));
        QVERIFY(id);
        m_dialogs->answers << QStringLiteral("Mobile apps");
        pressButtonThatAsks(Qt::Key_R);
        QCOMPARE(teamName(m_mobile), QStringLiteral("Mobile apps"));
        QCOMPARE(setupPage()->teamChooser()->currentText(), QStringLiteral("Mobile apps"));
        // The list, out of sight, already shows the new name on every session
        // of the team.
        QVERIFY2(listRows().contains(QStringLiteral("App launch | Mobile apps")),
                 qPrintable(listRows().join(QLatin1Char('\n'))));
        QVERIFY(listRows().contains(QStringLiteral("Wallet pre-mortem | Mobile apps")));

        // A name another team has is refused, with the reason.
        m_dialogs->answers << Domain::defaultTeamName();
        pressButtonThatAsks(Qt::Key_R);
        QCOMPARE(m_dialogs->warnings.size(), 1);
        QVERIFY(m_dialogs->warnings.constFirst().contains(Domain::defaultTeamName()));
        QCOMPARE(teamName(m_mobile), QStringLiteral("Mobile apps"));

        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(teamName(m_mobile), QStringLiteral("Mobile"));
        QVERIFY(listRows().contains(QStringLiteral("App launch | Mobile")));
        QCOMPARE(setupPage()->teamChooser()->currentText(), QStringLiteral("Mobile"));
    }

    void theUsualParticipantsTakeOneKey()
    {
        // My team's next session.
        press(Qt::Key_M, Qt::AltModifier);
        pickInFocusedCombo(Domain::defaultTeamName());
        sessionList()->setFocus();
        const qint64 id = newSessionOpenOnSetup(QStringLiteral("Checkout, second round"));
        QVERIFY(id);
        QCOMPARE(teamOf(id), m_myTeam);
        QPushButton *button = setupPage()->addUsualButton();
        QVERIFY(button->isEnabled());
        // The button says how many, and who.
        QVERIFY2(button->text().contains(QStringLiteral("(3)")), qPrintable(button->text()));
        QVERIFY2(button->text().contains(QStringLiteral("Dana, Lee, Ana")),
                 qPrintable(button->text()));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("teams-setup"));

        // The key is in the Session menu too.
        QAction *key = nullptr;
        for (QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T))
                    key = action;
            }
        }
        QVERIFY2(key && key->isVisible() && key->isEnabled(), "Ctrl+Shift+T is in no menu");

        // From the name field, one key seats all three, in one undo step.
        QCOMPARE(QApplication::focusWidget(), setupPage()->nameField());
        press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(seated(id), QStringList({"Dana", "Lee", "Ana"}));
        QVERIFY(!button->isEnabled());
        // The list has the focus, on the first of them: Delete removes who
        // is absent.
        QTableView *people = setupPage()->participantView();
        QCOMPARE(QApplication::focusWidget(), people);
        press(Qt::Key_Down);
        press(Qt::Key_Delete);
        QCOMPARE(seated(id), QStringList({"Dana", "Ana"}));
        QVERIFY(button->isEnabled());
        QVERIFY(button->text().contains(QStringLiteral("(1): Lee")));

        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(seated(id), QStringList({"Dana", "Lee", "Ana"}));
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(seated(id), QStringList());
        QVERIFY(button->isEnabled());
    }

    void nobodyUsualLeavesTheButtonOff()
    {
        // A team's first session has nobody to add from before.
        const qint64 id = newSessionOpenOnSetup(QStringLiteral("First of its team"));
        QVERIFY(id);
        m_dialogs->answers << QStringLiteral("Data");
        pressButtonThatAsks(Qt::Key_W);
        QCOMPARE(teamName(teamOf(id)), QStringLiteral("Data"));
        QVERIFY(!setupPage()->addUsualButton()->isEnabled());
        press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(seated(id), QStringList());
    }

    void theListShowsAndFiltersByTeam()
    {
        QCOMPARE(listRows(), QStringList({QStringLiteral("App launch | Mobile"),
                                          QStringLiteral("Checkout pre-mortem | ") +
                                              Domain::defaultTeamName()}));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("teams-list"));
        QComboBox *filter = listTeamFilter();
        QVERIFY(filter && filter->isVisible());
        QCOMPARE(filter->currentText(), QStringLiteral("All teams"));
        press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), filter);
        pickInFocusedCombo(Domain::defaultTeamName());
        QCOMPARE(listRows(),
                 QStringList{QStringLiteral("Checkout pre-mortem | ") + Domain::defaultTeamName()});

        // A new session made now is My team's, even though Mobile's is newer.
        m_clock.advance(60 * 1000);
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        type(QStringLiteral("Outage review"));
        press(Qt::Key_Return);
        const qint64 id =
            sessionList()->currentIndex().data(SessionListModel::SessionIdRole).toLongLong();
        QCOMPARE(m_store->session(id)->title, QStringLiteral("Outage review"));
        QCOMPARE(teamOf(id), m_myTeam);
        QCOMPARE(listRows().size(), 2);

        // A team's session moved elsewhere in set-up leaves its list.
        QCOMPARE(openOnSetup(), id);
        press(Qt::Key_M, Qt::AltModifier);
        pickInFocusedCombo(QStringLiteral("Mobile"));
        press(Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(listRows(),
                 QStringList{QStringLiteral("Checkout pre-mortem | ") + Domain::defaultTeamName()});

        // All teams again.
        press(Qt::Key_M, Qt::AltModifier);
        pickInFocusedCombo(QStringLiteral("All teams"));
        QCOMPARE(listRows().size(), 3);
    }

    void followUpFiltersByTeam()
    {
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FollowUpPage *followUp = m_window->followUpPage();
        QVERIFY(followUp && followUp->isVisible());
        QCOMPARE(followUp->filter()->rowCount(), 2);
        QComboBox *team = followUp->teamChooser();
        QCOMPARE(team->currentText(), QStringLiteral("All teams"));
        press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), team);
        pickInFocusedCombo(QStringLiteral("Mobile"));
        QCOMPARE(followUp->filter()->rowCount(), 1);
        const QModelIndex row = followUp->filter()->index(0, FollowUpModel::TextColumn);
        QCOMPARE(row.data().toString(), QStringLiteral("Ship the beta"));
        QCOMPARE(row.siblingAtColumn(FollowUpModel::TeamColumn).data().toString(),
                 QStringLiteral("Mobile"));
        // The sessions to choose from are the team's.
        QCOMPARE(followUp->sessionChooser()->count(), 2);
        QCOMPARE(followUp->sessionChooser()->itemText(1), QStringLiteral("App launch"));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("teams-follow-up"));
    }

    void duplicatingKeepsTheTeam()
    {
        press(Qt::Key_M, Qt::AltModifier);
        pickInFocusedCombo(QStringLiteral("Mobile"));
        sessionList()->setFocus();
        QCOMPARE(listRows(), QStringList{QStringLiteral("App launch | Mobile")});
        m_clock.advance(60 * 1000);
        press(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(listRows(), QStringList({QStringLiteral("App launch (copy) | Mobile"),
                                          QStringLiteral("App launch | Mobile")}));
        const qint64 copy =
            sessionList()->currentIndex().data(SessionListModel::SessionIdRole).toLongLong();
        QVERIFY(copy != m_appLaunch);
        QCOMPARE(teamOf(copy), m_mobile);

        // Opened from Follow-up, a session of another team is shown whatever
        // the list was filtered to.
        press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        FollowUpPage *followUp = m_window->followUpPage();
        QTableView *actions = followUp->view();
        actions->setFocus();
        for (int row = 0; row < actions->model()->rowCount(); ++row) {
            const QModelIndex index = actions->model()->index(row, FollowUpModel::TextColumn);
            if (index.data().toString() == QLatin1String("Write the runbook"))
                actions->setCurrentIndex(index);
        }
        press(Qt::Key_Return);
        QCOMPARE(m_window->openSessionId(), m_checkout);
    }
};

QTEST_MAIN(TestTeamsFlow)
#include "tst_teamsflow.moc"
