#pragma once

#include "WorkingCalendar.h"

#include <QHash>

#include <memory>

namespace Masar {

// The working calendars of the states, made from the locale data when first
// asked for (WorkingCalendar::forCountry) over the years `firstYear` to
// `lastYear`, and kept. Administrators' own calendars (holidays confirmed,
// iCalendar imports, calendars of an authority) will come from the register.
class CalendarSet
{
public:
    static constexpr int firstYear = 1980;
    static constexpr int lastYear = 2080;

    const WorkingCalendar& of(const QString& country) const;

private:
    mutable QHash<QString, std::shared_ptr<WorkingCalendar>> m_calendars;
};

} // namespace Masar
