#include "sessionfile.h"

#include "database.h"
#include "domain.h"
#include "identity.h"
#include "outputfile.h"
#include "store.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtEndian>

namespace {

const char metaTableSql[] = "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

QString nextConnectionName(const char *purpose)
{
    static int serial = 0;
    return QStringLiteral("candor-%1-%2").arg(QLatin1String(purpose)).arg(++serial);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    // Rows of one table follow each other: their statement is prepared once.
    if (query.lastQuery() != sql)
        query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

// Whether a value read from a file is what its column is for: a whole
// number in an INTEGER column, text in a TEXT one (never bytes), a time
// Candor wrote in every "…_at" column but the timeline's typed one, a
// calendar date as the due date. NULL passes; the schema says where it may.
bool holdsItsType(const QString &column, const QString &declaredType, const QVariant &value)
{
    if (value.isNull())
        return true;
    if (declaredType == QLatin1String("INTEGER"))
        return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
    if (value.typeId() != QMetaType::QString)
        return false;
    if (column.endsWith(QLatin1String("_at")) && column != QLatin1String("happened_at"))
        return Domain::timestampFromText(value.toString()).isValid();
    if (column == QLatin1String("due_date"))
        return QDate::fromString(value.toString(), Qt::ISODate).isValid();
    return true;
}

// The sessions and rows a file holds, so references to anything else (a
// session the copy came from, kept here only) are left out.
QHash<QString, QSet<qint64>> idsByTable(const QVector<StoredRow> &rows)
{
    QHash<QString, QSet<qint64>> ids;
    for (const StoredRow &row : rows)
        ids[row.table].insert(row.value(QStringLiteral("id")).toLongLong());
    return ids;
}

StoredRow asCarried(StoredRow row, const QHash<QString, QSet<qint64>> &present)
{
    for (int i = 0; i < row.columns.size(); ++i) {
        const QString &column = row.columns.at(i);
        if (row.table == QLatin1String("sessions") &&
            (column == QLatin1String("concern_count") || column == QLatin1String("action_count"))) {
            // Counted again by the file's own triggers as its rows go in.
            row.values[i] = 0;
            continue;
        }
        if (Identity::isLocalColumn(row.table, column) && column != QLatin1String("id")) {
            row.values[i] = QVariant();
            continue;
        }
        const QString target = Identity::referencedTable(row.table, column);
        if (!target.isEmpty() && !row.values.at(i).isNull() &&
            !present.value(target).contains(row.values.at(i).toLongLong()))
            row.values[i] = QVariant();
    }
    return row;
}

} // namespace

bool SessionFile::write(Store *store, const QVector<qint64> &sessionIds, const QString &path,
                        QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    if (const QString refusal = OutputFile::refusal(path); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    QVector<StoredRow> rows = store->rowsOfSessions(sessionIds);
    const QHash<QString, QSet<qint64>> present = idsByTable(rows);
    if (present.value(QStringLiteral("sessions")).isEmpty()) {
        *error = tr("none of those sessions exists any more");
        return false;
    }
    for (StoredRow &row : rows)
        row = asCarried(row, present);

    // Built in a private folder, then written in one piece where it belongs.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = folder.errorString();
        return false;
    }
    const QString building = folder.filePath(QStringLiteral("sessions.candor"));
    const QString connection = nextConnectionName("export");
    bool built = false;
    {
        const Database::OpenResult opened =
            Database::open(building, Database::Access::ReadWrite, connection);
        if (!opened.ok()) {
            *error = opened.message;
        } else {
            QSqlDatabase db = QSqlDatabase::database(connection);
            QSqlQuery query(db);
            // A private file that is thrown away on failure: it needs no
            // journal on disk and no sync of its own; OutputFile syncs the
            // finished bytes where they belong. Leaving WAL also leaves one
            // file, nothing beside it.
            built = exec(query, QStringLiteral("PRAGMA synchronous = OFF"), {}, error) &&
                    exec(query, QStringLiteral("PRAGMA journal_mode = MEMORY"), {}, error) &&
                    db.transaction() &&
                    // Sessions name the speaker whose turn it is before the
                    // participants are in.
                    exec(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, error) &&
                    // The file holds the teams of its sessions, not the one
                    // every new database starts with.
                    exec(query, QStringLiteral("DELETE FROM teams"), {}, error);
            for (const StoredRow &row : std::as_const(rows)) {
                if (!built)
                    break;
                QStringList marks;
                for (int i = 0; i < row.columns.size(); ++i)
                    marks.append(QStringLiteral("?"));
                built = exec(query,
                             QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                 .arg(row.table, row.columns.join(QStringLiteral(", ")),
                                      marks.join(QStringLiteral(", "))),
                             row.values, error);
            }
            const QList<QPair<QString, QString>> meta = {
                {QStringLiteral("format"), QLatin1String(formatName)},
                {QStringLiteral("format_version"),
                 QString::number(Database::latestSchemaVersion())},
                // This schema first came with this version.
                {QStringLiteral("oldest_candor"), QStringLiteral(CANDOR_VERSION)},
                {QStringLiteral("exported_by"), QStringLiteral(CANDOR_VERSION)},
                {QStringLiteral("exported_at"),
                 Domain::timestampText(QDateTime::currentDateTimeUtc())},
            };
            built = built && exec(query, QLatin1String(metaTableSql), {}, error);
            for (const auto &[key, value] : meta)
                built = built && exec(query, QStringLiteral("INSERT INTO meta VALUES (?, ?)"),
                                      {key, value}, error);
            if (built && !db.commit()) {
                *error = db.lastError().text();
                built = false;
            }
            if (!built)
                db.rollback();
        }
    }
    Database::close(connection);
    if (!built)
        return false;
    QFile file(building);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (!OutputFile::write(path, file.readAll(), error))
        return false;

    // What each row now holds on both sides, so that importing the file
    // back tells an edit made there from one made here.
    QHash<QString, QHash<qint64, QString>> uuids;
    for (const StoredRow &row : std::as_const(rows))
        uuids[row.table].insert(row.value(QStringLiteral("id")).toLongLong(),
                                row.value(QStringLiteral("uuid")).toString());
    const auto uuidOf = [&uuids](const QString &table, qint64 id) {
        return uuids.value(table).value(id);
    };
    QHash<QString, QString> fingerprints;
    for (const StoredRow &row : std::as_const(rows)) {
        const PortableRow portable = PortableRow::from(row, uuidOf);
        fingerprints.insert(portable.uuid, portable.fingerprint());
    }
    // The file is written either way; a failure here only means the next
    // import of it asks about rows changed on both sides.
    store->recordShared(fingerprints);
    return true;
}

// ---------------------------------------------------------------------------
// Reading

SessionFileReader::SessionFileReader() = default;

SessionFileReader::~SessionFileReader()
{
    // The connection is closed in open(); the copy goes with the folder.
}

bool SessionFileReader::open(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    m_path = path;
    m_rows.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("“%1” does not exist.").arg(shown(path));
        return false;
    }
    if (!info.isFile()) {
        *error = tr("“%1” is not a file.").arg(shown(path));
        return false;
    }
    if (info.size() > SessionFile::maximumBytes) {
        const QLocale locale;
        *error = tr("“%1” is too large for a session file (%2; Candor imports files of up to %3).")
                     .arg(shown(path), locale.formattedDataSize(info.size()),
                          locale.formattedDataSize(SessionFile::maximumBytes));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("“%1” cannot be read: %2.").arg(shown(path), file.errorString());
        return false;
    }
    // The header says what the file is before SQLite is let near it.
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *error = tr("“%1” is not a Candor session file.").arg(shown(path));
        return false;
    }
    if (qFromBigEndian<qint32>(header.constData() + 68) != Database::applicationId) {
        *error = tr("“%1” is an SQLite file of another program, not a Candor session file.")
                     .arg(shown(path));
        return false;
    }
    const int version = qFromBigEndian<qint32>(header.constData() + 60);
    if (version > Database::latestSchemaVersion()) {
        *error = tr("“%1” was written by a newer Candor (format %2); this one reads formats up "
                    "to %3. Update Candor to import it.")
                     .arg(shown(path))
                     .arg(version)
                     .arg(Database::latestSchemaVersion());
        return false;
    }
    if (version < 1) {
        *error = tr("“%1” is not a Candor session file.").arg(shown(path));
        return false;
    }
    // A file cut short says in its header how long it should be.
    const int pageSizeField = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const qint64 pages = qFromBigEndian<quint32>(header.constData() + 28);
    const bool pagesValid = qFromBigEndian<quint32>(header.constData() + 24) ==
                            qFromBigEndian<quint32>(header.constData() + 92);
    if (pagesValid && pages > 0 && pages * pageSize > info.size()) {
        *error = tr("“%1” is incomplete: it is shorter than it says it is.").arg(shown(path));
        return false;
    }
    file.close();

    // Everything else happens on a private copy: the file itself is never
    // opened by SQLite, so nothing can be written beside it.
    m_copyFolder = std::make_unique<QTemporaryDir>();
    const QString copy = m_copyFolder->filePath(QStringLiteral("import.sqlite"));
    if (!m_copyFolder->isValid() || !QFile::copy(path, copy)) {
        *error = tr("“%1” cannot be read: it could not be copied.").arg(shown(path));
        return false;
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A database open in another Candor keeps its newest edits in its log.
    if (QFileInfo(path + QStringLiteral("-wal")).isFile()) {
        QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
        QFile::setPermissions(copy + QStringLiteral("-wal"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    const QString connection = nextConnectionName("import");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (!db.open()) {
            *error = tr("“%1” is not a Candor session file.").arg(shown(path));
        } else {
            ok = check(connection, version, error) && readRows(connection, error);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool SessionFileReader::check(const QString &connection, int version, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery query(db);
    const QString file = shown(m_path);
    const QString damaged = tr("“%1” is damaged and cannot be imported.").arg(file);
    // Nothing the file defines may run: no function of its schema is trusted.
    if (!query.exec(QStringLiteral("PRAGMA trusted_schema = OFF")) ||
        !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *error = damaged;
        return false;
    }
    // The schema must be Candor's own, object by object: a trigger, view or
    // table of anyone else's is refused before any row is read.
    const QHash<QString, QString> expected = Database::schemaAt(version);
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master"
                                   " WHERE sql IS NOT NULL"))) {
        *error = damaged;
        return false;
    }
    QSet<QString> found;
    bool hasMeta = false;
    while (query.next()) {
        const QString key =
            query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString();
        const QString sql = Database::foldedSql(query.value(2).toString());
        if (key == QLatin1String("table meta") && sql == QLatin1String(metaTableSql)) {
            hasMeta = true;
            continue;
        }
        // SQLite's own statistics hold numbers only.
        if (key.startsWith(QLatin1String("table sqlite_stat")))
            continue;
        if (expected.value(key) != sql) {
            *error = tr("“%1” holds something a Candor file does not (%2); it is not imported.")
                         .arg(file, key);
            return false;
        }
        found.insert(key);
    }
    if (found.size() != expected.size()) {
        *error = tr("“%1” is missing part of what a Candor file holds.").arg(file);
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        *error = damaged;
        return false;
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")}) {
        // Values a check of Candor's schema refuses are values, not damage.
        const bool valuesOnly =
            !problems.isEmpty() &&
            std::all_of(problems.cbegin(), problems.cend(), [](const QString &problem) {
                return problem.startsWith(QLatin1String("CHECK constraint failed"));
            });
        *error = valuesOnly
                     ? tr("“%1” holds values Candor does not know; it is not imported.").arg(file)
                     : damaged;
        return false;
    }
    query.finish();
    if (hasMeta) {
        if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
            *error = damaged;
            return false;
        }
        QHash<QString, QString> meta;
        while (query.next())
            meta.insert(query.value(0).toString(), query.value(1).toString());
        if (meta.value(QStringLiteral("format")) != QLatin1String(SessionFile::formatName)) {
            *error = tr("“%1” is not a Candor session file.").arg(file);
            return false;
        }
        m_isSessionFile = true;
        m_exportedBy = meta.value(QStringLiteral("exported_by"));
        m_exportedAt = Domain::timestampFromText(meta.value(QStringLiteral("exported_at")));
    }
    // An older file is brought up to date on the copy, by Candor's own steps.
    if (version < Database::latestSchemaVersion()) {
        QString detail;
        if (!Database::upgradeCopy(db, version, &detail)) {
            *error = tr("“%1” could not be read: %2.").arg(file, detail);
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
        *error =
            tr("“%1” has rows that refer to rows it does not hold; it is not imported.").arg(file);
        return false;
    }
    return true;
}

bool SessionFileReader::readRows(const QString &connection, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString file = shown(m_path);
    QSet<QString> identities;
    QSet<qint64> deletedSessions;
    QSet<qint64> liveConcerns;
    QSet<qint64> liveActions;
    QVector<StoredRow> rows;
    for (const QString &table : Identity::sharedTables()) {
        // The declared type of each column (the schema was found to be
        // Candor's own): SQLite stores what it is given whatever the type,
        // so each value is held against it.
        QHash<QString, QString> declared;
        if (!query.exec(
                QStringLiteral("SELECT name, type FROM pragma_table_info('%1')").arg(table))) {
            *error = tr("“%1” is damaged and cannot be imported.").arg(file);
            return false;
        }
        while (query.next())
            declared.insert(query.value(0).toString(), query.value(1).toString().toUpper());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table))) {
            *error = tr("“%1” is damaged and cannot be imported.").arg(file);
            return false;
        }
        while (query.next()) {
            StoredRow row;
            row.table = table;
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                row.columns.append(record.fieldName(i));
                row.values.append(query.value(i));
            }
            const QString uuid = row.value(QStringLiteral("uuid")).toString();
            if (!Identity::isWellFormed(uuid)) {
                *error =
                    tr("“%1” has a row without a proper identity; it is not imported.").arg(file);
                return false;
            }
            if (identities.contains(uuid)) {
                *error =
                    tr("“%1” has two rows with the same identity; it is not imported.").arg(file);
                return false;
            }
            identities.insert(uuid);
            if (!Domain::timestampFromText(row.value(QStringLiteral("updated_at")).toString())
                     .isValid()) {
                *error = tr("“%1” has a row without a valid time of change; it is not imported.")
                             .arg(file);
                return false;
            }
            for (int i = 0; i < row.columns.size(); ++i) {
                const QString &column = row.columns.at(i);
                const QVariant &value = row.values.at(i);
                if (value.typeId() == QMetaType::QString &&
                    value.toString().size() > SessionFile::maximumTextLength) {
                    *error = tr("“%1” holds a text longer than Candor accepts; it is not imported.")
                                 .arg(file);
                    return false;
                }
                if (!holdsItsType(column, declared.value(column), value)) {
                    *error = tr("“%1” holds a value of the wrong kind (%2 in %3); it is not "
                                "imported.")
                                 .arg(file, column, table);
                    return false;
                }
            }
            // Words stored by key must be keys Candor knows.
            bool known = true;
            auto keyIs = [&row](const char *column) {
                return row.value(QLatin1String(column)).toString();
            };
            Phase phase;
            SessionKind kind;
            if (table == QLatin1String("sessions")) {
                known = Domain::kindFromKey(keyIs("kind"), &kind) &&
                        Domain::phaseFromKey(keyIs("current_phase"), &phase) &&
                        QStringList({QStringLiteral("idle"), QStringLiteral("running"),
                                     QStringLiteral("paused")})
                            .contains(keyIs("timer_state")) &&
                        (keyIs("timer_phase").isEmpty() ||
                         Domain::phaseFromKey(keyIs("timer_phase"), &phase));
                if (!row.value(QStringLiteral("deleted_at")).isNull())
                    deletedSessions.insert(row.value(QStringLiteral("id")).toLongLong());
            } else if (table == QLatin1String("concerns")) {
                known = Domain::categoryKey(Domain::categoryFromKey(keyIs("category"))) ==
                        keyIs("category");
            } else if (table == QLatin1String("actions")) {
                known =
                    Domain::statusKey(Domain::statusFromKey(keyIs("status"))) == keyIs("status") &&
                    (row.value(QStringLiteral("due_date")).isNull() ||
                     QDate::fromString(keyIs("due_date"), Qt::ISODate).isValid());
            } else if (table == QLatin1String("action_reviews")) {
                known = Domain::outcomeFromKey(keyIs("outcome")) != ReviewOutcome::None;
            }
            if (!known) {
                *error =
                    tr("“%1” holds values Candor does not know; it is not imported.").arg(file);
                return false;
            }
            // What was deleted there, and waits only for an undo, stays there.
            const qint64 session = table == QLatin1String("sessions")
                                       ? row.value(QStringLiteral("id")).toLongLong()
                                       : row.value(QStringLiteral("session_id")).toLongLong();
            if (table == QLatin1String("whys")) {
                if (!liveConcerns.contains(row.value(QStringLiteral("concern_id")).toLongLong()))
                    continue;
            } else if (table == QLatin1String("action_reviews") &&
                       !liveActions.contains(row.value(QStringLiteral("action_id")).toLongLong())) {
                continue;
            } else if (table != QLatin1String("teams") && deletedSessions.contains(session)) {
                continue;
            }
            if (table == QLatin1String("concerns"))
                liveConcerns.insert(row.value(QStringLiteral("id")).toLongLong());
            if (table == QLatin1String("actions"))
                liveActions.insert(row.value(QStringLiteral("id")).toLongLong());
            rows.append(row);
        }
    }
    if (std::none_of(rows.cbegin(), rows.cend(),
                     [](const StoredRow &row) { return row.table == QLatin1String("sessions"); })) {
        *error = tr("“%1” holds no sessions.").arg(file);
        return false;
    }
    m_rows = rows;
    return true;
}
