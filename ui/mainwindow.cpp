#include "mainwindow.h"

#include "fieldbinding.h"

#include "appsettings.h"
#include "automaticbackups.h"
#include "backups.h"
#include "dialogs.h"
#include "domain.h"
#include "edithistory.h"
#include "followuppage.h"
#include "plainlabel.h"
#include "presentationwindow.h"
#include "restoredialog.h"
#include "sessioncommands.h"
#include "sessionflow.h"
#include "sessionlistmodel.h"
#include "sessionpage.h"
#include "sessiontransfer.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "store.h"
#include "summaryoutput.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const char geometryKey[] = "mainWindow/geometry";
const char stateKey[] = "mainWindow/state";
// A key of its own since the list has a Team column: widths saved without
// it would go to the wrong columns.
const char listColumnsKey[] = "mainWindow/sessionListColumnsWithTeam";

// Down from the search field moves into the list, so finding and opening a
// session never needs the mouse.
class SearchKeys : public QObject
{
public:
    SearchKeys(QLineEdit *search, QTreeView *view)
        : QObject(search)
        , m_search(search)
        , m_view(view)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
                m_view->setFocus();
                if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
                    m_view->setCurrentIndex(m_view->model()->index(0, 0));
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit *m_search;
    QTreeView *m_view;
};

} // namespace

MainWindow::MainWindow(Store *store, const QString &databasePath, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_databasePath(databasePath)
    , m_databaseShown(QDir::toNativeSeparators(databasePath))
    , m_dialogs(std::make_unique<Dialogs>())
    , m_undoGroup(new QUndoGroup(this))
    , m_listHistory(new EditHistory(store, m_undoGroup))
    , m_sessionModel(new SessionListModel(store, m_listHistory, this))
    , m_filterModel(new SessionListFilter(this))
{
    setWindowTitle(tr("Candor"));
    setWindowFilePath(databasePath);
    m_undoGroup->addStack(m_listHistory);
    m_undoGroup->setActiveStack(m_listHistory);

    m_filterModel->setSourceModel(m_sessionModel);

    m_pages = new QStackedWidget(this);
    m_listPage = createListPage();
    m_pages->addWidget(m_listPage);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createProblemBar());
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    createMenus();

    // Queued: the failure is reported from inside the write, often inside
    // an undo step, where nothing may wait for a person.
    connect(m_store, &Store::writeFailed, this, &MainWindow::showWriteFailure,
            Qt::QueuedConnection);
    // A view that could not read says so rather than looking empty.
    connect(m_store, &Store::readFailed, this, &MainWindow::reportProblem, Qt::QueuedConnection);
    connect(m_store, &Store::sessionRemoved, this, [this](qint64 id) {
        if (id == m_openSessionId)
            showList();
    });
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyHint);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyHint);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);

    restoreSettings();
    if (m_filterModel->rowCount() > 0)
        m_sessionView->setCurrentIndex(m_filterModel->index(0, SessionListModel::TitleColumn));
    m_sessionView->setFocus();
    updateEmptyHint();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDialogs(std::unique_ptr<Dialogs> dialogs)
{
    m_dialogs = std::move(dialogs);
    m_summaryOutput->setDialogs(m_dialogs.get());
    m_sessionTransfer->setDialogs(m_dialogs.get());
}

