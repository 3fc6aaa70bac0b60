// One Candor writes to a database at a time: a second start is refused while
// the first runs, and a copy that crashed does not lock the file out forever.

#include "candorprocess.h"
#include "database.h"
#include "store.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <signal.h>

namespace {

constexpr int startTimeoutMs = 30000;

// The process id written into a lock file, or 0 while there is none (or it
// is still being written).
qint64 lockHolder(const QString &lockPath)
{
    QLockFile lock(lockPath);
    qint64 pid = 0;
    QString host;
    QString application;
    return lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

bool createCandorFile(const QString &path, const QString &title)
{
    const Database::OpenResult opened = Database::open(path);
    bool ok = opened.ok();
    if (ok) {
        Store store(Database::defaultConnectionName);
        ok = store.createSession(SessionKind::PostMortem, title) != 0;
    }
    Database::close();
    return ok;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void secondStartIsRefused_data();
    void secondStartIsRefused();
    void crashedHolderDoesNotLockOut();
    void listWorksWhileOpen();
    void otherDatabaseOpensAlongside();

private:
    // Starts candor with its window open on the database and waits until it
    // holds the lock and has the database open; without --startup-probe it
    // stays open until cleanup() kills it.
    void startHolder(const QString &databasePath);
    QProcessEnvironment candorEnvironment() const;

    // Candor's "bring the window to the front" sockets live in the temporary
    // folder; a killed holder leaves its socket behind, so each run of this
    // test gets a folder of its own that goes away with it.
    QTemporaryDir m_socketDir;
    std::unique_ptr<QProcess> m_holder;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_socketDir.isValid());
}

QProcessEnvironment TestSingleInstance::candorEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), m_socketDir.path());
    return environment;
}

void TestSingleInstance::startHolder(const QString &databasePath)
{
    m_holder = std::make_unique<QProcess>();
    m_holder->setProgram(QStringLiteral(CANDOR_BINARY));
    m_holder->setArguments({QStringLiteral("--database"), databasePath});
    m_holder->setProcessEnvironment(candorEnvironment());
    m_holder->start();
    QVERIFY2(m_holder->waitForStarted(startTimeoutMs), qPrintable(m_holder->errorString()));
    const QString lockPath = databasePath + QStringLiteral(".lock");
    const QString logPath = databasePath + QStringLiteral("-wal");
    // The write-ahead log appears once the database is open, which comes
    // after taking the lock and listening for later starts.
    QTRY_VERIFY_WITH_TIMEOUT(
        (lockHolder(lockPath) == m_holder->processId() && QFileInfo::exists(logPath)) ||
            m_holder->state() != QProcess::Running,
        startTimeoutMs);
    QVERIFY2(m_holder->state() == QProcess::Running, m_holder->readAllStandardError());
}

void TestSingleInstance::cleanup()
{
    if (m_holder && m_holder->state() != QProcess::NotRunning) {
        m_holder->kill();
        m_holder->waitForFinished(startTimeoutMs);
    }
    m_holder.reset();
}

void TestSingleInstance::secondStartIsRefused_data()
{
    QTest::addColumn<bool>("existedBefore");
    QTest::addColumn<bool>("throughSymlink");
    QTest::newRow("existing database") << true << false;
    QTest::newRow("database created by the first start") << false << false;
    // A link in the home folder to a synced folder, say: still one database.
    QTest::newRow("same database through a symlink") << true << true;
}

void TestSingleInstance::secondStartIsRefused()
{
    QFETCH(bool, existedBefore);
    QFETCH(bool, throughSymlink);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    if (existedBefore)
        QVERIFY(createCandorFile(path, QStringLiteral("Planning")));
    QString secondPath = path;
    if (throughSymlink) {
        secondPath = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(path, secondPath));
    }
    startHolder(path);
    if (QTest::currentTestFailed())
        return;

    // With --startup-probe a second start that wrongly opens quits at once
    // instead of running until the timeout.
    const CandorRun second =
        runCandor({QStringLiteral("--database"), secondPath, QStringLiteral("--startup-probe")},
                  candorEnvironment());
    QVERIFY2(second.exitedWith(CandorExit::AlreadyRunning), second.describe());
    QVERIFY2(!second.out.contains(QLatin1String("shown")), second.describe());
    QVERIFY2(second.err.contains(QLatin1String("already open")), second.describe());
    QVERIFY2(second.err.contains(QStringLiteral("“%1”").arg(secondPath)), second.describe());
    // Says which process to look for.
    QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(m_holder->processId())),
             second.describe());

    // Instead of a dead end, the user gets the window that is already open.
    QVERIFY2(second.err.contains(QLatin1String("Its window was brought to the front.")),
             second.describe());

    // Refusing the second start must not disturb the first one.
    QCOMPARE(m_holder->state(), QProcess::Running);
    QCOMPARE(lockHolder(path + QStringLiteral(".lock")), m_holder->processId());
}

void TestSingleInstance::crashedHolderDoesNotLockOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    const QString lockPath = path + QStringLiteral(".lock");
    startHolder(path);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(::kill(pid_t(m_holder->processId()), SIGKILL), 0);
    // Reaps the process too: a zombie would still count as alive.
    QVERIFY(m_holder->waitForFinished(startTimeoutMs));
    QCOMPARE(m_holder->exitStatus(), QProcess::CrashExit);
    // Otherwise this would not test recovering a stale lock.
    QVERIFY(QFileInfo::exists(lockPath));

    const CandorRun next =
        runCandor({QStringLiteral("--database"), path, QStringLiteral("--startup-probe")},
                  candorEnvironment());
    QVERIFY2(next.exitedWith(CandorExit::Success), next.describe());
    QVERIFY2(next.out.startsWith(QLatin1String("shown ")), next.describe());
    QVERIFY(!QFileInfo::exists(lockPath));
}

void TestSingleInstance::listWorksWhileOpen()
{
    // Scripts read the sessions while the facilitator has them open.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    QVERIFY(createCandorFile(path, QStringLiteral("Release retro")));
    startHolder(path);
    if (QTest::currentTestFailed())
        return;

    const CandorRun list = runCandor({QStringLiteral("--database"), path, QStringLiteral("--list")},
                                     candorEnvironment());
    QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
    QVERIFY2(list.out.contains(QLatin1String("postmortem")), list.describe());
    QVERIFY2(list.out.trimmed().endsWith(QLatin1String("  Release retro")), list.describe());
    QCOMPARE(m_holder->state(), QProcess::Running);
}

void TestSingleInstance::otherDatabaseOpensAlongside()
{
    // The lock belongs to one database, not to Candor as a whole.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    startHolder(dir.filePath(QStringLiteral("team-a.sqlite")));
    if (QTest::currentTestFailed())
        return;

    const CandorRun other =
        runCandor({QStringLiteral("--database"), dir.filePath(QStringLiteral("team-b.sqlite")),
                   QStringLiteral("--startup-probe")},
                  candorEnvironment());
    QVERIFY2(other.exitedWith(CandorExit::Success), other.describe());
    QVERIFY2(other.out.startsWith(QLatin1String("shown ")), other.describe());
    QCOMPARE(m_holder->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
