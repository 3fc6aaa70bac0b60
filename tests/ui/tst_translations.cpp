#include "countdownwidget.h"
#include "database.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "keyboard.h"

namespace {

// Every string that goes through tr() comes back wrapped in ⟦ ⟧, so any
// visible text without the brackets was never offered for translation.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

// What people typed is marked Ω in the fixture; it needs no translation.
const QString typed = QStringLiteral("Ω");

// The texts a person can read in the window's visible widgets and menus.
QStringList visibleTexts(QMainWindow *window)
{
    QStringList texts;
    texts.append(window->windowTitle());
    std::function<void(QMenu *)> menu = [&](QMenu *m) {
        texts.append(m->title());
        for (QAction *action : m->actions()) {
            if (action->menu())
                menu(action->menu());
            else if (!action->isSeparator())
                texts.append(action->text());
        }
    };
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            menu(top->menu());
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append(group->title());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts.append(line->placeholderText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            texts.append(plain->placeholderText());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    texts.append(tabs->tabText(i));
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        } else if (auto *countdown = qobject_cast<CountdownWidget *>(widget)) {
            texts.append(countdown->stateText());
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            const QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->headerData(column, Qt::Horizontal).toString());
            for (int row = 0; row < qMin(model->rowCount(), 20); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    texts.append(model->index(row, column).data().toString());
            }
        }
    }
    return texts;
}

// A text that escaped tr(): letters left after removing what the locale
// formats itself (month and day names, AM/PM) and what people typed.
bool escapedTranslation(const QString &text)
{
    if (text.contains(QStringLiteral("⟦")) || text.contains(typed))
        return false;
    QString rest = text;
    const QLocale locale;
    for (int i = 1; i <= 12; ++i) {
        rest.remove(locale.monthName(i, QLocale::LongFormat));
        rest.remove(locale.monthName(i, QLocale::ShortFormat));
    }
    for (int i = 1; i <= 7; ++i) {
        rest.remove(locale.dayName(i, QLocale::LongFormat));
        rest.remove(locale.dayName(i, QLocale::ShortFormat));
    }
    rest.remove(locale.amText());
    rest.remove(locale.pmText());
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return rest.contains(letter);
}

} // namespace

// Every visible text goes through tr(); the German translation is complete
// enough that the real main window speaks German.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    qint64 fixture(Store *store, SessionKind kind)
    {
        const qint64 id = store->createSession(kind, typed + QStringLiteral("Atlas launch"));
        for (const char *name : {"Dana", "Lee"}) {
            Participant participant;
            participant.sessionId = id;
            participant.name = typed + QString::fromLatin1(name);
            store->addParticipant(participant);
        }
        Concern concern;
        concern.sessionId = id;
        concern.summary = typed + QStringLiteral("Nobody owns the rollback");
        store->recordConcern(concern, TurnState{});
        ActionItem action;
        action.sessionId = id;
        action.text = typed + QStringLiteral("Name a rollback captain");
        action.owner = typed + QStringLiteral("Dana");
        store->addAction(action);
        store->setSessionField(id, SessionField::Scene, typed + QStringLiteral("A month later"));
        store->setSessionField(id, SessionField::WritingPrompts, typed + QStringLiteral("Write"));
        return id;
    }

private slots:
    void everyVisibleTextGoesThroughTr_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("pre-mortem") << int(SessionKind::PreMortem);
        QTest::newRow("post-mortem") << int(SessionKind::PostMortem);
    }

    void everyVisibleTextGoesThroughTr()
    {
        QFETCH(int, kind);
        PseudoTranslator pseudo;
        QCoreApplication::installTranslator(&pseudo);
        const QString path = m_dir.filePath(QStringLiteral("pseudo-%1.sqlite").arg(kind));
        QVERIFY(Database::open(path).ok());
        {
            Store store(Database::defaultConnectionName);
            fixture(&store, SessionKind(kind));
            MainWindow window(&store, path);
            QVERIFY(Keyboard::showActive(&window, QSize(1400, 900)));
            QStringList escaped;
            const auto check = [&](const QString &where) {
                for (const QString &text : visibleTexts(&window)) {
                    if (escapedTranslation(text))
                        escaped.append(where + QStringLiteral(": ") + text);
                }
            };
            check(QStringLiteral("list"));
            Keyboard::press(Qt::Key_Return);
            QVERIFY(window.sessionPage());
            for (Phase phase : Domain::phases()) {
                window.sessionPage()->showPhase(phase);
                QCoreApplication::processEvents();
                check(Domain::phaseName(phase));
            }
            escaped.removeDuplicates();
            QVERIFY2(escaped.isEmpty(), qPrintable(escaped.join(QLatin1Char('\n'))));
        }
        Database::close();
        QCoreApplication::removeTranslator(&pseudo);
    }

    void mainWindowSpeaksGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(CANDOR_QM_DIR "/candor_de.qm")));
        QCoreApplication::installTranslator(&german);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString path = m_dir.filePath(QStringLiteral("german.sqlite"));
        QVERIFY(Database::open(path).ok());
        {
            Store store(Database::defaultConnectionName);
            fixture(&store, SessionKind::PreMortem);
            MainWindow window(&store, path);
            QVERIFY(Keyboard::showActive(&window, QSize(1400, 900)));
            QStringList menus;
            for (QAction *top : window.menuBar()->actions())
                menus.append(top->text());
            QCOMPARE(menus.constFirst(), QStringLiteral("&Datei"));
            QVERIFY2(menus.contains(QStringLiteral("&Bearbeiten")), qPrintable(menus.join(' ')));
            QVERIFY(menus.contains(QStringLiteral("&Hilfe")));
            Keyboard::press(Qt::Key_Return);
            auto *stepper = window.sessionPage()->findChild<QTabBar *>();
            QVERIFY(stepper);
            QStringList tabs;
            for (int i = 0; i < stepper->count(); ++i)
                tabs.append(stepper->tabText(i));
            QVERIFY2(tabs.join(' ').contains(QStringLiteral("Vorbereitung")),
                     qPrintable(tabs.join(' ')));
            QVERIFY2(tabs.join(' ').contains(QStringLiteral("Diskussion")),
                     qPrintable(tabs.join(' ')));
            // Dates follow the language too.
            QCOMPARE(QLocale().toString(QDate(2026, 3, 2), QLocale::LongFormat),
                     QStringLiteral("Montag, 2. März 2026"));
            Keyboard::saveScreenshot(&window, QStringLiteral("german"));
        }
        Database::close();
        QLocale::setDefault(QLocale::c());
        QCoreApplication::removeTranslator(&german);
    }

    void frenchIsCompleteToo()
    {
        QTranslator french;
        QVERIFY(french.load(QStringLiteral(CANDOR_QM_DIR "/candor_fr.qm")));
        QCOMPARE(french.translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
        QCOMPARE(french.language(), QStringLiteral("fr_FR"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
