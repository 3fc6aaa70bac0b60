#include "dateinput.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace {

// The words a locale has no table for. People type them in their own
// language, so each language the app speaks has its own list.
struct Words
{
    QStringList today;
    QStringList tomorrow;
    QStringList dayAfterTomorrow;
    // "next fri" and "fri" are the same day: the coming one.
    QStringList next;
    // "in 3 days", as "+3d".
    QStringList in;
    QStringList days;
    QStringList weeks;
    QStringList months;
};

Words englishWords()
{
    return {{QStringLiteral("today")},
            {QStringLiteral("tomorrow"), QStringLiteral("tmrw")},
            {},
            {QStringLiteral("next"), QStringLiteral("this")},
            {QStringLiteral("in")},
            {QStringLiteral("d"), QStringLiteral("day"), QStringLiteral("days")},
            {QStringLiteral("w"), QStringLiteral("wk"), QStringLiteral("wks"),
             QStringLiteral("week"), QStringLiteral("weeks")},
            {QStringLiteral("m"), QStringLiteral("mo"), QStringLiteral("month"),
             QStringLiteral("months")}};
}

Words germanWords()
{
    return {{QStringLiteral("heute")},
            {QStringLiteral("morgen")},
            {QStringLiteral("übermorgen")},
            {QStringLiteral("nächsten"), QStringLiteral("nächster"), QStringLiteral("nächste"),
             QStringLiteral("nächstes"), QStringLiteral("kommenden"), QStringLiteral("kommender"),
             QStringLiteral("kommende"), QStringLiteral("diesen"), QStringLiteral("dieser")},
            {QStringLiteral("in")},
            {QStringLiteral("t"), QStringLiteral("tag"), QStringLiteral("tage"),
             QStringLiteral("tagen")},
            {QStringLiteral("w"), QStringLiteral("wo"), QStringLiteral("woche"),
             QStringLiteral("wochen")},
            {QStringLiteral("m"), QStringLiteral("mon"), QStringLiteral("monat"),
             QStringLiteral("monate"), QStringLiteral("monaten")}};
}

Words frenchWords()
{
    return {{QStringLiteral("aujourd'hui"), QStringLiteral("aujourd’hui"), QStringLiteral("auj")},
            {QStringLiteral("demain")},
            {QStringLiteral("après-demain")},
            {QStringLiteral("prochain"), QStringLiteral("prochaine"), QStringLiteral("ce")},
            {QStringLiteral("dans")},
            {QStringLiteral("j"), QStringLiteral("jour"), QStringLiteral("jours")},
            {QStringLiteral("s"), QStringLiteral("sem"), QStringLiteral("semaine"),
             QStringLiteral("semaines")},
            {QStringLiteral("m"), QStringLiteral("mois")}};
}

// English always, and the locale's own words when there is a table for it.
QVector<Words> wordsFor(const QLocale &locale)
{
    QVector<Words> result{englishWords()};
    if (locale.language() == QLocale::German)
        result.append(germanWords());
    else if (locale.language() == QLocale::French)
        result.append(frenchWords());
    return result;
}

bool isOneOf(const QString &word, const QVector<Words> &tables, QStringList Words::*list)
{
    return std::any_of(tables.cbegin(), tables.cend(),
                       [&](const Words &words) { return (words.*list).contains(word); });
}

