// One Candor writes to a database at a time: a second start is refused while
// the first runs. (A copy that crashed does not lock the file out forever:
// tst_hostile kills one and starts again, among other bad lock files.)

#include "candorfiles.h"
#include "candorprocess.h"
#include "runningcandor.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void secondStartIsRefused_data();
    void secondStartIsRefused();
    void listWorksWhileOpen();
    void otherDatabaseOpensAlongside();

private:
    QProcessEnvironment candorEnvironment() const;

    // Candor's "bring the window to the front" sockets live in the temporary
    // folder; a killed holder leaves its socket behind, so each run of this
    // test gets a folder of its own that goes away with it.
    QTemporaryDir m_socketDir;
    // Open until cleanup() kills it.
    RunningCandor m_holder;
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

void TestSingleInstance::cleanup()
{
    m_holder.stop();
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
        QVERIFY(createCandorFile(path, {QStringLiteral("Planning")}, SessionKind::PostMortem));
    QString secondPath = path;
    if (throughSymlink) {
        secondPath = dir.filePath(QStringLiteral("link.sqlite"));
        QVERIFY(QFile::link(path, secondPath));
    }
    QVERIFY(m_holder.start(path, candorEnvironment()));

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
    QVERIFY2(second.err.contains(QStringLiteral("process %1").arg(m_holder.processId())),
             second.describe());

    // Instead of a dead end, the user gets the window that is already open.
    QVERIFY2(second.err.contains(QLatin1String("Its window was brought to the front.")),
             second.describe());

    // Refusing the second start must not disturb the first one.
    QVERIFY(m_holder.isRunning());
    QCOMPARE(lockHolder(path + QStringLiteral(".lock")), m_holder.processId());
}

void TestSingleInstance::listWorksWhileOpen()
{
    // Scripts read the sessions while the facilitator has them open.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("team.sqlite"));
    QVERIFY(createCandorFile(path, {QStringLiteral("Release retro")}, SessionKind::PostMortem));
    QVERIFY(m_holder.start(path, candorEnvironment()));

    const CandorRun list = runCandor({QStringLiteral("--database"), path, QStringLiteral("--list")},
                                     candorEnvironment());
    QVERIFY2(list.exitedWith(CandorExit::Success), list.describe());
    QVERIFY2(list.out.contains(QLatin1String("postmortem")), list.describe());
    QVERIFY2(list.out.trimmed().endsWith(QLatin1String("  Release retro")), list.describe());
    QVERIFY(m_holder.isRunning());
}

void TestSingleInstance::otherDatabaseOpensAlongside()
{
    // The lock belongs to one database, not to Candor as a whole.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_holder.start(dir.filePath(QStringLiteral("team-a.sqlite")), candorEnvironment()));

    const CandorRun other =
        runCandor({QStringLiteral("--database"), dir.filePath(QStringLiteral("team-b.sqlite")),
                   QStringLiteral("--startup-probe")},
                  candorEnvironment());
    QVERIFY2(other.exitedWith(CandorExit::Success), other.describe());
    QVERIFY2(other.out.startsWith(QLatin1String("shown ")), other.describe());
    QVERIFY(m_holder.isRunning());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
