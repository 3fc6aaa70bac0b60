#include "database.h"
#include "dialogs.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The save dialog of every export refuses the open database, and the files
// kept with it, before it asks whether to replace them: the person is never
// asked a question whose answer does not count.
class TestSaveDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_databasePath;

    // Picks target in the save dialog, then backs out of whatever follows;
    // the text of every message box shown on the way goes to *boxes.
    QString chooseIn(const QString &target, QStringList *boxes)
    {
        bool picked = false;
        QTimer driver;
        driver.setInterval(20);
        connect(&driver, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                boxes->append(box->text());
                box->reject();
            } else if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
                if (picked) {
                    dialog->reject();
                    return;
                }
                // Typed into the name field and Enter pressed, as a person
                // picks a file.
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return;
                picked = true;
                name->setText(target);
                // Pressed once this tick is over: a timer does not tick
                // again while its own tick runs, and the dialog's answer
                // runs a loop of its own.
                QTimer::singleShot(0, name, [name] { QTest::keyClick(name, Qt::Key_Return); });
            }
        });
        driver.start();
        Dialogs dialogs;
        return dialogs.saveFileName(nullptr, QStringLiteral("Export Summary"),
                                    m_dir.filePath(QStringLiteral("summary.pdf")),
                                    QStringLiteral("PDF (*.pdf)"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_databasePath = m_dir.filePath(QStringLiteral("candor.sqlite"));
        const Database::OpenResult opened = Database::open(m_databasePath);
        QVERIFY2(opened.ok(), qPrintable(opened.message));
    }

    void cleanupTestCase() { Database::close(); }

    void theDatabaseIsRefusedBeforeReplaceIsAsked_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("the database") << QString();
        QTest::newRow("its write-ahead log") << QStringLiteral("-wal");
    }

    void theDatabaseIsRefusedBeforeReplaceIsAsked()
    {
        QFETCH(QString, suffix);
        const QString target = m_databasePath + suffix;
        QVERIFY(QFileInfo::exists(target));
        QStringList boxes;
        QVERIFY(chooseIn(target, &boxes).isEmpty());
        QCOMPARE(boxes.size(), 1);
        QVERIFY2(boxes.first().contains(QLatin1String("database")), qPrintable(boxes.first()));
        QVERIFY2(!boxes.first().contains(QLatin1String("replace"), Qt::CaseInsensitive),
                 qPrintable(boxes.first()));
    }

    void anotherFileIsChosenAsBefore()
    {
        const QString target = m_dir.filePath(QStringLiteral("for the team.pdf"));
        QStringList boxes;
        QCOMPARE(chooseIn(target, &boxes), target);
        QVERIFY(boxes.isEmpty());
    }
};

QTEST_MAIN(TestSaveDialog)
#include "tst_savedialog.moc"
