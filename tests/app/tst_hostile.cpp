// Hostile input and faults, through the real binary: outputs aimed at the
// database or at things that are not files, a full disk, markup and
// formulas in what people typed, files left behind by a kill, bad lock
// files, a second Candor through a hard link, readers of read-only files.
// New hostile cases go here, so the corpus grows in one place.

#include "candorfiles.h"
#include "candorprocess.h"
#include "filesnapshot.h"
#include "runningcandor.h"
#include "smallfilesystem.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

QString quoted(const QString &path)
{
    return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeContents(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.flush();
}

// Sessions big enough that a transaction on them spills pages into the
// file before it commits.
bool addManySessions(const QString &path, int count)
{
    return runRawSql(path, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + "
                                           "1 FROM n WHERE i < %1)"
                                           " INSERT INTO sessions (kind, title, created_at, "
                                           "updated_at) SELECT 'premortem',"
                                           " printf('Filler %d %s', i, hex(randomblob(500))),"
                                           " '2024-01-01T00:00:00.000Z', "
                                           "'2024-01-01T00:00:00.000Z' FROM n")
                                .arg(count)});
}

// What a kill in the middle of a transaction leaves in rollback-journal
// mode: some pages of the file already overwritten, and beside it the
// journal that puts them back. The transaction runs on source; target gets
// the files as they are at that moment.
bool copyWithHotJournal(const QString &source, const QString &target)
{
    const bool copied = withRawConnection(source, [&](QSqlQuery &query) {
        const bool halfWritten =
            exec(query, QStringLiteral("PRAGMA journal_mode = DELETE")) &&
            exec(query, QStringLiteral("PRAGMA cache_size = 1")) &&
            exec(query, QStringLiteral("BEGIN")) &&
            exec(query, QStringLiteral("UPDATE sessions SET title = 'Half written ' || "
                                       "hex(randomblob(600))")) &&
            QFile::copy(source, target) &&
            QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal"));
        exec(query, QStringLiteral("ROLLBACK"));
        return halfWritten;
    });
    // The copy must really be half written, or this tests nothing.
    return copied && fileHash(source) != fileHash(target);
}

// A database with one session, closed the way Candor closes it or with
// that session only in a log left by a crash; returns the session's title,
// or an empty string when the file could not be made.
QString createDatabase(const QString &path, bool logLeftByCrash)
{
    if (logLeftByCrash)
        return copyLeftByCrash(path, {insertSessionOnlyInTheLog()}, true, false)
                   ? QStringLiteral("Only in the log")
                   : QString();
    const QString title = QStringLiteral("Launch review");
    return createCandorFile(path, {title}) ? title : QString();
}

QStringList exportArguments(const QString &database, const QString &format, const QString &output,
                            qint64 session = 1)
{
    return {QStringLiteral("--database"), database,
            QStringLiteral("--export"),   QString::number(session),
            QStringLiteral("--format"),   format,
            QStringLiteral("--output"),   output};
}

// Every piece of text a person types that a summary shows, for one
// session (and, for a post-mortem, the earlier session it reviews).
qint64 fillSession(Store &store, SessionKind kind,
                   const std::function<QString(const QString &)> &typed)
{
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    qint64 earlierAction = 0;
    qint64 earlier = 0;
    if (kind == SessionKind::PostMortem) {
        earlier =
            store.createSession(SessionKind::PreMortem, typed(QStringLiteral("earlier title")));
        ActionItem action;
        action.sessionId = earlier;
        action.text = typed(QStringLiteral("earlier action"));
        action.owner = typed(QStringLiteral("earlier owner"));
        earlierAction = store.addAction(action);
    }
    // A post-mortem held as the next session of the earlier one reviews it.
    const qint64 id = earlier ? store.duplicateSession(earlier, typed(QStringLiteral("title")))
                              : store.createSession(kind, typed(QStringLiteral("title")));
    if (earlier)
        store.setSessionField(id, SessionField::Kind, int(kind));
    store.setSessionField(id, SessionField::AttributeConcerns, true);
    if (kind == SessionKind::PreMortem) {
        store.setSessionField(id, SessionField::Scene, typed(QStringLiteral("scene")));
        store.setSessionField(id, SessionField::WritingPrompts, typed(QStringLiteral("prompts")));
    } else {
        store.setSessionField(id, SessionField::IncidentWhat, typed(QStringLiteral("what")));
        store.setSessionField(id, SessionField::IncidentImpact, typed(QStringLiteral("impact")));
        store.setSessionField(id, SessionField::IncidentDetection,
                              typed(QStringLiteral("detection")));
        store.setSessionField(id, SessionField::IncidentResolution,
                              typed(QStringLiteral("resolution")));
        TimelineEntry entry;
        entry.sessionId = id;
        entry.happenedAt = typed(QStringLiteral("when"));
        entry.description = typed(QStringLiteral("event"));
        store.addTimelineEntry(entry);
    }
    QVector<qint64> people;
    for (const QString &who : {QStringLiteral("first"), QStringLiteral("second")}) {
        Participant participant;
        participant.sessionId = id;
        participant.name = typed(who + QStringLiteral(" name"));
        participant.role = typed(who + QStringLiteral(" role"));
        people.append(store.addParticipant(participant));
    }
    store.setPhase(id, Phase::Writing, start);
    const auto concern = [&](int position, const QString &field, qint64 speaker, int hands) {
        Concern concern;
        concern.sessionId = id;
        concern.position = position;
        concern.summary = typed(field);
        concern.speakerId = speaker;
        concern.handsRaised = hands;
        concern.category =
            kind == SessionKind::PostMortem ? ConcernCategory::LetUsDown : ConcernCategory::None;
        return store.recordConcern(concern, TurnState());
    };
    const qint64 first = concern(1, QStringLiteral("concern"), people.at(0), 2);
    concern(2, QStringLiteral("other concern"), people.at(1), 0);
    const qint64 duplicate = concern(3, QStringLiteral("duplicate"), people.at(1), 0);
    store.setConcernMergedInto(duplicate, first);
    store.setConcernDiscussion(first, DiscussionField::Notes, typed(QStringLiteral("notes")));
    store.setConcernDiscussion(first, DiscussionField::Avoidance,
                               typed(QStringLiteral("avoidance")));
    store.setConcernDiscussion(first, DiscussionField::RootCause,
                               typed(QStringLiteral("root cause")));
    store.setConcernDiscussion(first, DiscussionField::Mitigations,
                               typed(QStringLiteral("mitigations")));
    Why why;
    why.concernId = first;
    why.question = typed(QStringLiteral("why"));
    why.answer = typed(QStringLiteral("because"));
    store.addWhy(why);
    ActionItem action;
    action.sessionId = id;
    action.concernId = first;
    action.text = typed(QStringLiteral("action"));
    action.owner = typed(QStringLiteral("owner"));
    store.addAction(action);
    if (earlierAction)
        store.setReview(id, earlierAction, ReviewOutcome::Done, ActionStatus::Done);
    store.setPhase(id, Phase::Summary, start.addSecs(45 * 60));
    return id;
}

