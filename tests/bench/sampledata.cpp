#include "sampledata.h"

#include "domain.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

// Fixed, so that every run of the benchmark writes the same text. The dates
// are counted back from the day of the run, so the same share of actions is
// overdue whenever it runs.
constexpr quint32 sampleSeed = 20240611;

// The last sample session ended about this long before the run.
constexpr int daysSinceLastSession = 10;
// Actions due longer ago than this were mostly dealt with; newer ones mostly
// are still to do.
constexpr int settledAfterDays = 90;

const char *const projects[] = {
    "billing service", "mobile app 4.0",  "search reindex",    "checkout redesign",
    "data warehouse",  "SSO rollout",     "public API v2",     "notification hub",
    "reporting suite", "onboarding flow", "storage migration", "partner portal",
    "pricing update",  "offline mode",    "audit logging",     "recommendations",
};

const char *const milestones[] = {"launch",    "beta",     "general availability",
                                  "migration", "cut-over", "release"};

const char *const incidents[] = {"outage",         "data loss",           "slow checkout",
                                 "failed deploy",  "expired certificate", "queue backlog",
                                 "login failures", "duplicate charges"};

const char *const subjects[] = {
    "The database migration", "The on-call rotation",
    "Search indexing",        "The mobile release",
    "Our load tests",         "The vendor API",
    "Customer support",       "The feature flag rollout",
    "Database failover",      "The launch email",
    "The cache layer",        "Our staging environment",
    "The payment provider",   "Monitoring",
    "The rollback script",    "The design hand-off",
    "Localization",           "The capacity plan",
};

const char *const failures[] = {
    "slipped by two weeks",
    "failed under real traffic",
    "was never tested end to end",
    "broke older clients",
    "paged the wrong team",
    "lost data for a subset of users",
    "went out without a rollback plan",
    "doubled our cloud bill overnight",
    "confused every new user",
    "stopped working after the first hour",
    "was blocked by a legal review",
    "needed three hotfixes in a week",
};

const char *const causes[] = {
    "nobody owned the runbook",
    "the staging data was a hundred times smaller than production",
    "we trusted the vendor's numbers without checking them",
    "the alert thresholds were copied from another service",
    "reviews were rushed in the last days before the deadline",
    "the only person who knew the system was on holiday",
    "the requirements changed after the design was signed off",
    "we never rehearsed the cut-over",
    "the dashboards showed averages and hid the slow requests",
    "support heard about the change from customers first",
    "two teams each assumed the other would do it",
    "the feature flag defaulted to on",
};

const char *const mitigations[] = {
    "write a rollback runbook and rehearse it once",
    "load test with a copy of production-sized data",
    "agree on one owner for every external dependency",
    "add an alert on the error budget instead of raw error counts",
    "freeze scope two weeks before the date",
    "pair a second engineer on the critical path",
    "brief support a week before the release",
    "ship behind a flag that defaults to off",
    "add a canary stage to the deployment",
    "review the vendor contract for rate limits",
    "track the slowest requests, not the average",
    "schedule a dry run of the migration on a copy",
};

const char *const firstNames[] = {"Amira", "Ben",   "Chen", "Dana",   "Elif",  "Farid",
                                  "Greta", "Hiro",  "Ines", "Jonas",  "Kwame", "Lena",
                                  "Mateo", "Noor",  "Olga", "Pavel",  "Quinn", "Rosa",
                                  "Sami",  "Tomás", "Uma",  "Viktor", "Wen",   "Yara"};

const char *const roles[] = {"Engineer", "Engineer",         "Engineer", "Product manager",
                             "Designer", "Site reliability", "QA",       "Engineering manager"};

const char *const categories[] = {
    "", "Process", "Testing", "Communication", "Infrastructure", "Staffing", "Scope", "Vendors"};

