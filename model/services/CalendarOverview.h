#pragma once

#include "core/Result.h"
#include "deadlines/CalendarSet.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace Masar {

class Database;

// A calendar as the administrator's lists show it.
struct CalendarSummary
{
    QString code; // a country's code, or an authority calendar's
    QString country;
    QString authority; // empty for a country's calendar
    bool stored = false; // the register keeps a calendar of that code
    int weekendRules = 0; // the register's own
    int holidays = 0; // the register's own
};

// A holiday of a calendar as shown, and where it comes from.
struct ListedHoliday
{
    enum class Origin {
        Masar, // a fixed holiday Masar knows (1 May)
        Provisional, // an Islamic holiday computed from the civil calendar, not confirmed yet
        Confirmed, // an Islamic holiday an administrator confirmed, on its day or moved
        Added, // added by an administrator
        Imported, // read from an iCalendar file
    };
    Holiday holiday;
    Origin origin = Origin::Masar;

    // "provisional", "confirmed", ... in the current language.
    static QString originLabel(Origin origin);
};

// One calendar in full: as deadlines count with it (the locale data's, with
// what the register keeps applied) and what the register keeps of it.
struct CalendarDetail
{
    CalendarSummary summary;
    WorkingCalendar calendar;
    std::vector<StoredHoliday> storedHolidays;

    // Every holiday of a Gregorian year, by date.
    std::vector<ListedHoliday> holidaysIn(int year) const;
    // The provisional holiday on `date` named `name` (its English name or its
    // name in the current language), dated its first day (an Eid's first of
    // three), with its English name; none when there is no such holiday.
    std::optional<Holiday> provisionalAt(const QDate& date, const QString& name) const;
};

// What the register knows of its calendars, for the screens and the command
// line that administer them (DeadlinePolicy changes them).
class CalendarOverview
{
    Q_DECLARE_TR_FUNCTIONS(Masar::CalendarOverview)

public:
    explicit CalendarOverview(Database& database);

    // The calendars the register keeps and those of the countries its
    // requests name, by code.
    Result<std::vector<CalendarSummary>> calendars() const;
    // A calendar by its code: a country's (upper or lower case) or an authority's.
    Result<CalendarDetail> detail(const QString& code) const;

    // The code a calendar is known by: a country's in capitals, else as given.
    static QString normalizedCode(const QString& code);
    // "Saturday, Sunday" in the current language, Monday first.
    static QString daysText(QList<Qt::DayOfWeek> days);

private:
    Database& m_database;
};

} // namespace Masar
