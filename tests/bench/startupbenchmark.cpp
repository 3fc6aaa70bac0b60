#include "startupbenchmark.h"

#include "startupprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QProcess>

namespace {

// Far above any plausible startup, so only a hung process hits it.
constexpr int processTimeoutMs = 30000;
const QByteArray shownPrefix = QByteArrayLiteral("shown ");

} // namespace

const QString StartupBenchmark::baselineArgument = QStringLiteral("--baseline-window");

StartupBenchmark::StartupBenchmark(const QString &candorProgram, const QString &databasePath,
                                   const QString &baselineProgram,
                                   const QProcessEnvironment &environment)
    : m_candorProgram(candorProgram)
    , m_databasePath(databasePath)
    , m_baselineProgram(baselineProgram)
    , m_environment(environment)
{}

bool StartupBenchmark::run(int runs)
{
    // One unrecorded run of each first: the very first start also pays for
    // reading the Qt libraries and fonts from disk, which a person starting
    // Candor a second time would not.
    Samples warmUp;
    if (!probeBaseline(&warmUp) || !probeCandor(&warmUp))
        return false;
    for (int i = 0; i < runs; ++i) {
        const bool baselineFirst = i % 2 == 0;
        const bool ok = baselineFirst ? probeBaseline(&m_baseline) && probeCandor(&m_candor)
                                      : probeCandor(&m_candor) && probeBaseline(&m_baseline);
        if (!ok)
            return false;
    }
    return true;
}

bool StartupBenchmark::probeBaseline(Samples *samples)
{
    Sample sample;
    if (!probe(m_baselineProgram, {baselineArgument}, &sample))
        return false;
    samples->milliseconds.append(sample.milliseconds);
    samples->peakResidentKiB.append(sample.peakResidentKiB);
    return true;
}

bool StartupBenchmark::probeCandor(Samples *samples)
{
    Sample sample;
    if (!probe(m_candorProgram,
               {QStringLiteral("--database"), m_databasePath, QStringLiteral("--startup-probe")},
               &sample))
        return false;
    samples->milliseconds.append(sample.milliseconds);
    samples->peakResidentKiB.append(sample.peakResidentKiB);
    return true;
}

bool StartupBenchmark::probe(const QString &program, const QStringList &arguments, Sample *sample)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(m_environment);

    const auto fail = [&](const QString &what) {
        process.kill();
        process.waitForFinished(processTimeoutMs);
        m_lastError = QStringLiteral("%1 %2: %3\n%4")
                          .arg(program, arguments.join(QLatin1Char(' ')), what,
                               QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return false;
    };

    QElapsedTimer clock;
    clock.start();
    process.start();
    QByteArray shownLine;
    while (shownLine.isEmpty()) {
        if (process.canReadLine()) {
            const QByteArray line = process.readLine();
            if (line.startsWith(shownPrefix))
                shownLine = line;
            continue;
        }
        const qint64 remaining = processTimeoutMs - clock.elapsed();
        if (remaining <= 0)
            return fail(QStringLiteral("no window within %1 s").arg(processTimeoutMs / 1000));
        if (!process.waitForReadyRead(int(remaining)) && !process.canReadLine()) {
            if (process.state() == QProcess::NotRunning)
                return fail(QStringLiteral("exited with code %1 before showing a window")
                                .arg(process.exitCode()));
        }
    }
    sample->milliseconds = double(clock.nsecsElapsed()) / 1e6;

    bool isNumber = false;
    sample->peakResidentKiB = shownLine.mid(shownPrefix.size()).trimmed().toDouble(&isNumber);
    if (!isNumber || sample->peakResidentKiB <= 0)
        return fail(QStringLiteral("unreadable probe line \"%1\"")
                        .arg(QString::fromLatin1(shownLine.trimmed())));

    // The next run must not overlap this one, nor find its lock still held.
    if (!process.waitForFinished(processTimeoutMs))
        return fail(QStringLiteral("did not quit after showing its window"));
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(
            QStringLiteral("quit with code %1 after showing its window").arg(process.exitCode()));
    return true;
}

int StartupBenchmark::runBaselineWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    // Candor's first-run size, so both windows paint the same area.
    window.resize(1100, 700);
    installStartupProbe(&window);
    window.show();
    return app.exec();
}
