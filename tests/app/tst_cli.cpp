// The command line as a user's shell sees it: output, exit codes, and files
// that Candor refuses to open staying exactly as they were. Listing and
// exporting run again on the PostgreSQL test server (tst_cli_postgresql);
// what is about files, and what reads no database, runs on SQLite only.

#include "candorfiles.h"
#include "candorprocess.h"
#include "database.h"
#include "filesnapshot.h"
#include "store.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

// What --list prints for one session, column by column.
struct ListedSession
{
    QString id;
    QString date;
    QString kind;
    QString concerns;
    QString actions;
    QString title;
};

// Reads the table back using the header to find where each column starts;
// the title is last and may hold spaces, so it is everything after its
// column start.
bool parseSessionTable(const QString &out, QVector<ListedSession> *rows, QString *error)
{
    if (!out.endsWith(QLatin1Char('\n'))) {
        *error = QStringLiteral("output does not end with a line break");
        return false;
    }
    QStringList lines = out.split(QLatin1Char('\n'));
    lines.removeLast();
    const QString header = lines.takeFirst();
    if (header.simplified() != QLatin1String("ID DATE KIND CONCERNS ACTIONS TITLE")) {
        *error = QStringLiteral("unexpected header: ") + header;
        return false;
    }
    const int dateColumn = header.indexOf(QLatin1String("DATE"));
    const int kindColumn = header.indexOf(QLatin1String("KIND"));
    const int concernsColumn = header.indexOf(QLatin1String("CONCERNS"));
    const int actionsColumn = header.indexOf(QLatin1String("ACTIONS"));
    const int titleColumn = header.indexOf(QLatin1String("TITLE"));
    for (const QString &line : std::as_const(lines)) {
        if (line.size() < titleColumn) {
            *error = QStringLiteral("row shorter than the header: ") + line;
            return false;
        }
        ListedSession row;
        row.id = line.left(dateColumn).trimmed();
        row.date = line.mid(dateColumn, kindColumn - dateColumn).trimmed();
        row.kind = line.mid(kindColumn, concernsColumn - kindColumn).trimmed();
        row.concerns = line.mid(concernsColumn, actionsColumn - concernsColumn).trimmed();
        row.actions = line.mid(actionsColumn, titleColumn - actionsColumn).trimmed();
        row.title = line.mid(titleColumn);
        rows->append(row);
    }
    return true;
}

// What SQLite itself says about a file, asked on a copy so the file stays
// untouched; empty when it could not be asked.
QString quickCheckOfCopy(const QString &path)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    if (!dir.isValid() || !QFile::copy(path, copy))
        return {};
    QString result;
    const QString connection = QStringLiteral("check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            result = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()
                         ? query.value(0).toString()
                         : query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Damages one table b-tree page in the middle of a database big enough to
// have many, leaving the header (and so "SQLite format 3" and Candor's
// application id) intact: what a bad sector or a half-copied file looks like.
bool createCorruptCandorFile(const QString &path)
{
    if (!createCandorFile(path, {QStringLiteral("Before the damage")}))
        return false;
    // Long titles spread the rows over many pages.
    if (!runRawSql(
            path,
            {QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500)"
                " INSERT INTO sessions (kind, title, created_at, updated_at)"
                " SELECT 'postmortem', printf('Session %d %s', i, hex(randomblob(120))),"
                " '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z' FROM n")}))
        return false;
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return false;

    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const QByteArray header = file.read(100);
    const int pageSize = (uchar(header.at(16)) << 8) | uchar(header.at(17));
    const qint64 pageCount = file.size() / pageSize;
    if (pageSize < 512 || pageCount < 20)
        return false;
    const char tableLeafPage = 0x0d;
    for (qint64 page = pageCount / 2; page < pageCount; ++page) {
        const qint64 offset = page * pageSize;
        file.seek(offset);
        if (file.read(1).at(0) != tableLeafPage)
            continue;
        // The cell pointer array follows the 8-byte page header: pointers past
        // the end of the page are damage that quick_check always reports.
        file.seek(offset + 8);
        file.write(QByteArray(48, '\xff'));
        file.close();
        const QString check = quickCheckOfCopy(path);
        if (check == QLatin1String("ok") || check.isEmpty()) {
            qWarning() << "the damage went unnoticed:" << check;
            return false;
        }
        return true;
    }
    return false;
}