QWidget *MainWindow::createListPage()
{
    auto *page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setPlaceholderText(tr("Search session titles (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search session titles"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Searching covers every session, not just the pages seen so far.
        m_sessionModel->fetchAll();
        m_filterModel->setFilterFixedString(text.trimmed());
        if (m_filterModel->rowCount() > 0 && !m_sessionView->currentIndex().isValid())
            m_sessionView->setCurrentIndex(m_filterModel->index(0, SessionListModel::TitleColumn));
        updateEmptyHint();
        updateActions();
    });

    // Beside the search: one team's sessions, or everyone's.
    m_teamFilter = new QComboBox(page);
    m_teamFilter->setAccessibleName(tr("Team filter"));
    m_teamFilter->setToolTip(tr("Show the sessions of one team; a new session goes into it"));
    m_teamFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_teamFilter->setMinimumContentsLength(16);
    auto *teamLabel = new PlainLabel(tr("Tea&m:"), page);
    teamLabel->setBuddy(m_teamFilter);
    fillTeamFilter();
    connect(m_teamFilter, &QComboBox::currentIndexChanged, this, &MainWindow::filterByTeam);
    connect(m_store, &Store::teamsChanged, this, &MainWindow::fillTeamFilter);

    m_sessionView = new QTreeView(page);
    m_sessionView->setModel(m_filterModel);
    m_sessionView->setRootIsDecorated(false);
    m_sessionView->setUniformRowHeights(true);
    m_sessionView->setAlternatingRowColors(true);
    m_sessionView->setAllColumnsShowFocus(true);
    m_sessionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sessionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Renaming starts from the Rename action (F2), so a stray click never edits.
    m_sessionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessionView->setAccessibleName(tr("Sessions"));
    // The list keeps the system font: a second size would cost a font
    // lookup before the first window appears.
    const QFont listFont = m_sessionView->font();
    // Column widths come from what the columns can hold, not from measuring
    // every row: with a thousand sessions that measuring alone would make
    // the window late.
    QHeaderView *header = m_sessionView->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SessionListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(listFont);
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    auto fit = [&](int column, const QStringList &samples) {
        int width =
            metrics.horizontalAdvance(m_filterModel->headerData(column, Qt::Horizontal).toString());
        for (const QString &sample : samples)
            width = qMax(width, metrics.horizontalAdvance(sample));
        header->resizeSection(column, width + padding);
    };
    fit(SessionListModel::KindColumn,
        {Domain::kindName(SessionKind::PreMortem), Domain::kindName(SessionKind::PostMortem)});
    // The names there are, up to a width that leaves the titles room, and
    // at least a dozen letters for a team made later.
    QStringList teamNames{QString(12, QLatin1Char('n'))};
    for (int index = 1; index < m_teamFilter->count(); ++index)
        teamNames << metrics.elidedText(m_teamFilter->itemText(index), Qt::ElideRight,
                                        metrics.averageCharWidth() * 20);
    fit(SessionListModel::TeamColumn, teamNames);
    // The widest date of the year: a two-digit day in the longest month name.
    const QDateTime widestDate(QDate(2000, 9, 28), QTime(23, 58, 58));
    fit(SessionListModel::CreatedColumn, {QLocale().toString(widestDate, QLocale::ShortFormat)});
    fit(SessionListModel::ConcernsColumn, {QStringLiteral("0000")});
    fit(SessionListModel::ActionsColumn, {QStringLiteral("0000")});
    connect(m_sessionView, &QTreeView::activated, this, &MainWindow::openCurrentSession);
    m_search->installEventFilter(new SearchKeys(m_search, m_sessionView));
    // Ctrl+Z in a search with nothing of its own to undo undoes the last edit.
    letSessionUndoThrough(m_search);

    m_emptyHint = new PlainLabel(page);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    QFont hintFont = m_emptyHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.3);
    m_emptyHint->setFont(hintFont);

    // The first start: two ways in, each saying what it is for.
    m_firstSteps = new QWidget(page);
    auto *steps = new QHBoxLayout(m_firstSteps);
    steps->addStretch(1);
    const auto addStart = [&](SessionKind kind, const QString &what) {
        auto *button = new QPushButton(tr("New %1").arg(Domain::kindName(kind)), m_firstSteps);
        button->setAccessibleName(tr("New %1").arg(Domain::kindName(kind)));
        QFont buttonFont = button->font();
        buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.3);
        buttonFont.setBold(true);
        button->setFont(buttonFont);
        connect(button, &QPushButton::clicked, this, [this, kind] { newSession(int(kind)); });
        auto *explanation = new PlainLabel(what, m_firstSteps);
        explanation->setWordWrap(true);
        auto *column = new QVBoxLayout;
        column->addWidget(button);
        column->addWidget(explanation);
        column->addStretch(1);
        steps->addLayout(column, 2);
        steps->addStretch(1);
    };
    addStart(SessionKind::PreMortem,
             tr("Before a launch or a milestone: the team imagines it has failed and says why, "
                "so there is time to prevent it."));
    addStart(SessionKind::PostMortem,
             tr("After an incident or a project: a blameless look at what happened, what helped, "
                "what let us down and what to change."));
    m_firstSteps->hide();

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(teamLabel);
    filters->addWidget(m_teamFilter);
    QWidget::setTabOrder(m_search, m_teamFilter);
    QWidget::setTabOrder(m_teamFilter, m_sessionView);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_sessionView, 1);
    layout->addWidget(m_emptyHint, 1);
    layout->addWidget(m_firstSteps, 1);
    return page;
}

