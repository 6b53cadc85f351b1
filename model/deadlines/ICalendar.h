#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace Masar {

// One day of a public holiday read from a calendar file: an event of several
// days gives one per day, under the same name.
struct ImportedHoliday
{
    QDate date;
    QString name; // the event's SUMMARY, as written (not translated)
    QString uid; // the event's UID, empty when it has none
};

// Reads the public holidays that governments and calendar services publish as
// iCalendar files (RFC 5545, .ics). Strict, and small on purpose: all-day
// events and events that start at a time (taken as that day), over at most 31
// days, repeated at most once a year for a bounded number of years. Anything
// else is refused with the line it is on, rather than read into wrong days off.
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(Masar::ICalendar)

public:
    static constexpr qint64 maxFileSize = 5 * 1024 * 1024;
    static constexpr int maxHolidays = 10000;
    static constexpr int maxEventDays = 31;

    // The days of the VEVENTs of the file's VCALENDAR, by date then name,
    // each (date, name) once. Other components (VTIMEZONE, VALARM, VTODO) are
    // skipped, and so are cancelled events.
    static Result<std::vector<ImportedHoliday>> readHolidays(const QByteArray& bytes);
};

} // namespace Masar
