#pragma once

#include "RequestFilter.h"
#include "domain/Codes.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace Masar {

// A number of the dashboard and the requests behind it: the list of
// `filter` holds exactly the `count` requests counted.
struct DashboardCount
{
    int count = 0;
    RequestFilter filter;
};

// What a supervisor watches across the register (Dashboard), as of a day.
// Every figure is over open requests (any state but closed) unless it says
// otherwise; each count carries the filter of its requests.
struct DashboardFigures
{
    QDate today;
    int atRiskDays = 0; // "due soon": next deadline from today to today + atRiskDays

    // All open requests, and those of each direction.
    DashboardCount open;
    DashboardCount openIncoming;
    DashboardCount openOutgoing;

    // Open requests in each open state of both directions, in workflow order
    // (incoming states first), states with none included.
    struct StateCount
    {
        Direction direction = Direction::Incoming;
        State state = State::Received;
        DashboardCount requests;
    };
    std::vector<StateCount> openByState;

    // Overdue (next deadline before today) and due soon, for one assignee
    // or one partner country, or for all of them.
    struct DeadlineCounts
    {
        QString key; // a user name ("" for requests assigned to nobody) or a country code
        QString name; // a user as shown (User::shownName); empty for countries and nobody
        DashboardCount overdue;
        DashboardCount dueSoon;
    };
    // Those with a request overdue or due soon, most overdue first, then most
    // due soon, then by key.
    std::vector<DeadlineCounts> byAssignee;
    // The partner country: the requesting state of an incoming request, the
    // requested state of an outgoing one.
    std::vector<DeadlineCounts> byPartner;
    DeadlineCounts allDeadlines; // every open request overdue or due soon

    // How long open requests have been open: since the day received for an
    // incoming request, since the day sent for an outgoing one.
    enum class Age {
        UpTo30Days, // 0 to 30 days (and dates after today)
        UpTo90Days, // 31 to 90
        UpTo180Days, // 91 to 180
        Over180Days, // 181 and more
        NotSent // outgoing requests not sent yet
    };
    struct AgeCounts
    {
        Age age = Age::UpTo30Days;
        DashboardCount incoming; // none for NotSent
        DashboardCount outgoing;
        DashboardCount both;
    };
    std::vector<AgeCounts> ageing; // one per Age, in order

    // Closed requests whose results were sent (incoming: from the day
    // received to the first "send results") or received (outgoing: from the
    // day sent to the first "record results received"), by partner country:
    // how many, and the median of their days.
    struct Turnaround
    {
        Direction direction = Direction::Incoming;
        QString country;
        DashboardCount requests;
        std::optional<double> medianDays; // none when no request has both days
    };
    std::vector<Turnaround> turnaround; // incoming first, then by country code

    // The first and last days of an age band (either may be null: open ended).
    static QDate ageFrom(Age age, const QDate& today);
    static QDate ageUntil(Age age, const QDate& today);
    // Age bands as stable keys: "0-30", "31-90", "91-180", "181+", "not_sent".
    static QString ageKey(Age age);
    static std::vector<Age> ages();
};

} // namespace Masar
