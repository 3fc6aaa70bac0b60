#include "shortcutsdialog.h"

#include "domain.h"
#include "plainlabel.h"
#include "sessionpage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// "&Print…" reads "Print" in a list.
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

void collectMenu(QMenu *menu, const QString &section, QSet<QAction *> *seen,
                 QVector<ShortcutsDialog::Entry> *entries)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collectMenu(action->menu(), section, seen, entries);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen->contains(action))
            continue;
        seen->insert(action);
        entries->append({section, plainText(action->text()), action->shortcuts(), action});
    }
}

} // namespace

QVector<ShortcutsDialog::Entry> ShortcutsDialog::collect(QMainWindow *window,
                                                         SessionPage *sessionPage)
{
    QVector<Entry> entries;
    QSet<QAction *> seen;
    for (QAction *top : window->menuBar()->actions()) {
        if (top->menu())
            collectMenu(top->menu(), plainText(top->text()), &seen, &entries);
    }
    if (sessionPage) {
        for (Phase phase : Domain::phases()) {
            QWidget *page = sessionPage->existingPage(phase);
            if (!page)
                continue;
            for (QAction *action : page->findChildren<QAction *>()) {
                if (action->shortcuts().isEmpty() || action->text().isEmpty() ||
                    seen.contains(action))
                    continue;
                seen.insert(action);
                entries.append({Domain::phaseName(phase), plainText(action->text()),
                                action->shortcuts(), action});
            }
        }
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, SessionPage *sessionPage, QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    QTreeWidgetItem *section = nullptr;
    for (const Entry &entry : collect(window, sessionPage)) {
        if (!section || section->text(0) != entry.section) {
            section = new QTreeWidgetItem(m_tree, {entry.section});
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFirstColumnSpanned(true);
            section->setFlags(Qt::ItemIsEnabled);
            section->setExpanded(true);
        }
        QStringList keys;
        for (const QKeySequence &sequence : entry.keys)
            keys.append(sequence.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(section, {entry.text, keys.join(tr(" or "))});
    }
    m_tree->expandAll();

    auto *note = new PlainLabel(
        sessionPage ? tr("Keys of each phase work while that phase is shown.")
                    : tr("Open a session to see the keys of each of its phases as well."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 720);
}
