#include "domain.h"

#include <QTest>
#include <QTimeZone>

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void timestampsRoundTrip_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::newRow("epoch") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("milliseconds")
            << QDateTime(QDate(2026, 11, 21), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0, 0, 1), Qt::UTC);
        QTest::newRow("local time is stored as UTC")
            << QDateTime(QDate(2026, 6, 1), QTime(9, 30), QTimeZone(7200));
    }

    void timestampsRoundTrip()
    {
        QFETCH(QDateTime, time);
        const QString text = Domain::timestampText(time);
        QCOMPARE(text.size(), 24);
        QVERIFY(text.endsWith(QLatin1Char('Z')));
        QCOMPARE(Domain::timestampFromText(text), time);
        QCOMPARE(Domain::timestampFromText(text).toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
    }

    void timestampTextSortsByTime()
    {
        const QDateTime early(QDate(2026, 1, 9), QTime(23, 0), Qt::UTC);
        const QDateTime late(QDate(2026, 1, 10), QTime(1, 0), Qt::UTC);
        QVERIFY(Domain::timestampText(early) < Domain::timestampText(late));
    }

    void otherOrBrokenTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("without milliseconds") << "2026-03-02T09:00:00Z" << true;
        QTest::newRow("month 13") << "2026-13-02T09:00:00.000Z" << false;
        QTest::newRow("letters") << "2026-0x-02T09:00:00.000Z" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("placeholder") << "now" << false;
    }

    void otherOrBrokenTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Domain::timestampFromText(text).isValid(), valid);
    }

    void keysRoundTrip()
    {
        for (SessionKind kind : {SessionKind::PreMortem, SessionKind::PostMortem}) {
            SessionKind back = SessionKind::PreMortem;
            QVERIFY(Domain::kindFromKey(Domain::kindKey(kind), &back));
            QCOMPARE(back, kind);
            QVERIFY(!Domain::kindName(kind).isEmpty());
        }
        for (Phase phase : {Phase::Setup, Phase::Scene, Phase::Writing, Phase::Sharing,
                            Phase::Ranked, Phase::Discussion, Phase::Actions, Phase::Summary}) {
            Phase back = Phase::Setup;
            QVERIFY(Domain::phaseFromKey(Domain::phaseKey(phase), &back));
            QCOMPARE(back, phase);
        }
        SessionKind untouched = SessionKind::PostMortem;
        QVERIFY(!Domain::kindFromKey(QStringLiteral("retro"), &untouched));
        QCOMPARE(untouched, SessionKind::PostMortem);
    }

    // Duplicates add their writers to the concern they were merged into and
    // leave the ranking; more people rank first, ties in sharing order.
    void rankingCountsMergedDuplicatesAndKeepsSharingOrderOnTies()
    {
        const auto concern = [](qint64 id, int position, int hands, qint64 mergedInto = 0) {
            Concern concern;
            concern.id = id;
            concern.position = position;
            concern.handsRaised = hands;
            concern.mergedIntoId = mergedInto;
            return concern;
        };
        const QVector<Concern> concerns = {concern(1, 1, 1),    concern(2, 2, 0),
                                           concern(3, 3, 2),    concern(4, 4, 0, 2),
                                           concern(5, 5, 1, 2), concern(6, 6, 1)};
        const QHash<qint64, int> tallies = Domain::tallies(concerns);
        QCOMPARE(tallies.value(1), 2);
        QCOMPARE(tallies.value(2), 1 + 1 + 2);
        QCOMPARE(tallies.value(3), 3);
        QVERIFY(!tallies.contains(4));

        const QVector<RankedTally> ranked = Domain::ranking(concerns);
        QVector<qint64> order;
        QVector<int> counts;
        for (const RankedTally &entry : ranked) {
            order << entry.concern.id;
            counts << entry.tally;
        }
        QCOMPARE(order, (QVector<qint64>{2, 3, 1, 6}));
        QCOMPARE(counts, (QVector<int>{4, 3, 2, 2}));

        // A tie goes to the one shared first, whichever is asked first.
        QVERIFY(Domain::ranksBefore(3, 1, 3, 2));
        QVERIFY(!Domain::ranksBefore(3, 2, 3, 1));
        QVERIFY(Domain::ranksBefore(4, 9, 3, 1));
        QCOMPARE(Domain::tallyRootId(concerns.at(4)), qint64(2));
        QCOMPARE(Domain::tallyRootId(concerns.at(0)), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
