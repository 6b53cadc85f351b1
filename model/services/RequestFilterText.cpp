#include "RequestFilterText.h"

#include "core/LocaleText.h"
#include "domain/Workflow.h"

namespace Masar {

namespace {

// Either end of a range of days may be open.
QString range(const QDate& from, const QDate& until, const RequestFilterText::DateText& date,
              const QString& both, const QString& fromOnly, const QString& untilOnly, const QString& oneDay)
{
    if (from.isValid() && until.isValid()) {
        return from == until ? oneDay.arg(date(until)) : both.arg(date(from), date(until));
    }
    return from.isValid() ? fromOnly.arg(date(from)) : untilOnly.arg(date(until));
}

} // namespace

QStringList RequestFilterText::conditions(const RequestFilter& filter, const DateText& date)
{
    QStringList parts;
    if (filter.direction) {
        //: A condition of a list or report: incoming or outgoing requests.
        parts << tr("%1 requests").arg(labelOf(*filter.direction));
    }
    if (!filter.country.isEmpty()) {
        //: A condition of a list or report: the requesting or the requested state is this country.
        parts << tr("country: %1").arg(Codes::countryName(filter.country));
    }
    if (!filter.priority.isEmpty()) {
        parts << tr("priority: %1").arg(Codes::priorities().label(filter.priority));
    }
    if (!filter.text.trimmed().isEmpty()) {
        //: A condition of a list or report: the words of the quick find.
        parts << tr("matching “%1”").arg(LocaleText::isolated(filter.text.trimmed()));
    }
    return parts + extraConditions(filter, date);
}

QStringList RequestFilterText::extraConditions(const RequestFilter& filter, const DateText& date)
{
    QStringList parts;
    if (!filter.states.empty()) {
        //: A condition of the list: the request is in one of these states.
        // Any of these states: "in Received / Under review".
        QStringList states;
        for (State state : filter.states) {
            states << labelOf(state);
        }
        parts << tr("in %1").arg(states.join(QStringLiteral(" / ")));
    }
    if (filter.openOnly) {
        //: A condition of the list: the request is not closed.
        parts << tr("open");
    }
    if (!filter.assignee.isEmpty()) {
        parts << tr("assigned to %1").arg(LocaleText::isolated(filter.assignee));
    }
    if (filter.unassigned) {
        parts << tr("assigned to nobody");
    }
    if (!filter.partnerCountry.isEmpty()) {
        //: A condition of the list: the other state of the request (requesting or requested) is this country.
        parts << tr("partner: %1").arg(Codes::countryName(filter.partnerCountry));
    }
    if (filter.hasDeadlineRange()) {
        parts << range(filter.deadlineFrom, filter.deadlineUntil, date, tr("next deadline from %1 to %2"),
                       tr("next deadline on %1 or later"), tr("next deadline on %1 or earlier"),
                       tr("next deadline on %1"));
    }
    if (filter.hasOpenedRange()) {
        //: A condition of the list: the day the request was received (incoming) or sent (outgoing).
        parts << range(filter.openedFrom, filter.openedUntil, date, tr("received or sent from %1 to %2"),
                       tr("received or sent on %1 or later"), tr("received or sent on %1 or earlier"),
                       tr("received or sent on %1"));
    }
    if (filter.notSent) {
        parts << tr("not sent yet");
    }
    if (filter.tookStep) {
        //: A condition of the list: the request's history records this step.
        parts << tr("“%1” taken").arg(labelOf(*filter.tookStep));
    }
    return parts;
}

} // namespace Masar
