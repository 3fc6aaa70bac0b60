#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "discussionpage.h"
#include "mainwindow.h"
#include "presentationwindow.h"
#include "sessionflow.h"
#include "sessionpage.h"
#include "store.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include "keyboard.h"

namespace {

// What a hostile or careless person might type anywhere: markup that Qt
// would render, a file it would try to load, and a script tag.
QString markup(const QString &word)
{
    return QStringLiteral("<b>%1</b><img src=\"/nonexistent/%1.png\"><script>x</script>").arg(word);
}

const QString marker = QStringLiteral("<b>");

// The text a person reads for a label or tooltip, as Qt would render it.
QString shownText(const QString &text, Qt::TextFormat format)
{
    const bool rich =
        format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

class NoDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        return true;
    }
    void warn(QWidget *, const QString &, const QString &) override {}
};

} // namespace

// Everything a person typed is text wherever Candor shows it: labels,
// tooltips and dialogs show it literally, and text of any length never
// decides the size of a window.
class TestUserText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_problems;

    qint64 hostileSession(const QString &title, const QString &name)
    {
        const qint64 id = m_store->createSession(SessionKind::PostMortem, title);
        for (const QString &person : {name, markup(QStringLiteral("Lee"))}) {
            Participant participant;
            participant.sessionId = id;
            participant.name = person;
            participant.role = markup(QStringLiteral("role"));
            m_store->addParticipant(participant);
        }
        m_store->setSessionField(id, SessionField::Scene, markup(QStringLiteral("scene")));
        m_store->setSessionField(id, SessionField::IncidentWhat, markup(QStringLiteral("what")));
        TimelineEntry entry;
        entry.sessionId = id;
        entry.happenedAt = markup(QStringLiteral("when"));
        entry.description = markup(QStringLiteral("event"));
        m_store->addTimelineEntry(entry);
        Concern concern;
        concern.sessionId = id;
        concern.summary = markup(QStringLiteral("concern"));
        concern.speakerId = m_store->participants(id).constFirst().id;
        const qint64 concernId = m_store->recordConcern(concern, {1, concern.speakerId, false});
        m_store->setConcernDiscussion(concernId, DiscussionField::Notes,
                                      markup(QStringLiteral("notes")));
        m_store->addWhy(
            {0, concernId, 0, markup(QStringLiteral("why")), markup(QStringLiteral("because"))});
        ActionItem action;
        action.sessionId = id;
        action.concernId = concernId;
        action.text = markup(QStringLiteral("action"));
        action.owner = markup(QStringLiteral("owner"));
        m_store->addAction(action);
        return id;
    }

    // Every label and tooltip under root that quotes typed text shows it
    // literally.
    void checkShownLiterally(QWidget *root, const QString &where)
    {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (!label->text().contains(marker))
                continue;
            if (!shownText(label->text(), label->textFormat()).contains(marker))
                m_problems << QStringLiteral("%1: label %2 renders “%3”")
                                  .arg(where, label->objectName(), label->text().left(60));
        }
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const QString tip = widget->toolTip();
            if (tip.contains(QLatin1String("&lt;b&gt;")) || tip.contains(marker)) {
                if (!shownText(tip, Qt::AutoText).contains(marker))
                    m_problems
                        << QStringLiteral("%1: tooltip renders “%2”").arg(where, tip.left(60));
            }
        }
        for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
            QAbstractItemModel *model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QString tip = model->index(row, column).data(Qt::ToolTipRole).toString();
                    if (tip.isEmpty() ||
                        !(tip.contains(marker) || tip.contains(QLatin1String("&lt;b"))))
                        continue;
                    if (!shownText(tip, Qt::AutoText).contains(marker))
                        m_problems << QStringLiteral("%1: tooltip of a cell renders “%2”")
                                          .arg(where, tip.left(60));
                }
            }
        }
    }

    // Runs ask while a check of the dialog it opens waits to look at it.
    void checkModalDialog(const std::function<void()> &ask, const QString &where)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            checkShownLiterally(dialog, where);
            dialog->reject();
        });
        ask();
        if (!seen)
            m_problems << QStringLiteral("%1: no dialog was shown").arg(where);
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("text-%1.sqlite").arg(++fileNumber));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_problems.clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_clock.reset();
        Database::close();
    }

    void markupIsShownAsTyped()
    {
        hostileSession(markup(QStringLiteral("Title")), markup(QStringLiteral("Dana")));
        m_window = std::make_unique<MainWindow>(m_store.get(), m_dir.filePath(QStringLiteral("x")));
        m_window->setDialogs(std::make_unique<NoDialogs>());
        m_window->setClock(m_clock.get());
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1600, 1000)));
        checkShownLiterally(m_window.get(), QStringLiteral("list"));
        Keyboard::press(Qt::Key_Return);
        SessionPage *page = m_window->sessionPage();
        QVERIFY(page);
        m_window->showPresentation(true);
        for (Phase phase : Domain::phases()) {
            page->showPhase(phase);
            QCoreApplication::processEvents();
            const QString where = Domain::phaseName(phase);
            checkShownLiterally(m_window.get(), where);
            checkShownLiterally(m_window->presentationWindow(), QStringLiteral("room: ") + where);
        }

        // The questions a page asks quote typed text too.
        page->showPhase(Phase::Discussion);
        auto *discussion = m_window->findChild<DiscussionPage *>();
        QVERIFY(discussion);
        checkModalDialog([discussion] { discussion->addActionFromCurrent(); },
                         QStringLiteral("new action"));
        Dialogs dialogs;
        checkModalDialog(
            [&] {
                dialogs.confirm(m_window.get(), QStringLiteral("Delete"),
                                markup(QStringLiteral("delete")), QStringLiteral("Delete"));
            },
            QStringLiteral("confirmation"));
        checkModalDialog(
            [&] {
                dialogs.warn(m_window.get(), QStringLiteral("Warn"),
                             markup(QStringLiteral("warn")));
            },
            QStringLiteral("warning"));
        checkModalDialog(
            [&] {
                dialogs.choose(m_window.get(), QStringLiteral("Merge"),
                               markup(QStringLiteral("choose")), {QStringLiteral("a")}, 0);
            },
            QStringLiteral("choice"));
        checkModalDialog(
            [&] {
                dialogs.askText(m_window.get(), QStringLiteral("Ask"),
                                markup(QStringLiteral("ask")), {});
            },
            QStringLiteral("question"));
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    // A 300-character title or name never widens the window past the
    // screen, and no such size is saved.
    void longTextNeverSizesTheWindow()
    {
        const QString longTitle = QString(QStringLiteral("Quarterly launch ")).repeated(18);
        // A name without a space to break at, as a pasted identifier might be.
        const QString longName = QString(QStringLiteral("Alexandra")).repeated(33);
        hostileSession(longTitle, longName);
        m_window = std::make_unique<MainWindow>(m_store.get(), m_dir.filePath(QStringLiteral("x")));
        m_window->setDialogs(std::make_unique<NoDialogs>());
        m_window->setClock(m_clock.get());
        const QSize laptop(1366, 768);
        QVERIFY(Keyboard::showActive(m_window.get(), laptop));
        Keyboard::press(Qt::Key_Return);
        SessionPage *page = m_window->sessionPage();
        QVERIFY(page);
        for (Phase phase : Domain::phases()) {
            page->showPhase(phase);
            QCoreApplication::processEvents();
            if (qEnvironmentVariableIsSet("CANDOR_DEBUG_WIDTH"))
                for (QWidget *w : m_window->findChildren<QWidget *>())
                    if (w->isVisible() && w->minimumSizeHint().width() > 1300)
                        qWarning() << Domain::phaseName(phase) << w->metaObject()->className()
                                   << w->objectName() << w->minimumSizeHint()
                                   << (qobject_cast<QLabel *>(w)
                                           ? qobject_cast<QLabel *>(w)->text().left(40)
                                           : QString());
            QVERIFY2(m_window->width() <= laptop.width(),
                     qPrintable(QStringLiteral("%1: the window grew to %2 px")
                                    .arg(Domain::phaseName(phase))
                                    .arg(m_window->width())));
            QVERIFY2(m_window->minimumSizeHint().width() <= laptop.width(),
                     qPrintable(QStringLiteral("%1: the window needs %2 px")
                                    .arg(Domain::phaseName(phase))
                                    .arg(m_window->minimumSizeHint().width())));
        }
        m_window->close();
        m_window.reset();
        // What is restored next time fits the laptop too.
        MainWindow again(m_store.get(), m_dir.filePath(QStringLiteral("x")));
        QVERIFY(again.width() <= laptop.width());
    }
};

QTEST_MAIN(TestUserText)
#include "tst_usertext.moc"
