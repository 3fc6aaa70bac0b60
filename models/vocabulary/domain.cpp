#include "domain.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>

QString Domain::kindKey(SessionKind kind)
{
    switch (kind) {
    case SessionKind::PreMortem:
        return QStringLiteral("premortem");
    case SessionKind::PostMortem:
        return QStringLiteral("postmortem");
    }
    return {};
}

bool Domain::kindFromKey(const QString &key, SessionKind *kind)
{
    if (key == QLatin1String("premortem"))
        *kind = SessionKind::PreMortem;
    else if (key == QLatin1String("postmortem"))
        *kind = SessionKind::PostMortem;
    else
        return false;
    return true;
}

static const struct
{
    Phase phase;
    const char *key;
} phaseKeys[] = {
    {Phase::Review, "review"},         {Phase::Setup, "setup"},     {Phase::Scene, "scene"},
    {Phase::Writing, "writing"},       {Phase::Sharing, "sharing"}, {Phase::Ranked, "ranked"},
    {Phase::Discussion, "discussion"}, {Phase::Actions, "actions"}, {Phase::Summary, "summary"},
};

QString Domain::phaseKey(Phase phase)
{
    for (const auto &entry : phaseKeys) {
        if (entry.phase == phase)
            return QLatin1String(entry.key);
    }
    return {};
}

bool Domain::phaseFromKey(const QString &key, Phase *phase)
{
    for (const auto &entry : phaseKeys) {
        if (key == QLatin1String(entry.key)) {
            *phase = entry.phase;
            return true;
        }
    }
    return false;
}

QString Domain::kindName(SessionKind kind)
{
    switch (kind) {
    case SessionKind::PreMortem:
        return tr("Pre-mortem");
    case SessionKind::PostMortem:
        return tr("Post-mortem");
    }
    return {};
}

QString Domain::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Review:
        return tr("Review");
    case Phase::Setup:
        return tr("Set-up");
    case Phase::Scene:
        return tr("Scene");
    case Phase::Writing:
        return tr("Writing");
    case Phase::Sharing:
        return tr("Sharing");
    case Phase::Ranked:
        return tr("Ranked");
    case Phase::Discussion:
        return tr("Discussion");
    case Phase::Actions:
        return tr("Actions");
    case Phase::Summary:
        return tr("Summary");
    }
    return {};
}

QString Domain::defaultTitle(SessionKind kind, const QDate &date)
{
    const QString day = QLocale().toString(date, QLocale::ShortFormat);
    return kind == SessionKind::PreMortem ? tr("Pre-mortem %1").arg(day)
                                          : tr("Post-mortem %1").arg(day);
}

QString Domain::defaultTeamName()
{
    return tr("My team");
}

