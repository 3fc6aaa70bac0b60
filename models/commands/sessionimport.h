#pragma once

#include "domain.h"
#include "storecommand.h"
#include "transfer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

class SessionFileReader;
class Store;

// What importing a session file would do, before anything is written:
// sessions and rows are matched by identity; a row new here is added; a
// row changed only there is taken; a row changed only here is kept; a row
// changed on both sides since they last matched is a conflict, for the
// person to settle (keep mine / take theirs), never overwritten silently.
struct ImportPreview
{
    enum class Change { Add, Update, Unchanged, KeepHere, Conflict };

    struct Session
    {
        QString uuid;
        QString title;
        SessionKind kind = SessionKind::PreMortem;
        QDateTime createdAt;
        QString teamName;
        bool isNew = false;
        bool deletedHere = false; // deleted here, waiting for an undo: left alone
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int keptHere = 0;
        int conflicts = 0;
    };

    struct Conflict
    {
        QString uuid;
        QString sessionUuid;
        QString what;       // "Action “Submit early”"
        QStringList mine;   // "owner: Dana" for each field that differs
        QStringList theirs; // "owner: Lee"
    };

    QVector<Session> sessions;
    QVector<Conflict> conflicts;
    int added() const;
    int updated() const;
    int unchanged() const;
    int keptHere() const;
    // Nothing would be written: the file says nothing this database does not.
    bool changesNothing() const { return added() == 0 && updated() == 0; }
};

class SessionImport
{
    Q_DECLARE_TR_FUNCTIONS(SessionImport)

public:
    // Reads the rows of an opened file; the reader may go once this returns.
    SessionImport(Store *store, const SessionFileReader &file);

    // All of the file's sessions, or only those chosen by identity; with
    // takeTheirs, the conflicts settled for the file's version.
    ImportPreview preview(const QSet<QString> &chosenSessions = {},
                          const QSet<QString> &takeTheirs = {}) const;
    ImportPlan plan(const QSet<QString> &chosenSessions = {},
                    const QSet<QString> &takeTheirs = {}) const;

    QString fileName() const { return m_fileName; }

private:
    struct Decision
    {
        PortableRow row;
        QString sessionUuid;
        ImportPreview::Change change = ImportPreview::Change::Unchanged;
        PortableRow local; // when the row is here already
        QString uuidHere;  // its identity here, when that is another one
    };
    QVector<Decision> decide(const QSet<QString> &chosenSessions, ImportPreview *preview) const;
    static QString describe(const PortableRow &row);
    static QStringList differences(const PortableRow &mine, const PortableRow &theirs);

    Store *m_store;
    QString m_fileName;
    QVector<PortableRow> m_rows;           // with the file's references as identities
    QHash<QString, QString> m_sessionOf;   // row identity -> its session's identity
    QHash<QString, QString> m_teamAliases; // file team -> same-named team here
};

// An import as one undo step: undo takes out what it added and puts back
// what it changed, while nothing has changed those rows since.
class ImportCommand : public StoreCommand
{
public:
    ImportCommand(Store *store, const ImportPlan &plan, const QString &text);

protected:
    bool apply() override;
    bool revert() override;

private:
    ImportPlan m_plan;
};