constexpr int minimumParticipants = 3;
constexpr int maximumParticipants = 12;
// The most-shared concerns get discussed in the hour; the rest stay a line each.
constexpr int discussedConcerns = 12;
constexpr int mergedConcerns = 2;

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_random(seed)
    {}

    int between(int lowest, int highest) { return m_random.bounded(lowest, highest + 1); }

    template <std::size_t N> QString pick(const char *const (&words)[N])
    {
        return QString::fromUtf8(words[m_random.bounded(int(N))]);
    }

    QString concernSummary()
    {
        return pick(subjects) + QLatin1Char(' ') + pick(failures) + QStringLiteral(" because ") +
               pick(causes) + QLatin1Char('.');
    }

    QString sentence()
    {
        switch (m_random.bounded(3)) {
        case 0:
            return pick(subjects) + QLatin1Char(' ') + pick(failures) + QLatin1Char('.');
        case 1:
            return QStringLiteral("It happened because ") + pick(causes) + QLatin1Char('.');
        default:
            return QStringLiteral("Next time we would ") + pick(mitigations) + QLatin1Char('.');
        }
    }

    QString paragraph(int lowest, int highest)
    {
        QStringList sentences;
        for (int i = between(lowest, highest); i > 0; --i)
            sentences.append(sentence());
        return sentences.join(QLatin1Char(' '));
    }

    // What follow-up leaves of an action due on due: most old ones done or
    // dropped, a few forgotten; most recent ones open or under way.
    QString actionStatus(const QDate &due, const QDate &today)
    {
        const int roll = between(0, 99);
        const bool settled = due.isValid() && due.daysTo(today) > settledAfterDays;
        const int weights[] = {settled ? 6 : 45, settled ? 4 : 30, settled ? 75 : 20};
        const ActionStatus byWeight[] = {ActionStatus::Open, ActionStatus::InProgress,
                                         ActionStatus::Done};
        int bound = 0;
        for (int i = 0; i < int(std::size(weights)); ++i) {
            bound += weights[i];
            if (roll < bound)
                return Domain::statusKey(byWeight[i]);
        }
        return Domain::statusKey(ActionStatus::Dropped);
    }

    QString mitigationList()
    {
        QStringList lines;
        for (int i = between(1, 3); i > 0; --i) {
            lines.append(QStringLiteral("- ") + capitalized(pick(mitigations)));
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    QRandomGenerator m_random;
};

bool execWith(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : session(db)
        , participant(db)
        , concern(db)
        , action(db)
    {}

    bool prepare(QString *error)
    {
        const std::pair<QSqlQuery *, const char *> all[] = {
            {&session,
             "INSERT INTO sessions (id, kind, title, created_at, updated_at, started_at, ended_at,"
             " scene, writing_prompts, incident_what, incident_impact, incident_detection,"
             " incident_resolution, current_phase, attribute_concerns)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&participant,
             "INSERT INTO participants (id, session_id, name, role, seat, present, joined_at)"
             " VALUES (?, ?, ?, ?, ?, ?, ?)"},
            {&concern,
             "INSERT INTO concerns (id, session_id, position, summary, speaker_id, round,"
             " hands_raised, category, merged_into_id, discussion_notes, avoidance, root_cause,"
             " mitigations, discussed, created_at)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&action,
             "INSERT INTO actions (id, session_id, concern_id, text, owner, due_date, status,"
             " rank, right_away, created_at, updated_at)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
        };
        for (const auto &[query, sql] : all) {
            if (!query->prepare(QString::fromLatin1(sql))) {
                *error = query->lastError().text();
                return false;
            }
        }
        return true;
    }

    QSqlQuery session;
    QSqlQuery participant;
    QSqlQuery concern;
    QSqlQuery action;
};

class SampleWriter
{
public:
    SampleWriter(Statements *statements, const SampleShape &shape)
        : m_statements(statements)
        , m_shape(shape)
        , m_text(sampleSeed)
        , m_now(QDateTime::currentDateTimeUtc())
        , m_today(m_now.date())
    {}

    bool writeSession(int index, QString *error);
    const SampleCounts &counts() const { return m_counts; }

private:
    Statements *m_statements;
    SampleShape m_shape;
    TextGenerator m_text;
    QDateTime m_now;
    QDate m_today;
    SampleCounts m_counts;
};

bool SampleWriter::writeSession(int index, QString *error)
{
    // Sessions are spread over about four years up to the last few days, a
    // few a week, the way a busy team's history looks.
    const qint64 historyDays = qint64(m_shape.sessions) * 36 / 24 + daysSinceLastSession;
    const QDateTime firstSession(m_today.addDays(-historyDays), QTime(9, 30), Qt::UTC);
    const QDateTime created =
        firstSession.addSecs(qint64(index) * 36 * 3600 + m_text.between(0, 6 * 3600));
    const QDateTime started = created.addSecs(m_text.between(60, 3 * 24 * 3600));
    const QDateTime ended = started.addSecs(m_text.between(45 * 60, 80 * 60));
    const QString createdText = Domain::timestampText(created);

    const qint64 sessionId = ++m_counts.sessions;
    const bool isPostMortem = index % 3 == 2;
    const QString project = m_text.pick(projects);
    const QString title =
        isPostMortem ? capitalized(project) + QLatin1Char(' ') + m_text.pick(incidents) +
                           QStringLiteral(" on ") + created.toString(QStringLiteral("d MMM yyyy"))
                     : capitalized(project) + QLatin1Char(' ') + m_text.pick(milestones);
    const QString scene =
        isPostMortem
            ? QStringLiteral("We are here to learn how the %1 came about, not who caused it. "
                             "Everyone did the best they could with what they knew at the time.")
                  .arg(project)
            : QStringLiteral("Imagine it is a month after the %1 of the %2 and it has failed "
                             "utterly. We are meeting to talk about what happened so we can "
                             "avoid the same mistakes. What do we say?")
                  .arg(m_text.pick(milestones), project);
    const QString prompts =
        QStringLiteral("What went wrong?\nWhat did we miss?\nWhat surprised us?");
    // Empty, not null: the text columns are NOT NULL.
    const QString noText = QStringLiteral("");
    if (!execWith(m_statements->session,
                  {sessionId,
                   Domain::kindKey(isPostMortem ? SessionKind::PostMortem : SessionKind::PreMortem),
                   title, createdText, Domain::timestampText(ended), Domain::timestampText(started),
                   Domain::timestampText(ended), scene, prompts,
                   isPostMortem ? m_text.paragraph(2, 4) : noText,
                   isPostMortem ? m_text.paragraph(1, 2) : noText,
                   isPostMortem ? m_text.paragraph(1, 2) : noText,
                   isPostMortem ? m_text.paragraph(1, 3) : noText, Domain::phaseKey(Phase::Summary),
                   index % 4 == 0 ? 1 : 0},
                  error))
        return false;

    const int participantCount = m_text.between(minimumParticipants, maximumParticipants);
    const qint64 firstParticipantId = m_counts.participants + 1;
    QStringList names;
    for (int seat = 0; seat < participantCount; ++seat) {
        const QString name = m_text.pick(firstNames) + QLatin1Char(' ') +
                             QChar(char16_t(u'A' + m_text.between(0, 25))) + QLatin1Char('.');
        names.append(name);
        if (!execWith(m_statements->participant,
                      {qint64(++m_counts.participants), sessionId, name, m_text.pick(roles), seat,
                       m_text.between(0, 9) == 0 ? 0 : 1, Domain::timestampText(started)},
                      error))
            return false;
    }

    // Hands go up less often for later items: people share their biggest
    // worry first.
    const qint64 firstConcernId = m_counts.concerns + 1;
    const int discussedCount = std::min(discussedConcerns, m_shape.concernsPerSession);
    for (int position = 1; position <= m_shape.concernsPerSession; ++position) {
        const int seat = (position - 1) % participantCount;
        const int handsRaised =
            std::max(0, participantCount - 1 - position / 4 - m_text.between(0, 3));
        const bool discussed = position <= discussedCount;
        const bool merged = position > m_shape.concernsPerSession - mergedConcerns;
        const QVariant mergedInto =
            merged ? QVariant(firstConcernId + m_text.between(0, discussedCount - 1))
                   : QVariant(QMetaType::fromType<qint64>());
        if (!execWith(m_statements->concern,
                      {qint64(++m_counts.concerns), sessionId, position, m_text.concernSummary(),
                       firstParticipantId + seat, (position - 1) / participantCount + 1,
                       handsRaised, m_text.pick(categories), mergedInto,
                       discussed ? m_text.paragraph(2, 5) : noText,
                       discussed ? m_text.paragraph(1, 2) : noText,
                       discussed ? capitalized(m_text.pick(causes)) + QLatin1Char('.') : noText,
                       discussed ? m_text.mitigationList() : noText, discussed ? 1 : 0,
                       Domain::timestampText(started.addSecs(position * 40))},
                      error))
            return false;
    }

    for (int rank = 1; rank <= m_shape.actionsPerSession; ++rank) {
        const qint64 concernId = firstConcernId + m_text.between(0, discussedCount - 1);
        const QString updated =
            Domain::timestampText(std::min(ended.addDays(m_text.between(0, 30)), m_now));
        const QString owner = names.at(m_text.between(0, participantCount - 1));
        // One in ten is left without a date.
        const QDate due =
            m_text.between(0, 9) == 0 ? QDate() : ended.date().addDays(m_text.between(7, 60));
        const QVariant dueValue = due.isValid() ? QVariant(due.toString(Qt::ISODate))
                                                : QVariant(QMetaType::fromType<QString>());
        if (!execWith(m_statements->action,
                      {qint64(++m_counts.actions), sessionId, concernId,
                       capitalized(m_text.pick(mitigations)), owner, dueValue,
                       m_text.actionStatus(due, m_today), rank, rank <= 3 ? 1 : 0,
                       Domain::timestampText(ended), updated},
                      error))
            return false;
    }
    return true;
}

} // namespace

bool writeSampleSessions(const QString &connectionName, const SampleShape &shape,
                         SampleCounts *counts, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = false;
    {
        Statements statements(db);
        SampleWriter writer(&statements, shape);
        ok = statements.prepare(error);
        for (int index = 0; ok && index < shape.sessions; ++index)
            ok = writer.writeSession(index, error);
        *counts = writer.counts();
    }
    if (ok && !db.commit()) {
        *error = db.lastError().text();
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

bool writeSampleConcerns(const QString &connectionName, qint64 sessionId,
                         const QVector<qint64> &speakerIds, int count, QString *error)
{
    if (speakerIds.isEmpty()) {
        *error = QStringLiteral("concerns need at least one speaker");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = false;
    {
        QSqlQuery insert(db);
        ok = insert.prepare(QStringLiteral(
            "INSERT INTO concerns (session_id, position, summary, speaker_id, round, hands_raised,"
            " category, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ok)
            *error = insert.lastError().text();
        TextGenerator text(sampleSeed);
        const QDateTime firstShared = QDateTime::currentDateTimeUtc().addSecs(-qint64(count) * 20);
        const auto seats = int(speakerIds.size());
        for (int i = 0; ok && i < count; ++i) {
            ok = execWith(insert,
                          {sessionId, i + 1, text.concernSummary(), speakerIds.at(i % seats),
                           i / seats + 1, text.between(0, seats - 1),
                           QStringLiteral(""), // no category: empty, not null
                           Domain::timestampText(firstShared.addSecs(qint64(i) * 20))},
                          error);
        }
    }
    if (ok && !db.commit()) {
        *error = db.lastError().text();
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}

bool writeSampleActions(const QString &connectionName, qint64 sessionId, const QStringList &owners,
                        int count, QString *error)
{
    if (owners.isEmpty()) {
        *error = QStringLiteral("actions need at least one owner");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    bool ok = false;
    {
        QSqlQuery query(db);
        ok = query.prepare(QStringLiteral("SELECT coalesce(max(rank), 0) FROM actions"
                                          " WHERE session_id = ?"));
        ok = ok && execWith(query, {sessionId}, error) && query.next();
        const int firstRank = ok ? query.value(0).toInt() + 1 : 1;
        QSqlQuery insert(db);
        ok = ok && insert.prepare(QStringLiteral(
                       "INSERT INTO actions (session_id, text, owner, due_date, status, rank,"
                       " right_away, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!ok && error->isEmpty())
            *error = insert.lastError().text();
        TextGenerator text(sampleSeed);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString nowText = Domain::timestampText(now);
        for (int i = 0; ok && i < count; ++i) {
            const QDate due = now.date().addDays(text.between(-30, 60));
            ok = execWith(insert,
                          {sessionId, capitalized(text.pick(mitigations)) + QLatin1Char('.'),
                           owners.at(i % int(owners.size())), due.toString(Qt::ISODate),
                           text.actionStatus(due, now.date()), firstRank + i, i < 3 ? 1 : 0,
                           nowText, nowText},
                          error);
        }
    }
    if (ok && !db.commit()) {
        *error = db.lastError().text();
        ok = false;
    }
    if (!ok)
        db.rollback();
    return ok;
}
