#pragma once

#include "domain/Request.h"
#include "services/RequestFilter.h"

#include <QDate>

// A condition of each field of a filter, for the register of the dashboard's
// tests (fillDashboardRegister): each selects some of its requests and not
// others. Written field by field in a switch, so that a new field does not
// build until it has its sample and its meaning here.
namespace Masar::Test {

// A filter that holds only `field`, as of `today` (the test clock's).
RequestFilter sampleFilter(RequestFilterField field, const QDate& today);
// Whether a request meets that sample's condition: what the condition means,
// written here apart from its SQL. The request must be read with its history and persons.
bool meetsSample(RequestFilterField field, const Request& request, const QDate& today);

} // namespace Masar::Test