QString Domain::timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Domain::timestampFromText(const QString &text)
{
    // The exact shape timestampText() writes, read without the general
    // parser: the session list reads thousands of these at startup.
    if (text.size() == 24 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T') &&
        text.at(19) == QLatin1Char('.') && text.at(23) == QLatin1Char('Z')) {
        bool allDigits = true;
        auto number = [&](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const int digit = text.at(i).unicode() - '0';
                allDigits = allDigits && digit >= 0 && digit <= 9;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (allDigits && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

QString SessionDetails::text(SessionField field) const
{
    switch (field) {
    case SessionField::Title:
        return title;
    case SessionField::Scene:
        return scene;
    case SessionField::WritingPrompts:
        return writingPrompts;
    case SessionField::IncidentWhat:
        return incidentWhat;
    case SessionField::IncidentImpact:
        return incidentImpact;
    case SessionField::IncidentDetection:
        return incidentDetection;
    case SessionField::IncidentResolution:
        return incidentResolution;
    default:
        return QString::number(number(field));
    }
}

qint64 SessionDetails::number(SessionField field) const
{
    switch (field) {
    case SessionField::PlannedMinutes:
        return plannedMinutes;
    case SessionField::SceneMinutes:
        return sceneMinutes;
    case SessionField::WritingMinutes:
        return writingMinutes;
    case SessionField::SharingMinutes:
        return sharingMinutes;
    case SessionField::DiscussionMinutes:
        return discussionMinutes;
    case SessionField::ActionsMinutes:
        return actionsMinutes;
    case SessionField::AttributeConcerns:
        return attributeConcerns ? 1 : 0;
    case SessionField::Kind:
        return int(kind);
    case SessionField::Team:
        return teamId;
    default:
        return 0;
    }
}

QString Domain::categoryKey(ConcernCategory category)
{
    switch (category) {
    case ConcernCategory::None:
        return {};
    case ConcernCategory::WentWell:
        return QStringLiteral("went_well");
    case ConcernCategory::LetUsDown:
        return QStringLiteral("let_us_down");
    case ConcernCategory::GotLucky:
        return QStringLiteral("got_lucky");
    case ConcernCategory::Other:
        return QStringLiteral("other");
    }
    return {};
}

ConcernCategory Domain::categoryFromKey(const QString &key)
{
    for (ConcernCategory category : categories()) {
        if (categoryKey(category) == key)
            return category;
    }
    return ConcernCategory::None;
}

QString Domain::categoryName(ConcernCategory category)
{
    switch (category) {
    case ConcernCategory::None:
        return tr("No category");
    case ConcernCategory::WentWell:
        return tr("Went well");
    case ConcernCategory::LetUsDown:
        return tr("Let us down");
    case ConcernCategory::GotLucky:
        return tr("Got lucky");
    case ConcernCategory::Other:
        return tr("Other");
    }
    return {};
}

QList<ConcernCategory> Domain::categories()
{
    return {ConcernCategory::WentWell, ConcernCategory::LetUsDown, ConcernCategory::GotLucky,
            ConcernCategory::Other};
}

QList<Phase> Domain::phases()
{
    return {Phase::Review, Phase::Setup,      Phase::Scene,   Phase::Writing, Phase::Sharing,
            Phase::Ranked, Phase::Discussion, Phase::Actions, Phase::Summary};
}

PromptTemplate Domain::defaultTemplate(SessionKind kind)
{
    PromptTemplate result;
    result.kind = kind;
    if (kind == SessionKind::PreMortem) {
        result.name = tr("Standard pre-mortem");
        result.scene =
            tr("Imagine it is a month after the release, and the project has failed utterly. "
               "We are meeting to talk about what happened, so that we can avoid the same "
               "mistakes. What do we say went wrong?\n\n"
               "Everything is fair game, however unlikely it seems: “everything short of "
               "natural disasters” once missed a natural disaster. Be candid.");
        result.writingPrompts =
            tr("Write down, privately, every reason you can think of for the failure.\n"
               "Keep your notes to yourself for now: in a moment each of us shares one item "
               "at a time.");
    } else {
        result.name = tr("Standard post-mortem");
        result.scene =
            tr("This review is blameless: we look at processes, not people. A process is "
               "simply the way we normally do things, and it is there to catch us. Everyone "
               "did the best they could with what they knew at the time.");
        result.writingPrompts =
            tr("Where did our processes help us, and where did they let us down?\n"
               "Did we follow them? If not, why not?\n"
               "What can we change so this category of problem cannot happen again?\n"
               "What can we change so we recover faster from what is out of our control?\n"
               "What went well? Where did we get lucky?");
    }
    return result;
}

QString Concern::discussion(DiscussionField field) const
{
    switch (field) {
    case DiscussionField::Notes:
        return notes;
    case DiscussionField::Avoidance:
        return avoidance;
    case DiscussionField::RootCause:
        return rootCause;
    case DiscussionField::Mitigations:
        return mitigations;
    }
    return {};
}

QString Domain::statusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::InProgress:
        return QStringLiteral("in_progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    }
    return QStringLiteral("open");
}

ActionStatus Domain::statusFromKey(const QString &key)
{
    for (ActionStatus status : statuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return ActionStatus::Open;
}

QString Domain::statusName(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::InProgress:
        return tr("In progress");
    case ActionStatus::Done:
        return tr("Done");
    case ActionStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QList<ActionStatus> Domain::statuses()
{
    return {ActionStatus::Open, ActionStatus::InProgress, ActionStatus::Done,
            ActionStatus::Dropped};
}

QString Domain::outcomeKey(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::None:
        return {};
    case ReviewOutcome::Done:
        return QStringLiteral("done");
    case ReviewOutcome::StillOpen:
        return QStringLiteral("still_open");
    case ReviewOutcome::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

ReviewOutcome Domain::outcomeFromKey(const QString &key)
{
    for (ReviewOutcome outcome :
         {ReviewOutcome::Done, ReviewOutcome::StillOpen, ReviewOutcome::Dropped}) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return ReviewOutcome::None;
}

QString Domain::outcomeName(ReviewOutcome outcome)
{
    switch (outcome) {
    case ReviewOutcome::None:
        return tr("Not reviewed yet");
    case ReviewOutcome::Done:
        return tr("Done");
    case ReviewOutcome::StillOpen:
        return tr("Still open");
    case ReviewOutcome::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString Domain::plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

qint64 Domain::tallyRootId(const Concern &concern)
{
    return concern.mergedIntoId ? concern.mergedIntoId : concern.id;
}

QHash<qint64, int> Domain::tallies(const QVector<Concern> &concerns)
{
    QHash<qint64, int> tallies;
    tallies.reserve(concerns.size());
    for (const Concern &concern : concerns)
        tallies[tallyRootId(concern)] += concern.ownTally();
    return tallies;
}

bool Domain::ranksBefore(int tally, int position, int otherTally, int otherPosition)
{
    return tally != otherTally ? tally > otherTally : position < otherPosition;
}

QVector<RankedTally> Domain::ranking(const QVector<Concern> &concerns)
{
    const QHash<qint64, int> counts = tallies(concerns);
    QVector<RankedTally> ranked;
    for (const Concern &concern : concerns) {
        if (!concern.mergedIntoId)
            ranked.append({concern, counts.value(concern.id)});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const RankedTally &left, const RankedTally &right) {
                         return ranksBefore(left.tally, left.concern.position, right.tally,
                                            right.concern.position);
                     });
    return ranked;
}
