#include "importdialog.h"

#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int UuidRole = Qt::UserRole + 1;

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

void setUpList(QTableWidget *list, const QStringList &headers)
{
    list->setColumnCount(int(headers.size()));
    list->setHorizontalHeaderLabels(headers);
    list->verticalHeader()->hide();
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setTabKeyNavigation(false); // Tab moves on; Space ticks the row
    list->setWordWrap(false);
    list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

ImportDialog::ImportDialog(const SessionImport *import, const QString &exportedBy,
                           const QDateTime &exportedAt, QWidget *parent)
    : QDialog(parent)
    , m_import(import)
    , m_summary(new PlainLabel(this))
    , m_sessions(new QTableWidget(this))
    , m_conflictsHeading(new PlainLabel(this))
    , m_conflicts(new QTableWidget(this))
{
    setWindowTitle(tr("Import Sessions"));
    auto *heading = new PlainLabel(tr("From “%1”").arg(import->fileName()), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto *origin = new PlainLabel(this);
    if (exportedAt.isValid())
        origin->setText(tr("Exported %1 by Candor %2.")
                            .arg(QLocale().toString(exportedAt.toLocalTime(), QLocale::ShortFormat),
                                 exportedBy));
    else
        origin->setText(tr("A whole Candor database: choose the sessions to take from it."));
    origin->setWordWrap(true);

    auto *sessionsLabel = new PlainLabel(tr("&Sessions (Space chooses):"), this);
    sessionsLabel->setBuddy(m_sessions);
    setUpList(m_sessions, {tr("Session"), tr("Team"), tr("What happens")});
    m_sessions->setAccessibleName(tr("Sessions in the file"));

    m_conflictsHeading->setText(tr("Changed &here and in the file since they last matched; "
                                   "tick those to take from the file:"));
    m_conflictsHeading->setWordWrap(true);
    m_conflictsHeading->setBuddy(m_conflicts);
    setUpList(m_conflicts, {tr("Take"), tr("What"), tr("Here"), tr("In the file")});
    m_conflicts->setAccessibleName(tr("Rows changed on both sides"));
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(origin);
    layout->addWidget(sessionsLabel);
    layout->addWidget(m_sessions, 2);
    layout->addWidget(m_conflictsHeading);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    const ImportPreview all = import->preview();
    m_sessions->setRowCount(int(all.sessions.size()));
    for (int row = 0; row < all.sessions.size(); ++row) {
        const ImportPreview::Session &session = all.sessions.at(row);
        auto *title =
            new QTableWidgetItem(tr("%1 · %2 · %3")
                                     .arg(session.title, Domain::kindName(session.kind),
                                          QLocale().toString(session.createdAt.toLocalTime().date(),
                                                             QLocale::ShortFormat)));
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // A session deleted here stays deleted; everything else comes along
        // unless unticked.
        title->setCheckState(session.deletedHere ? Qt::Unchecked : Qt::Checked);
        if (session.deletedHere)
            title->setFlags(title->flags() & ~Qt::ItemIsEnabled);
        title->setData(UuidRole, session.uuid);
        title->setToolTip(session.title);
        m_sessions->setItem(row, 0, title);
        m_sessions->setItem(row, 1, readOnly(session.teamName));
        m_sessions->setItem(row, 2, readOnly(QString()));
    }
    connect(m_sessions, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            update();
    });
    connect(m_conflicts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_updating || item->column() != 0)
            return;
        const QString uuid = item->data(UuidRole).toString();
        if (item->checkState() == Qt::Checked)
            m_takeTheirs.insert(uuid);
        else
            m_takeTheirs.remove(uuid);
        update();
    });
    if (m_sessions->rowCount() > 0)
        m_sessions->setCurrentCell(0, 0);
    update();
    resize(760, 520);
}

QSet<QString> ImportDialog::chosenSessions() const
{
    QSet<QString> chosen;
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QTableWidgetItem *item = m_sessions->item(row, 0);
        if (item->checkState() == Qt::Checked)
            chosen.insert(item->data(UuidRole).toString());
    }
    return chosen;
}

