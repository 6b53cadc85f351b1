#pragma once

#include "WorkingCalendar.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <vector>

namespace Masar {

// The public holidays of an iCalendar file on disk (ICalendar::readHolidays),
// as holidays to add to a calendar: one per day, named as the file names them.
class HolidayFile
{
    Q_DECLARE_TR_FUNCTIONS(Masar::HolidayFile)

public:
    // Refuses a file that cannot be read, is larger than ICalendar::maxFileSize,
    // is not a calendar Masar reads safely, or has no holiday.
    static Result<std::vector<Holiday>> read(const QString& path);
};

} // namespace Masar
