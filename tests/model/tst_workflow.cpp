// The workflow table checked against an independent list written here from
// ../shared/domain.md: every (direction, state, step, role) combination is
// tried, and must be allowed exactly when this list says so.
#include "domain/Workflow.h"

#include <QTest>

#include <set>

using namespace Masar;

namespace {

const QDate today(2026, 3, 2);

// One allowed transition as the domain describes it.
struct Expected
{
    const char* direction; // "incoming", "outgoing" or "both"
    const char* step;
    const char* from; // space-separated states, "*open" (all but closed) or "*any"
    const char* to; // a state, "(previous)" or "(same)"
    const char* roles; // "OS": officer and supervisor; "S": supervisor only
    bool reason;
    const char* required; // space-separated field keys
};

// clang-format off
const Expected expectedTransitions[] = {
    // incoming
    {"incoming", "register",               "received",                            "registered",           "OS", false, ""},
    {"incoming", "return_deficient",       "received",                            "closed",               "OS", true,  ""},
    {"incoming", "forward",                "received registered",                 "closed",               "OS", true,  "to_authority"},
    {"incoming", "close_as_duplicate",     "received registered under_review",    "closed",               "OS", true,  "duplicate_of"},
    {"incoming", "start_review",           "registered",                          "under_review",         "OS", false, ""},
    {"incoming", "request_information",    "under_review",                        "awaiting_information", "OS", true,  ""},
    {"incoming", "information_received",   "awaiting_information",                "under_review",         "OS", false, ""},
    {"incoming", "lapse",                  "awaiting_information",                "closed",               "S",  true,  ""},
    {"incoming", "consult",                "under_review",                        "consultation",         "OS", true,  ""},
    {"incoming", "accept",                 "under_review consultation",           "accepted",             "S",  false, ""},
    {"incoming", "refuse",                 "under_review consultation",           "closed",               "S",  true,  "refusal_grounds article"},
    {"incoming", "postpone",               "accepted in_execution",               "postponed",            "S",  true,  "review_date"},
    {"incoming", "resume",                 "postponed",                           "(previous)",           "OS", false, ""},
    {"incoming", "transmit_for_execution", "accepted",                            "in_execution",         "OS", false, "to_authority"},
    {"incoming", "record_partial_results", "in_execution",                        "partially_executed",   "OS", true,  ""},
    {"incoming", "complete_execution",     "in_execution partially_executed",     "executed",             "OS", false, ""},
    {"incoming", "send_results",           "executed partially_executed",         "results_sent",         "OS", false, ""},
    {"incoming", "close",                  "results_sent",                        "closed",               "S",  false, "disposition"},
    // outgoing
    {"outgoing", "send_for_translation",   "draft",                               "in_translation",       "OS", false, ""},
    {"outgoing", "send",                   "draft in_translation",                "sent",                 "OS", false, ""},
    {"outgoing", "record_acknowledgement", "sent",                                "acknowledged",         "OS", false, ""},
    {"outgoing", "record_execution_abroad", "sent acknowledged",                  "in_execution_abroad",  "OS", false, ""},
    {"outgoing", "receive_information_request", "sent acknowledged in_execution_abroad", "information_requested", "OS", true, ""},
    {"outgoing", "reply_information",      "information_requested",               "(previous)",           "OS", false, ""},
    {"outgoing", "record_postponement_abroad", "sent acknowledged in_execution_abroad", "postponed_abroad", "OS", true, ""},
    {"outgoing", "record_resumption_abroad", "postponed_abroad",                  "(previous)",           "OS", false, ""},
    {"outgoing", "receive_partial_results", "in_execution_abroad",                "partial_results_received", "OS", false, ""},
    {"outgoing", "receive_results",        "in_execution_abroad partial_results_received", "results_received", "OS", false, ""},
    {"outgoing", "forward_results",        "results_received",                    "results_forwarded",    "OS", false, "to_authority"},
    {"outgoing", "record_refusal_abroad",  "sent acknowledged in_execution_abroad information_requested postponed_abroad", "closed", "OS", true, ""},
    {"outgoing", "close",                  "results_forwarded",                   "closed",               "S",  false, "disposition"},
    // both directions
    {"both",     "withdraw",               "*open",                               "closed",               "OS", true,  ""},
    {"both",     "reopen",                 "closed",                              "(previous)",           "S",  true,  ""},
    {"both",     "extend_deadline",        "*open",                               "(same)",               "S",  true,  "new_deadline"},
    {"both",     "change_priority",        "*open",                               "(same)",               "S",  true,  "priority"},
    {"both",     "change_confidentiality", "*any",                                "(same)",               "S",  true,  "confidentiality"},
    {"both",     "reassign",               "*open",                               "(same)",               "S",  false, "assignee"},
    {"both",     "record_measure_result",  "*open",                               "(same)",               "OS", false, "measure measure_status"},
    {"both",     "add_note",               "*any",                                "(same)",               "OS", true,  ""},
    {"both",     "add_document",           "*any",                                "(same)",               "OS", false, "document"},
    // correcting or completing the details: not the clerk, who reads only, nor the administrator, who
    // keeps users and settings and takes no step on requests; a closed request is reopened first
    {"both",     "amend",                  "*open",                               "(same)",               "OS", false, ""},
};
// clang-format on

const QStringList incomingStates
    = {QStringLiteral("received"),           QStringLiteral("registered"),
       QStringLiteral("under_review"),       QStringLiteral("awaiting_information"),
       QStringLiteral("consultation"),       QStringLiteral("accepted"),
       QStringLiteral("in_execution"),       QStringLiteral("postponed"),
       QStringLiteral("partially_executed"), QStringLiteral("executed"),
       QStringLiteral("results_sent"),       QStringLiteral("closed")};

const QStringList outgoingStates = {QStringLiteral("draft"),
                                    QStringLiteral("in_translation"),
                                    QStringLiteral("sent"),
                                    QStringLiteral("acknowledged"),
                                    QStringLiteral("information_requested"),
                                    QStringLiteral("in_execution_abroad"),
                                    QStringLiteral("postponed_abroad"),
                                    QStringLiteral("partial_results_received"),
                                    QStringLiteral("results_received"),
                                    QStringLiteral("results_forwarded"),
                                    QStringLiteral("closed")};

const QStringList& statesOf(Direction direction)
{
    return direction == Direction::Incoming ? incomingStates : outgoingStates;
}

const Expected* expectedFor(Direction direction, const QString& step)
{
    for (const Expected& e : expectedTransitions) {
        const QString d = QLatin1String(e.direction);
        if (step == QLatin1String(e.step) && (d == QLatin1String("both") || d == keyOf(direction))) {
            return &e;
        }
    }
    return nullptr;
}

bool expectedFrom(const Expected& e, const QString& state)
{
    const QString from = QLatin1String(e.from);
    if (from == QLatin1String("*any")) {
        return true;
    }
    if (from == QLatin1String("*open")) {
        return state != QLatin1String("closed");
    }
    return from.split(QLatin1Char(' ')).contains(state);
}

// A state the step may be taken in.
State firstFromState(const Expected& e, Direction direction)
{
    for (const QString& state : statesOf(direction)) {
        if (expectedFrom(e, state)) {
            return *fromKey<State>(state);
        }
    }
    return State::Closed;
}

bool expectedRole(const Expected& e, Role role)
{
    return role == Role::Supervisor
        || (QLatin1String(e.roles) == QLatin1String("OS") && role == Role::Officer);
}

// A valid value for each field, as a user would type it.
QString sampleValue(StepField field)
{
    switch (field) {
    case StepField::RefusalGrounds:
        return QStringLiteral("dual_criminality, political_offence");
    case StepField::Article:
        return QStringLiteral("art. 18(21) UNTOC");
    case StepField::ReplyBy:
    case StepField::ReviewDate:
    case StepField::NewDeadline:
        return today.addDays(30).toString(Qt::ISODate);
    case StepField::SentOn:
        return today.toString(Qt::ISODate);
    case StepField::ToAuthority:
        return QStringLiteral("Parquet général de Rabat");
    case StepField::AuthorityReference:
        return QStringLiteral("PG-2026-77");
    case StepField::Disposition:
        return QStringLiteral("executed");
    case StepField::ForeignReference:
        return QStringLiteral("TN/MJ/2026/9");
    case StepField::Channel:
        return QStringLiteral("diplomatic");
    case StepField::Priority:
        return QStringLiteral("urgent");
    case StepField::Confidentiality:
        return QStringLiteral("secret");
    case StepField::Assignee:
        return QStringLiteral("officer2");
    case StepField::Conditions:
        return QStringLiteral("Use only in proceedings 12/2026.");
    case StepField::DuplicateOf:
        return QStringLiteral("IN-2026-0001");
    case StepField::Measure:
        return QStringLiteral("1");
    case StepField::MeasureStatus:
        return QStringLiteral("done");
    case StepField::Document:
        return QStringLiteral("letter.pdf");
    }
    return QString();
}

StepInput completeInput(const Expected& e)
{
    StepInput input;
    input.reason = QStringLiteral("Le dossier est incomplet.");
    for (const QString& key : QString::fromLatin1(e.required).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const StepField field = *fromKey<StepField>(key);
        if (field == StepField::Document) {
            input.document = DocumentInput {QStringLiteral("letter.pdf"), QStringLiteral("application/pdf"),
                                            QByteArray("%PDF-1.4")};
        } else {
            input.set(field, sampleValue(field));
        }
    }
    return input;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void statesOfEachDirection();
    void everyCombination_data();
    void everyCombination();
    void reasonIsRequired_data();
    void reasonIsRequired();
    void requiredDataIsEnforced_data();
    void requiredDataIsEnforced();
    void unexpectedDataIsRefused();
    void theDateGoesToTheStepsDateField();
    void fieldValuesAreChecked_data();
    void fieldValuesAreChecked();
    void creationByRole_data();
    void creationByRole();
    void tableIsWellFormed();
    void everyStateIsReachableAndCanClose();
    void availableStepsMatchCheck();
    void completingExecutionNeedsEveryMeasureResolved();
};

void TestWorkflow::statesOfEachDirection()
{
    for (Direction direction : allOf<Direction>()) {
        QStringList keys;
        for (State state : Workflow::states(direction)) {
            keys << keyOf(state);
        }
        QCOMPARE(keys, statesOf(direction));
    }
    QCOMPARE(Workflow::initialState(Direction::Incoming), State::Received);
    QCOMPARE(Workflow::initialState(Direction::Outgoing), State::Draft);
}

void TestWorkflow::everyCombination_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("step");
    QTest::addColumn<Role>("role");

