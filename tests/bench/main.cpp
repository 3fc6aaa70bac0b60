#include "backupbenchmark.h"
#include "database.h"
#include "editbenchmark.h"
#include "followupbenchmark.h"
#include "postgresqlbenchmark.h"
#include "recordbenchmark.h"
#include "reorderbenchmark.h"
#include "resulttable.h"
#include "sampledata.h"
#include "startupbenchmark.h"
#include "statistics.h"
#include "summarybenchmark.h"
#include "transferbenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {

// The budgets a change has to stay within.
constexpr double startupRatioBudget = 3.0;
constexpr double peakMemoryBudgetMiB = 80.0;
constexpr double editRatioBudget = 1.5;
// One frame at 60 Hz: Enter, and the concern is on disk and on the screen.
constexpr double recordBudgetMs = 8.0;
// Opening the follow-up view over every session's actions.
constexpr double followUpBudgetMs = 100.0;
// One frame: the action is in its new place, on disk and on the screen.
constexpr double reorderBudgetMs = 16.0;
// A summary of 200 concerns and 100 actions to PDF, and against a plain
// QTextDocument of the same text printed the same way.
constexpr double summaryPdfBudgetMs = 500.0;
constexpr double summaryPdfRatioBudget = 1.5;
// One frame: a backup written meanwhile never keeps the window from
// painting or taking a key for longer.
constexpr double backupStallBudgetMs = 16.0;
// A session of 200 concerns and 100 actions into a session file, and in
// from one.
constexpr double transferBudgetMs = 100.0;

struct Options
{
    int runs = 15;
    int edits = 500;
    int records = 200;
    int moves = 100;
    bool postgresql = true;
};

constexpr Options quickOptions{3, 30, 20, 20, true};

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

// Progress goes to stderr so stdout holds only the report.
void progress(const QString &text)
{
    print(stderr, QStringLiteral("candor-bench: ") + text + QLatin1Char('\n'));
}

QString milliseconds(double value, int decimals)
{
    return QString::number(value, 'f', decimals) + QStringLiteral(" ms");
}

QString mebibytes(double kibibytes)
{
    return QString::number(kibibytes / 1024, 'f', 1) + QStringLiteral(" MiB");
}

QString ratioText(double measured, double baseline)
{
    if (baseline <= 0)
        return QStringLiteral("-");
    return QString::number(measured / baseline, 'f', 2) + QLatin1Char('x');
}

ResultTable::Verdict verdictFor(double value, double budget)
{
    return value <= budget ? ResultTable::Verdict::Ok : ResultTable::Verdict::Over;
}

