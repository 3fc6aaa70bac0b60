#include "actionmodel.h"
#include "actionspage.h"
#include "database.h"
#include "sessionflow.h"
#include "store.h"

#include "edithistory.h"
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

// The product manager prioritizing a session's actions from the keyboard,
// checked against what the database holds after each step.
class TestActionsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<SessionFlow> m_flow;
    std::unique_ptr<ActionsPage> m_page;
    qint64 m_sessionId = 0;

    QVariant stored(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        query.addBindValue(m_sessionId);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    QString storedOrder() const
    {
        return stored(QStringLiteral("SELECT group_concat(text, '|') FROM (SELECT text FROM"
                                     " actions WHERE session_id = ? ORDER BY rank)"))
            .toString();
    }

    QVariant storedField(const QString &text, const QString &column) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(
            QStringLiteral("SELECT %1 FROM actions WHERE session_id = ? AND text = ?").arg(column));
        query.addBindValue(m_sessionId);
        query.addBindValue(text);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    QString shownOrder() const
    {
        QStringList texts;
        QAbstractItemModel *model = m_page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, ActionModel::TextColumn).data().toString();
        return texts.join(QLatin1Char('|'));
    }

    QString currentText() const
    {
        const QModelIndex current = m_page->view()->currentIndex();
        return current.sibling(current.row(), ActionModel::TextColumn).data().toString();
    }

    QString storedDue(const QString &text) const
    {
        return storedField(text, QStringLiteral("due_date")).toString();
    }

    // Puts the list's cursor on a cell of the action with this text, the
    // way arrow keys would.
    void goToCell(const QString &text, int column)
    {
        QTableView *view = m_page->view();
        view->setFocus();
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ActionModel::TextColumn).data().toString() == text)
                view->setCurrentIndex(model->index(row, column));
        }
    }

    // An action due on due, its due date being edited.
    void startEditingDueDate(const QDate &due)
    {
        QVERIFY(m_page->model()->addAction(QStringLiteral("Add a canary")) > 0);
        m_page->model()->setData(m_page->model()->index(0, ActionModel::DueColumn), due);
        goToCell(QStringLiteral("Add a canary"), ActionModel::DueColumn);
        Keyboard::press(Qt::Key_F2);
    }

    // The pop-up calendar on screen, if one is.
    static QCalendarWidget *shownCalendar()
    {
        QWidget *popup = QApplication::activePopupWidget();
        if (!popup)
            return nullptr;
        if (auto *calendar = qobject_cast<QCalendarWidget *>(popup))
            return calendar;
        return popup->findChild<QCalendarWidget *>();
    }

    // True when some pixels of the cell differ from its background: it
    // shows something, rather than looking like an empty cell.
    bool cellShowsSomething(const QModelIndex &index) const
    {
        QTableView *view = m_page->view();
        const QImage image = view->viewport()->grab().toImage();
        const QRect cell = view->visualRect(index).adjusted(3, 3, -3, -3);
        const QRgb background = image.pixel(cell.topLeft());
        for (int y = cell.top(); y <= cell.bottom(); ++y) {
            for (int x = cell.left(); x <= cell.right(); ++x) {
                if (image.pixel(x, y) != background)
                    return true;
            }
        }
        return false;
    }

