#pragma once

#include "startupbenchmark.h"

#include <QProcessEnvironment>
#include <QString>
#include <QVector>

#include <functional>

// A private PostgreSQL 15 server for one run of the benchmark, started by
// tests/postgresql/testserver.sh in a new folder under /tmp (short, since the
// server's Unix socket lives there) and stopped, folder and all, when this
// goes out of scope, however the run ends.
class PrivateServer
{
public:
    static constexpr int port = 5432;

    explicit PrivateServer(const QString &script);
    ~PrivateServer();
    PrivateServer(const PrivateServer &) = delete;
    PrivateServer &operator=(const PrivateServer &) = delete;

    // false with *error when the server could not be started.
    bool start(QString *error);
    // The socket folder, as libpq's host.
    QString folder() const { return m_folder; }

private:
    bool runScript(const QString &command, QString *output) const;

    QString m_script;
    QString m_folder;
};

// The PostgreSQL rows: the 1,000-session sample loaded into a database on a
// private server (exported from the SQLite sample to a session file with
// SessionFile::write and imported with SessionImport and Store::applyImport),
// then the same startup, durable edit and follow-up measurements as on
// SQLite. The edit's baseline is a prepared one-row INSERT committed alone
// in another database on the same server, over the same socket.
class PostgresqlBenchmark
{
public:
    struct Setup
    {
        QString candorProgram;
        QString baselineProgram;
        QProcessEnvironment environment;
        // The SQLite sample, whose sessions 1..sampleSessions are loaded.
        QString sampleDatabasePath;
        int sampleSessions = 0;
        // Where the session file goes.
        QString workFolder;
    };

    enum class Outcome {
        Measured,
        Unavailable, // no server here: no binaries, no QPSQL driver, or it did not start
        Failed,      // the server ran, but a measurement could not be taken
    };

    PostgresqlBenchmark(const Setup &setup, std::function<void(const QString &)> progress);

    // Why PostgreSQL cannot be measured on this machine, before trying;
    // empty when it can.
    static QString unavailableReason();

    // lastError() says why when not Measured.
    Outcome run(int runs, int edits);
    QString lastError() const { return m_lastError; }

    const StartupBenchmark::Samples &startup() const { return m_startup; }
    const QVector<double> &storeEdits() const { return m_storeEdits; }
    const QVector<double> &rawInserts() const { return m_rawInserts; }
    const QVector<double> &storeEditsNextToRenames() const { return m_storeEditsNextToRenames; }
    const QVector<double> &rawRenames() const { return m_rawRenames; }
    const QVector<double> &followUpOpenings() const { return m_followUpOpenings; }
    const QVector<double> &followUpBaselines() const { return m_followUpBaselines; }
    int actionCount() const { return m_actionCount; }
    double exportSeconds() const { return m_exportSeconds; }
    double importSeconds() const { return m_importSeconds; }
    qint64 fileBytes() const { return m_fileBytes; }

private:
    bool createDatabases(const PrivateServer &server);
    bool load(const QString &serverAddress);

    Setup m_setup;
    std::function<void(const QString &)> m_progress;
    StartupBenchmark::Samples m_startup;
    QVector<double> m_storeEdits;
    QVector<double> m_rawInserts;
    QVector<double> m_storeEditsNextToRenames;
    QVector<double> m_rawRenames;
    QVector<double> m_followUpOpenings;
    QVector<double> m_followUpBaselines;
    int m_actionCount = 0;
    double m_exportSeconds = 0;
    double m_importSeconds = 0;
    qint64 m_fileBytes = 0;
    QString m_lastError;
};
