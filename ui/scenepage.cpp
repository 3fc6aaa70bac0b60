#include "scenepage.h"

#include "dialogs.h"
#include "fieldbinding.h"
#include "plainlabel.h"
#include "sessionflow.h"
#include "store.h"
#include "timelinemodel.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace {

// A text editor that Tab leaves (the keyboard must reach every field) and
// that asks for about `lines` lines of room.
QPlainTextEdit *textEditor(int lines, QWidget *parent, qreal fontScale = 1.0)
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    if (fontScale != 1.0) {
        QFont font = editor->font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        editor->setFont(font);
    }
    const QFontMetrics metrics(editor->font());
    const int frame = 2 * (editor->frameWidth() + int(editor->document()->documentMargin()));
    editor->setMinimumHeight(metrics.lineSpacing() * lines + frame);
    return editor;
}

QLabel *sectionLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new PlainLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(buddy);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return label;
}

} // namespace

ScenePage::ScenePage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_templates(new QComboBox(this))
    , m_saveTemplate(new QPushButton(tr("&Save as My Template…"), this))
    // The facilitator reads these aloud: a little larger than the rest.
    , m_scene(textEditor(6, this, 1.15))
    , m_prompts(textEditor(4, this, 1.15))
{
    const bool postMortem = flow->details().kind == SessionKind::PostMortem;

    m_askTemplateName = [](QWidget *parent) {
        return Dialogs::askLine(parent, tr("Save as My Template"),
                                tr("Name of the template, for choosing it next time:"))
            .value_or(QString());
    };

    auto *heading = new PlainLabel(tr("Set the scene"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *hint = new PlainLabel(
        postMortem ? tr("Read the scene aloud, then walk the room through what happened and the "
                        "timeline before private writing starts.")
                   : tr("Read the scene aloud, slowly and in the past tense, then start private "
                        "writing."),
        this);
    hint->setWordWrap(true);

    m_templates->setAccessibleName(tr("Template"));
    m_templates->setToolTip(tr("Replace the scene and the writing prompts with a template; "
                               "Ctrl+Z brings your text back"));
    m_templates->setPlaceholderText(tr("Your own wording"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_templates, &QComboBox::activated, this, &ScenePage::chooseTemplate);
    auto *templateLabel = new PlainLabel(tr("&Template:"), this);
    templateLabel->setBuddy(m_templates);
    m_saveTemplate->setToolTip(
        tr("Keep this scene and these prompts as a template for your next sessions"));
    connect(m_saveTemplate, &QPushButton::clicked, this, &ScenePage::saveAsTemplate);

    m_scene->setAccessibleName(tr("Scene"));
    bindField(m_scene, flow, SessionField::Scene);
    m_prompts->setAccessibleName(tr("Writing prompts"));
    bindField(m_prompts, flow, SessionField::WritingPrompts);

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(templateLabel);
    top->addWidget(m_templates);
    top->addWidget(m_saveTemplate);

    auto *sceneColumn = new QVBoxLayout;
    // Set here: a nested layout would otherwise take the columns' wide spacing.
    sceneColumn->setSpacing(6);
    sceneColumn->addWidget(sectionLabel(tr("S&cene — read this aloud"), m_scene, this));
    sceneColumn->addWidget(m_scene, 3);
    sceneColumn->addSpacing(8);
    sceneColumn->addWidget(
        sectionLabel(tr("Writing pr&ompts — shown during private writing"), m_prompts, this));
    sceneColumn->addWidget(m_prompts, 2);

    // Mnemonics here avoid the menus' (F, E, S, H) and the session page's
    // Alt shortcuts (P, L, A, M, S).
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(hint);

    if (postMortem) {
        auto *reminder = new PlainLabel(tr("Blameless: we look at processes, not people. Describe "
                                           "what happened, not who is to blame."),
                                        this);
        reminder->setWordWrap(true);
        QFont reminderFont = reminder->font();
        reminderFont.setItalic(true);
        reminder->setFont(reminderFont);
        layout->addWidget(reminder);

        auto *columns = new QHBoxLayout;
        columns->setSpacing(24);
        columns->addLayout(sceneColumn, 1);
        columns->addWidget(createIncidentPanel(), 1);
        layout->addLayout(columns, 1);

        setTabOrder(m_templates, m_saveTemplate);
        setTabOrder(m_saveTemplate, m_scene);
        setTabOrder(m_scene, m_prompts);
        setTabOrder(m_prompts, m_incidentWhat);
        setTabOrder(m_incidentWhat, m_incidentImpact);
        setTabOrder(m_incidentImpact, m_incidentDetection);
        setTabOrder(m_incidentDetection, m_incidentResolution);
        setTabOrder(m_incidentResolution, m_timelineView);
        setTabOrder(m_timelineView, m_when);
        setTabOrder(m_when, m_what);
        setTabOrder(m_what, m_addEntry);
    } else {
        layout->addLayout(sceneColumn, 1);
        setTabOrder(m_templates, m_saveTemplate);
        setTabOrder(m_saveTemplate, m_scene);
        setTabOrder(m_scene, m_prompts);
    }

    // Showing the page puts the cursor in the scene, ready to type.
    setFocusProxy(m_scene);

    reloadTemplates();
    connect(flow, &SessionFlow::detailsChanged, this, &ScenePage::showMatchingTemplate);
}

QWidget *ScenePage::createIncidentPanel()
{
    auto *panel = new QWidget(this);
    m_incidentWhat = textEditor(3, panel);
    m_incidentImpact = textEditor(3, panel);
    m_incidentDetection = textEditor(3, panel);
    m_incidentResolution = textEditor(3, panel);
    const struct
    {
        QPlainTextEdit *editor;
        SessionField field;
        QString label;
        QString name;
    } fields[] = {
        {m_incidentWhat, SessionField::IncidentWhat, tr("&What happened:"), tr("What happened")},
        {m_incidentImpact, SessionField::IncidentImpact, tr("&Impact:"), tr("Impact")},
        {m_incidentDetection, SessionField::IncidentDetection, tr("How it was &detected:"),
         tr("How it was detected")},
        {m_incidentResolution, SessionField::IncidentResolution, tr("How it was &resolved:"),
         tr("How it was resolved")},
    };

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &field : fields) {
        // A few lines each (longer text scrolls): the room is for the timeline.
        field.editor->setMaximumHeight(field.editor->minimumHeight());
        field.editor->setAccessibleName(field.name);
        bindField(field.editor, m_flow, field.field);
        auto *label = new PlainLabel(field.label, panel);
        label->setBuddy(field.editor);
        form->addRow(label, field.editor);
    }

    m_timeline = new TimelineModel(m_flow->store(), m_flow->history(), m_flow->sessionId(), this);
    m_timelineView = new QTableView(panel);
    m_timelineView->setModel(m_timeline);
    m_timelineView->setAccessibleName(tr("Timeline"));
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::SelectedClicked);
    // Tab moves on to the entry line instead of from cell to cell.
    m_timelineView->setTabKeyNavigation(false);
    m_timelineView->setWordWrap(false);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->horizontalHeader()->setStretchLastSection(true);
    m_timelineView->horizontalHeader()->setSectionResizeMode(TimelineModel::WhenColumn,
                                                             QHeaderView::Interactive);
    const QFontMetrics metrics(m_timelineView->font());
    m_timelineView->setColumnWidth(TimelineModel::WhenColumn,
                                   metrics.horizontalAdvance(QStringLiteral("Wed 00:00")) +
                                       metrics.averageCharWidth() * 3);
    m_timelineView->setMinimumHeight(metrics.lineSpacing() * 6);

    auto *remove = new QAction(tr("Remove Entry"), m_timelineView);
    // The Delete key only: some desktops add Ctrl+D, which duplicates a session.
    remove->setShortcut(QKeySequence(Qt::Key_Delete));
    // Only while the list has the focus: Delete in a text field deletes text.
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ScenePage::removeSelectedTimelineEntry);
    m_timelineView->addAction(remove);
    m_timelineView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_timelineView->setToolTip(tr("F2 edits an entry, Delete removes it"));

    m_when = new QLineEdit(panel);
    m_when->setAccessibleName(tr("Time of the new timeline entry"));
    m_when->setPlaceholderText(tr("HH:mm"));
    m_when->setMaximumWidth(m_timelineView->columnWidth(TimelineModel::WhenColumn));
    letSessionUndoThrough(m_when);
    m_what = new QLineEdit(panel);
    m_what->setAccessibleName(tr("What happened at that time"));
    m_what->setPlaceholderText(tr("What happened then — Enter adds it"));
    letSessionUndoThrough(m_what);
    m_addEntry = new QPushButton(tr("Add"), panel);
    m_addEntry->setToolTip(tr("Add the entry to the timeline (Enter)"));
    connect(m_addEntry, &QPushButton::clicked, this, &ScenePage::addTimelineEntry);
    connect(m_what, &QLineEdit::returnPressed, this, &ScenePage::addTimelineEntry);
    connect(m_when, &QLineEdit::returnPressed, this, [this] {
        if (m_what->text().trimmed().isEmpty())
            m_what->setFocus(Qt::OtherFocusReason);
        else
            addTimelineEntry();
    });
    resetWhen();

    auto *entryLine = new QHBoxLayout;
    entryLine->setSpacing(6);
    entryLine->addWidget(m_when);
    entryLine->addWidget(m_what, 1);
    entryLine->addWidget(m_addEntry);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(sectionLabel(tr("The incident"), nullptr, panel));
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Ti&meline"), m_timelineView, panel));
    layout->addWidget(m_timelineView, 1);
    layout->addLayout(entryLine);
    return panel;
}

