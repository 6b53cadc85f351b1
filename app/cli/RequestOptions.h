#pragma once

#include "core/Result.h"
#include "services/RequestFilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Masar {
class Clock;
}

namespace Masar::Cli {

// The options of the commands that take a filter (list, export, report
// status): one for each condition of a filter, named by the filter's table
// (RequestFilterFields); and --overdue and --due-within N, which set the
// range of next deadlines as of the clock's today.
class RequestOptions
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::RequestOptions)

public:
    // An option for each condition of a filter.
    static void addFilterOptions(QCommandLineParser& parser);
    // The filter of those options, or a usage message when a value is not valid.
    static Result<RequestFilter> filter(const QCommandLineParser& parser);
    // --overdue and --due-within N: the range of next deadlines, as of the clock's today.
    static void addDeadlineOptions(QCommandLineParser& parser);
    // Sets the filter's range; a usage message when a value is not valid, or
    // when the filter has a range of next deadlines already.
    static Status readDeadlineOptions(const QCommandLineParser& parser, const Clock& clock,
                                      RequestFilter* filter);
    // The filter of both kinds of options (the command must offer both).
    static Result<RequestFilter> listFilter(const QCommandLineParser& parser, const Clock& clock);
    // --format among `allowed`, defaulting to the first.
    static void addFormatOption(QCommandLineParser& parser, const QStringList& allowed);
    static Result<QString> format(const QCommandLineParser& parser, const QStringList& allowed);
};

} // namespace Masar::Cli
