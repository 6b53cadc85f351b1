#include "Commands.h"
#include "SettingsCommandSupport.h"
#include "core/Iso8601.h"
#include "deadlines/HolidayFile.h"
#include "domain/Codes.h"
#include "io/TextTable.h"
#include "services/CalendarOverview.h"
#include "services/RecomputeReport.h"
#include "services/DeadlinePolicy.h"

#include <QLocale>

namespace Masar::Cli {

namespace {

class CalendarCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::CalendarCommands)

public:
    static void calendarOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("year"),
                          tr("calendar show: the year of the holidays (default: this year)."),
                          QStringLiteral("YYYY")});
        parser.addOption({QStringLiteral("country"),
                          tr("calendar add: the country of the authority's calendar."),
                          QStringLiteral("CC")});
        parser.addOption({QStringLiteral("authority"),
                          tr("calendar add: the authority's name, as requests name it (a part is enough)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("from"),
                          tr("calendar weekend: the first day of the new weekend (default: always)."),
                          QStringLiteral("YYYY-MM-DD")});
    }

    static int calendar(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        const QString action = arguments.value(0);
        const QStringList rest = arguments.mid(1);
        if (action == QLatin1String("list") && rest.isEmpty()) {
            return SettingsCommandSupport::onlyOptions(context, parser, {}) ? list(context) : UsageError;
        }
        if (action == QLatin1String("show") && rest.size() == 1) {
            return SettingsCommandSupport::onlyOptions(context, parser, {QStringLiteral("year")})
                ? show(context, parser, rest.at(0))
                : UsageError;
        }
        if (action == QLatin1String("add") && rest.size() == 1) {
            return SettingsCommandSupport::onlyOptions(
                       context, parser, {QStringLiteral("country"), QStringLiteral("authority")})
                ? add(context, parser, rest.at(0))
                : UsageError;
        }
        if (action == QLatin1String("weekend") && rest.size() == 2) {
            return SettingsCommandSupport::onlyOptions(context, parser, {QStringLiteral("from")})
                ? weekend(context, parser, rest)
                : UsageError;
        }
        if (action == QLatin1String("holiday") && rest.size() == 4
            && (rest.at(0) == QLatin1String("add") || rest.at(0) == QLatin1String("remove"))) {
            return SettingsCommandSupport::onlyOptions(context, parser, {}) ? holiday(context, rest)
                                                                            : UsageError;
        }
        if (action == QLatin1String("confirm") && rest.size() == 4) {
            return SettingsCommandSupport::onlyOptions(context, parser, {}) ? confirm(context, rest)
                                                                            : UsageError;
        }
        if (action == QLatin1String("import") && rest.size() == 2) {
            return SettingsCommandSupport::onlyOptions(context, parser, {}) ? importFile(context, rest)
                                                                            : UsageError;
        }
        return context.usage(
            tr("Use “calendar list”, “calendar show CODE [--year YYYY]”, “calendar add CODE --country CC "
               "--authority NAME”, “calendar weekend CODE DAYS [--from DATE]”, “calendar holiday add|remove "
               "CODE DATE NAME”, “calendar confirm CODE NAME COMPUTED ANNOUNCED” or “calendar import CODE "
               "FILE.ics”."));
    }

