// Backups through the real binary: candor --backup and --list-backups as a
// shell sees them, a backup taken while a window has the database open, and
// the window's own backup at the first start of a day.

#include "candorfiles.h"
#include "candorprocess.h"
#include "runningcandor.h"
#include "smallfilesystem.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct ListedBackup
{
    QString date;
    QString sessions;
    QString size;
    QString path;
};

// Reads --list-backups back: the path is last and may hold spaces, so it
// is everything from where its header starts; the other columns are
// apart by two spaces or more.
QVector<ListedBackup> parseBackupTable(const QString &out)
{
    QVector<ListedBackup> rows;
    QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return rows;
    const int path = lines.takeFirst().indexOf(QLatin1String("PATH"));
    for (const QString &line : std::as_const(lines)) {
        const QStringList cells = line.left(path).split(
            QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
        if (cells.size() == 3)
            rows.append({cells.at(0), cells.at(1), cells.at(2), line.mid(path)});
    }
    return rows;
}

QStringList backupsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void helpNamesTheBackupOptions();
    void backupPrintsItsPathAndListShowsIt();
    void backupRefusesWhatItCannotDo_data();
    void backupRefusesWhatItCannotDo();
    void listWorksWithoutTheDatabase();
    void backupWhileAWindowHasTheDatabaseOpen();
    void windowBacksUpAtTheFirstStartOfTheDay();

private:
    QProcessEnvironment candorEnvironment() const;

    // Candor's "bring the window to the front" sockets live in the
    // temporary folder; this test keeps its own.
    QTemporaryDir m_socketDir;
    RunningCandor m_holder;
};

void TestBackupCli::initTestCase()
{
    QVERIFY(m_socketDir.isValid());
}

void TestBackupCli::cleanup()
{
    m_holder.stop();
}

QProcessEnvironment TestBackupCli::candorEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_socketDir.path());
    return environment;
}

void TestBackupCli::helpNamesTheBackupOptions()
{
    const CandorRun run = runCandor({QStringLiteral("--help")});
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY2(run.out.contains(QLatin1String("--backup ")), run.describe());
    QVERIFY2(run.out.contains(QLatin1String("--list-backups")), run.describe());
}

void TestBackupCli::backupPrintsItsPathAndListShowsIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("team.sqlite"));
    QVERIFY(createCandorFile(
        database, {QStringLiteral("Launch review"), QStringLiteral("Checkout outage 🔥")}));
    const QByteArray before = [&] {
        QFile file(database);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    // Whatever the umask allows, backups are the owner's only.
    const CandorRun run =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--backup")},
                  candorEnvironment(), [] { ::umask(0); });
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    const QString path = run.out.trimmed();
    QVERIFY2(!path.contains(QLatin1Char('\n')), run.describe());
    const QString folder = dir.filePath(QStringLiteral("backups"));
    QCOMPARE(QFileInfo(path).absolutePath(), folder);
    QVERIFY2(QFileInfo(path).fileName().startsWith(QLatin1String("team-")), qPrintable(path));
    QCOMPARE(permissionBits(path), mode_t(0600));
    QCOMPARE(permissionBits(folder), mode_t(0700));
    // The database is read, never written, and nothing is left beside it.
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("team.sqlite")});

    const CandorRun list =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--list-backups")});
    QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
    QVERIFY2(list.out.startsWith(QLatin1String("DATE")), list.describe());
    const QVector<ListedBackup> rows = parseBackupTable(list.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).path, path);
    QCOMPARE(rows.at(0).sessions, QStringLiteral("2"));
    QVERIFY2(QDateTime::fromString(rows.at(0).date, QStringLiteral("yyyy-MM-dd HH:mm")).isValid(),
             list.describe());
    QVERIFY2(!rows.at(0).size.isEmpty(), list.describe());
}

void TestBackupCli::backupRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("named");
    QTest::newRow("no database") << "missing"
                                 << "team.sqlite";
    QTest::newRow("not a Candor database") << "foreign"
                                           << "team.sqlite";
    QTest::newRow("a file where the backups folder goes") << "blocked"
                                                          << "backups";
}

void TestBackupCli::backupRefusesWhatItCannotDo()
{
    QFETCH(QString, fault);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("team.sqlite"));
    if (fault == QLatin1String("foreign"))
        QVERIFY(runRawSql(database, {QStringLiteral("CREATE TABLE notes (text)")}));
    else if (fault == QLatin1String("blocked")) {
        QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
        QFile blocker(dir.filePath(QStringLiteral("backups")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }

    const CandorRun run =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--backup")});
    QVERIFY2(run.exitedWith(CandorExit::DatabaseProblem), run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains(QDir::toNativeSeparators(dir.filePath(named))), run.describe());
    QVERIFY(!QFileInfo(dir.filePath(QStringLiteral("backups"))).isDir());
}

void TestBackupCli::listWorksWithoutTheDatabase()
{
    // The database gone (or too damaged to open): its backups still list.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    const CandorRun backup =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--backup")});
    QVERIFY2(backup.exitedWith(CandorExit::Success), backup.describe());
    QVERIFY(QFile::remove(database));

    const CandorRun list =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--list-backups")});
    QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
    const QVector<ListedBackup> rows = parseBackupTable(list.out);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).path, backup.out.trimmed());
    QCOMPARE(rows.at(0).sessions, QStringLiteral("1"));
    QVERIFY(!QFileInfo::exists(database));
}

void TestBackupCli::backupWhileAWindowHasTheDatabaseOpen()
{
    // Reading is safe in write-ahead-log mode: a second Candor is refused
    // the window, but a backup is taken while the first runs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database,
                             {QStringLiteral("Launch review"), QStringLiteral("Checkout outage")}));
    QVERIFY(m_holder.start(database, candorEnvironment()));

    const CandorRun run = runCandor(
        {QStringLiteral("--database"), database, QStringLiteral("--backup")}, candorEnvironment());
    QVERIFY2(run.exitedWith(CandorExit::Success), run.describe());
    QVERIFY(m_holder.isRunning());
    const CandorRun list =
        runCandor({QStringLiteral("--database"), database, QStringLiteral("--list-backups")});
    const QVector<ListedBackup> rows = parseBackupTable(list.out);
    QVERIFY2(!rows.isEmpty(), list.describe());
    QCOMPARE(rows.at(0).path, run.out.trimmed());
    QCOMPARE(rows.at(0).sessions, QStringLiteral("2"));
}

void TestBackupCli::windowBacksUpAtTheFirstStartOfTheDay()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
    QVERIFY(createCandorFile(database, {QStringLiteral("Launch review")}));
    const QString folder = dir.filePath(QStringLiteral("backups"));
    const QStringList window = {QStringLiteral("--database"), database,
                                QStringLiteral("--startup-probe")};

    // It quits as soon as it is shown: the backup that was due is written
    // before it exits.
    const CandorRun first = runCandor(window, candorEnvironment());
    QVERIFY2(first.exitedWith(CandorExit::Success), first.describe());
    const QStringList written = backupsIn(folder);
    QCOMPARE(written.size(), 1);
    QVERIFY2(written.at(0).startsWith(QLatin1String("candor-")), qPrintable(written.at(0)));

    // The same day, nothing changed: no second backup.
    const CandorRun second = runCandor(window, candorEnvironment());
    QVERIFY2(second.exitedWith(CandorExit::Success), second.describe());
    QCOMPARE(backupsIn(folder), written);
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
