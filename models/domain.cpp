#include "domain.h"

#include <QLocale>

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
    {Phase::Setup, "setup"},     {Phase::Scene, "scene"},     {Phase::Writing, "writing"},
    {Phase::Sharing, "sharing"}, {Phase::Ranked, "ranked"},   {Phase::Discussion, "discussion"},
    {Phase::Actions, "actions"}, {Phase::Summary, "summary"},
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
