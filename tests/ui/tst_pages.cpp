#include "concernmodel.h"
#include "database.h"
#include "rankedpage.h"
#include "scenepage.h"
#include "sessionflow.h"
#include "store.h"
#include "tallydelegate.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "edithistory.h"
#include "keyboard.h"

// The scene and ranked pages as a facilitator uses them from the keyboard,
// checked against what the database holds afterwards.
class TestPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_stack;
    std::unique_ptr<SessionFlow> m_flow;
    std::unique_ptr<QWidget> m_page;

    // Participants come first, as when a prepared session is opened.
    QVector<qint64> startSession(SessionKind kind, const QString &title,
                                 const QStringList &participants = {})
    {
        QVector<qint64> ids;
        const qint64 id = m_store->createSession(kind, title);
        for (const QString &name : participants) {
            Participant participant;
            participant.sessionId = id;
            participant.name = name;
            ids << m_store->addParticipant(participant);
        }
        m_flow = std::make_unique<SessionFlow>(m_store.get(), m_stack.get(), id);
        return ids;
    }

    template <typename Page> Page *showPage(const QSize &size = QSize(1100, 720))
    {
        auto *page = new Page(m_flow.get());
        m_page.reset(page);
        page->resize(size);
        page->show();
        QApplication::setActiveWindow(page);
        if (!QTest::qWaitForWindowActive(page))
            return nullptr;
        page->setFocus(Qt::OtherFocusReason);
        return page;
    }

    QVariant stored(const QString &sql) const
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(sql);
        query.addBindValue(m_flow->sessionId());
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    QStringList storedTimeline() const
    {
        QStringList result;
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        query.prepare(QStringLiteral("SELECT happened_at, description FROM timeline_entries"
                                     " WHERE session_id = ? ORDER BY position, id"));
        query.addBindValue(m_flow->sessionId());
        query.exec();
        while (query.next())
            result << query.value(0).toString() + QLatin1Char('|') + query.value(1).toString();
        return result;
    }

    QString focusedName() const
    {
        QWidget *focus = QApplication::focusWidget();
        return focus ? focus->accessibleName() : QString();
    }

    qint64 record(const QString &summary, int hands,
                  ConcernCategory category = ConcernCategory::None, qint64 speaker = 0)
    {
        Concern concern;
        concern.sessionId = m_flow->sessionId();
        concern.summary = summary;
        concern.handsRaised = hands;
        concern.category = category;
        concern.speakerId = speaker;
        return m_store->recordConcern(concern, TurnState{});
    }

    static QStringList rankedSummaries(const QTableView *view)
    {
        QStringList result;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            result << model->index(row, ConcernModel::SummaryColumn).data().toString();
        return result;
    }

    // Logical columns in the order a person sees them, hidden ones left out.
    static QList<int> visibleColumns(const QTableView *view)
    {
        QList<int> result;
        const QHeaderView *header = view->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                result << logical;
        }
        return result;
    }

    static int rowOf(const QTableView *view, const QString &summary)
    {
        return int(rankedSummaries(view).indexOf(summary));
    }