QString withoutTrailingDot(QString word)
{
    while (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    return word;
}

QVector<QLocale> namingLocales(const QLocale &locale)
{
    QVector<QLocale> result{locale};
    if (locale.language() != QLocale::English)
        result.append(QLocale(QLocale::English, QLocale::UnitedStates));
    return result;
}

// A name typed whole, as the locale abbreviates it, or as the first three
// letters or more of it.
bool namesIt(const QString &typed, const QString &name)
{
    const QString full = withoutTrailingDot(name.toLower());
    return typed == full || (typed.size() >= 3 && full.startsWith(typed));
}

// 1..12 for a month name, 0 when typed is none or could be several.
int monthNamed(const QString &typed, const QLocale &locale)
{
    QSet<int> months;
    for (const QLocale &naming : namingLocales(locale)) {
        for (int month = 1; month <= 12; ++month) {
            for (QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                if (namesIt(typed, naming.monthName(month, format)) ||
                    namesIt(typed, naming.standaloneMonthName(month, format)))
                    months.insert(month);
            }
        }
    }
    return months.size() == 1 ? *months.cbegin() : 0;
}

// 1 (Monday) ..7 for a weekday name, 0 when typed is none or could be several.
int weekdayNamed(const QString &typed, const QLocale &locale)
{
    if (typed.size() < 2)
        return 0;
    QSet<int> days;
    for (const QLocale &naming : namingLocales(locale)) {
        for (int day = 1; day <= 7; ++day) {
            for (QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat}) {
                const QString name = withoutTrailingDot(naming.dayName(day, format).toLower());
                if (typed == name || name.startsWith(typed))
                    days.insert(day);
            }
        }
    }
    return days.size() == 1 ? *days.cbegin() : 0;
}

// The first date on or after today with this month and day.
QDate nextOccurrence(int month, int day, const QDate &today)
{
    // A 29 February waits for a leap year.
    for (int year = today.year(); year <= today.year() + 8; ++year) {
        const QDate date(year, month, day);
        if (date.isValid() && date >= today)
            return date;
    }
    return {};
}

// The first date on or after today with this day of the month.
QDate nextDayOfMonth(int day, const QDate &today)
{
    const QDate first(today.year(), today.month(), 1);
    for (int months = 0; months <= 12; ++months) {
        const QDate month = first.addMonths(months);
        const QDate date(month.year(), month.month(), day);
        if (date.isValid() && date >= today)
            return date;
    }
    return {};
}

int fullYear(int year, int digits)
{
    // Two digits are this century: "26" is 2026, as the person meant.
    return digits <= 2 ? 2000 + year : year;
}

// The order of day, month and year in the locale's short format, e.g.
// "M/d/yy" gives "dMy" -> {'M', 'd', 'y'}.
QVector<QChar> fieldOrder(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    QVector<QPair<int, QChar>> found;
    for (QChar field : {QLatin1Char('d'), QLatin1Char('M'), QLatin1Char('y')}) {
        const int at = int(format.indexOf(field));
        found.append({at < 0 ? int(format.size()) : at, field});
    }
    std::sort(found.begin(), found.end(),
              [](const auto &left, const auto &right) { return left.first < right.first; });
    QVector<QChar> order;
    for (const auto &entry : found)
        order.append(entry.second);
    return order;
}

std::optional<QDate> relative(const QString &text, const QDate &today, const QVector<Words> &words)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:([+-])|(\\p{L}+)\\s+)\\s*(\\d{1,3})\\s*(\\p{L}*)\\.?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    if (match.capturedLength(2) > 0 && !isOneOf(match.captured(2), words, &Words::in))
        return std::nullopt;
    const int amount =
        match.captured(3).toInt() * (match.captured(1) == QLatin1String("-") ? -1 : 1);
    const QString unit = match.captured(4);
    if (unit.isEmpty() || isOneOf(unit, words, &Words::days))
        return today.addDays(amount);
    if (isOneOf(unit, words, &Words::weeks))
        return today.addDays(7 * amount);
    if (isOneOf(unit, words, &Words::months))
        return today.addMonths(amount);
    return std::nullopt;
}

std::optional<QDate> numeric(const QString &text, const QDate &today, const QLocale &locale)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{1,4})\\s*[./-]\\s*([0-9]{1,2})(?:\\s*[./-]\\s*([0-9]{1,4}))?\\s*\\.?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QStringList parts{match.captured(1), match.captured(2)};
    if (match.capturedLength(3) > 0)
        parts.append(match.captured(3));
    QVector<QChar> order = fieldOrder(locale);
    // A year written first is the ISO order, whatever the locale.
    if (parts.constFirst().size() > 2)
        order = {QLatin1Char('y'), QLatin1Char('M'), QLatin1Char('d')};
    if (parts.size() == 2)
        order.removeAll(QLatin1Char('y'));
    int day = 0;
    int month = 0;
    int year = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const int value = parts.at(i).toInt();
        if (order.at(i) == QLatin1Char('d'))
            day = value;
        else if (order.at(i) == QLatin1Char('M'))
            month = value;
        else
            year = fullYear(value, int(parts.at(i).size()));
    }
    const QDate date = year ? QDate(year, month, day) : nextOccurrence(month, day, today);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// "7 Dec", "December 7, 2026", "Montag, 7. Dezember 2026", "7 déc."