void MainWindow::createActions()
{
    m_newPreMortem = new QAction(tr("New &Pre-mortem"), this);
    m_newPreMortem->setShortcuts(QKeySequence::New);
    m_newPreMortem->setStatusTip(tr("Start a session before a launch: imagine it failed"));
    connect(m_newPreMortem, &QAction::triggered, this,
            [this] { newSession(int(SessionKind::PreMortem)); });

    m_newPostMortem = new QAction(tr("New P&ost-mortem"), this);
    m_newPostMortem->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newPostMortem->setStatusTip(tr("Start a blameless review of an incident or project"));
    connect(m_newPostMortem, &QAction::triggered, this,
            [this] { newSession(int(SessionKind::PostMortem)); });

    m_open = new QAction(tr("&Open Session"), this);
    m_open->setShortcuts(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openCurrentSession);

    m_close = new QAction(tr("&Close Session"), this);
    m_close->setShortcuts(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::showList);

    m_duplicate = new QAction(tr("D&uplicate Session"), this);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setStatusTip(
        tr("Copy participants, timeboxes and prompts into a new session, without concerns"));
    connect(m_duplicate, &QAction::triggered, this, &MainWindow::duplicateCurrentSession);

    m_rename = new QAction(tr("Re&name Session"), this);
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    connect(m_rename, &QAction::triggered, this, &MainWindow::renameCurrentSession);

    m_delete = new QAction(tr("&Delete Session"), this);
    // Only the Delete key: some desktops also bind Ctrl+D to "delete", which
    // is Duplicate here.
    m_delete->setShortcut(QKeySequence(Qt::Key_Delete));
    // Delete must not fire while someone deletes characters in the search field.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_sessionView->addAction(m_delete);
    connect(m_delete, &QAction::triggered, this, &MainWindow::deleteCurrentSession);

    m_find = new QAction(tr("&Find Session"), this);
    m_find->setShortcuts(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, &MainWindow::focusSearch);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcuts(QKeySequence::Quit);
    if (m_quit->shortcuts().isEmpty()) // not every platform names one
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Undo and Redo go through the active history, which keeps the stack
    // true to the database when a step cannot be written.
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcuts(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (auto *history = qobject_cast<EditHistory *>(m_undoGroup->activeStack()))
            history->undoStep();
    });
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setShortcuts(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, this, [this] {
        if (auto *history = qobject_cast<EditHistory *>(m_undoGroup->activeStack()))
            history->redoStep();
    });
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    // A translatable pattern reads right in every language ("Undo: Add a why").
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo, [this](const QString &step) {
        m_undo->setText(step.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(step));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo, [this](const QString &step) {
        m_redo->setText(step.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(step));
    });

    m_followUp = new QAction(tr("&Follow-up of All Actions"), this);
    m_followUp->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_followUp->setStatusTip(tr("Every open action of every session, with filters"));
    connect(m_followUp, &QAction::triggered, this, &MainWindow::showFollowUp);

    m_presentationShown = new QAction(tr("&Presentation Window"), this);
    m_presentationShown->setCheckable(true);
    m_presentationShown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presentationShown->setStatusTip(
        tr("A second window with only what the room should see, for the projector"));
    connect(m_presentationShown, &QAction::triggered, this, &MainWindow::showPresentation);
    m_presentationFullScreen = new QAction(tr("Presentation &Full Screen"), this);
    m_presentationFullScreen->setCheckable(true);
    m_presentationFullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_presentationFullScreen, &QAction::triggered, this, [this] {
        PresentationWindow *presentation = ensurePresentation();
        if (presentation->isVisible()) {
            presentation->toggleFullScreen();
            return;
        }
        // Hidden: show it full screen, on the second screen if chosen there.
        showPresentation(true);
        if (!presentation->isFullScreen())
            presentation->showFullScreen();
    });
    m_presentationZoomIn = new QAction(tr("Presentation Zoom &In"), this);
    // Plus has its own key on many layouts, = shares one with it on others.
    m_presentationZoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus),
                                        QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal)});
    connect(m_presentationZoomIn, &QAction::triggered, this,
            [this] { ensurePresentation()->zoomIn(); });
    m_presentationZoomOut = new QAction(tr("Presentation Zoom &Out"), this);
    m_presentationZoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    connect(m_presentationZoomOut, &QAction::triggered, this,
            [this] { ensurePresentation()->zoomOut(); });
    m_presentationZoomReset = new QAction(tr("Presentation &Actual Size"), this);
    m_presentationZoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0));
    connect(m_presentationZoomReset, &QAction::triggered, this,
            [this] { ensurePresentation()->resetZoom(); });
    // A list too long for the room's screen is paged from here: the
    // presentation never takes the keyboard.
    m_presentationNextPage = new QAction(tr("&Next Page on Presentation"), this);
    m_presentationNextPage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageDown));
    connect(m_presentationNextPage, &QAction::triggered, this, [this] {
        if (m_presentation)
            m_presentation->showNextPage();
    });
    m_presentationPreviousPage = new QAction(tr("Pre&vious Page on Presentation"), this);
    m_presentationPreviousPage->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_PageUp));
    connect(m_presentationPreviousPage, &QAction::triggered, this, [this] {
        if (m_presentation)
            m_presentation->showPreviousPage();
    });
    // A projector plugged in: offer it the presentation, open or not yet,
    // once the screen has settled and unless a dialog is already asking.
    connect(qApp, &QGuiApplication::screenAdded, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (QApplication::activeModalWidget())
                return;
            ensurePresentation();
            offerPresentationScreen();
        });
    });
    // A projector unplugged: its full-screen window would land on the
    // laptop's screen over the controls; it goes away until asked for.
    connect(qApp, &QGuiApplication::screenRemoved, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_presentation && m_presentation->isVisible() &&
                m_presentation->screen() == screen()) {
                m_presentation->showNormal();
                showPresentation(false);
            }
        });
    });

    m_summaryOutput = new SummaryOutput(m_store, m_dialogs.get(), this);
    connect(m_summaryOutput, &SummaryOutput::reported, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // After an export: where it went, and a way to get there.
    connect(m_summaryOutput, &SummaryOutput::saved, this, [this](const QString &path) {
        const QString folder = QFileInfo(path).absolutePath();
        showNotice(tr("Saved “%1” in %2.")
                       .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(folder)),
                   tr("Open Folder"),
                   [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    });

    // Sessions travelling to and from other Candors.
    m_sessionTransfer = new SessionTransfer(m_store, m_dialogs.get(), this);
    connect(m_sessionTransfer, &SessionTransfer::reported, this,
            [this](const QString &message, const QString &folder) {
                if (folder.isEmpty())
                    showNotice(message, QString(), nullptr);
                else
                    showNotice(message, tr("Open Folder"), [folder] {
                        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
                    });
            });

    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setShortcuts(QKeySequence::Preferences);
    // Not every desktop names a key for preferences; Ctrl+Comma is the usual one.
    if (m_settings->shortcuts().isEmpty())
        m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_restoreBackup = new QAction(tr("&Restore from Backup…"), this);
    m_restoreBackup->setStatusTip(tr("Replace every session with those of an automatic backup"));
    // Without a database file (some tests) there are no backups.
    m_restoreBackup->setEnabled(!m_databasePath.isEmpty());
    connect(m_restoreBackup, &QAction::triggered, this, &MainWindow::restoreFromBackup);

    m_guide = new QAction(tr("&How a Session Runs"), this);
    connect(m_guide, &QAction::triggered, this, &MainWindow::showGuide);

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setShortcuts(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_about = new QAction(tr("&About Candor"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newPreMortem);
    file->addAction(m_newPostMortem);
    file->addAction(m_open);
    file->addAction(m_duplicate);
    file->addAction(m_close);
    file->addSeparator();
    file->addAction(m_summaryOutput->printPreviewAction());
    file->addAction(m_summaryOutput->printAction());
    QMenu *exportMenu = file->addMenu(tr("&Export Summary"));
    exportMenu->addActions(m_summaryOutput->exportActions());
    file->addSeparator();
    file->addAction(m_sessionTransfer->exportAction());
    file->addAction(m_sessionTransfer->importAction());
    file->addAction(m_restoreBackup);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_rename);
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    edit->addAction(m_settings);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_followUp);
    view->addSeparator();
    view->addAction(m_presentationShown);
    view->addAction(m_presentationFullScreen);
    view->addAction(m_presentationZoomIn);
    view->addAction(m_presentationZoomOut);
    view->addAction(m_presentationZoomReset);
    view->addAction(m_presentationNextPage);
    view->addAction(m_presentationPreviousPage);

    m_sessionMenu = menuBar()->addMenu(tr("Sessio&n"));
    m_sessionMenu->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_guide);
    help->addAction(m_shortcuts);
    help->addAction(m_about);
}

