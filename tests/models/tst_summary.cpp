#include "database.h"
#include "outputfile.h"
#include "store.h"
#include "summarydocument.h"
#include "summaryexport.h"
#include "testdatabase.h"
#include "textorder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The session summary: what it says, in which order, in every output, and
// that it names nobody next to a concern unless the session chose so.
class TestSummary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    const QDateTime m_start{QDate(2026, 3, 2), QTime(9, 0), Qt::UTC};
    const QStringList m_speakers{QStringLiteral("Dana"), QStringLiteral("Lee"),
                                 QStringLiteral("Ravi")};
    // Text no speaker's name may appear in, for a fixture.
    const QString m_trickyAction =
        QStringLiteral("Test \"big\" loads, twice\nthen report 🚀 שלום עולם");

    qint64 person(qint64 sessionId, const QString &name, const QString &role, bool present = true)
    {
        Participant participant;
        participant.sessionId = sessionId;
        participant.name = name;
        participant.role = role;
        participant.present = present;
        return m_store->addParticipant(participant);
    }

    qint64 concern(qint64 sessionId, int position, const QString &summary, qint64 speakerId,
                   int hands, ConcernCategory category = ConcernCategory::None)
    {
        Concern concern;
        concern.sessionId = sessionId;
        concern.position = position;
        concern.summary = summary;
        concern.speakerId = speakerId;
        concern.handsRaised = hands;
        concern.category = category;
        return m_store->recordConcern(concern, TurnState());
    }

    qint64 action(qint64 sessionId, const QString &text, qint64 concernId, const QString &owner,
                  const QDate &due, ActionStatus status, bool rightAway)
    {
        ActionItem item;
        item.sessionId = sessionId;
        item.text = text;
        item.concernId = concernId;
        item.owner = owner;
        item.dueDate = due;
        item.status = status;
        item.rightAway = rightAway;
        return m_store->addAction(item);
    }

    void why(qint64 concernId, const QString &question, const QString &answer)
    {
        Why why;
        why.concernId = concernId;
        why.question = question;
        why.answer = answer;
        QVERIFY(m_store->addWhy(why) > 0);
    }

    qint64 preMortem(bool attribute)
    {
        const qint64 id =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch of Atlas"));
        m_store->setSessionField(id, SessionField::AttributeConcerns, attribute);
        m_store->setSessionField(id, SessionField::Scene, QStringLiteral("It is a month later."));
        const qint64 dana = person(id, QStringLiteral("Dana"), QStringLiteral("Engineer"));
        const qint64 lee = person(id, QStringLiteral("Lee"), QStringLiteral("PM"));
        person(id, QStringLiteral("Sam"), QStringLiteral("Designer"), false);
        const qint64 ravi = person(id, QStringLiteral("Ravi"), QString());
        m_store->setPhase(id, Phase::Writing, m_start);

        const qint64 locks = concern(id, 1, QStringLiteral("Migration locks tables"), dana, 1);
        const qint64 rollback = concern(id, 2, QStringLiteral("Nobody owns the rollback"), lee, 3);
        const qint64 duplicate = concern(id, 3, QStringLiteral("Rollback has no owner"), ravi, 0);
        concern(id, 4, QStringLiteral("Load test skipped"), dana, 1);
        m_store->setConcernMergedInto(duplicate, rollback);

        m_store->setConcernDiscussion(rollback, DiscussionField::Notes,
                                      QStringLiteral("Agreed a captain is needed"));
        m_store->setConcernDiscussion(rollback, DiscussionField::Mitigations,
                                      QStringLiteral("Rehearse the rollback"));
        why(rollback, QStringLiteral("Why no owner?"), QStringLiteral("Roles unclear"));
        why(rollback, QStringLiteral("Why unclear?"), QStringLiteral("No release checklist"));
        m_store->setConcernDiscussion(locks, DiscussionField::RootCause,
                                      QStringLiteral("Schema changes are not reviewed"));

        action(id, QStringLiteral("Name a rollback captain"), rollback,
               QStringLiteral("Release desk"), QDate(2026, 3, 10), ActionStatus::Open, true);
        action(id, m_trickyAction, locks, QStringLiteral("Platform, \"core\" team"), QDate(),
               ActionStatus::InProgress, false);
        m_store->setPhase(id, Phase::Summary, m_start.addSecs(47 * 60));
        return id;
    }

    qint64 postMortem(bool attribute)
    {
        const qint64 earlier =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("Earlier planning"));
        const qint64 earlierAction =
            action(earlier, QStringLiteral("Write the runbook"), 0, QStringLiteral("Ops"),
                   QDate(2026, 2, 1), ActionStatus::Open, false);

        // Held as the next session of the earlier one, so it reviews it.
        const qint64 id = m_store->duplicateSession(earlier, QStringLiteral("Outage review"));
        m_store->setSessionField(id, SessionField::Kind, int(SessionKind::PostMortem));
        m_store->setSessionField(id, SessionField::AttributeConcerns, attribute);
        m_store->setSessionField(id, SessionField::IncidentWhat,
                                 QStringLiteral("Checkout was down"));
        m_store->setSessionField(id, SessionField::IncidentImpact,
                                 QStringLiteral("40 minutes of lost orders"));
        const qint64 dana = person(id, QStringLiteral("Dana"), QStringLiteral("SRE"));
        const qint64 lee = person(id, QStringLiteral("Lee"), QString());
        const qint64 ravi = person(id, QStringLiteral("Ravi"), QString());
        m_store->setPhase(id, Phase::Writing, m_start);

        TimelineEntry entry;
        entry.sessionId = id;
        entry.happenedAt = QStringLiteral("14:02");
        entry.description = QStringLiteral("Alert fired");
        m_store->addTimelineEntry(entry);
        entry.happenedAt = QStringLiteral("14:40");
        entry.description = QStringLiteral("Rolled back");
        m_store->addTimelineEntry(entry);

        concern(id, 1, QStringLiteral("Alerts were fast"), dana, 2, ConcernCategory::WentWell);
        const qint64 paging = concern(id, 2, QStringLiteral("Paging went to a stale rota"), lee, 1,
                                      ConcernCategory::LetUsDown);
        concern(id, 3, QStringLiteral("Backup happened to be fresh"), ravi, 0,
                ConcernCategory::GotLucky);
        concern(id, 4, QStringLiteral("Deploys lack a canary"), ravi, 2,
                ConcernCategory::LetUsDown);
        concern(id, 5, QStringLiteral("Coffee ran out"), dana, 0);
        m_store->setConcernDiscussion(paging, DiscussionField::Avoidance,
                                      QStringLiteral("Sync the rota weekly"));
        action(id, QStringLiteral("Automate the rota sync"), paging, QStringLiteral("On-call lead"),
               QDate(2026, 3, 20), ActionStatus::Open, true);
        m_store->setReview(id, earlierAction, ReviewOutcome::Done, ActionStatus::Done);
        return id;
    }

    SummaryData load(qint64 id)
    {
        const std::optional<SummaryData> data =
            SummaryData::load(*m_store, id, m_start.addSecs(47 * 60));
        if (!data)
            qFatal("no such session");
        return *data;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString plainText(const SummaryData &data)
    {
        return SummaryDocument::build(data, QLocale::c())->toPlainText();
    }

    static void verifyOrder(const QString &text, const QStringList &needles)
    {
        const QString problem = textOrderProblem(text, needles);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void verifyNoSpeaker(const QString &text, const QString &where)
    {
        for (const QString &name : m_speakers)
            QVERIFY2(!text.contains(name), qPrintable(where + QStringLiteral(" names ") + name));
    }

    // RFC 4180 read back: quoted fields, doubled quotes, CRLF records.
    static QVector<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
    {
        *ok = bytes.startsWith("\xEF\xBB\xBF") && bytes.endsWith("\r\n");
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVector<QStringList> records;
        QStringList record;
        QString field;
        bool quoted = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() &&
                    text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"') && field.isEmpty()) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                record.append(field);
                field.clear();
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                       text.at(i + 1) == QLatin1Char('\n')) {
                record.append(field);
                records.append(record);
                record.clear();
                field.clear();
                ++i;
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                *ok = false; // bare quote or line end outside quotes
                field += c;
            } else {
                field += c;
            }
        }
        *ok = *ok && !quoted && field.isEmpty() && record.isEmpty();
        return records;
    }

