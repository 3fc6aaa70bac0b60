#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

// Dates as people type them into a due-date field: "7 Dec", "12/7",
// "2026-12-07", "+3d", "+2w", "tomorrow", "next fri", or the locale's own
// short and long formats. Month and day names come from the locale; the
// few words a locale has no table for ("tomorrow", "next", the units of
// "+3d") are known in English, German and French, and English is always
// understood. A date typed without a year is the next one to come, so a
// due date never lands in last year by accident.
class DateInput
{
public:
    // What text means, counted from today: a date; a null date when the
    // text is empty (no date); nothing when it does not read as a date.
    static std::optional<QDate> parse(const QString &text, const QDate &today,
                                      const QLocale &locale = QLocale());
    // The date as a field shows it for editing: the locale's short format
    // with the full year, which parse() reads back to the same date.
    static QString format(const QDate &date, const QLocale &locale = QLocale());
};
