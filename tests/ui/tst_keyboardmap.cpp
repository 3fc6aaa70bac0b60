#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "followuppage.h"
#include "mainwindow.h"
#include "restoredialog.h"
#include "sessionpage.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "store.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScopeGuard>
#include <QShortcut>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include "keyboard.h"

namespace {

// One key that something answers to while a given widget has the focus.
struct KeyUse
{
    QKeySequence key;
    QString what;
    const QObject *owner = nullptr;
};

bool showsOnScreen(const QWidget *widget)
{
    return widget && widget->isVisible() && widget->isEnabled();
}

// A menu is reachable when the window's menu bar, or a reachable menu,
// holds it.
bool menuReachable(const QMenu *menu, const QWidget *window)
{
    const QAction *opener = menu->menuAction();
    if (!opener->isVisible() || !opener->isEnabled())
        return false;
    for (QObject *object : opener->associatedObjects()) {
        if (auto *bar = qobject_cast<QMenuBar *>(object))
            return bar->window() == window && bar->isVisible();
        if (auto *parent = qobject_cast<QMenu *>(object))
            return menuReachable(parent, window);
    }
    return false;
}

// Whether an action's shortcut fires with focus on focused.
bool actionReaches(const QAction *action, QWidget *window, QWidget *focused)
{
    if (!action->isEnabled() || !action->isVisible())
        return false;
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object)) {
            if (menuReachable(menu, window) &&
                (action->shortcutContext() == Qt::WindowShortcut ||
                 action->shortcutContext() == Qt::ApplicationShortcut))
                return true;
            continue;
        }
        auto *widget = qobject_cast<QWidget *>(object);
        if (!widget || widget->window() != window || !showsOnScreen(widget))
            continue;
        switch (action->shortcutContext()) {
        case Qt::WindowShortcut:
        case Qt::ApplicationShortcut:
            return true;
        case Qt::WidgetWithChildrenShortcut:
            if (focused && (focused == widget || widget->isAncestorOf(focused)))
                return true;
            break;
        case Qt::WidgetShortcut:
            if (focused == widget)
                return true;
            break;
        }
    }
    return false;
}

QKeySequence mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text);
}

// Everything that answers a key in window with focus on focused: actions
// and shortcuts in reach, the menu bar's and every visible button's and
// label's mnemonic, and the keys the focused widget declares it handles
// itself (the "handledKeys" property, a list of portable key names).
QList<KeyUse> keysInReach(QWidget *window, QWidget *focused)
{
    QList<KeyUse> uses;
    QList<QAction *> actions = window->findChildren<QAction *>();
    for (QMenu *menu : window->findChildren<QMenu *>())
        actions += menu->actions();
    QSet<const QAction *> seen;
    for (QAction *action : std::as_const(actions)) {
        if (seen.contains(action) || action->shortcuts().isEmpty() ||
            !actionReaches(action, window, focused))
            continue;
        seen.insert(action);
        for (const QKeySequence &key : action->shortcuts())
            uses.append({key, QStringLiteral("action “%1”").arg(action->text()), action});
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        auto *parent = qobject_cast<QWidget *>(shortcut->parent());
        if (!shortcut->isEnabled() || !showsOnScreen(parent))
            continue;
        const bool reaches = shortcut->context() == Qt::WindowShortcut ||
                             shortcut->context() == Qt::ApplicationShortcut ||
                             (shortcut->context() == Qt::WidgetWithChildrenShortcut && focused &&
                              (parent == focused || parent->isAncestorOf(focused))) ||
                             (shortcut->context() == Qt::WidgetShortcut && parent == focused);
        if (reaches)
            uses.append({shortcut->key(), QStringLiteral("shortcut"), shortcut});
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        if (QMenuBar *bar = mainWindow->menuBar(); bar && bar->isVisible()) {
            for (QAction *menu : bar->actions()) {
                if (menu->isVisible() && menu->text().contains(QLatin1Char('&')))
                    uses.append({mnemonicOf(menu->text()),
                                 QStringLiteral("menu “%1”").arg(menu->text()), menu});
            }
        }
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (showsOnScreen(button) && !button->isHidden() && button->isVisibleTo(window) &&
            button->text().contains(QLatin1Char('&')) && !mnemonicOf(button->text()).isEmpty())
            uses.append({mnemonicOf(button->text()),
                         QStringLiteral("button “%1”").arg(button->text()), button});
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (showsOnScreen(label) && label->buddy() && !mnemonicOf(label->text()).isEmpty())
            uses.append({mnemonicOf(label->text()), QStringLiteral("label “%1”").arg(label->text()),
                         label});
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (showsOnScreen(box) && !mnemonicOf(box->title()).isEmpty())
            uses.append(
                {mnemonicOf(box->title()), QStringLiteral("group “%1”").arg(box->title()), box});
    }
    if (focused) {
        for (const QString &key : focused->property("handledKeys").toStringList())
            uses.append({QKeySequence(key, QKeySequence::PortableText),
                         QStringLiteral("%1 itself").arg(focused->metaObject()->className()),
                         focused});
    }
    return uses;
}

