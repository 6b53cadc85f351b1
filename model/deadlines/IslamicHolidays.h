#pragma once

#include "WorkingCalendar.h"

#include <QCoreApplication>

#include <vector>

namespace Masar {

// The Islamic public holidays, computed from the Islamic civil (tabular)
// calendar. Their real dates depend on the sighting of the moon and are
// announced late, differently by country: the dates computed here are
// provisional until an administrator confirms or moves them.
class IslamicHolidays
{
    Q_DECLARE_TR_FUNCTIONS(Masar::IslamicHolidays)

public:
    // The holidays that fall in a Gregorian year: Islamic New Year
    // (1 Muharram), the Prophet's birthday (12 Rabi' al-Awwal), Eid al-Fitr
    // (1 to 3 Shawwal) and Eid al-Adha (10 to 12 Dhu al-Hijja), each day its
    // own entry, all provisional.
    static std::vector<Holiday> provisional(int gregorianYear);
};

} // namespace Masar
