#include "sessionimport.h"

#include "identity.h"
#include "sessionfile.h"
#include "store.h"

#include <QFileInfo>

#include <algorithm>

namespace {

int total(const QVector<ImportPreview::Session> &sessions, int ImportPreview::Session::*count)
{
    int sum = 0;
    for (const ImportPreview::Session &session : sessions)
        sum += session.*count;
    return sum;
}

QString elided(const QString &text, int length = 60)
{
    const QString line = text.simplified();
    return line.size() <= length ? line : line.left(length - 1) + QChar(0x2026);
}

// Rows never move between sessions, nor whys between concerns: a file row
// with the identity of one kept elsewhere here is not that row.
bool belongsWhereItDoesHere(const PortableRow &inFile, const PortableRow &here)
{
    if (inFile.table == QLatin1String("teams") || inFile.table == QLatin1String("sessions"))
        return true;
    const QString owner = inFile.table == QLatin1String("whys") ? QStringLiteral("concern_id")
                                                                : QStringLiteral("session_id");
    return inFile.references.value(owner) == here.references.value(owner);
}

} // namespace

int ImportPreview::added() const
{
    return total(sessions, &Session::added);
}

int ImportPreview::updated() const
{
    return total(sessions, &Session::updated);
}

int ImportPreview::unchanged() const
{
    return total(sessions, &Session::unchanged);
}

int ImportPreview::keptHere() const
{
    return total(sessions, &Session::keptHere);
}

SessionImport::SessionImport(Store *store, const SessionFileReader &file)
    : m_store(store)
    , m_fileName(QFileInfo(file.path()).fileName())
{
    QHash<QString, QHash<qint64, QString>> fileUuids;
    for (const StoredRow &row : file.rows())
        fileUuids[row.table].insert(row.value(QStringLiteral("id")).toLongLong(),
                                    row.value(QStringLiteral("uuid")).toString());
    const auto uuidOf = [&fileUuids](const QString &table, qint64 id) {
        return fileUuids.value(table).value(id);
    };
    QVector<PortableRow> rows;
    for (const StoredRow &stored : file.rows())
        rows.append(PortableRow::from(stored, uuidOf));

    // A team new here by identity is the team this database keeps the
    // file's sessions in, when they came before (whatever it is called
    // since), else the team of the same name (every database starts with
    // "My team").
    QStringList fileTeams;
    QStringList fileSessions;
    for (const PortableRow &row : std::as_const(rows)) {
        if (row.table == QLatin1String("teams"))
            fileTeams.append(row.uuid);
        else if (row.table == QLatin1String("sessions"))
            fileSessions.append(row.uuid);
    }
    const QHash<QString, StoredRow> knownTeams =
        m_store->rowsByUuid(QStringLiteral("teams"), fileTeams);
    const QHash<QString, StoredRow> knownSessions =
        m_store->rowsByUuid(QStringLiteral("sessions"), fileSessions);
    QVector<qint64> localTeamIds;
    for (const StoredRow &session : knownSessions)
        localTeamIds.append(session.value(QStringLiteral("team_id")).toLongLong());
    const QHash<qint64, QString> localTeams =
        m_store->uuidsOf(QStringLiteral("teams"), localTeamIds);
    for (const PortableRow &row : std::as_const(rows)) {
        const QString team = row.references.value(QStringLiteral("team_id"));
        const auto here = knownSessions.constFind(row.uuid);
        if (row.table != QLatin1String("sessions") || here == knownSessions.cend() ||
            knownTeams.contains(team) || m_teamAliases.contains(team))
            continue;
        const QString localTeam =
            localTeams.value(here->value(QStringLiteral("team_id")).toLongLong());
        if (!localTeam.isEmpty())
            m_teamAliases.insert(team, localTeam);
    }
    QHash<QString, QString> localTeamByName;
    for (const Team &team : m_store->teams())
        localTeamByName.insert(team.name.trimmed().toCaseFolded(), team.uuid);
    for (const PortableRow &row : std::as_const(rows)) {
        if (row.table != QLatin1String("teams") || knownTeams.contains(row.uuid) ||
            m_teamAliases.contains(row.uuid))
            continue;
        const QString same = localTeamByName.value(
            row.values.value(QStringLiteral("name")).toString().trimmed().toCaseFolded());
        if (!same.isEmpty())
            m_teamAliases.insert(row.uuid, same);
    }

    for (PortableRow &row : rows) {
        if (row.table == QLatin1String("teams") && m_teamAliases.contains(row.uuid))
            continue;
        if (row.table == QLatin1String("sessions")) {
            const QString team = row.references.value(QStringLiteral("team_id"));
            if (m_teamAliases.contains(team))
                row.references.insert(QStringLiteral("team_id"), m_teamAliases.value(team));
            m_sessionOf.insert(row.uuid, row.uuid);
        } else if (row.table == QLatin1String("whys")) {
            m_sessionOf.insert(
                row.uuid, m_sessionOf.value(row.references.value(QStringLiteral("concern_id"))));
        } else if (row.table != QLatin1String("teams")) {
            m_sessionOf.insert(row.uuid, row.references.value(QStringLiteral("session_id")));
        }
        m_rows.append(row);
    }
}

