#include "countdownwidget.h"
#include "database.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "sessionpage.h"
#include "store.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

// Screen readers and keyboard users: every control a person can tab to has
// a name, and Tab moves through each page in reading order.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString nameOf(QWidget *widget)
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
    }

    // The widgets of page that Tab stops at, in the order Tab visits them.
    static QList<QWidget *> tabOrder(QWidget *page)
    {
        QList<QWidget *> order;
        QWidget *widget = page->nextInFocusChain();
        QSet<QWidget *> seen;
        while (widget && !seen.contains(widget)) {
            seen.insert(widget);
            if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled() &&
                (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
                order.append(widget);
            widget = widget->nextInFocusChain();
        }
        return order;
    }

private slots:
    void everyPageIsNamedAndInReadingOrder_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("pre-mortem") << int(SessionKind::PreMortem);
        QTest::newRow("post-mortem") << int(SessionKind::PostMortem);
    }

    void everyPageIsNamedAndInReadingOrder()
    {
        QFETCH(int, kind);
        const QString path = m_dir.filePath(QStringLiteral("a11y-%1.sqlite").arg(kind));
        QVERIFY(Database::open(path).ok());
        {
            Store store(Database::defaultConnectionName);
            const qint64 id = store.createSession(SessionKind(kind), QStringLiteral("Launch"));
            Participant participant;
            participant.sessionId = id;
            participant.name = QStringLiteral("Dana");
            store.addParticipant(participant);
            Concern concern;
            concern.sessionId = id;
            concern.summary = QStringLiteral("Nobody owns the rollback");
            store.recordConcern(concern, TurnState{});
            MainWindow window(&store, path);
            QVERIFY(Keyboard::showActive(&window, QSize(1400, 900)));
            Keyboard::press(Qt::Key_Return);
            SessionPage *session = window.sessionPage();
            QVERIFY(session);
            QStringList problems;
            for (Phase phase : Domain::phases()) {
                session->showPhase(phase);
                QCoreApplication::processEvents();
                QWidget *page = session->existingPage(phase);
                const QList<QWidget *> order = tabOrder(page);
                if (phase != Phase::Writing && order.isEmpty())
                    problems.append(Domain::phaseName(phase) +
                                    QStringLiteral(": nothing to tab to"));
                QRect previous;
                QString previousName;
                for (QWidget *widget : order) {
                    const QString where = Domain::phaseName(phase) + QStringLiteral(": ") +
                                          QString::fromLatin1(widget->metaObject()->className());
                    if (nameOf(widget).isEmpty())
                        problems.append(where + QStringLiteral(" has no accessible name"));
                    // Reading order: down the page, or up only into a column
                    // further right.
                    const QRect here(widget->mapTo(page, QPoint()), widget->size());
                    if (previous.isValid() && here.top() < previous.top() - 4 &&
                        here.left() <= previous.left())
                        problems.append(where + QStringLiteral(" (“%1”) comes after “%2” but "
                                                               "sits above and left of it")
                                                    .arg(nameOf(widget), previousName));
                    previous = here;
                    previousName = nameOf(widget);
                }
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        Database::close();
    }

    void customWidgetsSayWhatTheyShow()
    {
        Countdown countdown;
        CountdownWidget widget(&countdown);
        countdown.start(5 * 60 * 1000);
        QVERIFY(!nameOf(&widget).isEmpty());
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&widget);
        QVERIFY2(accessible->text(QAccessible::Description).contains(QStringLiteral("minute")),
                 qPrintable(accessible->text(QAccessible::Description)));

        PresentationWindow presentation;
        for (QWidget *child : presentation.findChildren<QWidget *>()) {
            // A table's headers are named by the table.
            if (qobject_cast<QLabel *>(child) ||
                (qobject_cast<QAbstractItemView *>(child) && !qobject_cast<QHeaderView *>(child)))
                QVERIFY2(!child->accessibleName().isEmpty(), child->metaObject()->className());
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
