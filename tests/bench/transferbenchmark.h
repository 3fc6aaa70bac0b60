#pragma once

#include <QString>
#include <QVector>

class Store;

// Times a session travelling in a session file: exporting the summary
// benchmark's session (200 concerns, 100 actions) from the sample database,
// and importing that file into a database that does not have it yet (read
// and checked on a private copy, planned, written in one transaction).
// Baselines, interleaved: writing the file's bytes anew and syncing them,
// and reading them, which any file of that size costs.
class TransferBenchmark
{
public:
    explicit TransferBenchmark(const QString &candorDatabasePath, const QString &workFolder);

    bool run(int times);

    // Imports every session of the session file at path through the store,
    // as File > Import Sessions does: read and checked, planned, applied in
    // one transaction. false with *error when it did not.
    static bool importFile(Store *store, const QString &path, QString *error);

    const QVector<double> &exports() const { return m_exports; }
    const QVector<double> &imports() const { return m_imports; }
    const QVector<double> &writeBaselines() const { return m_writeBaselines; }
    const QVector<double> &readBaselines() const { return m_readBaselines; }
    qint64 fileBytes() const { return m_fileBytes; }
    QString lastError() const { return m_lastError; }

private:
    QString m_candorDatabasePath;
    QString m_workFolder;
    QVector<double> m_exports;
    QVector<double> m_imports;
    QVector<double> m_writeBaselines;
    QVector<double> m_readBaselines;
    qint64 m_fileBytes = 0;
    QString m_lastError;
};
