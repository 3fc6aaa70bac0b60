// Rotating backups as the facilitator relies on them: named so they sort
// and read back, written whole or not at all and owner-only, rotated so
// the last days and weeks stay, listed with what they hold, restored only
// after the current file is kept, and written off the GUI thread.

#include "automaticbackups.h"
#include "backups.h"
#include "clock.h"
#include "database.h"
#include "smallfilesystem.h"
#include "sqlitebackup.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <utime.h>

Q_DECLARE_METATYPE(Backups::Kind)

namespace {

// Fixed offsets keep the days a test counts the same on every machine.
const QTimeZone centralEurope(3600);
const QTimeZone easternAmerica(-5 * 3600);

QDateTime utc(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    time.setTimeSpec(Qt::UTC);
    return time;
}

// A Candor database with sessions of these titles, the way the app makes it.
bool createDatabase(const QString &path, const QStringList &titles)
{
    if (!Database::open(path).ok())
        return false;
    bool ok = true;
    {
        Store store(Database::defaultConnectionName);
        for (const QString &title : titles)
            ok = ok && store.createSession(SessionKind::PreMortem, title) > 0;
    }
    Database::close();
    return ok;
}

// The titles of the sessions not deleted, read from any Candor file.
QStringList titlesIn(const QString &path)
{
    QStringList titles;
    const QString connection = QStringLiteral("titles");
    {
        QString error;
        if (SqliteBackup::openCopy(connection, path, &error)) {
            QSqlQuery query(QSqlDatabase::database(connection));
            query.exec(QStringLiteral(
                "SELECT title FROM sessions WHERE deleted_at IS NULL ORDER BY title"));
            while (query.next())
                titles.append(query.value(0).toString());
        }
    }
    SqliteBackup::close(connection);
    return titles;
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes one backup of the database at path through a reader connection,
// as the automatic backups do.
Backups::WriteResult writeBackup(const Backups &backups, const QString &path,
                                 const QDateTime &nowUtc,
                                 Backups::Kind kind = Backups::Kind::Automatic)
{
    const QString connection = QStringLiteral("reader");
    Backups::WriteResult result;
    QString error;
    if (SqliteBackup::openReader(connection, path, &error))
        result = backups.write(connection, kind, nowUtc);
    else
        result.error = error;
    SqliteBackup::close(connection);
    return result;
}

// Writes past the limit fail (EFBIG) as they would on a full disk.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_previous);
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit = {bytes, m_previous.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }

private:
    rlimit m_previous = {};
    void (*m_previousHandler)(int) = nullptr;
};

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_database;

    QString backupsFolder() const { return m_dir->filePath(QStringLiteral("backups")); }

    // One automatic backup at each of these UTC times, in order, checking
    // each is written.
    void writeAt(const Backups &backups, const QStringList &times)
    {
        for (const QString &time : times) {
            const Backups::WriteResult result = writeBackup(backups, m_database, utc(time));
            QVERIFY2(result.ok(), qPrintable(result.error));
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = m_dir->filePath(QStringLiteral("candor.sqlite"));
        QVERIFY(createDatabase(m_database, {QStringLiteral("Launch review")}));
    }

    void cleanup()
    {
        Database::close();
        m_dir.reset();
    }

    void namesSortByTimeAndReadBack_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QDateTime>("created");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<Backups::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("the default database")
            << "candor.sqlite" << utc("2026-11-30T09:30:12") << 1 << Backups::Kind::Automatic
            << "candor-2026-11-30T093012Z.sqlite";
        QTest::newRow("a second one in the same second")
            << "candor.sqlite" << utc("2026-11-30T09:30:12") << 2 << Backups::Kind::Automatic
            << "candor-2026-11-30T093012Z-2.sqlite";
        QTest::newRow("before a restore")
            << "candor.sqlite" << utc("2026-01-02T23:59:59") << 1 << Backups::Kind::BeforeRestore
            << "candor-2026-01-02T235959Z-before-restore.sqlite";
        QTest::newRow("another database's name")
            << "sessions.candor" << utc("2026-03-02T09:00:00") << 1 << Backups::Kind::Automatic
            << "sessions.candor-2026-03-02T090000Z.sqlite";
        QTest::newRow("local time, named in UTC")
            << "candor.sqlite"
            << QDateTime(QDate(2026, 7, 1), QTime(11, 30), QTimeZone("Europe/Berlin")) << 1
            << Backups::Kind::Automatic << "candor-2026-07-01T093000Z.sqlite";
    }

