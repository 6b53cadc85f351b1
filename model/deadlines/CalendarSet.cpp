#include "CalendarSet.h"

namespace Masar {

CalendarSet::CalendarSet(std::vector<StoredCalendar> stored)
    : m_stored(std::move(stored))
{
}

const StoredCalendar* CalendarSet::storedFor(const QString& country, const QString& authority) const
{
    const StoredCalendar* countrys = nullptr;
    for (const StoredCalendar& calendar : m_stored) {
        if (calendar.country != country) {
            continue;
        }
        if (calendar.authority.isEmpty()) {
            countrys = &calendar;
        } else if (authority.contains(calendar.authority, Qt::CaseInsensitive)) {
            return &calendar;
        }
    }
    return countrys;
}

const WorkingCalendar& CalendarSet::of(const QString& country, const QString& authority) const
{
    const StoredCalendar* stored = storedFor(country, authority);
    std::shared_ptr<WorkingCalendar>& calendar = m_calendars[stored ? stored->code : country];
    if (!calendar) {
        calendar = std::make_shared<WorkingCalendar>(build(country, stored));
    }
    return *calendar;
}

WorkingCalendar CalendarSet::build(const QString& country, const StoredCalendar* stored)
{
    WorkingCalendar calendar = WorkingCalendar::forCountry(country, firstYear, lastYear);
    if (!stored) {
        return calendar;
    }
    if (!stored->weekends.empty()) {
        calendar.clearWeekendRules();
        for (const WeekendRule& rule : stored->weekends) {
            calendar.addWeekendRule(rule);
        }
    }
    for (const StoredHoliday& holiday : stored->holidays) {
        if (holiday.origin == StoredHoliday::Origin::Confirmed) {
            calendar.confirmHoliday(holiday.name, holiday.replaces, holiday.date);
        } else {
            calendar.addHoliday({holiday.date, holiday.name, false});
        }
    }
    return calendar;
}

} // namespace Masar
