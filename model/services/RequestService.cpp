#include "RequestService.h"

#include "DeadlinePolicy.h"
#include "DeadlineRecomputer.h"
#include "RequestAmendment.h"
#include "RequestImporter.h"
#include "StepEffects.h"
#include "Users.h"
#include "core/Iso8601.h"
#include "deadlines/DeadlineEngine.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Masar {

RequestService::RequestService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_reader(database)
    , m_writer(database)
{
}

Result<std::shared_ptr<const DeadlineEngine>> RequestService::deadlineEngine() const
{
    return DeadlinePolicy(m_database, m_clock).engine();
}

Status RequestService::storeDeadline(qint64 id, const DeadlineEngine* engine)
{
    std::shared_ptr<const DeadlineEngine> loaded;
    if (!engine) {
        Result<std::shared_ptr<const DeadlineEngine>> made = deadlineEngine();
        if (!made) {
            return made.error();
        }
        loaded = made.take();
        engine = loaded.get();
    }
    Result<std::vector<Request>> requests = m_reader.byIds({id}, RequestReader::Detail::Deadlines);
    if (!requests) {
        return requests.error();
    }
    if (requests->empty()) {
        return Error::notFound(tr("The request was not found."));
    }
    return DeadlineRecomputer(m_database).store(requests->front(), *engine);
}

Error RequestService::notCreated(const std::vector<FieldProblem>& problems)
{
    return Error::invalidFields(tr("The request was not created:"), problems);
}

Error RequestService::notAmended(const QString& reference, const std::vector<FieldProblem>& problems)
{
    return Error::invalidFields(tr("Request %1 was not changed:").arg(reference), problems);
}

Result<RequestService::NewRequest> RequestService::prepareNew(const User& actor, Request draft) const
{
    if (Status status = Workflow::checkCreation(draft.direction, actor.role); !status.ok()) {
        return status;
    }
    const Transition& creation = Workflow::creation(draft.direction);
    draft.id = 0;
    draft.reference.clear();
    draft.state = creation.to;
    draft.disposition.clear();
    draft.history.clear();
    draft.documents.clear();
    const QDate today = m_clock.today();
    if (draft.assignee.isEmpty()) {
        draft.assignee = actor.name;
    }
    if (draft.direction == Direction::Incoming && !draft.receivedOn.isValid()) {
        draft.receivedOn = today; // logged the day it arrives, unless told otherwise
    }
    std::vector<FieldProblem> problems
        = RequestValidator::validate(draft, today, RequestValidator::Mode::New);
    if (!problems.empty()) {
        return notCreated(problems);
    }
    Result<User> assignee = Users(m_database, m_clock).holder(draft.assignee);
    if (!assignee) {
        if (assignee.error().kind() == Error::Kind::Storage) {
            return assignee.error();
        }
        return notCreated({{QStringLiteral("assignee"), assignee.error().message()}});
    }
    NewRequest ready;
    ready.assigneeId = assignee->id;
    for (std::size_t i = 0; i < draft.links.size(); ++i) {
        Result<std::optional<qint64>> target = m_reader.idOf(draft.links[i].reference);
        if (!target) {
            return target.error();
        }
        if (!*target) {
            problems.push_back({QStringLiteral("links[%1].reference").arg(i),
                                tr("there is no request “%1”").arg(draft.links[i].reference)});
        } else {
            ready.links.emplace_back(**target, draft.links[i].kind);
        }
    }
    if (!problems.empty()) {
        return notCreated(problems);
    }
    ready.draft = std::move(draft);
    return ready;
}

Result<QStringList> RequestService::checkNew(const User& actor, const Request& draft) const
{
    Result<NewRequest> ready = prepareNew(actor, draft);
    if (!ready) {
        return ready.error();
    }
    return likelyDuplicates(ready->draft);
}

