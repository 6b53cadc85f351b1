#pragma once

#include "RequestFilter.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Masar {

// A filter in words, one condition a part: "incoming", "in Received or
// Under review", "assigned to nadia", "next deadline on 3 May 2026 or
// earlier". What a report prints on its first page and the list shows
// beside conditions its choices cannot show.
class RequestFilterText
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestFilterText)

public:
    using DateText = std::function<QString(const QDate&)>;

    // Every condition of the filter, in a fixed order; none for an empty filter.
    static QStringList conditions(const RequestFilter& filter, const DateText& date);
    // The conditions a filter has beyond direction, country, priority, state,
    // assignee and quick find: the ones the list's choices cannot show.
    static QStringList extraConditions(const RequestFilter& filter, const DateText& date);
};

} // namespace Masar