bool parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures Candor against baselines taken in the same run and prints one table:\n"
        "startup to the first painted window with 1,000 sessions and its peak memory\n"
        "(baseline: an empty QMainWindow process), and one durable edit through the\n"
        "store (baseline: a prepared INSERT committed alone on a file with the same\n"
        "PRAGMAs), and recording a concern on the real sharing page of a session that\n"
        "already holds 1,000 concerns, from Enter until it is committed and the\n"
        "1600x1000 window repainted (same baseline, measured alongside), and opening\n"
        "the follow-up view over all 10,000 actions until its table has painted\n"
        "(baseline: the same window with an empty table; as many openings as runs),\n"
        "and moving an action one place on the actions page of a session of 200\n"
        "until committed and repainted (baseline: the raw insert), and exporting\n"
        "the summary of a session of 200 concerns and 100 actions to an A4 PDF\n"
        "(baseline: a plain QTextDocument of the same text printed to the same\n"
        "paper; as many exports as runs), and writing an automatic backup of the\n"
        "sample database on its own thread (baseline: copying the file's bytes and\n"
        "syncing them) with the longest the GUI thread goes without an event\n"
        "meanwhile (baseline: the same over an idle stretch; as many backups as\n"
        "runs), and exporting a session of 200 concerns and 100 actions to a\n"
        "session file and importing it into a database without it (baselines:\n"
        "writing and syncing, and reading, the same bytes). Then the sample goes\n"
        "into a private PostgreSQL 15 server (tests/postgresql/testserver.sh, in a\n"
        "folder under /tmp, stopped at the end) through a session file, and the\n"
        "startup (against the SQLite startup), the durable edit (baseline: the same\n"
        "insert on that server) and the follow-up view are measured there; without\n"
        "the server or Qt's QPSQL driver those rows read \"not measured\". A row past\n"
        "its budget reads OVER; the exit code stays 0 unless a measurement could not\n"
        "be taken. The sharing page and the children use QT_QPA_PLATFORM (offscreen\n"
        "if unset); data goes to a temporary folder under TMPDIR."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"),
        QStringLiteral("Start candor and the baseline <n> times each (default %1).")
            .arg(Options().runs),
        QStringLiteral("n"));
    const QCommandLineOption editsOption(
        QStringLiteral("edits"),
        QStringLiteral("Make <n> store edits and raw inserts each (default %1).")
            .arg(Options().edits),
        QStringLiteral("n"));
    const QCommandLineOption recordsOption(
        QStringLiteral("records"),
        QStringLiteral("Record <n> concerns on the sharing page, with as many raw inserts "
                       "(default %1).")
            .arg(Options().records),
        QStringLiteral("n"));
    const QCommandLineOption movesOption(
        QStringLiteral("moves"),
        QStringLiteral("Move <n> actions on the actions page, with as many raw inserts "
                       "(default %1).")
            .arg(Options().moves),
        QStringLiteral("n"));
    const QCommandLineOption quickOption(
        QStringLiteral("quick"),
        QStringLiteral("A smoke test: %1 runs, %2 edits, %3 recordings and %4 moves unless "
                       "given.")
            .arg(quickOptions.runs)
            .arg(quickOptions.edits)
            .arg(quickOptions.records)
            .arg(quickOptions.moves));
    const QCommandLineOption noPostgresqlOption(
        QStringLiteral("no-postgresql"),
        QStringLiteral("Leave out the PostgreSQL rows (no server is started)."));
    parser.addOptions(
        {runsOption, editsOption, recordsOption, movesOption, quickOption, noPostgresqlOption});
    parser.process(app);

    if (parser.isSet(quickOption))
        *options = quickOptions;
    options->postgresql = !parser.isSet(noPostgresqlOption);
    const auto positiveNumber = [&](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool isNumber = false;
        const int number = parser.value(option).toInt(&isNumber);
        if (!isNumber || number < 1) {
            print(stderr, QStringLiteral("candor-bench: --%1 needs a whole number above 0, not "
                                         "\"%2\"\n")
                              .arg(option.names().constFirst(), parser.value(option)));
            return false;
        }
        *value = number;
        return true;
    };
    return positiveNumber(runsOption, &options->runs) &&
           positiveNumber(editsOption, &options->edits) &&
           positiveNumber(recordsOption, &options->records) &&
           positiveNumber(movesOption, &options->moves);
}

// Children get their own settings, data and runtime folders, so neither the
// user's Candor settings nor a running Candor can change what is measured.
QProcessEnvironment childEnvironment(const QString &home, const QString &platform)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    const std::pair<const char *, const char *> folders[] = {
        {"XDG_CONFIG_HOME", "config"}, {"XDG_DATA_HOME", "data"}, {"XDG_RUNTIME_DIR", "runtime"}};
    for (const auto &[variable, name] : folders) {
        const QString path = home + QLatin1Char('/') + QLatin1String(name);
        QDir().mkpath(path);
        environment.insert(QLatin1String(variable), path);
    }
    // Qt ignores a runtime folder that others may read.
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return environment;
}

bool createSampleDatabase(const QString &path, SampleCounts *counts)
{
    const Database::OpenResult opened = Database::open(path);
    QString error = opened.message;
    const bool ok = opened.ok() && writeSampleSessions(Database::defaultConnectionName,
                                                       SampleShape(), counts, &error);
    Database::close();
    if (!ok)
        progress(QStringLiteral("cannot write the sample database %1: %2").arg(path, error));
    return ok;
}

double seconds(const QElapsedTimer &clock)
{
    return double(clock.elapsed()) / 1000;
}

} // namespace

