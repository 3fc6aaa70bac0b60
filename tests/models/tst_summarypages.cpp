#include "summarydocument.h"
#include "summarypages.h"
#include "textorder.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// The printed summary, read back from the PDF the way a reader sees it:
// every page headed and numbered, sections in order, no table row cut in
// two, every script intact, on A4 and on US Letter.
class TestSummaryPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Participant participant(qint64 id, const QString &name, const QString &role = {})
    {
        Participant person;
        person.id = id;
        person.name = name;
        person.role = role;
        return person;
    }

    static SummaryData::RankedConcern ranked(qint64 id, int rank, const QString &summary, int tally,
                                             qint64 speakerId = 1)
    {
        SummaryData::RankedConcern item;
        item.rank = rank;
        item.tally = tally;
        item.concern.id = id;
        item.concern.summary = summary;
        item.concern.speakerId = speakerId;
        item.concern.position = rank;
        return item;
    }

    static ActionItem action(qint64 id, int rank, const QString &text, const QString &owner,
                             qint64 concernId = 0)
    {
        ActionItem item;
        item.id = id;
        item.rank = rank;
        item.text = text;
        item.owner = owner;
        item.concernId = concernId;
        item.dueDate = QDate(2026, 4, 1).addDays(rank);
        return item;
    }

    static SummaryData session(const QString &title)
    {
        SummaryData data;
        data.session.id = 1;
        data.session.kind = SessionKind::PreMortem;
        data.session.title = title;
        data.session.plannedMinutes = 90;
        data.session.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        data.session.scene = QStringLiteral("It is a month after launch and it went badly.");
        data.createdAt = data.session.startedAt;
        data.now = data.session.startedAt.addSecs(75 * 60);
        data.participants = {participant(1, QStringLiteral("Dana"), QStringLiteral("Engineer")),
                             participant(2, QStringLiteral("Lee"), QStringLiteral("PM"))};
        return data;
    }

    // A session the size of a long afternoon: every concern wraps over
    // several lines and carries markers at both ends, as does every action.
    static SummaryData large(int concerns, int actions)
    {
        SummaryData data = session(QStringLiteral("Large planning round"));
        const QString filler =
            QStringLiteral("the rollout plan depends on a vendor whose support hours do not "
                           "overlap with ours and nobody has checked the contract terms");
        for (int i = 1; i <= concerns; ++i) {
            data.concerns.append(ranked(i, i,
                                        QStringLiteral("C%1start %2 C%1end")
                                            .arg(i, 3, 10, QLatin1Char('0'))
                                            .arg(filler.left(40 + (i * 37) % 100)),
                                        qMax(1, 40 - i / 5)));
        }
        for (int i = 1; i <= actions; ++i) {
            data.actions.append(action(i, i,
                                       QStringLiteral("A%1start %2 A%1end")
                                           .arg(i, 3, 10, QLatin1Char('0'))
                                           .arg(filler.left(30 + (i * 53) % 110)),
                                       QStringLiteral("Owner%1").arg(i), (i % concerns) + 1));
        }
        return data;
    }

    QString writePdf(const SummaryData &data, const QPageSize &pageSize, const QString &name)
    {
        const QByteArray pdf = SummaryPages::pdf(data, pageSize, QLocale::c());
        if (pdf.isEmpty())
            return {};
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        file.close();
        keep(path, name);
        return path;
    }

    // With CANDOR_SCREENSHOTS set, the PDF is kept there to look at.
    static void keep(const QString &path, const QString &name)
    {
        const QString folder = qEnvironmentVariable("CANDOR_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        const QString kept = folder + QLatin1Char('/') + name + QStringLiteral(".pdf");
        QFile::remove(kept);
        QFile::copy(path, kept);
    }

    static QString poppler(const QString &tool, const QStringList &arguments)
    {
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            qFatal("%s is missing: install poppler-utils (./dev.sh test does)", qPrintable(tool));
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // pdftotext separates pages with form feeds. It reads some glyphs back
    // as their compatibility forms (the "fi" ligature, Arabic presentation
    // forms, CJK radicals); compatibility normalization undoes that.
    static QStringList pagesOf(const QString &pdfPath)
    {
        QStringList pages =
            poppler(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")})
                .normalized(QString::NormalizationForm_KC)
                .split(QChar(0x0C));
        if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
            pages.removeLast();
        return pages;
    }

    // Every line of the laid-out summary inside the printable width: a
    // clipped line would still be found by pdftotext, so this is checked on
    // the layout itself.
    static QString clippedLine(const SummaryPages &pages, qreal width)
    {
        const QTextDocument &document = pages.document();
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            const QTextLayout *layout = block.layout();
            for (int i = 0; layout && i < layout->lineCount(); ++i) {
                const QRectF line = layout->lineAt(i).naturalTextRect().translated(rect.topLeft());
                if (line.left() < -0.5 || line.right() > width + 0.5)
                    return QStringLiteral("%1 [%2, %3] outside [0, %4]")
                        .arg(block.text())
                        .arg(line.left())
                        .arg(line.right())
                        .arg(width);
            }
        }
        return {};
    }

    static int pageWith(const QStringList &pages, const QString &needle)
    {
        for (int i = 0; i < pages.size(); ++i) {
            if (pages.at(i).contains(needle))
                return i;
        }
        return -1;
    }

private slots:
    void textReadsInOrderWithHeaderAndPageNumbers()
    {
        SummaryData data = session(QStringLiteral("Launch of Atlas"));
        data.concerns = {ranked(1, 1, QStringLiteral("Nobody owns the rollback"), 3),
                         ranked(2, 2, QStringLiteral("Migration locks tables"), 1)};
        data.concerns[0].concern.notes = QStringLiteral("Agreed a captain is needed");
        data.actions = {action(1, 1, QStringLiteral("Name a rollback captain"),
                               QStringLiteral("Release desk"), 1)};
        const QString path = writePdf(data, QPageSize(QPageSize::A4), QStringLiteral("order"));
        QVERIFY(!path.isEmpty());
        const QStringList pages = pagesOf(path);
        QCOMPARE(pages.size(), 1);
        const QString text = pages.constFirst().simplified();
        const QStringList order{"Launch of Atlas",
                                "Pre-mortem",
                                "Attendees",
                                "Dana, Engineer",
                                "Scene",
                                "It is a month after launch",
                                "Concerns, most written first",
                                "Nobody owns the rollback",
                                "3 people",
                                "Migration locks tables",
                                "1 person",
                                "Discussion",
                                "Agreed a captain is needed",
                                "Actions",
                                "Name a rollback captain",
                                "Owner: Release desk",
                                "For #1 Nobody owns the rollback",
                                "Page 1 of 1"};
        const QString problem = textOrderProblem(text, order);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void postMortemPrintsCategoriesInOrder()
    {
        SummaryData data = session(QStringLiteral("Outage review"));
        data.session.kind = SessionKind::PostMortem;
        data.session.incidentWhat = QStringLiteral("Checkout was down");
        data.session.incidentImpact = QStringLiteral("40 minutes of lost orders");
        TimelineEntry entry;
        entry.happenedAt = QStringLiteral("14:02");
        entry.description = QStringLiteral("Alert fired");
        data.timeline.append(entry);
        const QVector<QPair<QString, ConcernCategory>> concerns{
            {QStringLiteral("Paging went to a stale rota"), ConcernCategory::LetUsDown},
            {QStringLiteral("Alerts were fast"), ConcernCategory::WentWell},
            {QStringLiteral("Backup happened to be fresh"), ConcernCategory::GotLucky}};
        for (int i = 0; i < concerns.size(); ++i) {
            data.concerns.append(ranked(i + 1, i + 1, concerns.at(i).first, 3 - i));
            data.concerns.last().concern.category = concerns.at(i).second;
        }
        const QString path =
            writePdf(data, QPageSize(QPageSize::Letter), QStringLiteral("postmortem"));
        QVERIFY(!path.isEmpty());
        const QString problem = textOrderProblem(
            pagesOf(path).join(QString()).simplified(),
            {"Outage review", "Post-mortem", "Incident", "Checkout was down",
             "40 minutes of lost orders", "Timeline", "14:02", "Alert fired", "Went well",
             "2. Alerts were fast", "Let us down", "1. Paging went to a stale rota", "Got lucky",
             "3. Backup happened to be fresh", "Page 1 of 1"});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void largeSessionKeepsRowsWholeOnSanePages_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::addColumn<QString>("popplerName");
        QTest::newRow("A4") << QPageSize(QPageSize::A4) << QStringLiteral("A4");
        QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << QStringLiteral("letter");
    }

    void largeSessionKeepsRowsWholeOnSanePages()
    {
        QFETCH(QPageSize, pageSize);
        QFETCH(QString, popplerName);
        const int concerns = 200;
        const int actions = 100;
        const SummaryData data = large(concerns, actions);
        const QString path = writePdf(data, pageSize, QStringLiteral("large-") + popplerName);
        QVERIFY(!path.isEmpty());

        const QString info = poppler(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QStringLiteral("(%1)").arg(popplerName)), qPrintable(info));
        const QStringList pages = pagesOf(path);
        // Each concern takes two or three lines, each action three to five;
        // at 11 pt a page holds about fifty lines. Far fewer pages means
        // something was dropped, far more that pages are left half empty.
        QVERIFY2(pages.size() >= 12 && pages.size() <= 30,
                 qPrintable(QString::number(pages.size())));

        for (int page = 0; page < pages.size(); ++page) {
            const QString expected =
                QStringLiteral("Page %1 of %2").arg(page + 1).arg(pages.size());
            QVERIFY2(pages.at(page).contains(expected), qPrintable(expected));
            QVERIFY2(pages.at(page).contains(QStringLiteral("Large planning round")),
                     qPrintable(QString::number(page + 1)));
        }
        // A row starts and ends on the same page: a concern with its tally,
        // an action with its owner.
        for (int i = 1; i <= concerns; ++i) {
            const QString id = QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0'));
            const int start = pageWith(pages, id + QStringLiteral("start"));
            QVERIFY2(start >= 0, qPrintable(id));
            QCOMPARE(pageWith(pages, id + QStringLiteral("end")), start);
        }
        for (int i = 1; i <= actions; ++i) {
            const QString id = QStringLiteral("A%1").arg(i, 3, 10, QLatin1Char('0'));
            const int start = pageWith(pages, id + QStringLiteral("start"));
            QVERIFY2(start >= 0, qPrintable(id));
            QCOMPARE(pageWith(pages, id + QStringLiteral("end")), start);
            const QRegularExpression owner(QStringLiteral("\\bOwner%1\\b").arg(i));
            QVERIFY2(pages.at(start).contains(owner), qPrintable(id));
        }
    }

    void longTimelineRepeatsItsHeader()
    {
        SummaryData data = session(QStringLiteral("Outage review"));
        data.session.kind = SessionKind::PostMortem;
        data.session.incidentWhat = QStringLiteral("Checkout was down");
        for (int i = 0; i < 150; ++i) {
            TimelineEntry entry;
            entry.happenedAt = QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'));
            entry.description = QStringLiteral("Step %1 of the recovery").arg(i);
            data.timeline.append(entry);
        }
        const QString path = writePdf(data, QPageSize(QPageSize::A4), QStringLiteral("timeline"));
        QVERIFY(!path.isEmpty());
        const QStringList pages = pagesOf(path);
        QVERIFY(pages.size() >= 3);
        // Every page the table runs onto starts with its header row.
        const int last = pageWith(pages, QStringLiteral("T149"));
        QVERIFY(last > 0);
        for (int page = pageWith(pages, QStringLiteral("T000")); page <= last; ++page) {
            QVERIFY2(pages.at(page).contains(QStringLiteral("When")) &&
                         pages.at(page).contains(QStringLiteral("What happened")),
                     qPrintable(QString::number(page + 1)));
        }
    }

    void pagesNeverOverflowTheirBody()
    {
        const QString path = m_dir.filePath(QStringLiteral("overflow.pdf"));
        auto writer = std::make_unique<QPdfWriter>(path);
        writer->setPageSize(QPageSize(QPageSize::A4));
        SummaryData data = large(60, 30);
        // One concern far longer than a page, and a word too long for a line.
        {
            // Numbered words, so a lost line shows.
            QStringList words;
            for (int i = 0; i < 1800; ++i)
                words << QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
            data.concerns[3].concern.summary = words.join(QLatin1Char(' '));
        }
        data.actions[2].text = QStringLiteral("x").repeated(900);
        SummaryPages pages(data, writer.get(), QLocale::c());
        QVERIFY(pages.pageCount() > 1);
        // Long texts wrap, even a word wider than its column.
        QVERIFY2(
            pages.document().idealWidth() <= writer->width(),
            qPrintable(
                QStringLiteral("%1 > %2").arg(pages.document().idealWidth()).arg(writer->width())));
        qreal previousBottom = -1;
        for (const SummaryPages::Slice &slice : pages.slices()) {
            const qreal height =
                slice.bottom - slice.top + slice.repeatedBottom - slice.repeatedTop;
            QVERIFY2(height <= pages.bodyHeight() + 0.01,
                     qPrintable(QStringLiteral("%1 > %2").arg(height).arg(pages.bodyHeight())));
            QVERIFY(slice.bottom > slice.top);
            // Pages follow each other without losing or repeating text.
            QVERIFY2(slice.top >= previousBottom,
                     qPrintable(QStringLiteral("%1 < %2").arg(slice.top).arg(previousBottom)));
            previousBottom = slice.bottom;
        }
        QVERIFY(pages.print());
        writer.reset();
        keep(path, QStringLiteral("overflow"));
        // The endless concern is there whole, across the pages it needs.
        const QString text = pagesOf(path).join(QLatin1Char(' '));
        for (int i = 0; i < 1800; ++i) {
            const QString word = QStringLiteral("w%1").arg(i, 4, 10, QLatin1Char('0'));
            QVERIFY2(text.contains(word), qPrintable(word));
        }
    }

    void everyScriptPrintsIntact()
    {
        SummaryData data = session(QStringLiteral("Review 会議 🚀"));
        const QStringList texts{
            QStringLiteral("המערכת נפלה בלילה"), QStringLiteral("تأخر النشر يومين"),
            QStringLiteral("デプロイが遅れた"), QStringLiteral("回滚没有负责人"),
            QStringLiteral("Release slipped")};
        for (int i = 0; i < texts.size(); ++i)
            data.concerns.append(ranked(i + 1, i + 1, texts.at(i), texts.size() - i));
        data.concerns.last().concern.summary = QStringLiteral("Release 🚀 slipped ✅");
        data.participants.append(participant(3, QStringLiteral("Zoë Ångström")));
        const QString path = writePdf(data, QPageSize(QPageSize::A4), QStringLiteral("scripts"));
        QVERIFY(!path.isEmpty());
        {
            QPdfWriter writer(m_dir.filePath(QStringLiteral("scripts-layout.pdf")));
            writer.setPageSize(QPageSize(QPageSize::A4));
            const SummaryPages pages(data, &writer, QLocale::c());
            const QString clipped = clippedLine(pages, writer.width());
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
        }
        const QString text = pagesOf(path).join(QString());
        QVERIFY2(text.contains(QStringLiteral("Zoë Ångström")), qPrintable(text));
        for (const QString &expected : texts) {
            // Right-to-left runs may come back in either direction; each
            // word must be there whole.
            for (const QString &word : expected.split(QLatin1Char(' '))) {
                QString reversed = word;
                std::reverse(reversed.begin(), reversed.end());
                QVERIFY2(text.contains(word) || text.contains(reversed),
                         qPrintable(QStringLiteral("'%1' missing in:\n%2").arg(word, text)));
            }
        }
        // Colour emoji are the only colour on the page: the rocket and the
        // check mark are drawn, not left blank.
        poppler(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), path, m_dir.filePath(QStringLiteral("scripts"))});
        const QImage page(m_dir.filePath(QStringLiteral("scripts.png")));
        QVERIFY(!page.isNull());
        int colourful = 0;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor pixel = page.pixelColor(x, y);
                colourful += pixel.hsvSaturation() > 120 && pixel.value() > 60;
            }
        }
        // Two emoji in the body and one in each header: each covers a few
        // dozen pixels at 72 dpi.
        QVERIFY2(colourful > 100, qPrintable(QString::number(colourful)));
    }

    void withoutEmojiThePageHasNoColour()
    {
        SummaryData data = session(QStringLiteral("Plain"));
        data.concerns.append(ranked(1, 1, QStringLiteral("Release slipped"), 2));
        const QString path = writePdf(data, QPageSize(QPageSize::A4), QStringLiteral("plain"));
        QVERIFY(!path.isEmpty());
        poppler(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                 QStringLiteral("-singlefile"), path, m_dir.filePath(QStringLiteral("plain"))});
        const QImage page(m_dir.filePath(QStringLiteral("plain.png")));
        QVERIFY(!page.isNull());
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x)
                QVERIFY(page.pixelColor(x, y).hsvSaturation() <= 120);
        }
    }

    void blamelessOnPaperUnlessChosen_data()
    {
        QTest::addColumn<bool>("attribute");
        QTest::newRow("blameless") << false;
        QTest::newRow("attributed") << true;
    }

    void blamelessOnPaperUnlessChosen()
    {
        QFETCH(bool, attribute);
        SummaryData data = session(QStringLiteral("Launch of Atlas"));
        data.session.attributeConcerns = attribute;
        data.concerns = {ranked(1, 1, QStringLiteral("Nobody owns the rollback"), 3, 1),
                         ranked(2, 2, QStringLiteral("Migration locks tables"), 1, 2)};
        Concern duplicate;
        duplicate.id = 3;
        duplicate.summary = QStringLiteral("Rollback has no owner");
        duplicate.speakerId = 2;
        data.concerns[0].duplicates.append(duplicate);
        data.concerns[0].concern.notes = QStringLiteral("Agreed a captain is needed");
        const QString path =
            writePdf(data, QPageSize(QPageSize::A4),
                     attribute ? QStringLiteral("attributed") : QStringLiteral("blameless"));
        QVERIFY(!path.isEmpty());
        const QString text = pagesOf(path).join(QString());
        // Attendees are listed either way; after the list, names appear
        // only when the session chose to attribute concerns.
        const int concerns = text.indexOf(QStringLiteral("Concerns, most written first"));
        QVERIFY(text.indexOf(QStringLiteral("Dana")) < concerns);
        const QString afterAttendees = text.mid(concerns);
        for (const QString &name : {QStringLiteral("Dana"), QStringLiteral("Lee")})
            QCOMPARE(afterAttendees.contains(name), attribute);
        if (attribute)
            QVERIFY(afterAttendees.contains(QStringLiteral("(shared by Dana)")));
    }

    void defaultPaperFollowsTheLocale()
    {
        QCOMPARE(
            SummaryPages::defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
            QPageSize::Letter);
        QCOMPARE(SummaryPages::defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(),
                 QPageSize::A4);
    }
};

QTEST_MAIN(TestSummaryPages)
#include "tst_summarypages.moc"
