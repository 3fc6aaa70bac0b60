#include "sessionpage.h"

#include "domain.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SessionPage::SessionPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_phases(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFont bodyFont = m_phases->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.3);
    m_details->setFont(bodyFont);
    m_phases->setFont(bodyFont);
    m_phases->setWordWrap(true);
    m_phases->setTextFormat(Qt::RichText);

    auto *back = new QPushButton(tr("Back to sessions"), this);
    back->setToolTip(tr("Return to the list of sessions (Ctrl+W)"));
    connect(back, &QPushButton::clicked, this, &SessionPage::backRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_phases);
    layout->addStretch(1);
    layout->addWidget(back, 0, Qt::AlignLeft);
}

void SessionPage::showSession(const SessionSummary &session)
{
    m_title->setText(session.title);
    m_details->setText(
        tr("%1 · created %2")
            .arg(Domain::kindName(session.kind),
                 QLocale().toString(session.createdAt.toLocalTime().date(), QLocale::LongFormat) +
                     QLatin1String(", ") +
                     QLocale().toString(session.createdAt.toLocalTime().time(),
                                        QLocale::ShortFormat)));
    QString phases;
    for (Phase phase : {Phase::Setup, Phase::Scene, Phase::Writing, Phase::Sharing, Phase::Ranked,
                        Phase::Discussion, Phase::Actions, Phase::Summary})
        phases += QStringLiteral("<li>%1</li>").arg(Domain::phaseName(phase).toHtmlEscaped());
    m_phases->setText(
        tr("<p>This session is stored and safe. Running it in the room is not possible yet: the "
           "live flow comes with a later update, one phase at a time:</p><ol>%1</ol>")
            .arg(phases));
}
