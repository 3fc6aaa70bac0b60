#include "rawinsert.h"

#include "databaselocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// What Database::open sets.
const char *const rawPragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                  "PRAGMA foreign_keys=ON", "PRAGMA trusted_schema=OFF"};

} // namespace

RawInsert::RawInsert(const QString &path, const QString &connectionName)
    : m_connectionName(connectionName)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_database.setDatabaseName(path);
    QStringList setUp;
    for (const char *pragma : rawPragmas)
        setUp.append(QString::fromLatin1(pragma));
    prepare(setUp);
}

RawInsert::RawInsert(const DatabaseLocation &location, const QString &connectionName)
    : m_connectionName(connectionName)
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    location.applyTo(m_database);
    prepare({});
}

bool RawInsert::prepare(const QStringList &setUp)
{
    if (!m_database.open()) {
        m_lastError = m_database.lastError().text();
        return false;
    }
    auto query = std::make_unique<QSqlQuery>(m_database);
    for (const QString &statement : setUp) {
        if (!query->exec(statement)) {
            m_lastError = query->lastError().text();
            return false;
        }
    }
    if (!query->exec(QStringLiteral("CREATE TABLE t(x TEXT)")) ||
        !query->prepare(QStringLiteral("INSERT INTO t(x) VALUES(?)"))) {
        m_lastError = query->lastError().text();
        return false;
    }
    m_query = std::move(query);
    return true;
}

RawInsert::~RawInsert()
{
    m_query.reset();
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool RawInsert::insert(const QString &text)
{
    if (!m_query) {
        m_lastError = QStringLiteral("the raw database is not open");
        return false;
    }
    if (!m_database.transaction()) {
        m_lastError = m_database.lastError().text();
        return false;
    }
    m_query->bindValue(0, text);
    if (!m_query->exec()) {
        m_lastError = m_query->lastError().text();
        m_database.rollback();
        return false;
    }
    if (!m_database.commit()) {
        m_lastError = m_database.lastError().text();
        return false;
    }
    return true;
}
