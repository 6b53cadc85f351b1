#include "Clock.h"

namespace Masar {

Clock::~Clock() = default;

QDate Clock::today() const
{
    return nowUtc().toLocalTime().date();
}

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

FixedClock::FixedClock(const QDateTime& nowUtc)
    : m_now(nowUtc.toUTC())
{
}

QDateTime FixedClock::nowUtc() const
{
    return m_now;
}

QDate FixedClock::today() const
{
    // A fixed clock is used to make results repeatable on any machine, so its
    // "today" does not depend on the time zone the test runs in.
    return m_now.date();
}

void FixedClock::set(const QDateTime& nowUtc)
{
    m_now = nowUtc.toUTC();
}

void FixedClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

void FixedClock::advanceDays(int days)
{
    m_now = m_now.addDays(days);
}

AsOfClock::AsOfClock(const Clock& base, const QDate& asOf)
    : m_base(base)
    , m_asOf(asOf)
{
}

QDateTime AsOfClock::nowUtc() const
{
    return m_base.nowUtc();
}

QDate AsOfClock::today() const
{
    return m_asOf;
}

} // namespace Masar
