#include "transferbenchmark.h"

#include "database.h"
#include "sessionfile.h"
#include "sessionimport.h"
#include "store.h"
#include "summarybenchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <unistd.h>

namespace {

double elapsedMilliseconds(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

TransferBenchmark::TransferBenchmark(const QString &candorDatabasePath, const QString &workFolder)
    : m_candorDatabasePath(candorDatabasePath)
    , m_workFolder(workFolder)
{}

bool TransferBenchmark::importFile(Store *store, const QString &path, QString *error)
{
    SessionFileReader reader;
    if (!reader.open(path, error))
        return false;
    const SessionImport import(store, reader);
    ImportPlan plan = import.plan();
    if (store->applyImport(&plan))
        return true;
    *error = store->lastError();
    return false;
}

bool TransferBenchmark::run(int times)
{
    const QString file = QDir(m_workFolder).filePath(QStringLiteral("transfer.candor"));
    const QString copy = QDir(m_workFolder).filePath(QStringLiteral("transfer-copy.candor"));

    // Exports, from the sample database with the session added to it.
    const Database::OpenResult opened = Database::open(m_candorDatabasePath);
    if (!opened.ok()) {
        m_lastError = opened.message;
        return false;
    }
    bool ok = true;
    {
        Store store(Database::defaultConnectionName);
        const qint64 session = SummaryBenchmark::createSession(&store);
        ok = session != 0;
        if (!ok)
            m_lastError = QStringLiteral("the session could not be written: ") + store.lastError();
        for (int i = 0; i < times && ok; ++i) {
            QElapsedTimer clock;
            clock.start();
            ok = SessionFile::write(&store, {session}, file, &m_lastError);
            m_exports.append(elapsedMilliseconds(clock));

            QFile written(file);
            written.open(QIODevice::ReadOnly);
            const QByteArray bytes = written.readAll();
            m_fileBytes = bytes.size();
            clock.restart();
            QSaveFile baseline(copy);
            ok = ok && baseline.open(QIODevice::WriteOnly) && baseline.write(bytes) == bytes.size();
            baseline.flush();
            ::fsync(baseline.handle());
            ok = ok && baseline.commit();
            m_writeBaselines.append(elapsedMilliseconds(clock));
        }
    }
    Database::close();

    // Imports, each into a database of its own made beforehand.
    for (int i = 0; i < times && ok; ++i) {
        const QString connection = QStringLiteral("transfer-%1").arg(i);
        const QString target = QDir(m_workFolder).filePath(connection + QStringLiteral(".sqlite"));
        if (!Database::open(target, Database::Access::ReadWrite, connection).ok()) {
            m_lastError = QStringLiteral("cannot make ") + target;
            return false;
        }
        {
            Store store(connection);
            QElapsedTimer clock;
            clock.start();
            ok = importFile(&store, file, &m_lastError);
            m_imports.append(elapsedMilliseconds(clock));
            ok = ok && store.sessions().size() == 1;

            clock.restart();
            QFile read(file);
            ok = ok && read.open(QIODevice::ReadOnly) && read.readAll().size() == m_fileBytes;
            m_readBaselines.append(elapsedMilliseconds(clock));
        }
        Database::close(connection);
        QFile::remove(target);
    }
    return ok;
}
