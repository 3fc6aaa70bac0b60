#include "concernmodel.h"
#include "countdownwidget.h"
#include "database.h"
#include "edithistory.h"
#include "presentationwindow.h"
#include "sessionflow.h"
#include "slidelist.h"
#include "slidetext.h"
#include "store.h"
#include "tallydelegate.h"
#include "theme.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

#include "keyboard.h"

namespace {

// A slide is 540 points high, so on a 1080-line screen a point is two
// pixels and the 24-point minimum for projected text is a 48-pixel font;
// on a 720-line screen, 32 pixels.
int smallestTextPixels(const QSize &window)
{
    return qRound(48.0 * window.height() / 1080);
}

const QList<QSize> slideSizes{{1920, 1080}, {1280, 720}};

const QList<Phase> roomPhases{Phase::Setup,  Phase::Scene,      Phase::Writing, Phase::Sharing,
                              Phase::Ranked, Phase::Discussion, Phase::Actions};

const QList<std::pair<AppSettings::Theme, QString>> themes{
    {AppSettings::Theme::Light, QStringLiteral("light")},
    {AppSettings::Theme::Dark, QStringLiteral("dark")},
    {AppSettings::Theme::HighContrast, QStringLiteral("high-contrast")}};

const QStringList names{QStringLiteral("Dana"), QStringLiteral("Lee"),   QStringLiteral("Ravi"),
                        QStringLiteral("Mia"),  QStringLiteral("Jonas"), QStringLiteral("Priya"),
                        QStringLiteral("Sam"),  QStringLiteral("Alex"),  QStringLiteral("Kim"),
                        QStringLiteral("Noor"), QStringLiteral("Tomás"), QStringLiteral("Yuki")};

const QStringList realisticConcerns{
    QStringLiteral("Nobody owns the rollback plan"),
    QStringLiteral("The database migration locks the orders table for minutes"),
    QStringLiteral("Support hears about the launch from customers"),
    QStringLiteral("Load testing used a tenth of last year's peak traffic"),
    QStringLiteral("The feature flag service is a single point of failure"),
    QStringLiteral("We ship on a Friday afternoon"),
    QStringLiteral("App store review takes longer than we planned for"),
    QStringLiteral("Marketing announces a date before QA signs off"),
    QStringLiteral("The on-call engineer is also the release manager"),
    QStringLiteral("Nobody has tried restoring from the new backups"),
    QStringLiteral("The payment sandbox behaves differently from production"),
    QStringLiteral("Translations arrive the day before release"),
    QStringLiteral("Monitoring alerts go to a channel nobody reads"),
    QStringLiteral("The pricing page and the app disagree about prices"),
    QStringLiteral("Key people are on holiday in release week"),
    QStringLiteral("Legal review of the new terms is still open"),
    QStringLiteral("Old clients crash on the new API fields")};

// Text as long as asked, in words, with now and then a link too long for
// any line, as people paste them.
QString longText(int seed, int length)
{
    static const QStringList words{
        QStringLiteral("the"),      QStringLiteral("rollout"),    QStringLiteral("depends"),
        QStringLiteral("on"),       QStringLiteral("a"),          QStringLiteral("migration"),
        QStringLiteral("nobody"),   QStringLiteral("rehearsed"),  QStringLiteral("and"),
        QStringLiteral("when"),     QStringLiteral("it"),         QStringLiteral("stalls"),
        QStringLiteral("halfway"),  QStringLiteral("support"),    QStringLiteral("cannot"),
        QStringLiteral("tell"),     QStringLiteral("customers"),  QStringLiteral("what"),
        QStringLiteral("happened"), QStringLiteral("because"),    QStringLiteral("the"),
        QStringLiteral("status"),   QStringLiteral("page"),       QStringLiteral("still"),
        QStringLiteral("says"),     QStringLiteral("everything"), QStringLiteral("works")};
    QString text = QStringLiteral("#%1 ").arg(seed);
    if (seed % 5 == 0)
        text += QStringLiteral("https://status.example.com/incidents/2026-03-02/"
                               "checkout-latency-and-payment-timeouts-in-eu-west ");
    for (int i = seed; text.size() < length; ++i)
        text += words.at(i % words.size()) + QLatin1Char(' ');
    return text.left(length).trimmed();
}

// What a label's text needs on the room's screen: lines broken between
// words, and inside a word only when that word is wider than the line.
struct NeededSpace
{
    int width = 0;
    int height = 0;
    QString brokenWord; // a word split across lines that would fit one
};

NeededSpace neededSpace(const QLabel *label)
{
    QString text = label->text();
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, label->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(label->font());
    NeededSpace needed;
    qreal bottom = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(label->width());
        if (line.lineNumber() > 0)
            bottom = qCeil(bottom + metrics.leading());
        bottom += line.height();
        needed.width = qMax(needed.width, qCeil(line.naturalTextWidth()));
        const int start = line.textStart();
        if (start == 0 || !text.at(start - 1).isLetterOrNumber() ||
            !text.at(start).isLetterOrNumber())
            continue;
        int from = start;
        int to = start;
        while (from > 0 && !text.at(from - 1).isSpace())
            --from;
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        const QString word = text.mid(from, to - from);
        if (metrics.horizontalAdvance(word) <= label->width())
            needed.brokenWord = word;
    }
    layout.endLayout();
    needed.height = qCeil(bottom);
    return needed;
}

