#include "RequestOptions.h"

#include "core/Clock.h"
#include "domain/Workflow.h"

namespace Masar::Cli {

void RequestOptions::addFilterOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("direction"),
                      tr("Only requests of this direction: incoming or outgoing."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("state"),
                      tr("Only requests in these states (comma-separated), or “open” for all but closed."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("country"),
                      tr("Only requests with this requesting or requested country."), QStringLiteral("CC")});
    parser.addOption(
        {QStringLiteral("assignee"), tr("Only requests assigned to this user."), QStringLiteral("U")});
}

Result<RequestFilter> RequestOptions::filter(const QCommandLineParser& parser)
{
    RequestFilter filter;
    if (parser.isSet(QStringLiteral("direction"))) {
        filter.direction = fromKey<Direction>(parser.value(QStringLiteral("direction")));
        if (!filter.direction) {
            return Error::invalid(tr("--direction takes incoming or outgoing, not “%1”.")
                                      .arg(parser.value(QStringLiteral("direction"))));
        }
    }
    if (parser.isSet(QStringLiteral("state"))) {
        for (const QString& part :
             parser.value(QStringLiteral("state")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString key = part.trimmed();
            if (key == QLatin1String("open")) {
                filter.openOnly = true;
            } else if (const std::optional<State> state = fromKey<State>(key)) {
                filter.states.push_back(*state);
            } else {
                return Error::invalid(tr("--state: “%1” is not a state (states: %2, or open).")
                                          .arg(key, codesOf<State>().keys().join(QLatin1String(", "))));
            }
        }
    }
    if (parser.isSet(QStringLiteral("country"))) {
        filter.country = parser.value(QStringLiteral("country")).trimmed().toUpper();
        if (!Codes::isCountry(filter.country)) {
            return Error::invalid(tr("--country: “%1” is not an ISO 3166-1 country code.")
                                      .arg(parser.value(QStringLiteral("country"))));
        }
    }
    filter.assignee = parser.value(QStringLiteral("assignee"));
    return filter;
}

void RequestOptions::addDeadlineOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("overdue"),
         tr("Only requests whose next deadline has passed (before today, or the --as-of date).")});
    parser.addOption(
        {QStringLiteral("due-within"),
         tr("Only requests whose next deadline falls from today to N days later (0: due today)."),
         QStringLiteral("N")});
}

Result<RequestFilter> RequestOptions::listFilter(const QCommandLineParser& parser, const Clock& clock)
{
    Result<RequestFilter> filter = RequestOptions::filter(parser);
    if (!filter) {
        return filter;
    }
    if (Status deadline = readDeadlineOptions(parser, clock, &*filter); !deadline.ok()) {
        return deadline;
    }
    return filter;
}

Status RequestOptions::readDeadlineOptions(const QCommandLineParser& parser, const Clock& clock,
                                           RequestFilter* filter)
{
    const bool overdue = parser.isSet(QStringLiteral("overdue"));
    const bool within = parser.isSet(QStringLiteral("due-within"));
    if (overdue && within) {
        return Error::invalid(tr("--overdue and --due-within cannot be used together."));
    }
    if (overdue) {
        filter->setOverdue(clock.today());
    } else if (within) {
        const QString value = parser.value(QStringLiteral("due-within"));
        bool ok = false;
        const int days = value.trimmed().toInt(&ok);
        // Up to a century ahead: a longer span is no deadline.
        if (!ok || days < 0 || days > 36500) {
            return Error::invalid(
                tr("--due-within takes a number of days from 0 to 36500, not “%1”.").arg(value));
        }
        filter->setDueWithin(days, clock.today());
    }
    return Status();
}

void RequestOptions::addFormatOption(QCommandLineParser& parser, const QStringList& allowed)
{
    parser.addOption(
        {QStringLiteral("format"),
         tr("Output format: %1 (default %2).").arg(allowed.join(QLatin1String(", ")), allowed.first()),
         QStringLiteral("FORMAT")});
}

Result<QString> RequestOptions::format(const QCommandLineParser& parser, const QStringList& allowed)
{
    if (!parser.isSet(QStringLiteral("format"))) {
        return allowed.first();
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!allowed.contains(format)) {
        return Error::invalid(
            tr("--format takes %1, not “%2”.").arg(allowed.join(QLatin1String(", ")), format));
    }
    return format;
}

} // namespace Masar::Cli
