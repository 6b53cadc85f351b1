#pragma once

#include "core/Result.h"
#include "services/RequestFilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Masar {
class Clock;
}

namespace Masar::Cli {

// The list filters shared by list and export: --direction, --state, --country, --assignee;
// and list's --overdue and --due-within N.
class RequestOptions
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::RequestOptions)

public:
    static void addFilterOptions(QCommandLineParser& parser);
    // The filter, or a usage message when a value is not valid.
    static Result<RequestFilter> filter(const QCommandLineParser& parser);
    // --overdue and --due-within N: the range of next deadlines, as of the clock's today.
    static void addDeadlineOptions(QCommandLineParser& parser);
    // Sets the filter's range; a usage message when a value is not valid.
    static Status readDeadlineOptions(const QCommandLineParser& parser, const Clock& clock,
                                      RequestFilter* filter);
    // The filter of list and report status: the filter options and the deadline ones.
    static Result<RequestFilter> listFilter(const QCommandLineParser& parser, const Clock& clock);
    // --format among `allowed`, defaulting to the first.
    static void addFormatOption(QCommandLineParser& parser, const QStringList& allowed);
    static Result<QString> format(const QCommandLineParser& parser, const QStringList& allowed);
};

} // namespace Masar::Cli
