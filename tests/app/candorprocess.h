#pragma once

#include <QProcess>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>

// The exit codes scripts rely on (see app/main.cpp).
namespace CandorExit {
enum Code { Success = 0, DatabaseProblem = 1, UsageProblem = 2, AlreadyRunning = 3 };
}

// One finished run of the real candor binary, as a user's shell sees it.
struct CandorRun
{
    bool finished = false; // false: it failed to start or outlived the timeout
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;

    bool exitedWith(int code) const
    {
        return finished && exitStatus == QProcess::NormalExit && exitCode == code;
    }

    // For failure messages: everything needed to see what went wrong.
    QByteArray describe() const
    {
        return QStringLiteral("finished=%1 normalExit=%2 exitCode=%3\nstdout:\n%4\nstderr:\n%5")
            .arg(finished)
            .arg(exitStatus == QProcess::NormalExit)
            .arg(exitCode)
            .arg(out, err)
            .toUtf8();
    }
};

// Generous: a loaded CI machine may take seconds to paint a window.
constexpr int candorRunTimeoutMs = 60000;

// inChild runs in the started process just before candor does: limits and
// signal dispositions set there are what candor runs under.
inline CandorRun
runCandor(const QStringList &arguments,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
          const std::function<void()> &inChild = {})
{
    QProcess process;
    process.setProgram(QStringLiteral(CANDOR_BINARY));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    if (inChild)
        process.setChildProcessModifier(inChild);
    process.start();
    CandorRun run;
    run.finished = process.waitForFinished(candorRunTimeoutMs);
    if (!run.finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(candorRunTimeoutMs);
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