void MainWindow::rebuildSessionMenu()
{
    m_sessionMenu->clear();
    if (!m_sessionPage)
        return;
    m_sessionMenu->addActions(m_sessionPage->phaseActions());
    m_sessionMenu->addSeparator();
    m_sessionMenu->addActions(m_sessionPage->timerActions());
    m_sessionMenu->addSeparator();
    m_sessionMenu->addActions(m_sessionPage->sharingActions());
    const QList<QAction *> pageKeys = m_sessionPage->currentPageActions();
    if (pageKeys.isEmpty())
        return;
    m_sessionMenu->addSeparator();
    // Keys that come in sets (raised hands, categories) get a submenu each.
    QHash<QString, QMenu *> groups;
    for (QAction *action : pageKeys) {
        const QString group = action->property("menuGroup").toString();
        if (group.isEmpty()) {
            m_sessionMenu->addAction(action);
            continue;
        }
        QMenu *&submenu = groups[group];
        if (!submenu)
            submenu = m_sessionMenu->addMenu(group);
        submenu->addAction(action);
    }
}

void MainWindow::setClock(Clock *clock)
{
    m_clock = clock;
    m_store->setClock(clock);
}

SessionPage *MainWindow::sessionPage() const
{
    return m_sessionPage;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(geometryKey)).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(QLatin1String(stateKey)).toByteArray());
    m_sessionView->header()->restoreState(
        settings.value(QLatin1String(listColumnsKey)).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(geometryKey), saveGeometry());
    settings.setValue(QLatin1String(stateKey), saveState());
    settings.setValue(QLatin1String(listColumnsKey), m_sessionView->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_presentation)
        m_presentation->close();
    event->accept();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_presentation && watched == m_presentation.get() && event->type() == QEvent::Hide)
        m_presentationShown->setChecked(false);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::bringToFront()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

qint64 MainWindow::currentSessionId() const
{
    const QModelIndex current = m_sessionView->currentIndex();
    return current.isValid() ? current.data(SessionListModel::SessionIdRole).toLongLong() : 0;
}

