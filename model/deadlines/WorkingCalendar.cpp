#include "WorkingCalendar.h"

#include "IslamicHolidays.h"
#include "domain/Codes.h"

#include <QLocale>

#include <algorithm>

namespace Masar {

WorkingCalendar::WorkingCalendar(const QString& name)
    : m_name(name)
{
}

bool WorkingCalendar::keepsIslamicHolidays(const QString& code)
{
    static const QStringList arabStates
        = {QStringLiteral("EG"), QStringLiteral("IQ"), QStringLiteral("JO"), QStringLiteral("LB"),
           QStringLiteral("LY"), QStringLiteral("MR"), QStringLiteral("MA"), QStringLiteral("TN")};
    return arabStates.contains(code);
}

WorkingCalendar WorkingCalendar::forCountry(const QString& code, int fromYear, int toYear)
{
    WorkingCalendar calendar(Codes::countryName(code));
    // The locale data's weekend: the days of the week that are not weekdays.
    const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
    const QList<Qt::DayOfWeek> weekdays = locale.weekdays();
    WeekendRule weekend;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (!weekdays.contains(Qt::DayOfWeek(day))) {
            weekend.days << Qt::DayOfWeek(day);
        }
    }
    calendar.addWeekendRule(weekend);
    for (int year = fromYear; year <= toYear; ++year) {
        calendar.addHoliday(
            {QDate(year, 5, 1), QStringLiteral(QT_TR_NOOP("Labour Day")), false, "Masar::WorkingCalendar"});
        if (keepsIslamicHolidays(code)) {
            for (const Holiday& holiday : IslamicHolidays::provisional(year)) {
                calendar.addHoliday(holiday);
            }
        }
    }
    return calendar;
}

void WorkingCalendar::addHoliday(const Holiday& holiday)
{
    const auto at = std::upper_bound(m_holidays.begin(), m_holidays.end(), holiday.date,
                                     [](const QDate& date, const Holiday& h) { return date < h.date; });
    m_holidays.insert(at, holiday);
}

int WorkingCalendar::confirmHoliday(const QString& name, const QDate& computed, const QDate& announced)
{
    // The provisional days of the holiday from `computed` on, one after the other.
    std::vector<Holiday> run;
    for (QDate day = computed;; day = day.addDays(1)) {
        const auto it = std::find_if(m_holidays.begin(), m_holidays.end(), [&](const Holiday& h) {
            return h.provisional && h.date == day && h.name == name;
        });
        if (it == m_holidays.end()) {
            break;
        }
        run.push_back(*it);
        m_holidays.erase(it);
    }
    const qint64 shift = computed.daysTo(announced);
    for (Holiday holiday : run) {
        holiday.date = holiday.date.addDays(shift);
        holiday.provisional = false;
        addHoliday(holiday);
    }
    return int(run.size());
}

QDate WorkingCalendar::firstDayOf(const QString& name, const QDate& date) const
{
    const auto provisional = [this, &name](const QDate& day) {
        return std::any_of(m_holidays.begin(), m_holidays.end(), [&](const Holiday& h) {
            return h.provisional && h.date == day && h.name == name;
        });
    };
    if (!provisional(date)) {
        return QDate();
    }
    QDate first = date;
    while (provisional(first.addDays(-1))) {
        first = first.addDays(-1);
    }
    return first;
}

bool WorkingCalendar::removeHoliday(const QDate& date, const QString& name)
{
    const auto it = std::find_if(m_holidays.begin(), m_holidays.end(),
                                 [&](const Holiday& h) { return h.date == date && h.name == name; });
    if (it == m_holidays.end()) {
        return false;
    }
    m_holidays.erase(it);
    return true;
}

QList<Qt::DayOfWeek> WorkingCalendar::weekendOn(const QDate& date) const
{
    // The last rule added that covers the date.
    for (auto it = m_weekends.rbegin(); it != m_weekends.rend(); ++it) {
        if (it->covers(date)) {
            return it->days;
        }
    }
    return {};
}

std::optional<DayOff> WorkingCalendar::dayOff(const QDate& date) const
{
    const auto first = std::lower_bound(m_holidays.begin(), m_holidays.end(), date,
                                        [](const Holiday& h, const QDate& d) { return h.date < d; });
    if (first != m_holidays.end() && first->date == date) {
        return DayOff {DayOff::Kind::Holiday, first->shownName(), first->provisional};
    }
    if (weekendOn(date).contains(Qt::DayOfWeek(date.dayOfWeek()))) {
        return DayOff {DayOff::Kind::Weekend, QString(), false};
    }
    return std::nullopt;
}

} // namespace Masar
