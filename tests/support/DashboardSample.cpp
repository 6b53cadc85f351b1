#include "DashboardSample.h"

#include "TestDatabase.h"
#include "domain/Workflow.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QRandomGenerator>

#include <optional>
#include <tuple>
#include <vector>

namespace Masar::Test {

namespace {

const QStringList partners = {QStringLiteral("MA"), QStringLiteral("TN"), QStringLiteral("EG"),
                              QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("IQ")};
const QStringList holders
    = {QStringLiteral("officer"), QStringLiteral("officer2"), QStringLiteral("supervisor"), QString()};
// Days open on and beside the edges of the dashboard's age bands.
const int ages[] = {0, 1, 30, 31, 60, 90, 91, 150, 180, 181, 400, 2000};
// Next deadlines, in days from today, on and beside the edges of "overdue"
// and "due within 7 days"; none: as the engine computed it.
const std::optional<int> deadlines[] = {-40, -1, 0, 1, 6, 7, 8, 30, std::nullopt};

QDateTime at(const QDate& day)
{
    // Before the test clock's time of day (09:30 UTC), so never in the future.
    return QDateTime(day, QTime(8, 0), Qt::UTC);
}

HistoryEntry entry(const QDate& day, Step step, std::optional<State> from, State to)
{
    HistoryEntry e;
    e.at = at(day);
    e.step = step;
    e.from = from;
    e.to = to;
    e.actor = QStringLiteral("officer");
    return e;
}

// A request as an import file would hold it, with its history.
// `made`: how many of each direction were made before. `unsent` is set for
// an outgoing request past "sent" whose day sent is to be taken away after
// the import (which refuses it without one), as a register kept before that
// rule may hold it.
Request imported(int i, QRandomGenerator& random, const QDate& today, int made[2], bool* unsent)
{
    const bool incoming = random.bounded(3) != 0;
    const int age = ages[made[incoming ? 0 : 1]++ % int(std::size(ages))];
    Request r = incoming ? TestDatabase::incomingDraft() : TestDatabase::outgoingDraft();
    r.foreignReference = QStringLiteral("DB/%1").arg(i);
    const std::vector<State> states = Workflow::states(r.direction);
    r.state = states[std::size_t(random.bounded(int(states.size())))];
    const QString partner = partners[random.bounded(int(partners.size()))];
    const bool otherHome = random.bounded(6) == 0;
    if (incoming) {
        r.requestingCountry = partner;
        r.requestedCountry
            = otherHome && partner != QLatin1String("TN") ? QStringLiteral("TN") : QStringLiteral("ES");
    } else {
        r.requestedCountry = partner;
        r.requestingCountry
            = otherHome && partner != QLatin1String("MA") ? QStringLiteral("MA") : QStringLiteral("ES");
    }
    r.assignee = holders[random.bounded(int(holders.size()))];
    if (random.bounded(8) == 0) {
        r.priority = QStringLiteral("urgent");
        r.urgencyReason = QStringLiteral("Detention ends soon");
    }
    const QDate opened = today.addDays(-age);
    bool sent = true;
    if (incoming) {
        r.receivedOn = opened;
    } else {
        sent = r.state != State::Draft && r.state != State::InTranslation;
        *unsent = sent && random.bounded(10) == 0;
        if (sent) {
            r.sentOn = opened;
        }
    }
    if (r.state == State::Closed) {
        const QStringList dispositions = incoming
            ? QStringList {QStringLiteral("executed"), QStringLiteral("partially_executed"),
                           QStringLiteral("refused"), QStringLiteral("withdrawn")}
            : QStringList {QStringLiteral("executed"), QStringLiteral("partially_executed"),
                           QStringLiteral("refused")};
        r.disposition = dispositions[random.bounded(int(dispositions.size()))];
    }

    // Results on the way: sent back (incoming) or received (outgoing), some
    // twice, days after the request was opened; then closed, or not yet.
    const bool withResults = incoming
        ? r.state == State::ResultsSent
            || (r.state == State::Closed && r.disposition.contains(QLatin1String("executed")))
        : r.state == State::ResultsReceived || r.state == State::ResultsForwarded
            || (r.state == State::Closed && r.disposition.contains(QLatin1String("executed")));
    const int span = int(opened.daysTo(today));
    if (!withResults) {
        r.history = {entry(opened, Step::Import, std::nullopt, r.state)};
        return r;
    }
    const QDate first = opened.addDays(random.bounded(span + 1));
    const QDate again = first.addDays(random.bounded(int(first.daysTo(today)) + 1));
    if (incoming) {
        r.history = {entry(opened, Step::Import, std::nullopt, State::Executed),
                     entry(first, Step::SendResults, State::Executed, State::ResultsSent)};
        if (random.bounded(4) == 0) {
            r.history.push_back(entry(again, Step::SendResults, State::Executed, State::ResultsSent));
        }
    } else {
        r.history = {entry(opened, Step::Import, std::nullopt, State::InExecutionAbroad),
                     entry(first, Step::ReceiveResults, State::InExecutionAbroad, State::ResultsReceived)};
        if (random.bounded(4) == 0) {
            r.history.push_back(
                entry(again, Step::ReceiveResults, State::PartialResultsReceived, State::ResultsReceived));
        }
    }
    if (r.history.back().to != r.state) {
        r.history.push_back(entry(again, r.state == State::Closed ? Step::Close : Step::ForwardResults,
                                  r.history.back().to, r.state));
    }
    return r;
}

Status check(const Result<StepOutcome>& outcome)
{
    return outcome ? Status() : outcome.error();
}

// An incoming request from receipt to closing with its results sent, and an
// outgoing one from its draft to closing with its results received, on a
// clock moved between steps.
Status walk(TestDatabase& t)
{
    FixedClock& clock = t.clock();
    const QDateTime now = clock.nowUtc();
    RequestService service(t.db(), clock);
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));

