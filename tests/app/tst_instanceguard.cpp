// The single-instance guard after the database file was replaced under its
// name, as a restore does: the new file is locked as the old one was.

#include "candorfiles.h"
#include "instanceguard.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include <unistd.h>

class TestInstanceGuard : public QObject
{
    Q_OBJECT

private slots:
    void replacedDatabaseStaysLocked()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString database = dir.filePath(QStringLiteral("candor.sqlite"));
        QVERIFY(createCandorFile(database, {QStringLiteral("Before the restore")}));
        InstanceGuard running(database);
        QCOMPARE(running.acquire(), InstanceGuard::Outcome::Acquired);

        // A restored file takes the database's name: a new file.
        const QString restored = dir.filePath(QStringLiteral("restored.sqlite"));
        QVERIFY(createCandorFile(restored, {QStringLiteral("From the backup")}));
        QCOMPARE(std::rename(QFile::encodeName(restored).constData(),
                             QFile::encodeName(database).constData()),
                 0);
        QVERIFY(running.followReplacedDatabase());

        // A second Candor through a hard link to the new file (whose lock
        // file would be another) is refused, as it was before the restore.
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        QCOMPARE(
            ::link(QFile::encodeName(database).constData(), QFile::encodeName(link).constData()),
            0);
        InstanceGuard second(link);
        QCOMPARE(second.acquire(), InstanceGuard::Outcome::HeldByAnother);
    }
};

QTEST_GUILESS_MAIN(TestInstanceGuard)
#include "tst_instanceguard.moc"
