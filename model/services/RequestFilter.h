#pragma once

#include "domain/Codes.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Masar {

// The conditions a filter holds, one for each member of RequestFilter below,
// in the order they are worded, written and offered. What each is called and
// how it is written (settings, the dashboard's JSON, masar-cli's options) is
// RequestFilterFields. A new condition is a new value here and a member
// below; every place that handles conditions one by one does it in a switch
// without default, so that the build (-Wswitch, warnings are errors) names
// each one that does not handle it yet, and tst_requestfilter fails until
// it is selected, worded, saved, written and offered.
enum class RequestFilterField {
    Direction,
    States,
    OpenOnly,
    Country,
    PartnerCountry,
    Assignee,
    Unassigned,
    Priority,
    Find,
    DeadlineFrom,
    DeadlineUntil,
    OpenedFrom,
    OpenedUntil,
    NotSent,
    TookStep
};

// Which requests a list, an export or a report covers. Empty parts match all.
struct RequestFilter
{
    std::optional<Direction> direction;
    std::vector<State> states; // any of these
    bool openOnly = false; // every state but closed
    QString country; // requesting or requested country
    // The other state: the requesting country of an incoming request, the
    // requested country of an outgoing one (`country` matches either side).
    QString partnerCountry;
    QString assignee; // user name
    bool unassigned = false; // assigned to nobody
    QString priority; // Codes::priorities()
    QString text; // quick find: words that references, authorities, summary or a person's name begin with
    // The next deadline falls from one day to another (either end may be
    // open): overdue is "until yesterday", due within 7 days "from today to
    // today + 7", with today from the clock. Requests with no deadline never match.
    QDate deadlineFrom;
    QDate deadlineUntil;
    // The day the request was opened, received (incoming) or sent (outgoing),
    // falls from one day to another (either end may be open). Requests not
    // sent yet never match.
    QDate openedFrom;
    QDate openedUntil;
    bool notSent = false; // outgoing requests with no date sent yet
    std::optional<Step> tookStep; // the history records this step

    bool hasDeadlineRange() const { return deadlineFrom.isValid() || deadlineUntil.isValid(); }
    bool hasOpenedRange() const { return openedFrom.isValid() || openedUntil.isValid(); }
    // Overdue on `today`: due before it (a deadline due today is not overdue yet).
    void setOverdue(const QDate& today)
    {
        deadlineFrom = QDate();
        deadlineUntil = today.addDays(-1);
    }
    // Due from `today` to `days` days later, both included (0: due today).
    void setDueWithin(int days, const QDate& today)
    {
        deadlineFrom = today;
        deadlineUntil = today.addDays(days);
    }

    // Whether the filter holds this condition (quick find: words, not only spaces).
    bool has(RequestFilterField field) const;
    // Takes the condition away: the field as in an empty filter.
    void clear(RequestFilterField field);
    // No condition: every request matches.
    bool isEmpty() const;
    // The same conditions, field by field (RequestFilterFields::value).
    bool operator==(const RequestFilter& other) const;
    bool operator!=(const RequestFilter& other) const { return !(*this == other); }
};

} // namespace Masar
