#include "appsettings.h"

#include <QLocale>
#include <QSettings>

const QVector<AppSettings::Definition> &AppSettings::definitions()
{
    static const SessionDefaults session;
    static const QVector<Definition> table{
        {Key::DatabasePath, QStringLiteral("storage/databasePath"), QString()},
        {Key::Language, QStringLiteral("appearance/language"), QString()},
        {Key::Theme, QStringLiteral("appearance/theme"), int(Theme::System)},
        {Key::LargeType, QStringLiteral("appearance/largeType"), false},
        {Key::PlannedMinutes, QStringLiteral("newSessions/plannedMinutes"), session.plannedMinutes},
        {Key::SceneMinutes, QStringLiteral("newSessions/sceneMinutes"), session.sceneMinutes},
        {Key::WritingMinutes, QStringLiteral("newSessions/writingMinutes"), session.writingMinutes},
        {Key::SharingMinutes, QStringLiteral("newSessions/sharingMinutes"), session.sharingMinutes},
        {Key::DiscussionMinutes, QStringLiteral("newSessions/discussionMinutes"),
         session.discussionMinutes},
        {Key::ActionsMinutes, QStringLiteral("newSessions/actionsMinutes"), session.actionsMinutes},
        {Key::AttributeConcerns, QStringLiteral("newSessions/attributeConcerns"),
         session.attributeConcerns},
        {Key::BlamelessPhrases, QStringLiteral("sharing/blamelessPhrases"),
         defaultBlamelessPhrases()},
    };
    return table;
}

namespace {

// Changes made through setValue(), for revision().
int changes = 0;

const AppSettings::Definition &definitionOf(AppSettings::Key key)
{
    for (const AppSettings::Definition &definition : AppSettings::definitions()) {
        if (definition.key == key)
            return definition;
    }
    Q_UNREACHABLE();
}

} // namespace

QVariant AppSettings::value(Key key)
{
    const Definition &definition = definitionOf(key);
    const QSettings settings;
    if (!settings.contains(definition.name))
        return definition.defaultValue;
    const QVariant stored = settings.value(definition.name);
    // An empty list comes back from the file as an invalid value: it was
    // chosen, so it stays empty rather than turning into the default.
    if (!stored.isValid())
        return QVariant(definition.defaultValue.metaType());
    // QSettings returns strings for what it read from its file; give the
    // type of the default back.
    QVariant converted = stored;
    if (converted.convert(definition.defaultValue.metaType()))
        return converted;
    return definition.defaultValue;
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const Definition &definition = definitionOf(key);
    ++changes;
    QSettings settings;
    if (value == definition.defaultValue)
        settings.remove(definition.name);
    else
        settings.setValue(definition.name, value);
}

QVariant AppSettings::defaultValue(Key key)
{
    return definitionOf(key).defaultValue;
}

int AppSettings::revision()
{
    return changes;
}

QStringList AppSettings::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString AppSettings::languageName(const QString &language)
{
    if (language.isEmpty()) {
        const QString system = QLocale::system().nativeLanguageName();
        return system.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(system);
    }
    // Each language in its own words, so anyone finds theirs.
    const QString name = QLocale(language).nativeLanguageName();
    return name.isEmpty() ? language : name.at(0).toUpper() + name.mid(1);
}

QList<AppSettings::Theme> AppSettings::themes()
{
    return {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast};
}

QString AppSettings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return tr("As the system");
    case Theme::Light:
        return tr("Light");
    case Theme::Dark:
        return tr("Dark");
    case Theme::HighContrast:
        return tr("High contrast");
    }
    return {};
}

AppSettings::Theme AppSettings::theme()
{
    const int stored = value(Key::Theme).toInt();
    for (Theme theme : themes()) {
        if (int(theme) == stored)
            return theme;
    }
    return Theme::System;
}

SessionDefaults AppSettings::sessionDefaults()
{
    SessionDefaults defaults;
    defaults.plannedMinutes = value(Key::PlannedMinutes).toInt();
    defaults.sceneMinutes = value(Key::SceneMinutes).toInt();
    defaults.writingMinutes = value(Key::WritingMinutes).toInt();
    defaults.sharingMinutes = value(Key::SharingMinutes).toInt();
    defaults.discussionMinutes = value(Key::DiscussionMinutes).toInt();
    defaults.actionsMinutes = value(Key::ActionsMinutes).toInt();
    defaults.attributeConcerns = value(Key::AttributeConcerns).toBool();
    return defaults;
}

QStringList AppSettings::blamelessPhrases()
{
    return value(Key::BlamelessPhrases).toStringList();
}

QStringList AppSettings::defaultBlamelessPhrases()
{
    // English words, as the interface's source language; a German or
    // French team edits the list in Settings.
    return {
        QStringLiteral("blame"),
        QStringLiteral("blamed"),
        QStringLiteral("his fault"),
        QStringLiteral("her fault"),
        QStringLiteral("their fault"),
        QStringLiteral("your fault"),
        QStringLiteral("at fault"),
        QStringLiteral("careless"),
        QStringLiteral("should have known"),
        QStringLiteral("should've known"),
        QStringLiteral("didn't bother"),
        QStringLiteral("incompetent"),
        QStringLiteral("negligent"),
        QStringLiteral("sloppy"),
        QStringLiteral("lazy"),
        QStringLiteral("stupid"),
        QStringLiteral("screwed up"),
    };
}
