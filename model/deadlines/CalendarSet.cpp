#include "CalendarSet.h"

namespace Masar {

const WorkingCalendar& CalendarSet::of(const QString& country) const
{
    std::shared_ptr<WorkingCalendar>& calendar = m_calendars[country];
    if (!calendar) {
        calendar
            = std::make_shared<WorkingCalendar>(WorkingCalendar::forCountry(country, firstYear, lastYear));
    }
    return *calendar;
}

} // namespace Masar
