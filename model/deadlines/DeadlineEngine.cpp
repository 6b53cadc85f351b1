#include "DeadlineEngine.h"

#include "core/Iso8601.h"
#include "domain/Workflow.h"

#include <QLocale>

namespace Masar {

namespace {

// The office's date of a step.
QDate dayOf(const HistoryEntry& entry)
{
    return entry.at.toLocalTime().date();
}

// The last entry of one of these steps, or nullptr.
const HistoryEntry* last(const Request& request, std::initializer_list<Step> steps)
{
    for (auto it = request.history.rbegin(); it != request.history.rend(); ++it) {
        if (std::find(steps.begin(), steps.end(), it->step) != steps.end()) {
            return &*it;
        }
    }
    return nullptr;
}

// The kind of deadline of the stage a state belongs to, if it has one.
std::optional<DeadlineKind> stageOf(State state)
{
    switch (state) {
    case State::Received:
        return DeadlineKind::Acknowledgement;
    case State::Registered:
    case State::UnderReview:
    case State::Consultation:
        return DeadlineKind::Decision;
    case State::AwaitingInformation:
    case State::InformationRequested:
        return DeadlineKind::ReplyBy;
    case State::Postponed:
        return DeadlineKind::Review;
    case State::Accepted:
    case State::InExecution:
    case State::PartiallyExecuted:
    case State::Executed:
        return DeadlineKind::Execution;
    case State::Sent:
        return DeadlineKind::Chase;
    case State::Acknowledged:
    case State::InExecutionAbroad:
    case State::PostponedAbroad:
    case State::PartialResultsReceived:
        return DeadlineKind::FollowUp;
    default:
        return std::nullopt;
    }
}

// The extensions of the current stage's deadline: those taken in a state of
// that stage since the request entered it (coming back from a pause, such as
// awaiting information, does not start the stage again). Matched by their
// place in the history, not by dates: two steps may fall on one day.
std::vector<const HistoryEntry*> extensionsOf(const Request& request, DeadlineKind kind)
{
    std::size_t begin = 0;
    for (std::size_t i = request.history.size(); i-- > 0;) {
        const HistoryEntry& entry = request.history[i];
        const std::optional<DeadlineKind> to = stageOf(entry.to);
        const std::optional<DeadlineKind> from = entry.from ? stageOf(*entry.from) : std::nullopt;
        const bool fromPause = from == DeadlineKind::ReplyBy || from == DeadlineKind::Review;
        if (to == kind && from != kind && !fromPause) {
            begin = i;
            break;
        }
    }
    std::vector<const HistoryEntry*> result;
    for (std::size_t i = begin; i < request.history.size(); ++i) {
        const HistoryEntry& entry = request.history[i];
        if (entry.step == Step::ExtendDeadline && stageOf(entry.to) == kind) {
            result.push_back(&entry);
        }
    }
    return result;
}

} // namespace

DeadlineEngine::DeadlineEngine(DeadlineRules rules, CalendarFor calendarFor)
    : m_rules(std::move(rules))
    , m_calendarFor(std::move(calendarFor))
{
}

std::optional<RequestDeadline> DeadlineEngine::fromRule(const Request& request, DeadlineKind kind,
                                                        const QDate& start, bool withPauses,
                                                        bool withRequestedDate) const
{
    const DeadlineRule* rule = m_rules.find(kind, request.legalBasis);
    if (!rule || !start.isValid()) {
        return std::nullopt;
    }
    DeadlineInput input;
    input.start = start;
    input.period = rule->period;
    input.rule = rule->source();
    input.urgent = request.priority == QLatin1String("urgent");
    if (withRequestedDate) {
        input.requestedBy = request.requestedBy;
    }
    if (withPauses) {
        // The spans the clock stood still since the stage began, as the
        // workflow table's clock column says.
        std::optional<QDate> pausedSince;
        for (const HistoryEntry& entry : request.history) {
            const Transition* row = Workflow::find(request.direction, entry.step);
            if (!row || dayOf(entry) < start) {
                continue;
            }
            if (row->clock == ClockEffect::Pause && !pausedSince) {
                pausedSince = dayOf(entry);
            } else if (row->clock == ClockEffect::Resume && pausedSince) {
                input.pauses.push_back({*pausedSince, dayOf(entry)});
                pausedSince.reset();
            }
        }
    }
    // The state doing the work is ours: the requested state of an incoming
    // request, the requesting state of an outgoing one; and our authority
    // doing it, whose own calendar may count (Libya's two governments).
    const bool incoming = request.direction == Direction::Incoming;
    const QString ours = incoming ? request.requestedCountry : request.requestingCountry;
    const QString authority = incoming
        ? (request.executingAuthority.isEmpty() ? request.requestedAuthority : request.executingAuthority)
        : request.requestingAuthority;
    RequestDeadline result;
    result.kind = kind;
    result.computed = DeadlineCalculator::compute(input, m_calendarFor(ours, authority));
    result.due = result.computed->due;
    return result;
}

std::optional<RequestDeadline> DeadlineEngine::next(const Request& request) const
{
    std::optional<RequestDeadline> result;
    const auto given = [](DeadlineKind kind, const HistoryEntry& entry, const QDate& date) {
        RequestDeadline deadline;
        deadline.kind = kind;
        deadline.due = date;
        deadline.givenBy = entry;
        return deadline;
    };
    const HistoryEntry* accepted = last(request, {Step::Accept});
    switch (request.state) {
    case State::Received:
        result = fromRule(request, DeadlineKind::Acknowledgement, request.receivedOn, false, false);
        break;
    case State::Registered:
    case State::UnderReview:
    case State::Consultation:
        result = fromRule(request, DeadlineKind::Decision, request.receivedOn, true, false);
        break;
    case State::AwaitingInformation:
    case State::InformationRequested:
        if (const HistoryEntry* asked
            = last(request, {Step::RequestInformation, Step::ReceiveInformationRequest})) {
            const QDate replyBy = asked->date(StepField::ReplyBy);
            result = replyBy.isValid()
                ? given(DeadlineKind::ReplyBy, *asked, replyBy)
                : fromRule(request, DeadlineKind::ReplyBy, dayOf(*asked), false, false);
        }
        break;
    case State::Postponed:
        if (const HistoryEntry* postponed = last(request, {Step::Postpone})) {
            const QDate review = postponed->date(StepField::ReviewDate);
            if (review.isValid()) {
                result = given(DeadlineKind::Review, *postponed, review);
            }
        }
        break;
    case State::Accepted:
    case State::InExecution:
    case State::PartiallyExecuted:
    case State::Executed:
        result = fromRule(request, DeadlineKind::Execution, accepted ? dayOf(*accepted) : request.receivedOn,
                          true, true);
        break;
    case State::Sent: {
        const HistoryEntry* sent = last(request, {Step::Send});
        result = fromRule(request, DeadlineKind::Chase,
                          request.sentOn.isValid() ? request.sentOn
                              : sent               ? dayOf(*sent)
                                                   : QDate(),
                          false, false);
        break;
    }
    case State::Acknowledged:
    case State::InExecutionAbroad:
    case State::PostponedAbroad:
    case State::PartialResultsReceived:
        // Asked again some time after the last news.
        if (!request.history.empty()) {
            result = fromRule(request, DeadlineKind::FollowUp, dayOf(request.history.back()), false, false);
        }
        break;
    default: // drafts, results sent or forwarded, closed: nothing to wait for
        break;
    }
    if (!result) {
        return std::nullopt;
    }
    // A supervisor's extension of this stage's deadline replaces the date.
    const std::vector<const HistoryEntry*> extensions = extensionsOf(request, result->kind);
    if (!extensions.empty()) {
        const HistoryEntry* extended = extensions.back();
        const QDate to = extended->date(StepField::NewDeadline);
        if (to.isValid()) {
            const DeadlineKind kind = result->kind;
            RequestDeadline extension = given(kind, *extended, to);
            extension.computed = result->computed; // what it replaced, to show
            result = extension;
        }
    }
    return result;
}

Status DeadlineEngine::checkExtension(const Request& request, const QDate& to) const
{
    const std::optional<RequestDeadline> current = next(request);
    if (!current) {
        return Error::notAllowed(
            tr("Request %1 has no deadline in its state “%2”; there is nothing to extend.")
                .arg(request.reference, labelOf(request.state)));
    }
    if (to <= current->due) {
        return Error::invalid(tr("The new deadline must be later than the current one, %1.")
                                  .arg(QLocale().toString(current->due, QLocale::LongFormat)));
    }
    if (current->kind == DeadlineKind::Decision && request.legalBasis.contains(QLatin1String("eio"))) {
        const std::vector<const HistoryEntry*> earlier = extensionsOf(request, DeadlineKind::Decision);
        if (!earlier.empty()) {
            return Error::notAllowed(
                tr("The EIO allows the decision deadline to be extended once; it was on %1.")
                    .arg(QLocale().toString(dayOf(*earlier.front()), QLocale::LongFormat)));
        }
        const QDate byRule = current->computed ? current->computed->due : current->due;
        const QDate latest = byRule.addDays(30);
        if (to > latest) {
            return Error::invalid(
                tr("The EIO allows at most 30 days more for the decision: %1 at the latest.")
                    .arg(QLocale().toString(latest, QLocale::LongFormat)));
        }
    }
    return Status();
}

QStringList DeadlineEngine::explain(const RequestDeadline& deadline,
                                    const std::function<QString(const QDate&)>& formatDate)
{
    QStringList lines;
    //: %1 is the kind of deadline ("decision", "execution").
    lines << tr("Deadline for the %1.").arg(DeadlineRules::label(deadline.kind));
    if (deadline.computed) {
        QStringList computed = DeadlineCalculator::explain(*deadline.computed, formatDate);
        if (deadline.givenBy) {
            // Replaced by a date a step gave: what the rule gave, then why it changed.
            computed.removeLast();
            computed << tr("By the rule: %1.").arg(formatDate(deadline.computed->due));
        }
        lines << computed;
    }
    if (deadline.givenBy) {
        const HistoryEntry& entry = *deadline.givenBy;
        //: %1 a date, %2 the step ("Extend deadline"), %3 the user, %4 the date of the step.
        QString line = tr("Date %1 set by the step “%2” of %3 on %4")
                           .arg(formatDate(deadline.due), labelOf(entry.step), entry.actor,
                                formatDate(entry.at.toLocalTime().date()));
        if (!entry.reason.isEmpty()) {
            line += tr(": %1").arg(entry.reason);
        }
        lines << line + QLatin1Char('.');
        lines << tr("Due: %1.").arg(formatDate(deadline.due));
    }
    return lines;
}

} // namespace Masar