    for (Direction direction : allOf<Direction>()) {
        for (const QString& state : statesOf(direction)) {
            for (Step step : allOf<Step>()) {
                if (step == Step::Import) {
                    continue;
                }
                for (Role role : allOf<Role>()) {
                    QTest::addRow("%s/%s/%s/%s", qPrintable(keyOf(direction)), qPrintable(state),
                                  qPrintable(keyOf(step)), qPrintable(keyOf(role)))
                        << direction << state << keyOf(step) << role;
                }
            }
        }
    }
}

void TestWorkflow::everyCombination()
{
    QFETCH(Direction, direction);
    QFETCH(QString, state);
    QFETCH(QString, step);
    QFETCH(Role, role);

    const Expected* expected = expectedFor(direction, step);
    const bool createsRequest = step == QLatin1String("log_receipt") || step == QLatin1String("create_draft");
    const StepInput input
        = expected ? completeInput(*expected) : StepInput {QStringLiteral("reason"), {}, {}, {}};
    const Result<StepData> result
        = Workflow::check(direction, *fromKey<State>(state), *fromKey<Step>(step), role, input, today);

    if (!expected) {
        QVERIFY2(!result.ok(), "a step that the domain does not have for this direction was allowed");
        QCOMPARE(result.error().kind(), Error::Kind::NotAllowed);
        if (!createsRequest) {
            QVERIFY(result.error().message().contains(labelOf(*fromKey<Step>(step))));
        }
        return;
    }
    if (!expectedFrom(*expected, state)) {
        QVERIFY2(!result.ok(), "a step was allowed from a state the domain does not allow it from");
        QCOMPARE(result.error().kind(), Error::Kind::NotAllowed);
        QVERIFY2(result.error().message().contains(labelOf(*fromKey<State>(state))),
                 qPrintable(result.error().message()));
        return;
    }
    if (!expectedRole(*expected, role)) {
        QVERIFY2(!result.ok(), "a step was allowed for a role that may not take it");
        QCOMPARE(result.error().kind(), Error::Kind::Forbidden);
        QVERIFY(result.error().message().contains(labelOf(role)));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().fullText()));

    const Transition* row = Workflow::find(direction, *fromKey<Step>(step));
    QVERIFY(row);
    const QString to = QLatin1String(expected->to);
    if (to == QLatin1String("(previous)")) {
        QCOMPARE(row->target, Target::Previous);
    } else if (to == QLatin1String("(same)")) {
        QCOMPARE(row->target, Target::Unchanged);
    } else {
        QCOMPARE(row->target, Target::Fixed);
        QCOMPARE(keyOf(row->to), to);
    }
}

