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

    // Every condition of the filter, in the order of RequestFilterField (a
    // range of days is one condition); none for an empty filter.
    static QStringList conditions(const RequestFilter& filter, const DateText& date);

private:
    // The words of one condition the filter holds; empty for the second end
    // of a range, worded with the first.
    static QString condition(const RequestFilter& filter, RequestFilterField field, const DateText& date);
};

} // namespace Masar