Result<Request> RequestService::create(const User& actor, const Request& given)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    Result<NewRequest> ready = prepareNew(actor, given);
    if (!ready) {
        return ready.error();
    }
    Request& draft = ready->draft;
    const Transition& creation = Workflow::creation(draft.direction);
    const QDate today = m_clock.today();
    Result<int> last = m_writer.lastReferenceNumber(draft.direction, today.year());
    if (!last) {
        return last.error();
    }
    draft.reference = RequestValidator::formatReference(draft.direction, today.year(), *last + 1);
    Result<qint64> id = m_writer.insert(draft, ready->assigneeId);
    if (!id) {
        return id.error();
    }
    for (const auto& [target, kind] : ready->links) {
        if (Status status = m_writer.setLink(*id, target, kind); !status.ok()) {
            return status;
        }
    }
    HistoryEntry entry;
    entry.at = m_clock.nowUtc();
    entry.step = creation.step;
    entry.to = creation.to;
    entry.actor = actor.name;
    if (draft.direction == Direction::Incoming) {
        entry.setValue(StepField::Channel, draft.channel);
        entry.setReceivedOn(draft.receivedOn);
        entry.setValue(StepField::ForeignReference, draft.foreignReference);
    }
    if (Result<qint64> appended = m_writer.appendHistory(*id, entry); !appended) {
        return appended.error();
    }
    if (Status status = storeDeadline(*id); !status.ok()) {
        return status;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return m_reader.get(draft.reference);
}

Result<State> RequestService::previousState(const Request& request)
{
    // The entry that brought the request into its current state, not counting
    // steps that themselves went back (a request reopened into "postponed"
    // resumes to where it was postponed from, not to "closed").
    std::optional<State> previous;
    bool found = false;
    for (auto it = request.history.rbegin(); it != request.history.rend() && !found; ++it) {
        if (it->to != request.state || it->from == it->to) {
            continue;
        }
        const Transition* row = Workflow::find(request.direction, it->step);
        if (row && row->target == Target::Previous) {
            continue;
        }
        previous = it->from;
        found = true;
    }
    if (!previous || !Workflow::isOpen(*previous)) {
        return Error::notAllowed(tr("The history does not record which state the request was in before “%1”, "
                                    "so it cannot go back.")
                                     .arg(labelOf(request.state)));
    }
    return *previous;
}

Result<std::shared_ptr<const DeadlineEngine>> RequestService::beginSteps(WriteTransaction& transaction) const
{
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    return deadlineEngine();
}

Result<StepOutcome> RequestService::takeStep(const User& actor, const QString& reference, Step step,
                                             const StepInput& input)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    Result<std::shared_ptr<const DeadlineEngine>> engine = beginSteps(transaction);
    if (!engine) {
        return engine.error();
    }
    Result<StepOutcome> outcome = stepWithin(actor, reference, step, input, **engine);
    if (!outcome) {
        return outcome;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return outcome;
}

