#include "RequestFilterText.h"

#include "RequestFilterFields.h"
#include "core/LocaleText.h"
#include "domain/Workflow.h"

namespace Masar {

namespace {

using F = RequestFilterField;

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
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (filter.has(row.field)) {
            if (const QString part = condition(filter, row.field, date); !part.isEmpty()) {
                parts << part;
            }
        }
    }
    return parts;
}

QString RequestFilterText::condition(const RequestFilter& filter, RequestFilterField field,
                                     const DateText& date)
{
    switch (field) {
    case F::Direction:
        //: A condition of a list or report: incoming or outgoing requests.
        return tr("%1 requests").arg(labelOf(*filter.direction));
    case F::States: {
        //: A condition of the list: the request is in one of these states.
        // Any of these states: "in Received / Under review".
        QStringList states;
        for (State state : filter.states) {
            states << labelOf(state);
        }
        return tr("in %1").arg(states.join(QStringLiteral(" / ")));
    }
    case F::OpenOnly:
        //: A condition of the list: the request is not closed.
        return tr("open");
    case F::Country:
        //: A condition of a list or report: the requesting or the requested state is this country.
        return tr("country: %1").arg(Codes::countryName(filter.country));
    case F::PartnerCountry:
        //: A condition of the list: the other state of the request (requesting or requested) is this country.
        return tr("partner: %1").arg(Codes::countryName(filter.partnerCountry));
    case F::Assignee:
        return tr("assigned to %1").arg(LocaleText::isolated(filter.assignee));
    case F::Unassigned:
        return tr("assigned to nobody");
    case F::Priority:
        return tr("priority: %1").arg(Codes::priorities().label(filter.priority));
    case F::Find:
        //: A condition of a list or report: the words of the quick find.
        return tr("matching “%1”").arg(LocaleText::isolated(filter.text.trimmed()));
    case F::DeadlineFrom:
    case F::DeadlineUntil:
        if (field == F::DeadlineUntil && filter.deadlineFrom.isValid()) {
            return QString(); // worded with its start
        }
        return range(filter.deadlineFrom, filter.deadlineUntil, date, tr("next deadline from %1 to %2"),
                     tr("next deadline on %1 or later"), tr("next deadline on %1 or earlier"),
                     tr("next deadline on %1"));
    case F::OpenedFrom:
    case F::OpenedUntil:
        if (field == F::OpenedUntil && filter.openedFrom.isValid()) {
            return QString(); // worded with its start
        }
        //: A condition of the list: the day the request was received (incoming) or sent (outgoing).
        return range(filter.openedFrom, filter.openedUntil, date, tr("received or sent from %1 to %2"),
                     tr("received or sent on %1 or later"), tr("received or sent on %1 or earlier"),
                     tr("received or sent on %1"));
    case F::NotSent:
        return tr("not sent yet");
    case F::TookStep:
        //: A condition of the list: the request's history records this step.
        return tr("“%1” taken").arg(labelOf(*filter.tookStep));
    }
    return QString();
}

} // namespace Masar