void TestWorkflow::reasonIsRequired_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("step");
    QTest::addColumn<bool>("required");
    for (const Expected& e : expectedTransitions) {
        for (Direction direction : allOf<Direction>()) {
            const QString d = QLatin1String(e.direction);
            if (d == QLatin1String("both") || d == keyOf(direction)) {
                QTest::addRow("%s/%s", qPrintable(keyOf(direction)), e.step)
                    << direction << QString::fromLatin1(e.step) << e.reason;
            }
        }
    }
}

void TestWorkflow::reasonIsRequired()
{
    QFETCH(Direction, direction);
    QFETCH(QString, step);
    QFETCH(bool, required);
    const Expected& expected = *expectedFor(direction, step);
    const State from = firstFromState(expected, direction);
    StepInput input = completeInput(expected);
    input.reason = QStringLiteral("   ");
    const Result<StepData> result
        = Workflow::check(direction, from, *fromKey<Step>(step), Role::Supervisor, input, today);
    if (!required) {
        QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::Invalid);
    QVERIFY(result.error().message().contains(labelOf(*fromKey<Step>(step))));
    QVERIFY(result.error().message().contains(labelOf(from)));
    QVERIFY(result.error().message().contains(QLatin1String("reason")));
}

void TestWorkflow::requiredDataIsEnforced_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("field");
    for (const Expected& e : expectedTransitions) {
        for (const QString& field :
             QString::fromLatin1(e.required).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            for (Direction direction : allOf<Direction>()) {
                const QString d = QLatin1String(e.direction);
                if (d == QLatin1String("both") || d == keyOf(direction)) {
                    QTest::addRow("%s/%s/%s", qPrintable(keyOf(direction)), e.step, qPrintable(field))
                        << direction << QString::fromLatin1(e.step) << field;
                }
            }
        }
    }
}

