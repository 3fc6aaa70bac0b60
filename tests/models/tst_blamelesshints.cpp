#include "blamelesshints.h"

#include <QTest>

using Hint = BlamelessHints::Hint;

Q_DECLARE_METATYPE(BlamelessHints::Hint::Kind)

class TestBlamelessHints : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<Hint::Kind>("kind");
        QTest::addColumn<QString>("match");

        const QStringList team = {"Dan", "Priya", "Mary Jane"};

        // Process framing passes untouched.
        QTest::newRow("process wording")
            << "The deploy script had no rollback step" << team << Hint::None << "";
        QTest::newRow("empty text") << "" << team << Hint::None << "";
        QTest::newRow("only spaces") << "   \n\t" << team << Hint::None << "";

        // Names.
        QTest::newRow("name") << "Dan forgot to renew the certificate" << team << Hint::NamesPerson
                              << "Dan";
        QTest::newRow("name in lower case")
            << "nobody reviewed dan's change" << team << Hint::NamesPerson << "dan";
        QTest::newRow("name in capitals")
            << "PRIYA WAS ON LEAVE" << team << Hint::NamesPerson << "PRIYA";
        QTest::newRow("name inside a longer word is not a name")
            << "Danger: the alert fired too late" << team << Hint::None << "";
        QTest::newRow("name at the end of a longer word")
            << "Jordan's runbook was outdated" << team << Hint::None << "";
        QTest::newRow("name with a digit attached")
            << "Dan2 is a host name" << team << Hint::None << "";
        QTest::newRow("name next to punctuation")
            << "(Priya) paged the on-call" << team << Hint::NamesPerson << "Priya";
        QTest::newRow("two-word name")
            << "Mary Jane merged it" << team << Hint::NamesPerson << "Mary Jane";
        QTest::newRow("two-word name across a line break")
            << "asked Mary\nJane twice" << team << Hint::NamesPerson << "Mary\nJane";
        QTest::newRow("name with accents")
            << "José pushed on Friday" << QStringList{"José"} << Hint::NamesPerson << "José";
        QTest::newRow("accented name, accent typed as a combining mark")
            << QString("Jose\u0301 pushed on Friday") << QStringList{"José"} << Hint::NamesPerson
            << "José";
        QTest::newRow("accented name is not its unaccented prefix")
            << "Josée pushed" << QStringList{"José"} << Hint::None << "";
        QTest::newRow("name with an accented capital")
            << "ÉLODIE approved it" << QStringList{"Élodie"} << Hint::NamesPerson << "ÉLODIE";
        QTest::newRow("Cyrillic name, other case")
            << "ольга не проверила" << QStringList{"Ольга"} << Hint::NamesPerson << "ольга";
        QTest::newRow("name with an apostrophe typed either way")
            << "O’Brien skipped the review" << QStringList{"O'Brien"} << Hint::NamesPerson
            << "O’Brien";
        QTest::newRow("Chinese name in a Chinese sentence")
            << "我觉得王伟忘了备份" << QStringList{"王伟"} << Hint::NamesPerson << "王伟";
        QTest::newRow("Japanese name in a Japanese sentence")
            << "昨日さくらがデプロイした" << QStringList{"さくら"} << Hint::NamesPerson << "さくら";
        QTest::newRow("Thai name in a Thai sentence")
            << "เมื่อวานสมชายลืมสำรองข้อมูล" << QStringList{"สมชาย"} << Hint::NamesPerson << "สมชาย";
        QTest::newRow("Arabic name")
            << "أحمد لم يراجع التغيير" << QStringList{"أحمد"} << Hint::NamesPerson << "أحمد";
        QTest::newRow("Arabic name inside a longer word")
            << "الأحمدي لم يراجع" << QStringList{"أحمد"} << Hint::None << "";
        QTest::newRow("Korean name")
            << "지민 씨가 배포했다" << QStringList{"지민"} << Hint::NamesPerson << "지민";
        QTest::newRow("empty name list") << "Dan forgot" << QStringList() << Hint::None << "";
        QTest::newRow("blank names are ignored")
            << "the backup failed" << QStringList{"", "  "} << Hint::None << "";
        QTest::newRow("regular expression characters in a name")
            << "ask A.J. (ops)" << QStringList{"A.J.", "Dan"} << Hint::NamesPerson << "A.J.";
        QTest::newRow("a dot in a name is not a wildcard")
            << "ask AxJx" << QStringList{"A.J."} << Hint::None << "";

        // Blame phrases.
        QTest::newRow("phrase") << "A careless change to the config" << team << Hint::BlamePhrase
                                << "careless";
        QTest::newRow("phrase in capitals")
            << "SLOPPY review" << team << Hint::BlamePhrase << "SLOPPY";
        QTest::newRow("phrase inside a longer word")
            << "The blameless review" << team << Hint::None << "";
        QTest::newRow("multi-word phrase") << "they should have known the limit" << team
                                           << Hint::BlamePhrase << "should have known";
        QTest::newRow("multi-word phrase with extra spaces")
            << "they should  have\tknown" << team << Hint::BlamePhrase << "should  have\tknown";
        QTest::newRow("possessive fault")
            << "it was their fault" << team << Hint::BlamePhrase << "their fault";
        QTest::newRow("typographic apostrophe")
            << "QA didn’t bother to test it" << team << Hint::BlamePhrase << "didn’t bother";
        QTest::newRow("engineering fault is not blame")
            << "A page fault storm; fault tolerance missing" << team << Hint::None << "";
        QTest::newRow("git blame is still flagged")
            << "We had to git blame the file" << team << Hint::BlamePhrase << "blame";

        // Both: whatever comes first in the text.
        QTest::newRow("name before phrase")
            << "Dan was careless" << team << Hint::NamesPerson << "Dan";
        QTest::newRow("phrase before name")
            << "Careless merge by Dan" << team << Hint::BlamePhrase << "Careless";
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(Hint::Kind, kind);
        QFETCH(QString, match);

        const QString original = text;
        const Hint hint = BlamelessHints().check(text, names);
        QCOMPARE(hint.kind, kind);
        QCOMPARE(hint.match, match);
        QCOMPARE(hint.message.isEmpty(), kind == Hint::None);
        if (kind != Hint::None)
            QVERIFY2(hint.message.contains(QString("“%1”").arg(match)), qPrintable(hint.message));
        QCOMPARE(text, original);
    }

    void messagesSuggestAProcess()
    {
        const BlamelessHints hints;
        QCOMPARE(hints.check("Dan forgot", {"Dan"}).message,
                 QString("“Dan” names a person. Could this be framed as a process: what let this "
                         "happen?"));
        QCOMPARE(hints.check("so lazy", {}).message,
                 QString("“lazy” sounds like blame. Could this be framed as a process: what let "
                         "this happen?"));
    }

    void customPhrases_data()
    {
        QTest::addColumn<QStringList>("phrases");
        QTest::addColumn<QString>("text");
        QTest::addColumn<Hint::Kind>("kind");
        QTest::addColumn<QString>("match");

        QTest::newRow("replaces the defaults")
            << QStringList{"dropped the ball"} << "so careless, they dropped the ball"
            << Hint::BlamePhrase << "dropped the ball";
        QTest::newRow("defaults are gone")
            << QStringList{"dropped the ball"} << "so careless" << Hint::None << "";
        QTest::newRow("another language") << QStringList{"schuld", "hätte wissen müssen"}
                                          << "Er HÄTTE es wissen müssen" << Hint::None << "";
        QTest::newRow("another language, whole phrase")
            << QStringList{"schuld", "hätte wissen müssen"} << "Sie hätte wissen müssen"
            << Hint::BlamePhrase << "hätte wissen müssen";
        QTest::newRow("another language, capitals")
            << QStringList{"schuld", "hätte wissen müssen"} << "SIE HÄTTE WISSEN MÜSSEN"
            << Hint::BlamePhrase << "HÄTTE WISSEN MÜSSEN";
        QTest::newRow("another language, word boundary")
            << QStringList{"schuld"} << "Die Schuldenbremse" << Hint::None << "";
        QTest::newRow("empty list") << QStringList() << "careless and sloppy" << Hint::None << "";
        QTest::newRow("blank entries only")
            << QStringList{"", " "} << "anything" << Hint::None << "";
        QTest::newRow("the longer of two phrases is quoted")
            << QStringList{"blame", "blame game"} << "stop the Blame Game" << Hint::BlamePhrase
            << "Blame Game";
        QTest::newRow("regular expression characters")
            << QStringList{"f*ck up", "(sigh)"} << "what a f*ck up" << Hint::BlamePhrase
            << "f*ck up";
    }

    void customPhrases()
    {
        QFETCH(QStringList, phrases);
        QFETCH(QString, text);
        QFETCH(Hint::Kind, kind);
        QFETCH(QString, match);

        BlamelessHints hints;
        hints.setPhrases(phrases);
        const Hint hint = hints.check(text, {});
        QCOMPARE(hint.kind, kind);
        QCOMPARE(hint.match, match);
    }

    void phrasesKeepWhatWasSet()
    {
        BlamelessHints hints;
        QCOMPARE(hints.phrases(), BlamelessHints::defaultPhrases());
        hints.setPhrases({"  dropped the ball ", "", "rookie mistake"});
        QCOMPARE(hints.phrases(), QStringList({"dropped the ball", "rookie mistake"}));
        hints.setPhrases(BlamelessHints::defaultPhrases());
        QCOMPARE(hints.check("that was sloppy", {}).kind, Hint::BlamePhrase);
    }

    void defaultPhrasesAreShortAndFlagged()
    {
        const QStringList defaults = BlamelessHints::defaultPhrases();
        QVERIFY(defaults.size() >= 10 && defaults.size() <= 25);
        const BlamelessHints hints;
        for (const QString &phrase : defaults) {
            const Hint hint = hints.check("I think " + phrase + " here", {});
            QCOMPARE(hint.kind, Hint::BlamePhrase);
            QCOMPARE(hint.match, phrase);
        }
    }
};

QTEST_GUILESS_MAIN(TestBlamelessHints)
#include "tst_blamelesshints.moc"