private slots:
    void init()
    {
        const QString path =
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_stack = std::make_unique<EditHistory>(m_store.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_flow.reset();
        m_stack.reset();
        m_store.reset();
        Database::close();
    }

    void typedSceneIsStoredAndOneUndoTakesItBack()
    {
        startSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"));
        const QString original = Domain::defaultTemplate(SessionKind::PreMortem).scene;
        auto *page = showPage<ScenePage>();
        QVERIFY(page);
        QCOMPARE(QApplication::focusWidget(), page->sceneField());
        QCOMPARE(page->sceneField()->toPlainText(), original);
        QCOMPARE(page->templateChooser()->currentText(),
                 Domain::defaultTemplate(SessionKind::PreMortem).name);
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("scene-premortem"));

        Keyboard::press(Qt::Key_A, Qt::ControlModifier);
        const QString typed = QStringLiteral("It is June. The app store rejected us 🚫, twice.");
        Keyboard::type(typed);
        QCOMPARE(stored(QStringLiteral("SELECT scene FROM sessions WHERE id = ?")).toString(),
                 typed);
        // Edited text no longer is the template.
        QCOMPARE(page->templateChooser()->currentIndex(), -1);
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("scene-premortem-edited"));

        m_stack->undo();
        QCOMPARE(stored(QStringLiteral("SELECT scene FROM sessions WHERE id = ?")).toString(),
                 original);
        QCOMPARE(page->sceneField()->toPlainText(), original);
        QCOMPARE(m_stack->index(), 0);

        // Tab leaves the text for the next field instead of typing a tab.
        page->sceneField()->setFocus();
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->promptsField());
        Keyboard::press(Qt::Key_End, Qt::ControlModifier);
        Keyboard::type(QStringLiteral(" Be candid."));
        QVERIFY(stored(QStringLiteral("SELECT writing_prompts FROM sessions WHERE id = ?"))
                    .toString()
                    .endsWith(QLatin1String(" Be candid.")));
    }

    void templatesAreChosenAndSaved()
    {
        startSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"));
        auto *page = showPage<ScenePage>();
        QVERIFY(page);
        QStringList asked;
        page->setTemplateNameQuestion([&asked](QWidget *) {
            asked << QStringLiteral("asked");
            return QStringLiteral("  Launch review ");
        });

        Keyboard::press(Qt::Key_A, Qt::ControlModifier);
        const QString scene = QStringLiteral("Our launch went badly. Why?");
        Keyboard::type(scene);

        // Save as My Template: the name is asked, the text kept for next time.
        QPushButton *save = nullptr;
        for (QPushButton *button : page->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("Template")))
                save = button;
        }
        QVERIFY(save);
        save->setFocus();
        Keyboard::press(Qt::Key_Space);
        QCOMPARE(asked.size(), 1);
        const QVector<PromptTemplate> mine = m_store->templates(SessionKind::PreMortem);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.at(0).name, QStringLiteral("Launch review"));
        QCOMPARE(mine.at(0).scene, scene);
        QComboBox *chooser = page->templateChooser();
        QCOMPARE(chooser->currentText(), QStringLiteral("Launch review"));

        // A cancelled question saves nothing.
        page->setTemplateNameQuestion([](QWidget *) { return QString(); });
        page->saveAsTemplate();
        QCOMPARE(m_store->templates(SessionKind::PreMortem).size(), 1);

        // Choosing the built-in one by keyboard replaces scene and prompts.
        chooser->setFocus();
        Keyboard::press(Qt::Key_Up);
        const PromptTemplate builtIn = Domain::defaultTemplate(SessionKind::PreMortem);
        QCOMPARE(chooser->currentText(), builtIn.name);
        QCOMPARE(stored(QStringLiteral("SELECT scene FROM sessions WHERE id = ?")).toString(),
                 builtIn.scene);
        QCOMPARE(page->sceneField()->toPlainText(), builtIn.scene);
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("scene-premortem-templates"));

        // One undo brings the facilitator's text back.
        m_stack->undo();
        QCOMPARE(stored(QStringLiteral("SELECT scene FROM sessions WHERE id = ?")).toString(),
                 scene);
        QCOMPARE(chooser->currentText(), QStringLiteral("Launch review"));
        m_stack->redo();
        QCOMPARE(stored(QStringLiteral("SELECT scene FROM sessions WHERE id = ?")).toString(),
                 builtIn.scene);
        const int steps = m_stack->count();

        // Choosing what is already there adds no step.
        page->templateChooser()->activated(chooser->currentIndex());
        QCOMPARE(m_stack->count(), steps);
    }

    void postMortemIncidentAndTimelineByKeyboard()
    {
        startSession(SessionKind::PostMortem, QStringLiteral("Checkout outage"));
        auto *page = showPage<ScenePage>(QSize(1280, 760));
        QVERIFY(page);
        QCOMPARE(page->templateChooser()->currentText(),
                 Domain::defaultTemplate(SessionKind::PostMortem).name);

        // From the prompts, Tab walks through the incident fields in order.
        page->promptsField()->setFocus();
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("What happened"));
        Keyboard::type(QStringLiteral("Checkout returned errors for 40 minutes."));
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("Impact"));
        Keyboard::type(QStringLiteral("About 1,200 orders failed; refunds issued."));
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("How it was detected"));
        Keyboard::type(QStringLiteral("Error-rate alert paged the on-call engineer."));
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(focusedName(), QStringLiteral("How it was resolved"));
        Keyboard::type(QStringLiteral("Rolled back the 14:00 deploy."));
        QCOMPARE(
            stored(QStringLiteral("SELECT incident_what FROM sessions WHERE id = ?")).toString(),
            QStringLiteral("Checkout returned errors for 40 minutes."));
        QCOMPARE(stored(QStringLiteral("SELECT incident_resolution FROM sessions WHERE id = ?"))
                     .toString(),
                 QStringLiteral("Rolled back the 14:00 deploy."));
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->timelineView());
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->timelineWhenField());

        // The time starts at now, selected, so typing replaces it.
        QLineEdit *when = page->timelineWhenField();
        QVERIFY(
            QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$")).match(when->text()).hasMatch());
        QCOMPARE(when->selectedText(), when->text());
        Keyboard::type(QStringLiteral("14:02"));
        Keyboard::press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), page->timelineWhatField());
        Keyboard::type(QStringLiteral("Error-rate alert fired"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedTimeline(), QStringList({"14:02|Error-rate alert fired"}));
        // Ready for the next one: back at the time, fresh and selected.
        QCOMPARE(QApplication::focusWidget(), when);
        QCOMPARE(when->selectedText(), when->text());
        QVERIFY(page->timelineWhatField()->text().isEmpty());

        Keyboard::type(QStringLiteral("14:40"));
        // Enter in the time field with nothing described yet moves on.
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), page->timelineWhatField());
        Keyboard::type(QStringLiteral("Rolled back 🔙"));
        Keyboard::press(Qt::Key_Return);
        const QStringList both = {"14:02|Error-rate alert fired", "14:40|Rolled back 🔙"};
        QCOMPARE(storedTimeline(), both);
        QCOMPARE(page->timelineModel()->rowCount(), 2);
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("scene-postmortem"));

        // Delete in the list removes the selected entry; undo restores it.
        page->timelineView()->setFocus();
        page->timelineView()->setCurrentIndex(page->timelineModel()->index(0, 1));
        Keyboard::press(Qt::Key_Delete);
        QCOMPARE(storedTimeline(), QStringList({"14:40|Rolled back 🔙"}));
        m_stack->undo();
        QCOMPARE(storedTimeline(), both);

        // F2 corrects an entry in place.
        page->timelineView()->setCurrentIndex(page->timelineModel()->index(1, 0));
        Keyboard::press(Qt::Key_F2);
        Keyboard::type(QStringLiteral("14:42"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedTimeline(),
                 QStringList({"14:02|Error-rate alert fired", "14:42|Rolled back 🔙"}));
        m_stack->undo();
        QCOMPARE(storedTimeline(), both);

        // An empty description adds nothing.
        when->setFocus();
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(storedTimeline(), both);

        // Every part has its Alt key.
        Keyboard::press(Qt::Key_D, Qt::AltModifier);
        QCOMPARE(focusedName(), QStringLiteral("How it was detected"));
        Keyboard::press(Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page->timelineView());
        Keyboard::press(Qt::Key_C, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page->sceneField());
        Keyboard::press(Qt::Key_T, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), page->templateChooser());
    }

    void rankedByTallyThenSharingOrder()
    {
        const QVector<qint64> people =
            startSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"), {"Ana", "Ben"});
        const qint64 ana = people.at(0);
        const qint64 ben = people.at(1);
        auto *page = showPage<RankedPage>();
        QVERIFY(page);
        QTableView *view = page->view();
        QCOMPARE(QApplication::focusWidget(), view);
        // Before sharing, the list says what will appear there.
        QLabel *empty = nullptr;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("No concerns yet")))
                empty = label;
        }
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("ranked-empty"));

        record(QStringLiteral("Backend not load tested"), 1, ConcernCategory::None, ana);
        QVERIFY(!empty->isVisible());
        // The first concern is current at once, so F2 can correct it.
        QCOMPARE(view->currentIndex().column(), int(ConcernModel::SummaryColumn));
        record(QStringLiteral("App store review delays release"), 3, ConcernCategory::None, ben);
        record(QStringLiteral("Analytics events missing"), 1, ConcernCategory::None, ana);
        record(QStringLiteral("Support not trained"), 0, ConcernCategory::None, ben);
        QCOMPARE(rankedSummaries(view),
                 QStringList({"App store review delays release", "Backend not load tested",
                              "Analytics events missing", "Support not trained"}));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(view->model()->headerData(row, Qt::Vertical).toInt(), row + 1);
        QCOMPARE(view->model()->index(0, ConcernModel::TallyColumn).data().toInt(), 4);

        // Rank (the row header), bar, then the concern.
        QVERIFY(!view->verticalHeader()->isHidden());
        QVERIFY(view->isColumnHidden(ConcernModel::PositionColumn));
        QCOMPARE(visibleColumns(view),
                 QList<int>({ConcernModel::TallyColumn, ConcernModel::SummaryColumn,
                             ConcernModel::HandsColumn}));
        QVERIFY(!view->isColumnHidden(ConcernModel::HandsColumn));
        // A pre-mortem has no categories.
        QVERIFY(view->isColumnHidden(ConcernModel::CategoryColumn));
        QVERIFY(!page->categoryFilter());

        // Blameless by default: who shared it only when the session says so.
        QVERIFY(view->isColumnHidden(ConcernModel::SpeakerColumn));
        m_flow->setField(SessionField::AttributeConcerns, 1);
        QCOMPARE(visibleColumns(view).last(), int(ConcernModel::SpeakerColumn));
        QCOMPARE(view->model()->index(0, ConcernModel::SpeakerColumn).data().toString(),
                 QStringLiteral("Ben"));
        m_stack->undo();
        QVERIFY(view->isColumnHidden(ConcernModel::SpeakerColumn));

        // Readable from the back of the room.
        QVERIFY(view->font().pointSizeF() >= QApplication::font().pointSizeF() * 1.45);
    }

    void editingHandsInPlaceReRanks()
    {
        startSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"),
                     {"Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana"});
        record(QStringLiteral("Backend not load tested"), 2);
        record(QStringLiteral("App store review delays release"), 3);
        const qint64 support = record(QStringLiteral("Support not trained"), 0);
        auto *page = showPage<RankedPage>();
        QVERIFY(page);
        QTableView *view = page->view();
        QCOMPARE(QApplication::focusWidget(), view);
        QCOMPARE(rowOf(view, QStringLiteral("Support not trained")), 2);

        view->setCurrentIndex(view->model()->index(2, ConcernModel::HandsColumn));
        Keyboard::press(Qt::Key_F2);
        Keyboard::type(QStringLiteral("5"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("SELECT hands_raised FROM concerns WHERE session_id = ?"
                                       " ORDER BY id DESC LIMIT 1"))
                     .toInt(),
                 5);
        QCOMPARE(m_flow->concerns()->concerns().last().id, support);
        QCOMPARE(rankedSummaries(view),
                 QStringList({"Support not trained", "App store review delays release",
                              "Backend not load tested"}));
        // The selection follows the concern to its new place.
        QCOMPARE(view->currentIndex().row(), 0);
        QCOMPARE(view->model()->headerData(0, Qt::Vertical).toInt(), 1);

        m_stack->undo();
        QCOMPARE(rowOf(view, QStringLiteral("Support not trained")), 2);

        // F2 on the summary corrects the text in place.
        view->setCurrentIndex(view->model()->index(0, ConcernModel::SummaryColumn));
        Keyboard::press(Qt::Key_F2);
        Keyboard::press(Qt::Key_End);
        Keyboard::type(QStringLiteral(" (iOS)"));
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("SELECT summary FROM concerns WHERE session_id = ?"
                                       " ORDER BY hands_raised DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("App store review delays release (iOS)"));
    }

    void postMortemCategoriesAndFilter()
    {
        startSession(SessionKind::PostMortem, QStringLiteral("Checkout outage"));
        record(QStringLiteral("Alert paged within a minute"), 4, ConcernCategory::WentWell);
        record(QStringLiteral("Deploy skipped the canary"), 5, ConcernCategory::LetUsDown);
        record(QStringLiteral("Traffic was low that hour"), 2, ConcernCategory::GotLucky);
        record(QStringLiteral("Runbook was out of date"), 3, ConcernCategory::LetUsDown);
        record(QStringLiteral("Status page updated late"), 1);
        auto *page = showPage<RankedPage>();
        QVERIFY(page);
        QTableView *view = page->view();
        QCOMPARE(visibleColumns(view),
                 QList<int>({ConcernModel::TallyColumn, ConcernModel::SummaryColumn,
                             ConcernModel::HandsColumn, ConcernModel::CategoryColumn}));
        QComboBox *filter = page->categoryFilter();
        QVERIFY(filter);

        // Category in place: F2 opens the list, arrows choose, Enter keeps it.
        const int row = rowOf(view, QStringLiteral("Status page updated late"));
        view->setCurrentIndex(view->model()->index(row, ConcernModel::CategoryColumn));
        Keyboard::press(Qt::Key_F2);
        QVERIFY(qobject_cast<QComboBox *>(QApplication::focusWidget()));
        Keyboard::press(Qt::Key_Down); // No category -> Went well
        Keyboard::press(Qt::Key_Down); // -> Let us down
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(stored(QStringLiteral("SELECT category FROM concerns WHERE session_id = ?"
                                       " AND summary LIKE 'Status page%'"))
                     .toString(),
                 QStringLiteral("let_us_down"));
        QCOMPARE(view->model()->index(row, ConcernModel::CategoryColumn).data().toString(),
                 QStringLiteral("Let us down"));

        // Show one category: still ranked, the others hidden.
        filter->setFocus();
        Keyboard::press(Qt::Key_Down); // All -> Went well
        Keyboard::press(Qt::Key_Down); // -> Let us down
        QCOMPARE(filter->currentText(), QStringLiteral("Let us down"));
        QCOMPARE(rankedSummaries(view),
                 QStringList({"Deploy skipped the canary", "Runbook was out of date",
                              "Status page updated late"}));
        QCOMPARE(view->model()->headerData(2, Qt::Vertical).toInt(), 3);
        Keyboard::press(Qt::Key_Down); // -> Got lucky
        QCOMPARE(rankedSummaries(view), QStringList({"Traffic was low that hour"}));
        Keyboard::press(Qt::Key_Home); // -> All
        QCOMPARE(view->model()->rowCount(), 5);
    }

    void barsShowTheCounts()
    {
        startSession(SessionKind::PreMortem, QStringLiteral("Mobile launch"));
        record(QStringLiteral("Eight wrote this"), 7);
        record(QStringLiteral("Four wrote this"), 3);
        record(QStringLiteral("Two wrote this"), 1);
        auto *page = showPage<RankedPage>();
        QVERIFY(page);
        QTableView *view = page->view();
        view->clearSelection();
        view->setCurrentIndex({});
        QApplication::processEvents();
        const QImage image = view->viewport()->grab().toImage();
        const QColor highlight = view->palette().color(QPalette::Active, QPalette::Highlight);
        auto barLength = [&](int row) {
            const QRect cell =
                view->visualRect(view->model()->index(row, ConcernModel::TallyColumn));
            const int y = cell.center().y();
            int length = 0;
            for (int x = cell.left(); x <= cell.right(); ++x)
                length += image.pixelColor(x, y) == highlight ? 1 : 0;
            return length;
        };
        const int eight = barLength(0);
        const int four = barLength(1);
        const int two = barLength(2);
        QVERIFY2(eight > 0 && four > 0 && two > 0,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(eight).arg(four).arg(two)));
        QVERIFY(qAbs(eight - 2 * four) <= 2);
        QVERIFY(qAbs(four - 2 * two) <= 2);
        // The number is written beside the bar.
        QCOMPARE(view->model()->index(0, ConcernModel::TallyColumn).data().toString(),
                 QStringLiteral("8"));
    }

    void barKeepsContrastOnEveryPalette()
    {
        QPalette washedOut;
        washedOut.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        washedOut.setColor(QPalette::Highlight, QColor(0xdd, 0xee, 0xff));
        washedOut.setColor(QPalette::Text, Qt::black);
        // The theme's own bar colour when its highlight is too faint.
        const QColor fallback =
            TallyDelegate::barColor(washedOut, QPalette::Active, Qt::white, false);
        QVERIFY(TallyDelegate::contrast(fallback, Qt::white) >= 3.0);

        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        const QColor onDark =
            TallyDelegate::barColor(dark, QPalette::Active, QColor(0x1e, 0x1e, 0x1e), false);
        QCOMPARE(onDark, QColor(0x3d, 0xae, 0xe9));
        QVERIFY(TallyDelegate::contrast(onDark, QColor(0x1e, 0x1e, 0x1e)) >= 3.0);
        const QColor selected =
            TallyDelegate::barColor(dark, QPalette::Active, QColor(0x3d, 0xae, 0xe9), true);
        // White on that blue is too faint for a bar; black is not.
        QCOMPARE(selected, QColor(Qt::black));
        QVERIFY(TallyDelegate::contrast(selected, QColor(0x3d, 0xae, 0xe9)) >= 3.0);
    }

    void rankedScreenshot()
    {
        const QVector<qint64> people =
            startSession(SessionKind::PostMortem, QStringLiteral("Checkout outage"),
                         {"Ana", "Ben", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana"});
        m_flow->setField(SessionField::AttributeConcerns, 1);
        const struct
        {
            const char *summary;
            int hands;
            ConcernCategory category;
        } concerns[] = {
            {"Deploy skipped the canary stage because the pipeline was red", 6,
             ConcernCategory::LetUsDown},
            {"Error-rate alert paged on-call within a minute", 4, ConcernCategory::WentWell},
            {"Runbook for rollback was out of date", 4, ConcernCategory::LetUsDown},
            {"Traffic was low that hour", 2, ConcernCategory::GotLucky},
            {"Status page updated 25 minutes late", 3, ConcernCategory::LetUsDown},
            {"Feature flag let us turn off the new checkout", 1, ConcernCategory::WentWell},
            {"No dashboard for payment provider latency", 0, ConcernCategory::Other},
            {"Ownership of the checkout service was unclear after the re-org, so nobody felt "
             "able to stop the deploy, and the escalation path in the runbook pointed to a team "
             "that no longer exists",
             2, ConcernCategory::None},
        };
        int speaker = 0;
        for (const auto &concern : concerns)
            record(QString::fromUtf8(concern.summary), concern.hands, concern.category,
                   people.at(speaker++ % people.size()));
        auto *page = showPage<RankedPage>(QSize(1280, 760));
        QVERIFY(page);
        QCOMPARE(page->view()->model()->rowCount(), 8);
        QCOMPARE(page->view()->model()->index(0, ConcernModel::TallyColumn).data().toInt(), 7);
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("ranked-postmortem"));

        m_flow->setField(SessionField::AttributeConcerns, 0);
        QVERIFY(page->view()->isColumnHidden(ConcernModel::SpeakerColumn));
        Keyboard::saveScreenshot(m_page.get(), QStringLiteral("ranked-postmortem-blameless"));
    }
};

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