void TestWorkflow::requiredDataIsEnforced()
{
    QFETCH(Direction, direction);
    QFETCH(QString, step);
    QFETCH(QString, field);
    const Expected& expected = *expectedFor(direction, step);
    const State from = firstFromState(expected, direction);
    StepInput input = completeInput(expected);
    const StepField missing = *fromKey<StepField>(field);
    if (missing == StepField::Document) {
        input.document.reset();
    } else {
        input.values.erase(missing);
    }
    const Result<StepData> result
        = Workflow::check(direction, from, *fromKey<Step>(step), Role::Supervisor, input, today);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::Invalid);
    QVERIFY2(result.error().message().contains(labelOf(missing)), qPrintable(result.error().message()));
    QVERIFY(result.error().message().contains(labelOf(*fromKey<Step>(step))));
}

void TestWorkflow::unexpectedDataIsRefused()
{
    StepInput input;
    input.set(StepField::RefusalGrounds, QStringLiteral("dual_criminality"));
    const Result<StepData> result = Workflow::check(Direction::Incoming, State::UnderReview, Step::Accept,
                                                    Role::Supervisor, input, today);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::Invalid);
    QVERIFY(result.error().message().contains(labelOf(StepField::RefusalGrounds)));
}

void TestWorkflow::theDateGoesToTheStepsDateField()
{
    const QString date = today.addDays(10).toString(Qt::ISODate);
    StepInput input;
    input.reason = QStringLiteral("Enquête en cours");
    input.date = date;
    Result<StepData> postponed = Workflow::check(Direction::Incoming, State::Accepted, Step::Postpone,
                                                 Role::Supervisor, input, today);
    QVERIFY2(postponed, qPrintable(postponed.error().fullText()));
    QCOMPARE(postponed->date(StepField::ReviewDate), today.addDays(10));

    Result<StepData> asked = Workflow::check(Direction::Incoming, State::UnderReview,
                                             Step::RequestInformation, Role::Officer, input, today);
    QVERIFY(asked);
    QCOMPARE(asked->date(StepField::ReplyBy), today.addDays(10));

    Result<StepData> accepted = Workflow::check(Direction::Incoming, State::UnderReview, Step::Accept,
                                                Role::Supervisor, input, today);
    QVERIFY(!accepted);
    QCOMPARE(accepted.error().kind(), Error::Kind::Invalid);
    QVERIFY(accepted.error().message().contains(QLatin1String("date")));
}