Result<std::vector<StepOutcome>> RequestService::takeStepOnEach(const User& actor,
                                                                const QStringList& references, Step step,
                                                                const StepInput& input)
{
    if (references.isEmpty()) {
        return Error::invalid(tr("No request was given."));
    }
    if (references.size() > mostRequestsAtOnce) {
        return Error::invalid(
            tr("A step is taken on at most %Ln requests at once.", nullptr, mostRequestsAtOnce));
    }
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    Result<std::shared_ptr<const DeadlineEngine>> engine = beginSteps(transaction);
    if (!engine) {
        return engine.error();
    }
    std::vector<StepOutcome> outcomes;
    QStringList problems;
    for (const QString& reference : references) {
        Result<StepOutcome> outcome = stepWithin(actor, reference, step, input, **engine);
        if (!outcome) {
            if (outcome.error().kind() == Error::Kind::Storage) {
                return outcome.error();
            }
            //: %1 a request's reference, %2 why the step was refused on it.
            problems << tr("%1: %2").arg(reference, outcome.error().fullText());
            continue;
        }
        outcomes.push_back(outcome.take());
    }
    if (!problems.isEmpty()) {
        // All or nothing: the transaction is rolled back.
        return Error::invalid(tr("The step “%1” was taken on none of the %Ln request(s), because of:",
                                 nullptr, int(references.size()))
                                  .arg(labelOf(step)),
                              problems);
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return outcomes;
}

Result<State> RequestService::targetState(const Transition& row, const Request& request)
{
    switch (row.target) {
    case Target::Fixed:
        return row.to;
    case Target::Previous:
        return previousState(request);
    case Target::Unchanged:
        break;
    }
    return request.state;
}

Status RequestService::warnOfDuplicates(const Request& request, QStringList* warnings) const
{
    Result<QStringList> duplicates = likelyDuplicates(request);
    if (!duplicates) {
        return duplicates.error();
    }
    for (const QString& other : *duplicates) {
        *warnings << tr("Request %1 may be the same request: check before going on.").arg(other);
    }
    return Status();
}

Result<StepOutcome> RequestService::stepWithin(const User& actor, const QString& reference, Step step,
                                               const StepInput& input, const DeadlineEngine& engine)
{
    Result<Request> loaded = m_reader.get(reference, RequestReader::Detail::Full);
    if (!loaded) {
        return loaded.error();
    }
    Request request = loaded.take();
    if (input.revision != 0) {
        if (Status status = checkRevision(request, input.revision, step); !status.ok()) {
            return status;
        }
    }
    Result<StepData> data
        = Workflow::check(request.direction, request.state, step, actor.role, input, m_clock.today());
    if (!data) {
        return data.error();
    }
    if (step == Step::Amend) {
        return Error::notAllowed(
            tr("“%1” is recorded when a request's details are edited; it is not taken on its own.")
                .arg(labelOf(step)));
    }
    const Transition& row = *Workflow::find(request.direction, step);
    if (Status status = Workflow::checkGuard(row, request); !status.ok()) {
        return status;
    }
    if (step == Step::ExtendDeadline) {
        if (Status status = engine.checkExtension(request, data->date(StepField::NewDeadline));
            !status.ok()) {
            return status;
        }
    }
    const State from = request.state;
    Result<State> to = targetState(row, request);
    if (!to) {
        return to.error();
    }
    request.state = *to;

    StepOutcome outcome;
    outcome.reference = request.reference;
    outcome.entry.at = m_clock.nowUtc();
    outcome.entry.step = step;
    outcome.entry.from = from;
    outcome.entry.to = request.state;
    outcome.entry.actor = actor.name;
    outcome.entry.reason = input.reason.trimmed();
    outcome.entry.data = data->toJson();
    if (Status status = StepEffects(m_database, m_clock)
                            .apply(row, *data, outcome.entry.reason, actor, &request, &outcome.entry);
        !status.ok()) {
        return status;
    }
    if (Status status = m_writer.updateAfterStep(request); !status.ok()) {
        return status;
    }
    Result<qint64> appended = m_writer.appendHistory(request.id, outcome.entry);
    if (!appended) {
        return appended.error();
    }
    outcome.entry.id = *appended;
    if (Status status = storeDeadline(request.id, &engine); !status.ok()) {
        return status;
    }
    if (step == Step::Register) {
        if (Status status = warnOfDuplicates(request, &outcome.warnings); !status.ok()) {
            return status;
        }
    }
    return outcome;
}

Status RequestService::checkRevision(const Request& stored, qint64 revision, std::optional<Step> step) const
{
    if (revision == stored.revision()) {
        return Status();
    }
    const auto seen = std::find_if(stored.history.cbegin(), stored.history.cend(),
                                   [revision](const HistoryEntry& entry) { return entry.id == revision; });
    if (seen == stored.history.cend()) {
        return Error::invalid(
            tr("The change does not say which version of request %1 it was made on; nothing was saved.")
                .arg(stored.reference));
    }
    const int since = int(stored.history.cend() - seen) - 1;
    const HistoryEntry& last = stored.history.back();
    const QString when = QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat);
    // Named as colleagues know each other; the login name when it cannot be read.
    const Result<User> author = Users(m_database, m_clock).find(last.actor);
    const QString who = author ? author->shownName() : last.actor;
    if (step) {
        //: %1 a reference, %2 a user, %3 a date and time, %4 the last step taken; %5 the step refused.
        return Error::conflict(
            tr("Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: "
               "“%4”. “%5” was not taken; look at the request again first.",
               nullptr, since)
                .arg(stored.reference, who, when, labelOf(last.step), labelOf(*step)));
    }
    return Error::conflict(tr("Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: "
                              "“%4”. Nothing was saved; open it again and redo your changes.",
                              nullptr, since)
                               .arg(stored.reference, who, when, labelOf(last.step)));
}