// What a newer Candor killed mid-session leaves behind: its upgrade and its
// last edit are committed, but only to the write-ahead log beside the file.
bool createNewerCandorFileLeftByCrash(const QString &path)
{
    return copyLeftByCrash(
               path, {QStringLiteral("PRAGMA user_version = 99"), insertSessionOnlyInTheLog()},
               true, false) &&
           QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

enum class UnusableFile {
    Missing,
    UnderRegularFile,
    Folder,
    ReadOnly,
    NotSqlite,
    ForeignSqlite,
    NewerVersion,
    NewerVersionLeftByCrash,
    Corrupt,
};

} // namespace

Q_DECLARE_METATYPE(UnusableFile)

namespace {

// The tests that are about files or read no database run once, on SQLite.
#define CANDOR_SQLITE_ONLY(why)                                                                    \
    do {                                                                                           \
        if (TestDatabase::onPostgresql())                                                          \
            QSKIP(why);                                                                            \
    } while (false)

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void version_data();
    void version();
    void help_data();
    void help();
    void usageError_data();
    void usageError();
    void listPrintsSessionsNewestFirst();
    void listReadsReadOnlyFile();
    void newDatabaseIsPrivate();
    void aServerIsNotTakenForAFile();
    void exportWritesEachFormat_data();
    void exportWritesEachFormat();
    void exportPdfOnThePaperAskedFor();
    void exportRefusesWhatItCannotDo_data();
    void exportRefusesWhatItCannotDo();
    void refusesUnusableFile_data();
    void refusesUnusableFile();
};

void TestCli::cleanup()
{
    // A failed check may return while this process still has a file open.
    Database::close();
}

void TestCli::version_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--version");
    QTest::newRow("short") << QStringLiteral("-v");
}

void TestCli::version()
{
    CANDOR_SQLITE_ONLY("Reads no database: run on SQLite");
    QFETCH(QString, option);
    const CandorRun run = runCandor({option});
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    // The version CMake's project() declares, the one packages are named after.
    QCOMPARE(run.out, QStringLiteral("Candor " CANDOR_VERSION "\n"));
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("long") << QStringLiteral("--help");
    QTest::newRow("short") << QStringLiteral("-h");
}

void TestCli::help()
{
    CANDOR_SQLITE_ONLY("Reads no database: run on SQLite");
    QFETCH(QString, option);
    const CandorRun run = runCandor({option});
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(run.out.contains(QLatin1String("--database <path>")), run.describe());
    QVERIFY2(run.out.contains(QLatin1String("--list")), run.describe());
    QVERIFY2(run.out.contains(QLatin1String("pre-mortem and post-mortem")), run.describe());
    // Only the benchmark uses it; users should not be offered it.
    QVERIFY2(!run.out.contains(QLatin1String("startup-probe")), run.describe());
}

void TestCli::usageError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("complaint");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                    << QStringLiteral("Unknown option 'frobnicate'");
    QTest::newRow("unknown option with --list")
        << QStringList{QStringLiteral("--list"), QStringLiteral("--colour")}
        << QStringLiteral("Unknown option 'colour'");
    QTest::newRow("missing path") << QStringList{QStringLiteral("--database")}
                                  << QStringLiteral("Missing value after '--database'");
    // A file named alone is one to import in the window; beside another
    // mode, or a second one, it is a mistake.
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("--list"), QStringLiteral("sessions.sqlite")}
        << QStringLiteral("Unexpected argument “sessions.sqlite”");
    QTest::newRow("two files to import")
        << QStringList{QStringLiteral("a.candor"), QStringLiteral("b.candor")}
        << QStringLiteral("Unexpected argument “b.candor”");
}

