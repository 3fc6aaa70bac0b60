#include "settingsdialog.h"

#include "database.h"
#include "databaselocation.h"
#include "plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

using Key = AppSettings::Key;

QVariant settingOrDefault(Key key, bool defaults)
{
    return defaults ? AppSettings::defaultValue(key) : AppSettings::value(key);
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_database(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_largeType(new QCheckBox(tr("&Larger type in this window"), this))
    , m_attribute(new QCheckBox(tr("Show who shared each &concern"), this))
    , m_phrases(new QPlainTextEdit(this))
    , m_restartNote(new PlainLabel(this))
{
    setWindowTitle(tr("Settings"));

    m_database->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    m_database->setAccessibleName(tr("Database file"));
    m_database->setToolTip(tr("A file, or a PostgreSQL database: postgresql://HOST/NAME or "
                              "service=NAME. Empty: the standard place. The command line's "
                              "--database overrides it."));
    m_language->addItem(AppSettings::languageName(QString()), QString());
    for (const QString &language : AppSettings::languages())
        m_language->addItem(AppSettings::languageName(language), language);
    m_language->setAccessibleName(tr("Language"));
    for (AppSettings::Theme theme : AppSettings::themes())
        m_theme->addItem(AppSettings::themeName(theme), int(theme));
    m_theme->setAccessibleName(tr("Theme"));
    m_largeType->setToolTip(tr("The presentation window sizes its type to its screen either way."));

    auto *general = new QGroupBox(tr("Candor"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Database file:"), m_database);
    generalForm->addRow(tr("Lan&guage:"), m_language);
    generalForm->addRow(tr("&Theme:"), m_theme);
    generalForm->addRow(QString(), m_largeType);

    auto *sessions = new QGroupBox(tr("New sessions"), this);
    auto *sessionForm = new QFormLayout(sessions);
    const struct
    {
        Key key;
        const char *label;
    } boxes[] = {{Key::PlannedMinutes, QT_TR_NOOP("&Planned length:")},
                 {Key::SceneMinutes, QT_TR_NOOP("Scene:")},
                 {Key::WritingMinutes, QT_TR_NOOP("Writing:")},
                 {Key::SharingMinutes, QT_TR_NOOP("Sharing:")},
                 {Key::DiscussionMinutes, QT_TR_NOOP("Discussion:")},
                 {Key::ActionsMinutes, QT_TR_NOOP("Actions:")}};
    for (const auto &box : boxes) {
        auto *minutes = new QSpinBox(this);
        minutes->setRange(0, 600);
        minutes->setSuffix(tr(" min"));
        const QString label = tr(box.label);
        minutes->setAccessibleName(
            QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed());
        sessionForm->addRow(label, minutes);
        m_minutes.insert(int(box.key), minutes);
    }
    sessionForm->addRow(QString(), m_attribute);

    auto *hints = new QGroupBox(tr("Blameless hint"), this);
    auto *hintsLayout = new QVBoxLayout(hints);
    auto *hintsLabel = new PlainLabel(
        tr("While a concern is typed, these words and phrases (one per line) bring a gentle "
           "suggestion to describe the process instead of a person; so do the names of those "
           "present. Nothing is ever changed or refused."),
        hints);
    hintsLabel->setWordWrap(true);
    m_phrases->setAccessibleName(tr("Blameless hint words, one per line"));
    m_phrases->setTabChangesFocus(true);
    hintsLayout->addWidget(hintsLabel);
    hintsLayout->addWidget(m_phrases);

    m_restartNote->setWordWrap(true);
    connect(m_database, &QLineEdit::textChanged, this, &SettingsDialog::updateNote);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { load(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(sessions);
    layout->addWidget(hints, 1);
    layout->addWidget(m_restartNote);
    layout->addWidget(buttons);
    load(false);
    updateNote();
}

QString SettingsDialog::chosenDatabasePath() const
{
    const QString typed = m_database->text().trimmed();
    return typed.isEmpty() ? QString()
                           : QDir::cleanPath(QDir::current().absoluteFilePath(
                                 QDir::fromNativeSeparators(typed)));
}

QString SettingsDialog::databaseProblem() const
{
    // A PostgreSQL address is checked as written; the server is asked at
    // the next start, which says what it finds there.
    DatabaseLocation location;
    QString addressProblem;
    if (!DatabaseLocation::parse(m_database->text(), &location, &addressProblem))
        return addressProblem;
    if (location.isServer())
        return {};
    const QString path = chosenDatabasePath();
    if (path.isEmpty())
        return {};
    const QFileInfo file(path);
    if (file.isDir())
        return tr("“%1” is a folder; the database is a file in it, such as candor.sqlite.")
            .arg(QDir::toNativeSeparators(path));
    if (file.exists())
        return file.isWritable()
                   ? QString()
                   : tr("“%1” cannot be written to.").arg(QDir::toNativeSeparators(path));
    // A new file: the nearest folder that exists on the way must take it.
    QString existing = file.absolutePath();
    while (!QFileInfo::exists(existing) && QFileInfo(existing).absolutePath() != existing)
        existing = QFileInfo(existing).absolutePath();
    const QFileInfo folder(existing);
    if (!folder.isDir())
        return tr("“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(existing));
    if (!folder.isWritable())
        return tr("Nothing can be created in “%1”.").arg(QDir::toNativeSeparators(existing));
    return {};
}

void SettingsDialog::updateNote()
{
    QString note = tr("A new language or database file is used from the next start of Candor.");
    const QString path = chosenDatabasePath();
    const QString problem = databaseProblem();
    DatabaseLocation location;
    QString ignored;
    const bool server =
        DatabaseLocation::parse(m_database->text(), &location, &ignored) && location.isServer();
    if (!problem.isEmpty())
        note = problem;
    else if (server)
        note += QLatin1Char(' ') + tr("A password is never kept here: Candor takes it from "
                                      "~/.pgpass, a service file or PGPASSWORD.");
    else if (!path.isEmpty() && !QFileInfo::exists(path))
        note += QLatin1Char(' ') + tr("There is no database at that place yet: a new, empty one "
                                      "will be made there, and today's sessions stay in the "
                                      "current file.");
    m_restartNote->setText(note);
}

void SettingsDialog::accept()
{
    // An unusable file would stop the next start; it is not taken.
    const QString problem = databaseProblem();
    if (!problem.isEmpty()) {
        m_database->setFocus();
        m_restartNote->setText(problem);
        return;
    }
    QDialog::accept();
}

void SettingsDialog::load(bool defaults)
{
    m_database->setText(
        QDir::toNativeSeparators(settingOrDefault(Key::DatabasePath, defaults).toString()));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settingOrDefault(Key::Language, defaults).toString())));
    m_theme->setCurrentIndex(
        qMax(0, m_theme->findData(settingOrDefault(Key::Theme, defaults).toInt())));
    m_largeType->setChecked(settingOrDefault(Key::LargeType, defaults).toBool());
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it)
        it.value()->setValue(settingOrDefault(Key(it.key()), defaults).toInt());
    m_attribute->setChecked(settingOrDefault(Key::AttributeConcerns, defaults).toBool());
    m_phrases->setPlainText(
        settingOrDefault(Key::BlamelessPhrases, defaults).toStringList().join(QLatin1Char('\n')));
}

bool SettingsDialog::save()
{
    const QVariant oldLanguage = AppSettings::value(Key::Language);
    const QVariant oldDatabase = AppSettings::value(Key::DatabasePath);
    const QString database = m_database->text().trimmed();
    DatabaseLocation location;
    QString ignored;
    // A server's address is kept without any password typed into it.
    const bool server =
        DatabaseLocation::parse(database, &location, &ignored) && location.isServer();
    AppSettings::setValue(Key::DatabasePath, database.isEmpty() ? QString()
                                             : server
                                                 ? location.kept()
                                                 : QDir::cleanPath(QDir::current().absoluteFilePath(
                                                       QDir::fromNativeSeparators(database))));
    if (server)
        m_database->setText(location.kept());
    AppSettings::setValue(Key::Language, m_language->currentData().toString());
    AppSettings::setValue(Key::Theme, m_theme->currentData().toInt());
    AppSettings::setValue(Key::LargeType, m_largeType->isChecked());
    for (auto it = m_minutes.cbegin(); it != m_minutes.cend(); ++it)
        AppSettings::setValue(Key(it.key()), it.value()->value());
    AppSettings::setValue(Key::AttributeConcerns, m_attribute->isChecked());
    QStringList phrases;
    for (const QString &line : m_phrases->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            phrases.append(line.trimmed());
    }
    AppSettings::setValue(Key::BlamelessPhrases, phrases);
    return AppSettings::value(Key::Language) != oldLanguage ||
           AppSettings::value(Key::DatabasePath) != oldDatabase;
}
