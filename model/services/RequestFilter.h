#pragma once

#include "domain/Codes.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Masar {

// Which requests a list, an export or a report covers. Empty parts match all.
struct RequestFilter
{
    std::optional<Direction> direction;
    std::vector<State> states; // any of these
    bool openOnly = false; // every state but closed
    QString country; // requesting or requested country
    QString assignee; // user name
    QString priority; // Codes::priorities()
    QString text; // quick find: words that references, authorities, summary or a person's name begin with
    // The next deadline falls from one day to another (either end may be
    // open): overdue is "until yesterday", due within 7 days "from today to
    // today + 7", with today from the clock. Requests with no deadline never match.
    QDate deadlineFrom;
    QDate deadlineUntil;

    // What the dashboard's numbers need to say exactly which requests they count.
    // The other state: the requesting country of an incoming request, the
    // requested country of an outgoing one (`country` matches either side).
    QString partnerCountry;
    bool unassigned = false; // assigned to nobody
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

    bool isEmpty() const
    {
        return !direction && states.empty() && !openOnly && country.isEmpty() && assignee.isEmpty()
            && priority.isEmpty() && text.trimmed().isEmpty() && !hasDeadlineRange()
            && partnerCountry.isEmpty() && !unassigned && !hasOpenedRange() && !notSent && !tookStep;
    }

    bool operator==(const RequestFilter& other) const
    {
        return direction == other.direction && states == other.states && openOnly == other.openOnly
            && country == other.country && assignee == other.assignee && priority == other.priority
            && text == other.text && deadlineFrom == other.deadlineFrom
            && deadlineUntil == other.deadlineUntil && partnerCountry == other.partnerCountry
            && unassigned == other.unassigned && openedFrom == other.openedFrom
            && openedUntil == other.openedUntil && notSent == other.notSent && tookStep == other.tookStep;
    }
    bool operator!=(const RequestFilter& other) const { return !(*this == other); }
};

} // namespace Masar
