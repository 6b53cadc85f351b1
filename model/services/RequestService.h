#pragma once

#include "DeadlineRecomputer.h"
#include "RequestReader.h"
#include "RequestWriter.h"
#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Request.h"
#include "domain/RequestValidator.h"
#include "domain/StepInput.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace Masar {

class Database;
class DeadlineEngine;
class WriteTransaction;

// What a step did.
struct StepOutcome
{
    QString reference;
    HistoryEntry entry; // the line appended to the history
    QStringList warnings; // e.g. likely duplicates found on registering
};

// Every change to requests goes through here: creating, taking workflow
// steps, importing. Each call checks the rules (workflow, permissions,
// validation), then writes in one transaction, or writes nothing.
// A RequestService must not outlive its Database.
class RequestService
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestService)

public:
    explicit RequestService(Database& database, const Clock& clock = Clock::system());

    // Registers a new request in its direction's initial state and returns it
    // with its new reference. Reference, state and history are assigned here;
    // the assignee is the actor and an incoming request's receipt date today,
    // unless given.
    Result<Request> create(const User& actor, const Request& draft);
    // Checks a request about to be created as create() does (the role, its
    // fields, its assignee, its links) without writing anything: the
    // problems field by field (Invalid, Error::fieldProblems), or the
    // references of requests it may duplicate (likelyDuplicates).
    Result<QStringList> checkNew(const User& actor, const Request& draft) const;

    // Takes a workflow step. The outcome's entry.id is the request's new revision.
    // When input.revision is set (the request's revision() as the user saw
    // it), a step on a request someone changed since is refused (Conflict),
    // naming who changed it and when, as an edit is.
    // Not the step "amend", which is recorded when a request's details are edited: amend().
    Result<StepOutcome> takeStep(const User& actor, const QString& reference, Step step,
                                 const StepInput& input);

    // Takes the same step with the same input on each request (a supervisor
    // reassigning many at once): all or nothing, in one transaction. When
    // the step is refused on any, nothing is written and the error lists
    // every refusal by reference. At most mostRequestsAtOnce requests.
    static constexpr int mostRequestsAtOnce = 1000;
    Result<std::vector<StepOutcome>> takeStepOnEach(const User& actor, const QStringList& references,
                                                    Step step, const StepInput& input);

    // Stores a request's details as the user edited them: `edited` is the
    // request as read (RequestReader::get) with the user's changes to its own
    // details, persons, measures and links (RequestAmendment says which fields
    // editing may change; an edit of any other is refused). `revision` is the
    // request's revision() when the editor read it: if someone changed the
    // request since, the edit is refused (Error::Kind::Conflict) naming who
    // changed it and when. Allowed as the workflow table's step "amend" says
    // (role and state); `reason` is optional. Problems are listed field by
    // field (Invalid), as create() does; an edit that changes nothing is
    // refused too (Invalid). Otherwise the changes are written in one
    // transaction with one history entry "amend", from and to the current
    // state, whose data names the fields changed: {"changed": ["summary",
    // "persons"]}. The outcome's entry.id is the new revision; its warnings
    // name likely duplicates when the foreign reference, the requesting
    // country or the persons changed.
    Result<StepOutcome> amend(const User& actor, const QString& reference, const Request& edited,
                              qint64 revision, const QString& reason = QString());

    // Imports requests all or nothing (RequestImporter); returns how many.
    // `users`: the users the file assigns its requests to.
    Result<int> importRequests(const User& actor, std::vector<ImportRecord> records,
                               const std::vector<User>& users = {});

    // The error that refuses a new request, listing its problems field by field.
    static Error notCreated(const std::vector<FieldProblem>& problems);
    // The error that refuses an edit, listing its problems field by field.
    static Error notAmended(const QString& reference, const std::vector<FieldProblem>& problems);

    // References of other requests that may be the same one: same requesting
    // state and foreign reference, or a person of the same name.
    Result<QStringList> likelyDuplicates(const Request& request) const;

    // The deadline engine with the register's rules and calendars (DeadlinePolicy).
    Result<std::shared_ptr<const DeadlineEngine>> deadlineEngine() const;
    // Computes the deadlines of the requests queued for it (DeadlineRecomputer::run).
    Status recomputeDeadlines(std::vector<DeadlineChange>* changes = nullptr,
                            const std::function<bool(int done, int total)>& progress = {});

private:
    // A request about to be created, checked, with what create() writes besides.
    struct NewRequest
    {
        Request draft; // with its state and defaults
        qint64 assigneeId = 0;
        std::vector<std::pair<qint64, QString>> links; // the ids and kinds of the requests it links to
    };
    Result<NewRequest> prepareNew(const User& actor, Request draft) const;
    // Begins the transaction of one or many steps, and reads the deadline engine inside it.
    Result<std::shared_ptr<const DeadlineEngine>> beginSteps(WriteTransaction& transaction) const;
    // takeStep inside the caller's write transaction.
    Result<StepOutcome> stepWithin(const User& actor, const QString& reference, Step step,
                                   const StepInput& input, const DeadlineEngine& engine);
    static Result<State> previousState(const Request& request);
    // The state a step leads the request to.
    static Result<State> targetState(const Transition& row, const Request& request);
    // Adds a warning for each request that may be the same one.
    Status warnOfDuplicates(const Request& request, QStringList* warnings) const;
    // Stores a request's next deadline, inside the caller's transaction; with
    // the register's engine unless one is given.
    Status storeDeadline(qint64 id, const DeadlineEngine* engine = nullptr);
    // Refuses an edit (no step) or a step taken on a request read at another
    // revision than the stored one, naming who changed it last and when.
    Status checkRevision(const Request& stored, qint64 revision, std::optional<Step> step) const;

    Database& m_database;
    const Clock& m_clock;
    RequestReader m_reader;
    RequestWriter m_writer;
};

} // namespace Masar