// Markup, entities, comments and script in every shape a browser would act on.
const QStringList hostilePayloads = {
    QStringLiteral("</title><script>alert(1)</script>"),
    QStringLiteral("<img src=x onerror=\"alert(2)\">"),
    QStringLiteral("\"><b onmouseover=alert(3)>bold</b>"),
    QStringLiteral("<!-- hidden --><a href=\"javascript:alert(4)\">link</a>"),
    QStringLiteral("&lt;not a tag&gt; &amp; &#60;script&#62;"),
    QStringLiteral("<style>body{display:none}</style>"),
    QStringLiteral("<![CDATA[ x ]]><?php echo 1 ?>"),
    QStringLiteral("<iframe src=\"data:text/html,<script>alert(5)</script>\"></iframe>"),
    QStringLiteral("<svg onload=alert(6)>"),
    QStringLiteral("</p></body></html><p>after the end"),
};

// The elements (with their attribute names) and the text a real HTML
// parser finds in a file.
struct ParsedHtml
{
    QStringList elements;
    QString text;
    QString error;
};

ParsedHtml parseHtml(const QString &path)
{
    static const char script[] = R"(
import json, sys
from html.parser import HTMLParser
class Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements, self.text = [], []
    def handle_starttag(self, tag, attrs):
        self.elements.append(tag + '[' + ','.join(sorted(name for name, _ in attrs)) + ']')
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
    def handle_endtag(self, tag):
        self.elements.append('/' + tag)
    def handle_data(self, data):
        self.text.append(data)
    def handle_comment(self, data):
        self.elements.append('#comment')
    def handle_decl(self, decl):
        self.elements.append('#declaration')
    def handle_pi(self, data):
        self.elements.append('#processing-instruction')
    def unknown_decl(self, data):
        self.elements.append('#unknown-declaration')
reader = Reader()
reader.feed(open(sys.argv[1], encoding='utf-8').read())
reader.close()
print(json.dumps({'elements': sorted(reader.elements), 'text': ''.join(reader.text)}))
)";
    ParsedHtml parsed;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        parsed.error = QStringLiteral("python3 is missing: install python3 (./dev.sh test does)");
        return parsed;
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (!process.waitForFinished(candorRunTimeoutMs) || process.exitCode() != 0) {
        parsed.error = QString::fromUtf8(process.readAllStandardError());
        return parsed;
    }
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (const QJsonValue &element : result.value(QStringLiteral("elements")).toArray())
        parsed.elements.append(element.toString());
    parsed.text = result.value(QStringLiteral("text")).toString();
    return parsed;
}

enum class Fault { None, FullFilesystem, FileSizeLimit };

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(SessionKind)

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // Outputs
    void exportOntoTheDatabaseIsRefused_data();
    void exportOntoTheDatabaseIsRefused();
    void exportOntoWhatIsNotAFileIsRefused_data();
    void exportOntoWhatIsNotAFileIsRefused();
    void fullDiskKeepsThePreviousExport_data();
    void fullDiskKeepsThePreviousExport();
    void htmlShowsTypedMarkupAsText_data();
    void htmlShowsTypedMarkupAsText();
    void csvDefusesFormulas();

    // Opening files
    void hotJournalIsRolledBack_data();
    void hotJournalIsRolledBack();
    void killDuringBackupLeavesNoHalfBackup();
    void missingLogIsNamed_data();
    void missingLogIsNamed();
    void readersLeaveNothingBehind_data();
    void readersLeaveNothingBehind();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void badLockFileIsRecovered_data();
    void badLockFileIsRecovered();
    void lockFolderIsNamed();
    void hardLinkedSecondStartIsRefused();

    // Backups
    void backupKilledMidWriteLeavesNoHalfBackup();
    void backupOnAFullOrReadOnlyFolderKeepsTheOlderOnes_data();
    void backupOnAFullOrReadOnlyFolderKeepsTheOlderOnes();

