#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "store.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"
#include <QTreeView>

namespace {

// Answers the window's questions the way the test says, and remembers them.
class ScriptedDialogs : public Dialogs
{
public:
    explicit ScriptedDialogs(bool *answer, QStringList *asked)
        : m_answer(answer)
        , m_asked(asked)
    {}
    bool confirm(QWidget *, const QString &, const QString &text, const QString &) override
    {
        m_asked->append(text);
        return *m_answer;
    }
    void warn(QWidget *, const QString &, const QString &text) override { m_asked->append(text); }

private:
    bool *m_answer;
    QStringList *m_asked;
};

struct StoredSession
{
    QString kind;
    QString title;
    bool deleted;
};

} // namespace

// A facilitator at the keyboard, and what the database holds afterwards.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    bool m_confirmAnswer = true;
    QStringList m_asked;

    // Read straight from the file, not from any model.
    QVector<StoredSession> stored() const
    {
        QVector<StoredSession> result;
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.exec(
            QStringLiteral("SELECT kind, title, deleted_at IS NOT NULL FROM sessions ORDER BY id"));
        while (query.next())
            result.append(
                {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()});
        return result;
    }

    QStringList liveTitles() const
    {
        QStringList titles;
        for (const StoredSession &session : stored()) {
            if (!session.deleted)
                titles << session.title;
        }
        return titles;
    }

    QTreeView *sessionView() const { return m_window->findChild<QTreeView *>(); }

    QString currentTitle() const
    {
        return sessionView()->currentIndex().siblingAtColumn(1).data().toString();
    }

    void startWindow()
    {
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_window = std::make_unique<MainWindow>(m_store.get(), m_path);
        m_window->setDialogs(std::make_unique<ScriptedDialogs>(&m_confirmAnswer, &m_asked));
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        m_path = m_dir.filePath(QStringLiteral("ui-%1.sqlite").arg(++fileNumber));
        const Database::OpenResult opened = Database::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_confirmAnswer = true;
        m_asked.clear();
        startWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void createRenameDuplicateDeleteByKeyboard()
    {
        // New pre-mortem: the title is ready to be typed over at once.
        Keyboard::press(Qt::Key_N, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("Mobile launch"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().at(0).kind, QStringLiteral("premortem"));
        QCOMPARE(stored().at(0).title, QStringLiteral("Mobile launch"));

        QTest::qWait(5); // distinct creation times keep the order certain
        Keyboard::press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        Keyboard::type(QStringLiteral("Checkout outage 🔥"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(stored().size(), 2);
        QCOMPARE(stored().at(1).kind, QStringLiteral("postmortem"));
        QCOMPARE(stored().at(1).title, QStringLiteral("Checkout outage 🔥"));
        QCOMPARE(currentTitle(), QStringLiteral("Checkout outage 🔥"));

        // Find the first one by searching, then rename it with F2.
        Keyboard::press(Qt::Key_F, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("mobile"));
        Keyboard::press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), sessionView());
        QCOMPARE(currentTitle(), QStringLiteral("Mobile launch"));
        Keyboard::press(Qt::Key_F2);
        Keyboard::type(QStringLiteral("Mobile launch v2"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(stored().at(0).title, QStringLiteral("Mobile launch v2"));

        // Duplicate it: a new pre-mortem named after it, shown in the list.
        Keyboard::press(Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(stored().size(), 3);
        QCOMPARE(stored().at(2).kind, QStringLiteral("premortem"));
        QCOMPARE(stored().at(2).title, QStringLiteral("Mobile launch v2 (copy)"));
        QCOMPARE(currentTitle(), QStringLiteral("Mobile launch v2 (copy)"));

        // Delete the copy after confirming.
        Keyboard::press(Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.at(0).contains(QLatin1String("Mobile launch v2 (copy)")));
        QCOMPARE(liveTitles(), QStringList({"Mobile launch v2", "Checkout outage 🔥"}));
        // The Edit menu names the step that Ctrl+Z takes back.
        QAction *undo = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcuts().contains(QKeySequence(QKeySequence::Undo)))
                undo = action;
        }
        QVERIFY(undo);
        QVERIFY2(undo->text().startsWith(QStringLiteral("&Undo: ")), qPrintable(undo->text()));
        QVERIFY(undo->text().contains(QStringLiteral("Mobile launch v2 (copy)")));

        // Undo brings it back exactly; redo deletes it again.
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(liveTitles(),
                 QStringList({"Mobile launch v2", "Checkout outage 🔥", "Mobile launch v2 (copy)"}));
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(liveTitles(), QStringList({"Mobile launch v2", "Checkout outage 🔥"}));

        // Undo walks back through the rename as well.
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier); // the deletion
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier); // the duplicate
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier); // the rename
        QCOMPARE(liveTitles(), QStringList({"Mobile launch", "Checkout outage 🔥"}));
    }

    void cancelledDeleteKeepsTheSession()
    {
        Keyboard::press(Qt::Key_N, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("Keep me"));
        Keyboard::press(Qt::Key_Return);
        m_confirmAnswer = false;
        Keyboard::press(Qt::Key_Delete);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(liveTitles(), QStringList{"Keep me"});
    }

    void deleteKeyInSearchEditsTheSearchOnly()
    {
        Keyboard::press(Qt::Key_N, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("Quarterly planning"));
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_F, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("qx"));
        Keyboard::press(Qt::Key_Left);
        Keyboard::press(Qt::Key_Delete);
        QCOMPARE(m_window->findChild<QLineEdit *>()->text(), QStringLiteral("q"));
        QVERIFY(m_asked.isEmpty());
        QCOMPARE(liveTitles(), QStringList{"Quarterly planning"});
    }

    void openingShowsTheSessionAndCloseReturns()
    {
        Keyboard::press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        Keyboard::type(QStringLiteral("Outage"));
        Keyboard::press(Qt::Key_Return);
        const qint64 id = m_store->sessions().at(0).id;
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(m_window->openSessionId(), id);
        QVERIFY(m_window->windowTitle().contains(QLatin1String("Outage")));
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("session-page"));
        Keyboard::press(Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_window->openSessionId(), qint64(0));
        QCOMPARE(QApplication::focusWidget(), sessionView());
    }

    void sessionsShowNewestFirstAfterRestart()
    {
        for (const QString &title :
             {QStringLiteral("Oldest"), QStringLiteral("Middle"), QStringLiteral("Newest")}) {
            Keyboard::press(Qt::Key_N, Qt::ControlModifier);
            Keyboard::type(title);
            Keyboard::press(Qt::Key_Return);
            QTest::qWait(5);
        }
        m_window->resize(900, 640);
        m_window->close();
        m_window.reset();
        startWindow();
        const QAbstractItemModel *model = sessionView()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Newest"));
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("Oldest"));
        QCOMPARE(m_window->size(), QSize(900, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