QVector<SessionImport::Decision> SessionImport::decide(const QSet<QString> &chosenSessions,
                                                       ImportPreview *preview) const
{
    // Which rows take part: the chosen sessions, their rows, their teams.
    QSet<QString> sessions;
    QSet<QString> teams;
    for (const PortableRow &row : m_rows) {
        if (row.table == QLatin1String("sessions") &&
            (chosenSessions.isEmpty() || chosenSessions.contains(row.uuid))) {
            sessions.insert(row.uuid);
            teams.insert(row.references.value(QStringLiteral("team_id")));
        }
    }
    QHash<QString, QStringList> uuidsByTable;
    QVector<const PortableRow *> taking;
    QSet<QString> takenUuids;
    QStringList reviewedElsewhere;
    for (const PortableRow &row : m_rows) {
        const bool takes = row.table == QLatin1String("teams")
                               ? teams.contains(row.uuid)
                               : sessions.contains(m_sessionOf.value(row.uuid));
        if (!takes)
            continue;
        taking.append(&row);
        takenUuids.insert(row.uuid);
        uuidsByTable[row.table].append(row.uuid);
    }
    // A review of an action that stays behind, and is not here either,
    // would review nothing: it stays behind too.
    for (const PortableRow *row : std::as_const(taking)) {
        const QString action = row->references.value(QStringLiteral("action_id"));
        if (row->table == QLatin1String("action_reviews") && !takenUuids.contains(action))
            reviewedElsewhere.append(action);
    }
    const QHash<QString, StoredRow> reviewedHere =
        m_store->rowsByUuid(QStringLiteral("actions"), reviewedElsewhere);
    taking.erase(std::remove_if(taking.begin(), taking.end(),
                                [&](const PortableRow *row) {
                                    if (row->table != QLatin1String("action_reviews"))
                                        return false;
                                    const QString action =
                                        row->references.value(QStringLiteral("action_id"));
                                    return !takenUuids.contains(action) &&
                                           !reviewedHere.contains(action);
                                }),
                 taking.end());

    // A session reviews an action once: a review here under another
    // identity (both sides reviewed it, or it was cleared and set again)
    // is the same review.
    QHash<QString, QString> sameReviewHere; // identity in the file -> here
    {
        QStringList reviewingSessions;
        for (const PortableRow *row : std::as_const(taking)) {
            if (row->table == QLatin1String("action_reviews"))
                reviewingSessions.append(row->references.value(QStringLiteral("session_id")));
        }
        reviewingSessions.removeDuplicates();
        const QHash<QString, QString> reviewsHere = m_store->reviewsByPair(reviewingSessions);
        for (const PortableRow *row : std::as_const(taking)) {
            if (row->table != QLatin1String("action_reviews"))
                continue;
            const QString here = reviewsHere.value(
                row->references.value(QStringLiteral("session_id")) + QLatin1Char('|') +
                row->references.value(QStringLiteral("action_id")));
            if (!here.isEmpty() && here != row->uuid) {
                sameReviewHere.insert(row->uuid, here);
                uuidsByTable[QStringLiteral("action_reviews")].append(here);
            }
        }
    }

    // The same rows as this database holds them, in the same terms.
    QHash<QString, PortableRow> local;
    QSet<QString> deletedHere;
    for (const QString &table : Identity::sharedTables()) {
        const QHash<QString, StoredRow> stored =
            m_store->rowsByUuid(table, uuidsByTable.value(table));
        QHash<QString, QVector<qint64>> referenced;
        for (const StoredRow &row : stored) {
            for (int i = 0; i < row.columns.size(); ++i) {
                const QString target = Identity::referencedTable(table, row.columns.at(i));
                if (!target.isEmpty() && !row.values.at(i).isNull())
                    referenced[target].append(row.values.at(i).toLongLong());
            }
            if (table == QLatin1String("sessions") &&
                !row.value(QStringLiteral("deleted_at")).isNull())
                deletedHere.insert(row.value(QStringLiteral("uuid")).toString());
        }
        QHash<QString, QHash<qint64, QString>> names;
        for (auto it = referenced.cbegin(); it != referenced.cend(); ++it)
            names.insert(it.key(), m_store->uuidsOf(it.key(), it.value()));
        const auto uuidOf = [&names](const QString &target, qint64 id) {
            return names.value(target).value(id);
        };
        for (const StoredRow &row : stored) {
            const PortableRow portable = PortableRow::from(row, uuidOf);
            local.insert(portable.uuid, portable);
        }
    }
    QStringList everyUuid;
    QStringList concernsWithWhys;
    for (const PortableRow *row : std::as_const(taking)) {
        everyUuid.append(row->uuid);
        if (row->table == QLatin1String("whys"))
            concernsWithWhys.append(row->references.value(QStringLiteral("concern_id")));
    }
    everyUuid.append(sameReviewHere.values());
    concernsWithWhys.removeDuplicates();
    const QHash<QString, QString> shared = m_store->sharedFingerprints(everyUuid);

    QHash<QString, int> sessionIndex;
    if (preview) {
        for (const PortableRow *row : std::as_const(taking)) {
            if (row->table != QLatin1String("sessions"))
                continue;
            ImportPreview::Session session;
            session.uuid = row->uuid;
            session.title = row->values.value(QStringLiteral("title")).toString();
            Domain::kindFromKey(row->values.value(QStringLiteral("kind")).toString(),
                                &session.kind);
            session.createdAt = Domain::timestampFromText(
                row->values.value(QStringLiteral("created_at")).toString());
            session.isNew = !local.contains(row->uuid);
            session.deletedHere = deletedHere.contains(row->uuid);
            const QString team = row->references.value(QStringLiteral("team_id"));
            for (const PortableRow &candidate : m_rows) {
                if (candidate.uuid == team)
                    session.teamName = candidate.values.value(QStringLiteral("name")).toString();
            }
            if (session.teamName.isEmpty()) {
                for (const Team &here : m_store->teams()) {
                    if (here.uuid == team)
                        session.teamName = here.name;
                }
            }
            sessionIndex.insert(row->uuid, int(preview->sessions.size()));
            preview->sessions.append(session);
        }
    }

    // Rows that will not be here once the import is in; what refers to
    // them stays in the file too.
    QSet<QString> missing;
    QHash<QString, int> whysAfter = m_store->whyCounts(concernsWithWhys);
    QVector<Decision> decisions;
    for (const PortableRow *row : std::as_const(taking)) {
        const QString session = m_sessionOf.value(row->uuid);
        if (deletedHere.contains(session))
            continue;
        Decision decision;
        decision.row = *row;
        decision.sessionUuid = session;
        auto here = local.constFind(row->uuid);
        if (here == local.cend() && sameReviewHere.contains(row->uuid)) {
            here = local.constFind(sameReviewHere.value(row->uuid));
            if (here != local.cend())
                decision.uuidHere = here->uuid;
        }
        auto base = shared.constFind(row->uuid);
        if (base == shared.cend() && !decision.uuidHere.isEmpty())
            base = shared.constFind(decision.uuidHere);
        const QString concern = row->references.value(QStringLiteral("concern_id"));
        if (here == local.cend()) {
            if (base != shared.cend()) {
                // Both sides had it, and it was deleted here since: it
                // stays deleted (undo brings it back).
                decision.change = ImportPreview::Change::KeepHere;
                missing.insert(row->uuid);
            } else if (row->table == QLatin1String("whys") &&
                       whysAfter.value(concern) >= Domain::maximumWhys) {
                // Whys added on both sides: a chain holds five, the first
                // ones kept; the rest stay in the file.
                decision.change = ImportPreview::Change::KeepHere;
                missing.insert(row->uuid);
            } else {
                decision.change = ImportPreview::Change::Add;
                if (row->table == QLatin1String("whys"))
                    ++whysAfter[concern];
            }
        } else if (!belongsWhereItDoesHere(*row, *here)) {
            // The identity of a row that belongs elsewhere here (only a
            // tampered file does this): that row is left where it is.
            decision.change = ImportPreview::Change::KeepHere;
            missing.insert(row->uuid);
        } else {
            decision.local = *here;
            const QString theirs = row->fingerprint();
            const QString mine = here->fingerprint();
            if (mine == theirs) {
                decision.change = ImportPreview::Change::Unchanged;
            } else if (base != shared.cend()) {
                const bool changedHere = mine != *base;
                const bool changedThere = theirs != *base;
                decision.change = changedHere && changedThere ? ImportPreview::Change::Conflict
                                  : changedThere              ? ImportPreview::Change::Update
                                                              : ImportPreview::Change::KeepHere;
            } else {
                // Never seen on both sides together: the later change wins.
                decision.change = row->updatedAt > here->updatedAt
                                      ? ImportPreview::Change::Update
                                      : ImportPreview::Change::KeepHere;
            }
        }
        decisions.append(decision);
    }
    // A row that refers to one that will not be here is not written either,
    // and so on down: a why of a concern deleted here, an action of it.
    for (bool dropped = true; dropped;) {
        dropped = false;
        for (Decision &decision : decisions) {
            if (decision.change == ImportPreview::Change::Unchanged ||
                decision.change == ImportPreview::Change::KeepHere)
                continue;
            const QList<QString> targets = decision.row.references.values();
            if (std::none_of(targets.cbegin(), targets.cend(), [&missing](const QString &target) {
                    return missing.contains(target);
                }))
                continue;
            if (decision.change == ImportPreview::Change::Add)
                missing.insert(decision.row.uuid);
            decision.change = ImportPreview::Change::KeepHere;
            dropped = true;
        }
    }

    for (const Decision &decision : std::as_const(decisions)) {
        if (!preview || !sessionIndex.contains(decision.sessionUuid))
            continue;
        ImportPreview::Session &counts =
            preview->sessions[sessionIndex.value(decision.sessionUuid)];
        switch (decision.change) {
        case ImportPreview::Change::Add:
            ++counts.added;
            break;
        case ImportPreview::Change::Update:
            ++counts.updated;
            break;
        case ImportPreview::Change::Unchanged:
            ++counts.unchanged;
            break;
        case ImportPreview::Change::KeepHere:
            ++counts.keptHere;
            break;
        case ImportPreview::Change::Conflict:
            ++counts.conflicts;
            preview->conflicts.append({decision.row.uuid, decision.sessionUuid,
                                       describe(decision.row),
                                       differences(decision.local, decision.row),
                                       differences(decision.row, decision.local)});
            break;
        }
    }
    return decisions;
}

