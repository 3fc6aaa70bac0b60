// Candor saves every edit the moment it is made. Killing the process at any
// moment (a crash, the OOM killer, a forced quit) must lose nothing that was
// reported saved and must never leave a damaged file.

#include "candorprocess.h"
#include "crashedits.h"
#include "database.h"
#include "domain.h"

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
    void killedCompoundEditsAreWholeOrAbsent();

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

namespace {

QString firstValue(const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return QStringLiteral("<%1>").arg(query.lastError().text());
    return query.value(0).toString();
}

// What must hold after any kill if every key press is one transaction;
// empty when it does.
QString compoundProblem(int run, int lastAcknowledged)
{
    if (firstValue(QStringLiteral("PRAGMA integrity_check")) != QLatin1String("ok"))
        return QStringLiteral("the file is damaged");
    if (firstValue(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) !=
        QLatin1String("0"))
        return QStringLiteral("rows point at rows that are gone");

    // A template sets scene and prompts together.
    const QString scene = firstValue(QStringLiteral("SELECT scene FROM sessions WHERE title = ?"),
                                     {crashTemplatesSession()});
    const QString prompts =
        firstValue(QStringLiteral("SELECT writing_prompts FROM sessions WHERE title = ?"),
                   {crashTemplatesSession()});
    const QString tag = scene.section(QLatin1Char(' '), 0, 0);
    const bool fresh = scene == Domain::defaultTemplate(SessionKind::PreMortem).scene;
    if (!fresh && prompts != tag + QStringLiteral(" prompts"))
        return QStringLiteral("half a template: “%1” with “%2”")
            .arg(scene.left(40), prompts.left(40));
    if (lastAcknowledged > 0 && tag != crashTemplateTag(run, lastAcknowledged) &&
        tag != crashTemplateTag(run, lastAcknowledged + 1))
        return QStringLiteral("acknowledged template %1 is not there (found %2)")
            .arg(crashTemplateTag(run, lastAcknowledged), tag);

    // A change of kind takes its framing along.
    SessionKind kind = SessionKind::PreMortem;
    Domain::kindFromKey(firstValue(QStringLiteral("SELECT kind FROM sessions WHERE title = ?"),
                                   {crashKindsSession()}),
                        &kind);
    if (firstValue(QStringLiteral("SELECT scene || writing_prompts FROM sessions WHERE title = ?"),
                   {crashKindsSession()}) !=
        Domain::defaultTemplate(kind).scene + Domain::defaultTemplate(kind).writingPrompts)
        return QStringLiteral("a %1 with the other kind's framing").arg(Domain::kindKey(kind));

    // The turn is never with someone who left or has nothing left: seats
    // and turn change together.
    if (firstValue(QStringLiteral(
            "SELECT count(*) FROM sessions s JOIN participants p ON p.id = s.sharing_speaker_id"
            " WHERE s.sharing_stopped = 0 AND (p.present = 0 OR p.nothing_left = 1)")) !=
        QLatin1String("0"))
        return QStringLiteral("the turn is with someone who cannot speak");
    // A merge moves earlier duplicates along: nothing joins a duplicate.
    if (firstValue(
            QStringLiteral("SELECT count(*) FROM concerns c JOIN concerns t"
                           " ON t.id = c.merged_into_id WHERE t.merged_into_id IS NOT NULL")) !=
        QLatin1String("0"))
        return QStringLiteral("a concern is merged into a duplicate");
    if (firstValue(QStringLiteral(
            "SELECT count(*) FROM sessions s WHERE s.concern_count != (SELECT count(*) FROM"
            " concerns c WHERE c.session_id = s.id AND c.merged_into_id IS NULL)")) !=
        QLatin1String("0"))
        return QStringLiteral("a session's count of concerns is off");
    // And what was acknowledged is there.
    if (lastAcknowledged > 0 &&
        firstValue(QStringLiteral("SELECT count(*) FROM participants WHERE name = ?"),
                   {QStringLiteral("Late %1-%2").arg(run).arg(lastAcknowledged)}) !=
            QLatin1String("1"))
        return QStringLiteral("acknowledged round %1's late arrival is missing")
            .arg(lastAcknowledged);
    return {};
}

} // namespace

void TestCrash::killedCompoundEditsAreWholeOrAbsent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("compound.sqlite"));
    QRandomGenerator random(m_seed + 1);
    int totalAcknowledged = 0;
    const int compoundRuns = runs / 2;
    for (int run = 1; run <= compoundRuns; ++run) {
        QProcess writer;
        writer.setProgram(QStringLiteral(COMPOUNDWRITER_BINARY));
        writer.setArguments({path, QString::number(run)});
        writer.start();
        QVERIFY2(writer.waitForStarted(startTimeoutMs), qPrintable(writer.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running,
                                 startTimeoutMs);
        QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError());
        // A random moment, so kills land inside compound edits too.
        const int delayMs = random.bounded(20, 301);
        QTest::qWait(delayMs);
        QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(startTimeoutMs));
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit, writer.readAllStandardError());
        int lastAcknowledged = 0;
        QString error;
        QVERIFY2(lastAcknowledgedEdit(writer.readAllStandardOutput(), &lastAcknowledged, &error),
                 qPrintable(error));
        totalAcknowledged += lastAcknowledged;

        const Database::Access access =
            run % 2 == 0 ? Database::Access::ReadWrite : Database::Access::ReadOnly;
        const Database::OpenResult opened = Database::open(path, access);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        const QString problem = compoundProblem(run, lastAcknowledged);
        Database::close();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("run %1, killed %2 ms after its first round: %3")
                                .arg(run)
                                .arg(delayMs)
                                .arg(problem)));
    }
    qInfo("%d runs of compound edits killed, %d acknowledged rounds all whole", compoundRuns,
          totalAcknowledged);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
