#pragma once

#include "deadlines/DeadlineEngine.h"
#include "domain/Request.h"

#include <QCoreApplication>

namespace Masar::Cli {

// A request as masar-cli show prints it for people: fields, lists and history.
class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::RequestText)

public:
    // With the next deadline the request faces, if any, and why that date.
    static QString show(const Request& request, const std::optional<RequestDeadline>& deadline);
};

} // namespace Masar::Cli