void MainWindow::fillTeamFilter()
{
    const qint64 chosen = m_filterModel->teamId();
    {
        const QSignalBlocker blocker(m_teamFilter);
        m_teamFilter->clear();
        m_teamFilter->addItem(tr("All teams"), qint64(0));
        for (const Team &team : m_store->teams())
            m_teamFilter->addItem(team.name, team.id);
    }
    // A team that went away (its creation undone) takes its filter along.
    const int index = m_teamFilter->findData(chosen);
    m_teamFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0)
        filterByTeam(0);
}

void MainWindow::filterByTeam(int index)
{
    const qint64 teamId = m_teamFilter->itemData(index).toLongLong();
    // A team's sessions may be anywhere in the list, not just the pages
    // seen so far.
    if (teamId != 0)
        m_sessionModel->fetchAll();
    m_filterModel->setTeamId(teamId);
    if (m_filterModel->rowCount() > 0 && !m_sessionView->currentIndex().isValid())
        m_sessionView->setCurrentIndex(m_filterModel->index(0, SessionListModel::TitleColumn));
    updateEmptyHint();
    updateActions();
}

void MainWindow::revealSession(qint64 id)
{
    m_search->clear();
    m_sessionModel->fetchAll();
    const QModelIndex source = m_sessionModel->indexOfSession(id);
    if (source.isValid() && !m_filterModel->mapFromSource(source).isValid())
        m_teamFilter->setCurrentIndex(0);
}

void MainWindow::selectSession(qint64 id)
{
    const QModelIndex index = m_filterModel->mapFromSource(
        m_sessionModel->indexOfSession(id, SessionListModel::TitleColumn));
    if (index.isValid()) {
        m_sessionView->setCurrentIndex(index);
        m_sessionView->scrollTo(index);
    }
}

void MainWindow::newSession(int kind)
{
    const auto sessionKind = SessionKind(kind);
    showList();
    // A new session must be visible to be named, whatever was searched for.
    m_search->clear();
    // Made while one team's sessions are shown, it is that team's.
    auto *command = new CreateSessionCommand(
        m_store, sessionKind, Domain::defaultTitle(sessionKind, QDate::currentDate()),
        AppSettings::sessionDefaults(), m_filterModel->teamId());
    // A failed write has already been reported, and the stack deleted the command.
    if (!m_listHistory->record(command))
        return;
    selectSession(command->sessionId());
    m_sessionView->setFocus();
    renameCurrentSession();
}

void MainWindow::showFollowUp()
{
    if (m_pages->currentWidget() != m_followUpPage)
        m_followUpCameFrom = m_pages->currentWidget() == m_sessionPage ? m_openSessionId : 0;
    // Built on first use, and fresh each time it is shown.
    if (!m_followUpPage) {
        m_followUpPage = new FollowUpPage(m_store, m_listHistory, this);
        m_pages->addWidget(m_followUpPage);
        connect(m_followUpPage, &FollowUpPage::openSessionRequested, this,
                &MainWindow::openSession);
        connect(m_followUpPage, &FollowUpPage::backRequested, this, [this] {
            if (m_followUpCameFrom && m_sessionPage &&
                m_followUpCameFrom == m_sessionPage->flow()->sessionId())
                openSession(m_followUpCameFrom);
            else
                showList();
        });
    } else {
        m_followUpPage->reload();
    }
    m_openSessionId = 0;
    m_undoGroup->setActiveStack(m_listHistory);
    m_pages->setCurrentWidget(m_followUpPage);
    setWindowTitle(tr("Follow-up — Candor"));
    m_followUpPage->setFocus();
    updateActions();
}

void MainWindow::openSession(qint64 id)
{
    revealSession(id);
    selectSession(id);
    if (currentSessionId() == id)
        openCurrentSession();
}

void MainWindow::openCurrentSession()
{
    const qint64 id = currentSessionId();
    if (id == 0)
        return;
    const std::optional<SessionSummary> session = m_store->session(id);
    if (!session)
        return;
    if (!m_sessionPage || m_sessionPage->flow()->sessionId() != id) {
        if (m_presentation)
            m_presentation->setFlow(nullptr);
        delete m_sessionPage;
        auto *flow = new SessionFlow(m_store, historyOfSession(id), id, m_clock);
        m_sessionPage = new SessionPage(flow, m_dialogs.get(), m_summaryOutput, this);
        m_pages->addWidget(m_sessionPage);
        connect(m_sessionPage, &SessionPage::backRequested, this, &MainWindow::showList);
        connect(m_sessionPage, &SessionPage::pageActionsChanged, this,
                &MainWindow::rebuildSessionMenu);
        rebuildSessionMenu();
    }
    m_openSessionId = id;
    m_undoGroup->setActiveStack(historyOfSession(id));
    m_pages->setCurrentWidget(m_sessionPage);
    m_sessionPage->showPhase(m_sessionPage->flow()->details().phase);
    setWindowTitle(tr("%1 — Candor").arg(session->title));
    updateActions();
}

EditHistory *MainWindow::historyOfSession(qint64 id)
{
    EditHistory *&history = m_sessionHistories[id];
    if (!history) {
        history = new EditHistory(m_store, m_undoGroup);
        m_undoGroup->addStack(history);
    }
    return history;
}

