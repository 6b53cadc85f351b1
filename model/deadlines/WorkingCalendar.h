#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Masar {

// Which days of the week are the weekend, over a range of dates: weekends
// change (Mauritania's five times since 1960), and a change must not rewrite
// the deadlines of the past. A null `from` or `until` leaves that end open.
struct WeekendRule
{
    QDate from;
    QDate until;
    QList<Qt::DayOfWeek> days;

    bool covers(const QDate& date) const
    {
        return (from.isNull() || date >= from) && (until.isNull() || date <= until);
    }
};

// A public holiday. Islamic holidays computed from the Islamic civil calendar
// are provisional until the date announced is confirmed.
struct Holiday
{
    QDate date;
    QString name; // for the holidays Masar knows, the English name, translated when shown (context)
    bool provisional = false;
    const char* context = nullptr; // the translation context of a name Masar knows

    // The name in the current language.
    QString shownName() const
    {
        return context ? QCoreApplication::translate(context, name.toUtf8().constData()) : name;
    }
};

// Why a day is not a working day.
struct DayOff
{
    enum class Kind { Weekend, Holiday };
    Kind kind = Kind::Weekend;
    QString name; // the holiday's name in the current language; empty for a weekend day
    bool provisional = false;
};

// The working days of a state or of one authority of it (Libya has two
// governments issuing holidays): weekend rules over time and public holidays.
class WorkingCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Masar::WorkingCalendar)

public:
    explicit WorkingCalendar(const QString& name = QString());

    // A country's calendar as the locale data knows it (QLocale::weekdays(),
    // from CLDR): today's weekend, open at both ends; 1 May; and the Islamic
    // holidays of `fromYear` to `toYear`, provisional, for the Arab states.
    static WorkingCalendar forCountry(const QString& code, int fromYear, int toYear);
    // Whether a country's public holidays include the Islamic ones.
    static bool keepsIslamicHolidays(const QString& code);

    const QString& name() const { return m_name; }
    // A later rule overrides an earlier one where their ranges overlap.
    void addWeekendRule(const WeekendRule& rule) { m_weekends.push_back(rule); }
    void clearWeekendRules() { m_weekends.clear(); }
    const std::vector<WeekendRule>& weekendRules() const { return m_weekends; }
    void addHoliday(const Holiday& holiday);
    // Confirms a provisional holiday on the date announced (the same date or
    // another): its days from `computed` on (the three days of an Eid) move
    // together. Returns how many days it confirmed: 0 when there is no
    // provisional holiday of that name on `computed`.
    int confirmHoliday(const QString& name, const QDate& computed, const QDate& announced);
    // The first day of the run of provisional days of a holiday that `date`
    // is in (the first day of an Eid given its second); null when `date` holds none.
    QDate firstDayOf(const QString& name, const QDate& date) const;
    // Removes a holiday; false when there is none of that name on that date.
    bool removeHoliday(const QDate& date, const QString& name);
    const std::vector<Holiday>& holidays() const { return m_holidays; }

    // The weekend days that apply on a date (none when no rule covers it).
    QList<Qt::DayOfWeek> weekendOn(const QDate& date) const;
    // Why the day is not a working day, or nothing when it is one.
    std::optional<DayOff> dayOff(const QDate& date) const;
    bool isWorkingDay(const QDate& date) const { return !dayOff(date).has_value(); }

private:
    QString m_name;
    std::vector<WeekendRule> m_weekends;
    std::vector<Holiday> m_holidays; // by date
};

} // namespace Masar
