#include "restoredialog.h"

#include "plainlabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { DateColumn, SessionsColumn, SizeColumn, NoteColumn };

} // namespace

RestoreDialog::RestoreDialog(const QVector<Backups::File> &backups, const QString &folder,
                             QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_import(new QPushButton(tr("&Import Sessions…"), this))
{
    setWindowTitle(tr("Restore from Backup"));

    auto *intro = new PlainLabel(
        tr("Candor keeps a backup from the first start of each day and from quitting after "
           "changes: the newest of each of the last %1 days it was used and of the last %2 "
           "weeks, in %3.")
                .arg(Backups::keptDays)
                .arg(Backups::keptWeeks)
                .arg(QDir::toNativeSeparators(folder)) +
            QLatin1Char(' ') +
            tr("Restoring replaces every session with those in the backup; the database as it is "
               "now is backed up first."),
        this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Date"), tr("Sessions"), tr("Size"), tr("Note")});
    const QLocale locale;
    for (int i = 0; i < m_backups.size(); ++i) {
        const Backups::File &file = m_backups.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(DateColumn, Qt::UserRole, i);
        item->setText(DateColumn, shownTime(file.createdUtc));
        if (file.problem.isEmpty())
            item->setText(SessionsColumn, locale.toString(file.sessions));
        item->setTextAlignment(SessionsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(SizeColumn, locale.formattedDataSize(file.size));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NoteColumn, !file.problem.isEmpty()
                                      ? tr("Cannot be read: %1").arg(file.problem)
                                  : file.kind == Backups::Kind::BeforeRestore
                                      ? tr("The database as it was before a restore")
                                      : QString());
    }
    for (int column : {DateColumn, SessionsColumn, SizeColumn})
        m_list->resizeColumnToContents(column);
    m_list->header()->setStretchLastSection(true);

    auto *empty = new PlainLabel(tr("There are no backups yet."), this);
    empty->setVisible(m_backups.isEmpty());
    m_list->setVisible(!m_backups.isEmpty());

    // Some sessions out of a backup, the others left as they are: the
    // session import, which shows what it would change first.
    m_import->setToolTip(tr("Choose sessions from this backup and bring them back, leaving "
                            "everything else as it is"));
    m_import->setAccessibleDescription(m_import->toolTip());
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (chosenBackup())
            done(ImportChosen);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    m_restore->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(empty, 1);
    layout->addWidget(buttons);

    // The newest backup that can be restored is where a person starts.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_backups.at(i).problem.isEmpty()) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    m_list->setFocus();
    updateButtons();
    resize(760, 440);
}

QString RestoreDialog::shownTime(const QDateTime &createdUtc)
{
    const QDateTime local = createdUtc.toLocalTime();
    const QLocale locale;
    return tr("%1, %2", "a backup's day, then its time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

std::optional<Backups::File> RestoreDialog::chosenBackup() const
{
    const QTreeWidgetItem *current = m_list->currentItem();
    if (!current)
        return std::nullopt;
    const Backups::File &file = m_backups.at(current->data(DateColumn, Qt::UserRole).toInt());
    if (!file.problem.isEmpty())
        return std::nullopt;
    return file;
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(chosenBackup().has_value());
    m_import->setEnabled(chosenBackup().has_value());
}
