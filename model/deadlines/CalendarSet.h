#pragma once

#include "WorkingCalendar.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <vector>

namespace Masar {

// A holiday an administrator added, imported from an iCalendar file, or
// confirmed: a confirmed one moves the provisional holiday of its name that
// began on `replaces` to `date` (with the days after it: an Eid's three).
struct StoredHoliday
{
    enum class Origin { Added, Imported, Confirmed };
    qint64 id = 0;
    QDate date;
    QString name;
    Origin origin = Origin::Added;
    QDate replaces;
    QDateTime changedAt;
    QString changedBy;
};

// A calendar as the register keeps it: a country's (authority empty) or one
// authority's of a country. Weekend rules, when there are any, replace the
// locale data's weekend.
struct StoredCalendar
{
    QString code;
    QString country;
    QString authority;
    std::vector<WeekendRule> weekends;
    std::vector<StoredHoliday> holidays;
};

// The working calendars deadlines count with: a country's as the locale data
// knows it (WorkingCalendar::forCountry, `firstYear` to `lastYear`) with what
// the register keeps for it applied, made when first asked for and kept.
class CalendarSet
{
public:
    static constexpr int firstYear = 1980;
    static constexpr int lastYear = 2080;

    explicit CalendarSet(std::vector<StoredCalendar> stored = {});

    // The calendar of an authority of a country: the register's calendar of
    // that authority when the authority's name contains one's (case ignored),
    // else the country's.
    const WorkingCalendar& of(const QString& country, const QString& authority = QString()) const;
    // The stored calendar `of` would use, or none.
    const StoredCalendar* storedFor(const QString& country, const QString& authority) const;
    const std::vector<StoredCalendar>& stored() const { return m_stored; }

    // The locale data's calendar of a country with a stored calendar applied.
    static WorkingCalendar build(const QString& country, const StoredCalendar* stored);

private:
    std::vector<StoredCalendar> m_stored;
    mutable QHash<QString, std::shared_ptr<WorkingCalendar>> m_calendars; // by stored code or country
};

} // namespace Masar
