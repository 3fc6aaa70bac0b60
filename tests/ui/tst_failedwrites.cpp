#include "clock.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "sessionpage.h"
#include "setuppage.h"
#include "sharingpage.h"
#include "store.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

namespace {

// Every dialog the window would open is counted: a failed write must not
// open one.
class CountingDialogs : public Dialogs
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++opened;
        return true;
    }
    void warn(QWidget *, const QString &, const QString &) override { ++opened; }

    int opened = 0;
};

} // namespace

// When the disk is full (or anything else stops a write), the facilitator
// loses nothing they typed, is told without a dialog blocking the room, and
// can try again where they were.
class TestFailedWrites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    CountingDialogs *m_dialogs = nullptr;

    static QString scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<none>");
        return query.value(0).toString();
    }

    // Writes to table fail from now on, as on a full disk.
    static void failWrites(const QString &table, const QString &event)
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY2(query.exec(QStringLiteral("CREATE TEMP TRIGGER injected_failure BEFORE %1 ON %2"
                                           " BEGIN SELECT RAISE(ABORT, 'database or disk is"
                                           " full'); END")
                                .arg(event, table)),
                 qPrintable(query.lastError().text()));
    }

    static void allowWrites()
    {
        QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.injected_failure")));
    }

    void newSessionWithPeople(const QStringList &names)
    {
        Keyboard::press(Qt::Key_N, Qt::ControlModifier);
        Keyboard::type(QStringLiteral("Launch"));
        Keyboard::press(Qt::Key_Return);
        Keyboard::press(Qt::Key_Return);
        QVERIFY(m_window->sessionPage());
        for (const QString &name : names) {
            Keyboard::type(name);
            Keyboard::press(Qt::Key_Return);
        }
    }

private slots:
    void init()
    {
        static int fileNumber = 0;
        const QString path = m_dir.filePath(QStringLiteral("failed-%1.sqlite").arg(++fileNumber));
        const Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        m_clock = std::make_unique<FakeClock>(QDateTime::currentDateTimeUtc());
        m_store = std::make_unique<Store>(Database::defaultConnectionName);
        m_window = std::make_unique<MainWindow>(m_store.get(), path);
        auto dialogs = std::make_unique<CountingDialogs>();
        m_dialogs = dialogs.get();
        m_window->setDialogs(std::move(dialogs));
        m_window->setClock(m_clock.get());
        QVERIFY(Keyboard::showActive(m_window.get(), QSize(1600, 1000)));
    }

    void cleanup()
    {
        allowWrites();
        m_window.reset();
        m_store.reset();
        m_clock.reset();
        Database::close();
    }

    void typedConcernStaysWhenItCannotBeSaved()
    {
        newSessionWithPeople({QStringLiteral("Dana"), QStringLiteral("Lee")});
        for (int step = 0; step < 3; ++step)
            Keyboard::press(Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(m_window->sessionPage()->phase(), Phase::Sharing);
        auto *sharing = m_window->findChild<SharingPage *>();
        QCOMPARE(QApplication::focusWidget(), sharing->summaryField());

        failWrites(QStringLiteral("concerns"), QStringLiteral("INSERT"));
        Keyboard::type(QStringLiteral("Vendor API changes without notice"));
        Keyboard::press(Qt::Key_1, Qt::AltModifier);
        Keyboard::press(Qt::Key_Return);
        QCoreApplication::processEvents();

        QCOMPARE(sharing->summaryField()->text(),
                 QStringLiteral("Vendor API changes without notice"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM concerns")), QStringLiteral("0"));
        QVERIFY(sharing->problemLabel()->isVisible());
        QVERIFY2(
            sharing->problemLabel()->text().contains(QLatin1String("press Enter to try again")),
            qPrintable(sharing->problemLabel()->text()));
        QVERIFY2(m_window->problemText().contains(QLatin1String("disk is full")),
                 qPrintable(m_window->problemText()));
        QCOMPARE(m_dialogs->opened, 0);
        // The turn did not move on.
        QVERIFY2(sharing->banner()->text().contains(QLatin1String("Now: Dana")),
                 qPrintable(sharing->banner()->text()));

        // Space again: Enter once more records it, hands and all.
        allowWrites();
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(scalar(QStringLiteral("SELECT summary || ' ' || hands_raised FROM concerns")),
                 QStringLiteral("Vendor API changes without notice 1"));
        QCOMPARE(sharing->summaryField()->text(), QString());
        QVERIFY(!sharing->problemLabel()->isVisible());
    }

    void typedNameStaysWhenItCannotBeSaved()
    {
        newSessionWithPeople({QStringLiteral("Dana")});
        auto *setup = m_window->findChild<SetupPage *>();
        failWrites(QStringLiteral("participants"), QStringLiteral("INSERT"));
        Keyboard::type(QStringLiteral("Lee"));
        Keyboard::press(Qt::Key_Return);
        QCoreApplication::processEvents();
        QCOMPARE(setup->nameField()->text(), QStringLiteral("Lee"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("1"));
        // The message says what to do about it.
        QVERIFY2(m_window->problemText().contains(QLatin1String("try again")),
                 qPrintable(m_window->problemText()));
        QCOMPARE(m_dialogs->opened, 0);

        allowWrites();
        Keyboard::press(Qt::Key_Return);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name, ' ') FROM participants")),
                 QStringLiteral("Dana Lee"));
        // Ctrl+Z right after adding someone takes the person back, not the
        // name typed into the field.
        QCOMPARE(setup->nameField()->text(), QString());
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name, ' ') FROM participants")),
                 QStringLiteral("Dana"));
        QCOMPARE(setup->nameField()->text(), QString());
    }

    // An undo that cannot be written is reported in the window, not in a
    // dialog opened from inside the undo step, and the step leaves the list.
    void failedUndoIsReportedWithoutADialog()
    {
        newSessionWithPeople({QStringLiteral("Dana"), QStringLiteral("Lee")});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("2"));
        failWrites(QStringLiteral("participants"), QStringLiteral("DELETE"));
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), QStringLiteral("2"));
        QCOMPARE(m_dialogs->opened, 0);
        QCoreApplication::processEvents();
        QVERIFY2(m_window->problemText().contains(QLatin1String("Not undone")),
                 qPrintable(m_window->problemText()));
        allowWrites();
        // The next Ctrl+Z takes back the step before: Dana.
        Keyboard::press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(name) FROM participants")),
                 QStringLiteral("Lee"));
    }
};

QTEST_MAIN(TestFailedWrites)
#include "tst_failedwrites.moc"