void MainWindow::showList()
{
    m_openSessionId = 0;
    m_undoGroup->setActiveStack(m_listHistory);
    m_pages->setCurrentWidget(m_listPage);
    setWindowTitle(tr("Candor"));
    m_sessionView->setFocus();
    updateActions();
}

void MainWindow::renameCurrentSession()
{
    const QModelIndex current = m_sessionView->currentIndex();
    if (!current.isValid() || m_pages->currentWidget() != m_listPage)
        return;
    m_sessionView->edit(current.siblingAtColumn(SessionListModel::TitleColumn));
}

void MainWindow::duplicateCurrentSession()
{
    const qint64 id = m_openSessionId ? m_openSessionId : currentSessionId();
    const std::optional<SessionSummary> source = m_store->session(id);
    if (!source)
        return;
    showList();
    m_search->clear();
    auto *command = new DuplicateSessionCommand(m_store, id, tr("%1 (copy)").arg(source->title));
    if (!m_listHistory->record(command))
        return;
    // The copy is in the source's team, which may not be the one shown.
    revealSession(command->sessionId());
    selectSession(command->sessionId());
    statusBar()->showMessage(
        tr("Duplicated “%1” with its participants, timeboxes and prompts.").arg(source->title),
        8000);
}

void MainWindow::deleteCurrentSession()
{
    const qint64 id = currentSessionId();
    const std::optional<SessionSummary> session = m_store->session(id);
    if (!session || m_pages->currentWidget() != m_listPage)
        return;
    const QString question =
        tr("Delete the session “%1”?").arg(session->title) + QLatin1String("\n\n") +
        tr("It holds %1 and %2. You can undo the deletion with %3 until Candor is closed.")
            .arg(tr("%n concern(s)", nullptr, session->concernCount),
                 tr("%n action(s)", nullptr, session->actionCount),
                 m_undo->shortcut().toString(QKeySequence::NativeText));
    if (!m_dialogs->confirm(this, tr("Delete Session"), question, tr("Delete")))
        return;
    const int row = m_sessionView->currentIndex().row();
    if (!m_listHistory->record(new DeleteSessionCommand(m_store, id, session->title)))
        return;
    const int rows = m_filterModel->rowCount();
    if (rows > 0)
        m_sessionView->setCurrentIndex(
            m_filterModel->index(qMin(row, rows - 1), SessionListModel::TitleColumn));
    statusBar()->showMessage(tr("Deleted “%1”. Undo brings it back.").arg(session->title), 8000);
}

void MainWindow::focusSearch()
{
    showList();
    m_search->setFocus();
    m_search->selectAll();
}

void MainWindow::updateActions()
{
    const bool onList = m_pages->currentWidget() == m_listPage;
    const bool hasCurrent = currentSessionId() != 0;
    m_open->setEnabled(onList && hasCurrent);
    m_rename->setEnabled(onList && hasCurrent);
    m_delete->setEnabled(onList && hasCurrent);
    m_duplicate->setEnabled(hasCurrent || m_openSessionId != 0);
    m_close->setEnabled(!onList);
    // Print and export work on the open session, or on the one chosen in
    // the list.
    const bool onSession = m_sessionPage && m_pages->currentWidget() == m_sessionPage;
    updatePresentationFlow();
    m_summaryOutput->setSessionId(onSession ? m_openSessionId : onList ? currentSessionId() : 0);
    m_sessionTransfer->setContext(onSession ? m_openSessionId
                                  : onList  ? currentSessionId()
                                            : 0,
                                  qobject_cast<EditHistory *>(m_undoGroup->activeStack()));
    m_sessionMenu->setEnabled(m_sessionPage && m_pages->currentWidget() == m_sessionPage);
}

void MainWindow::updateEmptyHint()
{
    const bool empty = m_filterModel->rowCount() == 0;
    m_sessionView->setVisible(!empty);
    m_emptyHint->setVisible(empty);
    m_firstSteps->setVisible(empty && m_sessionModel->rowCount() == 0);
    if (!empty)
        return;
    if (m_sessionModel->rowCount() == 0)
        m_emptyHint->setText(
            tr("No sessions yet.\nPress %1 for a pre-mortem or %2 for a post-mortem.")
                .arg(m_newPreMortem->shortcut().toString(QKeySequence::NativeText),
                     m_newPostMortem->shortcut().toString(QKeySequence::NativeText)));
    else if (!m_search->text().trimmed().isEmpty())
        m_emptyHint->setText(tr("No session title contains “%1”.").arg(m_search->text().trimmed()));
    else
        m_emptyHint->setText(
            tr("The team “%1” has no sessions yet. %2 makes one in it.")
                .arg(m_teamFilter->currentText(),
                     m_newPreMortem->shortcut().toString(QKeySequence::NativeText)));
}

