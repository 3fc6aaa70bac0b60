#pragma once

#include "domain.h"

#include <QVector>
#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class SessionFlow;
class TimelineModel;

// Setting the scene: the framing the facilitator reads aloud and the
// prompts for private writing, started from a template. A post-mortem also
// records the incident here: what happened, its impact, how it was detected
// and resolved, and a timeline typed entry by entry.
class ScenePage : public QWidget
{
    Q_OBJECT

public:
    explicit ScenePage(SessionFlow *flow, QWidget *parent = nullptr);

    // Asks for the name of a new template; an empty answer cancels. Tests
    // set their own so that no modal dialog blocks them.
    using TemplateNameQuestion = std::function<QString(QWidget *parent)>;
    void setTemplateNameQuestion(TemplateNameQuestion question);

    QComboBox *templateChooser() const { return m_templates; }
    QPlainTextEdit *sceneField() const { return m_scene; }
    QPlainTextEdit *promptsField() const { return m_prompts; }
    // Post-mortems only; null for a pre-mortem.
    TimelineModel *timelineModel() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }
    QLineEdit *timelineWhenField() const { return m_when; }
    QLineEdit *timelineWhatField() const { return m_what; }

    void saveAsTemplate();
    void addTimelineEntry();
    void removeSelectedTimelineEntry();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createIncidentPanel();
    void reloadTemplates();
    void showMatchingTemplate();
    void chooseTemplate(int comboIndex);
    void resetWhen();

    SessionFlow *m_flow;
    TemplateNameQuestion m_askTemplateName;
    QVector<PromptTemplate> m_templateList;
    QComboBox *m_templates;
    QPushButton *m_saveTemplate;
    QPlainTextEdit *m_scene;
    QPlainTextEdit *m_prompts;
    QPlainTextEdit *m_incidentWhat = nullptr;
    QPlainTextEdit *m_incidentImpact = nullptr;
    QPlainTextEdit *m_incidentDetection = nullptr;
    QPlainTextEdit *m_incidentResolution = nullptr;
    TimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    QLineEdit *m_when = nullptr;
    QLineEdit *m_what = nullptr;
    QPushButton *m_addEntry = nullptr;
};
