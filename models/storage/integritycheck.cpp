#include "integritycheck.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

IntegrityCheck::IntegrityCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { check(); });
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_reported) {
            m_reported = true;
            emit finished(m_detail.isEmpty());
        }
    });
    m_thread->start();
}

bool IntegrityCheck::waitForVerdict()
{
    if (!m_thread)
        start();
    m_thread->wait();
    return m_detail.isEmpty();
}

QString IntegrityCheck::problem() const
{
    if (!m_finished.load() || m_detail.isEmpty())
        return {};
    return Database::problemMessage(Database::Problem::Corrupt, m_path, m_detail);
}

QString IntegrityCheck::findDamage(QSqlQuery &query)
{
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return query.lastError().text();
    const QString first = query.value(0).toString();
    if (first == QLatin1String("ok"))
        return {};
    int more = 0;
    while (query.next())
        ++more;
    query.finish();
    // SQLite lists every damaged cell; a person needs the first and a count.
    return more == 0 ? first : tr("%1, and %n more problem(s)", nullptr, more).arg(first);
}

void IntegrityCheck::check()
{
    // Connections belong to the thread that opened them.
    const QString connection =
        QStringLiteral("candor-integrity-%1").arg(quintptr(QThread::currentThreadId()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            m_detail = db.lastError().text();
        } else {
            QSqlQuery query(db);
            m_detail = findDamage(query);
        }
    }
    QSqlDatabase::removeDatabase(connection);
    m_finished.store(true);
}