void TestCli::usageError()
{
    CANDOR_SQLITE_ONLY("Reads no database: run on SQLite");
    QFETCH(QStringList, arguments);
    QFETCH(QString, complaint);
    const CandorRun run = runCandor(arguments);
    QVERIFY2(run.exitedWith(CandorExit::UsageProblem), run.describe());
    QVERIFY2(run.err.contains(complaint), run.describe());
    // The usage follows the complaint, so the user sees what would work.
    QVERIFY2(run.err.contains(QLatin1String("--database <path>")), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
}

void TestCli::listPrintsSessionsNewestFirst()
{
    TestDatabase database;
    QVERIFY2(database.error().isEmpty(), qPrintable(database.error()));

    struct Planned
    {
        SessionKind kind;
        QString title;
        QString createdAt;  // set explicitly so date order differs from id order
        QString listedDate; // in the time zone the listing runs in
        int concerns;
        int mergedConcerns; // folded into another one, so not counted
        int actions;
    };
    const QVector<Planned> planned = {
        {SessionKind::PreMortem, QStringLiteral("Billing launch"),
         QStringLiteral("2024-03-05T10:15:00.000Z"), QStringLiteral("2024-03-05 15:45"), 1, 0, 0},
        {SessionKind::PostMortem, QStringLiteral("Checkout outage 🚀🔥 (P1)"),
         QStringLiteral("2024-03-07T14:05:09.250Z"), QStringLiteral("2024-03-07 19:35"), 3, 1, 2},
        {SessionKind::PreMortem, QStringLiteral("مراجعة ما قبل الإطلاق"),
         QStringLiteral("2024-03-06T08:00:00.000Z"), QStringLiteral("2024-03-06 13:30"), 0, 0, 1},
        {SessionKind::PostMortem, QStringLiteral("First line\nsecond line"),
         QStringLiteral("2024-02-29T23:59:00.000Z"), QStringLiteral("2024-03-01 05:29"), 0, 0, 0},
        // Same moment as the Arabic one: the later id is listed first.
        {SessionKind::PostMortem, QStringLiteral("Same minute, created later"),
         QStringLiteral("2024-03-06T08:00:00.000Z"), QStringLiteral("2024-03-06 13:30"), 12, 0, 3},
    };
    QVector<qint64> ids;
    {
        const Database::OpenResult opened = database.open();
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        Store store(Database::defaultConnectionName);
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        for (const Planned &session : planned) {
            const qint64 id = store.createSession(session.kind, session.title);
            QVERIFY2(id != 0, qPrintable(store.lastError()));
            ids.append(id);
            QVERIFY(exec(query, QStringLiteral("UPDATE sessions SET created_at = ? WHERE id = ?"),
                         {session.createdAt, id}));
            QVector<qint64> concernIds;
            for (int i = 0; i < session.concerns + session.mergedConcerns; ++i) {
                QVERIFY(exec(query,
                             QStringLiteral("INSERT INTO concerns (session_id, position, summary,"
                                            " created_at) VALUES (?, ?, ?, ?) RETURNING id"),
                             {id, i, QStringLiteral("Concern %1").arg(i), session.createdAt}));
                QVERIFY(query.next());
                concernIds.append(query.value(0).toLongLong());
                query.finish();
            }
            for (int i = 0; i < session.mergedConcerns; ++i) {
                QVERIFY(exec(query,
                             QStringLiteral("UPDATE concerns SET merged_into_id = ? WHERE id = ?"),
                             {concernIds.first(), concernIds.at(session.concerns + i)}));
            }
            for (int i = 0; i < session.actions; ++i) {
                QVERIFY(exec(query,
                             QStringLiteral("INSERT INTO actions (session_id, text, rank,"
                                            " created_at, updated_at) VALUES (?, ?, ?, ?, ?)"),
                             {id, QStringLiteral("Action %1").arg(i), i, session.createdAt,
                              session.createdAt}));
            }
        }
        // Deleted but not yet purged: hidden from the list like in the window.
        const qint64 deleted = store.createSession(SessionKind::PreMortem, QStringLiteral("Gone"));
        QVERIFY(deleted != 0);
        QVERIFY(store.setSessionDeleted(deleted, true));
    }
    // The listing must see what is committed, not what this connection holds.
    Database::close();

    // Dates are stored in UTC and listed in the user's time zone; one that is
    // not a whole number of hours away catches any shortcut.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TZ"), QStringLiteral("IST-5:30"));
    const CandorRun run = runCandor(
        {QStringLiteral("--database"), database.argument(), QStringLiteral("--list")}, environment);
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVector<ListedSession> rows;
    QString error;
    QVERIFY2(parseSessionTable(run.out, &rows, &error),
             qPrintable(error + QLatin1Char('\n') + run.out));

    // Newest first by date, the later id first on a tie.
    const QVector<int> expectedOrder = {1, 4, 2, 0, 3};
    QCOMPARE(rows.size(), expectedOrder.size());
    for (int i = 0; i < rows.size(); ++i) {
        const Planned &session = planned.at(expectedOrder.at(i));
        const ListedSession &row = rows.at(i);
        QCOMPARE(row.id, QString::number(ids.at(expectedOrder.at(i))));
        QCOMPARE(row.date, session.listedDate);
        QCOMPARE(row.kind, session.kind == SessionKind::PreMortem ? QStringLiteral("premortem")
                                                                  : QStringLiteral("postmortem"));
        QCOMPARE(row.concerns, QString::number(session.concerns));
        QCOMPARE(row.actions, QString::number(session.actions));
        // A line break in a title must not start a new row.
        QString title = session.title;
        QCOMPARE(row.title, title.replace(QLatin1Char('\n'), QLatin1Char(' ')));
    }
}

void TestCli::listReadsReadOnlyFile()
{
    CANDOR_SQLITE_ONLY("About a read-only file");
    // Listing only reads, so a file kept read-only on purpose (an archive, a
    // colleague's copy) can still be looked at.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("archive.sqlite"));
    QVERIFY(createCandorFile(path, {QStringLiteral("Archived retro")}));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    const FileSnapshot before = takeSnapshot(dir.path());

    const CandorRun run = runCandor({QStringLiteral("--list"), QStringLiteral("--database"), path});
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(run.out.contains(QLatin1String("premortem")), run.describe());
    QVERIFY2(run.out.trimmed().endsWith(QLatin1String("  Archived retro")), run.describe());

    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TestCli::newDatabaseIsPrivate()
{
    CANDOR_SQLITE_ONLY("About a new file");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("not/yet/there/candor.sqlite"));

    // Whatever the user's umask allows, sessions are candid and stay private.
    const mode_t previousMask = ::umask(0);
    const CandorRun run =
        runCandor({QStringLiteral("--database"), path, QStringLiteral("--startup-probe")});
    ::umask(previousMask);
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(run.out.startsWith(QLatin1String("shown ")), run.describe());

    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
    QCOMPARE(status.st_mode & 07777, mode_t(0600));
    // A clean exit leaves no lock behind to confuse the next start.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));

    // It is a Candor database now, and an empty one.
    const CandorRun list =
        runCandor({QStringLiteral("--database"), path, QStringLiteral("--list")});
    QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
    QCOMPARE(list.out.simplified(), QStringLiteral("ID DATE KIND CONCERNS ACTIONS TITLE"));
}

// A PostgreSQL URI is a server, never a file of that name: one that cannot
// be reached is said so, nothing is made here, and its password is never
// printed.
void TestCli::aServerIsNotTakenForAFile()
{
    CANDOR_SQLITE_ONLY("About telling files from servers, without one");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const CandorRun run =
        runCandor({QStringLiteral("--database"),
                   QStringLiteral("postgresql://dana:s3cret@/candor?host=/nonexistent"),
                   QStringLiteral("--list")});
    QDir::setCurrent(previous);
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(QLatin1String("postgresql://dana@/candor?host=/nonexistent")),
             run.describe());
    QVERIFY2(run.err.contains(QLatin1String("Nothing was created or changed")), run.describe());
    QVERIFY2(!run.err.contains(QLatin1String("s3cret")) &&
                 !run.out.contains(QLatin1String("s3cret")),
             run.describe());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    const CandorRun mistyped =
        runCandor({QStringLiteral("--database"), QStringLiteral("postgresql://db.example.org"),
                   QStringLiteral("--list")});
    QVERIFY2(mistyped.exitedWith(CandorExit::UsageProblem), mistyped.describe());
    QVERIFY2(mistyped.err.contains(QLatin1String("names no database")), mistyped.describe());
}

