#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QSqlQuery;
class QThread;

// PRAGMA quick_check reads every page, which takes a noticeable moment on a
// large file. It runs on a thread and connection of its own while the
// window comes up; the Store holds back every write until the verdict is
// in, so a damaged file is still never written to.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    explicit IntegrityCheck(const QString &path, QObject *parent = nullptr);
    ~IntegrityCheck() override;

    void start();
    // Blocks until the check is done; true when the file is sound.
    bool waitForVerdict();
    bool isFinished() const { return m_finished.load(); }
    // What is wrong, in the words Database uses for a damaged file.
    QString problem() const;

    // Runs PRAGMA quick_check on query's connection: empty when sound,
    // otherwise the first problem SQLite names and how many more there are.
    static QString findDamage(QSqlQuery &query);

signals:
    // Delivered on the thread that owns this object.
    void finished(bool sound);

private:
    void check();

    QString m_path;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_finished{false};
    QString m_detail; // written by the worker before m_finished is set
    bool m_reported = false;
};
