#include "duedateedit.h"

#include "dateinput.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QStyleOption>
#include <QTextCharFormat>
#include <QVBoxLayout>
#include <QValidator>

namespace {

// What a key does in the field, before anything else may claim it.
enum class DateKey { None, OpenCalendar, DayLater, DayEarlier, MonthLater, MonthEarlier };

DateKey dateKey(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Down && modifiers == Qt::AltModifier) ||
        (event->key() == Qt::Key_F4 && modifiers == Qt::NoModifier))
        return DateKey::OpenCalendar;
    if (modifiers != Qt::NoModifier)
        return DateKey::None;
    switch (event->key()) {
    case Qt::Key_Up:
        return DateKey::DayLater;
    case Qt::Key_Down:
        return DateKey::DayEarlier;
    case Qt::Key_PageUp:
        return DateKey::MonthLater;
    case Qt::Key_PageDown:
        return DateKey::MonthEarlier;
    default:
        return DateKey::None;
    }
}

// A text that is not (yet) a date may be typed on; it is not taken.
// Enter in a list's editor then leaves the editor open (the delegate asks
// whether the input is acceptable).
class DueDateValidator : public QValidator
{
public:
    explicit DueDateValidator(DueDateEdit *edit)
        : QValidator(edit)
        , m_edit(edit)
    {}

    State validate(QString &input, int &) const override
    {
        return DateInput::parse(input, m_edit->today()) ? Acceptable : Intermediate;
    }

private:
    const DueDateEdit *m_edit;
};

// The calendar's frame. It belongs to the field, so a list's editor stays
// open while the calendar has the keyboard. Alt+Up and F4 close it, as
// Escape does; closing gives the keyboard back to the field.
class CalendarPopup : public QFrame
{
public:
    CalendarPopup(QWidget *field, std::function<void()> closed)
        : QFrame(field, Qt::Popup)
        , m_closed(std::move(closed))
    {
        setFrameShape(QFrame::StyledPanel);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
        if ((event->key() == Qt::Key_Up && modifiers == Qt::AltModifier) ||
            (event->key() == Qt::Key_F4 && modifiers == Qt::NoModifier)) {
            hide();
            return;
        }
        QFrame::keyPressEvent(event);
    }

    void hideEvent(QHideEvent *event) override
    {
        QFrame::hideEvent(event);
        m_closed();
    }

private:
    std::function<void()> m_closed;
};

} // namespace

DueDateEdit::DueDateEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_today([] { return QDate::currentDate(); })
    , m_open(new QAction(this))
{
    setValidator(new DueDateValidator(this));
    setPlaceholderText(noDateText());
    setToolTip(tr("Type a date such as 7 Dec, +3d, +2w, tomorrow or next fri, or press Alt+Down "
                  "for a calendar. Up and Down change the day. Empty means no date."));
    m_open->setText(tr("Pick from a calendar"));
    m_open->setToolTip(tr("Pick from a calendar (Alt+Down)"));
    connect(m_open, &QAction::triggered, this, &DueDateEdit::openCalendar);
    addAction(m_open, QLineEdit::TrailingPosition);
    updateArrow();
}

void DueDateEdit::setToday(std::function<QDate()> today)
{
    m_today = today ? std::move(today) : [] { return QDate::currentDate(); };
}

QDate DueDateEdit::today() const
{
    return m_today();
}

void DueDateEdit::setDate(const QDate &date)
{
    setText(DateInput::format(date));
    selectAll();
}

std::optional<QDate> DueDateEdit::date() const
{
    return DateInput::parse(text(), today());
}

QString DueDateEdit::problem() const
{
    if (date())
        return {};
    return tr("“%1” is not a date. Try 7 Dec, +3d, next fri or tomorrow, or press Alt+Down for a "
              "calendar.")
        .arg(text().trimmed());
}

QString DueDateEdit::noDateText()
{
    return tr("(no date)");
}