private slots:
    void init()
    {
        const Database::OpenResult opened =
            Database::open(m_dir.filePath(QStringLiteral("actions.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
        m_sessionId = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        for (const char *name : {"Dana", "Lee"}) {
            Participant participant;
            participant.sessionId = m_sessionId;
            participant.name = QString::fromLatin1(name);
            QVERIFY(m_store->addParticipant(participant) > 0);
        }
        m_flow = std::make_unique<SessionFlow>(m_store.get(), m_stack.get(), m_sessionId);
        m_page = std::make_unique<ActionsPage>(m_flow.get());
        m_page->model()->setToday([] { return QDate(2026, 3, 10); });
        m_page->resize(1100, 600);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        m_page->setFocus(Qt::OtherFocusReason);
    }

    void cleanup()
    {
        m_page.reset();
        m_flow.reset();
        m_stack.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("actions.sqlite")));
        Database::close();
    }

    void prioritizeByKeyboard()
    {
        QTableView *view = m_page->view();
        QCOMPARE(QApplication::focusWidget(), m_page->entry());
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-empty"));

        // Enter on nothing: told why, nothing stored.
        Keyboard::press(Qt::Key_Return);
        QVERIFY(!m_page->message().isEmpty());
        QCOMPARE(
            stored(QStringLiteral("SELECT count(*) FROM actions WHERE session_id = ?")).toInt(), 0);
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-refused"));

        Keyboard::type(QStringLiteral("Write the runbook"));
        QVERIFY(m_page->message().isEmpty());
        Keyboard::press(Qt::Key_Return);
        Keyboard::type(QStringLiteral("Page on-call earlier"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
        QVERIFY(m_page->entry()->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), m_page->entry());

        // Into the list, past the owner, the due date and Add: the last one
        // typed is the current one.
        for (int field = 0; field < 4; ++field)
            Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(currentText(), QStringLiteral("Page on-call earlier"));

        // Alt+Up: it goes first, and stays selected.
        const int beforeMove = m_stack->index();
        Keyboard::press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedOrder(), QStringLiteral("Page on-call earlier|Write the runbook"));
        QCOMPARE(shownOrder(), storedOrder());
        QCOMPARE(currentText(), QStringLiteral("Page on-call earlier"));
        QVERIFY(view->selectionModel()->isRowSelected(0, {}));
        QCOMPARE(view->model()->index(0, ActionModel::RankColumn).data().toInt(), 1);
        // Already first: stays.
        Keyboard::press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedOrder(), QStringLiteral("Page on-call earlier|Write the runbook"));

        // Right away: to the last column, Space.
        Keyboard::press(Qt::Key_End);
        QCOMPARE(view->currentIndex().column(), int(ActionModel::RightAwayColumn));
        Keyboard::press(Qt::Key_Space);
        QCOMPARE(storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("right_away"))
                     .toInt(),
                 1);
        QCOMPARE(
            storedField(QStringLiteral("Write the runbook"), QStringLiteral("right_away")).toInt(),
            0);

        // The owner, completed from the participants' names.
        Keyboard::press(Qt::Key_Home);
        Keyboard::press(Qt::Key_Right);
        Keyboard::press(Qt::Key_Right);
        QCOMPARE(view->currentIndex().column(), int(ActionModel::OwnerColumn));
        Keyboard::press(Qt::Key_F2);
        Keyboard::type(QStringLiteral("da"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(
            storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("owner")).toString(),
            QStringLiteral("Dana"));
        QCOMPARE(QApplication::focusWidget(), view);

        // The due date: the editor opens on today; Up twice is two days on.
        Keyboard::press(Qt::Key_Right);
        QCOMPARE(view->currentIndex().column(), int(ActionModel::DueColumn));
        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_Up);
        Keyboard::press(Qt::Key_Up);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("due_date"))
                     .toString(),
                 QStringLiteral("2026-03-12"));

        // The other one was due last week: allowed, and shown overdue.
        Keyboard::press(Qt::Key_Down);
        QCOMPARE(currentText(), QStringLiteral("Write the runbook"));
        Keyboard::press(Qt::Key_F2);
        for (int day = 0; day < 3; ++day)
            Keyboard::press(Qt::Key_Down);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(
            storedField(QStringLiteral("Write the runbook"), QStringLiteral("due_date")).toString(),
            QStringLiteral("2026-03-07"));
        QVERIFY(view->currentIndex().data(ActionModel::OverdueRole).toBool());
        QVERIFY(view->currentIndex().data().toString().contains(QStringLiteral("overdue")));
        // An editor opened and left alone leaves an empty date empty.
        Keyboard::press(Qt::Key_Up);
        Keyboard::press(Qt::Key_Delete, Qt::NoModifier); // not in an editor: removes
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook"));
        m_stack->undo();
        QCOMPARE(storedOrder(), QStringLiteral("Page on-call earlier|Write the runbook"));
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-prioritized"));

        // Undo back past the reorder: each step on the way leaves the
        // database as it was then.
        const int afterEdits = m_stack->index();
        while (m_stack->index() > beforeMove)
            m_stack->undo();
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
        QCOMPARE(shownOrder(), storedOrder());
        QCOMPARE(storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("right_away"))
                     .toInt(),
                 0);
        QVERIFY(storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("owner"))
                    .toString()
                    .isEmpty());
        while (m_stack->index() < afterEdits)
            m_stack->redo();
        QCOMPARE(storedOrder(), QStringLiteral("Page on-call earlier|Write the runbook"));
        QCOMPARE(
            storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("owner")).toString(),
            QStringLiteral("Dana"));
    }

    void clearingTheDueDate()
    {
        const qint64 id = m_page->model()->addAction(QStringLiteral("Add a canary"));
        QVERIFY(id > 0);
        QTableView *view = m_page->view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, ActionModel::DueColumn));

        // Opened and closed untouched: still no date.
        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_Return);
        QVERIFY(storedField(QStringLiteral("Add a canary"), QStringLiteral("due_date")).isNull());

        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_Up);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedField(QStringLiteral("Add a canary"), QStringLiteral("due_date")).toString(),
                 QStringLiteral("2026-03-11"));
        // Delete inside the editor clears the date, not the action.
        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_Delete);
        Keyboard::press(Qt::Key_Return);
        QVERIFY(storedField(QStringLiteral("Add a canary"), QStringLiteral("due_date")).isNull());
        QCOMPARE(storedOrder(), QStringLiteral("Add a canary"));
    }

    // The new row takes the owner and the due date with the text: Tab moves
    // along it in reading order, Enter adds from any of its fields.
    void newRowTakesOwnerAndDueDate()
    {
        QCOMPARE(QApplication::focusWidget(), m_page->entry());
        Keyboard::type(QStringLiteral("Write the runbook"));
        Keyboard::press(Qt::Key_Tab);
        Keyboard::type(QStringLiteral("da")); // completes to Dana
        Keyboard::press(Qt::Key_Tab);
        Keyboard::type(QStringLiteral("+2w"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook"));
        QCOMPARE(
            storedField(QStringLiteral("Write the runbook"), QStringLiteral("owner")).toString(),
            QStringLiteral("Dana"));
        QCOMPARE(storedDue(QStringLiteral("Write the runbook")), QStringLiteral("2026-03-24"));
        // Ready for the next one, every field empty again.
        QCOMPARE(QApplication::focusWidget(), m_page->entry());
        QVERIFY(m_page->entry()->text().isEmpty());

        // Enter in the owner field adds too; no date is no date.
        Keyboard::type(QStringLiteral("Page on-call earlier"));
        Keyboard::press(Qt::Key_Tab);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text().isEmpty());
        Keyboard::type(QStringLiteral("Kim"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
        QCOMPARE(
            storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("owner")).toString(),
            QStringLiteral("Kim"));
        QVERIFY(storedField(QStringLiteral("Page on-call earlier"), QStringLiteral("due_date"))
                    .isNull());

        // A due date that is not one is refused, said why, and kept to fix.
        Keyboard::type(QStringLiteral("Add a canary"));
        Keyboard::press(Qt::Key_Tab);
        Keyboard::press(Qt::Key_Tab);
        QWidget *due = QApplication::focusWidget();
        Keyboard::type(QStringLiteral("soon"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
        QVERIFY2(m_page->message().contains(QStringLiteral("soon")), qPrintable(m_page->message()));
        QCOMPARE(QApplication::focusWidget(), due);
        QCOMPARE(qobject_cast<QLineEdit *>(due)->text(), QStringLiteral("soon"));
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-refused-date"));
        qobject_cast<QLineEdit *>(due)->selectAll();
        Keyboard::type(QStringLiteral("tomorrow"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedDue(QStringLiteral("Add a canary")), QStringLiteral("2026-03-11"));
        // One undo step per action added, owner and date with it.
        m_stack->undo();
        QCOMPARE(storedOrder(), QStringLiteral("Write the runbook|Page on-call earlier"));
    }

    // The due date is typed the way it is said.
    void typedDueDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::newRow("day and month") << QStringLiteral("7 Dec") << QStringLiteral("2026-12-07");
        QTest::newRow("ISO") << QStringLiteral("2026-12-07") << QStringLiteral("2026-12-07");
        QTest::newRow("days from today") << QStringLiteral("+3d") << QStringLiteral("2026-03-13");
        QTest::newRow("weeks from today") << QStringLiteral("+2w") << QStringLiteral("2026-03-24");
        QTest::newRow("tomorrow") << QStringLiteral("tomorrow") << QStringLiteral("2026-03-11");
        QTest::newRow("weekday") << QStringLiteral("next fri") << QStringLiteral("2026-03-13");
    }

    void typedDueDates()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QVERIFY(m_page->model()->addAction(QStringLiteral("Add a canary")) > 0);
        goToCell(QStringLiteral("Add a canary"), ActionModel::DueColumn);
        Keyboard::press(Qt::Key_F2);
        Keyboard::type(typed);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedDue(QStringLiteral("Add a canary")), stored);
        QCOMPARE(QApplication::focusWidget(), m_page->view());
    }

    void notADateKeepsTheEditorOpen()
    {
        QVERIFY(m_page->model()->addAction(QStringLiteral("Add a canary")) > 0);
        goToCell(QStringLiteral("Add a canary"), ActionModel::DueColumn);
        Keyboard::press(Qt::Key_F2);
        Keyboard::type(QStringLiteral("soon"));
        Keyboard::press(Qt::Key_Return);
        // Still editing, with what was typed; nothing stored.
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), QStringLiteral("soon"));
        QVERIFY(storedField(QStringLiteral("Add a canary"), QStringLiteral("due_date")).isNull());
        Keyboard::press(Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), m_page->view());
        QVERIFY(storedField(QStringLiteral("Add a canary"), QStringLiteral("due_date")).isNull());
    }

    // Alt+Down or F4 opens the calendar, as on any date field; arrows move
    // through it, Enter picks and is the answer.
    void calendarOpensWithTheUsualKeys()
    {
        startEditingDueDate(QDate(2026, 12, 7));
        Keyboard::press(Qt::Key_Down, Qt::AltModifier);
        QCalendarWidget *calendar = shownCalendar();
        QVERIFY2(calendar, "Alt+Down opened no calendar");
        QCOMPARE(calendar->selectedDate(), QDate(2026, 12, 7));
        Keyboard::saveScreenshot(QApplication::activePopupWidget(),
                                 QStringLiteral("actions-due-calendar"));
        Keyboard::press(Qt::Key_Right);
        Keyboard::press(Qt::Key_Return);
        QVERIFY(!shownCalendar());
        QCOMPARE(storedDue(QStringLiteral("Add a canary")), QStringLiteral("2026-12-08"));

        // F4 too; Escape closes it and leaves the date as it was.
        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_F4);
        QVERIFY2(shownCalendar(), "F4 opened no calendar");
        Keyboard::press(Qt::Key_Down);
        Keyboard::press(Qt::Key_Escape);
        QVERIFY(!shownCalendar());
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedDue(QStringLiteral("Add a canary")), QStringLiteral("2026-12-08"));
    }

    void upAndDownRollOverMonthEnds()
    {
        startEditingDueDate(QDate(2026, 3, 31));
        Keyboard::press(Qt::Key_Up);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedDue(QStringLiteral("Add a canary")), QStringLiteral("2026-04-01"));
        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_Down);
        Keyboard::press(Qt::Key_Down);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedDue(QStringLiteral("Add a canary")), QStringLiteral("2026-03-30"));
    }

    // Each editor fits its column, and each column its header.
    void columnsAreWideEnoughForTheirEditors()
    {
        QVERIFY(m_page->model()->addAction(QStringLiteral("Add a canary")) > 0);
        QTableView *view = m_page->view();
        QHeaderView *header = view->horizontalHeader();
        for (int column : {int(ActionModel::OwnerColumn), int(ActionModel::DueColumn),
                           int(ActionModel::StatusColumn), int(ActionModel::RightAwayColumn)})
            QVERIFY2(view->columnWidth(column) >= header->sectionSizeHint(column),
                     qPrintable(QString::number(column)));
        for (int column : {int(ActionModel::OwnerColumn), int(ActionModel::DueColumn),
                           int(ActionModel::StatusColumn)}) {
            goToCell(QStringLiteral("Add a canary"), column);
            Keyboard::press(Qt::Key_F2);
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(editor && editor != view);
            // A spin box or a line edit: the text field itself.
            QWidget *editorItself = editor;
            while (editorItself->parentWidget() && editorItself->parentWidget() != view->viewport())
                editorItself = editorItself->parentWidget();
            QVERIFY2(editorItself->width() >= editorItself->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("column %1: editor %2 wide, needs %3")
                                    .arg(column)
                                    .arg(editorItself->width())
                                    .arg(editorItself->minimumSizeHint().width())));
            if (column == ActionModel::DueColumn)
                Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-due-editor"));
            Keyboard::press(Qt::Key_Escape);
        }
    }

    // An empty owner or due date shows a hint, so it looks like something
    // to fill in; the hint is not stored.
    void emptyCellsLookEditable()
    {
        QVERIFY(m_page->model()->addAction(QStringLiteral("Add a canary")) > 0);
        QVERIFY(m_page->model()->addAction(QStringLiteral("Write the runbook")) > 0);
        goToCell(QStringLiteral("Write the runbook"), ActionModel::TextColumn);
        QAbstractItemModel *model = m_page->view()->model();
        QVERIFY(cellShowsSomething(model->index(0, ActionModel::OwnerColumn)));
        QVERIFY(cellShowsSomething(model->index(0, ActionModel::DueColumn)));
        QVERIFY(storedField(QStringLiteral("Add a canary"), QStringLiteral("owner"))
                    .toString()
                    .isEmpty());
        QVERIFY(storedField(QStringLiteral("Add a canary"), QStringLiteral("due_date")).isNull());
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-empty-cells"));
    }

    void groupByConcern()
    {
        Concern first;
        first.sessionId = m_sessionId;
        first.summary = QStringLiteral("Nobody owns the pager");
        const qint64 pager = m_store->recordConcern(first, TurnState());
        Concern second = first;
        second.summary = QStringLiteral("The vendor API is rate limited");
        const qint64 vendor = m_store->recordConcern(second, TurnState());
        QVERIFY(pager > 0 && vendor > 0);

        ActionModel *model = m_page->model();
        model->addAction(QStringLiteral("Ask for a higher quota"), vendor);
        model->addAction(QStringLiteral("Free-standing clean-up"));
        model->addAction(QStringLiteral("Name a pager owner"), pager);
        model->addAction(QStringLiteral("Cache vendor answers"), vendor);
        QTableView *view = m_page->view();
        QVERIFY(view->isColumnHidden(ActionModel::ConcernColumn));

        m_page->groupByConcern()->setChecked(true);
        QVERIFY(!view->isColumnHidden(ActionModel::ConcernColumn));
        QCOMPARE(shownOrder(), QStringLiteral("Name a pager owner|Ask for a higher quota|Cache "
                                              "vendor answers|Free-standing clean-up"));
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("actions-grouped"));

        // Alt+Up moves within the group, in the rank order underneath.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(2, ActionModel::TextColumn));
        Keyboard::press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedOrder(), QStringLiteral("Cache vendor answers|Ask for a higher quota|"
                                               "Free-standing clean-up|Name a pager owner"));
        QCOMPARE(currentText(), QStringLiteral("Cache vendor answers"));
        // Not out of it.
        Keyboard::press(Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(storedOrder(), QStringLiteral("Cache vendor answers|Ask for a higher quota|"
                                               "Free-standing clean-up|Name a pager owner"));

        m_page->groupByConcern()->setChecked(false);
        QVERIFY(view->isColumnHidden(ActionModel::ConcernColumn));
        QCOMPARE(shownOrder(), storedOrder());
        QCOMPARE(currentText(), QStringLiteral("Cache vendor answers"));
    }
};

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
