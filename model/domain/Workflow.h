#pragma once

#include "Codes.h"
#include "Request.h"
#include "StepField.h"
#include "StepInput.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace Masar {

using DirectionSet = quint32;
using StateSet = quint32;
using RoleSet = quint32;
using FieldSet = quint32;

constexpr DirectionSet bitOf(Direction value)
{
    return DirectionSet(1) << unsigned(value);
}
constexpr StateSet bitOf(State value)
{
    return StateSet(1) << unsigned(value);
}
constexpr RoleSet bitOf(Role value)
{
    return RoleSet(1) << unsigned(value);
}
constexpr FieldSet bitOf(StepField value)
{
    return FieldSet(1) << unsigned(value);
}

// Where a step leads.
enum class Target {
    Fixed, // to Transition::to
    Previous, // back to the state the request was in before its current one
    Unchanged // the step records something but changes no state
};

// A condition on the request itself that a step needs, besides its state.
enum class Guard {
    None,
    MeasuresResolved // every measure done, refused or impossible
};

// How a step sets one of the request's own fields from one of its fields.
enum class Assign {
    WhenGiven, // set when the field is given, left as it is otherwise
    TodayUnlessGiven, // a date: the one given, else today
    MustChange // refused when the value given is already the request's
};

// A request field that a step sets: from the step's `field`, into the
// request's field named `requestField` (its name in RequestFields, as in the
// JSON format). The history entry records the new value and the old one.
struct Assignment
{
    StepField field;
    const char* requestField;
    Assign how = Assign::WhenGiven;
};

// What a step does besides moving the request and setting its own fields.
enum class StepAction {
    None,
    UrgencyReason, // the reason becomes the request's reason for urgency when it becomes urgent
    RecordMeasureResult, // sets the status of one of the request's measures
    LinkDuplicate, // links the request to the one it duplicates
    StoreDocument // stores the document given with the step
};

// One row of the workflow table.
struct Transition
{
    DirectionSet directions;
    Step step;
    StateSet from; // 0: the step creates the request
    Target target;
    State to; // when target is Fixed
    const char* disposition; // a step that closes with a fixed disposition
    std::vector<const char*> dispositionChoices; // a closing step where the user chooses
    RoleSet roles;
    bool reasonRequired;
    FieldSet required;
    FieldSet optional;
    ClockEffect clock;
    Guard guard = Guard::None;
    std::vector<Assignment> sets = {}; // the request's own fields the step sets
    StepAction action = StepAction::None;

    bool appliesTo(Direction direction) const { return directions & bitOf(direction); }
    bool allowsFrom(State state) const { return from & bitOf(state); }
    bool allowsRole(Role role) const { return roles & bitOf(role); }
    bool requires(StepField field) const { return required & bitOf(field); }
    bool accepts(StepField field) const { return (required | optional) & bitOf(field); }
    bool createsRequest() const { return from == 0; }
    // The dispositions a closing step may end with: its fixed one, or the choices.
    QStringList closingDispositions() const;
    // The one date field the step takes, if any.
    std::optional<StepField> dateField() const;
    // How the step sets a request field from `field`, or nullptr when it sets none from it.
    const Assignment* assignment(StepField field) const;
    // The codes a Code field of the step may take: a closing step's
    // dispositions, or the field's whole list.
    QStringList choices(StepField field) const;
    bool changesState() const { return target != Target::Unchanged; }
    std::vector<State> fromStates(Direction direction) const;
    // The step may be taken in every state of the direction, or in every open one.
    bool fromAnyState(Direction direction) const;
    bool fromAnyOpenState(Direction direction) const;
    std::vector<Role> allowedRoles() const;
    std::vector<StepField> requiredFields() const;
    std::vector<StepField> optionalFields() const;
};

// The request workflow of ../shared/domain.md, as one table that the GUI, the
// command line, the tests and the documentation all read. Nothing else
// decides which step may be taken.
class Workflow
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Workflow)

public:
    static const std::vector<Transition>& table();

    // The states of one direction, in workflow order; closed last.
    static std::vector<State> states(Direction direction);
    static bool belongsTo(State state, Direction direction);
    static bool isOpen(State state) { return state != State::Closed; }
    // Awaiting information or postponed: the deadline clock stands still.
    static bool isPaused(State state);
    // What the deadline clock does in a state, in words (for tables and diagrams).
    static QString clockNote(State state);

    static State initialState(Direction direction);
    static const Transition& creation(Direction direction);
    // The row of a step for a direction, or nullptr when the direction has no such step.
    static const Transition* find(Direction direction, Step step);
    // The steps the role may take from the state (what the GUI offers).
    static std::vector<const Transition*> available(Direction direction, State state, Role role);

    // Checks that the role may take the step from the state with this input,
    // and parses the input. `today` bounds the dates given.
    static Result<StepData> check(Direction direction, State state, Step step, Role role,
                                  const StepInput& input, const QDate& today);
    // Checks the row's guard against the request, naming what stands in the way.
    static Status checkGuard(const Transition& row, const Request& request);
    // The guard in words (for tables), or an empty string.
    static QString guardNote(Guard guard);

    // Checks that the role may create a request of the direction.
    static Status checkCreation(Direction direction, Role role);

    // "the roles that may": translated labels joined as a list.
    static QString roleList(RoleSet roles);
    // Where a row may be taken from, in words: "(new request)", "any state",
    // "any open state", or its states as keys ("received, registered") or labels.
    enum class Naming { Keys, Labels };
    static QString fromDescription(const Transition& row, Direction direction, Naming naming);
    static QString stateList(const std::vector<State>& states);

private:
    // The parts of check(): the step allowed at all, its fields given, each value parsed.
    static Status checkAllowed(Direction direction, State state, Step step, Role role);
    static Status checkFieldsGiven(const Transition& row, State state, StepInput* input);
    // The problem with one value in words, or an empty string when it was set into `data`.
    static QString parseValue(const Transition& row, StepField field, const QString& text, const QDate& today,
                              StepData* data);
    static QString parseCodes(StepField field, const QString& text, StepData* data);
};

} // namespace Masar