private:
    QProcessEnvironment candorEnvironment() const;
    // Candor with its window on database, quitting once it is shown.
    CandorRun runWindow(const QString &database) const;

    // Candor's "bring the window to the front" sockets live in the temporary
    // folder; killed copies leave theirs behind, so this test has its own.
    QTemporaryDir m_socketDir;
    RunningCandor m_holder;
};

void TestHostile::initTestCase()
{
    QVERIFY(m_socketDir.isValid());
}

void TestHostile::cleanup()
{
    m_holder.stop();
    Database::close();
}

QProcessEnvironment TestHostile::candorEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_socketDir.path());
    return environment;
}

CandorRun TestHostile::runWindow(const QString &database) const
{
    return runCandor({QStringLiteral("--database"), database, QStringLiteral("--startup-probe")},
                     candorEnvironment());
}

void TestHostile::exportOntoTheDatabaseIsRefused_data()
{
    QTest::addColumn<QString>("format");
    // Where the output goes, relative to the folder that holds candor.sqlite.
    QTest::addColumn<QString>("output");
    // Set up before the export: "symlink TARGET", "hardlink TARGET", "file", "folder".
    QTest::addColumn<QString>("setup");

    for (const char *format : {"pdf", "md", "html", "odt", "csv"})
        QTest::addRow("the database itself, %s", format)
            << QString::fromLatin1(format) << "candor.sqlite" << QString();
    QTest::newRow("a symlink to it") << "pdf"
                                     << "summary.pdf"
                                     << "symlink candor.sqlite";
    QTest::newRow("a hard link to it") << "md"
                                       << "summary.md"
                                       << "hardlink candor.sqlite";
    QTest::newRow("its folder by another name") << "pdf"
                                                << "alias/candor.sqlite"
                                                << "symlink-folder alias";
    QTest::newRow("its write-ahead log, not there yet") << "pdf"
                                                        << "candor.sqlite-wal"
                                                        << "";
    QTest::newRow("its shared-memory index") << "html"
                                             << "candor.sqlite-shm"
                                             << "";
    QTest::newRow("its rollback journal") << "md"
                                          << "candor.sqlite-journal"
                                          << "";
    QTest::newRow("its lock file") << "csv"
                                   << "candor.sqlite.lock"
                                   << "";
    QTest::newRow("a dangling symlink to its log") << "md"
                                                   << "notes.md"
                                                   << "symlink candor.sqlite-wal";
    QTest::newRow("its backup before an upgrade") << "pdf"
                                                  << "candor.sqlite.schema1.backup"
                                                  << "file";
    QTest::newRow("a dated backup before an upgrade")
        << "odt"
        << "candor.sqlite.schema2.20260302T090000.backup"
        << "";
    QTest::newRow("a file in its backups folder") << "pdf"
                                                  << "backups/summary.pdf"
                                                  << "folder backups";
    QTest::newRow("a hard link to a file in its backups folder")
        << "pdf"
        << "elsewhere/summary.pdf"
        << "hardlink backups/candor-1.sqlite";
}

void TestHostile::exportOntoTheDatabaseIsRefused()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir folder(dir.path());
    const QString database = folder.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    const QString target = folder.filePath(output);
    QVERIFY(folder.mkpath(QStringLiteral("elsewhere")));
    const QString kind = setup.section(QLatin1Char(' '), 0, 0);
    const QString linked = folder.filePath(setup.section(QLatin1Char(' '), 1));
    if (kind == QLatin1String("symlink")) {
        QVERIFY(QFile::link(linked, target));
    } else if (kind == QLatin1String("symlink-folder")) {
        QVERIFY(QFile::link(dir.path(), linked));
    } else if (kind == QLatin1String("hardlink")) {
        if (!QFileInfo::exists(linked)) {
            QVERIFY(folder.mkpath(QFileInfo(linked).absolutePath()));
            QVERIFY(writeContents(linked, "an older copy of the database"));
        }
        QCOMPARE(
            ::link(QFile::encodeName(linked).constData(), QFile::encodeName(target).constData()),
            0);
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(folder.mkpath(linked));
    } else if (kind == QLatin1String("file")) {
        QVERIFY(writeContents(target, "a copy kept before an upgrade"));
    }
    const FileSnapshot before = takeSnapshot(dir.path());

    const CandorRun run = runCandor(exportArguments(database, format, target));
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(quoted(target)), run.describe());
    QVERIFY2(run.err.contains(QLatin1String("database")), run.describe());
    // Nothing was written, moved or left behind, the database least of all.
    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestHostile::exportOntoWhatIsNotAFileIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a folder") << "folder";
    QTest::newRow("a named pipe") << "pipe";
    QTest::newRow("a device") << "device";
    QTest::newRow("a symlink to a device") << "symlink to device";
    // The machine's own: replacing it with a file would break every program
    // that writes to it.
    QTest::newRow("/dev/full") << "/dev/full";
}

