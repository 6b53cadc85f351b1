#include "FilterSamples.h"

#include <QRegularExpression>

#include <algorithm>

namespace Masar::Test {

namespace {

using F = RequestFilterField;

const QString country = QStringLiteral("TN");
const QString holder = QStringLiteral("officer2");
const QString word = QStringLiteral("Valen"); // the beginning of "Valence", in the incoming requests' summary

QDate opened(const Request& r)
{
    return r.direction == Direction::Incoming ? r.receivedOn : r.sentOn;
}

// Whether a word of the request's references, authorities, summary or persons begins with `prefix`.
bool hasWordBeginning(const Request& r, const QString& prefix)
{
    QStringList texts {r.reference,          r.foreignReference,   r.requestingAuthority,
                       r.requestedAuthority, r.executingAuthority, r.summary};
    for (const Person& person : r.persons) {
        texts << person.name;
    }
    static const QRegularExpression separator(QStringLiteral("[^\\p{L}\\p{N}]+"));
    for (const QString& text : texts) {
        for (const QString& w : text.split(separator, Qt::SkipEmptyParts)) {
            if (w.startsWith(prefix, Qt::CaseInsensitive)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

RequestFilter sampleFilter(RequestFilterField field, const QDate& today)
{
    RequestFilter f;
    switch (field) {
    case F::Direction:
        f.direction = Direction::Outgoing;
        break;
    case F::States:
        f.states = {State::Received, State::Closed};
        break;
    case F::OpenOnly:
        f.openOnly = true;
        break;
    case F::Country:
        f.country = country;
        break;
    case F::PartnerCountry:
        f.partnerCountry = country;
        break;
    case F::Assignee:
        f.assignee = holder;
        break;
    case F::Unassigned:
        f.unassigned = true;
        break;
    case F::Priority:
        f.priority = QStringLiteral("urgent");
        break;
    case F::Find:
        f.text = word;
        break;
    case F::DeadlineFrom:
        f.deadlineFrom = today;
        break;
    case F::DeadlineUntil:
        f.deadlineUntil = today.addDays(-1);
        break;
    case F::OpenedFrom:
        f.openedFrom = today.addDays(-90);
        break;
    case F::OpenedUntil:
        f.openedUntil = today.addDays(-91);
        break;
    case F::NotSent:
        f.notSent = true;
        break;
    case F::TookStep:
        f.tookStep = Step::SendResults;
        break;
    }
    return f;
}

bool meetsSample(RequestFilterField field, const Request& r, const QDate& today)
{
    switch (field) {
    case F::Direction:
        return r.direction == Direction::Outgoing;
    case F::States:
        return r.state == State::Received || r.state == State::Closed;
    case F::OpenOnly:
        return r.state != State::Closed;
    case F::Country:
        return r.requestingCountry == country || r.requestedCountry == country;
    case F::PartnerCountry:
        return (r.direction == Direction::Incoming ? r.requestingCountry : r.requestedCountry) == country;
    case F::Assignee:
        return r.assignee == holder;
    case F::Unassigned:
        return r.assignee.isEmpty();
    case F::Priority:
        return r.priority == QLatin1String("urgent");
    case F::Find:
        return hasWordBeginning(r, word);
    case F::DeadlineFrom:
        return r.nextDeadline.isValid() && r.nextDeadline >= today;
    case F::DeadlineUntil:
        return r.nextDeadline.isValid() && r.nextDeadline < today;
    case F::OpenedFrom:
        return opened(r).isValid() && opened(r) >= today.addDays(-90);
    case F::OpenedUntil:
        return opened(r).isValid() && opened(r) <= today.addDays(-91);
    case F::NotSent:
        return r.direction == Direction::Outgoing && !r.sentOn.isValid();
    case F::TookStep:
        return std::any_of(r.history.begin(), r.history.end(),
                           [](const HistoryEntry& e) { return e.step == Step::SendResults; });
    }
    return false;
}

} // namespace Masar::Test