int DueDateEdit::widthFor(const QFont &font)
{
    const QFontMetrics metrics(font);
    int widest = metrics.horizontalAdvance(noDateText());
    for (int month = 1; month <= 12; ++month)
        widest = qMax(widest, metrics.horizontalAdvance(DateInput::format(QDate(2026, month, 28))));
    // The text, then the arrow (an icon with its margins) and the frame.
    const int arrow = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize) +
                      metrics.averageCharWidth() * 2;
    return widest + arrow + metrics.averageCharWidth() * 3;
}

QSize DueDateEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(widthFor(font()));
    return hint;
}

QSize DueDateEdit::minimumSizeHint() const
{
    QSize hint = QLineEdit::minimumSizeHint();
    hint.setWidth(widthFor(font()));
    return hint;
}

bool DueDateEdit::isCalendarOpen() const
{
    return m_popup && m_popup->isVisible();
}

void DueDateEdit::openCalendar()
{
    if (!m_popup) {
        m_popup = new CalendarPopup(this, [this] {
            if (isVisible())
                setFocus(Qt::PopupFocusReason);
        });
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setAccessibleName(tr("Due date calendar"));
        layout->addWidget(m_calendar);
        // Enter or a double click on a date, and a single click, pick it.
        connect(m_calendar, &QCalendarWidget::activated, this, &DueDateEdit::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DueDateEdit::pick);
    }
    const std::optional<QDate> current = date();
    const QDate start = current && current->isValid() ? *current : today();
    // Today stands out, so "in two weeks" can be counted on the calendar.
    QTextCharFormat todayFormat;
    todayFormat.setFontWeight(QFont::Bold);
    todayFormat.setFontUnderline(true);
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    m_calendar->setDateTextFormat(today(), todayFormat);
    m_calendar->setSelectedDate(start);

    // Under the field, or above it when the screen ends first.
    const QSize size = m_popup->sizeHint();
    const QRect available = screen()->availableGeometry();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (at.y() + size.height() > available.bottom())
        at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
    at.setX(
        qBound(available.left(), at.x(), qMax(available.left(), available.right() - size.width())));
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DueDateEdit::pick(const QDate &date)
{
    setDate(date);
    if (m_popup)
        m_popup->hide();
    setFocus(Qt::PopupFocusReason);
    emit datePicked(date);
}

void DueDateEdit::step(int days, int months)
{
    const std::optional<QDate> current = date();
    const QDate from = current && current->isValid() ? *current : today();
    // QDate counts across month and year ends: 31 March, Up, is 1 April.
    setDate(from.addMonths(months).addDays(days));
}

bool DueDateEdit::event(QEvent *event)
{
    // Alt+Down and the arrows are the field's while it has the keyboard,
    // whatever else in the window listens for them.
    if (event->type() == QEvent::ShortcutOverride &&
        dateKey(static_cast<QKeyEvent *>(event)) != DateKey::None) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void DueDateEdit::keyPressEvent(QKeyEvent *event)
{
    switch (dateKey(event)) {
    case DateKey::OpenCalendar:
        openCalendar();
        return;
    case DateKey::DayLater:
        step(1, 0);
        return;
    case DateKey::DayEarlier:
        step(-1, 0);
        return;
    case DateKey::MonthLater:
        step(0, 1);
        return;
    case DateKey::MonthEarlier:
        step(0, -1);
        return;
    case DateKey::None:
        break;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !hasAcceptableInput()) {
        // Kept from the dialog or page around it, which would take Enter as
        // "done" with a date that is not one.
        event->accept();
        emit notADate();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DueDateEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::EnabledChange)
        updateArrow();
}

void DueDateEdit::updateArrow()
{
    // The arrow every drop-down has, in the field's own colours.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QStyleOption option;
    option.initFrom(this);
    option.rect = QRect(0, 0, size, size);
    style()->drawPrimitive(QStyle::PE_IndicatorArrowDown, &option, &painter, this);
    painter.end();
    m_open->setIcon(QIcon(pixmap));
}
