#pragma once

#include <QDate>
#include <QDateTime>

namespace Masar {

// The only way model code learns the date and time. Production code uses
// Clock::system(); tests and `masar-cli --as-of` pass another clock in.
class Clock
{
public:
    virtual ~Clock();

    virtual QDateTime nowUtc() const = 0;
    // The calendar date at the office (local time zone).
    virtual QDate today() const;

    static const Clock& system();
};

// A clock that reads the computer's clock.
class SystemClock : public Clock
{
public:
    QDateTime nowUtc() const override;
};

// A clock that stands still until moved; for tests.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& nowUtc);

    QDateTime nowUtc() const override;
    QDate today() const override;

    void set(const QDateTime& nowUtc);
    void advanceSeconds(qint64 seconds);
    void advanceDays(int days);

private:
    QDateTime m_now;
};

// The real time, but "today" pinned to a given date (`--as-of`): computations
// are done as of that date; nothing is ever recorded with a false time.
class AsOfClock : public Clock
{
public:
    AsOfClock(const Clock& base, const QDate& asOf);

    QDateTime nowUtc() const override;
    QDate today() const override;

private:
    const Clock& m_base;
    QDate m_asOf;
};

} // namespace Masar