    void namesSortByTimeAndReadBack()
    {
        QFETCH(QString, database);
        QFETCH(QDateTime, created);
        QFETCH(int, sequence);
        QFETCH(Backups::Kind, kind);
        QFETCH(QString, name);
        const Backups backups(m_dir->filePath(database));
        QCOMPARE(backups.fileName(created, sequence, kind), name);
        const std::optional<Backups::File> parsed = backups.parse(name);
        QVERIFY(parsed);
        QCOMPARE(parsed->createdUtc, created.toUTC());
        QCOMPARE(parsed->sequence, sequence);
        QCOMPARE(parsed->kind, kind);
        QCOMPARE(backups.folder(), backupsFolder());
    }

    void otherFilesAreNotBackups_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("another database's backup") << "team-2026-11-30T093012Z.sqlite";
        QTest::newRow("a write still under way") << "candor-2026-11-30T093012Z.sqlite.aB3xY9";
        QTest::newRow("no such month") << "candor-2026-13-30T093012Z.sqlite";
        QTest::newRow("local time") << "candor-2026-11-30T093012.sqlite";
        QTest::newRow("number zero") << "candor-2026-11-30T093012Z-0.sqlite";
        QTest::newRow("something else") << "notes.txt";
    }

    void otherFilesAreNotBackups()
    {
        QFETCH(QString, name);
        QVERIFY(!Backups(m_database).parse(name));
    }

    void writesAWholePrivateCopyOfALiveDatabase()
    {
        // Written while the window has the file open and its latest edits
        // are still only in the write-ahead log.
        const mode_t previousMask = ::umask(022);
        QVERIFY(Database::open(m_database).ok());
        Store store(Database::defaultConnectionName);
        QVERIFY(store.createSession(SessionKind::PostMortem, QStringLiteral("Checkout outage")));
        const qint64 deleted = store.createSession(SessionKind::PreMortem, QStringLiteral("Gone"));
        QVERIFY(store.setSessionDeleted(deleted, true));
        QVERIFY(QFileInfo(m_database + QStringLiteral("-wal")).size() > 0);

        const Backups backups(m_database);
        const Backups::WriteResult result =
            writeBackup(backups, m_database, utc("2026-03-02T09:00:00"));
        ::umask(previousMask);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(
            result.path,
            QDir(backupsFolder()).filePath(QStringLiteral("candor-2026-03-02T090000Z.sqlite")));
        QCOMPARE(result.sessions, 2);
        QCOMPARE(titlesIn(result.path),
                 QStringList({QStringLiteral("Checkout outage"), QStringLiteral("Launch review")}));
        // Only its owner may read it, whatever the umask, and nothing else
        // is left in the folder.
        QCOMPARE(permissionBits(result.path), mode_t(0600));
        QCOMPARE(permissionBits(backupsFolder()), mode_t(0700));
        QCOMPARE(fileNames(backupsFolder()), QStringList{QFileInfo(result.path).fileName()});
    }

    void rotationKeepsTheLastDaysAndWeeks_data()
    {
        QTest::addColumn<QStringList>("written");
        QTest::addColumn<QStringList>("kept");

        // Five weeks of daily use, a backup at the start of the day and one
        // on quitting (09:00 and 18:00 in UTC+1), Monday 2 March to Sunday
        // 5 April 2026.
        QStringList daily;
        for (QDate day(2026, 3, 2); day <= QDate(2026, 4, 5); day = day.addDays(1)) {
            daily << day.toString(Qt::ISODate) + QStringLiteral("T08:00:00")
                  << day.toString(Qt::ISODate) + QStringLiteral("T17:00:00");
        }
        QTest::newRow("five weeks of daily use")
            << daily
            << QStringList{"2026-04-05T170000Z", "2026-04-04T170000Z", "2026-04-03T170000Z",
                           "2026-04-02T170000Z", "2026-04-01T170000Z", "2026-03-31T170000Z",
                           "2026-03-30T170000Z", "2026-03-29T170000Z", "2026-03-22T170000Z",
                           "2026-03-15T170000Z"};

        // A week of use, a month away, then one start: the days and weeks
        // that count are those with backups, so the old ones stay.
        QStringList away;
        for (QDate day(2026, 3, 2); day <= QDate(2026, 3, 8); day = day.addDays(1))
            away << day.toString(Qt::ISODate) + QStringLiteral("T08:00:00");
        away << QStringLiteral("2026-04-13T08:00:00");
        QTest::newRow("a month away")
            << away << QStringList{"2026-04-13T080000Z", "2026-03-08T080000Z", "2026-03-07T080000Z",
                                   "2026-03-06T080000Z", "2026-03-05T080000Z", "2026-03-04T080000Z",
                                   "2026-03-03T080000Z"};

        // 23:30 UTC is already the next day in UTC+1.
        QTest::newRow("days are local")
            << QStringList{"2026-03-02T08:00:00", "2026-03-02T23:30:00", "2026-03-03T08:00:00"}
            << QStringList{"2026-03-03T080000Z", "2026-03-02T080000Z"};
    }

    void rotationKeepsTheLastDaysAndWeeks()
    {
        QFETCH(QStringList, written);
        QFETCH(QStringList, kept);
        writeAt(Backups(m_database, centralEurope), written);
        QStringList expected;
        for (const QString &stamp : kept)
            expected << QStringLiteral("candor-%1.sqlite").arg(stamp);
        expected.sort();
        QCOMPARE(fileNames(backupsFolder()), expected);
    }

    void dayOfABackupIsLocal()
    {
        // 02:00 UTC on the 3rd is still the evening of the 2nd in New York.
        const Backups backups(m_database, easternAmerica);
        writeAt(backups, {QStringLiteral("2026-03-03T02:00:00")});
        QVERIFY(backups.hasBackupOn(QDate(2026, 3, 2)));
        QVERIFY(!backups.hasBackupOn(QDate(2026, 3, 3)));
    }

    void backupBeforeARestoreStaysUntilTheNext()
    {
        const Backups backups(m_database, centralEurope);
        QVERIFY(writeBackup(backups, m_database, utc("2026-03-02T10:00:00"),
                            Backups::Kind::BeforeRestore)
                    .ok());
        QStringList later;
        for (QDate day(2026, 3, 3); day <= QDate(2026, 4, 20); day = day.addDays(1))
            later << day.toString(Qt::ISODate) + QStringLiteral("T08:00:00");
        writeAt(backups, later);
        const QString first = QStringLiteral("candor-2026-03-02T100000Z-before-restore.sqlite");
        QVERIFY(fileNames(backupsFolder()).contains(first));

        // A later restore's backup takes its place.
        QVERIFY(writeBackup(backups, m_database, utc("2026-04-21T10:00:00"),
                            Backups::Kind::BeforeRestore)
                    .ok());
        writeAt(backups, {QStringLiteral("2026-04-22T08:00:00")});
        QVERIFY(!fileNames(backupsFolder()).contains(first));
        QVERIFY(fileNames(backupsFolder())
                    .contains(QStringLiteral("candor-2026-04-21T100000Z-before-restore.sqlite")));
    }

    void failedWriteLeavesNoHalfBackupAndDeletesNothing()
    {
        // A week of backups, Monday to Sunday: the next one, on Monday,
        // rotates the oldest away.
        const Backups backups(m_database, centralEurope);
        QVERIFY(createDatabase(m_database, QStringList(300, QString(500, QLatin1Char('x')))));
        QStringList days;
        for (int day = 2; day <= 8; ++day)
            days << QStringLiteral("2026-03-%1T08:00:00").arg(day, 2, 10, QLatin1Char('0'));
        writeAt(backups, days);
        const QStringList before = fileNames(backupsFolder());
        QCOMPARE(before.size(), 7);

        Backups::WriteResult result;
        {
            const FileSizeLimit limit(64 * 1024);
            result = writeBackup(backups, m_database, utc("2026-03-09T08:00:00"));
        }
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(backupsFolder())),
                 qPrintable(result.error));
        QCOMPARE(fileNames(backupsFolder()), before);

        // With room again, the backup is written and only then the oldest goes.
        QVERIFY(writeBackup(backups, m_database, utc("2026-03-09T08:00:00")).ok());
        QStringList after = before;
        after.removeOne(QStringLiteral("candor-2026-03-02T080000Z.sqlite"));
        after << QStringLiteral("candor-2026-03-09T080000Z.sqlite");
        QCOMPARE(fileNames(backupsFolder()), after);
    }

    void fullOrReadOnlyFolderIsReported_data()
    {
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("full disk") << false;
        QTest::newRow("read-only folder") << true;
    }

    void fullOrReadOnlyFolderIsReported()
    {
        QFETCH(bool, readOnly);
        SmallFilesystem filesystem;
        if (!filesystem.mount(backupsFolder(), 256))
            QSKIP("cannot mount a small filesystem here; the file size limit case covers a "
                  "full disk");
        const Backups backups(m_database);
        const Backups::WriteResult first =
            writeBackup(backups, m_database, utc("2026-03-01T08:00:00"));
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QByteArray kept = contentsOf(first.path);
        QVERIFY(readOnly ? filesystem.makeReadOnly() : filesystem.fill());
        const QStringList before = fileNames(backupsFolder());

        const Backups::WriteResult result =
            writeBackup(backups, m_database, utc("2026-03-09T08:00:00"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(backupsFolder())),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(readOnly ? QLatin1String("Read-only file system")
                                                : QLatin1String("disk is full")) ||
                     result.error.contains(QLatin1String("No space left")),
                 qPrintable(result.error));
        QCOMPARE(fileNames(backupsFolder()), before);
        QCOMPARE(contentsOf(first.path), kept);
    }

    void abandonedPartialIsRemovedAndALiveOneIsNot()
    {
        QVERIFY(QDir().mkpath(backupsFolder()));
        const QString abandoned =
            QDir(backupsFolder())
                .filePath(QStringLiteral("candor-2026-03-01T080000Z.sqlite.Ab12Cd"));
        const QString live =
            QDir(backupsFolder())
                .filePath(QStringLiteral("candor-2026-03-02T080000Z.sqlite.Xy34Zw"));
        for (const QString &path : {abandoned, live}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("half a backup");
        }
        // Left by a write that was killed two hours ago.
        const qint64 twoHoursAgo = QDateTime::currentSecsSinceEpoch() - 2 * 3600;
        const utimbuf times = {twoHoursAgo, twoHoursAgo};
        QCOMPARE(::utime(QFile::encodeName(abandoned).constData(), &times), 0);

        QVERIFY(writeBackup(Backups(m_database), m_database, utc("2026-03-02T09:00:00")).ok());
        QVERIFY(!QFileInfo::exists(abandoned));
        QVERIFY(QFileInfo::exists(live));
    }

    void listingReadsSessionsFromTheBackups()
    {
        const Backups backups(m_database);
        writeAt(backups, {QStringLiteral("2026-03-02T08:00:00")});
        QVERIFY(createDatabase(m_database, {QStringLiteral("Second"), QStringLiteral("Third")}));
        writeAt(backups, {QStringLiteral("2026-03-03T08:00:00")});
        const QString damaged =
            QDir(backupsFolder()).filePath(QStringLiteral("candor-2026-03-04T080000Z.sqlite"));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }

        const QVector<Backups::File> listed = backups.listWithContents();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).path, damaged);
        QCOMPARE(listed.at(0).sessions, -1);
        QVERIFY(!listed.at(0).problem.isEmpty());
        QCOMPARE(listed.at(1).createdUtc, utc("2026-03-03T08:00:00"));
        QCOMPARE(listed.at(1).sessions, 3);
        QCOMPARE(listed.at(2).sessions, 1);
        for (const Backups::File &file : listed) {
            QCOMPARE(file.size, QFileInfo(file.path).size());
            QCOMPARE(file.kind, Backups::Kind::Automatic);
        }
        // Reading them left nothing beside them.
        QCOMPARE(fileNames(backupsFolder()).size(), 3);
    }

    void restoreKeepsTheCurrentDatabaseFirstAndReplacesIt()
    {
        const Backups backups(m_database);
        const QString chosen = writeBackup(backups, m_database, utc("2026-03-02T08:00:00")).path;
        QVERIFY(createDatabase(m_database, {QStringLiteral("Written after the backup")}));

        const Backups::RestoreResult result = backups.restore(chosen, utc("2026-03-03T10:00:00"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.restored.sessions, 1);
        QCOMPARE(result.savedAs,
                 QDir(backupsFolder())
                     .filePath(QStringLiteral("candor-2026-03-03T100000Z-before-restore.sqlite")));
        QCOMPARE(titlesIn(result.savedAs),
                 QStringList({QStringLiteral("Launch review"),
                              QStringLiteral("Written after the backup")}));
        QVERIFY(QFileInfo::exists(chosen));
        // Nothing of the old file is left beside the new one, which is
        // the owner's only and opens as the backup was.
        for (const QString &suffix : SqliteBackup::companionSuffixes())
            QVERIFY2(!QFileInfo::exists(m_database + suffix), qPrintable(suffix));
        QCOMPARE(fileNames(m_dir->path()), QStringList{QStringLiteral("candor.sqlite")});
        QCOMPARE(permissionBits(m_database), mode_t(0600));
        const Database::OpenResult opened = Database::open(m_database);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        {
            Store store(Database::defaultConnectionName);
            QCOMPARE(store.sessions().size(), 1);
            QCOMPARE(store.sessions().constFirst().title, QStringLiteral("Launch review"));
            QVERIFY(store.createSession(SessionKind::PreMortem, QStringLiteral("After restore")));
        }
    }

    void restoreReplacesWhatASymlinkLeadsTo()
    {
        const QString link = m_dir->filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(m_database, link));
        const Backups backups(link);
        const QString chosen = writeBackup(backups, link, utc("2026-03-02T08:00:00")).path;
        QVERIFY(createDatabase(m_database, {QStringLiteral("Written after the backup")}));
        const Backups::RestoreResult result = backups.restore(chosen, utc("2026-03-03T10:00:00"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(titlesIn(m_database), QStringList{QStringLiteral("Launch review")});
    }

    void restoreRefusesWhatItCannotUse_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("damaged backup") << "damaged";
        QTest::newRow("backup from a newer Candor") << "newer";
        QTest::newRow("database open elsewhere") << "open";
    }

    void restoreRefusesWhatItCannotUse()
    {
        QFETCH(QString, fault);
        const Backups backups(m_database);
        const QString chosen = writeBackup(backups, m_database, utc("2026-03-02T08:00:00")).path;
        if (fault == QLatin1String("damaged")) {
            QFile file(chosen);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(4096);
            file.write(QByteArray(4096, '\xff'));
        } else if (fault == QLatin1String("newer")) {
            QVERIFY(
                QFile::setPermissions(chosen, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            const QString raw = QStringLiteral("raw");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), raw);
                db.setDatabaseName(chosen);
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            }
            QSqlDatabase::removeDatabase(raw);
        }
        QVERIFY(createDatabase(m_database, {QStringLiteral("Kept")}));
        // Another program reading the database while the restore runs.
        QString error;
        if (fault == QLatin1String("open")) {
            QVERIFY(SqliteBackup::openReader(QStringLiteral("elsewhere"), m_database, &error));
            QSqlQuery reading(QSqlDatabase::database(QStringLiteral("elsewhere")));
            QVERIFY(reading.exec(QStringLiteral("SELECT count(*) FROM sessions")));
        }
        const QByteArray before = contentsOf(m_database);
        const QStringList backupsBefore = fileNames(backupsFolder());

        const Backups::RestoreResult result = backups.restore(chosen, utc("2026-03-03T10:00:00"));
        SqliteBackup::close(QStringLiteral("elsewhere"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(chosen)), qPrintable(result.error));
        QCOMPARE(contentsOf(m_database), before);
        QCOMPARE(titlesIn(m_database),
                 QStringList({QStringLiteral("Kept"), QStringLiteral("Launch review")}));
        // A backup that cannot be used is refused before anything else is
        // written; only a database in use gets its backup first.
        if (fault != QLatin1String("open"))
            QCOMPARE(fileNames(backupsFolder()), backupsBefore);
        QCOMPARE(fileNames(m_dir->path()).filter(QStringLiteral(".restore.")), QStringList());
    }

    void automaticBackupIsWrittenOffTheGuiThread()
    {
        // The writer is held as it begins; meanwhile the GUI thread goes on
        // handling events, which it could not if it were the writer.
        QVERIFY(Database::open(m_database).ok());
        Store store(Database::defaultConnectionName);
        AutomaticBackups automatic(m_database);
        automatic.watch(Database::defaultConnectionName);
        QSemaphore held;
        std::atomic<QThread *> writer{nullptr};
        connect(
            &automatic, &AutomaticBackups::started, this,
            [&] {
                writer = QThread::currentThread();
                held.acquire();
            },
            Qt::DirectConnection);
        QSignalSpy finished(&automatic, &AutomaticBackups::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(1);

        QVERIFY(automatic.start());
        QTRY_VERIFY(writer.load() != nullptr && ticks >= 3);
        QVERIFY(writer.load() != QThread::currentThread());
        QVERIFY(automatic.isRunning());
        // The window's edits go on being saved meanwhile.
        QVERIFY(store.createSession(SessionKind::PreMortem, QStringLiteral("Typed meanwhile")));
        QCOMPARE(finished.count(), 0);
        held.release();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.at(0).at(1).toString().isEmpty(),
                 qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(QFileInfo::exists(finished.at(0).at(0).toString()));
        QVERIFY(!automatic.isRunning());
    }

    void dailyAndQuittingBackupsOnlyWhenDue()
    {
        QVERIFY(Database::open(m_database).ok());
        Store store(Database::defaultConnectionName);
        FakeClock clock(utc("2026-03-02T08:00:00"));
        AutomaticBackups automatic(m_database);
        automatic.setClock(&clock);
        automatic.setTimeZone(centralEurope);
        automatic.watch(Database::defaultConnectionName);
        QSignalSpy finished(&automatic, &AutomaticBackups::finished);

        // The first start of the day writes one.
        automatic.startDailyBackupIfDue(0);
        QTRY_COMPARE(finished.count(), 1);
        // Purging nothing at start-up changes nothing: quitting writes none.
        store.purgeDeletedSessions();
        automatic.finishBeforeQuit();
        QCOMPARE(finished.count(), 1);

        // A later start the same day writes none; an edit, then quitting, does.
        clock.advance(3600 * 1000);
        automatic.startDailyBackupIfDue(0);
        QCoreApplication::processEvents();
        QVERIFY(!automatic.isRunning());
        QCOMPARE(finished.count(), 1);
        QVERIFY(store.createSession(SessionKind::PreMortem, QStringLiteral("Edited")));
        QVERIFY(automatic.hasChangesSinceBackup());
        automatic.finishBeforeQuit();
        QCOMPARE(finished.count(), 2);
        QVERIFY(!automatic.hasChangesSinceBackup());
        QCOMPARE(titlesIn(finished.at(1).at(0).toString()),
                 QStringList({QStringLiteral("Edited"), QStringLiteral("Launch review")}));

        // The next day's first start writes one even without edits.
        clock.advance(24 * 3600 * 1000);
        automatic.startDailyBackupIfDue(0);
        QTRY_COMPARE(finished.count(), 3);
    }

    void failureIsReportedOnce()
    {
        // A file where the backups folder goes.
        QFile blocker(backupsFolder());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(Database::open(m_database).ok());
        AutomaticBackups automatic(m_database);
        QSignalSpy failed(&automatic, &AutomaticBackups::failed);
        QSignalSpy finished(&automatic, &AutomaticBackups::finished);
        QVERIFY(automatic.start());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(backupsFolder())), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("not a folder")), qPrintable(message));
        QVERIFY(automatic.start());
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(failed.count(), 1);
        QVERIFY(!automatic.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