void TestHostile::exportOntoWhatIsNotAFileIsRefused()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    const QString outputs = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outputs));
    QString target = QDir(outputs).filePath(QStringLiteral("summary.md"));
    const QByteArray targetName = QFile::encodeName(target);
    if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(target));
        QVERIFY(writeContents(target + QStringLiteral("/inside.txt"), "not to be touched"));
    } else if (kind == QLatin1String("pipe")) {
        QCOMPARE(::mkfifo(targetName.constData(), 0600), 0);
    } else if (kind.endsWith(QLatin1String("device"))) {
        // A device of the test's own that works like /dev/full, so a failure
        // here replaces nothing of the machine's.
        const QString device = QDir(outputs).filePath(QStringLiteral("full"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
            QSKIP("this machine does not let the test make a device node");
        if (kind == QLatin1String("device"))
            target = device;
        else
            QVERIFY(QFile::link(device, target));
    } else {
        target = kind;
    }
    struct stat status = {};
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &status), 0);
    const FileSnapshot before = takeSnapshot(dir.path());

    const CandorRun run = runCandor(exportArguments(database, QStringLiteral("md"), target));
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(quoted(target)), run.describe());
    struct stat after = {};
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &after), 0);
    QCOMPARE(after.st_mode, status.st_mode);
    QCOMPARE(after.st_rdev, status.st_rdev);
    QCOMPARE(after.st_ino, status.st_ino);
    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestHostile::fullDiskKeepsThePreviousExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<Fault>("fault");
    for (const char *format : {"pdf", "md", "html", "odt", "csv"}) {
        QTest::addRow("%s, full filesystem", format)
            << QString::fromLatin1(format) << Fault::FullFilesystem;
        // Works without the right to mount: writes past the limit fail
        // with EFBIG, as they would with ENOSPC.
        QTest::addRow("%s, file size limit", format)
            << QString::fromLatin1(format) << Fault::FileSizeLimit;
    }
}

void TestHostile::fullDiskKeepsThePreviousExport()
{
    QFETCH(QString, format);
    QFETCH(Fault, fault);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    const QString outputs = dir.filePath(QStringLiteral("out"));
    SmallFilesystem filesystem;
    if (fault == Fault::FullFilesystem && !filesystem.mount(outputs, 64))
        QSKIP("cannot mount a small filesystem here; the file size limit rows cover this");
    QVERIFY(QDir().mkpath(outputs));
    const QString target = QDir(outputs).filePath(QStringLiteral("summary.") + format);
    const QByteArray previous = "the previous summary";
    QVERIFY(writeContents(target, previous));
    std::function<void()> inChild;
    if (fault == Fault::FullFilesystem) {
        QVERIFY(filesystem.fill());
    } else {
        inChild = [] {
            const rlimit limit = {16, 16};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        };
    }
    const FileSnapshot before = takeSnapshot(outputs);

    const CandorRun run = runCandor(exportArguments(database, format, target),
                                    QProcessEnvironment::systemEnvironment(), inChild);
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(quoted(target)), run.describe());
    QCOMPARE(contents(target), previous);
    // No temporary file is left behind either.
    const QString differences = snapshotDifferences(before, takeSnapshot(outputs));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestHostile::htmlShowsTypedMarkupAsText_data()
{
    QTest::addColumn<SessionKind>("kind");
    QTest::newRow("pre-mortem") << SessionKind::PreMortem;
    QTest::newRow("post-mortem") << SessionKind::PostMortem;
}