void TestWorkflow::fieldValuesAreChecked_data()
{
    QTest::addColumn<Step>("step");
    QTest::addColumn<State>("state");
    QTest::addColumn<StepField>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("grounds known") << Step::Refuse << State::UnderReview << StepField::RefusalGrounds
                                   << QStringLiteral("death_penalty,immunity") << true;
    QTest::newRow("grounds unknown") << Step::Refuse << State::UnderReview << StepField::RefusalGrounds
                                     << QStringLiteral("dual_criminality,bad_mood") << false;
    QTest::newRow("grounds twice") << Step::Refuse << State::UnderReview << StepField::RefusalGrounds
                                   << QStringLiteral("immunity,immunity") << false;
    QTest::newRow("review date not a date") << Step::Postpone << State::Accepted << StepField::ReviewDate
                                            << QStringLiteral("02/04/2026") << false;
    QTest::newRow("review date impossible") << Step::Postpone << State::Accepted << StepField::ReviewDate
                                            << QStringLiteral("2026-02-30") << false;
    QTest::newRow("review date today")
        << Step::Postpone << State::Accepted << StepField::ReviewDate << today.toString(Qt::ISODate) << false;
    QTest::newRow("review date tomorrow") << Step::Postpone << State::Accepted << StepField::ReviewDate
                                          << today.addDays(1).toString(Qt::ISODate) << true;
    QTest::newRow("disposition of close") << Step::Close << State::ResultsSent << StepField::Disposition
                                          << QStringLiteral("partially_executed") << true;
    QTest::newRow("close cannot refuse")
        << Step::Close << State::ResultsSent << StepField::Disposition << QStringLiteral("refused") << false;
    QTest::newRow("close unknown disposition")
        << Step::Close << State::ResultsSent << StepField::Disposition << QStringLiteral("finished") << false;
    QTest::newRow("priority unknown") << Step::ChangePriority << State::Registered << StepField::Priority
                                      << QStringLiteral("very_urgent") << false;
}

void TestWorkflow::fieldValuesAreChecked()
{
    QFETCH(Step, step);
    QFETCH(State, state);
    QFETCH(StepField, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const Expected& expected = *expectedFor(Direction::Incoming, keyOf(step));
    StepInput input = completeInput(expected);
    input.set(field, value);
    const Result<StepData> result
        = Workflow::check(Direction::Incoming, state, step, Role::Supervisor, input, today);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QCOMPARE(result.error().kind(), Error::Kind::Invalid);
        QVERIFY(result.error().fullText().contains(labelOf(field)));
    } else if (StepFields::type(field) == FieldType::CodeSet) {
        QCOMPARE(result->codes(field).join(QLatin1Char(',')), QString(value).remove(QLatin1Char(' ')));
    }
}

void TestWorkflow::creationByRole_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    for (Direction direction : allOf<Direction>()) {
        for (Role role : allOf<Role>()) {
            QTest::addRow("%s/%s", qPrintable(keyOf(direction)), qPrintable(keyOf(role)))
                << direction << role << (role == Role::Officer || role == Role::Supervisor);
        }
    }
}

void TestWorkflow::creationByRole()
{
    QFETCH(Direction, direction);
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    const Status status = Workflow::checkCreation(direction, role);
    QCOMPARE(status.ok(), allowed);
    if (!allowed) {
        QCOMPARE(status.kind(), Error::Kind::Forbidden);
    }
}

