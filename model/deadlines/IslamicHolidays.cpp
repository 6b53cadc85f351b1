#include "IslamicHolidays.h"

#include <QCalendar>

#include <algorithm>

namespace Masar {

std::vector<Holiday> IslamicHolidays::provisional(int gregorianYear)
{
    struct Feast
    {
        int month;
        int firstDay;
        int days;
        const char* name;
    };
    const Feast feasts[] = {
        {1, 1, 1, QT_TR_NOOP("Islamic New Year")},
        {3, 12, 1, QT_TR_NOOP("The Prophet's Birthday")},
        {10, 1, 3, QT_TR_NOOP("Eid al-Fitr")},
        {12, 10, 3, QT_TR_NOOP("Eid al-Adha")},
    };
    const QCalendar hijri(QCalendar::System::IslamicCivil);
    // A Gregorian year overlaps two or three Hijri years (a Hijri year is about 354 days).
    const int firstHijriYear = hijri.partsFromDate(QDate(gregorianYear, 1, 1)).year;
    const int lastHijriYear = hijri.partsFromDate(QDate(gregorianYear, 12, 31)).year;
    std::vector<Holiday> result;
    for (int year = firstHijriYear; year <= lastHijriYear; ++year) {
        for (const Feast& feast : feasts) {
            const QDate first = hijri.dateFromParts(year, feast.month, feast.firstDay);
            for (int day = 0; day < feast.days; ++day) {
                const QDate date = first.addDays(day);
                if (date.year() == gregorianYear) {
                    // Named in English, translated when shown: the calendar outlives a change of language.
                    result.push_back({date, QString::fromUtf8(feast.name), true, "Masar::IslamicHolidays"});
                }
            }
        }
    }
    std::sort(result.begin(), result.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return result;
}

} // namespace Masar