QSet<QString> ImportDialog::takeTheirs() const
{
    return m_takeTheirs;
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

QString ImportDialog::sessionState(const ImportPreview::Session &session) const
{
    if (session.deletedHere)
        return tr("Deleted here: left alone");
    if (session.isNew)
        return tr("New here: added");
    QStringList parts;
    if (session.added)
        parts << tr("%n row(s) added", nullptr, session.added);
    if (session.updated)
        parts << tr("%n taken from the file", nullptr, session.updated);
    if (session.keptHere)
        parts << tr("%n left as here", nullptr, session.keptHere);
    if (session.conflicts)
        parts << tr("%n to decide", nullptr, session.conflicts);
    if (parts.isEmpty())
        return tr("Already here, the same");
    return parts.join(QStringLiteral(" · "));
}

void ImportDialog::update()
{
    m_updating = true;
    const QSet<QString> chosen = chosenSessions();
    const ImportPreview preview =
        chosen.isEmpty() ? ImportPreview() : m_import->preview(chosen, m_takeTheirs);
    const ImportPreview all = m_import->preview({}, m_takeTheirs);
    for (int row = 0; row < m_sessions->rowCount(); ++row) {
        const QString uuid = m_sessions->item(row, 0)->data(UuidRole).toString();
        for (const ImportPreview::Session &session : all.sessions) {
            if (session.uuid == uuid)
                m_sessions->item(row, 2)->setText(sessionState(session));
        }
    }

    m_conflicts->setRowCount(int(preview.conflicts.size()));
    for (int row = 0; row < preview.conflicts.size(); ++row) {
        const ImportPreview::Conflict &conflict = preview.conflicts.at(row);
        auto *take = new QTableWidgetItem;
        take->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        take->setCheckState(m_takeTheirs.contains(conflict.uuid) ? Qt::Checked : Qt::Unchecked);
        take->setData(UuidRole, conflict.uuid);
        m_conflicts->setItem(row, 0, take);
        m_conflicts->setItem(row, 1, readOnly(conflict.what));
        m_conflicts->setItem(row, 2, readOnly(conflict.mine.join(QStringLiteral("; "))));
        m_conflicts->setItem(row, 3, readOnly(conflict.theirs.join(QStringLiteral("; "))));
    }
    const bool anyConflict = !preview.conflicts.isEmpty();
    m_conflictsHeading->setVisible(anyConflict);
    m_conflicts->setVisible(anyConflict);

    int newSessions = 0;
    for (const ImportPreview::Session &session : preview.sessions)
        newSessions += session.isNew ? 1 : 0;
    const int rowsAdded = preview.added() - newSessions;
    QStringList parts;
    if (newSessions)
        parts << tr("adds %n session(s)", nullptr, newSessions);
    if (rowsAdded > 0)
        parts << tr("adds %n row(s) to sessions already here", nullptr, rowsAdded);
    if (preview.updated())
        parts << tr("takes %n change(s) from the file", nullptr, preview.updated());
    if (preview.keptHere())
        parts << tr("leaves %n as they are here", nullptr, preview.keptHere());
    const int undecided = int(preview.conflicts.size()) - int(m_takeTheirs.size());
    if (undecided > 0)
        parts << tr("keeps %n changed on both sides as it is here", nullptr, undecided);
    // Conflicts kept as they are here are still recorded as settled, so
    // that the same file does not ask about them again.
    const bool writes =
        !chosen.isEmpty() && (!preview.changesNothing() || !preview.conflicts.isEmpty());
    m_summary->setText(chosen.isEmpty() ? tr("No session chosen: nothing to import.")
                       : !writes ? tr("Nothing to import: this database already holds all of it.")
                                 : tr("Importing %1. One undo takes it all back.")
                                       .arg(parts.join(QStringLiteral(", "))));
    m_importButton->setEnabled(writes);
    m_updating = false;
}
