#pragma once

#include "domain.h"
#include "newactiondialog.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class RankedConcernModel;
class SessionFlow;
class WhyModel;
enum class ConcernField;

// The discussion, one concern at a time in ranked order (most written
// first; arriving on the page shows the first one not yet discussed): its
// summary and tally in large type, then free notes, how it
// could have been avoided (or, after an incident, what let it happen), a
// five-whys chain ending in a root cause, and mitigations. Every keystroke
// is a durable, undoable edit of the concern, as everywhere in the live
// flow. Alt+PgDown / Alt+PgUp move between concerns, so that plain PgUp and
// PgDn stay with the text being edited.
class DiscussionPage : public QWidget
{
    Q_OBJECT

public:
    // Asks for a new action (text, owner, due date); nullopt when the
    // facilitator cancelled. Tests preset the answer instead of a dialog.
    using ActionPrompt =
        std::function<std::optional<NewAction>(QWidget *parent, const Concern &concern)>;

    explicit DiscussionPage(SessionFlow *flow, QWidget *parent = nullptr);

    // 0 when there is nothing to discuss.
    qint64 currentConcernId() const { return m_concernId; }
    // The current concern's place in the ranking, from 0; -1 when none.
    int currentRank() const;
    int concernCount() const;

    void showNext();
    void showPrevious();
    void showConcern(qint64 concernId);
    // Adds a why to the current chain and puts the cursor in it.
    void addWhy();
    void toggleDiscussed();
    // Asks for an action and adds it, linked to the current concern.
    void addActionFromCurrent();
    void startTimebox();

    void setActionPrompt(ActionPrompt prompt) { m_askAction = std::move(prompt); }

    WhyModel *whyModel() const { return m_whys; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QPlainTextEdit *avoidanceField() const { return m_avoidance; }
    QPlainTextEdit *rootCauseField() const { return m_rootCause; }
    QPlainTextEdit *mitigationsField() const { return m_mitigations; }
    QLineEdit *whyQuestionField(int row) const;
    QLineEdit *whyAnswerField(int row) const;
    QCheckBox *discussedBox() const { return m_discussed; }
    QLabel *positionLabel() const { return m_position; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *tallyLabel() const { return m_tally; }
    QLabel *avoidanceLabel() const { return m_avoidanceLabel; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *actionsLabel() const { return m_actions; }
    QPushButton *addActionButton() const { return m_addAction; }
    QSpinBox *timeboxMinutes() const { return m_timeboxMinutes; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct TextField
    {
        QPlainTextEdit *editor;
        ConcernField concernField;
        DiscussionField discussionField;
    };
    struct WhyRow
    {
        QWidget *box = nullptr;
        QLabel *number = nullptr;
        QLineEdit *question = nullptr;
        QLineEdit *answer = nullptr;
        QToolButton *remove = nullptr;
    };

    QPlainTextEdit *addTextField(const QString &accessibleName, ConcernField concernField,
                                 DiscussionField discussionField);
    void buildWhyRows(QWidget *parent);
    QAction *addShortcut(const QString &text, const QKeySequence &keys,
                         void (DiscussionPage::*slot)());
    void textEdited(const TextField &field);
    void whyEdited(int row, int column, const QString &text);
    void removeWhy(int row);
    void followChainIntoRootCause();
    void rankingChanged();
    void reloadConcern();
    void updateHeader();
    void showHeadline(const QString &text);
    void updateWhyRows();
    void updateActions();
    void updateKindTexts();
    void updateCountdown();
    void say(const QString &message, bool problem = false);
    qint64 concernIdAt(int rank) const;
    // Where a discussion picks up: the first concern in ranked order not yet
    // discussed, or the top one when all are.
    qint64 firstUndiscussedId() const;
    QVector<qint64> rankedIds() const;
    void selectFollowedRootCause();

    SessionFlow *m_flow;
    RankedConcernModel *m_ranked;
    WhyModel *m_whys;
    qint64 m_concernId = 0;
    Concern m_concern;
    // The last answer the root cause was filled from; while the root cause
    // still reads that, it keeps following the chain.
    QString m_followedAnswer;
    // The ranking when the facilitator last moved by hand (Alt+PgDown /
    // Alt+PgUp): coming back to the page stays on that concern while the
    // ranking is still this one.
    QVector<qint64> m_rankingWhenMoved;
    ActionPrompt m_askAction;

    QLabel *m_position;
    QLabel *m_tally;
    QLabel *m_summary;
    QCheckBox *m_discussed;
    QLabel *m_avoidanceLabel;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_avoidance = nullptr;
    QPlainTextEdit *m_rootCause = nullptr;
    QPlainTextEdit *m_mitigations = nullptr;
    QVector<TextField> m_textFields;
    QLabel *m_whyCount;
    QLabel *m_noWhys;
    std::array<WhyRow, 5> m_whyRows;
    QLabel *m_actions;
    QPushButton *m_addAction;
    QSpinBox *m_timeboxMinutes;
    QPushButton *m_timeboxButton;
    QLabel *m_countdown;
    QLabel *m_message;
};
