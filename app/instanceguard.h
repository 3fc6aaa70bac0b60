#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

// One writer per database: a lock file beside it, and a local socket so a
// second start can bring the running window to the front instead.
class InstanceGuard : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Acquired, HeldByAnother, Failed };

    explicit InstanceGuard(const QString &databasePath, QObject *parent = nullptr);
    ~InstanceGuard() override;

    Outcome acquire();
    // For HeldByAnother: who holds it, in words.
    QString holderDescription() const;
    // Asks the running copy to show its window; true if it answered.
    bool askHolderToShow() const;
    QString lockPath() const { return m_lock.fileName(); }

signals:
    void showRequested();

private:
    QString serverName() const;

    QString m_databasePath;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
};