// Two different things in reach answering the same key: Qt runs neither
// (an ambiguous shortcut) or, for mnemonics, only cycles the focus.
QStringList clashes(QWidget *window, QWidget *focused, const QString &where)
{
    QStringList found;
    const QList<KeyUse> uses = keysInReach(window, focused);
    for (int i = 0; i < uses.size(); ++i) {
        for (int j = i + 1; j < uses.size(); ++j) {
            if (uses.at(i).key == uses.at(j).key && uses.at(i).owner != uses.at(j).owner)
                found << QStringLiteral("%1, focus on %2: %3 and %4 share %5")
                             .arg(where,
                                  focused
                                      ? QString::fromLatin1(focused->metaObject()->className()) +
                                            QLatin1Char(' ') + focused->accessibleName()
                                      : QStringLiteral("nothing"),
                                  uses.at(i).what, uses.at(j).what,
                                  uses.at(i).key.toString(QKeySequence::PortableText));
        }
    }
    return found;
}

QList<QWidget *> focusStops(QWidget *root)
{
    QList<QWidget *> stops;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(root->window()) && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus))
            stops.append(widget);
    }
    return stops;
}

class NoDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    int show(QDialog *) override { return 0; }
};

} // namespace

// Every key a facilitator can press does one thing: for every page of the
// window and wherever the focus is on it, no two actions, shortcuts, menu
// or button mnemonics, or keys a widget handles itself answer the same key;
// and each of the session's keys is in a menu, so it works whatever has
// the focus.
class TestKeyboardMap : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_store.get(), QString());
        m_window->setDialogs(std::make_unique<NoDialogs>());
        m_window->setClock(m_clock.get());
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1600, 1000)));
    }

    qint64 sessionWithEverything(SessionKind kind)
    {
        const qint64 id = m_store->createSession(kind, QStringLiteral("Keys"));
        for (const QString &name : {QStringLiteral("Dana"), QStringLiteral("Lee")}) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            m_store->addParticipant(participant);
        }
        Concern concern;
        concern.sessionId = id;
        concern.summary = QStringLiteral("Late review");
        const qint64 concernId = m_store->recordConcern(concern, {1, 0, false});
        ActionItem action;
        action.sessionId = id;
        action.concernId = concernId;
        action.text = QStringLiteral("Review early");
        m_store->addAction(action);
        return id;
    }

    QStringList clashesOnEveryStop(QWidget *page, const QString &where)
    {
        QStringList found = clashes(m_window.get(), page, where);
        for (QWidget *stop : focusStops(page)) {
            stop->setFocus(Qt::TabFocusReason);
            found += clashes(m_window.get(), stop, where);
        }
        found.removeDuplicates();
        return found;
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("map-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_clock.reset();
        Database::close();
    }

    // Mnemonics are translated, shortcuts are not: every language is checked.
    void everyPageAnswersEachKeyOnce_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            QTest::addRow("pre-mortem, %s", qPrintable(language))
                << int(SessionKind::PreMortem) << language;
            QTest::addRow("post-mortem, %s", qPrintable(language))
                << int(SessionKind::PostMortem) << language;
        }
    }

    void everyPageAnswersEachKeyOnce()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(CANDOR_QM_DIR "/candor_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
        }
        const auto uninstall =
            qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
        // A later session, so the review step is there too, and someone
        // usual left to seat, so Set-up's key for them is in reach.
        const qint64 earlier = sessionWithEverything(SessionKind(kind));
        Participant usual;
        usual.sessionId = earlier;
        usual.name = QStringLiteral("Ravi");
        m_store->addParticipant(usual);
        m_clock->advance(60000);
        sessionWithEverything(SessionKind(kind));
        openWindow();
        QStringList found = clashesOnEveryStop(m_window->centralWidget(), QStringLiteral("list"));
        Keyboard::press(Qt::Key_Return);
        SessionPage *session = m_window->sessionPage();
        QVERIFY(session);
        for (Phase phase : Domain::phases()) {
            session->showPhase(phase);
            QCoreApplication::processEvents();
            found += clashesOnEveryStop(session, Domain::phaseName(phase));
        }
        Keyboard::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->followUpPage() && m_window->followUpPage()->isVisible());
        found += clashesOnEveryStop(m_window->followUpPage(), QStringLiteral("follow-up"));
        for (const QString &clash : std::as_const(found))
            qInfo("%s", qPrintable(clash));
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 clashes").arg(found.size())));
    }

    // A key the session answers while a page is shown is in a menu, and
    // reaches the page wherever the focus is, even after a menu was opened
    // and closed.
    void sessionKeysAreInMenusAndWorkFromAnyFocus()
    {
        sessionWithEverything(SessionKind::PreMortem);
        openWindow();
        Keyboard::press(Qt::Key_Return);
        SessionPage *session = m_window->sessionPage();
        QVERIFY(session);
        QStringList missing;
        for (Phase phase : Domain::phases()) {
            session->showPhase(phase);
            QCoreApplication::processEvents();
            QSet<const QAction *> inMenus;
            for (QMenu *menu : m_window->findChildren<QMenu *>()) {
                if (menuReachable(menu, m_window.get()))
                    for (QAction *action : menu->actions())
                        inMenus.insert(action);
            }
            for (QAction *action : m_window->findChildren<QAction *>()) {
                if (action->shortcuts().isEmpty() || !action->isVisible() ||
                    action->shortcutContext() == Qt::WidgetShortcut)
                    continue;
                if (!actionReaches(action, m_window.get(), m_window->menuBar()))
                    continue;
                if (!inMenus.contains(action))
                    missing << QStringLiteral("%1: “%2” (%3) is in no menu")
                                   .arg(Domain::phaseName(phase), action->text(),
                                        action->shortcut().toString());
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));

        // Ctrl+Shift+A with the focus away from any text field, after the
        // Session menu was opened and closed with Esc.
        session->showPhase(Phase::Discussion);
        Keyboard::press(Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        m_window->menuBar()->setFocus();
        QTest::keyClick(m_window->menuBar(), Qt::Key_Escape);
        const int actions = m_store->actions(m_window->openSessionId()).size();
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                auto *field = dialog->findChild<QLineEdit *>();
                if (field)
                    field->setText(QStringLiteral("Add alerts"));
                dialog->accept();
            }
        });
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                    : static_cast<QWidget *>(m_window.get()),
                        Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_store->actions(m_window->openSessionId()).size(), actions + 1);
    }

    // With a dialog open, only the dialog's keys are in reach, and they too
    // answer once each.
    void dialogsAnswerEachKeyOnce()
    {
        openWindow();
        SettingsDialog settings(m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QStringList found;
        for (QWidget *stop : focusStops(&settings)) {
            stop->setFocus(Qt::TabFocusReason);
            found += clashes(&settings, stop, QStringLiteral("settings"));
        }
        ShortcutsDialog shortcuts(m_window.get(), nullptr);
        shortcuts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shortcuts));
        found += clashes(&shortcuts, shortcuts.focusWidget(), QStringLiteral("keyboard shortcuts"));
        Backups::File backup;
        backup.createdUtc = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        backup.sessions = 3;
        RestoreDialog restore({backup}, m_dir.path(), m_window.get());
        restore.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restore));
        found += clashes(&restore, restore.focusWidget(), QStringLiteral("restore from backup"));
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKeyboardMap)
#include "tst_keyboardmap.moc"