private:
    static int list(CliContext& context)
    {
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<std::vector<CalendarSummary>> calendars = CalendarOverview(**context.database()).calendars();
        if (!calendars) {
            return context.fail(calendars.error());
        }
        TextTable table({tr("code"), tr("country"), tr("authority"), tr("weekend rules"), tr("holidays")});
        for (const CalendarSummary& c : *calendars) {
            table.addRow({c.code, Codes::countryName(c.country), c.authority,
                          QLocale().toString(c.weekendRules), QLocale().toString(c.holidays)});
        }
        context.out << table.toString();
        return Done;
    }

    static int show(CliContext& context, const QCommandLineParser& parser, const QString& code)
    {
        int year = context.clock().today().year();
        if (parser.isSet(QStringLiteral("year"))) {
            bool ok = false;
            year = parser.value(QStringLiteral("year")).toInt(&ok);
            if (!ok || year < CalendarSet::firstYear || year > CalendarSet::lastYear) {
                return context.usage(tr("--year takes a year from %1 to %2, not “%3”.")
                                         .arg(CalendarSet::firstYear)
                                         .arg(CalendarSet::lastYear)
                                         .arg(parser.value(QStringLiteral("year"))));
            }
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<CalendarDetail> detail = CalendarOverview(**context.database()).detail(code);
        if (!detail) {
            return context.fail(detail.error());
        }
        const CalendarSummary& summary = detail->summary;
        context.out << (summary.authority.isEmpty()
                            ? tr("Calendar %1: %2").arg(summary.code, Codes::countryName(summary.country))
                            //: %1 the calendar's code, %2 the country, %3 the authority.
                            : tr("Calendar %1: %2, %3")
                                  .arg(summary.code, Codes::countryName(summary.country), summary.authority))
                    << Qt::endl
                    << Qt::endl;
        context.out << (summary.weekendRules > 0 ? tr("Weekend (set by an administrator):")
                                                 : tr("Weekend (Masar's default, from the locale data):"))
                    << Qt::endl;
        TextTable weekends({tr("from"), tr("until"), tr("days")});
        const QString open = QStringLiteral("-");
        for (const WeekendRule& rule : detail->calendar.weekendRules()) {
            weekends.addRow({rule.from.isValid() ? Iso8601::formatDate(rule.from) : open,
                             rule.until.isValid() ? Iso8601::formatDate(rule.until) : open,
                             CalendarOverview::daysText(rule.days)});
        }
        context.out << weekends.toString() << Qt::endl;
        context.out << tr("Holidays in %1:").arg(year) << Qt::endl;
        TextTable holidays({tr("date"), tr("day"), tr("name"), tr("status")});
        for (const ListedHoliday& listed : detail->holidaysIn(year)) {
            holidays.addRow({Iso8601::formatDate(listed.holiday.date),
                             QLocale().dayName(listed.holiday.date.dayOfWeek(), QLocale::ShortFormat),
                             listed.holiday.shownName(), ListedHoliday::originLabel(listed.origin)});
        }
        context.out << holidays.toString();
        return Done;
    }

    static int add(CliContext& context, const QCommandLineParser& parser, const QString& given)
    {
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("calendar add"))) {
            return UsageError;
        }
        if (!parser.isSet(QStringLiteral("country")) || !parser.isSet(QStringLiteral("authority"))) {
            return context.usage(tr("calendar add needs --country CC and --authority NAME."));
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString code = CalendarOverview::normalizedCode(given);
        const QString country = parser.value(QStringLiteral("country")).trimmed().toUpper();
        const QString authority = parser.value(QStringLiteral("authority")).trimmed();
        const Status added = DeadlinePolicy(**context.database(), context.clock())
                                 .addCalendar(*actor, code, country, authority);
        if (!added.ok()) {
            return context.fail(added);
        }
        //: %1 the new calendar's code, %2 the authority, %3 the country.
        context.out << tr("Calendar %1 added for %2 (%3): it counts for the requests whose authority's name "
                          "contains “%2”.")
                           .arg(code, authority, Codes::countryName(country))
                    << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }

    // "fri,sat", "5,6", "friday,saturday": the days of the week, Monday 1.
    static Result<QList<Qt::DayOfWeek>> parseDays(const QString& text)
    {
        static const char* const names[]
            = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        QList<Qt::DayOfWeek> days;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString word = part.trimmed().toLower();
            bool number = false;
            int day = word.toInt(&number);
            if (!number) {
                day = 0;
                for (int i = 0; i < 7; ++i) {
                    const QString name = QLatin1String(names[i]);
                    if (word.size() >= 3 && name.startsWith(word)) {
                        day = i + 1;
                    }
                }
            }
            if (day < 1 || day > 7) {
                return Error::invalid(tr("DAYS are days of the week separated by commas, “fri,sat” or “5,6” "
                                         "(Monday is 1), not “%1”.")
                                          .arg(text));
            }
            if (!days.contains(Qt::DayOfWeek(day))) {
                days << Qt::DayOfWeek(day);
            }
        }
        if (days.isEmpty()) {
            return Error::invalid(tr("DAYS are days of the week separated by commas, “fri,sat” or “5,6” "
                                     "(Monday is 1), not “%1”.")
                                      .arg(text));
        }
        return days;
    }

    static int weekend(CliContext& context, const QCommandLineParser& parser, const QStringList& arguments)
    {
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("calendar weekend"))) {
            return UsageError;
        }
        Result<QList<Qt::DayOfWeek>> days = parseDays(arguments.at(1));
        if (!days) {
            return context.usage(days.error().message());
        }
        QDate from;
        if (parser.isSet(QStringLiteral("from"))) {
            Result<QDate> given = SettingsCommandSupport::date(parser.value(QStringLiteral("from")),
                                                               QStringLiteral("--from"));
            if (!given) {
                return context.usage(given.error().message());
            }
            from = *given;
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString code = CalendarOverview::normalizedCode(arguments.at(0));
        const Status set
            = DeadlinePolicy(**context.database(), context.clock()).setWeekend(*actor, code, from, *days);
        if (!set.ok()) {
            return context.fail(set);
        }
        context.out
            << (from.isValid()
                    //: %1 the calendar, %2 the days ("Friday and Saturday"), %3 a date.
                    ? tr("Calendar %1: the weekend is %2 from %3 on.")
                          .arg(code, CalendarOverview::daysText(*days), Iso8601::formatDate(from))
                    : tr("Calendar %1: the weekend is %2.").arg(code, CalendarOverview::daysText(*days)))
            << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }

    static int holiday(CliContext& context, const QStringList& arguments)
    {
        const bool adding = arguments.at(0) == QLatin1String("add");
        if (SettingsCommandSupport::refuseAsOf(context,
                                               adding ? QStringLiteral("calendar holiday add")
                                                      : QStringLiteral("calendar holiday remove"))) {
            return UsageError;
        }
        Result<QDate> day = SettingsCommandSupport::date(arguments.at(2), QStringLiteral("DATE"));
        if (!day) {
            return context.usage(day.error().message());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString code = CalendarOverview::normalizedCode(arguments.at(1));
        const QString name = arguments.at(3).trimmed();
        DeadlinePolicy settings(**context.database(), context.clock());
        const Status done = adding ? settings.addHoliday(*actor, code, *day, name)
                                   : settings.removeHoliday(*actor, code, *day, name);
        if (!done.ok()) {
            return context.fail(done);
        }
        //: %1 the holiday's name, %2 its date, %3 the calendar.
        context.out << (adding ? tr("Holiday “%1” on %2 added to calendar %3.")
                               : tr("Holiday “%1” on %2 removed from calendar %3."))
                           .arg(name, Iso8601::formatDate(*day), code)
                    << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }

    static int confirm(CliContext& context, const QStringList& arguments)
    {
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("calendar confirm"))) {
            return UsageError;
        }
        Result<QDate> computed = SettingsCommandSupport::date(arguments.at(2), QStringLiteral("COMPUTED"));
        if (!computed) {
            return context.usage(computed.error().message());
        }
        Result<QDate> announced = SettingsCommandSupport::date(arguments.at(3), QStringLiteral("ANNOUNCED"));
        if (!announced) {
            return context.usage(announced.error().message());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString code = CalendarOverview::normalizedCode(arguments.at(0));
        QString name = arguments.at(1).trimmed();
        // The name as Masar knows it (English), also when given as shown in the current language.
        Result<CalendarDetail> detail = CalendarOverview(**context.database()).detail(code);
        if (!detail) {
            return context.fail(detail.error());
        }
        if (const std::optional<Holiday> holiday = detail->provisionalAt(*computed, name)) {
            if (holiday->date != *computed) {
                return context.fail(
                    Error::invalid(tr("“%1” begins on %2: confirm it from its first day, which "
                                      "moves its other days with it.")
                                       .arg(holiday->shownName(), Iso8601::formatDate(holiday->date))));
            }
            name = holiday->name;
        }
        Result<int> confirmed = DeadlinePolicy(**context.database(), context.clock())
                                    .confirmHoliday(*actor, code, name, *computed, *announced);
        if (!confirmed) {
            return context.fail(confirmed.error());
        }
        const QString shown = Holiday {*announced, name, false, "Masar::IslamicHolidays"}.shownName();
        //: %1 the holiday, %2 the calendar, %3 the day announced, %4 the day computed.
        context.out << tr("“%1” confirmed in calendar %2 from %3 (computed: %4), %n day(s).", nullptr,
                          *confirmed)
                           .arg(shown, code, Iso8601::formatDate(*announced), Iso8601::formatDate(*computed))
                    << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }

    static int importFile(CliContext& context, const QStringList& arguments)
    {
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("calendar import"))) {
            return UsageError;
        }
        Result<std::vector<Holiday>> holidays = HolidayFile::read(arguments.at(1));
        if (!holidays) {
            return context.fail(holidays.error());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString code = CalendarOverview::normalizedCode(arguments.at(0));
        Result<int> added
            = DeadlinePolicy(**context.database(), context.clock()).importHolidays(*actor, code, *holidays);
        if (!added) {
            return context.fail(added.error());
        }
        //: %1 the calendar; the second sentence says how many of the file's days it had already.
        context.out << tr("%n holiday day(s) imported into calendar %1.", nullptr, *added).arg(code);
        if (*added < int(holidays->size())) {
            context.out << QLatin1Char(' ')
                        << tr("%n were there already.", nullptr, int(holidays->size()) - *added);
        }
        context.out << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }
};

} // namespace

std::vector<Command> calendarCommands()
{
    return {
        {"calendar",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Show the calendars deadlines count with; change weekends and holidays "
                           "(administrators only)."),
         "ACTION ...", false, &CalendarCommands::calendarOptions, &CalendarCommands::calendar},
    };
}

} // namespace Masar::Cli