void TestCli::refusesUnusableFile_data()
{
    QTest::addColumn<UnusableFile>("file");
    QTest::addColumn<bool>("windowed");
    QTest::addColumn<QString>("explanation");

    const struct
    {
        const char *name;
        UnusableFile file;
        const char *listExplanation;   // nullptr: --list may read it
        const char *windowExplanation; // nullptr: the window may create it
    } cases[] = {
        {"missing file", UnusableFile::Missing, "there is no such file", nullptr},
        {"under a regular file", UnusableFile::UnderRegularFile, "there is no such file",
         "cannot be created"},
        {"folder", UnusableFile::Folder, "it is a folder", "it is a folder"},
        {"read-only file", UnusableFile::ReadOnly, nullptr, "is read-only"},
        {"text file", UnusableFile::NotSqlite, "not an SQLite file", "not an SQLite file"},
        {"another program's SQLite file", UnusableFile::ForeignSqlite, "belongs to another program",
         "belongs to another program"},
        {"newer Candor file", UnusableFile::NewerVersion, "newer version of Candor (schema 99",
         "newer version of Candor (schema 99"},
        {"newer Candor file left by a crash", UnusableFile::NewerVersionLeftByCrash,
         "newer version of Candor (schema 99", "newer version of Candor (schema 99"},
        {"corrupt Candor file", UnusableFile::Corrupt, "is damaged", "is damaged"},
    };
    for (const auto &row : cases) {
        if (row.listExplanation) {
            QTest::addRow("%s, --list", row.name)
                << row.file << false << QString::fromUtf8(row.listExplanation);
        }
        if (row.windowExplanation) {
            QTest::addRow("%s, window", row.name)
                << row.file << true << QString::fromUtf8(row.windowExplanation);
        }
    }
}

