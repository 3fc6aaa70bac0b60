#include "dateinput.h"

#include <QTest>

// Due dates typed the way a product manager types them while the room
// talks, in English, German and French; "today" is Tuesday 10 March 2026.
class TestDateInput : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 3, 10};

    static void addRow(const char *locale, const char *text, const QDate &expected)
    {
        QTest::addRow("%s: %s", locale, text)
            << QString::fromLatin1(locale) << QString::fromUtf8(text) << true << expected;
    }

    static void addRefused(const char *locale, const char *text)
    {
        QTest::addRow("%s: %s (not a date)", locale, text)
            << QString::fromLatin1(locale) << QString::fromUtf8(text) << false << QDate();
    }

private slots:
    void readsWhatPeopleType_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QDate>("expected");

        const QDate december7(2026, 12, 7);
        // Nothing typed is no date at all, which clears a due date.
        addRow("en_US", "", QDate());
        addRow("en_US", "   ", QDate());
        addRow("en_US", "2026-12-07", december7);
        addRow("en_US", "7 Dec", december7);
        addRow("en_US", "Dec 7", december7);
        addRow("en_US", "7th December", december7);
        addRow("en_US", "December 7, 2026", december7);
        addRow("en_US", "Monday, December 7, 2026", december7);
        addRow("en_US", "12/7", december7);
        addRow("en_US", "12/7/26", december7);
        addRow("en_US", "12/07/2026", december7);
        // Without a year, the next one to come: today counts, last week does not.
        addRow("en_US", "10 Mar", QDate(2026, 3, 10));
        addRow("en_US", "7 Mar", QDate(2027, 3, 7));
        addRow("en_US", "29 Feb", QDate(2028, 2, 29));
        addRow("en_US", "31", QDate(2026, 3, 31));
        addRow("en_US", "5", QDate(2026, 4, 5));
        addRow("en_US", "+3d", QDate(2026, 3, 13));
        addRow("en_US", "+3", QDate(2026, 3, 13));
        addRow("en_US", "+2w", QDate(2026, 3, 24));
        addRow("en_US", "+1m", QDate(2026, 4, 10));
        addRow("en_US", "-2d", QDate(2026, 3, 8));
        addRow("en_US", "in 3 days", QDate(2026, 3, 13));
        addRow("en_US", "today", m_today);
        addRow("en_US", "Tomorrow", QDate(2026, 3, 11));
        addRow("en_US", "next fri", QDate(2026, 3, 13));
        addRow("en_US", "fri", QDate(2026, 3, 13));
        addRow("en_US", "Friday", QDate(2026, 3, 13));
        // Today's weekday is a week away: "today" says today.
        addRow("en_US", "tue", QDate(2026, 3, 17));
        // Where the day comes first, so it does when typed.
        addRow("en_GB", "12/7", QDate(2026, 7, 12));
        addRow("en_GB", "7 Dec", december7);
        addRefused("en_US", "soon");
        addRefused("en_US", "31 Feb");
        addRefused("en_US", "13/13");
        addRefused("en_US", "+3x");
        addRefused("en_US", "next");
        addRefused("en_US", "7 Dec 2026 9:00");

        addRow("de_DE", "7.12.", december7);
        addRow("de_DE", "7.12.2026", december7);
        addRow("de_DE", "07.12.26", december7);
        addRow("de_DE", "7. Dez", december7);
        addRow("de_DE", "7. Dezember 2026", december7);
        addRow("de_DE", "Montag, 7. Dezember 2026", december7);
        addRow("de_DE", "2026-12-07", december7);
        addRow("de_DE", "heute", m_today);
        addRow("de_DE", "morgen", QDate(2026, 3, 11));
        addRow("de_DE", "übermorgen", QDate(2026, 3, 12));
        addRow("de_DE", "nächsten Freitag", QDate(2026, 3, 13));
        addRow("de_DE", "Fr", QDate(2026, 3, 13));
        addRow("de_DE", "+3t", QDate(2026, 3, 13));
        addRow("de_DE", "+2w", QDate(2026, 3, 24));
        addRow("de_DE", "in 2 Wochen", QDate(2026, 3, 24));
        // English is understood everywhere.
        addRow("de_DE", "tomorrow", QDate(2026, 3, 11));
        addRow("de_DE", "+3d", QDate(2026, 3, 13));
        addRefused("de_DE", "bald");

        addRow("fr_FR", "7/12", december7);
        addRow("fr_FR", "07/12/2026", december7);
        addRow("fr_FR", "7 déc.", december7);
        addRow("fr_FR", "7 décembre 2026", december7);
        addRow("fr_FR", "lundi 7 décembre 2026", december7);
        addRow("fr_FR", "1er avril", QDate(2026, 4, 1));
        addRow("fr_FR", "aujourd'hui", m_today);
        addRow("fr_FR", "demain", QDate(2026, 3, 11));
        addRow("fr_FR", "vendredi prochain", QDate(2026, 3, 13));
        addRow("fr_FR", "ven", QDate(2026, 3, 13));
        addRow("fr_FR", "+3j", QDate(2026, 3, 13));
        addRow("fr_FR", "+2s", QDate(2026, 3, 24));
        addRow("fr_FR", "dans 2 semaines", QDate(2026, 3, 24));
        // "jui" could be June or July.
        addRefused("fr_FR", "7 jui");
        addRefused("fr_FR", "bientôt");
    }

    void readsWhatPeopleType()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(bool, readable);
        QFETCH(QDate, expected);
        const std::optional<QDate> read = DateInput::parse(text, m_today, QLocale(locale));
        QCOMPARE(read.has_value(), readable);
        if (readable)
            QCOMPARE(*read, expected);
    }

    void readsBackWhatItShows_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *locale :
             {"en_US", "en_GB", "de_DE", "fr_FR", "fr_CA", "ja_JP", "zh_CN", "hu_HU", "ko_KR"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }

    // The text a field shows for a date, and the locale's long format,
    // come back as the same date when the field is left as it is.
    void readsBackWhatItShows()
    {
        QFETCH(QString, locale);
        const QLocale language(locale);
        for (const QDate &date : {QDate(2026, 12, 7), QDate(2027, 1, 31), QDate(2025, 2, 28)}) {
            const QString shown = DateInput::format(date, language);
            QVERIFY2(shown.contains(QStringLiteral("20")), qPrintable(shown));
            QCOMPARE(DateInput::parse(shown, m_today, language), std::optional<QDate>(date));
            const QString spelled = language.toString(date, QLocale::LongFormat);
            QCOMPARE(DateInput::parse(spelled, m_today, language), std::optional<QDate>(date));
        }
        QCOMPARE(DateInput::format(QDate(), language), QString());
    }

    void showsTheLocalesShortFormatWithTheFullYear()
    {
        const QDate date(2026, 12, 7);
        QCOMPARE(DateInput::format(date, QLocale(QStringLiteral("en_US"))),
                 QStringLiteral("12/7/2026"));
        QCOMPARE(DateInput::format(date, QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("07.12.2026"));
        QCOMPARE(DateInput::format(date, QLocale(QStringLiteral("fr_FR"))),
                 QStringLiteral("07/12/2026"));
    }
};

QTEST_GUILESS_MAIN(TestDateInput)
#include "tst_dateinput.moc"
