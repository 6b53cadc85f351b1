#include "Workflow.h"

#include "core/Iso8601.h"
#include "core/Translations.h"

#include <QLocale>

#include <algorithm>

namespace Masar {

namespace {

template<typename... T>
constexpr quint32 set(T... values)
{
    return (quint32(0) | ... | bitOf(values));
}

constexpr DirectionSet In = bitOf(Direction::Incoming);
constexpr DirectionSet Out = bitOf(Direction::Outgoing);
constexpr DirectionSet Both = In | Out;

constexpr RoleSet Officers = set(Role::Officer, Role::Supervisor);
constexpr RoleSet Supervisors = set(Role::Supervisor);

constexpr StateSet Creation = 0;
constexpr StateSet AnyOpen = ~bitOf(State::Closed);
constexpr StateSet Any = ~StateSet(0);

constexpr bool R = true; // a reason is required
constexpr bool r = false;

using S = State;
using F = StepField;
using C = ClockEffect;
using A = Assign;
constexpr Guard NoGuard = Guard::None;

} // namespace

// clang-format off
const std::vector<Transition>& Workflow::table()
{
    static const std::vector<Transition> rows = {
//   direction  step                          from                                              target           to                 disposition    choices          roles        reason  required fields                       optional fields                          clock  [guard, the request fields it sets, what else it does]
    // incoming: we are the requested state
    {In,   Step::LogReceipt,               Creation,                                             Target::Fixed,    S::Received,        nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Start},
    {In,   Step::Register,                 set(S::Received),                                     Target::Fixed,    S::Registered,      nullptr,       {},              Officers,    r, 0,                                      0,                                      C::None},
    {In,   Step::ReturnDeficient,          set(S::Received),                                     Target::Fixed,    S::Closed,          "returned",    {},              Officers,    R, 0,                                      0,                                      C::Stop},
    {In,   Step::Forward,                  set(S::Received, S::Registered),                      Target::Fixed,    S::Closed,          "forwarded",   {},              Officers,    R, set(F::ToAuthority),                    0,                                      C::Stop},
    {In,   Step::CloseAsDuplicate,         set(S::Received, S::Registered, S::UnderReview),      Target::Fixed,    S::Closed,          "duplicate",   {},              Officers,    R, set(F::DuplicateOf),                    0,                                      C::Stop, NoGuard, {}, StepAction::LinkDuplicate},
    {In,   Step::StartReview,              set(S::Registered),                                   Target::Fixed,    S::UnderReview,     nullptr,       {},              Officers,    r, 0,                                      0,                                      C::None},
    {In,   Step::RequestInformation,       set(S::UnderReview),                                  Target::Fixed,    S::AwaitingInformation, nullptr,   {},              Officers,    R, 0,                                      set(F::ReplyBy),                        C::Pause},
    {In,   Step::InformationReceived,      set(S::AwaitingInformation),                          Target::Fixed,    S::UnderReview,     nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Resume},
    {In,   Step::Lapse,                    set(S::AwaitingInformation),                          Target::Fixed,    S::Closed,          "lapsed",      {},              Supervisors, R, 0,                                      0,                                      C::Stop},
    {In,   Step::Consult,                  set(S::UnderReview),                                  Target::Fixed,    S::Consultation,    nullptr,       {},              Officers,    R, 0,                                      0,                                      C::None},
    {In,   Step::Accept,                   set(S::UnderReview, S::Consultation),                 Target::Fixed,    S::Accepted,        nullptr,       {},              Supervisors, r, 0,                                      0,                                      C::Start},
    {In,   Step::Refuse,                   set(S::UnderReview, S::Consultation),                 Target::Fixed,    S::Closed,          "refused",     {},              Supervisors, R, set(F::RefusalGrounds, F::Article),     0,                                      C::Stop},
    {In,   Step::Postpone,                 set(S::Accepted, S::InExecution),                     Target::Fixed,    S::Postponed,       nullptr,       {},              Supervisors, R, set(F::ReviewDate),                     0,                                      C::Pause},
    {In,   Step::Resume,                   set(S::Postponed),                                    Target::Previous, S::Closed,          nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Resume},
    {In,   Step::TransmitForExecution,     set(S::Accepted),                                     Target::Fixed,    S::InExecution,     nullptr,       {},              Officers,    r, set(F::ToAuthority),                    set(F::AuthorityReference),             C::None, NoGuard, {{F::ToAuthority, "executing_authority"}, {F::AuthorityReference, "executing_reference"}}},
    {In,   Step::RecordPartialResults,     set(S::InExecution),                                  Target::Fixed,    S::PartiallyExecuted, nullptr,     {},              Officers,    R, 0,                                      0,                                      C::None},
    {In,   Step::CompleteExecution,        set(S::InExecution, S::PartiallyExecuted),            Target::Fixed,    S::Executed,        nullptr,       {},              Officers,    r, 0,                                      0,                                      C::None, Guard::MeasuresResolved},
    {In,   Step::SendResults,              set(S::Executed, S::PartiallyExecuted),               Target::Fixed,    S::ResultsSent,     nullptr,       {},              Officers,    r, 0,                                      set(F::Conditions),                     C::Stop},
    {In,   Step::Close,                    set(S::ResultsSent),                                  Target::Fixed,    S::Closed,          nullptr,       {"executed", "partially_executed"}, Supervisors, r, set(F::Disposition),    0,                                      C::Stop, NoGuard, {{F::Disposition, "disposition"}}},
    // outgoing: we are the requesting state
    {Out,  Step::CreateDraft,              Creation,                                             Target::Fixed,    S::Draft,           nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Start},
    {Out,  Step::SendForTranslation,       set(S::Draft),                                        Target::Fixed,    S::InTranslation,   nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Start},
    {Out,  Step::Send,                     set(S::Draft, S::InTranslation),                      Target::Fixed,    S::Sent,            nullptr,       {},              Officers,    r, 0,                                      set(F::Channel, F::SentOn),             C::Start, NoGuard, {{F::Channel, "channel"}, {F::SentOn, "sent_on", A::TodayUnlessGiven}}},
    {Out,  Step::RecordAcknowledgement,    set(S::Sent),                                         Target::Fixed,    S::Acknowledged,    nullptr,       {},              Officers,    r, 0,                                      set(F::ForeignReference),               C::None, NoGuard, {{F::ForeignReference, "foreign_reference"}}},
    {Out,  Step::RecordExecutionAbroad,    set(S::Sent, S::Acknowledged),                        Target::Fixed,    S::InExecutionAbroad, nullptr,     {},              Officers,    r, 0,                                      set(F::ForeignReference),               C::Start, NoGuard, {{F::ForeignReference, "foreign_reference"}}},
    {Out,  Step::ReceiveInformationRequest, set(S::Sent, S::Acknowledged, S::InExecutionAbroad), Target::Fixed,    S::InformationRequested, nullptr,  {},              Officers,    R, 0,                                      set(F::ReplyBy),                        C::Pause},
    {Out,  Step::ReplyToInformationRequest, set(S::InformationRequested),                        Target::Previous, S::Closed,          nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Resume},
    {Out,  Step::RecordPostponementAbroad, set(S::Sent, S::Acknowledged, S::InExecutionAbroad),  Target::Fixed,    S::PostponedAbroad, nullptr,       {},              Officers,    R, 0,                                      set(F::ReviewDate),                     C::Pause},
    {Out,  Step::RecordResumptionAbroad,   set(S::PostponedAbroad),                              Target::Previous, S::Closed,          nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Resume},
    {Out,  Step::ReceivePartialResults,    set(S::InExecutionAbroad),                            Target::Fixed,    S::PartialResultsReceived, nullptr, {},             Officers,    r, 0,                                      0,                                      C::None},
    {Out,  Step::ReceiveResults,           set(S::InExecutionAbroad, S::PartialResultsReceived), Target::Fixed,    S::ResultsReceived, nullptr,       {},              Officers,    r, 0,                                      0,                                      C::Start},
    {Out,  Step::ForwardResults,           set(S::ResultsReceived),                              Target::Fixed,    S::ResultsForwarded, nullptr,      {},              Officers,    r, set(F::ToAuthority),                    0,                                      C::Stop},
    {Out,  Step::RecordRefusalAbroad,      set(S::Sent, S::Acknowledged, S::InExecutionAbroad, S::InformationRequested, S::PostponedAbroad),
                                                                                                 Target::Fixed,    S::Closed,          "refused",     {},              Officers,    R, 0,                                      set(F::RefusalGrounds, F::Article),     C::Stop},
    {Out,  Step::Close,                    set(S::ResultsForwarded),                             Target::Fixed,    S::Closed,          nullptr,       {"executed", "partially_executed"}, Supervisors, r, set(F::Disposition),    0,                                      C::Stop, NoGuard, {{F::Disposition, "disposition"}}},
    // both directions
    {Both, Step::Withdraw,                 AnyOpen,                                              Target::Fixed,    S::Closed,          "withdrawn",   {},              Officers,    R, 0,                                      0,                                      C::Stop},
    {Both, Step::Reopen,                   set(S::Closed),                                       Target::Previous, S::Closed,          nullptr,       {},              Supervisors, R, 0,                                      0,                                      C::Resume},
    // steps that change no state
    {Both, Step::ExtendDeadline,           AnyOpen,                                              Target::Unchanged, S::Closed,         nullptr,       {},              Supervisors, R, set(F::NewDeadline),                    0,                                      C::None},
    {Both, Step::ChangePriority,           AnyOpen,                                              Target::Unchanged, S::Closed,         nullptr,       {},              Supervisors, R, set(F::Priority),                       0,                                      C::None, NoGuard, {{F::Priority, "priority", A::MustChange}}, StepAction::UrgencyReason},
    {Both, Step::ChangeConfidentiality,    Any,                                                  Target::Unchanged, S::Closed,         nullptr,       {},              Supervisors, R, set(F::Confidentiality),                0,                                      C::None, NoGuard, {{F::Confidentiality, "confidentiality", A::MustChange}}},
    {Both, Step::Reassign,                 AnyOpen,                                              Target::Unchanged, S::Closed,         nullptr,       {},              Supervisors, r, set(F::Assignee),                       0,                                      C::None, NoGuard, {{F::Assignee, "assignee", A::MustChange}}},
    {Both, Step::RecordMeasureResult,      AnyOpen,                                              Target::Unchanged, S::Closed,         nullptr,       {},              Officers,    r, set(F::Measure, F::MeasureStatus),     0,                                      C::None, NoGuard, {}, StepAction::RecordMeasureResult},
    {Both, Step::AddNote,                  Any,                                                  Target::Unchanged, S::Closed,         nullptr,       {},              Officers,    R, 0,                                      0,                                      C::None},
    {Both, Step::AddDocument,              Any,                                                  Target::Unchanged, S::Closed,         nullptr,       {},              Officers,    r, set(F::Document),                       0,                                      C::None, NoGuard, {}, StepAction::StoreDocument},
    {Both, Step::Amend,                    AnyOpen,                                              Target::Unchanged, S::Closed,         nullptr,       {},              Officers,    r, 0,                                      0,                                      C::None},
    };
    return rows;
}
// clang-format on

std::vector<State> Transition::fromStates(Direction direction) const
{
    std::vector<State> result;
    for (State state : Workflow::states(direction)) {
        if (allowsFrom(state)) {
            result.push_back(state);
        }
    }
    return result;
}

QStringList Transition::closingDispositions() const
{
    QStringList keys;
    if (disposition) {
        keys << QLatin1String(disposition);
    }
    for (const char* key : dispositionChoices) {
        keys << QLatin1String(key);
    }
    return keys;
}

std::optional<StepField> Transition::dateField() const
{
    for (StepField field : allOf<StepField>()) {
        if (StepFields::type(field) == FieldType::Date && accepts(field)) {
            return field;
        }
    }
    return std::nullopt;
}

const Assignment* Transition::assignment(StepField field) const
{
    for (const Assignment& assignment : sets) {
        if (assignment.field == field) {
            return &assignment;
        }
    }
    return nullptr;
}

QStringList Transition::choices(StepField field) const
{
    if (field == StepField::Disposition && (disposition || !dispositionChoices.empty())) {
        return closingDispositions();
    }
    const CodeList* list = StepFields::codes(field);
    return list ? list->keys() : QStringList();
}

bool Transition::fromAnyState(Direction direction) const
{
    for (State state : Workflow::states(direction)) {
        if (!allowsFrom(state)) {
            return false;
        }
    }
    return true;
}

bool Transition::fromAnyOpenState(Direction direction) const
{
    for (State state : Workflow::states(direction)) {
        if (Workflow::isOpen(state) != allowsFrom(state)) {
            return false;
        }
    }
    return true;
}

std::vector<Role> Transition::allowedRoles() const
{
    std::vector<Role> result;
    for (Role role : allOf<Role>()) {
        if (allowsRole(role)) {
            result.push_back(role);
        }
    }
    return result;
}

std::vector<StepField> Transition::requiredFields() const
{
    std::vector<StepField> result;
    for (StepField field : allOf<StepField>()) {
        if (requires(field)) {
            result.push_back(field);
        }
    }
    return result;
}

std::vector<StepField> Transition::optionalFields() const
{
    std::vector<StepField> result;
    for (StepField field : allOf<StepField>()) {
        if (optional & bitOf(field)) {
            result.push_back(field);
        }
    }
    return result;
}

std::vector<State> Workflow::states(Direction direction)
{
    std::vector<State> result;
    for (State state : allOf<State>()) {
        if (belongsTo(state, direction)) {
            result.push_back(state);
        }
    }
    return result;
}

bool Workflow::belongsTo(State state, Direction direction)
{
    if (state == State::Closed) {
        return true;
    }
    const bool incoming = int(state) <= int(State::ResultsSent);
    return incoming == (direction == Direction::Incoming);
}

bool Workflow::isPaused(State state)
{
    return state == State::AwaitingInformation || state == State::Postponed
        || state == State::PostponedAbroad;
}

QString Workflow::clockNote(State state)
{
    switch (state) {
    case State::Received:
        return tr("acknowledgement due");
    case State::UnderReview:
    case State::Consultation:
        return tr("decision due");
    case State::AwaitingInformation:
        return tr("paused; reply-by date set");
    case State::Accepted:
    case State::InExecution:
    case State::PartiallyExecuted:
        return tr("execution due");
    case State::Postponed:
        return tr("paused; review date set");
    case State::Executed:
        return tr("results to send");
    case State::Draft:
        return tr("internal");
    case State::InTranslation:
        return tr("translation due");
    case State::Sent:
        return tr("chase if unacknowledged");
    case State::InformationRequested:
        return tr("our reply due");
    case State::InExecutionAbroad:
        return tr("chase periodically");
    case State::PostponedAbroad:
        return tr("paused");
    case State::ResultsReceived:
        return tr("forward due");
    case State::Closed:
        return tr("stopped");
    case State::Registered:
    case State::Acknowledged:
    case State::PartialResultsReceived:
        return tr("runs");
    case State::ResultsSent:
    case State::ResultsForwarded:
        return tr("none");
    }
    return QString();
}

State Workflow::initialState(Direction direction)
{
    return creation(direction).to;
}

const Transition& Workflow::creation(Direction direction)
{
    for (const Transition& row : table()) {
        if (row.appliesTo(direction) && row.createsRequest()) {
            return row;
        }
    }
    Q_UNREACHABLE();
}

const Transition* Workflow::find(Direction direction, Step step)
{
    for (const Transition& row : table()) {
        if (row.step == step && row.appliesTo(direction)) {
            return &row;
        }
    }
    return nullptr;
}

std::vector<const Transition*> Workflow::available(Direction direction, State state, Role role)
{
    std::vector<const Transition*> result;
    for (const Transition& row : table()) {
        if (row.appliesTo(direction) && !row.createsRequest() && row.allowsFrom(state)
            && row.allowsRole(role)) {
            result.push_back(&row);
        }
    }
    return result;
}

QString Workflow::roleList(RoleSet roles)
{
    QStringList labels;
    for (Role role : allOf<Role>()) {
        if (roles & bitOf(role)) {
            labels << labelOf(role);
        }
    }
    return Translations::currentLocale().createSeparatedList(labels);
}

QString Workflow::stateList(const std::vector<State>& states)
{
    QStringList labels;
    for (State state : states) {
        labels << labelOf(state);
    }
    return Translations::currentLocale().createSeparatedList(labels);
}

QString Workflow::fromDescription(const Transition& row, Direction direction, Naming naming)
{
    if (row.createsRequest()) {
        return tr("(new request)");
    }
    if (row.fromAnyState(direction)) {
        return tr("any state");
    }
    if (row.fromAnyOpenState(direction)) {
        return tr("any open state");
    }
    if (naming == Naming::Labels) {
        return stateList(row.fromStates(direction));
    }
    QStringList keys;
    for (State state : row.fromStates(direction)) {
        keys << keyOf(state);
    }
    return keys.join(QLatin1String(", "));
}

Status Workflow::checkGuard(const Transition& row, const Request& request)
{
    switch (row.guard) {
    case Guard::None:
        return Status();
    case Guard::MeasuresResolved: {
        QStringList pending;
        for (const Measure& measure : request.measures) {
            if (measure.status == QLatin1String("pending")) {
                pending << Codes::assistanceTypes().label(measure.type);
            }
        }
        if (pending.isEmpty()) {
            return Status();
        }
        return Error::notAllowed(tr("Step “%1” needs every measure resolved; still pending: %2.")
                                     .arg(labelOf(row.step), QLocale().createSeparatedList(pending)));
    }
    }
    return Status();
}

QString Workflow::guardNote(Guard guard)
{
    switch (guard) {
    case Guard::None:
        return QString();
    case Guard::MeasuresResolved:
        return tr("every measure resolved");
    }
    return QString();
}

Status Workflow::checkCreation(Direction direction, Role role)
{
    const Transition& row = creation(direction);
    if (!row.allowsRole(role)) {
        return Error::forbidden(tr("Only these roles may create a request: %1. You are: %2.")
                                    .arg(roleList(row.roles), labelOf(role)));
    }
    return Status();
}

Status Workflow::checkAllowed(Direction direction, State state, Step step, Role role)
{
    const QString stepLabel = labelOf(step);
    const Transition* row = find(direction, step);
    if (!row) {
        return Error::notAllowed(direction == Direction::Incoming
                                     ? tr("“%1” is not a step of incoming requests.").arg(stepLabel)
                                     : tr("“%1” is not a step of outgoing requests.").arg(stepLabel));
    }
    if (row->createsRequest()) {
        return Error::notAllowed(
            tr("“%1” creates a new request; it cannot be taken on an existing one.").arg(stepLabel));
    }
    if (!row->allowsFrom(state)) {
        return Error::notAllowed(tr("Step “%1” cannot be taken in state “%2”. It can be taken in: %3.")
                                     .arg(stepLabel, labelOf(state), stateList(row->fromStates(direction))));
    }
    if (!row->allowsRole(role)) {
        return Error::forbidden(tr("Step “%1” may only be taken by: %2. You are: %3.")
                                    .arg(stepLabel, roleList(row->roles), labelOf(role)));
    }
    return Status();
}

Status Workflow::checkFieldsGiven(const Transition& row, State state, StepInput* input)
{
    const QString stepLabel = labelOf(row.step);
    if (!input->date.trimmed().isEmpty()) {
        const std::optional<StepField> dateField = row.dateField();
        if (!dateField) {
            return Error::invalid(tr("Step “%1” does not take a date.").arg(stepLabel));
        }
        input->values.emplace(*dateField, input->date); // a value given for the field itself wins
    }
    QStringList missing;
    if (row.reasonRequired && input->reason.trimmed().isEmpty()) {
        missing << tr("a reason");
    }
    QStringList unexpected;
    for (StepField field : allOf<StepField>()) {
        const bool given = field == StepField::Document
            ? input->document.has_value()
            : (input->values.count(field) != 0 && !input->values.at(field).trimmed().isEmpty());
        if (row.requires(field) && !given) {
            missing << labelOf(field);
        } else if (given && !row.accepts(field)) {
            unexpected << labelOf(field);
        }
    }
    if (!missing.isEmpty()) {
        return Error::invalid(tr("Step “%1” in state “%2” needs: %3.")
                                  .arg(stepLabel, labelOf(state), QLocale().createSeparatedList(missing)));
    }
    if (!unexpected.isEmpty()) {
        return Error::invalid(
            tr("Step “%1” does not take: %2.").arg(stepLabel, QLocale().createSeparatedList(unexpected)));
    }
    return Status();
}

QString Workflow::parseValue(const Transition& row, StepField field, const QString& text, const QDate& today,
                             StepData* data)
{
    const QString fieldLabel = labelOf(field);
    switch (StepFields::type(field)) {
    case FieldType::Date: {
        QDate date;
        if (!Iso8601::parseDate(text, &date)) {
            return tr("%1: “%2” is not a date of the form YYYY-MM-DD.").arg(fieldLabel, text);
        }
        if (StepFields::isPastDate(field) && date > today) {
            return tr("%1: %2 is in the future.").arg(fieldLabel, text);
        }
        if (!StepFields::isPastDate(field) && date <= today) {
            return tr("%1: %2 is not after today.").arg(fieldLabel, text);
        }
        data->set(field, date);
        return QString();
    }
    case FieldType::Code: {
        const CodeList* list = StepFields::codes(field);
        if (!list->contains(text)) {
            return tr("%1: “%2” is not one of: %3.")
                .arg(fieldLabel, text, list->keys().join(QLatin1String(", ")));
        }
        if (!row.choices(field).contains(text)) {
            return tr("%1: step “%2” closes a request only as: %3.")
                .arg(fieldLabel, labelOf(row.step), row.choices(field).join(QLatin1String(", ")));
        }
        data->set(field, text);
        return QString();
    }
    case FieldType::CodeSet:
        return parseCodes(field, text, data);
    case FieldType::Text:
    case FieldType::User:
    case FieldType::Reference:
    case FieldType::Measure:
    case FieldType::File:
        data->set(field, text);
        return QString();
    }
    return QString();
}

QString Workflow::parseCodes(StepField field, const QString& text, StepData* data)
{
    const QString fieldLabel = labelOf(field);
    const CodeList* list = StepFields::codes(field);
    QStringList problems;
    QStringList codes;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString code = part.trimmed();
        if (code.isEmpty()) {
            continue;
        }
        if (!list->contains(code)) {
            problems << tr("%1: “%2” is not one of: %3.")
                            .arg(fieldLabel, code, list->keys().join(QLatin1String(", ")));
        } else if (codes.contains(code)) {
            problems << tr("%1: “%2” is given twice.").arg(fieldLabel, code);
        } else {
            codes << code;
        }
    }
    data->set(field, codes);
    return problems.join(QLatin1Char('\n'));
}

Result<StepData> Workflow::check(Direction direction, State state, Step step, Role role,
                                 const StepInput& given, const QDate& today)
{
    if (Status status = checkAllowed(direction, state, step, role); !status.ok()) {
        return status;
    }
    const Transition& row = *find(direction, step);
    StepInput input = given;
    if (Status status = checkFieldsGiven(row, state, &input); !status.ok()) {
        return status;
    }
    StepData data;
    QStringList problems;
    for (const auto& [field, raw] : input.values) {
        const QString text = raw.trimmed();
        if (text.isEmpty()) {
            continue;
        }
        if (const QString problem = parseValue(row, field, text, today, &data); !problem.isEmpty()) {
            problems << problem.split(QLatin1Char('\n'));
        }
    }
    if (!problems.isEmpty()) {
        return Error::invalid(tr("Step “%1” was not taken:").arg(labelOf(step)), problems);
    }
    if (input.document) {
        data.setDocument(*input.document);
    }
    return data;
}

} // namespace Masar