void TestHostile::htmlShowsTypedMarkupAsText()
{
    QFETCH(SessionKind, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QStringList typedHostile;
    qint64 benign = 0;
    qint64 hostile = 0;
    {
        QVERIFY(Database::open(database).ok());
        Store store(Database::defaultConnectionName);
        benign = fillSession(store, kind, [](const QString &field) {
            return field + QStringLiteral(" in plain words");
        });
        hostile = fillSession(store, kind, [&typedHostile](const QString &field) {
            const QString text =
                field + QLatin1Char(' ') +
                hostilePayloads.at(int(typedHostile.size() % hostilePayloads.size()));
            typedHostile.append(text);
            return text;
        });
    }
    Database::close();

    const QString benignHtml = dir.filePath(QStringLiteral("benign.html"));
    const QString hostileHtml = dir.filePath(QStringLiteral("hostile.html"));
    for (const auto &[session, output] : {std::pair(benign, benignHtml), {hostile, hostileHtml}}) {
        const CandorRun run =
            runCandor(exportArguments(database, QStringLiteral("html"), output, session));
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    }
    const ParsedHtml plain = parseHtml(benignHtml);
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
    const ParsedHtml parsed = parseHtml(hostileHtml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    // The same elements as a session of the same shape typed in plain
    // words: nothing typed became an element, an attribute or a comment.
    QCOMPARE(parsed.elements, plain.elements);
    // And everything typed reads as it was typed.
    for (const QString &text : std::as_const(typedHostile))
        QVERIFY2(parsed.text.contains(text), qPrintable(text));
}

void TestHostile::csvDefusesFormulas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    const QStringList texts = {
        QStringLiteral("=HYPERLINK(\"http://attacker.example\",\"Click\")"),
        QStringLiteral("+1+cmd|' /C calc'!A0"),
        QStringLiteral("-2+3"),
        QStringLiteral("@SUM(1,2)"),
        QStringLiteral("\tTabbed"),
        QStringLiteral("\rReturned"),
        QStringLiteral("Plan B - later = fine"),
    };
    {
        QVERIFY(Database::open(database).ok());
        Store store(Database::defaultConnectionName);
        const qint64 id = store.createSession(SessionKind::PreMortem, QStringLiteral("Launch"));
        Concern concern;
        concern.sessionId = id;
        concern.summary = QStringLiteral("=1+1");
        const qint64 concernId = store.recordConcern(concern, TurnState());
        for (const QString &text : texts) {
            ActionItem action;
            action.sessionId = id;
            action.concernId = concernId;
            action.text = text;
            action.owner = QStringLiteral("=owner()");
            QVERIFY(store.addAction(action) > 0);
        }
    }
    Database::close();
    const QString output = dir.filePath(QStringLiteral("actions.csv"));
    const CandorRun run = runCandor(exportArguments(database, QStringLiteral("csv"), output));
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    const QByteArray csv = contents(output);

    // Each field that would start a formula starts with an apostrophe;
    // quoting (for commas, quotes and line ends) comes around that.
    for (const QByteArray &field :
         {QByteArray("\"'=HYPERLINK(\"\"http://attacker.example\"\",\"\"Click\"\")\""),
          QByteArray("'+1+cmd|' /C calc'!A0,"), QByteArray(",'-2+3,"),
          QByteArray(",\"'@SUM(1,2)\","), QByteArray(",'\tTabbed,"),
          QByteArray(",\"'\rReturned\","), QByteArray(",'=owner(),"), QByteArray(",#1 =1+1,"),
          QByteArray(",Plan B - later = fine,")})
        QVERIFY2(csv.contains(field), csv.constData());
    // No field of any record starts with what a spreadsheet evaluates.
    for (const char start : {'=', '+', '-', '@', '\t', '\r'}) {
        QVERIFY2(!csv.contains(QByteArray(",") + start), csv.constData());
        QVERIFY2(!csv.contains(QByteArray(",\"") + start), csv.constData());
        QVERIFY2(!csv.contains(QByteArray("\r\n") + start), csv.constData());
    }
}

void TestHostile::hotJournalIsRolledBack_data()
{
    QTest::addColumn<bool>("olderSchema");
    QTest::addColumn<QString>("mode");
    // A kill while an older file was being upgraded.
    QTest::newRow("upgrade cut short, window") << true << "window";
    // A current file someone keeps in rollback-journal mode.
    QTest::newRow("current file, window") << false << "window";
    QTest::newRow("current file, --list") << false << "list";
    QTest::newRow("current file, --export") << false << "export";
}

void TestHostile::hotJournalIsRolledBack()
{
    QFETCH(bool, olderSchema);
    QFETCH(QString, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source/candor.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(source).absolutePath()));
    QString knownTitle = QStringLiteral("Launch review");
    if (olderSchema) {
        QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), source));
        QVERIFY(QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        knownTitle = QStringLiteral("Launch of the mobile app");
    } else {
        QVERIFY(createCandorFile(source, {knownTitle}));
    }
    QVERIFY(addManySessions(source, 600));
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(copyWithHotJournal(source, database));
    const FileSnapshot before = takeSnapshot(dir.path());

    const QString output = dir.filePath(QStringLiteral("summary.md"));
    QStringList arguments = {QStringLiteral("--database"), database};
    if (mode == QLatin1String("window"))
        arguments << QStringLiteral("--startup-probe");
    else if (mode == QLatin1String("list"))
        arguments << QStringLiteral("--list");
    else
        arguments = exportArguments(database, QStringLiteral("md"), output);
    const CandorRun run = runCandor(arguments, candorEnvironment());
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), run.describe());

    if (mode == QLatin1String("window")) {
        // The writer rolled the journal back into the file and opened it.
        QVERIFY(!QFileInfo::exists(database + QStringLiteral("-journal")));
        const CandorRun list =
            runCandor({QStringLiteral("--database"), database, QStringLiteral("--list")});
        QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
        QVERIFY2(list.out.contains(knownTitle), list.describe());
        QVERIFY2(!list.out.contains(QLatin1String("Half written")), list.describe());
        QCOMPARE(list.out.count(QLatin1String("Filler ")), 600);
    } else {
        // Readers see the file as it was before the cut-short transaction,
        // and leave the journal for the next writer to roll back.
        const QString seen =
            mode == QLatin1String("list") ? run.out : QString::fromUtf8(contents(output));
        QVERIFY2(seen.contains(knownTitle), qPrintable(seen));
        QVERIFY2(!seen.contains(QLatin1String("Half written")), qPrintable(seen));
        FileSnapshot after = takeSnapshot(dir.path());
        after.remove(QStringLiteral("summary.md"));
        const QString differences = snapshotDifferences(before, after);
        QVERIFY2(differences.isEmpty(), qPrintable(differences));
    }
}

