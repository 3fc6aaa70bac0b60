#include "newactiondialog.h"

#include "duedateedit.h"
#include "owneredit.h"
#include "plainlabel.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewActionDialog::NewActionDialog(const QString &question, const QStringList &owners,
                                 std::function<QDate()> today, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLineEdit(this))
    , m_owner(new OwnerEdit(this))
    , m_due(new DueDateEdit(this))
    , m_dueHint(new PlainLabel(this))
    , m_message(new PlainLabel(this))
{
    setWindowTitle(tr("New Action"));
    auto *questionLabel = new PlainLabel(question, this);
    questionLabel->setWordWrap(true);

    m_text->setAccessibleName(tr("Action"));
    m_text->setPlaceholderText(tr("What will be done?"));
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setNames(owners);
    m_due->setAccessibleName(tr("Due date"));
    m_due->setToday(std::move(today));
    m_dueHint->setForegroundRole(QPalette::PlaceholderText);
    m_dueHint->setWordWrap(true);
    m_dueHint->setAccessibleName(tr("Due date in words"));
    connect(m_due, &QLineEdit::textChanged, this, &NewActionDialog::updateDueHint);
    connect(m_due, &DueDateEdit::notADate, this, [this] { refuse(m_due->problem(), m_due); });
    for (QLineEdit *field : {static_cast<QLineEdit *>(m_text), static_cast<QLineEdit *>(m_owner),
                             static_cast<QLineEdit *>(m_due)})
        connect(field, &QLineEdit::textEdited, m_message, &QLabel::hide);

    auto *form = new QFormLayout;
    auto *textLabel = new PlainLabel(tr("&What will be done:"), this);
    textLabel->setBuddy(m_text);
    auto *ownerLabel = new PlainLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *dueLabel = new PlainLabel(tr("&Due:"), this);
    dueLabel->setBuddy(m_due);
    form->addRow(textLabel, m_text);
    form->addRow(ownerLabel, m_owner);
    form->addRow(dueLabel, m_due);
    // What a typed "next fri" turns out to be, under it.
    form->addRow(QString(), m_dueHint);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("font-weight: bold; color: %1")
                                 .arg(Theme::signalColours(palette()).problem.name()));
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewActionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(questionLabel);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    setTabOrder(m_text, m_owner);
    setTabOrder(m_owner, m_due);
    setTabOrder(m_due, buttons);
    m_text->setFocus();
    // Room for a sentence of an action without the dialog growing as it is typed.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    updateDueHint();
}

NewAction NewActionDialog::action() const
{
    return {m_text->text().trimmed(), m_owner->owner(), m_due->date().value_or(QDate())};
}

QString NewActionDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void NewActionDialog::accept()
{
    if (m_text->text().trimmed().isEmpty()) {
        refuse(tr("An action needs a text: say what will be done."), m_text);
        return;
    }
    if (!m_due->date()) {
        refuse(m_due->problem(), m_due);
        return;
    }
    QDialog::accept();
}

void NewActionDialog::refuse(const QString &why, QWidget *field)
{
    m_message->setText(why);
    m_message->show();
    field->setFocus(Qt::OtherFocusReason);
}

void NewActionDialog::updateDueHint()
{
    // What a typed "next fri" turned out to be, before it is added.
    const std::optional<QDate> due = m_due->date();
    if (!due)
        m_dueHint->setText(tr("not a date yet"));
    else if (due->isValid())
        m_dueHint->setText(QLocale().toString(*due, QLocale::LongFormat));
    else
        m_dueHint->clear();
}
