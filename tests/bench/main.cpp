#include "database.h"
#include "editbenchmark.h"
#include "recordbenchmark.h"
#include "resulttable.h"
#include "sampledata.h"
#include "startupbenchmark.h"
#include "statistics.h"

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
constexpr double recordBudgetMs = 16.0;

struct Options
{
    int runs = 15;
    int edits = 500;
    int records = 200;
};

constexpr Options quickOptions{3, 30, 20};

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
        "1600x1000 window repainted (same baseline, measured alongside). A row past\n"
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
    const QCommandLineOption quickOption(
        QStringLiteral("quick"),
        QStringLiteral("A smoke test: %1 runs, %2 edits and %3 recordings unless given.")
            .arg(quickOptions.runs)
            .arg(quickOptions.edits)
            .arg(quickOptions.records));
    parser.addOptions({runsOption, editsOption, recordsOption, quickOption});
    parser.process(app);

    if (parser.isSet(quickOption))
        *options = quickOptions;
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
           positiveNumber(recordsOption, &options->records);
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

    progress(QStringLiteral("recording %1 concerns on the sharing page, with as many raw inserts "
                            "(%2 s so far)")
                 .arg(options.records)
                 .arg(seconds(totalClock), 0, 'f', 1));
    RecordBenchmark recording(candorDatabasePath, recordRawDatabasePath);
    if (!recording.run(options.records)) {
        progress(QStringLiteral("recording could not be measured: ") + recording.lastError());
        return 1;
    }

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

    const double recordP99 = percentile(recording.recordings(), 99);
    const double recordRawP99 = percentile(recording.rawInserts(), 99);
    table.addRow({QStringLiteral("record a concern among 1,000, p99"), milliseconds(recordP99, 3),
                  milliseconds(recordRawP99, 3), ratioText(recordP99, recordRawP99),
                  QStringLiteral("-"), ResultTable::Verdict::NotJudged});

    const QString fileSystem = QString::fromUtf8(QStorageInfo(workDir.path()).fileSystemType());
    QString report;
    report += QStringLiteral("Candor benchmark: %1 startups and %2 edits each, %3 recordings, "
                             "%4 s in all\n")
                  .arg(options.runs)
                  .arg(options.edits)
                  .arg(options.records)
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
    report += QStringLiteral("recording: Enter on the sharing page (%1x%2) of a new session of %3 "
                             "people holding %4 concerns, until committed and repainted; %5 "
                             "concerns at the end\n")
                  .arg(RecordBenchmark::windowWidth)
                  .arg(RecordBenchmark::windowHeight)
                  .arg(RecordBenchmark::participantCount)
                  .arg(RecordBenchmark::existingConcerns)
                  .arg(recording.finalConcernCount());
    report += QStringLiteral("baselines: an empty QMainWindow process; a prepared one-row INSERT "
                             "committed alone (WAL, synchronous=FULL)\n\n");
    report += table.toText();
    print(stdout, report);
    return 0;
}