void TestHostile::killDuringBackupLeavesNoHalfBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(CANDOR_FIXTURES_DIR "/schema1.sqlite"), database));
    QVERIFY(QFile::setPermissions(database, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(addManySessions(database, 2000));
    const qint64 size = QFileInfo(database).size();
    QVERIFY(size > 2 * 1024 * 1024);
    const QByteArray original = fileHash(database);

    // A file size limit below the backup's size kills Candor (SIGXFSZ) in
    // the middle of writing it, the way a power cut or a kill would.
    const CandorRun killed =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--startup-probe")},
                  candorEnvironment(), [size] {
                      const rlimit limit = {rlim_t(size / 2), rlim_t(size / 2)};
                      ::setrlimit(RLIMIT_FSIZE, &limit);
                      ::signal(SIGXFSZ, SIG_DFL);
                      ::umask(022);
                  });
    QVERIFY2(killed.finished && killed.exitStatus == QProcess::CrashExit, killed.describe());
    const QString backup = database + QStringLiteral(".schema1.backup");
    const QStringList started =
        QDir(dir.path()).entryList({QStringLiteral("candor.sqlite.schema1.backup*")}, QDir::Files);
    // Otherwise the kill came before the backup and this tests nothing.
    QVERIFY2(!started.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(' ')));
    // Nothing under the documented name until the copy is whole, and what
    // was being written is the owner's only from the start.
    QVERIFY2(!QFileInfo::exists(backup), qPrintable(started.join(' ')));
    for (const QString &name : started)
        QCOMPARE(permissionBits(dir.filePath(name)), mode_t(0600));
    QCOMPARE(fileHash(database), original);

    // The next start upgrades, with a whole backup and nothing half written left.
    const CandorRun next = runWindow(database);
    QVERIFY2(next.exitedWith(CandorExit::Success), next.describe());
    QCOMPARE(
        QDir(dir.path()).entryList({QStringLiteral("candor.sqlite.schema1.backup*")}, QDir::Files),
        QStringList{QFileInfo(backup).fileName()});
    QCOMPARE(permissionBits(backup), mode_t(0600));
    const QString connection = QStringLiteral("backup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(backup);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA quick_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sessions")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2002);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestHostile::missingLogIsNamed_data()
{
    QTest::addColumn<bool>("windowed");
    QTest::newRow("--list") << false;
    QTest::newRow("window") << true;
}

void TestHostile::missingLogIsNamed()
{
    // The log went missing (a copy without it, a clean-up script) while its
    // index still says it holds edits: opening would silently drop them.
    QFETCH(bool, windowed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(copyLeftByCrash(database, {insertSessionOnlyInTheLog()}, false, true));
    const FileSnapshot before = takeSnapshot(dir.path());

    const CandorRun run =
        runCandor({QStringLiteral("--database"), database,
                   windowed ? QStringLiteral("--startup-probe") : QStringLiteral("--list")},
                  candorEnvironment());
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(quoted(database + QStringLiteral("-wal"))), run.describe());
    QVERIFY2(run.err.contains(quoted(database + QStringLiteral("-shm"))), run.describe());
    QVERIFY2(!run.err.contains(QLatin1String("damaged")), run.describe());
    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestHostile::readersLeaveNothingBehind_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("logLeftByCrash");
    QTest::newRow("--list") << "list" << false;
    QTest::newRow("--export") << "export" << false;
    QTest::newRow("--list, log left by a crash") << "list" << true;
    QTest::newRow("--export, log left by a crash") << "export" << true;
}

void TestHostile::readersLeaveNothingBehind()
{
    // A file kept read-only (an archive, a colleague's copy) is read without
    // leaving anything beside it, least of all read-only logs that would
    // make every later edit fail once the file is made writable again.
    QFETCH(QString, mode);
    QFETCH(bool, logLeftByCrash);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Characters a URI would read otherwise: SQLite gets such a file by URI.
    const QString database = dir.filePath(QStringLiteral("archive ?#%41 ü/candor.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(database).absolutePath()));
    const QString expected = createDatabase(database, logLeftByCrash);
    QVERIFY(!expected.isEmpty());
    const QFileDevice::Permissions readOnly =
        QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(database, readOnly));
    const FileSnapshot before = takeSnapshot(QFileInfo(database).absolutePath());

    const QString output = dir.filePath(QStringLiteral("summary.md"));
    const qint64 session = logLeftByCrash ? 2 : 1;
    const CandorRun run = runCandor(
        mode == QLatin1String("list")
            ? QStringList{QStringLiteral("--database"), database, QStringLiteral("--list")}
            : exportArguments(database, QStringLiteral("md"), output, session));
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    const QString seen =
        mode == QLatin1String("list") ? run.out : QString::fromUtf8(contents(output));
    QVERIFY2(seen.contains(expected), qPrintable(seen));
    const QString differences =
        snapshotDifferences(before, takeSnapshot(QFileInfo(database).absolutePath()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));

    // Made writable again, as the message for read-only files advises, it
    // takes edits.
    QVERIFY(QFile::setPermissions(database, readOnly | QFileDevice::WriteOwner));
    const Database::OpenResult opened = Database::open(database);
    QVERIFY2(opened.ok(), qPrintable(opened.message));
    {
        Store store(Database::defaultConnectionName);
        QVERIFY2(store.createSession(SessionKind::PreMortem, QStringLiteral("Later")) > 0,
                 qPrintable(store.lastError()));
    }
    Database::close();
}

void TestHostile::readOnlyFolder_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("logLeftByCrash");
    QTest::newRow("--list") << "list" << false;
    QTest::newRow("--list, log left by a crash") << "list" << true;
    QTest::newRow("window") << "window" << false;
}

