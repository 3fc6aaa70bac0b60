#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// Where a database is: a file (SQLite) or a PostgreSQL server, as given to
// --database or in Settings. A PostgreSQL database is named by a URI
// (postgresql://user@host:port/dbname?sslmode=verify-full, the host may be
// a Unix socket folder, percent-encoded or as ?host=) or by a libpq service
// (service=candor, from pg_service.conf). A password in a URI is used for
// the run and never shown or kept: shown() and kept() leave it out, and
// libpq's password file, service file or PGPASSWORD are the places for one.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Engine { Sqlite, Postgresql };

    // Reads what a person typed. A text that is neither a postgresql://
    // URI nor service=… is a file path, made absolute against the current
    // folder. Returns false, with one sentence in error, for a URI or
    // service that cannot be right (a port that is not a number, no
    // database named, an option libpq does not know).
    static bool parse(const QString &text, DatabaseLocation *location, QString *error);
    static DatabaseLocation file(const QString &path);

    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::Postgresql; }
    QString filePath() const { return m_filePath; }

    QString host() const { return m_host; }
    int port() const { return m_port; } // 0: libpq's default
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    QString service() const { return m_service; }
    QStringList options() const { return m_options; } // "sslmode=verify-full", …

    // For messages and tables: the file's path, or the URI without its
    // password ("postgresql://dana@db.example.org/candor?sslmode=verify-full").
    QString shown() const;
    // What Settings may keep: as shown, never a password.
    QString kept() const { return shown(); }

    // A password typed at a prompt, for this run only: never shown, never
    // kept.
    void setPassword(const QString &password) { m_password = password; }

    // Gives a QPSQL connection everything but a password it was not given.
    void applyTo(QSqlDatabase &db) const;

private:
    Engine m_engine = Engine::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 0;
    QString m_databaseName;
    QString m_userName;
    QString m_password; // from the URI, for this run only
    QString m_service;
    QStringList m_options;
};
