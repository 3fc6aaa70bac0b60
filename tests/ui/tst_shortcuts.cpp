#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "shortcutsdialog.h"
#include "store.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "keyboard.h"

namespace {

// Records the dialogs the window shows instead of running them.
class RecordingDialogs : public Dialogs
{
public:
    QStringList shown;
    int show(QDialog *dialog) override
    {
        shown.append(dialog->windowTitle());
        if (auto *shortcuts = qobject_cast<ShortcutsDialog *>(dialog))
            rows = shortcuts->tree()->topLevelItemCount();
        return 0;
    }
    int rows = 0;
};

// Where a shortcut can fire: the whole window, a widget and what is inside
// it, or the widget alone.
struct Reach
{
    QWidget *widget = nullptr;
    bool withChildren = true;

    bool covers(QWidget *other) const
    {
        return other == widget || (withChildren && widget->isAncestorOf(other));
    }
};

QList<Reach> reachOf(QAction *action, QWidget *window)
{
    QList<Reach> reaches;
    for (QObject *object : action->associatedObjects()) {
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget)
            continue;
        // A menu lends a window-wide action its shortcut everywhere; an
        // action bound to a widget (Delete in the session list) stays there
        // even when a menu lists it too.
        const Qt::ShortcutContext context = action->shortcutContext();
        if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut)
            reaches.append({window, true});
        else
            reaches.append({widget, context == Qt::WidgetWithChildrenShortcut});
    }
    return reaches;
}

} // namespace

// Every key of the window is listed in Help ▸ Keyboard Shortcuts, straight
// from the actions, and no two actions that can be reached at the same time
// answer to the same key (Qt would then run neither).
class TestShortcuts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    RecordingDialogs *m_dialogs = nullptr;

    void openSessionWithEveryPage(SessionKind kind)
    {
        const qint64 id = m_store->createSession(kind, QStringLiteral("Keys"));
        QVERIFY(m_store->setPhase(id, Phase::Scene, QDateTime::currentDateTimeUtc()));
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_store.get(), QString());
        auto dialogs = std::make_unique<RecordingDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogs(std::move(dialogs));
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1400, 900)));
        Keyboard::press(Qt::Key_Return);
        QVERIFY(m_window->sessionPage());
        m_window->sessionPage()->buildAllPages();
    }

    void verifyNoClashes()
    {
        QList<QAction *> actions;
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty())
                actions.append(action);
        }
        QVERIFY(actions.size() > 30);
        for (int i = 0; i < actions.size(); ++i) {
            for (int j = i + 1; j < actions.size(); ++j) {
                QAction *a = actions.at(i);
                QAction *b = actions.at(j);
                // A page's keys are out of reach while another page is shown;
                // tst_keyboardmap checks each page with its own keys.
                if (!a->isVisible() || !b->isVisible())
                    continue;
                bool sameKey = false;
                for (const QKeySequence &key : a->shortcuts())
                    sameKey = sameKey || b->shortcuts().contains(key);
                if (!sameKey)
                    continue;
                for (const Reach &ra : reachOf(a, m_window.get())) {
                    for (const Reach &rb : reachOf(b, m_window.get())) {
                        QVERIFY2(
                            !ra.covers(rb.widget) && !rb.covers(ra.widget),
                            qPrintable(QStringLiteral("“%1” and “%2” share %3")
                                           .arg(a->text(), b->text(), a->shortcut().toString())));
                    }
                }
            }
        }
        // And the list shows every one of them, by name.
        const QVector<ShortcutsDialog::Entry> listed =
            ShortcutsDialog::collect(m_window.get(), m_window->sessionPage());
        for (QAction *action : actions) {
            bool found = false;
            for (const ShortcutsDialog::Entry &entry : listed)
                found = found || entry.action == action;
            QVERIFY2(found, qPrintable(QStringLiteral("not listed: “%1” %2")
                                           .arg(action->text(), action->shortcut().toString())));
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->shortcut().toString()));
        }
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("keys-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        Database::close();
    }

    void preMortemKeysNeverClash()
    {
        openSessionWithEveryPage(SessionKind::PreMortem);
        verifyNoClashes();
    }

    void postMortemKeysNeverClash()
    {
        openSessionWithEveryPage(SessionKind::PostMortem);
        verifyNoClashes();
    }

    void helpListsTheKeysOfEveryPhase()
    {
        openSessionWithEveryPage(SessionKind::PreMortem);
        Keyboard::press(Qt::Key_F1);
        QCOMPARE(m_dialogs->shown, QStringList{QStringLiteral("Keyboard Shortcuts")});

        ShortcutsDialog dialog(m_window.get(), m_window->sessionPage());
        QHash<QString, QStringList> sections;
        for (int i = 0; i < dialog.tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *section = dialog.tree()->topLevelItem(i);
            for (int j = 0; j < section->childCount(); ++j)
                sections[section->text(0)].append(section->child(j)->text(0) +
                                                  QStringLiteral(" = ") +
                                                  section->child(j)->text(1));
        }
        QVERIFY(sections.value(QStringLiteral("File")).contains(QStringLiteral("Print = Ctrl+P")));
        QVERIFY(sections.value(QStringLiteral("Session"))
                    .contains(QStringLiteral("Next Phase = Ctrl+PgDown")));
        QVERIFY(sections.value(QStringLiteral("Session")).contains(QStringLiteral("Pass = Alt+P")));
        QVERIFY2(sections.value(QStringLiteral("Discussion"))
                     .contains(QStringLiteral("Add a why = Ctrl+Shift+W")),
                 qPrintable(sections.value(QStringLiteral("Discussion")).join(QLatin1Char('\n'))));
        QVERIFY(sections.value(QStringLiteral("Set-up"))
                    .contains(QStringLiteral("Present or Absent = Space")));
        QVERIFY(sections.value(QStringLiteral("View"))
                    .contains(QStringLiteral("Presentation Full Screen = F11")));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