QWidget *MainWindow::createProblemBar()
{
    // A bar above the page rather than a dialog: the room keeps going, the
    // facilitator reads it when they can, and nothing waits for a click.
    m_problemBar = new QFrame(this);
    m_problemBar->setObjectName(QStringLiteral("problemBar"));
    m_problemBar->setFrameShape(QFrame::StyledPanel);
    m_problemBar->setAutoFillBackground(true);
    m_problemBar->setAccessibleName(tr("Problem"));
    m_problemText = new PlainLabel(m_problemBar);
    m_problemText->setTextFormat(Qt::PlainText);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeAction = new QPushButton(m_problemBar);
    m_noticeAction->setFocusPolicy(Qt::TabFocus);
    connect(m_noticeAction, &QPushButton::clicked, this, [this] {
        if (m_noticeCallback)
            m_noticeCallback();
    });
    auto *dismiss = new QPushButton(tr("Dismiss"), m_problemBar);
    dismiss->setFocusPolicy(Qt::NoFocus);
    connect(dismiss, &QPushButton::clicked, m_problemBar, &QWidget::hide);
    auto *layout = new QHBoxLayout(m_problemBar);
    layout->addWidget(m_problemText, 1);
    layout->addWidget(m_noticeAction, 0, Qt::AlignTop);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    m_problemBar->hide();
    return m_problemBar;
}

QString MainWindow::problemText() const
{
    return m_problemBar->isVisible() ? m_problemText->text() : QString();
}

void MainWindow::showWriteFailure(const QString &message)
{
    reportProblem(message + QLatin1Char(' ') +
                  tr("Nothing was changed. Anything you typed is still where you typed "
                     "it; try again once the problem is solved."));
    statusBar()->showMessage(tr("Not saved."), 8000);
}

void MainWindow::reportProblem(const QString &text)
{
    m_problemText->setText(text);
    m_noticeAction->hide();
    m_noticeCallback = nullptr;
    QPalette palette = m_problemBar->palette();
    palette.setColor(QPalette::Window, Theme::problemBackground(palette));
    palette.setColor(QPalette::WindowText, Theme::problemText(palette));
    m_problemBar->setPalette(palette);
    m_problemBar->setBackgroundRole(QPalette::Window);
    m_problemBar->show();
}

void MainWindow::reportRestore(const Backups::RestoreResult &result)
{
    if (!result.ok()) {
        reportProblem(result.error + QLatin1Char(' ') + tr("The database is as it was."));
        return;
    }
    showNotice(tr("Restored the backup from %1 with its %n session(s). The database as it was "
                  "before is kept as a backup too; File ▸ Restore from Backup… brings it back.",
                  nullptr, result.restored.sessions)
                   .arg(RestoreDialog::shownTime(result.restored.createdUtc)),
               QString(), nullptr);
}

void MainWindow::setAutomaticBackups(AutomaticBackups *backups)
{
    // The bar, never a dialog: the room goes on, and the database itself
    // is unharmed.
    connect(backups, &AutomaticBackups::failed, this, &MainWindow::reportProblem);
}

void MainWindow::restoreFromBackup()
{
    const Backups backups(m_databasePath);
    RestoreDialog dialog(backups.listWithContents(), backups.folder(), this);
    const int answer = m_dialogs->show(&dialog);
    const std::optional<Backups::File> chosen = dialog.chosenBackup();
    if (!chosen)
        return;
    if (answer == RestoreDialog::ImportChosen) {
        m_sessionTransfer->importFile(chosen->path);
        return;
    }
    if (answer != QDialog::Accepted)
        return;
    const QString question =
        tr("Replace every session in the database with the %n session(s) of the backup from %1?",
           nullptr, chosen->sessions)
            .arg(RestoreDialog::shownTime(chosen->createdUtc)) +
        QLatin1String("\n\n") +
        tr("The database as it is now is backed up first, so this can be undone by restoring "
           "that backup. Undo (%1) cannot reach back past the restore: the window opens afresh "
           "on the restored sessions.")
            .arg(m_undo->shortcut().toString(QKeySequence::NativeText));
    if (!m_dialogs->confirm(this, tr("Restore from Backup"), question, tr("Restore")))
        return;
    emit restoreRequested(chosen->path);
}

void MainWindow::showNotice(const QString &text, const QString &actionText,
                            std::function<void()> action)
{
    m_problemText->setText(text);
    m_noticeAction->setText(actionText);
    m_noticeAction->setVisible(!actionText.isEmpty());
    m_noticeCallback = std::move(action);
    // News, not a problem: the window's own quiet colours.
    m_problemBar->setPalette(palette());
    m_problemBar->setBackgroundRole(QPalette::AlternateBase);
    m_problemBar->show();
}

