#include "sessiontransfer.h"

#include "dialogs.h"
#include "edithistory.h"
#include "importdialog.h"
#include "sessionfile.h"
#include "sessionimport.h"
#include "store.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

const char folderKey[] = "sessions/transferFolder";

// A name that is safe on every filesystem the file may travel to.
QString fileNameFor(const QString &text)
{
    QString name;
    for (const QChar c : text.simplified()) {
        if (c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ||
            c == QLatin1Char('_') || c == QLatin1Char('.'))
            name.append(c);
    }
    name = name.left(80).trimmed();
    return name.isEmpty() ? QStringLiteral("sessions") : name;
}

} // namespace

SessionTransfer::SessionTransfer(Store *store, Dialogs *dialogs, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_export(new QAction(tr("E&xport Sessions…"), this))
    , m_import(new QAction(tr("&Import Sessions…"), this))
{
    m_export->setStatusTip(
        tr("Write this session, or all of its team's, to a file another Candor can import"));
    m_import->setStatusTip(tr("Bring in sessions from a session file, a backup or a database"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_export->setEnabled(false);
    connect(m_export, &QAction::triggered, this, &SessionTransfer::exportSessions);
    connect(m_import, &QAction::triggered, this, &SessionTransfer::chooseAndImport);
}

void SessionTransfer::setContext(qint64 sessionId, EditHistory *history)
{
    m_sessionId = sessionId;
    m_history = history;
    m_export->setEnabled(sessionId != 0);
}

QString SessionTransfer::suggestedFolder() const
{
    QString folder = QSettings().value(QLatin1String(folderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return QFileInfo(folder).absoluteFilePath();
}

void SessionTransfer::exportSessions()
{
    const std::optional<SessionSummary> session = m_store->session(m_sessionId);
    if (!session)
        return;
    // This session, or every session of its team: what a product manager
    // needs to follow up on all of them.
    QVector<qint64> ofTeam;
    for (const SessionSummary &other : m_store->sessions()) {
        if (other.teamId == session->teamId)
            ofTeam.append(other.id);
    }
    QVector<qint64> chosen{session->id};
    QString name = QStringLiteral("%1 %2").arg(
        session->createdAt.toLocalTime().date().toString(Qt::ISODate), session->title);
    if (ofTeam.size() > 1) {
        const int choice =
            m_dialogs->choose(m_window, tr("Export Sessions"), tr("Export:"),
                              {tr("This session, “%1”").arg(session->title),
                               tr("All %n sessions of the team “%1”", nullptr, int(ofTeam.size()))
                                   .arg(session->teamName)},
                              0);
        if (choice < 0)
            return;
        if (choice == 1) {
            chosen = ofTeam;
            name = QStringLiteral("%1 %2").arg(QDate::currentDate().toString(Qt::ISODate),
                                               session->teamName);
        }
    }
    const QString path = m_dialogs->saveFileName(
        m_window, tr("Export Sessions"),
        QDir(suggestedFolder())
            .filePath(fileNameFor(name) + QLatin1Char('.') + QLatin1String(SessionFile::suffix)),
        tr("Candor session files (*.candor)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(path).absolutePath());
    QString error;
    if (!SessionFile::write(m_store, chosen, path, &error)) {
        m_dialogs->warn(m_window, tr("Export Sessions"),
                        tr("The sessions were not exported: %1").arg(error));
        return;
    }
    emit reported(tr("Exported %n session(s) to “%1” in %2.", nullptr, int(chosen.size()))
                      .arg(QFileInfo(path).fileName(),
                           QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                  QFileInfo(path).absolutePath());
}

void SessionTransfer::chooseAndImport()
{
    const QString path = m_dialogs->openFileName(
        m_window, tr("Import Sessions"), suggestedFolder(),
        tr("Candor session files (*.candor);;Candor databases and backups (*.sqlite *.backup);;"
           "All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(folderKey), QFileInfo(path).absolutePath());
    importFile(path);
}

bool SessionTransfer::importFile(const QString &path)
{
    SessionFileReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        m_dialogs->warn(m_window, tr("Import Sessions"), error);
        return false;
    }
    const SessionImport import(m_store, reader);
    ImportDialog dialog(&import, reader.exportedBy(), reader.exportedAt(), m_window);
    if (m_dialogs->show(&dialog) != QDialog::Accepted)
        return false;
    const QSet<QString> chosen = dialog.chosenSessions();
    const QSet<QString> takeTheirs = dialog.takeTheirs();
    const ImportPreview preview = import.preview(chosen, takeTheirs);
    if (chosen.isEmpty() || (preview.changesNothing() && preview.conflicts.isEmpty()))
        return false;
    const ImportPlan plan = import.plan(chosen, takeTheirs);
    if (!m_history)
        return false;
    const bool imported = m_history->record(
        new ImportCommand(m_store, plan, tr("Import “%1”").arg(QFileInfo(path).fileName())));
    if (imported)
        emit reported(
            tr("Imported “%1”. Undo takes the whole import back.").arg(QFileInfo(path).fileName()),
            QString());
    return imported;
}
