#pragma once

#include "backups.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class AutomaticBackups;
class Clock;
class Dialogs;
class FollowUpPage;
class PresentationWindow;
class QAction;
class QMenu;
class QLabel;
class QComboBox;
class QLineEdit;
class QStackedWidget;
class QTreeView;
class QUndoGroup;
class EditHistory;
class QFrame;
class QPushButton;
class SessionListFilter;
class SessionListModel;
class SessionPage;
class Store;
class SummaryOutput;
class SessionTransfer;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store *store, const QString &databasePath, QWidget *parent = nullptr);
    // The database is on a PostgreSQL server (shown as its URI without a
    // password): it has no file of Candor's, and its server keeps backups.
    void showServerDatabase(const QString &shown);
    ~MainWindow() override;

    // Tests answer the window's questions through their own Dialogs.
    void setDialogs(std::unique_ptr<Dialogs> dialogs);
    void bringToFront();

    // The session shown on the session page, or 0 on the list.
    qint64 openSessionId() const { return m_openSessionId; }
    SessionPage *sessionPage() const;
    FollowUpPage *followUpPage() const { return m_followUpPage; }
    SummaryOutput *summaryOutput() const { return m_summaryOutput; }
    SessionTransfer *sessionTransfer() const { return m_sessionTransfer; }
    // Built when first shown; nullptr before.
    PresentationWindow *presentationWindow() const { return m_presentation.get(); }
    void showPresentation(bool shown);
    // Tests run sessions on a clock of their own; it must outlive the window.
    void setClock(Clock *clock);
    // What the bar above the page says about a write that failed; empty
    // when it is not shown.
    QString problemText() const;
    // A backup that fails is reported in the bar above the page, once.
    void setAutomaticBackups(AutomaticBackups *backups);
    // What the restore this window was opened after did, in the bar above
    // the page.
    void reportRestore(const Backups::RestoreResult &result);

signals:
    // The person chose a backup and confirmed: whoever owns the database
    // closes this window, restores it and opens a new one.
    void restoreRequested(const QString &backupPath);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void rebuildSessionMenu();
    QWidget *createListPage();
    void restoreSettings();
    void saveSettings() const;

    void newSession(int kind);
    void openCurrentSession();
    void renameCurrentSession();
    void duplicateCurrentSession();
    void deleteCurrentSession();
    void showList();
    void showFollowUp();
    void openSession(qint64 id);
    void focusSearch();
    void updateActions();
    void updateEmptyHint();
    void selectSession(qint64 id);
    // Takes away a search or a team filter that hides the session.
    void revealSession(qint64 id);
    void fillTeamFilter();
    void filterByTeam(int index);
    qint64 currentSessionId() const;
    EditHistory *historyOfSession(qint64 id);
    QWidget *createProblemBar();
    void showWriteFailure(const QString &message);
    // The bar above the page in the colours of a problem.
    void reportProblem(const QString &text);
    // Says something in the bar above the page, with a button for action.
    void showNotice(const QString &text, const QString &actionText, std::function<void()> action);
    void showAbout();
    void showGuide();
    void showShortcuts();
    void showSettings();
    void restoreFromBackup();
    PresentationWindow *ensurePresentation();
    void offerPresentationScreen();
    void updatePresentationFlow();

    Store *m_store;
    QString m_databasePath;
    QString m_databaseShown; // a file's path, or a server's URI without password
    std::unique_ptr<Dialogs> m_dialogs;

    QUndoGroup *m_undoGroup;
    EditHistory *m_listHistory;
    QHash<qint64, EditHistory *> m_sessionHistories;
    SessionListModel *m_sessionModel;
    SessionListFilter *m_filterModel;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_listPage = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_teamFilter = nullptr;
    QTreeView *m_sessionView = nullptr;
    QLabel *m_emptyHint = nullptr;
    QWidget *m_firstSteps = nullptr;
    qint64 m_followUpCameFrom = 0; // the session Follow-up was opened from, or 0 for the list
    QFrame *m_problemBar = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_noticeAction = nullptr;
    std::function<void()> m_noticeCallback;
    SessionPage *m_sessionPage = nullptr;
    QMenu *m_sessionMenu = nullptr;
    SummaryOutput *m_summaryOutput = nullptr;
    SessionTransfer *m_sessionTransfer = nullptr;
    std::unique_ptr<PresentationWindow> m_presentation;
    QAction *m_presentationShown = nullptr;
    QAction *m_presentationFullScreen = nullptr;
    QAction *m_presentationZoomIn = nullptr;
    QAction *m_presentationZoomOut = nullptr;
    QAction *m_presentationZoomReset = nullptr;
    QAction *m_presentationNextPage = nullptr;
    QAction *m_presentationPreviousPage = nullptr;
    FollowUpPage *m_followUpPage = nullptr;
    QAction *m_followUp = nullptr;
    Clock *m_clock = nullptr;
    qint64 m_openSessionId = 0;

    QAction *m_newPreMortem = nullptr;
    QAction *m_newPostMortem = nullptr;
    QAction *m_open = nullptr;
    QAction *m_close = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_guide = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_restoreBackup = nullptr;
};