ImportPreview SessionImport::preview(const QSet<QString> &chosenSessions,
                                     const QSet<QString> &takeTheirs) const
{
    ImportPreview preview;
    decide(chosenSessions, &preview);
    // A conflict settled for the file's version is an update.
    for (const ImportPreview::Conflict &conflict : std::as_const(preview.conflicts)) {
        if (!takeTheirs.contains(conflict.uuid))
            continue;
        for (ImportPreview::Session &session : preview.sessions) {
            if (session.uuid == conflict.sessionUuid)
                ++session.updated;
        }
    }
    return preview;
}

ImportPlan SessionImport::plan(const QSet<QString> &chosenSessions,
                               const QSet<QString> &takeTheirs) const
{
    ImportPlan plan;
    for (const Decision &decision : decide(chosenSessions, nullptr)) {
        const PortableRow &row = decision.row;
        // Once the import is in, each of these rows is as the file has it,
        // or was settled against it: the file's version is the one seen.
        plan.fingerprints.insert(row.uuid, row.fingerprint());
        const bool takes =
            decision.change == ImportPreview::Change::Add ||
            decision.change == ImportPreview::Change::Update ||
            (decision.change == ImportPreview::Change::Conflict && takeTheirs.contains(row.uuid));
        if (!takes)
            continue;
        ImportStep step;
        step.kind = decision.change == ImportPreview::Change::Add ? ImportStep::Kind::Add
                                                                  : ImportStep::Kind::Update;
        step.table = row.table;
        step.uuid = row.uuid;
        if (!decision.uuidHere.isEmpty()) {
            // Found by what it is rather than by identity: the row here
            // takes the file's identity, so both sides name it alike.
            step.uuid = decision.uuidHere;
            step.columns.append(QStringLiteral("uuid"));
            step.values.append(row.uuid);
        }
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            step.columns.append(it.key());
            step.values.append(it.value());
        }
        if (step.kind == ImportStep::Kind::Add) {
            for (auto it = row.initial.cbegin(); it != row.initial.cend(); ++it) {
                step.columns.append(it.key());
                step.values.append(it.value());
            }
        }
        step.columns.append(QStringLiteral("updated_at"));
        step.values.append(row.updatedAt);
        for (auto it = row.references.cbegin(); it != row.references.cend(); ++it)
            step.references.insert(it.key(), it.value());
        plan.steps.append(step);
    }
    return plan;
}

