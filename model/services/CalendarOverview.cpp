#include "CalendarOverview.h"

#include "DeadlinePolicy.h"
#include "RequestList.h"
#include "domain/Codes.h"

#include <QLocale>

#include <algorithm>
#include <cstring>

namespace Masar {

namespace {

bool fromIslamicCalendar(const Holiday& holiday)
{
    return holiday.context && std::strcmp(holiday.context, "Masar::IslamicHolidays") == 0;
}

} // namespace

QString ListedHoliday::originLabel(Origin origin)
{
    switch (origin) {
    case Origin::Masar:
        //: A holiday Masar knows by itself (1 May).
        return CalendarOverview::tr("fixed");
    case Origin::Provisional:
        //: An Islamic holiday computed from the civil calendar, its date not announced yet.
        return CalendarOverview::tr("provisional");
    case Origin::Confirmed:
        return CalendarOverview::tr("confirmed");
    case Origin::Added:
        return CalendarOverview::tr("added");
    case Origin::Imported:
        return CalendarOverview::tr("imported");
    }
    return QString();
}

std::vector<ListedHoliday> CalendarDetail::holidaysIn(int year) const
{
    std::vector<ListedHoliday> listed;
    for (const Holiday& holiday : calendar.holidays()) {
        if (holiday.date.year() != year) {
            continue;
        }
        ListedHoliday entry {holiday, ListedHoliday::Origin::Masar};
        if (holiday.provisional) {
            entry.origin = ListedHoliday::Origin::Provisional;
        } else if (fromIslamicCalendar(holiday)) {
            entry.origin = ListedHoliday::Origin::Confirmed;
        } else if (!holiday.context) {
            const auto stored
                = std::find_if(storedHolidays.begin(), storedHolidays.end(), [&](const StoredHoliday& s) {
                      return s.date == holiday.date && s.name == holiday.name;
                  });
            entry.origin = stored != storedHolidays.end() && stored->origin == StoredHoliday::Origin::Imported
                ? ListedHoliday::Origin::Imported
                : ListedHoliday::Origin::Added;
        }
        listed.push_back(entry);
    }
    return listed;
}

std::optional<Holiday> CalendarDetail::provisionalAt(const QDate& date, const QString& name) const
{
    const std::vector<Holiday>& all = calendar.holidays();
    const auto find = [&all](const QDate& day, auto&& matches) -> const Holiday* {
        for (const Holiday& h : all) {
            if (h.provisional && h.date == day && matches(h)) {
                return &h;
            }
        }
        return nullptr;
    };
    const Holiday* found
        = find(date, [&name](const Holiday& h) { return h.name == name || h.shownName() == name; });
    if (!found) {
        return std::nullopt;
    }
    Holiday first = *found;
    const QString english = found->name;
    const auto sameName = [&english](const Holiday& h) {
        return h.name == english;
    };
    while (const Holiday* before = find(first.date.addDays(-1), sameName)) {
        first = *before;
    }
    return first;
}

CalendarOverview::CalendarOverview(Database& database)
    : m_database(database)
{
}

QString CalendarOverview::normalizedCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    return Codes::isCountry(upper) ? upper : code.trimmed();
}

QString CalendarOverview::daysText(QList<Qt::DayOfWeek> days)
{
    std::sort(days.begin(), days.end());
    QStringList names;
    for (Qt::DayOfWeek day : days) {
        names << QLocale().dayName(int(day));
    }
    return QLocale().createSeparatedList(names);
}

Result<std::vector<CalendarSummary>> CalendarOverview::calendars() const
{
    Result<std::vector<StoredCalendar>> stored = DeadlinePolicy(m_database).calendars();
    if (!stored) {
        return stored.error();
    }
    Result<QStringList> inUse = RequestList(m_database).countriesInUse();
    if (!inUse) {
        return inUse.error();
    }
    std::vector<CalendarSummary> summaries;
    for (const StoredCalendar& calendar : *stored) {
        summaries.push_back({calendar.code, calendar.country, calendar.authority, true,
                             int(calendar.weekends.size()), int(calendar.holidays.size())});
    }
    for (const QString& country : *inUse) {
        const bool kept = std::any_of(summaries.begin(), summaries.end(),
                                      [&country](const CalendarSummary& s) { return s.code == country; });
        if (!kept) {
            summaries.push_back({country, country, QString(), false, 0, 0});
        }
    }
    std::sort(summaries.begin(), summaries.end(),
              [](const CalendarSummary& a, const CalendarSummary& b) { return a.code < b.code; });
    return summaries;
}

Result<CalendarDetail> CalendarOverview::detail(const QString& code) const
{
    const QString wanted = normalizedCode(code);
    Result<std::vector<StoredCalendar>> stored = DeadlinePolicy(m_database).calendars();
    if (!stored) {
        return stored.error();
    }
    for (const StoredCalendar& calendar : *stored) {
        if (calendar.code == wanted) {
            return CalendarDetail {{calendar.code, calendar.country, calendar.authority, true,
                                    int(calendar.weekends.size()), int(calendar.holidays.size())},
                                   CalendarSet::build(calendar.country, &calendar),
                                   calendar.holidays};
        }
    }
    if (Codes::isCountry(wanted)) {
        return CalendarDetail {
            {wanted, wanted, QString(), false, 0, 0}, CalendarSet::build(wanted, nullptr), {}};
    }
    return Error::notFound(
        tr("There is no calendar “%1”: a country's calendar has the country's code (EG, LY, ...).")
            .arg(code));
}

} // namespace Masar