void TestWorkflow::tableIsWellFormed()
{
    std::set<std::pair<Direction, Step>> seen;
    for (const Transition& row : Workflow::table()) {
        for (Direction direction : allOf<Direction>()) {
            if (!row.appliesTo(direction)) {
                continue;
            }
            QVERIFY2(seen.insert({direction, row.step}).second, qPrintable(keyOf(row.step)));
            if (row.target == Target::Fixed) {
                QVERIFY(Workflow::belongsTo(row.to, direction));
            }
        }
        if (row.disposition) {
            QVERIFY(Codes::dispositions().contains(QLatin1String(row.disposition)));
            QCOMPARE(row.to, State::Closed);
        }
        for (const char* choice : row.dispositionChoices) {
            QVERIFY(Codes::dispositions().contains(QLatin1String(choice)));
            QVERIFY(row.requires(StepField::Disposition));
        }
        QVERIFY2(!(row.required & row.optional), qPrintable(keyOf(row.step)));
        QVERIFY(row.roles != 0);
        QVERIFY2(!row.allowsRole(Role::Clerk), "clerks change nothing");
    }
    // Every step of the independent list is in the table, and nothing else is.
    int expectedRows = 0;
    for (const Expected& e : expectedTransitions) {
        expectedRows += QLatin1String(e.direction) == QLatin1String("both") ? 2 : 1;
    }
    QCOMPARE(int(seen.size()), expectedRows + 2); // + the two creation steps
}

void TestWorkflow::everyStateIsReachableAndCanClose()
{
    for (Direction direction : allOf<Direction>()) {
        std::set<State> reached = {Workflow::initialState(direction)};
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Transition& row : Workflow::table()) {
                if (!row.appliesTo(direction) || row.target != Target::Fixed) {
                    continue;
                }
                for (State from : row.fromStates(direction)) {
                    if (reached.count(from) && reached.insert(row.to).second) {
                        grew = true;
                    }
                }
            }
        }
        for (State state : Workflow::states(direction)) {
            QVERIFY2(reached.count(state), qPrintable(keyOf(state)));
            if (Workflow::isOpen(state)) {
                const Transition* withdraw = Workflow::find(direction, Step::Withdraw);
                QVERIFY(withdraw && withdraw->allowsFrom(state));
            }
        }
    }
}

void TestWorkflow::availableStepsMatchCheck()
{
    for (Direction direction : allOf<Direction>()) {
        for (State state : Workflow::states(direction)) {
            for (Role role : allOf<Role>()) {
                for (const Transition* row : Workflow::available(direction, state, role)) {
                    const Expected* expected = expectedFor(direction, keyOf(row->step));
                    QVERIFY(expected);
                    const Result<StepData> result
                        = Workflow::check(direction, state, row->step, role, completeInput(*expected), today);
                    QVERIFY2(result.ok(), qPrintable(result.error().fullText()));
                }
            }
        }
    }
}

void TestWorkflow::completingExecutionNeedsEveryMeasureResolved()
{
    for (const Transition& row : Workflow::table()) {
        QCOMPARE(row.guard == Guard::MeasuresResolved, row.step == Step::CompleteExecution);
    }
    const Transition& complete = *Workflow::find(Direction::Incoming, Step::CompleteExecution);
    Request request;
    request.measures = {{QStringLiteral("bank_records"), QStringLiteral("done"), QString()},
                        {QStringLiteral("witness_hearing"), QStringLiteral("impossible"), QString()}};
    QVERIFY(Workflow::checkGuard(complete, request).ok());
    request.measures.push_back({QStringLiteral("search_seizure"), QStringLiteral("pending"), QString()});
    const Status status = Workflow::checkGuard(complete, request);
    QCOMPARE(status.kind(), Error::Kind::NotAllowed);
    QVERIFY(status.message().contains(Codes::assistanceTypes().label(QStringLiteral("search_seizure"))));
    QVERIFY(!status.message().contains(Codes::assistanceTypes().label(QStringLiteral("bank_records"))));
    QVERIFY(Workflow::checkGuard(complete, Request()).ok()); // nothing asked, nothing pending
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
