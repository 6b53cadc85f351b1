#pragma once

#include "domain/Request.h"

#include <QCoreApplication>

namespace Masar::Cli {

// A request as masar-cli show prints it for people: fields, lists and history.
class RequestText
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::RequestText)

public:
    static QString show(const Request& request);
};

} // namespace Masar::Cli
