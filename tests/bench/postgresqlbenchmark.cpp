#include "postgresqlbenchmark.h"

#include "database.h"
#include "databaselocation.h"
#include "domain.h"
#include "editbenchmark.h"
#include "followupbenchmark.h"
#include "identity.h"
#include "sessionfile.h"
#include "store.h"
#include "transferbenchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

// initdb, starting and stopping take seconds; only a hung script reaches this.
constexpr int scriptTimeoutMs = 180000;
const QString superuser = QStringLiteral("postgres");
const QString candorDatabase = QStringLiteral("candor_bench");
const QString rawDatabase = QStringLiteral("candor_bench_raw");

QString serverBinaries()
{
    // What testserver.sh reads too.
    const QString bindir = qEnvironmentVariable("CANDOR_POSTGRESQL_BINDIR");
    return bindir.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : bindir;
}

QString addressOf(const PrivateServer &server, const QString &databaseName)
{
    return QStringLiteral("postgresql://%1@/%2?host=%3&port=%4")
        .arg(superuser, databaseName, server.folder())
        .arg(PrivateServer::port);
}

// The sample is written with SQL of its own, which leaves out what a session
// file needs to carry a row to another database: its identity, its time of
// change and the session's team, given here as the upgrade to schema 6 gives
// them to older rows; and its concern categories are free words ("Process")
// that an import refuses, so they become Candor's "other". In one
// transaction.
bool giveSampleIdentities(const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    bool ok = db.transaction();
    {
        QSqlQuery query(db);
        const QString filled[] = {
            QStringLiteral("UPDATE sessions SET team_id = (SELECT min(id) FROM teams)"
                           " WHERE team_id IS NULL"),
            QStringLiteral("UPDATE participants SET updated_at = coalesce(joined_at,"
                           " (SELECT s.created_at FROM sessions s WHERE s.id = session_id))"
                           " WHERE updated_at IS NULL"),
            QStringLiteral("UPDATE concerns SET updated_at = created_at WHERE updated_at IS NULL"),
            QStringLiteral("UPDATE concerns SET category = '%1' WHERE category <> ''"
                           " AND category NOT IN ('%2', '%3', '%4', '%1')")
                .arg(Domain::categoryKey(ConcernCategory::Other),
                     Domain::categoryKey(ConcernCategory::WentWell),
                     Domain::categoryKey(ConcernCategory::LetUsDown),
                     Domain::categoryKey(ConcernCategory::GotLucky)),
        };
        for (const QString &statement : filled)
            ok = ok && query.exec(statement);
        for (const QString &table : Identity::sharedTables()) {
            QVector<qint64> ids;
            ok =
                ok && query.exec(QStringLiteral("SELECT id FROM %1 WHERE uuid IS NULL").arg(table));
            while (ok && query.next())
                ids.append(query.value(0).toLongLong());
            ok = ok &&
                 query.prepare(QStringLiteral("UPDATE %1 SET uuid = ? WHERE id = ?").arg(table));
            for (qint64 id : std::as_const(ids)) {
                if (!ok)
                    break;
                query.bindValue(0, Identity::newUuid());
                query.bindValue(1, id);
                ok = query.exec();
            }
        }
        if (!ok)
            *error = query.lastError().text().isEmpty() ? db.lastError().text()
                                                        : query.lastError().text();
    }
    if (ok && !db.commit()) {
        *error = db.lastError().text();
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

double secondsOf(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

PrivateServer::PrivateServer(const QString &script)
    : m_script(script)
{}

PrivateServer::~PrivateServer()
{
    if (m_folder.isEmpty())
        return;
    // Connections still open are ended by the script's fast shutdown.
    QString output;
    if (!runScript(QStringLiteral("stop"), &output))
        std::fprintf(stderr, "candor-bench: could not stop the PostgreSQL server in %s: %s\n",
                     qPrintable(m_folder), qPrintable(output));
}

bool PrivateServer::start(QString *error)
{
    // Not under TMPDIR: the socket path must fit in 107 bytes.
    QByteArray folder = QByteArrayLiteral("/tmp/candor-bench-pg-XXXXXX");
    if (!::mkdtemp(folder.data())) {
        *error = QStringLiteral("cannot create a folder for the server under /tmp");
        return false;
    }
    // The script replaces the empty folder with its own, and stop removes it.
    m_folder = QString::fromLocal8Bit(folder);
    QString output;
    if (!runScript(QStringLiteral("start"), &output)) {
        *error = QStringLiteral("the server did not start: ") + output;
        return false;
    }
    return true;
}

bool PrivateServer::runScript(const QString &command, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), {m_script, command, m_folder});
    const bool finished = process.waitForStarted() && process.waitForFinished(scriptTimeoutMs);
    if (!finished)
        process.kill();
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished && output->isEmpty())
        *output = process.errorString();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

PostgresqlBenchmark::PostgresqlBenchmark(const Setup &setup,
                                         std::function<void(const QString &)> progress)
    : m_setup(setup)
    , m_progress(std::move(progress))
{}

QString PostgresqlBenchmark::unavailableReason()
{
    const QString bindir = serverBinaries();
    for (const char *program : {"initdb", "pg_ctl", "postgres", "pg_isready"}) {
        if (!QFileInfo(bindir + QLatin1Char('/') + QLatin1String(program)).isExecutable())
            return QStringLiteral("no PostgreSQL 15 server in %1 (apt-get install postgresql-15)")
                .arg(bindir);
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("no QPSQL driver for Qt (apt-get install libqt6sql6-psql)");
    if (!QFileInfo::exists(QStringLiteral(CANDOR_TEST_SERVER_SCRIPT)))
        return QStringLiteral("no %1").arg(QStringLiteral(CANDOR_TEST_SERVER_SCRIPT));
    return {};
}

PostgresqlBenchmark::Outcome PostgresqlBenchmark::run(int runs, int edits)
{
    m_lastError = unavailableReason();
    if (!m_lastError.isEmpty())
        return Outcome::Unavailable;

    QElapsedTimer clock;
    clock.start();
    PrivateServer server{QStringLiteral(CANDOR_TEST_SERVER_SCRIPT)};
    if (!server.start(&m_lastError))
        return Outcome::Unavailable;
    m_progress(QStringLiteral("PostgreSQL server started on %1 in %2 s")
                   .arg(server.folder())
                   .arg(secondsOf(clock), 0, 'f', 1));
    if (!createDatabases(server))
        return Outcome::Failed;

    DatabaseLocation candor;
    DatabaseLocation raw;
    const QString candorAddress = addressOf(server, candorDatabase);
    if (!DatabaseLocation::parse(candorAddress, &candor, &m_lastError) ||
        !DatabaseLocation::parse(addressOf(server, rawDatabase), &raw, &m_lastError))
        return Outcome::Failed;

    m_progress(QStringLiteral("loading %1 sample sessions into PostgreSQL through a session file")
                   .arg(m_setup.sampleSessions));
    if (!load(candorAddress))
        return Outcome::Failed;

    m_progress(
        QStringLiteral("starting candor on PostgreSQL and the baseline %1 times each").arg(runs));
    StartupBenchmark startup(m_setup.candorProgram, candorAddress, m_setup.baselineProgram,
                             m_setup.environment);
    if (!startup.run(runs)) {
        m_lastError = QStringLiteral("startup: ") + startup.lastError();
        return Outcome::Failed;
    }
    m_startup = startup.candor();

    m_progress(QStringLiteral("making %1 store edits and raw inserts on PostgreSQL").arg(edits));
    EditBenchmark editing(candor, raw);
    if (!editing.run(edits)) {
        m_lastError = QStringLiteral("edits: ") + editing.lastError();
        return Outcome::Failed;
    }
    m_storeEdits = editing.storeEdits();
    m_rawInserts = editing.rawInserts();
    m_storeEditsNextToRenames = editing.storeEditsNextToRenames();
    m_rawRenames = editing.rawRenames();

    m_progress(
        QStringLiteral("opening the follow-up view on PostgreSQL and the baseline %1 times each")
            .arg(runs));
    FollowUpBenchmark followUp(candor);
    if (!followUp.run(runs)) {
        m_lastError = QStringLiteral("follow-up view: ") + followUp.lastError();
        return Outcome::Failed;
    }
    m_followUpOpenings = followUp.openings();
    m_followUpBaselines = followUp.baselines();
    m_actionCount = followUp.actionCount();
    return Outcome::Measured;
}

bool PostgresqlBenchmark::createDatabases(const PrivateServer &server)
{
    const QString connection = QStringLiteral("candor-bench-postgresql-admin");
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(server.folder());
        admin.setPort(PrivateServer::port);
        admin.setUserName(superuser);
        admin.setDatabaseName(QStringLiteral("postgres"));
        ok = admin.open();
        if (!ok)
            m_lastError =
                QStringLiteral("cannot connect to the server: ") + admin.lastError().text();
        QSqlQuery query(admin);
        for (const QString &name : {candorDatabase, rawDatabase}) {
            ok = ok && query.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 "
                                                 "ENCODING 'UTF8'")
                                      .arg(name));
            if (!ok && m_lastError.isEmpty())
                m_lastError = QStringLiteral("cannot create database %1: %2")
                                  .arg(name, query.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool PostgresqlBenchmark::load(const QString &serverAddress)
{
    const QString file = QDir(m_setup.workFolder).filePath(QStringLiteral("postgresql.candor"));
    const QString exporting = QStringLiteral("candor-bench-postgresql-export");
    const QString importing = QStringLiteral("candor-bench-postgresql-import");

    // The sample's own sessions: the benchmarks before added others. Nothing
    // measured on SQLite runs after this, so it may change the file.
    QElapsedTimer clock;
    clock.start();
    Database::OpenResult opened =
        Database::open(m_setup.sampleDatabasePath, Database::Access::ReadWrite, exporting);
    bool ok = opened.ok();
    if (!ok)
        m_lastError = opened.message;
    ok = ok && giveSampleIdentities(exporting, &m_lastError);
    int sessions = 0;
    if (ok) {
        Store store(exporting);
        QVector<qint64> ids;
        for (const SessionSummary &session : store.sessions()) {
            if (session.id <= m_setup.sampleSessions)
                ids.append(session.id);
        }
        sessions = int(ids.size());
        ok = sessions == m_setup.sampleSessions;
        if (!ok)
            m_lastError = QStringLiteral("the SQLite sample holds %1 of its %2 sessions")
                              .arg(sessions)
                              .arg(m_setup.sampleSessions);
        ok = ok && SessionFile::write(&store, ids, file, &m_lastError);
    }
    Database::close(exporting);
    m_exportSeconds = secondsOf(clock);
    m_fileBytes = QFileInfo(file).size();
    if (!ok) {
        m_lastError = QStringLiteral("exporting the sample: ") + m_lastError;
        return false;
    }

    clock.restart();
    DatabaseLocation location;
    ok = DatabaseLocation::parse(serverAddress, &location, &m_lastError);
    if (ok) {
        opened = Database::openServer(location, importing);
        ok = opened.ok();
        if (!ok)
            m_lastError = opened.message;
    }
    if (ok) {
        Store store(importing);
        ok = TransferBenchmark::importFile(&store, file, &m_lastError);
        if (ok && store.sessions().size() != sessions) {
            ok = false;
            m_lastError = QStringLiteral("%1 of the %2 sessions arrived")
                              .arg(store.sessions().size())
                              .arg(sessions);
        }
    }
    Database::close(importing);
    m_importSeconds = secondsOf(clock);
    QFile::remove(file);
    if (!ok)
        m_lastError = QStringLiteral("importing the sample: ") + m_lastError;
    return ok;
}
