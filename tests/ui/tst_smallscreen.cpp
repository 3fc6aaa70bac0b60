#include "appsettings.h"
#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "store.h"
#include "theme.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "keyboard.h"

namespace {

class NoDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
};

QString longText(const QString &start)
{
    QString text = start;
    while (text.size() < 300)
        text += QStringLiteral(" und noch mehr zu sagen");
    return text.left(300);
}

// The part of the window where a control can be seen: inside every
// scroll area that holds it.
QRect visibleRectOf(QWidget *widget)
{
    QRect rect(widget->mapTo(widget->window(), QPoint()), widget->size());
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
            area && area->viewport() == parent)
            rect &= QRect(parent->mapTo(widget->window(), QPoint()), parent->size());
    }
    return rect & widget->window()->rect();
}

} // namespace

// Most meeting-room laptops have 1366x768. With the fullest content, in
// German, with larger type, every page fits such a screen: the window's
// smallest size fits, what can grow scrolls, and every control can be
// reached with Tab and is then on screen.
class TestSmallScreen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    qint64 fullestSession(SessionKind kind)
    {
        const qint64 id = m_store->createSession(kind, longText(QStringLiteral("Einführung")));
        m_store->setSessionField(id, SessionField::Scene, longText(QStringLiteral("Szenario")));
        m_store->setSessionField(id, SessionField::IncidentWhat, longText(QStringLiteral("Was")));
        QVector<qint64> people;
        for (int i = 0; i < 12; ++i) {
            Participant participant;
            participant.sessionId = id;
            participant.name = i == 0 ? longText(QStringLiteral("Alexandra"))
                                      : QStringLiteral("Person %1").arg(i + 1);
            participant.role = QStringLiteral("Entwicklung");
            people << m_store->addParticipant(participant);
        }
        for (int i = 0; i < 5; ++i) {
            TimelineEntry entry;
            entry.sessionId = id;
            entry.happenedAt = QStringLiteral("14:0%1").arg(i);
            entry.description = longText(QStringLiteral("Ereignis"));
            m_store->addTimelineEntry(entry);
        }
        qint64 top = 0;
        for (int i = 0; i < 20; ++i) {
            Concern concern;
            concern.sessionId = id;
            concern.summary = longText(QStringLiteral("Sorge %1").arg(i + 1));
            concern.speakerId = people.at(i % people.size());
            concern.handsRaised = i == 0 ? 8 : i % 3;
            const qint64 concernId = m_store->recordConcern(concern, {1, people.at(1), false});
            if (i == 0)
                top = concernId;
        }
        for (const DiscussionField field :
             {DiscussionField::Notes, DiscussionField::Avoidance, DiscussionField::Mitigations})
            m_store->setConcernDiscussion(top, field, longText(QStringLiteral("Diskussion")));
        for (int i = 0; i < 5; ++i)
            m_store->addWhy(
                {0, top, 0, longText(QStringLiteral("Warum")), longText(QStringLiteral("Weil"))});
        for (int i = 0; i < 20; ++i) {
            ActionItem action;
            action.sessionId = id;
            action.concernId = top;
            action.text = longText(QStringLiteral("Maßnahme %1").arg(i + 1));
            action.owner = QStringLiteral("Person %1").arg(i % 12 + 1);
            action.dueDate = QDate(2026, 12, 1 + i);
            m_store->addAction(action);
        }
        return id;
    }

    // Opens the session the key selects in the list and looks at the
    // given phases of it.
    void checkPhases(Qt::Key selectKey, const QList<Phase> &phases, int kind, QStringList &problems)
    {
        const QSize laptop(1366, 768);
        Keyboard::press(selectKey);
        Keyboard::press(Qt::Key_Return);
        SessionPage *session = m_window->sessionPage();
        QVERIFY(session);
        for (Phase phase : phases) {
            session->showPhase(phase);
            QCoreApplication::processEvents();
            const QString where = Domain::phaseName(phase);
            const QSize needed = m_window->minimumSizeHint();
            if (needed.width() > laptop.width() || needed.height() > laptop.height())
                problems << QStringLiteral("%1: the window needs %2x%3")
                                .arg(where)
                                .arg(needed.width())
                                .arg(needed.height());
            if (m_window->height() > laptop.height() || m_window->width() > laptop.width())
                problems << QStringLiteral("%1: the window grew to %2x%3")
                                .arg(where)
                                .arg(m_window->width())
                                .arg(m_window->height());
            // Pages scroll down, never sideways: nothing is cut at the right.
            QWidget *page = session->pageFor(phase);
            const int room = page->parentWidget()->width();
            if (page->minimumSizeHint().width() > room)
                problems << QStringLiteral("%1: the page needs %2 px of %3")
                                .arg(where)
                                .arg(page->minimumSizeHint().width())
                                .arg(room);
            // A long concern stays the headline without pushing the notes
            // and whys below the fold.
            if (phase == Phase::Discussion) {
                const QWidget *headline = nullptr;
                for (const QLabel *label : page->findChildren<QLabel *>())
                    if (label->accessibleName() ==
                        QCoreApplication::translate("DiscussionPage", "Concern"))
                        headline = label;
                QVERIFY(headline);
                const int viewport = page->parentWidget()->height();
                if (headline->height() > viewport / 3)
                    problems << QStringLiteral("%1: the concern takes %2 of %3 px")
                                    .arg(where)
                                    .arg(headline->height())
                                    .arg(viewport);
            }
            // Lists scroll down, never sideways either.
            for (const QTableView *table : page->findChildren<QTableView *>())
                if (table->isVisibleTo(page) && table->horizontalScrollBar()->maximum() > 0)
                    problems << QStringLiteral("%1: “%2” scrolls sideways")
                                    .arg(where, table->accessibleName());
            Keyboard::saveScreenshot(m_window.get(),
                                     QStringLiteral("small-%1-%2").arg(kind).arg(where));
            problems += unreachable(session->pageFor(phase), where);
        }
    }

    // Tabs through the page shown and lists the controls that end up where
    // they cannot be seen.
    QStringList unreachable(QWidget *page, const QString &where)
    {
        QStringList problems;
        page->setFocus(Qt::TabFocusReason);
        QWidget *first = QApplication::focusWidget();
        if (!first)
            return {where + QStringLiteral(": nothing takes the focus")};
        QSet<QWidget *> seen;
        QWidget *current = first;
        for (int presses = 0; presses < 300; ++presses) {
            if (current && page->isAncestorOf(current)) {
                seen.insert(current);
                const QRect shown = visibleRectOf(current);
                // At least most of a control, and all of a small one, shows.
                const int needed = std::min(current->height(), 20);
                if (shown.height() < needed || shown.width() < std::min(current->width(), 20))
                    problems << QStringLiteral("%1: %2 “%3” is off screen at %4")
                                    .arg(where,
                                         QString::fromLatin1(current->metaObject()->className()),
                                         current->accessibleName())
                                    .arg(QStringLiteral("%1,%2 %3x%4")
                                             .arg(shown.x())
                                             .arg(shown.y())
                                             .arg(shown.width())
                                             .arg(shown.height()));
            }
            QTest::keyClick(current ? current : page, Qt::Key_Tab);
            current = QApplication::focusWidget();
            if (current == first)
                break;
        }
        // Every control the page has was reached.
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (widget->isVisible() && widget->isEnabled() &&
                (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy() &&
                !seen.contains(widget))
                problems << QStringLiteral("%1: Tab never reaches %2 “%3”")
                                .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                     widget->accessibleName());
        }
        return problems;
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("small-%1.sqlite").arg(++fileNumber));
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
        Theme::apply(qApp, AppSettings::Theme::System, false);
    }

    void everyPageFitsALaptop_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("largeType");
        QTest::newRow("pre-mortem") << int(SessionKind::PreMortem) << false;
        QTest::newRow("post-mortem, larger type") << int(SessionKind::PostMortem) << true;
        QTest::newRow("pre-mortem, larger type") << int(SessionKind::PreMortem) << true;
    }

    void everyPageFitsALaptop()
    {
        QFETCH(int, kind);
        QFETCH(bool, largeType);
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(CANDOR_QM_DIR "/candor_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&german); });
        Theme::apply(qApp, AppSettings::Theme::Light, largeType);

        // An earlier session in the same line, so the review step shows too.
        const qint64 earlier = fullestSession(SessionKind(kind));
        const qint64 id = m_store->duplicateSession(earlier, longText(QStringLiteral("Nächste")));
        QVERIFY(id > 0);
        // Nobody seated yet in the newer one: its set-up offers all twelve
        // usual participants, the longest name among them.
        for (const Participant &participant : m_store->participants(id))
            QVERIFY(m_store->removeParticipant(participant.id));
        m_window = std::make_unique<MainWindow>(m_store.get(), QString());
        m_window->setDialogs(std::make_unique<NoDialogs>());
        m_window->setClock(m_clock.get());
        const QSize laptop(1366, 768);
        QVERIFY(Keyboard::showActive(m_window.get(), laptop));
        // The earlier, fuller session is the one looked at; its review step
        // is the newer one's, which opens on it.
        QStringList problems;
        QList<Phase> phases = Domain::phases();
        phases.removeOne(Phase::Review);
        checkPhases(Qt::Key_End, phases, kind, problems);
        Keyboard::press(Qt::Key_W, Qt::ControlModifier);
        checkPhases(Qt::Key_Home, {Phase::Review, Phase::Setup}, kind, problems);
        // Follow-up lists the same actions with their session's title.
        Keyboard::press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCoreApplication::processEvents();
        Keyboard::saveScreenshot(m_window.get(), QStringLiteral("small-%1-follow-up").arg(kind));
        const QSize needed = m_window->minimumSizeHint();
        if (needed.width() > 1366 || needed.height() > 768 || m_window->width() > 1366 ||
            m_window->height() > 768)
            problems << QStringLiteral("Follow-up: the window needs %1x%2 and is %3x%4")
                            .arg(needed.width())
                            .arg(needed.height())
                            .arg(m_window->width())
                            .arg(m_window->height());
        int followUpTables = 0;
        for (const QTableView *table : m_window->findChildren<QTableView *>()) {
            if (!table->isVisible())
                continue;
            ++followUpTables;
            if (table->horizontalScrollBar()->maximum() > 0)
                problems << QStringLiteral("Follow-up: “%1” scrolls sideways")
                                .arg(table->accessibleName());
        }
        QCOMPARE(followUpTables, 1);
        // Headers read in full in German.
        for (QTableView *table : m_window->findChildren<QTableView *>()) {
            if (!table->isVisibleTo(m_window.get()))
                continue;
            QHeaderView *header = table->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
                const int wanted = header->fontMetrics().horizontalAdvance(text);
                if (header->sectionSize(column) < wanted)
                    problems << QStringLiteral("header “%1” is cut (%2 of %3 px)")
                                    .arg(text)
                                    .arg(header->sectionSize(column))
                                    .arg(wanted);
            }
        }
        problems.removeDuplicates();
        for (const QString &problem : std::as_const(problems))
            qInfo("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    }
};

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