void ScenePage::setTemplateNameQuestion(TemplateNameQuestion question)
{
    m_askTemplateName = std::move(question);
}

void ScenePage::reloadTemplates()
{
    const SessionKind kind = m_flow->details().kind;
    m_templateList.clear();
    m_templateList.append(Domain::defaultTemplate(kind));
    m_templateList.append(m_flow->store()->templates(kind));

    const QSignalBlocker blocker(m_templates);
    m_templates->clear();
    for (int i = 0; i < m_templateList.size(); ++i) {
        // The built-in one first, then the facilitator's own below a line.
        if (i == 1)
            m_templates->insertSeparator(m_templates->count());
        m_templates->addItem(m_templateList.at(i).name, i);
    }
    showMatchingTemplate();
}

void ScenePage::showMatchingTemplate()
{
    // The chooser names the template the text still is, or none once edited.
    const SessionDetails &details = m_flow->details();
    int match = -1;
    for (int item = 0; item < m_templates->count() && match < 0; ++item) {
        const QVariant data = m_templates->itemData(item);
        if (!data.isValid())
            continue;
        const PromptTemplate &candidate = m_templateList.at(data.toInt());
        if (candidate.scene == details.scene && candidate.writingPrompts == details.writingPrompts)
            match = item;
    }
    if (m_templates->currentIndex() != match) {
        const QSignalBlocker blocker(m_templates);
        m_templates->setCurrentIndex(match);
    }
}