std::optional<QDate> named(const QString &text, const QDate &today, const QLocale &locale)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    static const QRegularExpression number(QStringLiteral("^([0-9]{1,4})(?:st|nd|rd|th|er|e)?$"));
    int month = 0;
    QStringList numbers;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = withoutTrailingDot(token);
        const QRegularExpressionMatch digits = number.match(word);
        if (digits.hasMatch()) {
            numbers.append(digits.captured(1));
            continue;
        }
        const int named = monthNamed(word, locale);
        if (named && !month) {
            month = named;
            continue;
        }
        // The long format names the weekday too; the date says which.
        if (weekdayNamed(word, locale))
            continue;
        return std::nullopt;
    }
    if (!month || numbers.isEmpty() || numbers.size() > 2)
        return std::nullopt;
    QString dayText = numbers.constFirst();
    QString yearText = numbers.size() == 2 ? numbers.at(1) : QString();
    if (dayText.size() > 2)
        std::swap(dayText, yearText);
    if (dayText.isEmpty() || dayText.size() > 2)
        return std::nullopt;
    const int day = dayText.toInt();
    const QDate date = yearText.isEmpty()
                           ? nextOccurrence(month, day, today)
                           : QDate(fullYear(yearText.toInt(), int(yearText.size())), month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> words(const QString &text, const QDate &today, const QLocale &locale,
                           const QVector<Words> &tables)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    QStringList tokens;
    for (const QString &token : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = withoutTrailingDot(token);
        if (!isOneOf(word, tables, &Words::next))
            tokens.append(word);
    }
    if (tokens.size() != 1)
        return std::nullopt;
    const QString word = tokens.constFirst();
    if (isOneOf(word, tables, &Words::today))
        return today;
    if (isOneOf(word, tables, &Words::tomorrow))
        return today.addDays(1);
    if (isOneOf(word, tables, &Words::dayAfterTomorrow))
        return today.addDays(2);
    if (const int weekday = weekdayNamed(word, locale)) {
        // The coming one: today's weekday means a week from today.
        const int ahead = (weekday - today.dayOfWeek() + 7) % 7;
        return today.addDays(ahead == 0 ? 7 : ahead);
    }
    return std::nullopt;
}

QString fullYearFormat(const QLocale &locale, QLocale::FormatType type)
{
    QString format = locale.dateFormat(type);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

// What the locale itself reads, for scripts and digits the patterns above
// do not know.
std::optional<QDate> localeFormats(const QString &text, const QLocale &locale)
{
    for (QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
        const QDate date = locale.toDate(text, fullYearFormat(locale, type));
        if (date.isValid())
            return date;
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> DateInput::parse(const QString &text, const QDate &today,
                                      const QLocale &locale)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    const QString lower = trimmed.toLower();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const QRegularExpressionMatch match = iso.match(lower); match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                         match.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    const QVector<Words> tables = wordsFor(locale);
    if (const std::optional<QDate> date = relative(lower, today, tables))
        return date;
    if (const std::optional<QDate> date = numeric(lower, today, locale))
        return date;
    static const QRegularExpression dayOnly(QStringLiteral("^([0-9]{1,2})\\.?$"));
    if (const QRegularExpressionMatch match = dayOnly.match(lower); match.hasMatch()) {
        const QDate date = nextDayOfMonth(match.captured(1).toInt(), today);
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    if (const std::optional<QDate> date = words(lower, today, locale, tables))
        return date;
    if (const std::optional<QDate> date = named(lower, today, locale))
        return date;
    return localeFormats(trimmed, locale);
}

QString DateInput::format(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    return locale.toString(date, fullYearFormat(locale, QLocale::ShortFormat));
}
