#include "database.h"
#include "databaselocation.h"
#include "serverlogin.h"
#include "store.h"
#include "testpostgresql.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// A team database whose server asks for a password: the window asks for it
// for this run, shows what the server said, hides what is typed, asks
// again after a wrong one, and gives up when told to. The test server asks
// members of candor_password_needed for a password
// (tests/postgresql/testserver.sh).
class TestServerLogin : public QObject
{
    Q_OBJECT

    struct Answer
    {
        QString password;
        bool cancel = false;
    };

    // Answers each password dialog as it comes up with the next answer, and
    // notes what each one said and whether it hid the typing.
    class Answerer
    {
    public:
        explicit Answerer(QVector<Answer> answers)
            : m_answers(std::move(answers))
        {
            m_timer.setInterval(20);
            QObject::connect(&m_timer, &QTimer::timeout, [this] { answer(); });
            m_timer.start();
        }

        QStringList said;
        bool alwaysHidden = true;
        int asked = 0;

    private:
        void answer()
        {
            auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last || m_answers.isEmpty())
                return;
            m_last = dialog;
            ++asked;
            QStringList texts;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                texts.append(label->text());
            said.append(texts.join(QLatin1Char('\n')));
            auto *field = dialog->findChild<QLineEdit *>();
            alwaysHidden = alwaysHidden && field && field->echoMode() == QLineEdit::Password;
            const Answer next = m_answers.takeFirst();
            if (next.cancel) {
                QTest::keyClick(dialog, Qt::Key_Escape);
                return;
            }
            QTest::keyClicks(field, next.password);
            QTest::keyClick(field, Qt::Key_Return);
        }

        QVector<Answer> m_answers;
        QTimer m_timer;
        QPointer<PasswordDialog> m_last;
    };

    const QString m_role =
        QStringLiteral("candor_login_%1").arg(QCoreApplication::applicationPid());

    void admin(const QStringList &statements,
               const QString &databaseName = QStringLiteral("postgres"))
    {
        TestPostgresql::Connection connection = TestPostgresql::server();
        connection.databaseName = databaseName;
        {
            QSqlDatabase db = connection.open(QStringLiteral("admin"));
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            for (const QString &statement : statements)
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    }

    DatabaseLocation locationFor(const TestPostgresql::FreshDatabase &database) const
    {
        DatabaseLocation location;
        QString error;
        DatabaseLocation::parse(
            QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
                .arg(m_role, database.connection().databaseName, TestPostgresql::host())
                .arg(TestPostgresql::port()),
            &location, &error);
        return location;
    }

private slots:
    void initTestCase()
    {
        CANDOR_REQUIRE_TEST_SERVER();
        admin({QStringLiteral("DO $$ BEGIN CREATE ROLE candor_password_needed NOLOGIN;"
                              " EXCEPTION WHEN duplicate_object THEN NULL; END $$"),
               QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right horse'"
                              " IN ROLE candor_password_needed")
                   .arg(m_role)});
    }

    void cleanupTestCase()
    {
        if (!TestPostgresql::host().isEmpty())
            admin({QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_role)});
    }

    void cleanup() { Database::close(); }

    void aWrongPasswordIsAskedAgainAndTheRightOneOpens()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        admin({QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(m_role)},
              database.connection().databaseName);

        Answerer answerer({{QStringLiteral("wrong horse")}, {QStringLiteral("right horse")}});
        const Database::OpenResult opened =
            ServerLogin::open(nullptr, locationFor(database), Database::Verification::InBackground);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(answerer.asked, 2);
        QVERIFY(answerer.alwaysHidden);
        // What the server said each time, and the address without a password.
        QVERIFY2(answerer.said.at(0).contains(QLatin1String("no password supplied")),
                 qPrintable(answerer.said.at(0)));
        QVERIFY2(answerer.said.at(1).contains(QLatin1String("password authentication failed")),
                 qPrintable(answerer.said.at(1)));
        for (const QString &said : std::as_const(answerer.said))
            QVERIFY2(!said.contains(QLatin1String("horse")), qPrintable(said));
        // The database is Candor's now, set up by that login.
        Store store(Database::defaultConnectionName);
        QVERIFY(store.createSession(SessionKind::PreMortem, QStringLiteral("Behind a password")) >
                0);
        QCOMPARE(store.sessions().size(), 1);
    }

    void cancellingLeavesTheServersWords()
    {
        TestPostgresql::FreshDatabase database;
        QVERIFY2(database.isValid(), qPrintable(database.error()));
        Answerer answerer({{QString(), true}});
        const Database::OpenResult opened =
            ServerLogin::open(nullptr, locationFor(database), Database::Verification::InBackground);
        QCOMPARE(answerer.asked, 1);
        QCOMPARE(opened.problem, Database::Problem::CannotConnect);
        QVERIFY2(opened.message.contains(QLatin1String("no password supplied")),
                 qPrintable(opened.message));
        QVERIFY(!QSqlDatabase::contains(Database::defaultConnectionName));
    }

    // A file never asks.
    void aFileIsOpenedWithoutAsking()
    {
        QTemporaryDir folder;
        Answerer answerer({{QString(), true}});
        const Database::OpenResult opened = ServerLogin::open(
            nullptr, DatabaseLocation::file(folder.filePath(QStringLiteral("c.sqlite"))),
            Database::Verification::BeforeReturning);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        QCOMPARE(answerer.asked, 0);
    }
};

QTEST_MAIN(TestServerLogin)
#include "tst_serverlogin.moc"