int main(int argc, char *argv[])
{
    // The baseline child is this program showing its own window, so this
    // is decided before any application object exists.
    for (int i = 1; i < argc; ++i) {
        if (StartupBenchmark::baselineArgument == QLatin1String(argv[i]))
            return StartupBenchmark::runBaselineWindow(argc, argv);
    }

    // The sharing page is shown by this process, on the same platform as
    // the children.
    const QString requestedPlatform = qEnvironmentVariable("QT_QPA_PLATFORM");
    const QString platform =
        requestedPlatform.isEmpty() ? QStringLiteral("offscreen") : requestedPlatform;
    qputenv("QT_QPA_PLATFORM", platform.toLocal8Bit());

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("candor-bench"));
    Options options;
    if (!parseOptions(app, &options))
        return 2;

    QTemporaryDir workDir(QDir::tempPath() + QStringLiteral("/candor-bench-XXXXXX"));
    if (!workDir.isValid()) {
        progress(QStringLiteral("cannot create a temporary folder: ") + workDir.errorString());
        return 1;
    }
    const QString candorDatabasePath = workDir.filePath(QStringLiteral("sessions.candor"));
    const QString rawDatabasePath = workDir.filePath(QStringLiteral("raw.sqlite"));
    const QString recordRawDatabasePath = workDir.filePath(QStringLiteral("record-raw.sqlite"));
    const QString reorderRawDatabasePath = workDir.filePath(QStringLiteral("reorder-raw.sqlite"));
    const QProcessEnvironment environment =
        childEnvironment(workDir.filePath(QStringLiteral("home")), platform);
    const QElapsedTimer totalClock = [] {
        QElapsedTimer clock;
        clock.start();
        return clock;
    }();

    const SampleShape shape;
    progress(
        QStringLiteral("writing %1 sample sessions to %2").arg(shape.sessions).arg(workDir.path()));
    SampleCounts counts;
    if (!createSampleDatabase(candorDatabasePath, &counts))
        return 1;
    const double databaseMiB = double(QFileInfo(candorDatabasePath).size()) / (1024 * 1024);

    progress(QStringLiteral("starting candor and the baseline %1 times each on %2 (%3 s so far)")
                 .arg(options.runs)
                 .arg(platform)
                 .arg(seconds(totalClock), 0, 'f', 1));
    StartupBenchmark startup(QStringLiteral(CANDOR_BINARY), candorDatabasePath,
                             QCoreApplication::applicationFilePath(), environment);
    if (!startup.run(options.runs)) {
        progress(QStringLiteral("startup could not be measured: ") + startup.lastError());
        return 1;
    }

    progress(QStringLiteral("making %1 store edits and raw inserts (%2 s so far)")
                 .arg(options.edits)
                 .arg(seconds(totalClock), 0, 'f', 1));
    EditBenchmark editing(candorDatabasePath, rawDatabasePath);
    if (!editing.run(options.edits)) {
        progress(QStringLiteral("edits could not be measured: ") + editing.lastError());
        return 1;
    }

    // Before the recording and reordering add their sessions, so it lists
    // the sample history alone.
    progress(QStringLiteral("opening the follow-up view and the baseline %1 times each (%2 s so "
                            "far)")
                 .arg(options.runs)
                 .arg(seconds(totalClock), 0, 'f', 1));
    FollowUpBenchmark followUp(candorDatabasePath);
    if (!followUp.run(options.runs)) {
        progress(QStringLiteral("the follow-up view could not be measured: ") +
                 followUp.lastError());
        return 1;
    }

    progress(QStringLiteral("writing %1 backups and plain copies of the sample database (%2 s so "
                            "far)")
                 .arg(options.runs)
                 .arg(seconds(totalClock), 0, 'f', 1));
    BackupBenchmark backingUp(candorDatabasePath);
    if (!backingUp.run(options.runs)) {
        progress(QStringLiteral("backups could not be measured: ") + backingUp.lastError());
        return 1;
    }

    progress(QStringLiteral("recording %1 concerns on the sharing page, with as many raw inserts "
                            "(%2 s so far)")
                 .arg(options.records)
                 .arg(seconds(totalClock), 0, 'f', 1));
    RecordBenchmark recording(candorDatabasePath, recordRawDatabasePath);
    if (!recording.run(options.records)) {
        progress(QStringLiteral("recording could not be measured: ") + recording.lastError());
        return 1;
    }

    progress(QStringLiteral("moving %1 actions on the actions page, with as many raw inserts "
                            "(%2 s so far)")
                 .arg(options.moves)
                 .arg(seconds(totalClock), 0, 'f', 1));
    ReorderBenchmark reordering(candorDatabasePath, reorderRawDatabasePath);
    if (!reordering.run(options.moves)) {
        progress(QStringLiteral("reordering could not be measured: ") + reordering.lastError());
        return 1;
    }

    progress(QStringLiteral("exporting a summary to PDF and printing the baseline %1 times each "
                            "(%2 s so far)")
                 .arg(options.runs)
                 .arg(seconds(totalClock), 0, 'f', 1));
    SummaryBenchmark summary(candorDatabasePath);
    if (!summary.run(options.runs)) {
        progress(QStringLiteral("the summary could not be measured: ") + summary.lastError());
        return 1;
    }

    progress(QStringLiteral("exporting and importing a session file %1 times each (%2 s so far)")
                 .arg(options.runs)
                 .arg(seconds(totalClock), 0, 'f', 1));
    TransferBenchmark transfer(candorDatabasePath, workDir.path());
    if (!transfer.run(options.runs)) {
        progress(QStringLiteral("session files could not be measured: ") + transfer.lastError());
        return 1;
    }

    // Last, so the server is not running while anything above is measured.
    PostgresqlBenchmark::Outcome postgresqlOutcome = PostgresqlBenchmark::Outcome::Unavailable;
    QString postgresqlNote = QStringLiteral("left out (--no-postgresql)");
    PostgresqlBenchmark postgresql({QStringLiteral(CANDOR_BINARY),
                                    QCoreApplication::applicationFilePath(), environment,
                                    candorDatabasePath, counts.sessions, workDir.path()},
                                   progress);
    if (options.postgresql) {
        progress(QStringLiteral("measuring on a private PostgreSQL server (%1 s so far)")
                     .arg(seconds(totalClock), 0, 'f', 1));
        postgresqlOutcome = postgresql.run(options.runs, options.edits);
        postgresqlNote = postgresql.lastError();
        if (postgresqlOutcome != PostgresqlBenchmark::Outcome::Measured)
            progress(QStringLiteral("PostgreSQL not measured: ") + postgresqlNote);
    }
    const bool postgresqlMeasured = postgresqlOutcome == PostgresqlBenchmark::Outcome::Measured;

    using Statistics::median;
    using Statistics::percentile;
    ResultTable table;

    const double candorStartup = median(startup.candor().milliseconds);
    const double baselineStartup = median(startup.baseline().milliseconds);
    table.addRow({QStringLiteral("startup to first window, median"), milliseconds(candorStartup, 1),
                  milliseconds(baselineStartup, 1), ratioText(candorStartup, baselineStartup),
                  QStringLiteral("<= %1x").arg(startupRatioBudget, 0, 'f', 2),
                  verdictFor(candorStartup / baselineStartup, startupRatioBudget)});

    const double candorPeak = median(startup.candor().peakResidentKiB);
    const double baselinePeak = median(startup.baseline().peakResidentKiB);
    table.addRow({QStringLiteral("peak resident memory at startup, median"), mebibytes(candorPeak),
                  mebibytes(baselinePeak), ratioText(candorPeak, baselinePeak),
                  QStringLiteral("<= %1 MiB").arg(peakMemoryBudgetMiB, 0, 'f', 0),
                  verdictFor(candorPeak / 1024, peakMemoryBudgetMiB)});

    const double storeMedian = median(editing.storeEdits());
    const double rawMedian = median(editing.rawInserts());
    table.addRow({QStringLiteral("durable edit (renameSession), median"),
                  milliseconds(storeMedian, 3), milliseconds(rawMedian, 3),
                  ratioText(storeMedian, rawMedian),
                  QStringLiteral("<= %1x").arg(editRatioBudget, 0, 'f', 2),
                  verdictFor(storeMedian / rawMedian, editRatioBudget)});

    const double storeP99 = percentile(editing.storeEdits(), 99);
    const double rawP99 = percentile(editing.rawInserts(), 99);
    table.addRow({QStringLiteral("durable edit (renameSession), p99"), milliseconds(storeP99, 3),
                  milliseconds(rawP99, 3), ratioText(storeP99, rawP99), QStringLiteral("-"),
                  ResultTable::Verdict::NotJudged});

    const double recordMedian = median(recording.recordings());
    const double recordRawMedian = median(recording.rawInserts());
    table.addRow({QStringLiteral("record a concern among 1,000, median"),
                  milliseconds(recordMedian, 3), milliseconds(recordRawMedian, 3),
                  ratioText(recordMedian, recordRawMedian),
                  QStringLiteral("<= %1 ms").arg(recordBudgetMs, 0, 'f', 0),
                  verdictFor(recordMedian, recordBudgetMs)});
    const std::pair<QString, const QVector<double> *> parts[] = {
        {QStringLiteral("  of which commit, median"), &recording.commits()},
        {QStringLiteral("  of which models and pages, median"), &recording.updates()},
        {QStringLiteral("  of which painting both windows, median"), &recording.paints()},
    };
    for (const auto &[name, values] : parts)
        table.addRow({name, milliseconds(median(*values), 3), milliseconds(recordRawMedian, 3),
                      ratioText(median(*values), recordRawMedian), QStringLiteral("-"),
                      ResultTable::Verdict::NotJudged});

    const double recordP99 = percentile(recording.recordings(), 99);
    const double recordRawP99 = percentile(recording.rawInserts(), 99);
    table.addRow({QStringLiteral("record a concern among 1,000, p99"), milliseconds(recordP99, 3),
                  milliseconds(recordRawP99, 3), ratioText(recordP99, recordRawP99),
                  QStringLiteral("-"), ResultTable::Verdict::NotJudged});

    const double followUpMedian = median(followUp.openings());
    const double followUpBaselineMedian = median(followUp.baselines());
    table.addRow({QStringLiteral("follow-up view of 10,000 actions, median"),
                  milliseconds(followUpMedian, 1), milliseconds(followUpBaselineMedian, 1),
                  ratioText(followUpMedian, followUpBaselineMedian),
                  QStringLiteral("<= %1 ms").arg(followUpBudgetMs, 0, 'f', 0),
                  verdictFor(followUpMedian, followUpBudgetMs)});

    const double backupMedian = median(backingUp.backups());
    const double copyMedian = median(backingUp.copies());
    table.addRow({QStringLiteral("backup of 1,000 sessions, median"), milliseconds(backupMedian, 1),
                  milliseconds(copyMedian, 1), ratioText(backupMedian, copyMedian),
                  QStringLiteral("-"), ResultTable::Verdict::NotJudged});
    table.addRow({QStringLiteral("  longest GUI-thread stall during it"),
                  milliseconds(backingUp.longestStallMs(), 2),
                  milliseconds(backingUp.longestIdleStallMs(), 2),
                  ratioText(backingUp.longestStallMs(), backingUp.longestIdleStallMs()),
                  QStringLiteral("<= %1 ms").arg(backupStallBudgetMs, 0, 'f', 0),
                  verdictFor(backingUp.longestStallMs(), backupStallBudgetMs)});

    const double moveMedian = median(reordering.moves());
    const double moveRawMedian = median(reordering.rawInserts());
    table.addRow({QStringLiteral("reorder an action among 200, median"),
                  milliseconds(moveMedian, 3), milliseconds(moveRawMedian, 3),
                  ratioText(moveMedian, moveRawMedian),
                  QStringLiteral("<= %1 ms").arg(reorderBudgetMs, 0, 'f', 0),
                  verdictFor(moveMedian, reorderBudgetMs)});

    const double moveP99 = percentile(reordering.moves(), 99);
    const double moveRawP99 = percentile(reordering.rawInserts(), 99);
    table.addRow({QStringLiteral("reorder an action among 200, p99"), milliseconds(moveP99, 3),
                  milliseconds(moveRawP99, 3), ratioText(moveP99, moveRawP99), QStringLiteral("-"),
                  ResultTable::Verdict::NotJudged});

    const double summaryMedian = median(summary.exports());
    const double summaryBaselineMedian = median(summary.baselines());
    table.addRow({QStringLiteral("summary of 200 concerns to PDF, median"),
                  milliseconds(summaryMedian, 1), milliseconds(summaryBaselineMedian, 1),
                  ratioText(summaryMedian, summaryBaselineMedian),
                  QStringLiteral("<= %1 ms").arg(summaryPdfBudgetMs, 0, 'f', 0),
                  verdictFor(summaryMedian, summaryPdfBudgetMs)});
    table.addRow({QStringLiteral("summary to PDF against plain text, median"),
                  milliseconds(summaryMedian, 1), milliseconds(summaryBaselineMedian, 1),
                  ratioText(summaryMedian, summaryBaselineMedian),
                  QStringLiteral("<= %1x").arg(summaryPdfRatioBudget, 0, 'f', 2),
                  verdictFor(summaryMedian / summaryBaselineMedian, summaryPdfRatioBudget)});

    const double exportMedian = median(transfer.exports());
    const double writeMedian = median(transfer.writeBaselines());
    table.addRow({QStringLiteral("export a session of 200 concerns, median"),
                  milliseconds(exportMedian, 1), milliseconds(writeMedian, 1),
                  ratioText(exportMedian, writeMedian),
                  QStringLiteral("<= %1 ms").arg(transferBudgetMs, 0, 'f', 0),
                  verdictFor(exportMedian, transferBudgetMs)});
    const double importMedian = median(transfer.imports());
    const double readMedian = median(transfer.readBaselines());
    table.addRow({QStringLiteral("import a session of 200 concerns, median"),
                  milliseconds(importMedian, 1), milliseconds(readMedian, 1),
                  ratioText(importMedian, readMedian),
                  QStringLiteral("<= %1 ms").arg(transferBudgetMs, 0, 'f', 0),
                  verdictFor(importMedian, transferBudgetMs)});

    const QString postgresqlRows[] = {
        QStringLiteral("startup to first window on PostgreSQL, median"),
        QStringLiteral("durable edit on PostgreSQL (renameSession), median"),
        QStringLiteral("durable edit on PostgreSQL (renameSession), p99"),
        QStringLiteral("  against its own UPDATE sent raw, median"),
        QStringLiteral("follow-up view of 10,000 actions on PostgreSQL, median"),
    };
    if (postgresqlMeasured) {
        // Against the SQLite startup above: what the server costs the same window.
        const double serverStartup = median(postgresql.startup().milliseconds);
        table.addRow({postgresqlRows[0], milliseconds(serverStartup, 1),
                      milliseconds(candorStartup, 1), ratioText(serverStartup, candorStartup),
                      QStringLiteral("reported"), ResultTable::Verdict::NotJudged});

        const double serverEdit = median(postgresql.storeEdits());
        const double serverRaw = median(postgresql.rawInserts());
        table.addRow({postgresqlRows[1], milliseconds(serverEdit, 3), milliseconds(serverRaw, 3),
                      ratioText(serverEdit, serverRaw),
                      QStringLiteral("<= %1x").arg(editRatioBudget, 0, 'f', 2),
                      verdictFor(serverEdit / serverRaw, editRatioBudget)});
        const double serverEditP99 = percentile(postgresql.storeEdits(), 99);
        const double serverRawP99 = percentile(postgresql.rawInserts(), 99);
        table.addRow({postgresqlRows[2], milliseconds(serverEditP99, 3),
                      milliseconds(serverRawP99, 3), ratioText(serverEditP99, serverRawP99),
                      QStringLiteral("-"), ResultTable::Verdict::NotJudged});
        // What Candor adds to the server's own cost of the same edit.
        const double serverRename = median(postgresql.rawRenames());
        const double serverEditNextToRename = median(postgresql.storeEditsNextToRenames());
        table.addRow({postgresqlRows[3], milliseconds(serverEditNextToRename, 3),
                      milliseconds(serverRename, 3),
                      ratioText(serverEditNextToRename, serverRename), QStringLiteral("-"),
                      ResultTable::Verdict::NotJudged});

        const double serverFollowUp = median(postgresql.followUpOpenings());
        const double serverFollowUpBaseline = median(postgresql.followUpBaselines());
        table.addRow({postgresqlRows[4], milliseconds(serverFollowUp, 1),
                      milliseconds(serverFollowUpBaseline, 1),
                      ratioText(serverFollowUp, serverFollowUpBaseline),
                      QStringLiteral("<= %1 ms").arg(followUpBudgetMs, 0, 'f', 0),
                      verdictFor(serverFollowUp, followUpBudgetMs)});
    } else {
        for (const QString &name : postgresqlRows)
            table.addNote(name, QStringLiteral("not measured: ") + postgresqlNote);
    }

    const QString fileSystem = QString::fromUtf8(QStorageInfo(workDir.path()).fileSystemType());
    QString report;
    report += QStringLiteral("Candor benchmark: %1 startups and follow-up openings and %2 edits "
                             "each, %3 recordings, %4 moves, %5 s in all\n")
                  .arg(options.runs)
                  .arg(options.edits)
                  .arg(options.records)
                  .arg(options.moves)
                  .arg(seconds(totalClock), 0, 'f', 1);
    report += QStringLiteral("platform: %1%2\n")
                  .arg(platform, requestedPlatform.isEmpty()
                                     ? QStringLiteral(" (QT_QPA_PLATFORM unset, defaulted)")
                                     : QStringLiteral(" (from QT_QPA_PLATFORM)"));
    report += QStringLiteral("data: %1 sessions, %2 participants, %3 concerns, %4 actions "
                             "(%5 MiB) on %6 (%7)\n")
                  .arg(counts.sessions)
                  .arg(counts.participants)
                  .arg(counts.concerns)
                  .arg(counts.actions)
                  .arg(databaseMiB, 0, 'f', 1)
                  .arg(QDir::tempPath(), fileSystem.isEmpty() ? QStringLiteral("?") : fileSystem);
    report += QStringLiteral("recording: Enter on the sharing page (%1x%2, ranked page visited "
                             "before) with the room's screen (%6x%7) open on sharing, in a new "
                             "session of %3 people holding %4 concerns, until committed, followed "
                             "by every model and page and both windows painted once; %5 "
                             "concerns at the end\n")
                  .arg(RecordBenchmark::windowWidth)
                  .arg(RecordBenchmark::windowHeight)
                  .arg(RecordBenchmark::participantCount)
                  .arg(RecordBenchmark::existingConcerns)
                  .arg(recording.finalConcernCount())
                  .arg(RecordBenchmark::roomWidth)
                  .arg(RecordBenchmark::roomHeight);
    report += QStringLiteral("follow-up: a new FollowUpPage (%1x%2) holding %3 actions, %4 rows "
                             "shown by its default filter, until its table painted\n")
                  .arg(FollowUpBenchmark::windowWidth)
                  .arg(FollowUpBenchmark::windowHeight)
                  .arg(followUp.actionCount())
                  .arg(followUp.shownRows());
    report += QStringLiteral("reordering: ActionModel::moveAction on the actions page (%1x%2) of "
                             "a session of %3 actions, one place down or up, until committed and "
                             "repainted; stored ranks checked afterwards\n")
                  .arg(ReorderBenchmark::windowWidth)
                  .arg(ReorderBenchmark::windowHeight)
                  .arg(ReorderBenchmark::actionCount);
    report += QStringLiteral("summary: %1 concerns and %2 actions to an A4 PDF of %3 pages; the "
                             "plain text of it printed by QTextDocument took %4 pages\n")
                  .arg(SummaryBenchmark::concernCount)
                  .arg(SummaryBenchmark::actionCount)
                  .arg(summary.pageCount())
                  .arg(summary.baselinePageCount());
    report += QStringLiteral("backup: AutomaticBackups writing a %1 MiB backup of the sample "
                             "database (copied, read back whole, synced, renamed, rotated) on its "
                             "own thread, from start() until finished() reached the GUI thread, "
                             "whose longest wait between two events of a 1 ms timer is the "
                             "stall; baseline: the file's bytes copied and synced\n")
                  .arg(double(backingUp.backupBytes()) / (1024 * 1024), 0, 'f', 1);
    if (postgresqlMeasured) {
        report += QStringLiteral("postgresql: a private PostgreSQL 15 server on a Unix socket "
                                 "(fsync on), the %1 sample sessions loaded as a session file of "
                                 "%2 MiB (export %3 s, import %4 s), %5 actions in the follow-up "
                                 "view; startup against the SQLite startup above, edits against "
                                 "the same insert in another database on the server\n")
                      .arg(counts.sessions)
                      .arg(double(postgresql.fileBytes()) / (1024 * 1024), 0, 'f', 1)
                      .arg(postgresql.exportSeconds(), 0, 'f', 1)
                      .arg(postgresql.importSeconds(), 0, 'f', 1)
                      .arg(postgresql.actionCount());
    } else {
        report += QStringLiteral("postgresql: not measured: %1\n").arg(postgresqlNote);
    }
    report += QStringLiteral(
        "baselines: an empty QMainWindow process; a prepared one-row INSERT "
        "committed alone (WAL, synchronous=FULL); a window with an empty QTableView\n\n");
    report += table.toText();
    print(stdout, report);
    // A machine without a server is no failure; a measurement that failed on one is.
    return postgresqlOutcome == PostgresqlBenchmark::Outcome::Failed ? 1 : 0;
}