private slots:
    void init()
    {
        m_database = std::make_unique<TestDatabase>();
        const Database::OpenResult opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
    }

    void cleanup()
    {
        m_store.reset();
        Database::close();
        m_database.reset();
    }

    void unknownSessionGivesNoDocument()
    {
        QVERIFY(!SummaryDocument::build(*m_store, 4242));
        QVERIFY(!SummaryData::load(*m_store, 4242));
    }

    void preMortemHasEverySectionInOrder()
    {
        const SummaryData data = load(preMortem(false));
        const QString text = plainText(data);
        verifyOrder(text, {QStringLiteral("Launch of Atlas"), QStringLiteral("Pre-mortem"),
                           QStringLiteral("47 min of 60 min planned"), QStringLiteral("Attendees"),
                           QStringLiteral("Dana, Engineer"), QStringLiteral("Lee, PM"),
                           QStringLiteral("Sam, Designer (absent)"), QStringLiteral("Ravi"),
                           QStringLiteral("Scene"), QStringLiteral("It is a month later."),
                           QStringLiteral("Concerns"),
                           // ranked: 5 (with the merged duplicate), then the tie in sharing order
                           QStringLiteral("Nobody owns the rollback"),
                           QStringLiteral("Also written as: Rollback has no owner"),
                           QStringLiteral("■■■■■  5 people"),
                           QStringLiteral("Migration locks tables"), QStringLiteral("■■  2 people"),
                           QStringLiteral("Load test skipped"), QStringLiteral("■■  2 people"),
                           QStringLiteral("Discussion"), QStringLiteral("Agreed a captain"),
                           QStringLiteral("Why no owner?"), QStringLiteral("Root cause"),
                           // no root cause typed: the last answer stands for it
                           QStringLiteral("No release checklist"),
                           QStringLiteral("Rehearse the rollback"),
                           QStringLiteral("Schema changes are not reviewed"),
                           QStringLiteral("Actions"), QStringLiteral("Name a rollback captain"),
                           QStringLiteral("Right away · Owner: Release desk · Due: "),
                           QStringLiteral("Test \"big\" loads"), QStringLiteral("In progress")});
        QVERIFY(!text.contains(QStringLiteral("■■■■■■")));
        QVERIFY(!text.contains(QStringLiteral("Review of earlier actions")));
        QVERIFY(!text.contains(QStringLiteral("Incident")));
    }

    void namesTheTeamUnderTheTitle()
    {
        const qint64 id = preMortem(false);
        const qint64 team = m_store->sessionDetails(id)->teamId;
        QVERIFY(m_store->renameTeam(team, QStringLiteral("Checkout <crew>")));
        const SummaryData data = load(id);
        verifyOrder(plainText(data), {QStringLiteral("Launch of Atlas"),
                                      QStringLiteral("Pre-mortem · Team: Checkout <crew> · "),
                                      QStringLiteral("Length: ")});
        // The exports say it as the document does; typed text stays text.
        const QString markdown = SummaryExport::toMarkdown(data, QLocale::c());
        QVERIFY2(markdown.contains(QStringLiteral("\nPre-mortem · Team: Checkout \\<crew\\> · ")),
                 qPrintable(markdown));
        QVERIFY(SummaryExport::toHtml(data, QLocale::c())
                    .contains(QStringLiteral("Team: Checkout &lt;crew&gt;")));
    }

    void lengthEndsWhenTheSummaryIsFirstReached()
    {
        const qint64 id = preMortem(false); // reached its summary at 47 min
        // The summary was only a look: the session went on and reached it
        // again at 75 min, the real end.
        m_store->setPhase(id, Phase::Actions, m_start.addSecs(50 * 60));
        m_store->setPhase(id, Phase::Summary, m_start.addSecs(75 * 60));
        // Days later someone tidies the actions and looks again: the
        // length stays.
        m_store->setPhase(id, Phase::Actions, m_start.addDays(3));
        m_store->setPhase(id, Phase::Summary, m_start.addDays(3));
        const std::optional<SummaryData> later =
            SummaryData::load(*m_store, id, m_start.addDays(4));
        QVERIFY(later);
        QCOMPARE(SummaryDocument::lengthText(*later), QStringLiteral("75 min of 60 min planned"));
        // A session still running counts to now.
        const SummaryData running = load(postMortem(false));
        QCOMPARE(SummaryDocument::lengthText(running),
                 QStringLiteral("47 min so far of 60 min planned"));
    }

    // Whether a concern was discussed is in the record: the summary and
    // every export say so, even for one discussed without notes.
    void discussedConcernsSaySo()
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        const qint64 talkedAbout = concern(id, 1, QStringLiteral("Late review"), 0, 2);
        concern(id, 2, QStringLiteral("No owner"), 0, 0);
        m_store->setConcernField(talkedAbout, ConcernField::Discussed, true);
        const SummaryData data = load(id);
        const QString text = plainText(data);
        QVERIFY2(text.contains(QStringLiteral("Written by 3 people · Discussed")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("No owner\nWritten by")));
        const QString markdown = SummaryExport::toMarkdown(data, QLocale::c());
        QVERIFY2(markdown.contains(QStringLiteral("Discussed")), qPrintable(markdown));
        QVERIFY(SummaryExport::toHtml(data, QLocale::c()).contains(QStringLiteral("Discussed")));
    }

    void notStartedSaysSo()
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Later"));
        const QString text = plainText(load(id));
        QVERIFY2(text.contains(QStringLiteral("Not started (planned 60 min)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("No concerns were shared.")));
    }

    void postMortemGroupsByCategoryWithTimelineAndReview()
    {
        const SummaryData data = load(postMortem(false));
        const QString text = plainText(data);
        verifyOrder(text, {QStringLiteral("Outage review"),
                           QStringLiteral("Post-mortem"),
                           QStringLiteral("Attendees"),
                           QStringLiteral("Incident"),
                           QStringLiteral("Checkout was down"),
                           QStringLiteral("40 minutes of lost"),
                           QStringLiteral("Timeline"),
                           QStringLiteral("14:02"),
                           QStringLiteral("Alert fired"),
                           QStringLiteral("14:40"),
                           QStringLiteral("Concerns"),
                           QStringLiteral("Went well"),
                           QStringLiteral("Alerts were fast"),
                           QStringLiteral("Let us down"),
                           QStringLiteral("Deploys lack a canary"),
                           QStringLiteral("Paging went to a stale rota"),
                           QStringLiteral("Got lucky"),
                           QStringLiteral("Backup happened to be fresh"),
                           QStringLiteral("No category"),
                           QStringLiteral("Coffee ran out"),
                           QStringLiteral("Discussion"),
                           QStringLiteral("What let this happen"),
                           QStringLiteral("Sync the rota"),
                           QStringLiteral("Actions"),
                           QStringLiteral("Automate the rota sync"),
                           QStringLiteral("#3 Paging went to a stale rota"),
                           QStringLiteral("Review of earlier actions"),
                           QStringLiteral("Write the runbook"),
                           QStringLiteral("Earlier planning"),
                           QStringLiteral("Done")});
        QVERIFY(!text.contains(QStringLiteral("Scene\n")));
    }

    void blamelessByDefault_data()
    {
        QTest::addColumn<bool>("postMortem");
        QTest::newRow("pre-mortem") << false;
        QTest::newRow("post-mortem") << true;
    }

    void blamelessByDefault()
    {
        QFETCH(bool, postMortem);
        const SummaryData data = load(postMortem ? this->postMortem(false) : preMortem(false));
        // Names are allowed in the attendee list only: look at what follows it.
        const QString afterAttendees =
            postMortem ? QStringLiteral("Incident") : QStringLiteral("Scene");

        const QString text = plainText(data);
        QVERIFY(text.contains(QStringLiteral("Dana")));
        verifyNoSpeaker(text.mid(text.indexOf(afterAttendees)), QStringLiteral("text"));

        const QString markdown = SummaryExport::toMarkdown(data, QLocale::c());
        QVERIFY(markdown.contains(QStringLiteral("Dana")));
        verifyNoSpeaker(markdown.mid(markdown.indexOf(QStringLiteral("## ") + afterAttendees)),
                        QStringLiteral("Markdown"));

        const QString html = SummaryExport::toHtml(data, QLocale::c());
        QVERIFY(html.contains(QStringLiteral("Dana")));
        verifyNoSpeaker(html.mid(html.indexOf(afterAttendees + QLatin1Char('<'))),
                        QStringLiteral("HTML"));

        verifyNoSpeaker(QString::fromUtf8(SummaryExport::actionsCsv(data)), QStringLiteral("CSV"));
    }

    void attributionWhenTheSessionChoseIt()
    {
        const SummaryData data = load(preMortem(true));
        const QString text = plainText(data);
        const QString concerns = text.mid(text.indexOf(QStringLiteral("Concerns")));
        QVERIFY2(concerns.contains(QStringLiteral("Nobody owns the rollback (shared by Lee)")),
                 qPrintable(concerns));
        QVERIFY(concerns.contains(QStringLiteral("Rollback has no owner (shared by Ravi)")));
        QVERIFY(concerns.contains(QStringLiteral("Migration locks tables (shared by Dana)")));
        const QString markdown = SummaryExport::toMarkdown(data, QLocale::c());
        QVERIFY(markdown.contains(QStringLiteral("(shared by Lee)")));
        QVERIFY(
            SummaryExport::toHtml(data, QLocale::c()).contains(QStringLiteral("shared by Lee")));
    }

    void markdownHasHeadingsListsAndATable()
    {
        const QString markdown = SummaryExport::toMarkdown(load(preMortem(false)), QLocale::c());
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("# Launch of Atlas")));
        QVERIFY(lines.contains(QStringLiteral("## Attendees")));
        QVERIFY(lines.contains(QStringLiteral("- Dana, Engineer")));
        QVERIFY(lines.contains(QStringLiteral("- Sam, Designer (absent)")));
        QVERIFY(lines.contains(QStringLiteral("## Actions")));
        QVERIFY(
            markdown.contains(QStringLiteral("\n1. Nobody owns the rollback — 5 people ■■■■■\n")));
        QVERIFY(
            markdown.contains(QStringLiteral("\n   - Also written as: Rollback has no owner\n")));
        const int header = int(lines.indexOf(
            QStringLiteral("| Rank | Action | Concern | Owner | Due | Status | Right away |")));
        QVERIFY2(header > 0, qPrintable(markdown));
        QCOMPARE(lines.at(header + 1),
                 QStringLiteral("| --- | --- | --- | --- | --- | --- | --- |"));
        QVERIFY(lines.at(header + 2).startsWith(QStringLiteral("| 1 | Name a rollback captain |")));
        // A line break in a cell must not end the row.
        QVERIFY(
            lines.at(header + 3).startsWith(QStringLiteral("| 2 | Test \"big\" loads, twice<br>")));
        QVERIFY(lines.at(header + 3).endsWith(QStringLiteral(" |")));
    }

    void markdownShowsTypedMarkupAsText()
    {
        const qint64 id =
            m_store->createSession(SessionKind::PreMortem, QStringLiteral("- not a list"));
        m_store->setSessionField(id, SessionField::Scene,
                                 QStringLiteral("1. not numbered\n=== not a heading\n"
                                                "&copy; not an entity <b>not bold</b>"));
        const QString markdown = SummaryExport::toMarkdown(load(id), QLocale::c());
        QVERIFY2(markdown.startsWith(QStringLiteral("# \\- not a list\n")), qPrintable(markdown));
        QVERIFY2(markdown.contains(QStringLiteral("1\\. not numbered  \n"
                                                  "   \\=== not a heading  \n"
                                                  "   \\&copy; not an entity "
                                                  "\\<b\\>not bold\\</b\\>\n")),
                 qPrintable(markdown));
    }

    void markdownKeepsRanksInCategoryGroups()
    {
        // An ordered list would renumber 2, 3 as 1, 2 under each category.
        const QString markdown = SummaryExport::toMarkdown(load(postMortem(false)), QLocale::c());
        verifyOrder(markdown, {QStringLiteral("\n### Let us down\n\n"),
                               QStringLiteral("- 2\\. Deploys lack a canary — 3 people ■■■\n"),
                               QStringLiteral("- 3\\. Paging went to a stale rota — 2 people ■■\n"),
                               QStringLiteral("\n## Actions\n")});
        QVERIFY(markdown.contains(QStringLiteral("\n| When | What happened |\n| --- | --- |\n")));
    }

    void csvReadsBack()
    {
        const QByteArray csv = SummaryExport::actionsCsv(load(preMortem(false)));
        bool ok = false;
        const QVector<QStringList> records = parseCsv(csv, &ok);
        QVERIFY2(ok, csv.constData());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0), (QStringList{QStringLiteral("rank"), QStringLiteral("action"),
                                             QStringLiteral("concern"), QStringLiteral("owner"),
                                             QStringLiteral("due"), QStringLiteral("status"),
                                             QStringLiteral("right away")}));
        QCOMPARE(records.at(1),
                 (QStringList{QStringLiteral("1"), QStringLiteral("Name a rollback captain"),
                              QStringLiteral("#1 Nobody owns the rollback"),
                              QStringLiteral("Release desk"), QStringLiteral("2026-03-10"),
                              QStringLiteral("open"), QStringLiteral("yes")}));
        QCOMPARE(records.at(2).size(), 7);
        QCOMPARE(records.at(2).at(1), m_trickyAction);
        QCOMPARE(records.at(2).at(3), QStringLiteral("Platform, \"core\" team"));
        QCOMPARE(records.at(2).at(4), QString());
        QCOMPARE(records.at(2).at(6), QStringLiteral("no"));
    }

    void csvDefusesFormulas()
    {
        // A spreadsheet runs a cell that starts with one of these as a
        // formula; a leading apostrophe makes it text (OWASP).
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        const QStringList typed = {QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                   QStringLiteral("+1"),
                                   QStringLiteral("-1+2"),
                                   QStringLiteral("@SUM(A1)"),
                                   QStringLiteral("\tIndented"),
                                   QStringLiteral("\rReturned"),
                                   QStringLiteral("Plan B - later")};
        for (const QString &text : typed)
            action(id, text, 0, text, QDate(), ActionStatus::Open, false);
        bool ok = false;
        const QVector<QStringList> records = parseCsv(SummaryExport::actionsCsv(load(id)), &ok);
        QVERIFY(ok);
        QCOMPARE(records.size(), typed.size() + 1);
        for (int i = 0; i < typed.size(); ++i) {
            const QString expected = i < 6 ? QLatin1Char('\'') + typed.at(i) : typed.at(i);
            QCOMPARE(records.at(i + 1).at(1), expected);
            QCOMPARE(records.at(i + 1).at(3), expected);
        }
    }

    void htmlTitleIsText()
    {
        const QString title = QStringLiteral("</title><script>alert(1)</script>");
        const qint64 id = m_store->createSession(SessionKind::PreMortem, title);
        const QString html = SummaryExport::toHtml(load(id), QLocale::c());
        QVERIFY2(!html.contains(QLatin1String("<script>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<title>") + title.toHtmlEscaped() +
                               QStringLiteral("</title>")),
                 qPrintable(html));
    }

    void exportNeverReplacesTheOpenDatabase()
    {
        if (TestDatabase::onPostgresql())
            QSKIP("About the database file; a server database is no file to replace");
        const QString database = m_database->location().filePath();
        const QByteArray before = fileBytes(database);
        const SummaryData data = load(preMortem(false));
        for (SummaryExport::Format format : SummaryExport::formats()) {
            // Laying out a PDF needs fonts, which this test does without;
            // tst_hostile covers PDF through the command line.
            if (format == SummaryExport::Format::Pdf)
                continue;
            QString error;
            QVERIFY(!SummaryExport::write(data, format, database, QPageSize(QPageSize::A4),
                                          QLocale::c(), &error));
            QVERIFY2(error.contains(database), qPrintable(error));
        }
        QCOMPARE(fileBytes(database), before);
        // Still the database, still taking edits.
        QVERIFY(m_store->createSession(SessionKind::PostMortem, QStringLiteral("Next")) > 0);
    }

    void odtIsAZip()
    {
        const auto document = SummaryDocument::build(load(postMortem(false)), QLocale::c());
        const QString path = m_dir.filePath(QStringLiteral("summary.odt"));
        QString error;
        QVERIFY2(SummaryExport::writeOdt(*document, path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 100);
        QVERIFY(bytes.startsWith("PK"));
    }

    void existingFileIsReplacedOnlyOnSuccess()
    {
        const QString path = m_dir.filePath(QStringLiteral("summary.md"));
        QString error;
        QVERIFY(OutputFile::write(path, "old", &error));
        QVERIFY(OutputFile::write(path, "new", &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("new"));
    }

    void unwritablePathFailsAndLeavesFilesAlone()
    {
        // A path under a regular file can never be created.
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(OutputFile::write(blocker, "keep me"));
        const auto document = SummaryDocument::build(load(preMortem(false)), QLocale::c());

        QString error;
        QVERIFY(!SummaryExport::writeOdt(*document, blocker + QStringLiteral("/out.odt"), &error));
        QVERIFY(error.contains(QStringLiteral("out.odt")));
        error.clear();
        QVERIFY(!OutputFile::write(blocker + QStringLiteral("/out.csv"), "x", &error));
        QVERIFY(!error.isEmpty());

        QFile file(blocker);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void defaultFileNameIsSafe()
    {
        const qint64 id = m_store->createSession(SessionKind::PreMortem, QStringLiteral("A/B: C?"));
        m_store->setPhase(id, Phase::Writing, m_start);
        QCOMPARE(SummaryExport::defaultFileName(load(id), QStringLiteral("pdf")),
                 QStringLiteral("2026-03-02 A-B- C-.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
