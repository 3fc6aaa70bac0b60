// Candor saves every edit the moment it is made. Killing the process at any
// moment (a crash, the OOM killer, a forced quit) must lose nothing that was
// reported saved and must never leave a damaged file.

#include "candorprocess.h"
#include "crashedits.h"
#include "database.h"

#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <signal.h>

namespace {

constexpr int runs = 60;
constexpr int startTimeoutMs = 30000;

// The acknowledged edits in crashwriter's output: "ack 1", "ack 2", ... in
// order. A line cut short by the kill is not an acknowledgement.
bool lastAcknowledgedEdit(const QByteArray &output, int *lastEdit, QString *error)
{
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // empty, or a line the kill cut short
    *lastEdit = 0;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line != "ack " + QByteArray::number(*lastEdit + 1)) {
            *error = QStringLiteral("after ack %1 came \"%2\"")
                         .arg(*lastEdit)
                         .arg(QString::fromUtf8(line));
            return false;
        }
        ++*lastEdit;
    }
    return true;
}

// Checks one run's sessions against its acknowledged edits. Edit 2k-1
// created session k and edit 2k renamed it, so every acknowledged rename is
// the title of its session, an acknowledged creation whose rename was in
// flight may carry either title, and one creation in flight may or may not
// have made it. Anything else was lost or invented.
QString verifyRun(int run, int lastAcknowledged, QVector<int> foundEdits)
{
    std::sort(foundEdits.begin(), foundEdits.end());
    QVector<int> required;
    for (int edit = 2; edit <= lastAcknowledged; edit += 2)
        required.append(edit);
    QVector<QVector<int>> acceptable;
    if (lastAcknowledged % 2 == 1) {
        acceptable.append(required + QVector<int>{lastAcknowledged});
        acceptable.append(required + QVector<int>{lastAcknowledged + 1});
    } else {
        acceptable.append(required);
        acceptable.append(required + QVector<int>{lastAcknowledged + 1});
    }
    if (acceptable.contains(foundEdits))
        return {};
    // Thousands of edits per run: name only what is wrong.
    auto someOf = [](const QVector<int> &edits) {
        QStringList shown;
        for (int i = 0; i < qMin(int(edits.size()), 10); ++i)
            shown.append(QString::number(edits.at(i)));
        if (edits.size() > 10)
            shown.append(QStringLiteral("... %1 in all").arg(edits.size()));
        return shown.join(QLatin1String(", "));
    };
    QVector<int> missing;
    for (int edit : std::as_const(required)) {
        if (!std::binary_search(foundEdits.cbegin(), foundEdits.cend(), edit))
            missing.append(edit);
    }
    QVector<int> unexpected;
    for (int edit : std::as_const(foundEdits)) {
        if (!std::binary_search(required.cbegin(), required.cend(), edit) &&
            edit != lastAcknowledged && edit != lastAcknowledged + 1)
            unexpected.append(edit);
    }
    return QStringLiteral("run %1 acknowledged edits 1..%2; the database holds %3 of its "
                          "sessions; lost: [%4]; unexpected: [%5]")
        .arg(run)
        .arg(lastAcknowledged)
        .arg(foundEdits.size())
        .arg(someOf(missing), someOf(unexpected));
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void killedWriterLosesNothingAcknowledged();

private:
    quint32 m_seed = 0;
};

void TestCrash::initTestCase()
{
    bool fixed = false;
    m_seed = qEnvironmentVariable("CANDOR_CRASH_SEED").toUInt(&fixed);
    if (!fixed)
        m_seed = QRandomGenerator::global()->generate();
    qInfo("Seed %u (set CANDOR_CRASH_SEED=%u to repeat these kill times)", m_seed, m_seed);
}

void TestCrash::cleanup()
{
    // A failed check may return while this process still has the file open.
    Database::close();
}

void TestCrash::killedWriterLosesNothingAcknowledged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // One file for all runs, as a user has: each run starts on what the
    // previous kill left behind, and every earlier run's edits must survive
    // every later kill too.
    const QString path = dir.filePath(QStringLiteral("candor.sqlite"));
    QRandomGenerator random(m_seed);
    QMap<int, int> lastAcknowledgedByRun;
    int totalAcknowledged = 0;
    int sessionsInFile = 0;

    for (int run = 1; run <= runs; ++run) {
        QProcess writer;
        writer.setProgram(QStringLiteral(CRASHWRITER_BINARY));
        writer.setArguments({path, QString::number(run)});
        writer.start();
        QVERIFY2(writer.waitForStarted(startTimeoutMs), qPrintable(writer.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running,
                                 startTimeoutMs);
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError());

        // Waiting a random time is the point here, not a guess at how long
        // something takes: the kill has to land at arbitrary moments.
        const int delayMs = random.bounded(30, 401);
        QTest::qWait(delayMs);
        QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(startTimeoutMs));
        // Anything else means the writer stopped by itself, e.g. a failed edit.
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit, writer.readAllStandardError());

        int lastAcknowledged = 0;
        QString error;
        QVERIFY2(lastAcknowledgedEdit(writer.readAllStandardOutput(), &lastAcknowledged, &error),
                 qPrintable(error));
        QVERIFY(lastAcknowledged >= 1);
        lastAcknowledgedByRun.insert(run, lastAcknowledged);
        totalAcknowledged += lastAcknowledged;

        // Alternately reopen the way the app does (which recovers and then
        // checkpoints the write-ahead log) and read-only the way --list does
        // (which leaves the log for the next writer to recover).
        const Database::Access access =
            run % 2 == 0 ? Database::Access::ReadWrite : Database::Access::ReadOnly;
        const Database::OpenResult opened = Database::open(path, access);
        QVERIFY2(opened.ok(),
                 qPrintable(QStringLiteral("run %1, killed %2 ms after its first edit: %3")
                                .arg(run)
                                .arg(delayMs)
                                .arg(opened.message)));
        QMap<int, QVector<int>> editsByRun;
        {
            QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));

            static const QRegularExpression titlePattern(
                QStringLiteral("^run (\\d+) edit (\\d+)$"));
            QVERIFY2(query.exec(QStringLiteral("SELECT title FROM sessions")),
                     qPrintable(query.lastError().text()));
            while (query.next()) {
                const QString title = query.value(0).toString();
                const QRegularExpressionMatch match = titlePattern.match(title);
                QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("unexpected title ") + title));
                editsByRun[match.captured(1).toInt()].append(match.captured(2).toInt());
            }
        }
        Database::close();

        for (auto it = lastAcknowledgedByRun.cbegin(); it != lastAcknowledgedByRun.cend(); ++it) {
            const QString problem = verifyRun(it.key(), it.value(), editsByRun.value(it.key()));
            QVERIFY2(problem.isEmpty(),
                     qPrintable(QStringLiteral("after run %1 (killed %2 ms after its first edit): ")
                                    .arg(run)
                                    .arg(delayMs) +
                                problem));
        }
        // No sessions from nowhere, none of a run gone.
        QCOMPARE(editsByRun.keys(), lastAcknowledgedByRun.keys());
        sessionsInFile = 0;
        for (const QVector<int> &edits : std::as_const(editsByRun))
            sessionsInFile += edits.size();
    }
    qInfo("%d runs killed, %d acknowledged edits all kept", runs, totalAcknowledged);

    // And the real app still reads the file that survived all those kills.
    const CandorRun list =
        runCandor({QStringLiteral("--database"), path, QStringLiteral("--list")});
    QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
    QCOMPARE(int(list.out.count(QLatin1Char('\n'))), 1 + sessionsInFile);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