void TestHostile::readOnlyFolder()
{
    QFETCH(QString, mode);
    QFETCH(bool, logLeftByCrash);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    SmallFilesystem filesystem;
    const bool mounted = filesystem.mount(folder, 1024);
    if (!mounted && ::geteuid() == 0)
        QSKIP("root writes to any folder it can mount nothing over");
    QVERIFY(QDir().mkpath(folder));
    const QString database = QDir(folder).filePath(QStringLiteral("candor.sqlite"));
    const QString expected = createDatabase(database, logLeftByCrash);
    QVERIFY(!expected.isEmpty());
    if (mounted)
        QVERIFY(filesystem.makeReadOnly());
    else
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const FileSnapshot before = takeSnapshot(folder);

    if (mode == QLatin1String("list")) {
        const CandorRun run =
            runCandor({QStringLiteral("--database"), database, QStringLiteral("--list")});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QVERIFY2(run.out.contains(expected), run.describe());
    } else {
        const CandorRun run = runWindow(database);
        QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
        QVERIFY2(run.err.contains(quoted(database)), run.describe());
        QVERIFY2(run.err.contains(mounted ? QLatin1String("on a read-only filesystem")
                                          : QLatin1String("folder is read-only")),
                 run.describe());
        QVERIFY2(!run.err.contains(QLatin1String("damaged")), run.describe());
    }
    const QString differences = snapshotDifferences(before, takeSnapshot(folder));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    if (!mounted)
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
}

void TestHostile::badLockFileIsRecovered_data()
{
    QTest::addColumn<QString>("lock");
    QTest::newRow("empty") << "empty";
    QTest::newRow("garbage") << "garbage";
    QTest::newRow("naming a process that is gone") << "gone";
    QTest::newRow("naming a live process of another program") << "other program";
    QTest::newRow("left by a Candor killed with SIGKILL") << "killed";
}

void TestHostile::badLockFileIsRecovered()
{
    QFETCH(QString, lock);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    const QString lockPath = database + QStringLiteral(".lock");
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    // What QLockFile writes: process id, program, host, boot id.
    const auto lockNaming = [](qint64 pid, const QString &program) {
        return QStringLiteral("%1\n%2\n%3\n\n")
            .arg(pid)
            .arg(program, QSysInfo::machineHostName())
            .toUtf8();
    };
    if (lock == QLatin1String("empty")) {
        QVERIFY(writeContents(lockPath, QByteArray()));
    } else if (lock == QLatin1String("garbage")) {
        QVERIFY(writeContents(lockPath, QByteArray("\x89PNG\r\n\x1a\n not a lock \xff\xfe", 22)));
    } else if (lock == QLatin1String("gone")) {
        QProcess finished;
        finished.start(QStringLiteral("true"), QStringList());
        QVERIFY(finished.waitForFinished());
        QVERIFY(
            writeContents(lockPath, lockNaming(finished.processId(), QStringLiteral("candor"))));
    } else if (lock == QLatin1String("other program")) {
        QVERIFY(writeContents(lockPath, lockNaming(::getpid(), QStringLiteral("candor"))));
    } else {
        QVERIFY(m_holder.start(database, candorEnvironment()));
        QVERIFY(m_holder.crash());
        // Otherwise this would not test recovering a lock left behind.
        QVERIFY(QFileInfo::exists(lockPath));
    }

    const CandorRun run = runWindow(database);
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(run.out.startsWith(QLatin1String("shown ")), run.describe());
    QVERIFY(!QFileInfo::exists(lockPath));
}

