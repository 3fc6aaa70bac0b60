#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Edit ▸ Settings: where the database is, language, theme and type size,
// what a new session starts with, and the words the blameless hint looks
// for. Every field reads and writes one AppSettings key; OK stores them,
// Restore Defaults puts the table's defaults back in the fields.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // Writes the fields to the settings. True when something takes effect
    // only at the next start (language, database).
    bool save();
    // Why the database file cannot be used, or an empty string.
    QString databaseProblem() const;

    void accept() override;

    QLineEdit *databaseField() const { return m_database; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QCheckBox *largeTypeBox() const { return m_largeType; }
    QSpinBox *minutesBox(AppSettings::Key key) const { return m_minutes.value(int(key)); }
    QCheckBox *attributeBox() const { return m_attribute; }
    QPlainTextEdit *phrasesField() const { return m_phrases; }

private:
    void load(bool defaults);
    void updateNote();
    QString chosenDatabasePath() const;

    QLineEdit *m_database;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_largeType;
    QHash<int, QSpinBox *> m_minutes;
    QCheckBox *m_attribute;
    QPlainTextEdit *m_phrases;
    QLabel *m_restartNote;
};
