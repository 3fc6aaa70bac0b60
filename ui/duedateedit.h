#pragma once

#include <QDate>
#include <QLineEdit>

#include <functional>
#include <optional>

class QCalendarWidget;
class QFrame;

// The one editor of a due date, wherever a due date is edited (the
// Actions page, Follow-up, Review, a new action). A date is typed the way
// it is said ("7 Dec", "+3d", "next fri", the locale's short format; see
// DateInput) or picked from a calendar that opens with Alt+Down, F4 or a
// click on the arrow. Up and Down move a day, Page Up and Page Down a
// month, across month ends. An empty field is no date.
class DueDateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DueDateEdit(QWidget *parent = nullptr);

    // What "today" is for "+3d" and "tomorrow", where stepping from no date
    // starts and where the calendar opens; tests pin it.
    void setToday(std::function<QDate()> today);
    QDate today() const;

    // Shows date (nothing for none), all of it selected so typing replaces it.
    void setDate(const QDate &date);
    // What the text says: a date, a null date when empty, nothing when it
    // does not read as a date.
    std::optional<QDate> date() const;
    // Why the text is not a date, to show the person; empty when it is one.
    QString problem() const;

    void openCalendar();
    bool isCalendarOpen() const;
    // The calendar, once opened.
    QCalendarWidget *calendar() const { return m_calendar; }

    // What an empty due date reads in a list: a hint that it can be set.
    static QString noDateText();
    // Wide enough for every date in this font, with the calendar arrow.
    static int widthFor(const QFont &font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // A date was picked from the calendar (not typed).
    void datePicked(const QDate &date);
    // Enter was pressed on a text that is not a date; the text stays.
    void notADate();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void step(int days, int months);
    void pick(const QDate &date);
    void updateArrow();

    std::function<QDate()> m_today;
    QAction *m_open;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
};
