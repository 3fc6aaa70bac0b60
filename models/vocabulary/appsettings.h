#pragma once

#include "domain.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// Every preference Candor keeps, with its stored name and its default in one
// table (definitions()), so the settings dialog, the start-up code and the
// tests read the same thing. Values live in QSettings; a value equal to its
// default is not stored, so a later default reaches people who never chose.
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class Key {
        DatabasePath,   // empty: the standard place
        Language,       // empty: the system's; else "en", "de", "fr"
        Theme,          // Theme as an int
        LargeType,      // larger type in the controls window
        PlannedMinutes, // the next six apply to new sessions
        SceneMinutes,
        WritingMinutes,
        SharingMinutes,
        DiscussionMinutes,
        ActionsMinutes,
        AttributeConcerns,
        BlamelessPhrases, // QStringList
    };
    enum class Theme { System, Light, Dark, HighContrast };

    struct Definition
    {
        Key key;
        QString name;
        QVariant defaultValue;
    };
    static const QVector<Definition> &definitions();

    static QVariant value(Key key);
    static QVariant defaultValue(Key key);
    static void setValue(Key key, const QVariant &value);
    // Goes up with every change made here, so a reader on a hot path (the
    // blameless hint, at each keystroke) can tell whether to read again.
    static int revision();

    // The languages Candor is translated into, as locale names, English first.
    static QStringList languages();
    static QString languageName(const QString &language);
    static QList<Theme> themes();
    static QString themeName(Theme theme);

    static Theme theme();
    static SessionDefaults sessionDefaults();
    static QStringList blamelessPhrases();
    // What the sharing hint looks for until someone edits the list.
    static QStringList defaultBlamelessPhrases();
};