void ScenePage::chooseTemplate(int comboIndex)
{
    const QVariant data = m_templates->itemData(comboIndex);
    if (!data.isValid())
        return;
    const PromptTemplate &chosen = m_templateList.at(data.toInt());
    const SessionDetails &details = m_flow->details();
    // Choosing what is already there must not leave an empty step to undo.
    if (chosen.scene != details.scene || chosen.writingPrompts != details.writingPrompts)
        m_flow->applyTemplate(chosen);
    showMatchingTemplate();
}

void ScenePage::saveAsTemplate()
{
    const QString name = m_askTemplateName ? m_askTemplateName(this).trimmed() : QString();
    if (name.isEmpty())
        return;
    if (m_flow->saveAsTemplate(name) <= 0)
        return;
    reloadTemplates();
    // Saving a template is not an edit of this session, so Undo leaves it;
    // say so where the window reports what it did.
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window()))
        mainWindow->statusBar()->showMessage(
            tr("Saved the template “%1” for your next sessions.").arg(name), 8000);
}

void ScenePage::resetWhen()
{
    if (!m_when)
        return;
    m_when->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    m_when->selectAll();
}

void ScenePage::addTimelineEntry()
{
    if (!m_timeline)
        return;
    const QString what = m_what->text().trimmed();
    if (what.isEmpty()) {
        m_what->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_timeline->addEntry(m_when->text().trimmed(), what))
        return;
    m_timelineView->scrollToBottom();
    m_timelineView->setCurrentIndex(
        m_timeline->index(m_timeline->rowCount() - 1, TimelineModel::WhatColumn));
    m_what->clear();
    // Entries usually come in order, each with its own time: start at the time.
    resetWhen();
    m_when->setFocus(Qt::OtherFocusReason);
}

void ScenePage::removeSelectedTimelineEntry()
{
    if (!m_timelineView)
        return;
    const QModelIndex current = m_timelineView->currentIndex();
    if (current.isValid())
        m_timeline->removeEntry(current.row());
}

void ScenePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The time of a new entry starts at now, unless the facilitator typed one.
    if (m_when && !m_when->isModified() && m_what->text().isEmpty())
        resetWhen();
}