struct Content
{
    int participants = 6;
    int concerns = 17;
    int actions = 5;
    int whys = 3;
    int textLength = 0; // 0: realistic sentences
};

const Content realistic{6, 17, 5, 3, 0};
const Content full{12, 40, 20, 5, 300};

} // namespace
Q_DECLARE_METATYPE(Content)
Q_DECLARE_METATYPE(SessionKind)

// The room's screen as slides: every view, at a projector's 1080 lines and
// at 720, with a realistic session and with a full one, in every theme:
// no text under 24 slide points, nothing clipped or overlapping, nothing
// outside the window, no control of any kind; long lists page and say so.
class TestPresentationSlides : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<EditHistory> m_history;
    std::unique_ptr<SessionFlow> m_flow;
    std::unique_ptr<PresentationWindow> m_presentation;
    qint64 m_session = 0;

    qint64 record(const QString &summary, int hands, int speaker, ConcernCategory category)
    {
        const QVector<Participant> participants = m_store->participants(m_session);
        Concern concern;
        concern.sessionId = m_session;
        concern.summary = summary;
        concern.handsRaised = hands;
        concern.speakerId = participants.at(speaker % participants.size()).id;
        concern.round = speaker / int(participants.size()) + 1;
        concern.category = category;
        return m_store->recordConcern(concern, TurnState{});
    }

    void createSession(SessionKind kind, const Content &content)
    {
        const auto text = [&](int seed, const QString &realisticText) {
            return content.textLength > 0 ? longText(seed, content.textLength) : realisticText;
        };
        m_session = m_store->createSession(kind, text(1, kind == SessionKind::PreMortem
                                                             ? QStringLiteral("Atlas launch")
                                                             : QStringLiteral("Checkout outage")));
        const PromptTemplate framing = Domain::defaultTemplate(kind);
        m_store->setSessionField(
            m_session, SessionField::Scene,
            content.textLength > 0
                ? QStringList{longText(2, 300), longText(3, 300)}.join(QStringLiteral("\n\n"))
                : framing.scene);
        QStringList prompts;
        for (int i = 0; i < 5; ++i)
            prompts.append(longText(10 + i, content.textLength));
        m_store->setSessionField(m_session, SessionField::WritingPrompts,
                                 content.textLength > 0 ? prompts.join(QLatin1Char('\n'))
                                                        : framing.writingPrompts);
        if (kind == SessionKind::PostMortem) {
            const QList<std::pair<SessionField, QString>> incident{
                {SessionField::IncidentWhat,
                 QStringLiteral("Checkout failed for 40% of customers in the EU")},
                {SessionField::IncidentImpact, QStringLiteral("Two hours, about 9,000 orders")},
                {SessionField::IncidentDetection,
                 QStringLiteral("Customers on social media, 25 minutes in")},
                {SessionField::IncidentResolution,
                 QStringLiteral("Rolled back the payment client and drained the queue")}};
            int seed = 20;
            for (const auto &[field, value] : incident)
                m_store->setSessionField(m_session, field, text(seed++, value));
            const QStringList times{QStringLiteral("14:02"), QStringLiteral("14:27"),
                                    QStringLiteral("15:10"), QStringLiteral("16:05")};
            for (int i = 0; i < times.size(); ++i) {
                TimelineEntry entry;
                entry.sessionId = m_session;
                entry.happenedAt = times.at(i);
                entry.description = text(30 + i, QStringLiteral("Alert fired, nobody paged"));
                QVERIFY(m_store->addTimelineEntry(entry) > 0);
            }
        }
        for (int i = 0; i < content.participants; ++i) {
            Participant participant;
            participant.sessionId = m_session;
            participant.name = names.at(i % names.size());
            QVERIFY(m_store->addParticipant(participant) > 0);
        }
        const QList<ConcernCategory> categories = Domain::categories();
        QVector<qint64> concerns;
        for (int i = 0; i < content.concerns; ++i) {
            // The first is what most people wrote: the discussion opens on it.
            const int hands = i == 0 ? content.participants - 1 : (i * 7) % content.participants;
            concerns.append(
                record(text(100 + i, realisticConcerns.at(i % realisticConcerns.size())), hands, i,
                       kind == SessionKind::PostMortem ? categories.at(i % categories.size())
                                                       : ConcernCategory::None));
            QVERIFY(concerns.constLast() > 0);
        }
        // Two duplicates merged into the first, as happens in every session;
        // their hands add up past the people present.
        if (concerns.size() > 5) {
            QVERIFY(m_store->setConcernMergedInto(concerns.at(4), concerns.at(0)));
            QVERIFY(m_store->setConcernMergedInto(concerns.at(5), concerns.at(0)));
        }
        if (!concerns.isEmpty()) {
            const qint64 discussed = concerns.constFirst();
            for (int i = 0; i < content.whys; ++i) {
                Why why;
                why.concernId = discussed;
                why.position = i + 1;
                why.question = text(200 + i, QStringLiteral("Why did nobody own it?"));
                why.answer = text(300 + i, QStringLiteral("Ownership ended with the old team"));
                QVERIFY(m_store->addWhy(why) > 0);
            }
            m_store->setConcernDiscussion(
                discussed, DiscussionField::RootCause,
                text(400, QStringLiteral("Releases have no named owner after a reorganisation")));
            m_store->setConcernDiscussion(
                discussed, DiscussionField::Mitigations,
                text(401, QStringLiteral("Name a release captain for every launch")));
        }
        const QDate today = QDate::currentDate();
        for (int i = 0; i < content.actions; ++i) {
            ActionItem action;
            action.sessionId = m_session;
            action.concernId = concerns.value(i % qMax(1, int(concerns.size())));
            action.text = text(500 + i, QString(realisticConcerns.at(i % realisticConcerns.size()))
                                            .replace(QStringLiteral("Nobody"),
                                                     QStringLiteral("Find someone who")));
            action.owner = i % 3 == 2 ? QString() : names.at(i % names.size());
            action.dueDate = i % 4 == 3 ? QDate() : today.addDays(i * 3 - 4);
            action.status = i % 5 == 4 ? ActionStatus::Done : ActionStatus::Open;
            action.rightAway = i < 2;
            QVERIFY(m_store->addAction(action) > 0);
        }
        m_flow = std::make_unique<SessionFlow>(m_store.get(), m_history.get(), m_session);
    }

    void showPresentation(const QSize &size)
    {
        if (!m_presentation) {
            m_presentation = std::make_unique<PresentationWindow>();
            m_presentation->setFlow(m_flow.get());
        }
        m_presentation->resize(size);
        m_presentation->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_presentation.get()));
        QCoreApplication::processEvents();
    }

    // The concern the discussion opens on: the most written one.
    qint64 topConcern() const
    {
        const ConcernModel *model = m_flow->concerns();
        qint64 top = 0;
        int topTally = -1;
        for (const Concern &concern : model->concerns()) {
            if (!concern.mergedIntoId && model->tally(concern.id) > topTally) {
                top = concern.id;
                topTally = model->tally(concern.id);
            }
        }
        return top;
    }

    void showPhase(Phase phase)
    {
        if (phase == Phase::Discussion)
            m_flow->setDiscussionConcernId(topConcern());
        m_flow->setPhase(phase);
        QTRY_COMPARE(m_presentation->shownPhase(), phase);
        QCoreApplication::processEvents();
    }

    QList<QLabel *> visibleLabels() const
    {
        QList<QLabel *> labels;
        for (QLabel *label : m_presentation->findChildren<QLabel *>()) {
            if (label->isVisibleTo(m_presentation.get()) && !label->text().isEmpty())
                labels.append(label);
        }
        return labels;
    }

    QString visibleText() const
    {
        QStringList texts;
        for (QLabel *label : visibleLabels())
            texts.append(label->text());
        return texts.join(QLatin1Char('\n'));
    }

    SlideList *list(const QString &accessibleName) const
    {
        for (SlideList *list : m_presentation->findChildren<SlideList *>()) {
            if (list->accessibleName() == accessibleName)
                return list;
        }
        return nullptr;
    }

    QRect boxOf(QWidget *widget) const
    {
        return {widget->mapTo(m_presentation.get(), QPoint(0, 0)), widget->size()};
    }

    // What would stop the room from reading this slide.
    QStringList slideProblems(const QString &where) const
    {
        QStringList problems;
        const QRect window = m_presentation->rect();
        const int smallest = smallestTextPixels(m_presentation->size());
        const QColor background = m_presentation->palette().color(QPalette::Window);
        QList<std::pair<QRect, QString>> placed;
        for (QWidget *widget : m_presentation->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_presentation.get()))
                continue;
            const QString name = QStringLiteral("%1 “%2”").arg(
                QString::fromLatin1(widget->metaObject()->className()),
                qobject_cast<QLabel *>(widget) ? qobject_cast<QLabel *>(widget)->text().left(40)
                                               : widget->accessibleName());
            const QRect box = boxOf(widget);
            if (!window.contains(box))
                problems << QStringLiteral("%1: %2 at %3,%4 %5x%6 is outside the window")
                                .arg(where, name)
                                .arg(box.x())
                                .arg(box.y())
                                .arg(box.width())
                                .arg(box.height());
            if (qobject_cast<QAbstractScrollArea *>(widget) || qobject_cast<QScrollBar *>(widget) ||
                qobject_cast<QHeaderView *>(widget) || qobject_cast<QAbstractButton *>(widget))
                problems
                    << QStringLiteral("%1: a control on the room's screen: %2").arg(where, name);
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                if (label->text().isEmpty())
                    continue;
                const int pixels = QFontInfo(label->font()).pixelSize();
                if (pixels < smallest)
                    problems << QStringLiteral("%1: %2 is %3 px, under %4 px")
                                    .arg(where, name)
                                    .arg(pixels)
                                    .arg(smallest);
                const NeededSpace needed = neededSpace(label);
                if (needed.height > label->height() || needed.width > label->width())
                    problems << QStringLiteral("%1: %2 needs %3x%4 but has %5x%6")
                                    .arg(where, name)
                                    .arg(needed.width)
                                    .arg(needed.height)
                                    .arg(label->width())
                                    .arg(label->height());
                if (!needed.brokenWord.isEmpty())
                    problems << QStringLiteral("%1: %2 breaks “%3” across lines")
                                    .arg(where, name, needed.brokenWord);
                if (auto *text = qobject_cast<SlideText *>(label)) {
                    const qreal contrast = TallyDelegate::contrast(
                        SlideText::color(text->palette(), text->tone()), background);
                    const qreal wanted = text->tone() == SlideText::Tone::Secondary ? 7.0 : 4.5;
                    if (contrast < wanted)
                        problems << QStringLiteral("%1: %2 has contrast %3:1, under %4:1")
                                        .arg(where, name)
                                        .arg(contrast, 0, 'f', 2)
                                        .arg(wanted);
                }
                placed.append({box, name});
            } else if (auto *countdown = qobject_cast<CountdownWidget *>(widget)) {
                // Its line of words is a tenth of its height; the digits at
                // least a quarter of the window's.
                if (countdown->height() < 10 * smallest)
                    problems << QStringLiteral("%1: the countdown's words would be under %2 px")
                                    .arg(where)
                                    .arg(smallest);
                if (countdown->digitFont().pixelSize() < m_presentation->height() / 4)
                    problems << QStringLiteral("%1: the countdown's digits are %2 px")
                                    .arg(where)
                                    .arg(countdown->digitFont().pixelSize());
                placed.append({box, name});
            } else if (qobject_cast<SlideBar *>(widget)) {
                placed.append({box, name});
            }
        }
        for (int i = 0; i < placed.size(); ++i) {
            for (int j = i + 1; j < placed.size(); ++j) {
                if (placed.at(i).first.intersects(placed.at(j).first))
                    problems << QStringLiteral("%1: %2 overlaps %3")
                                    .arg(where, placed.at(i).second, placed.at(j).second);
            }
        }
        return problems;
    }

    // Every page of the list on screen, checked.
    QStringList pagedSlideProblems(const QString &where, const QString &screenshot)
    {
        QStringList problems = slideProblems(where);
        Keyboard::saveScreenshot(m_presentation.get(), screenshot);
        SlideList *shown = m_presentation->currentList();
        int page = 1;
        while (shown && m_presentation->showNextPage()) {
            ++page;
            problems << slideProblems(QStringLiteral("%1, page %2").arg(where).arg(page));
            if (page == 2)
                Keyboard::saveScreenshot(m_presentation.get(), screenshot + QStringLiteral("-2"));
        }
        return problems;
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("slides-%1.sqlite").arg(++fileNumber));
        QVERIFY(Database::open(path).ok());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_history = std::make_unique<EditHistory>(m_store.get());
    }

    void cleanup()
    {
        m_presentation.reset();
        m_flow.reset();
        m_history.reset();
        m_store.reset();
        Database::close();
        Theme::apply(qApp, AppSettings::Theme::System, false);
    }

    void slidePointsScaleWithTheWindow()
    {
        using namespace SlideType;
        QCOMPARE(minimumPixels(pixelsPerPoint(QSize(1920, 1080), 1.0)), 48);
        QCOMPARE(minimumPixels(pixelsPerPoint(QSize(1280, 720), 1.0)), 32);
        QCOMPARE(minimumPixels(pixelsPerPoint(QSize(3840, 2160), 1.0)), 96);
        // A 4:3 projector is sized by its height too.
        QCOMPARE(minimumPixels(pixelsPerPoint(QSize(1024, 768), 1.0)), 34);
        // A window narrower than that by its width, so lines keep their words.
        QCOMPARE(minimumPixels(pixelsPerPoint(QSize(720, 1080), 1.0)), 24);
        // Zoom is the facilitator's choice, on top.
        QCOMPARE(minimumPixels(pixelsPerPoint(QSize(1920, 1080), 1.5)), 72);
    }

    void everyViewIsAReadableSlide_data()
    {
        QTest::addColumn<SessionKind>("kind");
        QTest::addColumn<Content>("content");
        QTest::newRow("pre-mortem, 17 concerns") << SessionKind::PreMortem << realistic;
        QTest::newRow("pre-mortem, 40 concerns of 300 characters")
            << SessionKind::PreMortem << full;
        QTest::newRow("post-mortem, 17 concerns") << SessionKind::PostMortem << realistic;
        QTest::newRow("post-mortem, 40 concerns of 300 characters")
            << SessionKind::PostMortem << full;
    }

    void everyViewIsAReadableSlide()
    {
        QFETCH(SessionKind, kind);
        QFETCH(Content, content);
        createSession(kind, content);
        const QString session = QStringLiteral("%1-%2")
                                    .arg(kind == SessionKind::PreMortem ? QStringLiteral("pre")
                                                                        : QStringLiteral("post"))
                                    .arg(content.concerns);
        QStringList problems;
        for (const auto &[theme, themeName] : themes) {
            Theme::apply(qApp, theme, false);
            for (const QSize &size : slideSizes) {
                showPresentation(size);
                for (Phase phase : roomPhases) {
                    showPhase(phase);
                    const QString view = Domain::phaseName(phase);
                    const QString where = QStringLiteral("%1 %2 %3x%4")
                                              .arg(view, themeName)
                                              .arg(size.width())
                                              .arg(size.height());
                    problems << pagedSlideProblems(where, QStringLiteral("slides-%1-%2x%3-%4-%5")
                                                              .arg(session)
                                                              .arg(size.width())
                                                              .arg(size.height())
                                                              .arg(themeName, view.toLower()));
                }
                // Back to the start for the next size.
                m_flow->setPhase(Phase::Setup);
                QTRY_COMPARE(m_presentation->shownPhase(), Phase::Setup);
            }
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void longListsPageAndSayWhereTheyAre()
    {
        createSession(SessionKind::PreMortem, Content{6, 40, 0, 0, 0});
        showPresentation(QSize(1920, 1080));
        showPhase(Phase::Ranked);
        SlideList *ranked = m_presentation->currentList();
        QVERIFY(ranked);
        QCOMPARE(ranked->count(), 38); // two were merged
        QVERIFY(ranked->isPaged());
        // The list is at the smallest readable size before it pages.
        QCOMPARE(ranked->bodyPixelSize(), 48);

        QStringList seen;
        int expectedFirst = 0;
        do {
            QCOMPARE(ranked->firstShown(), expectedFirst);
            const QString page = ranked->firstShown() == ranked->lastShown()
                                     ? QStringLiteral("%1 of 38").arg(ranked->firstShown() + 1)
                                     : QStringLiteral("%1–%2 of 38")
                                           .arg(ranked->firstShown() + 1)
                                           .arg(ranked->lastShown() + 1);
            QCOMPARE(ranked->pageText(), page);
            QVERIFY2(visibleText().contains(page), qPrintable(visibleText()));
            for (int i = ranked->firstShown(); i <= ranked->lastShown(); ++i) {
                QVERIFY2(visibleText().contains(ranked->items().at(i).text),
                         qPrintable(ranked->items().at(i).text));
                seen.append(ranked->items().at(i).text);
            }
            expectedFirst = ranked->lastShown() + 1;
        } while (m_presentation->showNextPage());
        QCOMPARE(ranked->lastShown(), 37);
        QVERIFY(ranked->pageText().endsWith(QStringLiteral("38 of 38")));
        QCOMPARE(seen.size(), 38);
        QVERIFY(!m_presentation->showNextPage());

        // Back one page: the same entries as on the way there.
        const int lastFirst = ranked->firstShown();
        QVERIFY(m_presentation->showPreviousPage());
        QCOMPARE(ranked->lastShown(), lastFirst - 1);
        // A view shown again starts at its first page.
        showPhase(Phase::Discussion);
        showPhase(Phase::Ranked);
        QCOMPARE(ranked->firstShown(), 0);
    }

    void shortListsGrowToFillTheSlide()
    {
        createSession(SessionKind::PreMortem, Content{6, 3, 2, 0, 0});
        showPresentation(QSize(1920, 1080));
        showPhase(Phase::Ranked);
        SlideList *ranked = m_presentation->currentList();
        QVERIFY(!ranked->isPaged());
        QVERIFY(ranked->pageText().isEmpty());
        // 32 slide points: larger than the smallest, since there is room.
        QCOMPARE(ranked->bodyPixelSize(), 64);
        QVERIFY(!visibleText().contains(QStringLiteral(" of ")));
        // At 720 lines everything is two thirds as large.
        showPresentation(QSize(1280, 720));
        QCOMPARE(ranked->bodyPixelSize(), 43);
    }

    void emptyViewsSayWhatIsMissing()
    {
        createSession(SessionKind::PreMortem, Content{4, 0, 0, 0, 0});
        showPresentation(QSize(1280, 720));
        const QList<std::pair<Phase, QString>> expected{
            {Phase::Sharing, QStringLiteral("No concerns yet")},
            {Phase::Ranked, QStringLiteral("No concerns yet")},
            {Phase::Discussion, QStringLiteral("No concerns yet")},
            {Phase::Actions, QStringLiteral("No actions yet")}};
        for (const auto &[phase, words] : expected) {
            showPhase(phase);
            QVERIFY2(visibleText().contains(words),
                     qPrintable(Domain::phaseName(phase) + QStringLiteral(": ") + visibleText()));
            const QStringList problems = slideProblems(Domain::phaseName(phase));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

    void newestConcernIsMarkedJustShared()
    {
        createSession(SessionKind::PreMortem, Content{3, 0, 0, 0, 0});
        showPresentation(QSize(1920, 1080));
        m_flow->setPhase(Phase::Sharing);
        QTRY_COMPARE(m_presentation->shownPhase(), Phase::Sharing);
        QCOMPARE(m_flow->recordConcern(QStringLiteral("Nobody owns the rollback"), 1,
                                       ConcernCategory::None),
                 QString());
        QTRY_VERIFY(visibleText().contains(QStringLiteral("Nobody owns the rollback")));
        QLabel *banner = nullptr;
        QLabel *justShared = nullptr;
        QLabel *concern = nullptr;
        for (QLabel *label : visibleLabels()) {
            if (label->text().startsWith(QStringLiteral("Now: Lee")))
                banner = label;
            else if (label->text() == QStringLiteral("Just shared"))
                justShared = label;
            else if (label->text() == QStringLiteral("Nobody owns the rollback"))
                concern = label;
        }
        QVERIFY2(banner && justShared && concern, qPrintable(visibleText()));
        // Read top to bottom: whose turn, then what was just shared.
        QVERIFY(boxOf(banner).bottom() < boxOf(justShared).top());
        QVERIFY(boxOf(justShared).bottom() < boxOf(concern).top());
        QVERIFY(visibleText().contains(QStringLiteral("2 people wrote this")));
        // Blameless: who said it stays off the screen.
        QVERIFY(!visibleText().contains(QStringLiteral("Dana")));

        m_flow->setField(SessionField::AttributeConcerns, true);
        QTRY_VERIFY(visibleText().contains(QStringLiteral("Just shared by Dana")));
    }

    void tallyNeverExceedsThePeoplePresent()
    {
        createSession(SessionKind::PreMortem, Content{3, 0, 0, 0, 0});
        // Everyone wrote both, and they were merged: six hands, three people.
        const qint64 other =
            record(QStringLiteral("We ship on a Friday"), 0, 2, ConcernCategory::None);
        const qint64 first =
            record(QStringLiteral("Nobody owns the rollback"), 2, 0, ConcernCategory::None);
        const qint64 second =
            record(QStringLiteral("The rollback has no owner"), 2, 1, ConcernCategory::None);
        QVERIFY(first > 0 && second > 0 && other > 0);
        QVERIFY(m_flow->concerns()->merge(second, first));
        QCOMPARE(m_flow->concerns()->tally(first), 6);
        showPresentation(QSize(1920, 1080));

        showPhase(Phase::Sharing);
        // The newest, merged into the first: the tally of both, as people.
        QVERIFY2(visibleText().contains(QStringLiteral("The rollback has no owner")),
                 qPrintable(visibleText()));
        QVERIFY2(visibleText().contains(QStringLiteral("3 people wrote this · duplicates merged")),
                 qPrintable(visibleText()));

        showPhase(Phase::Ranked);
        SlideList *ranked = m_presentation->currentList();
        QCOMPARE(ranked->items().at(0).text, QStringLiteral("Nobody owns the rollback"));
        QCOMPARE(ranked->items().at(0).tally, 3);
        QVERIFY(ranked->items().at(0).detail.contains(QStringLiteral("duplicates merged")));
        QCOMPARE(ranked->items().at(1).tally, 1);
        QVERIFY(!visibleText().contains(QStringLiteral("6")));

        showPhase(Phase::Discussion);
        QVERIFY2(visibleText().contains(QStringLiteral("3 people wrote this · duplicates merged")),
                 qPrintable(visibleText()));

        // Merged within what the room can hold: the sum stands, and says so.
        QVERIFY(m_store->setConcernField(second, ConcernField::MergedInto, qint64(0)));
        QVERIFY(m_store->setConcernField(first, ConcernField::Hands, 0));
        QVERIFY(m_store->setConcernField(second, ConcernField::Hands, 1));
        QVERIFY(m_flow->concerns()->merge(second, first));
        showPhase(Phase::Ranked);
        QTRY_COMPARE(ranked->items().at(0).tally, 3);
        QVERIFY(ranked->items().at(0).detail.contains(QStringLiteral("duplicates merged")));
    }

    void editsAndPagesMeasureOnlyWhatChanged()
    {
        createSession(SessionKind::PreMortem, Content{6, 40, 0, 0, 0});
        showPresentation(QSize(1920, 1080));
        showPhase(Phase::Ranked);
        SlideList *ranked = m_presentation->currentList();
        QVERIFY(ranked->isPaged());
        const int shownOnFirstPage = ranked->lastShown() - ranked->firstShown() + 1;
        // Finding the size tries each size on about a page of entries.
        QVERIFY2(ranked->measurements() <= 6 * (shownOnFirstPage + 2),
                 qPrintable(QString::number(ranked->measurements())));

        // One edited concern: that one entry is measured again, at each size
        // tried, and nothing else.
        int before = ranked->measurements();
        const qint64 edited = m_flow->concerns()->concerns().at(10).id;
        QVERIFY(m_store->setConcernSummary(edited, QStringLiteral("Nobody rehearsed the cutover")));
        const auto listed = [ranked](const QString &text) {
            return std::any_of(ranked->items().cbegin(), ranked->items().cend(),
                               [&](const SlideItem &item) { return item.text == text; });
        };
        QTRY_VERIFY(listed(QStringLiteral("Nobody rehearsed the cutover")));
        QCoreApplication::processEvents();
        QVERIFY2(ranked->measurements() - before <= 5,
                 qPrintable(QString::number(ranked->measurements() - before)));

        // The next page measures its own entries only; coming back, none.
        before = ranked->measurements();
        QVERIFY(m_presentation->showNextPage());
        const int shownOnSecondPage = ranked->lastShown() - ranked->firstShown() + 1;
        QVERIFY(ranked->measurements() - before <= shownOnSecondPage + 1);
        before = ranked->measurements();
        QVERIFY(m_presentation->showPreviousPage());
        QVERIFY(m_presentation->showNextPage());
        QCOMPARE(ranked->measurements(), before);

        // While the room watches sharing, recording concerns leaves the
        // ranked list alone: it catches up when it is shown.
        showPhase(Phase::Sharing);
        before = ranked->measurements();
        const int count = ranked->count();
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(
                m_flow->recordConcern(QStringLiteral("Shared while the room watches %1").arg(i), 0,
                                      ConcernCategory::None),
                QString());
            QTRY_VERIFY(
                visibleText().contains(QStringLiteral("Shared while the room watches %1").arg(i)));
        }
        QCOMPARE(ranked->measurements(), before);
        QCOMPARE(ranked->count(), count);
        showPhase(Phase::Ranked);
        QCOMPARE(ranked->count(), count + 5);
    }
};

QTEST_MAIN(TestPresentationSlides)
#include "tst_presentationslides.moc"
