#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>

// Times candor from QProcess::start to its first painted main window, next
// to a process that shows nothing but an empty QMainWindow, so the ratio
// shows what Candor adds on top of starting any Qt Widgets program here.
class StartupBenchmark
{
public:
    // What the process printed once its window was painted.
    struct Sample
    {
        double milliseconds = 0;
        double peakResidentKiB = 0;
    };

    struct Samples
    {
        QVector<double> milliseconds;
        QVector<double> peakResidentKiB;
    };

    // The baseline is this program, started again with baselineArgument.
    StartupBenchmark(const QString &candorProgram, const QString &databasePath,
                     const QString &baselineProgram, const QProcessEnvironment &environment);

    // Alternates baseline and candor runs so both meet the same machine
    // load; false with lastError() when a process did not show its window.
    bool run(int runs);

    const Samples &candor() const { return m_candor; }
    const Samples &baseline() const { return m_baseline; }
    QString lastError() const { return m_lastError; }

    static const QString baselineArgument;
    // The baseline process's main(): an empty QMainWindow with the probe.
    static int runBaselineWindow(int argc, char *argv[]);

private:
    bool probe(const QString &program, const QStringList &arguments, Sample *sample);
    bool probeBaseline(Samples *samples);
    bool probeCandor(Samples *samples);

    QString m_candorProgram;
    QString m_databasePath;
    QString m_baselineProgram;
    QProcessEnvironment m_environment;
    Samples m_candor;
    Samples m_baseline;
    QString m_lastError;
};
