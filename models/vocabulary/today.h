#pragma once

#include <QDate>
#include <QElapsedTimer>

#include <functional>

// "Today", for overdue marks. Asked of its source at most once a minute:
// QDate::currentDate() reads the time zone file on every call, and a list
// asks for every row it paints.
class Today
{
public:
    Today() { setSource({}); }

    // Tests fix the day; an empty source means the system's.
    void setSource(std::function<QDate()> source)
    {
        m_source = source ? std::move(source) : [] { return QDate::currentDate(); };
        m_checked.invalidate();
    }

    QDate date() const
    {
        if (!m_checked.isValid() || m_checked.elapsed() > 60 * 1000) {
            m_date = m_source();
            m_checked.start();
        }
        return m_date;
    }

private:
    std::function<QDate()> m_source;
    mutable QDate m_date;
    mutable QElapsedTimer m_checked;
};