void TestCli::refusesUnusableFile()
{
    CANDOR_SQLITE_ONLY("About files Candor refuses");
    QFETCH(UnusableFile, file);
    QFETCH(bool, windowed);
    QFETCH(QString, explanation);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("candor.sqlite"));
    const QStringList someSessions = {QStringLiteral("Kept"), QStringLiteral("As it was")};
    switch (file) {
    case UnusableFile::Missing:
        break;
    case UnusableFile::UnderRegularFile: {
        QFile notes(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Agenda for Monday\n");
        notes.close();
        path = dir.filePath(QStringLiteral("notes.txt/candor.sqlite"));
        break;
    }
    case UnusableFile::Folder: {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("candor.sqlite")));
        QFile inside(path + QStringLiteral("/inside.txt"));
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.write("not to be touched\n");
        break;
    }
    case UnusableFile::ReadOnly:
        QVERIFY(createCandorFile(path, someSessions));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        break;
    case UnusableFile::NotSqlite: {
        QFile text(path);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Shopping list\n- milk\n- bread\n");
        break;
    }
    case UnusableFile::ForeignSqlite:
        QVERIFY(runRawSql(path, {QStringLiteral("CREATE TABLE recipes (name TEXT)"),
                                 QStringLiteral("INSERT INTO recipes VALUES ('bread')")}));
        break;
    case UnusableFile::NewerVersion:
        QVERIFY(createCandorFile(path, someSessions));
        QVERIFY(runRawSql(path, {QStringLiteral("PRAGMA user_version = 99")}));
        break;
    case UnusableFile::NewerVersionLeftByCrash:
        QVERIFY(createNewerCandorFileLeftByCrash(path));
        break;
    case UnusableFile::Corrupt:
        QVERIFY(createCorruptCandorFile(path));
        break;
    }
    const FileSnapshot before = takeSnapshot(dir.path());

    QStringList arguments = {QStringLiteral("--database"), path};
    arguments.append(windowed ? QStringLiteral("--startup-probe") : QStringLiteral("--list"));
    const CandorRun run = runCandor(arguments);

    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path))),
             run.describe());
    QVERIFY2(run.err.contains(explanation), run.describe());
    QVERIFY2(!run.out.contains(QLatin1String("shown")), run.describe());

    const QString differences = snapshotDifferences(before, takeSnapshot(dir.path()));
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::exportWritesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
    QTest::newRow("markdown") << QStringLiteral("md") << QByteArray("# Launch review");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE");
    QTest::newRow("odt") << QStringLiteral("odt") << QByteArray("PK");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBF");
}

