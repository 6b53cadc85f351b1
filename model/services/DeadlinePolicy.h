#pragma once

#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "deadlines/CalendarSet.h"
#include "deadlines/DeadlineEngine.h"
#include "deadlines/DeadlineRules.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace Masar {

class Database;

// The deadline rules and calendars the register keeps, over Masar's defaults
// (DeadlineRules::defaults(), the locale data's calendars), and the engine
// made of them. Only an administrator changes them. Each change is written in
// one transaction with the open requests it may move queued for their
// deadlines to be computed again (DeadlineRecomputer).
class DeadlinePolicy
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlinePolicy)

public:
    DeadlinePolicy(Database& database, const Clock& clock = Clock::system());

    // The defaults with the register's rules applied.
    Result<DeadlineRules> rules() const;
    // The rules an administrator set, each with who set it (DeadlineRule::sourceText).
    Result<std::vector<DeadlineRule>> storedRules() const;
    Result<std::vector<StoredCalendar>> calendars() const;
    // The engine counting with the register's rules and calendars.
    Result<std::shared_ptr<const DeadlineEngine>> engine() const;
    // A calendar as it counts: the country's (code = a country code) or an authority's.
    Result<WorkingCalendar> calendar(const QString& code) const;

    // Sets the period of a kind of deadline, for a legal basis or (empty) all others.
    Status setRule(const User& actor, DeadlineKind kind, const QString& legalBasis, const Period& period,
                   const QString& source);
    // Puts back Masar's default for a kind and legal basis.
    Status resetRule(const User& actor, DeadlineKind kind, const QString& legalBasis);

    // A calendar for one authority of a country, e.g. "LY-EAST" for the
    // authorities whose names contain "Benghazi".
    Status addCalendar(const User& actor, const QString& code, const QString& country,
                       const QString& authority);
    // From `from` on (null: always), the weekend is `days`; an earlier rule
    // still open ends the day before. The calendar of a country is made on
    // its first change, with its code the country's.
    Status setWeekend(const User& actor, const QString& calendar, const QDate& from,
                      const QList<Qt::DayOfWeek>& days);
    Status addHoliday(const User& actor, const QString& calendar, const QDate& date, const QString& name);
    // Confirms the provisional holiday `name` computed to begin on `computed`
    // on the day announced (the same or another): its days move together.
    // Returns how many days it confirmed.
    Result<int> confirmHoliday(const User& actor, const QString& calendar, const QString& name,
                               const QDate& computed, const QDate& announced);
    Status removeHoliday(const User& actor, const QString& calendar, const QDate& date, const QString& name);
    // Adds the holidays of an iCalendar file (ICalendar::readHolidays); those
    // the calendar has already are left as they are. Returns how many were added.
    Result<int> importHolidays(const User& actor, const QString& calendar,
                               const std::vector<Holiday>& holidays);

private:
    // Queues every open request for its deadline to be computed again.
    Status queueAllOpen();
    Status checkAdministrator(const User& actor) const;
    Status exec(const QString& statement, const QVariantList& values);
    // The frame of every change: an administrator only; `write`, which
    // queues the deadlines the change may move, in one transaction, or nothing.
    Result<int> change(const User& actor, const std::function<Result<int>()>& write);
    // A change to one calendar (made for a country on its first change),
    // with the open requests that count with it queued.
    Result<int> changeCalendar(const User& actor, const QString& code,
                               const std::function<Result<int>(const StoredCalendar&)>& write);
    // Stores holidays the calendar does not have yet; returns how many.
    Result<int> storeHolidays(const User& actor, const QString& code, const std::vector<Holiday>& holidays,
                              StoredHoliday::Origin origin);
    // The stored calendar of a code, made for a country code on first use.
    Result<StoredCalendar> calendarToChange(const QString& code);
    // Queues the open requests that count with a calendar.
    Status queueFor(const StoredCalendar& calendar);
    Result<std::vector<StoredHoliday>> holidaysOf(const QString& code) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace Masar