    clock.set(now.addDays(-20));
    Request draft = TestDatabase::incomingDraft();
    draft.receivedOn = clock.today();
    Result<Request> in = service.create(officer, draft);
    if (!in) {
        return in.error();
    }
    const QString ref = in->reference;
    StepInput transmit;
    transmit.set(StepField::ToAuthority, QStringLiteral("Juzgado Central de Instrucción nº 5"));
    StepInput done;
    done.set(StepField::Measure, QStringLiteral("1")).set(StepField::MeasureStatus, QStringLiteral("done"));
    StepInput close;
    close.set(StepField::Disposition, QStringLiteral("executed"));
    for (const auto& [user, step, input] : std::initializer_list<std::tuple<const User*, Step, StepInput>> {
             {&officer, Step::Register, {}},
             {&officer, Step::StartReview, {}},
             {&supervisor, Step::Accept, {}},
             {&officer, Step::TransmitForExecution, transmit},
             {&officer, Step::RecordMeasureResult, done},
             {&officer, Step::CompleteExecution, {}}}) {
        if (Status status = check(service.takeStep(*user, ref, step, input)); !status.ok()) {
            return status;
        }
    }
    clock.set(now.addDays(-20 + walkedIncomingDays));
    if (Status status = check(service.takeStep(officer, ref, Step::SendResults, {})); !status.ok()) {
        return status;
    }
    if (Status status = check(service.takeStep(supervisor, ref, Step::Close, close)); !status.ok()) {
        return status;
    }

    clock.set(now.addDays(-50));
    Result<Request> out = service.create(officer, TestDatabase::outgoingDraft());
    if (!out) {
        return out.error();
    }
    const QString outRef = out->reference;
    StepInput forward;
    forward.set(StepField::ToAuthority, QStringLiteral("Audiencia Nacional"));
    if (Status status = check(service.takeStep(officer, outRef, Step::Send, {})); !status.ok()) {
        return status;
    }
    clock.set(now.addDays(-50 + walkedOutgoingDays));
    for (const auto& [user, step, input] : std::initializer_list<std::tuple<const User*, Step, StepInput>> {
             {&officer, Step::RecordExecutionAbroad, {}},
             {&officer, Step::ReceiveResults, {}},
             {&officer, Step::ForwardResults, forward},
             {&supervisor, Step::Close, close}}) {
        if (Status status = check(service.takeStep(*user, outRef, step, input)); !status.ok()) {
            return status;
        }
    }
    clock.set(now);
    return Status();
}

} // namespace

Status fillDashboardRegister(TestDatabase& t)
{
    const QDate today = t.clock().today();
    QRandomGenerator random(20260302);
    std::vector<ImportRecord> records;
    QVariantList unsent;
    int made[2] = {0, 0};
    for (int i = 0; i < 200; ++i) {
        bool notSent = false;
        records.push_back(
            {QStringLiteral("request %1").arg(i + 1), imported(i, random, today, made, &notSent)});
        if (notSent) {
            unsent << records.back().request.foreignReference;
        }
    }
    Result<int> done
        = RequestService(t.db(), t.clock()).importRequests(t.user(QStringLiteral("admin")), records);
    if (!done) {
        return done.error();
    }
    for (const QVariant& foreignReference : unsent) {
        Result<QSqlQuery> cleared
            = Sql::exec(t.db().connection(),
                        QStringLiteral("UPDATE requests SET sent_on = NULL WHERE foreign_reference = ?"),
                        {foreignReference});
        if (!cleared) {
            return cleared.error();
        }
    }
    if (Status status = walk(t); !status.ok()) {
        return status;
    }

    // Deadlines on the edges, for three open requests in four.
    Result<QSqlQuery> open = Sql::exec(t.db().connection(),
                                       QStringLiteral("SELECT id FROM requests WHERE state <> ? ORDER BY id"),
                                       {keyOf(State::Closed)});
    if (!open) {
        return open.error();
    }
    std::vector<qint64> ids;
    while (open->next()) {
        ids.push_back(open->value(0).toLongLong());
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const std::optional<int> offset = deadlines[i % std::size(deadlines)];
        if (!offset || i % 4 == 3) {
            continue;
        }
        Result<QSqlQuery> set = Sql::exec(
            t.db().connection(), QStringLiteral("UPDATE requests SET next_deadline = ? WHERE id = ?"),
            {Sql::date(today.addDays(*offset)), ids[i]});
        if (!set) {
            return set.error();
        }
    }
    return Status();
}

} // namespace Masar::Test
