#include "appsettings.h"
#include "database.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store.h"
#include "tallydelegate.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "keyboard.h"

namespace {

// Fills in the settings dialog the way the test asks, then presses OK.
class SettingsAnswers : public Dialogs
{
public:
    std::function<void(SettingsDialog *)> fill;
    int show(QDialog *dialog) override
    {
        auto *settings = qobject_cast<SettingsDialog *>(dialog);
        if (!settings || !fill)
            return QDialog::Rejected;
        fill(settings);
        return QDialog::Accepted;
    }
};

} // namespace

// One settings dialog: the table of keys and defaults, themes that keep
// text readable, and new sessions that start as the settings say.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void init()
    {
        QSettings().clear();
        Theme::apply(qApp, AppSettings::Theme::System, false);
    }

    void everyKeyHasOneDefinition()
    {
        QSet<QString> names;
        QSet<int> keys;
        for (const AppSettings::Definition &definition : AppSettings::definitions()) {
            QVERIFY2(!names.contains(definition.name), qPrintable(definition.name));
            names.insert(definition.name);
            keys.insert(int(definition.key));
            QVERIFY(definition.defaultValue.isValid());
            // Unset, a key reads as its default.
            QCOMPARE(AppSettings::value(definition.key), definition.defaultValue);
        }
        QCOMPARE(keys.size(), int(AppSettings::Key::BlamelessPhrases) + 1);
    }

    void storingTheDefaultForgetsTheKey()
    {
        AppSettings::setValue(AppSettings::Key::WritingMinutes, 12);
        QCOMPARE(AppSettings::value(AppSettings::Key::WritingMinutes).toInt(), 12);
        QVERIFY(QSettings().contains(QStringLiteral("newSessions/writingMinutes")));
        AppSettings::setValue(AppSettings::Key::WritingMinutes, 10);
        QVERIFY(!QSettings().contains(QStringLiteral("newSessions/writingMinutes")));
        // Something unreadable stored by hand falls back to the default.
        QSettings().setValue(QStringLiteral("newSessions/writingMinutes"), QStringLiteral("many"));
        QCOMPARE(AppSettings::value(AppSettings::Key::WritingMinutes).toInt(), 10);
    }

    void everyThemeKeepsTextReadable_data()
    {
        QTest::addColumn<int>("theme");
        for (AppSettings::Theme theme : AppSettings::themes()) {
            if (theme != AppSettings::Theme::System)
                QTest::newRow(qPrintable(AppSettings::themeName(theme))) << int(theme);
        }
    }

    void everyThemeKeepsTextReadable()
    {
        QFETCH(int, theme);
        const QPalette palette = Theme::palette(AppSettings::Theme(theme));
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::PlaceholderText, QPalette::Base},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::Link, QPalette::Base},
            {QPalette::LinkVisited, QPalette::Base},
            {QPalette::BrightText, QPalette::Highlight}};
        for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            // The edges of check boxes and fields (drawn in Mid) at 3:1, as
            // WCAG asks of controls.
            const qreal edges = TallyDelegate::contrast(palette.color(group, QPalette::Mid),
                                                        palette.color(group, QPalette::Window));
            QVERIFY2(edges >= 3.0, qPrintable(QString::number(edges, 'f', 2)));
            for (const auto &[foreground, background] : pairs) {
                const qreal ratio = TallyDelegate::contrast(palette.color(group, foreground),
                                                            palette.color(group, background));
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                                      .arg(int(foreground))
                                                      .arg(int(background))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void settingsShapeNewSessionsAndTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.sqlite"));
        QVERIFY(Database::open(path).ok());
        {
            Store store(Database::defaultConnectionName);
            MainWindow window(&store, path);
            auto dialogs = std::make_unique<SettingsAnswers>();
            dialogs->fill = [](SettingsDialog *dialog) {
                dialog->themeBox()->setCurrentIndex(
                    dialog->themeBox()->findData(int(AppSettings::Theme::Dark)));
                dialog->largeTypeBox()->setChecked(true);
                dialog->minutesBox(AppSettings::Key::PlannedMinutes)->setValue(90);
                dialog->minutesBox(AppSettings::Key::WritingMinutes)->setValue(7);
                dialog->attributeBox()->setChecked(true);
                dialog->phrasesField()->setPlainText(QStringLiteral("sloppy\n\n  careless  "));
            };
            window.setDialogs(std::move(dialogs));
            QVERIFY(Keyboard::showActive(&window, QSize(1200, 800)));
            const int fontBefore = QApplication::font().pointSize();

            Keyboard::press(Qt::Key_Comma, Qt::ControlModifier);
            QCOMPARE(AppSettings::theme(), AppSettings::Theme::Dark);
            QCOMPARE(AppSettings::blamelessPhrases(),
                     (QStringList{QStringLiteral("sloppy"), QStringLiteral("careless")}));
            // The theme and the type size change at once.
            QCOMPARE(window.palette().color(QPalette::Window),
                     Theme::palette(AppSettings::Theme::Dark).color(QPalette::Window));
            QVERIFY(QApplication::font().pointSize() > fontBefore);

            // A new session starts as the settings say.
            Keyboard::press(Qt::Key_N, Qt::ControlModifier);
            QSqlQuery query(QSqlDatabase::database(Database::defaultConnectionName));
            QVERIFY(query.exec(QStringLiteral(
                "SELECT planned_minutes, timebox_writing, timebox_scene, attribute_concerns "
                "FROM sessions ORDER BY id DESC LIMIT 1")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 90);
            QCOMPARE(query.value(1).toInt(), 7);
            QCOMPARE(query.value(2).toInt(), 5);
            QCOMPARE(query.value(3).toInt(), 1);
        }
        Database::close();
        Theme::apply(qApp, AppSettings::Theme::System, false);
    }

    void anUnusableDatabaseFileIsNotTaken()
    {
        SettingsDialog dialog;
        dialog.databaseField()->setText(m_dir.path());
        QVERIFY(dialog.databaseProblem().contains(QStringLiteral("folder")));
        {
            QFile blocker(m_dir.filePath(QStringLiteral("notes.txt")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        dialog.databaseField()->setText(m_dir.filePath(QStringLiteral("notes.txt/team.sqlite")));
        QVERIFY2(dialog.databaseProblem().contains(QStringLiteral("not a folder")),
                 qPrintable(dialog.databaseProblem()));
        // OK leaves the dialog open on the field instead of storing it.
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(AppSettings::value(AppSettings::Key::DatabasePath).toString().isEmpty());
        // A new file in a folder that can take it is fine, and said to be new.
        const QString fresh = m_dir.filePath(QStringLiteral("later/team.sqlite"));
        dialog.databaseField()->setText(fresh);
        QVERIFY(dialog.databaseProblem().isEmpty());
        QVERIFY(dialog.save());
        QCOMPARE(AppSettings::value(AppSettings::Key::DatabasePath).toString(), fresh);
    }

    // A PostgreSQL address is taken as one, checked as written, and kept
    // without the password typed into it.
    void aServerAddressIsKeptWithoutItsPassword()
    {
        SettingsDialog dialog;
        dialog.databaseField()->setText(QStringLiteral("postgresql://db.example.org"));
        QVERIFY2(dialog.databaseProblem().contains(QStringLiteral("names no database")),
                 qPrintable(dialog.databaseProblem()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        dialog.databaseField()->setText(
            QStringLiteral("postgresql://dana:s3cret@db.example.org/candor?sslmode=verify-full"));
        QVERIFY2(dialog.databaseProblem().isEmpty(), qPrintable(dialog.databaseProblem()));
        QVERIFY(dialog.save());
        QCOMPARE(AppSettings::value(AppSettings::Key::DatabasePath).toString(),
                 QStringLiteral("postgresql://dana@db.example.org/candor?sslmode=verify-full"));
        QVERIFY(!dialog.databaseField()->text().contains(QStringLiteral("s3cret")));
        AppSettings::setValue(AppSettings::Key::DatabasePath, QString());
    }

    void restoreDefaultsFillsTheTable()
    {
        AppSettings::setValue(AppSettings::Key::SharingMinutes, 33);
        SettingsDialog dialog;
        QCOMPARE(dialog.minutesBox(AppSettings::Key::SharingMinutes)->value(), 33);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.minutesBox(AppSettings::Key::SharingMinutes)->value(), 20);
        QVERIFY(dialog.phrasesField()->toPlainText().contains(QStringLiteral("blame")));
        QVERIFY(!dialog.save()); // nothing that waits for a restart
        QCOMPARE(AppSettings::value(AppSettings::Key::SharingMinutes).toInt(), 20);
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("de")));
        QVERIFY(dialog.save());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
