#include "DeadlinePolicy.h"

#include "core/Iso8601.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QLocale>

#include <algorithm>

namespace Masar {

namespace {

QString unitKey(Period::Unit unit)
{
    return unit == Period::Unit::WorkingDays ? QStringLiteral("working_days")
                                             : QStringLiteral("calendar_days");
}

QString originKey(StoredHoliday::Origin origin)
{
    switch (origin) {
    case StoredHoliday::Origin::Added:
        return QStringLiteral("added");
    case StoredHoliday::Origin::Imported:
        return QStringLiteral("imported");
    case StoredHoliday::Origin::Confirmed:
        return QStringLiteral("confirmed");
    }
    return QString();
}

StoredHoliday::Origin originOf(const QString& key)
{
    if (key == QLatin1String("imported")) {
        return StoredHoliday::Origin::Imported;
    }
    return key == QLatin1String("confirmed") ? StoredHoliday::Origin::Confirmed
                                             : StoredHoliday::Origin::Added;
}

QString daysKey(QList<Qt::DayOfWeek> days)
{
    std::sort(days.begin(), days.end());
    QStringList numbers;
    for (Qt::DayOfWeek day : days) {
        numbers << QString::number(int(day));
    }
    return numbers.join(QLatin1Char(','));
}

QList<Qt::DayOfWeek> daysOf(const QString& key)
{
    QList<Qt::DayOfWeek> days;
    for (const QString& number : key.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int day = number.toInt();
        if (day >= 1 && day <= 7) {
            days << Qt::DayOfWeek(day);
        }
    }
    return days;
}

} // namespace

DeadlinePolicy::DeadlinePolicy(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Status DeadlinePolicy::checkAdministrator(const User& actor) const
{
    if (actor.role != Role::Administrator) {
        return Error::forbidden(
            tr("Only an administrator may change deadline rules and calendars. You are: %1.")
                .arg(labelOf(actor.role)));
    }
    return Status();
}

Result<std::vector<DeadlineRule>> DeadlinePolicy::storedRules() const
{
    Result<QSqlQuery> query = Sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT kind, legal_basis, length, unit, source FROM deadline_rules ORDER BY id"));
    if (!query) {
        return query.error();
    }
    std::vector<DeadlineRule> rules;
    while (query->next()) {
        const std::optional<DeadlineKind> kind = DeadlineRules::kindOf(query->value(0).toString());
        if (!kind) {
            continue;
        }
        DeadlineRule rule;
        rule.kind = *kind;
        rule.legalBasis = query->value(1).toString();
        rule.period.length = query->value(2).toInt();
        rule.period.unit = query->value(3).toString() == QLatin1String("working_days")
            ? Period::Unit::WorkingDays
            : Period::Unit::CalendarDays;
        rule.sourceText = query->value(4).toString();
        rule.translatable = false;
        rules.push_back(rule);
    }
    return rules;
}

Result<DeadlineRules> DeadlinePolicy::rules() const
{
    Result<std::vector<DeadlineRule>> stored = storedRules();
    if (!stored) {
        return stored.error();
    }
    DeadlineRules rules = DeadlineRules::defaults();
    for (const DeadlineRule& rule : *stored) {
        rules.set(rule);
    }
    return rules;
}

Result<std::vector<StoredHoliday>> DeadlinePolicy::holidaysOf(const QString& code) const
{
    Result<QSqlQuery> query
        = Sql::exec(m_database.connection(),
                    QStringLiteral("SELECT id, day, name, origin, replaces, changed_at, changed_by "
                                   "FROM holidays WHERE calendar = ? ORDER BY day, name"),
                    {code});
    if (!query) {
        return query.error();
    }
    std::vector<StoredHoliday> holidays;
    while (query->next()) {
        StoredHoliday holiday;
        holiday.id = query->value(0).toLongLong();
        holiday.date = Sql::toDate(query->value(1));
        holiday.name = query->value(2).toString();
        holiday.origin = originOf(query->value(3).toString());
        holiday.replaces = Sql::toDate(query->value(4));
        holiday.changedAt = Sql::toTimestamp(query->value(5));
        holiday.changedBy = query->value(6).toString();
        holidays.push_back(holiday);
    }
    return holidays;
}

Result<std::vector<StoredCalendar>> DeadlinePolicy::calendars() const
{
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> query
        = Sql::exec(db, QStringLiteral("SELECT code, country, authority FROM calendars ORDER BY code"));
    if (!query) {
        return query.error();
    }
    std::vector<StoredCalendar> calendars;
    while (query->next()) {
        calendars.push_back(
            {query->value(0).toString(), query->value(1).toString(), query->value(2).toString(), {}, {}});
    }
    for (StoredCalendar& calendar : calendars) {
        Result<QSqlQuery> weekends = Sql::exec(db,
                                               QStringLiteral("SELECT valid_from, valid_until, days FROM "
                                                              "weekend_rules WHERE calendar = ? ORDER BY id"),
                                               {calendar.code});
        if (!weekends) {
            return weekends.error();
        }
        while (weekends->next()) {
            calendar.weekends.push_back({Sql::toDate(weekends->value(0)), Sql::toDate(weekends->value(1)),
                                         daysOf(weekends->value(2).toString())});
        }
        Result<std::vector<StoredHoliday>> holidays = holidaysOf(calendar.code);
        if (!holidays) {
            return holidays.error();
        }
        calendar.holidays = holidays.take();
    }
    return calendars;
}

Result<std::shared_ptr<const DeadlineEngine>> DeadlinePolicy::engine() const
{
    Result<DeadlineRules> rules = this->rules();
    if (!rules) {
        return rules.error();
    }
    Result<std::vector<StoredCalendar>> stored = calendars();
    if (!stored) {
        return stored.error();
    }
    auto set = std::make_shared<CalendarSet>(stored.take());
    return std::shared_ptr<const DeadlineEngine>(std::make_shared<DeadlineEngine>(
        rules.take(), [set](const QString& country, const QString& authority) -> const WorkingCalendar& {
            return set->of(country, authority);
        }));
}

Result<WorkingCalendar> DeadlinePolicy::calendar(const QString& code) const
{
    Result<std::vector<StoredCalendar>> stored = calendars();
    if (!stored) {
        return stored.error();
    }
    for (const StoredCalendar& calendar : *stored) {
        if (calendar.code == code) {
            return CalendarSet::build(calendar.country, &calendar);
        }
    }
    if (Codes::isCountry(code)) {
        return CalendarSet::build(code, nullptr);
    }
    return Error::notFound(tr("There is no calendar “%1”.").arg(code));
}

Status DeadlinePolicy::queueAllOpen()
{
    return Sql::exec(m_database.connection(),
                     QStringLiteral("INSERT INTO deadline_queue (request_id) SELECT id FROM requests "
                                    "WHERE state <> 'closed' ON CONFLICT DO NOTHING"))
        .status();
}

Status DeadlinePolicy::queueFor(const StoredCalendar& calendar)
{
    // Every open request worked on in the calendar's country: its own
    // authority's calendar may or may not be this one.
    return Sql::exec(m_database.connection(),
                     QStringLiteral("INSERT INTO deadline_queue (request_id) SELECT id FROM requests "
                                    "WHERE state <> 'closed' AND ((direction = 'incoming' AND "
                                    "requested_country = ?) OR (direction = 'outgoing' AND "
                                    "requesting_country = ?)) ON CONFLICT DO NOTHING"),
                     {calendar.country, calendar.country})
        .status();
}

Status DeadlinePolicy::exec(const QString& statement, const QVariantList& values)
{
    return Sql::exec(m_database.connection(), statement, values).status();
}

Result<int> DeadlinePolicy::change(const User& actor, const std::function<Result<int>()>& write)
{
    if (Status status = checkAdministrator(actor); !status.ok()) {
        return status;
    }
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    Result<int> done = write();
    if (!done) {
        return done;
    }
    if (Status status
        = exec(QStringLiteral("UPDATE deadline_policy_revision SET revision = revision + 1"), {});
        !status.ok()) {
        return status;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return done;
}

Result<int> DeadlinePolicy::changeCalendar(const User& actor, const QString& code,
                                             const std::function<Result<int>(const StoredCalendar&)>& write)
{
    return change(actor, [&]() -> Result<int> {
        Result<StoredCalendar> calendar = calendarToChange(code);
        if (!calendar) {
            return calendar.error();
        }
        Result<int> done = write(*calendar);
        if (!done) {
            return done;
        }
        // Nothing changed (holidays the calendar had already): nothing to compute again.
        if (*done > 0) {
            if (Status status = queueFor(*calendar); !status.ok()) {
                return status;
            }
        }
        return done;
    });
}

Status DeadlinePolicy::setRule(const User& actor, DeadlineKind kind, const QString& legalBasis,
                                 const Period& period, const QString& source)
{
    return change(actor,
                  [&]() -> Result<int> {
                      if (period.length < 1 || period.length > 3650) {
                          return Error::invalid(
                              tr("A period is from 1 to 3650 days, not %1.").arg(period.length));
                      }
                      if (!legalBasis.isEmpty() && !Codes::legalBases().contains(legalBasis)) {
                          return Error::invalid(tr("There is no legal basis “%1”.").arg(legalBasis));
                      }
                      if (Status status = exec(QStringLiteral("DELETE FROM deadline_rules WHERE kind = ? AND "
                                                              "coalesce(legal_basis, '') = ?"),
                                               {DeadlineRules::key(kind), Sql::nonNull(legalBasis)});
                          !status.ok()) {
                          return status;
                      }
                      if (Status status
                          = exec(QStringLiteral(
                                     "INSERT INTO deadline_rules (kind, legal_basis, length, unit, source, "
                                     "changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 {DeadlineRules::key(kind), Sql::text(legalBasis), period.length,
                                  unitKey(period.unit), Sql::nonNull(source.trimmed()),
                                  Sql::timestamp(m_clock.nowUtc()), actor.name});
                          !status.ok()) {
                          return status;
                      }
                      if (Status status = queueAllOpen(); !status.ok()) {
                          return status;
                      }
                      return 1;
                  })
        .status();
}

Status DeadlinePolicy::resetRule(const User& actor, DeadlineKind kind, const QString& legalBasis)
{
    return change(actor,
                  [&]() -> Result<int> {
                      Result<QSqlQuery> removed = Sql::exec(
                          m_database.connection(),
                          QStringLiteral(
                              "DELETE FROM deadline_rules WHERE kind = ? AND coalesce(legal_basis, '') = ?"),
                          {DeadlineRules::key(kind), Sql::nonNull(legalBasis)});
                      if (!removed) {
                          return removed.error();
                      }
                      if (removed->numRowsAffected() == 0) {
                          return Error::notFound(tr("The rule of the %1 deadline is Masar's own already.")
                                                     .arg(DeadlineRules::label(kind)));
                      }
                      if (Status status = queueAllOpen(); !status.ok()) {
                          return status;
                      }
                      return 1;
                  })
        .status();
}

Result<StoredCalendar> DeadlinePolicy::calendarToChange(const QString& code)
{
    const QSqlDatabase db = m_database.connection();
    Result<QSqlQuery> query
        = Sql::exec(db, QStringLiteral("SELECT country, authority FROM calendars WHERE code = ?"), {code});
    if (!query) {
        return query.error();
    }
    if (query->next()) {
        return StoredCalendar {code, query->value(0).toString(), query->value(1).toString(), {}, {}};
    }
    if (!Codes::isCountry(code)) {
        return Error::notFound(tr("There is no calendar “%1”: a country's calendar has the country's "
                                  "code (EG, LY, ...).")
                                   .arg(code));
    }
    if (Status status
        = Sql::exec(db, QStringLiteral("INSERT INTO calendars (code, country, authority) VALUES (?, ?, '')"),
                    {code, code})
              .status();
        !status.ok()) {
        return status;
    }
    return StoredCalendar {code, code, QString(), {}, {}};
}

Status DeadlinePolicy::addCalendar(const User& actor, const QString& code, const QString& country,
                                     const QString& authority)
{
    if (Status status = checkAdministrator(actor); !status.ok()) {
        return status;
    }
    const QString name = authority.trimmed();
    if (!Codes::isCountry(country)) {
        return Error::invalid(tr("There is no country “%1”.").arg(country));
    }
    if (name.isEmpty()) {
        return Error::invalid(tr("An authority's calendar needs the authority's name."));
    }
    if (code.size() < 2 || code.size() > 32 || Codes::isCountry(code)) {
        return Error::invalid(
            tr("A calendar's code has 2 to 32 characters and is not a country's code, unlike “%1”.")
                .arg(code));
    }
    return change(actor,
                  [&]() -> Result<int> {
                      Result<QSqlQuery> existing = Sql::exec(
                          m_database.connection(),
                          QStringLiteral(
                              "SELECT code FROM calendars WHERE code = ? OR (country = ? AND authority = ?)"),
                          {code, country, name});
                      if (!existing) {
                          return existing.error();
                      }
                      if (existing->next()) {
                          return Error::conflict(
                              tr("There is a calendar “%1” already.").arg(existing->value(0).toString()));
                      }
                      if (Status status
                          = exec(QStringLiteral(
                                     "INSERT INTO calendars (code, country, authority) VALUES (?, ?, ?)"),
                                 {code, country, name});
                          !status.ok()) {
                          return status;
                      }
                      if (Status status = queueFor({code, country, name, {}, {}}); !status.ok()) {
                          return status;
                      }
                      return 1;
                  })
        .status();
}

Status DeadlinePolicy::setWeekend(const User& actor, const QString& code, const QDate& from,
                                    const QList<Qt::DayOfWeek>& days)
{
    return changeCalendar(
               actor, code,
               [&](const StoredCalendar& calendar) -> Result<int> {
                   if (days.isEmpty() || days.size() > 3) {
                       return Error::invalid(tr("A weekend is one to three days."));
                   }
                   if (!from.isValid()) {
                       // Always: the rules there were go.
                       if (Status status
                           = exec(QStringLiteral("DELETE FROM weekend_rules WHERE calendar = ?"), {code});
                           !status.ok()) {
                           return status;
                       }
                   } else {
                       // A calendar without rules of its own counts with the locale data's
                       // weekend: that one is kept for the days before, not left without any.
                       Result<QSqlQuery> own = Sql::exec(
                           m_database.connection(),
                           QStringLiteral("SELECT count(*) FROM weekend_rules WHERE calendar = ?"), {code});
                       if (!own) {
                           return own.error();
                       }
                       own->next();
                       if (own->value(0).toInt() == 0) {
                           const WorkingCalendar locale
                               = WorkingCalendar::forCountry(calendar.country, from.year(), from.year());
                           for (const WeekendRule& rule : locale.weekendRules()) {
                               if (Status status
                                   = exec(QStringLiteral("INSERT INTO weekend_rules (calendar, valid_from, "
                                                         "valid_until, days) VALUES (?, ?, ?, ?)"),
                                          {code, Sql::date(rule.from), Sql::date(rule.until),
                                           daysKey(rule.days)});
                                   !status.ok()) {
                                   return status;
                               }
                           }
                       }
                       // The rules it replaces: those from the same day on; an open one before ends the day
                       // before.
                       if (Status status
                           = exec(QStringLiteral(
                                      "DELETE FROM weekend_rules WHERE calendar = ? AND valid_from >= ?"),
                                  {code, Sql::date(from)});
                           !status.ok()) {
                           return status;
                       }
                       if (Status status = exec(
                               QStringLiteral("UPDATE weekend_rules SET valid_until = ? WHERE calendar = ? "
                                              "AND (valid_until IS NULL OR valid_until >= ?)"),
                               {Sql::date(from.addDays(-1)), code, Sql::date(from)});
                           !status.ok()) {
                           return status;
                       }
                   }
                   if (Status status
                       = exec(QStringLiteral("INSERT INTO weekend_rules (calendar, valid_from, valid_until, "
                                             "days) VALUES (?, ?, NULL, ?)"),
                              {code, Sql::date(from), daysKey(days)});
                       !status.ok()) {
                       return status;
                   }
                   return 1;
               })
        .status();
}

Result<int> DeadlinePolicy::storeHolidays(const User& actor, const QString& code,
                                            const std::vector<Holiday>& holidays,
                                            StoredHoliday::Origin origin)
{
    return changeCalendar(actor, code, [&](const StoredCalendar&) -> Result<int> {
        int added = 0;
        for (const Holiday& holiday : holidays) {
            if (!holiday.date.isValid() || holiday.name.trimmed().isEmpty() || holiday.name.size() > 200) {
                return Error::invalid(tr("A holiday needs a date and a name of at most 200 characters."));
            }
            Result<QSqlQuery> inserted = Sql::exec(
                m_database.connection(),
                QStringLiteral("INSERT INTO holidays (calendar, day, name, origin, changed_at, changed_by) "
                               "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                {code, Sql::date(holiday.date), holiday.name.trimmed(), originKey(origin),
                 Sql::timestamp(m_clock.nowUtc()), actor.name});
            if (!inserted) {
                return inserted.error();
            }
            added += inserted->numRowsAffected() > 0 ? 1 : 0;
        }
        if (origin == StoredHoliday::Origin::Added && added == 0) {
            // One holiday the calendar has already: refused, and nothing written.
            return Error::conflict(tr("The calendar %1 has “%2” on that day already.")
                                       .arg(code, holidays.front().name.trimmed()));
        }
        return added;
    });
}

Status DeadlinePolicy::addHoliday(const User& actor, const QString& calendar, const QDate& date,
                                    const QString& name)
{
    return storeHolidays(actor, calendar, {Holiday {date, name, false}}, StoredHoliday::Origin::Added)
        .status();
}

Result<int> DeadlinePolicy::importHolidays(const User& actor, const QString& code,
                                             const std::vector<Holiday>& holidays)
{
    return storeHolidays(actor, code, holidays, StoredHoliday::Origin::Imported);
}

Result<int> DeadlinePolicy::confirmHoliday(const User& actor, const QString& code, const QString& name,
                                             const QDate& computed, const QDate& announced)
{
    return changeCalendar(actor, code, [&](const StoredCalendar&) -> Result<int> {
        if (!computed.isValid() || !announced.isValid() || std::abs(computed.daysTo(announced)) > 5) {
            return Error::invalid(tr("An announced date is at most five days from the computed one."));
        }
        // Whether there is such a provisional holiday, in the calendar as it counts now.
        Result<WorkingCalendar> now = calendar(code);
        if (!now) {
            return now.error();
        }
        // Given a later day of the holiday, its first: the days move together.
        const QDate first = now->firstDayOf(name, computed);
        const QDate from = first.isValid() ? first : computed;
        const QDate to = announced.addDays(computed.daysTo(from));
        const int days = now->confirmHoliday(name, from, to);
        if (days == 0) {
            return Error::notFound(tr("The calendar %1 has no provisional holiday “%2” on %3.")
                                       .arg(code, name, QLocale().toString(computed, QLocale::LongFormat)));
        }
        if (Status status = exec(
                QStringLiteral("INSERT INTO holidays (calendar, day, name, origin, replaces, "
                               "changed_at, changed_by) VALUES (?, ?, ?, 'confirmed', ?, ?, ?)"),
                {code, Sql::date(to), name, Sql::date(from), Sql::timestamp(m_clock.nowUtc()), actor.name});
            !status.ok()) {
            return status;
        }
        return days;
    });
}

Status DeadlinePolicy::removeHoliday(const User& actor, const QString& code, const QDate& date,
                                       const QString& name)
{
    return changeCalendar(
               actor, code,
               [&](const StoredCalendar&) -> Result<int> {
                   Result<QSqlQuery> removed = Sql::exec(
                       m_database.connection(),
                       QStringLiteral("DELETE FROM holidays WHERE calendar = ? AND day = ? AND name = ?"),
                       {code, Sql::date(date), name});
                   if (!removed) {
                       return removed.error();
                   }
                   if (removed->numRowsAffected() == 0) {
                       return Error::notFound(
                           tr("The calendar %1 keeps no holiday “%2” on %3: holidays Masar computes "
                              "are moved by confirming them.")
                               .arg(code, name, QLocale().toString(date, QLocale::LongFormat)));
                   }
                   return 1;
               })
        .status();
}

} // namespace Masar