Result<StepOutcome> RequestService::amend(const User& actor, const QString& reference, const Request& edited,
                                          qint64 revision, const QString& reason)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    Result<Request> loaded = m_reader.get(reference, RequestReader::Detail::Full);
    if (!loaded) {
        return loaded.error();
    }
    const Request stored = loaded.take();
    if (Status status = checkRevision(stored, revision, std::nullopt); !status.ok()) {
        return status;
    }
    StepInput input;
    input.reason = reason.trimmed();
    const QDate today = m_clock.today();
    if (Result<StepData> allowed
        = Workflow::check(stored.direction, stored.state, Step::Amend, actor.role, input, today);
        !allowed) {
        return allowed.error();
    }

    RequestAmendment amendment(stored, edited, today);
    if (Status status = amendment.findLinkedRequests(m_reader); !status.ok()) {
        return status;
    }
    if (!amendment.problems().empty()) {
        return notAmended(reference, amendment.problems());
    }
    if (amendment.changed().isEmpty()) {
        return Error::unchanged(
            tr("Nothing was changed: the details of request %1 are as they were.").arg(reference));
    }
    if (Status status = amendment.write(m_writer); !status.ok()) {
        return status;
    }

    StepOutcome outcome;
    outcome.reference = stored.reference;
    outcome.entry.at = m_clock.nowUtc();
    outcome.entry.step = Step::Amend;
    outcome.entry.from = stored.state;
    outcome.entry.to = stored.state;
    outcome.entry.actor = actor.name;
    outcome.entry.reason = input.reason;
    outcome.entry.setChangedFields(amendment.changed());
    Result<qint64> appended = m_writer.appendHistory(stored.id, outcome.entry);
    if (!appended) {
        return appended.error();
    }
    outcome.entry.id = *appended;
    if (Status status = storeDeadline(stored.id); !status.ok()) {
        return status;
    }
    if (amendment.changes(QStringLiteral("foreign_reference"))
        || amendment.changes(QStringLiteral("requesting_country"))
        || amendment.changes(QStringLiteral("persons"))) {
        if (Status status = warnOfDuplicates(amendment.amended(), &outcome.warnings); !status.ok()) {
            return status;
        }
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return outcome;
}

Result<QStringList> RequestService::likelyDuplicates(const Request& request) const
{
    QStringList references;
    if (!request.foreignReference.isEmpty()) {
        Result<QSqlQuery> query
            = Sql::exec(m_database.connection(),
                        QStringLiteral("SELECT reference FROM requests WHERE requesting_country = ?"
                                       " AND foreign_reference = ? AND id <> ? ORDER BY id"),
                        {request.requestingCountry, request.foreignReference, request.id});
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            references << query->value(0).toString();
        }
    }
    for (const Person& person : request.persons) {
        Result<QSqlQuery> query
            = Sql::exec(m_database.connection(),
                        QStringLiteral("SELECT DISTINCT r.reference FROM persons p JOIN requests r"
                                       " ON r.id = p.request_id WHERE p.name = ? AND r.id <> ?"
                                       " ORDER BY r.reference"),
                        {person.name, request.id});
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            const QString reference = query->value(0).toString();
            if (!references.contains(reference)) {
                references << reference;
            }
        }
    }
    return references;
}

Result<int> RequestService::importRequests(const User& actor, std::vector<ImportRecord> records,
                                           const std::vector<User>& users)
{
    return RequestImporter(m_database, m_clock).run(actor, std::move(records), users);
}

Status RequestService::recomputeDeadlines(std::vector<DeadlineChange>* changes,
                                          const std::function<bool(int, int)>& progress)
{
    return DeadlineRecomputer(m_database).run(changes, progress).status();
}

} // namespace Masar