void TestHostile::lockFolderIsNamed()
{
    // A folder where the lock file goes cannot be recovered without
    // deleting what someone put there; the message says which one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    const QString lockPath = database + QStringLiteral(".lock");
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    QVERIFY(QDir().mkpath(lockPath));
    QVERIFY(writeContents(lockPath + QStringLiteral("/notes.txt"), "not to be touched"));
    const FileSnapshot before = takeSnapshot(dir.path());

    const CandorRun run = runWindow(database);
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(quoted(lockPath)), run.describe());
    QVERIFY2(!run.err.contains(QLatin1String("another program")), run.describe());
    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestHostile::hardLinkedSecondStartIsRefused()
{
    // The same file under another name: two writers would each keep a log
    // beside their own name, and the sessions of one would be stranded.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("team.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Planning")}));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
    const QString alias = dir.filePath(QStringLiteral("elsewhere/alias.sqlite"));
    QCOMPARE(::link(QFile::encodeName(database).constData(), QFile::encodeName(alias).constData()),
             0);
    QVERIFY(m_holder.start(database, candorEnvironment()));

    const CandorRun second = runWindow(alias);
    QVERIFY2(second.exitedWith(CandorExit::AlreadyRunning), second.describe());
    QVERIFY2(!second.out.contains(QLatin1String("shown")), second.describe());
    QVERIFY2(second.err.contains(QLatin1String("already open")), second.describe());
    QVERIFY2(second.err.contains(quoted(alias)), second.describe());
    QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(m_holder.processId())),
             second.describe());
    QVERIFY2(second.err.contains(QLatin1String("Its window was brought to the front.")),
             second.describe());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("elsewhere"))).entryList(QDir::Files),
             QStringList{QStringLiteral("alias.sqlite")});
    QVERIFY(m_holder.isRunning());
}

// The backups under their final names (not partial files), by name.
QStringList wholeBackups(const QString &folder)
{
    return QDir(folder)
        .entryList(QDir::Files, QDir::Name)
        .filter(QRegularExpression(QStringLiteral("^candor-.*Z(-\\d+)?\\.sqlite$")));
}

void TestHostile::backupKilledMidWriteLeavesNoHalfBackup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    QVERIFY(addManySessions(database, 2000));
    const qint64 size = QFileInfo(database).size();
    QVERIFY(size > 2 * 1024 * 1024);
    const QStringList backup = {QStringLiteral("--database"), database, QStringLiteral("--backup")};
    const CandorRun earlier = runCandor(backup, candorEnvironment());
    QVERIFY2(earlier.exitedWith(CandorExit::Success), earlier.describe());
    const QString earlierPath = earlier.out.trimmed();
    const QByteArray earlierHash = fileHash(earlierPath);
    const QByteArray original = fileHash(database);

    // A file size limit below the backup's size kills Candor (SIGXFSZ) in
    // the middle of writing it, the way a power cut or a kill would.
    const CandorRun killed = runCandor(backup, candorEnvironment(), [size] {
        const rlimit limit = {rlim_t(size / 2), rlim_t(size / 2)};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_DFL);
        ::umask(022);
    });
    QVERIFY2(killed.finished && killed.exitStatus == QProcess::CrashExit, killed.describe());
    const QString folder = dir.filePath(QStringLiteral("backups"));
    const QStringList left = QDir(folder).entryList(QDir::Files);
    // Otherwise the kill came before the copy and this tests nothing.
    QVERIFY2(left.size() > 1, qPrintable(left.join(QLatin1Char(' '))));
    // Nothing under a backup's name until it is whole, what was being
    // written is the owner's only, and the earlier backup is untouched.
    QCOMPARE(wholeBackups(folder), QStringList{QFileInfo(earlierPath).fileName()});
    for (const QString &name : left)
        QCOMPARE(permissionBits(QDir(folder).filePath(name)), mode_t(0600));
    QCOMPARE(fileHash(earlierPath), earlierHash);
    QCOMPARE(fileHash(database), original);

    // The next one is written whole, and only then replaces today's earlier one.
    const CandorRun next = runCandor(backup, candorEnvironment());
    QVERIFY2(next.exitedWith(CandorExit::Success), next.describe());
    QCOMPARE(wholeBackups(folder), QStringList{QFileInfo(next.out.trimmed()).fileName()});
    const CandorRun list =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--list-backups")});
    QVERIFY2(list.out.contains(QLatin1String(" 2001 ")), list.describe());
}

void TestHostile::backupOnAFullOrReadOnlyFolderKeepsTheOlderOnes_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("full filesystem") << "full";
    QTest::newRow("read-only filesystem") << "read-only";
    // Works without the right to mount: writes past the limit fail with
    // EFBIG, as they would with ENOSPC.
    QTest::newRow("file size limit") << "limit";
}

void TestHostile::backupOnAFullOrReadOnlyFolderKeepsTheOlderOnes()
{
    QFETCH(QString, fault);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    SmallFilesystem filesystem;
    if (fault != QLatin1String("limit") && !filesystem.mount(folder, 512))
        QSKIP("cannot mount a small filesystem here; the file size limit row covers this");
    const QStringList backup = {QStringLiteral("--database"), database, QStringLiteral("--backup")};
    const CandorRun earlier = runCandor(backup, candorEnvironment());
    QVERIFY2(earlier.exitedWith(CandorExit::Success), earlier.describe());
    std::function<void()> inChild;
    if (fault == QLatin1String("full"))
        QVERIFY(filesystem.fill());
    else if (fault == QLatin1String("read-only"))
        QVERIFY(filesystem.makeReadOnly());
    else
        inChild = [] {
            const rlimit limit = {16 * 1024, 16 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        };
    const FileSnapshot before = takeSnapshot(folder);

    const CandorRun run = runCandor(backup, candorEnvironment(), inChild);
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains(quoted(folder)), run.describe());
    // The earlier backup is as it was, and nothing half written is left.
    const QString differences = snapshotDifferences(before, takeSnapshot(folder));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
