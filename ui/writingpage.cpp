#include "writingpage.h"

#include "countdown.h"
#include "countdownwidget.h"
#include "plainlabel.h"
#include "sessionflow.h"

#include <QLabel>
#include <QVBoxLayout>

WritingPage::WritingPage(SessionFlow *flow, QWidget *parent)
    : QWidget(parent)
    , m_flow(flow)
    , m_prompt(new PlainLabel(this))
    , m_countdown(new CountdownWidget(flow->countdown(), this))
{
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.8);
    m_prompt->setFont(promptFont);
    m_prompt->setWordWrap(true);
    m_prompt->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setAccessibleName(tr("Writing prompt"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 16);
    layout->addWidget(m_prompt, 2);
    layout->addWidget(m_countdown, 3);

    connect(flow, &SessionFlow::detailsChanged, this, &WritingPage::updatePrompt);
    connect(flow->countdown(), &Countdown::changed, this, &WritingPage::updateHint);
    updatePrompt();
    updateHint();
}

void WritingPage::updatePrompt()
{
    const QString prompts = m_flow->details().writingPrompts.trimmed();
    m_prompt->setText(prompts.isEmpty() ? tr("Write down privately what worries you.") : prompts);
}

void WritingPage::updateHint()
{
    switch (m_flow->countdown()->state()) {
    case Countdown::State::Idle:
        m_countdown->setHint(tr("Ready — F5 starts"));
        break;
    case Countdown::State::Running:
        m_countdown->setHint(tr("Write privately. Nobody's notes appear on this screen."));
        break;
    case Countdown::State::Paused:
        m_countdown->setHint(tr("F5 resumes"));
        break;
    }
}
