#pragma once

#include "WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>
#include <vector>

namespace Masar {

// A period a rule gives: calendar days (a last day that is not a working day
// moves to the next working day, Regulation 1182/71 art. 3(4)) or working days.
struct Period
{
    enum class Unit { CalendarDays, WorkingDays };
    int length = 0;
    Unit unit = Unit::CalendarDays;
};

// Days the clock stood still (awaiting information, postponed): from `from`
// to `until`, the day the clock started again; its length is added.
struct PausedSpan
{
    QDate from;
    QDate until;
    int days() const { return int(from.daysTo(until)); }
};

// What a deadline is computed from.
struct DeadlineInput
{
    QDate start; // receipt, acceptance, sending: the base date
    Period period; // the rule's
    QString rule; // the rule in words, with its source ("EIO art. 12(3)")
    bool urgent = false; // halves the period, unless a date is requested
    QDate requestedBy; // the requester's own date: taken when earlier
    std::vector<PausedSpan> pauses;
};

// A day passed over, and why.
struct SkippedDay
{
    QDate date;
    DayOff reason;
};

// A deadline and every element of how it was computed, so that anyone can check it.
struct Deadline
{
    QDate due;
    DeadlineInput input;
    Period period; // as applied: halved when urgent
    bool halved = false;
    int pausedDays = 0;
    QDate byRule; // what the rule alone gives, pauses included
    bool requestedDateTaken = false;
    std::vector<SkippedDay> skipped;
};

class DeadlineCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlineCalculator)

public:
    // Computes a deadline in the calendar of the state doing the work.
    static Deadline compute(const DeadlineInput& input, const WorkingCalendar& calendar);
    // "Why this date", one line each: the base date, the rule, the paused
    // periods, each day skipped and why, the requester's date.
    static QStringList explain(const Deadline& deadline,
                               const std::function<QString(const QDate&)>& formatDate);
};

} // namespace Masar