void MainWindow::showGuide()
{
    // The method in the app's own words: what each step is for, and the
    // keys that carry it.
    const QStringList steps = {
        tr("Set-up: seat the people who take part, in the order they will speak. Check the "
           "planned length and the timeboxes."),
        tr("Scene: read the framing aloud. A pre-mortem imagines the project has failed; a "
           "post-mortem records what happened, without blame."),
        tr("Writing: about ten minutes of private writing, each on their own paper or device. "
           "The shared screen shows only the prompts and the countdown (F5)."),
        tr("Sharing: go round the table; each person shares the one thing that worries them "
           "most. Everyone who wrote the same raises a hand. Type a short summary, set the "
           "hands (Up, Down or Alt+digit) and press Enter. Stop early enough to leave time for "
           "discussion."),
        tr("Ranked: what most people wrote comes first."),
        tr("Discussion: most written first, ask how it could have been avoided, ask why five "
           "times to reach the root cause, and agree what to do (Ctrl+Shift+A adds an action)."),
        tr("Actions: put them in order, mark what is done right away, give each an owner and a "
           "due date."),
        tr("Summary: print it or export it. Nobody is named next to a concern unless the "
           "session chose to attribute them."),
    };
    QString text = tr("A session runs in these steps; Ctrl+PgDown moves to the next one.") +
                   QStringLiteral("\n\n");
    for (int i = 0; i < steps.size(); ++i)
        text += QStringLiteral("%1. %2\n\n").arg(i + 1).arg(steps.at(i));
    text += tr("Thank everyone for their honesty at the end.");
    auto dialog = std::make_unique<QMessageBox>(QMessageBox::Information, tr("How a Session Runs"),
                                                text, QMessageBox::Close, this);
    dialog->setTextFormat(Qt::PlainText);
    m_dialogs->show(dialog.get());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Candor"),
        tr("<h3>Candor %1</h3><p>Guides a facilitator through pre-mortem and post-mortem "
           "sessions: timed private writing, round-robin sharing, hand counts, discussion and "
           "follow-up actions.</p><p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_databaseShown.toHtmlEscaped()));
}

void MainWindow::showServerDatabase(const QString &shown)
{
    m_databaseShown = shown;
    setWindowFilePath(QString());
    m_restoreBackup->setEnabled(false);
    m_restoreBackup->setStatusTip(tr("A database on a PostgreSQL server is backed up by its "
                                     "server"));
}

PresentationWindow *MainWindow::ensurePresentation()
{
    if (!m_presentation) {
        m_presentation = std::make_unique<PresentationWindow>();
        connect(m_presentation.get(), &PresentationWindow::fullScreenChanged,
                m_presentationFullScreen, &QAction::setChecked);
        // Closing the presentation window unchecks its menu item.
        m_presentation->installEventFilter(this);
        updatePresentationFlow();
    }
    return m_presentation.get();
}

void MainWindow::updatePresentationFlow()
{
    if (!m_presentation)
        return;
    const bool onSession = m_sessionPage && m_pages->currentWidget() == m_sessionPage;
    SessionFlow *flow = onSession ? m_sessionPage->flow() : nullptr;
    if (m_presentation->flow() != flow)
        m_presentation->setFlow(flow);
}

void MainWindow::showPresentation(bool shown)
{
    m_presentationShown->setChecked(shown);
    if (!shown) {
        if (m_presentation)
            m_presentation->hide();
        return;
    }
    PresentationWindow *presentation = ensurePresentation();
    if (presentation->isVisible())
        return;
    presentation->show();
    offerPresentationScreen();
    // The facilitator goes on typing here.
    activateWindow();
}

void MainWindow::offerPresentationScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QList<QRect> geometries;
    for (QScreen *screen : screens)
        geometries.append(screen->geometry());
    // The screen the controls are on, as the window system says: window
    // positions mean nothing on some (Wayland).
    const int index =
        PresentationWindow::screenForPresentation(geometries, screen()->geometry().center());
    if (index < 0 || (m_presentation->isVisible() && m_presentation->screen() == screens.at(index)))
        return;
    QScreen *target = screens.at(index);
    const QString name = target->model().isEmpty() ? target->name() : target->model();
    if (!m_dialogs->confirm(this, tr("Second Screen"),
                            tr("Show the presentation full screen on “%1” and keep the "
                               "controls on this screen?")
                                .arg(name),
                            tr("Use “%1”").arg(name)))
        return;
    // The screen is chosen while hidden, so the window system places it.
    m_presentation->hide();
    m_presentation->setScreen(target);
    m_presentation->move(target->geometry().topLeft());
    m_presentation->showFullScreen();
    m_presentationShown->setChecked(true);
    activateWindow();
}

void MainWindow::showShortcuts()
{
    // Every phase's keys are listed, so its pages are built now.
    SessionPage *page = m_openSessionId ? m_sessionPage : nullptr;
    if (page)
        page->buildAllPages();
    ShortcutsDialog dialog(this, page, this);
    m_dialogs->show(&dialog);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (m_dialogs->show(&dialog) != QDialog::Accepted)
        return;
    const bool atNextStart = dialog.save();
    // Theme and type size change at once, in every window.
    if (auto *application = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(application, AppSettings::theme(),
                     AppSettings::value(AppSettings::Key::LargeType).toBool());
    statusBar()->showMessage(atNextStart ? tr("Settings saved. The new language or database "
                                              "file is used from the next start.")
                                         : tr("Settings saved."),
                             10000);
}