QString SessionImport::describe(const PortableRow &row)
{
    auto text = [&row](const char *column) {
        return elided(row.values.value(QLatin1String(column)).toString());
    };
    if (row.table == QLatin1String("teams"))
        return tr("Team “%1”").arg(text("name"));
    if (row.table == QLatin1String("sessions"))
        return tr("Session “%1”").arg(text("title"));
    if (row.table == QLatin1String("participants"))
        return tr("Participant “%1”").arg(text("name"));
    if (row.table == QLatin1String("concerns"))
        return tr("Concern “%1”").arg(text("summary"));
    if (row.table == QLatin1String("whys"))
        return tr("Why “%1”").arg(text("question"));
    if (row.table == QLatin1String("actions"))
        return tr("Action “%1”").arg(text("text"));
    if (row.table == QLatin1String("action_reviews"))
        return tr("Review of an earlier action");
    return tr("Timeline entry “%1”").arg(text("description"));
}

QStringList SessionImport::differences(const PortableRow &mine, const PortableRow &theirs)
{
    // The names a person knows the fields by; the rest by their own.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("role"), QT_TR_NOOP("role")},
        {QStringLiteral("text"), QT_TR_NOOP("text")},
        {QStringLiteral("owner"), QT_TR_NOOP("owner")},
        {QStringLiteral("due_date"), QT_TR_NOOP("due date")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("rank"), QT_TR_NOOP("priority")},
        {QStringLiteral("right_away"), QT_TR_NOOP("right away")},
        {QStringLiteral("summary"), QT_TR_NOOP("summary")},
        {QStringLiteral("hands_raised"), QT_TR_NOOP("hands")},
        {QStringLiteral("category"), QT_TR_NOOP("category")},
        {QStringLiteral("discussion_notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("root_cause"), QT_TR_NOOP("root cause")},
        {QStringLiteral("mitigations"), QT_TR_NOOP("mitigations")},
        {QStringLiteral("discussed"), QT_TR_NOOP("discussed")},
        {QStringLiteral("question"), QT_TR_NOOP("question")},
        {QStringLiteral("answer"), QT_TR_NOOP("answer")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
    };
    QStringList changed;
    for (auto it = mine.values.cbegin(); it != mine.values.cend(); ++it) {
        const QVariant other = theirs.values.value(it.key());
        if (it.value() == other && it.value().isNull() == other.isNull())
            continue;
        const char *label = labels.value(it.key());
        const QString field = label ? tr(label) : it.key();
        const QString value = it.value().isNull() || it.value().toString().isEmpty()
                                  ? tr("(empty)")
                                  : elided(it.value().toString(), 40);
        changed.append(tr("%1: %2").arg(field, value));
    }
    for (auto it = mine.references.cbegin(); it != mine.references.cend(); ++it) {
        if (it.value() != theirs.references.value(it.key()))
            changed.append(tr("%1: another row").arg(it.key()));
    }
    return changed;
}

ImportCommand::ImportCommand(Store *store, const ImportPlan &plan, const QString &text)
    : StoreCommand(store)
    , m_plan(plan)
{
    setText(text);
}

bool ImportCommand::apply()
{
    return store()->applyImport(&m_plan);
}

bool ImportCommand::revert()
{
    return store()->revertImport(m_plan);
}
