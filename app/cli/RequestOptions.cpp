#include "RequestOptions.h"

#include "core/Clock.h"
#include "services/RequestFilterFields.h"

namespace Masar::Cli {

void RequestOptions::addFilterOptions(QCommandLineParser& parser)
{
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        QCommandLineOption option(QLatin1String(row.option), RequestFilterFields::help(row.field));
        if (row.valueName) {
            option.setValueName(QLatin1String(row.valueName));
        }
        parser.addOption(option);
    }
}

Result<RequestFilter> RequestOptions::filter(const QCommandLineParser& parser)
{
    using Kind = RequestFilterFieldInfo::Kind;
    RequestFilter filter;
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        const QString name = QLatin1String(row.option);
        if (!parser.isSet(name)) {
            continue;
        }
        QVariant value = row.kind == Kind::Flag ? QVariant(true) : QVariant(parser.value(name));
        if (row.kind == Kind::CodeSet) {
            QStringList codes;
            for (const QString& part : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                // "--state open": every state but closed, as --open-only.
                if (row.field == RequestFilterField::States && part.trimmed() == QLatin1String("open")) {
                    filter.openOnly = true;
                } else {
                    codes << part;
                }
            }
            value = codes;
        }
        if (Status read = RequestFilterFields::setValue(&filter, row.field, value); !read.ok()) {
            //: An option of a filter, then what is wrong with its value.
            return Error::invalid(tr("--%1: %2").arg(name, read.message()));
        }
    }
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
    if ((overdue || within) && filter->hasDeadlineRange()) {
        return Error::invalid(
            tr("--%1 cannot be used with --%2 or --%3.")
                .arg(overdue ? QStringLiteral("overdue") : QStringLiteral("due-within"),
                     QLatin1String(RequestFilterFields::info(RequestFilterField::DeadlineFrom).option),
                     QLatin1String(RequestFilterFields::info(RequestFilterField::DeadlineUntil).option)));
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