void TestCli::exportWritesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    TestDatabase database;
    QVERIFY(database.createSessions({QStringLiteral("Launch review")}));
    const QString output = dir.filePath(QStringLiteral("summary.") + format);
    // Without a display: a script on a server exports as well.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    const CandorRun run =
        runCandor({QStringLiteral("--database"), database.argument(), QStringLiteral("--export"),
                   QStringLiteral("1"), QStringLiteral("--format"), format,
                   QStringLiteral("--output"), output},
                  environment);
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.startsWith(start), written.left(80).constData());
}

void TestCli::exportPdfOnThePaperAskedFor()
{
    QTemporaryDir dir;
    TestDatabase database;
    QVERIFY(database.createSessions({QStringLiteral("Launch review")}));
    const QString path = database.argument();
    const QVector<QPair<QString, QByteArray>> papers{
        {"letter", "MediaBox [0 0 612.000000 792.000000]"},
        {"a4", "MediaBox [0 0 595.000000 842.000000]"}};
    for (const auto &[paper, mediaBox] : papers) {
        const QString output = dir.filePath(paper + QStringLiteral(".pdf"));
        const CandorRun run = runCandor({"--database", path, "--export", "1", "--format", "pdf",
                                         "--page-size", paper, "--output", output});
        QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().contains(mediaBox), qPrintable(paper));
    }
}

void TestCli::exportRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("unknown session") << QStringList{"--export", "42", "--format", "md"}
                                     << int(CandorExit::DatabaseProblem) << "no session 42";
    QTest::newRow("unknown format") << QStringList{"--export", "1", "--format", "docx"}
                                    << int(CandorExit::UsageProblem) << "docx";
    QTest::newRow("unknown paper")
        << QStringList{"--export", "1", "--format", "pdf", "--page-size", "a5"}
        << int(CandorExit::UsageProblem) << "a5";
    QTest::newRow("unwritable pdf") << QStringList{"--export", "1", "--format", "pdf", "UNDER-FILE"}
                                    << int(CandorExit::DatabaseProblem) << "Not a directory";
    QTest::newRow("not an id") << QStringList{"--export", "first", "--format", "md"}
                               << int(CandorExit::UsageProblem) << "first";
    QTest::newRow("unwritable path") << QStringList{"--export", "1", "--format", "md", "UNDER-FILE"}
                                     << int(CandorExit::DatabaseProblem) << "Not a directory";
}

void TestCli::exportRefusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, explanation);
    QTemporaryDir dir;
    TestDatabase database;
    QVERIFY(database.createSessions({QStringLiteral("Launch review")}));
    const QString path = database.argument();
    // An earlier summary stands where the new one would go: a failed export
    // must leave it as it was.
    const QString previous = dir.filePath(QStringLiteral("summary.md"));
    {
        QFile file(previous);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the previous summary");
    }
    QString output = previous;
    if (arguments.contains(QStringLiteral("UNDER-FILE"))) {
        arguments.removeAll(QStringLiteral("UNDER-FILE"));
        output = previous + QStringLiteral("/summary.md");
    }
    arguments << QStringLiteral("--output") << output << QStringLiteral("--database") << path;
    const CandorRun run = runCandor(arguments);
    QVERIFY2(run.exitedWith(exitCode), run.describe());
    QVERIFY2(run.err.contains(explanation, Qt::CaseInsensitive), run.describe());
    QFile file(previous);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("the previous summary"));
}
