// RequestService: the only way requests change. Every accepted change is in
// the history; every refused one leaves the database as it was.
#include "TestDatabase.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// A snapshot of everything a refused change must leave alone.
struct Snapshot
{
    QList<int> counts;
    QString states;

    bool operator==(const Snapshot& other) const { return counts == other.counts && states == other.states; }
};

Snapshot snapshot(TestDatabase& t)
{
    Snapshot s;
    for (const char* table : {"requests", "history", "measures", "persons", "request_links", "documents",
                              "request_legal_bases", "request_offences"}) {
        s.counts << t.rows(QLatin1String(table));
    }
    Result<QSqlQuery> query
        = Sql::exec(t.db().connection(),
                    QStringLiteral("SELECT group_concat(reference || ':' || state || ':' || "
                                   "coalesce(disposition, '') || ':' || priority || ':' || "
                                   "coalesce(assignee_id, ''), ';') FROM requests"));
    if (query && query->next()) {
        s.states = query->value(0).toString();
    }
    return s;
}

} // namespace

class TestRequestService : public QObject
{
    Q_OBJECT

private:
    // Takes a step that must succeed.
    static StepOutcome step(RequestService& service, const User& user, const QString& reference, Step step,
                            const StepInput& input = {})
    {
        Result<StepOutcome> outcome = service.takeStep(user, reference, step, input);
        if (!outcome) {
            qWarning("%s", qPrintable(outcome.error().fullText()));
            return StepOutcome();
        }
        return *outcome;
    }

    // An incoming request registered, reviewed, accepted and sent to an executing authority.
    static QString createInExecution(TestDatabase& t, RequestService& service)
    {
        const User& officer = t.user(QStringLiteral("officer"));
        const QString ref = service.create(officer, TestDatabase::incomingDraft())->reference;
        step(service, officer, ref, Step::Register);
        step(service, officer, ref, Step::StartReview);
        step(service, t.user(QStringLiteral("supervisor")), ref, Step::Accept);
        StepInput transmit;
        transmit.set(StepField::ToAuthority, QStringLiteral("Juzgado Central de Instrucción nº 5"));
        step(service, officer, ref, Step::TransmitForExecution, transmit);
        return ref;
    }

private slots:
    void takesAStepOnManyAllOrNothing();
    void extensionsFollowTheDeadlineRules();
    void createAssignsReferenceStateAndHistory();
    void referencesCountPerDirectionAndYear();
    void invalidRequestIsNotCreated_data();
    void invalidRequestIsNotCreated();
    void clerkCannotCreate();
    void stepsAppendToHistory();
    void refusedStepWritesNothing_data();
    void refusedStepWritesNothing();
    void resumeAndReopenGoBack();
    void backNeedsTheHistory();
    void completeExecutionNeedsResolvedMeasures();
    void measureResultsAreRecorded();
    void resumeAfterReopenGoesToWhereItWasPaused();
    void importAssignsOnlyOfficersAndSupervisors();
    void stepEffectsReachTheRequest();
    void documentsAreStoredWithTheirHash();
    void closeAsDuplicateLinksTheOriginal();
    void registerWarnsOfLikelyDuplicates();
};

void TestRequestService::createAssignsReferenceStateAndHistory()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY2(created, qPrintable(created.error().fullText()));
    QCOMPARE(created->reference, QStringLiteral("IN-2026-0001"));
    QCOMPARE(created->state, State::Received);
    QCOMPARE(created->assignee, QStringLiteral("officer"));
    QCOMPARE(int(created->history.size()), 1);
    const HistoryEntry& entry = created->history.front();
    QCOMPARE(entry.step, Step::LogReceipt);
    QVERIFY(!entry.from);
    QCOMPARE(entry.to, State::Received);
    QCOMPARE(entry.actor, QStringLiteral("officer"));
    QCOMPARE(entry.at, t.clock().nowUtc());
    QCOMPARE(entry.data.value(QStringLiteral("received_on")).toString(), QStringLiteral("2026-03-02"));

    // An incoming request is received today unless said otherwise.
    Request undated = TestDatabase::incomingDraft();
    undated.receivedOn = QDate();
    undated.persons.clear();
    Result<Request> today = service.create(t.user(QStringLiteral("officer")), undated);
    QVERIFY2(today, qPrintable(today.error().fullText()));
    QCOMPARE(today->receivedOn, t.clock().today());

    Result<Request> outgoing
        = service.create(t.user(QStringLiteral("supervisor")), TestDatabase::outgoingDraft());
    QVERIFY2(outgoing, qPrintable(outgoing.error().fullText()));
    QCOMPARE(outgoing->reference, QStringLiteral("OUT-2026-0001"));
    QVERIFY(!outgoing->receivedOn.isValid());
    QCOMPARE(outgoing->state, State::Draft);
    QCOMPARE(outgoing->history.front().step, Step::CreateDraft);
}

void TestRequestService::referencesCountPerDirectionAndYear()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    QStringList references;
    for (int i = 0; i < 3; ++i) {
        Request draft = TestDatabase::incomingDraft();
        draft.foreignReference = QStringLiteral("RB/%1").arg(i);
        draft.persons.clear();
        references << service.create(officer, draft)->reference;
    }
    t.clock().set(QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC));
    Request draft = TestDatabase::incomingDraft();
    draft.receivedOn = QDate(2027, 1, 4);
    references << service.create(officer, draft)->reference;
    QCOMPARE(references,
             (QStringList {QStringLiteral("IN-2026-0001"), QStringLiteral("IN-2026-0002"),
                           QStringLiteral("IN-2026-0003"), QStringLiteral("IN-2027-0001")}));
}

void TestRequestService::invalidRequestIsNotCreated_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<std::function<void(Request&)>>("spoil");
    QTest::newRow("unknown country") << QStringLiteral("requesting_country")
                                     << std::function<void(Request&)>(
                                            [](Request& r) { r.requestingCountry = QStringLiteral("XX"); });
    QTest::newRow("same countries") << QStringLiteral("requested_country")
                                    << std::function<void(Request&)>(
                                           [](Request& r) { r.requestedCountry = r.requestingCountry; });
    QTest::newRow("receipt in the future")
        << QStringLiteral("received_on")
        << std::function<void(Request&)>([](Request& r) { r.receivedOn = QDate(2026, 3, 3); });
    QTest::newRow("person without role")
        << QStringLiteral("persons[0].role")
        << std::function<void(Request&)>([](Request& r) { r.persons[0].role.clear(); });
    QTest::newRow("unknown measure") << QStringLiteral("measures[0].type")
                                     << std::function<void(Request&)>([](Request& r) {
                                            r.measures[0].type = QStringLiteral("torture");
                                        });
    QTest::newRow("urgent without reason")
        << QStringLiteral("urgency_reason")
        << std::function<void(Request&)>([](Request& r) { r.priority = QStringLiteral("urgent"); });
    QTest::newRow("unknown assignee")
        << QStringLiteral("assignee")
        << std::function<void(Request&)>([](Request& r) { r.assignee = QStringLiteral("nobody"); });
    QTest::newRow("clerk as assignee")
        << QStringLiteral("assignee")
        << std::function<void(Request&)>([](Request& r) { r.assignee = QStringLiteral("clerk"); });
    QTest::newRow("link to nothing") << QStringLiteral(
        "links[0].reference") << std::function<void(Request&)>([](Request& r) {
        r.links = {{QStringLiteral("IN-2019-0042"), QStringLiteral("related")}};
    });
}

void TestRequestService::invalidRequestIsNotCreated()
{
    QFETCH(QString, field);
    QFETCH(std::function<void(Request&)>, spoil);
    TestDatabase t;
    const Snapshot before = snapshot(t);
    Request draft = TestDatabase::incomingDraft();
    spoil(draft);
    Result<Request> created
        = RequestService(t.db(), t.clock()).create(t.user(QStringLiteral("officer")), draft);
    QVERIFY(!created);
    QCOMPARE(created.error().kind(), Error::Kind::Invalid);
    QVERIFY2(created.error().fullText().contains(field), qPrintable(created.error().fullText()));
    QVERIFY(snapshot(t) == before);
}

void TestRequestService::clerkCannotCreate()
{
    TestDatabase t;
    Result<Request> created = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("clerk")), TestDatabase::incomingDraft());
    QVERIFY(!created);
    QCOMPARE(created.error().kind(), Error::Kind::Forbidden);
    QCOMPARE(t.rows(QStringLiteral("requests")), 0);
}

void TestRequestService::stepsAppendToHistory()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));
    const QString ref = service.create(officer, TestDatabase::incomingDraft())->reference;

    t.clock().advanceSeconds(60);
    step(service, officer, ref, Step::Register);
    t.clock().advanceSeconds(60);
    step(service, officer, ref, Step::StartReview);
    t.clock().advanceDays(1);
    StepInput ask;
    ask.reason = QStringLiteral("Préciser le numéro de compte.\nMerci.");
    ask.set(StepField::ReplyBy, QStringLiteral("2026-04-03"));
    step(service, officer, ref, Step::RequestInformation, ask);
    t.clock().advanceDays(5);
    step(service, officer, ref, Step::InformationReceived);
    const StepOutcome accepted = step(service, supervisor, ref, Step::Accept);

    const Request request = *RequestReader(t.db()).get(ref);
    QCOMPARE(request.state, State::Accepted);
    QCOMPARE(int(request.history.size()), 6);
    // Each entry has its id, in order; the last is the request's revision, which the step returned.
    for (std::size_t i = 1; i < request.history.size(); ++i) {
        QVERIFY(request.history[i].id > request.history[i - 1].id);
    }
    QVERIFY(request.history.front().id > 0);
    QCOMPARE(request.revision(), accepted.entry.id);
    QCOMPARE(RequestReader(t.db()).get(ref, RequestReader::Detail::Header)->revision(), 0);
    const HistoryEntry& asked = request.history[3];
    QCOMPARE(asked.step, Step::RequestInformation);
    QCOMPARE(asked.from, std::optional<State>(State::UnderReview));
    QCOMPARE(asked.to, State::AwaitingInformation);
    QCOMPARE(asked.reason, ask.reason);
    QCOMPARE(asked.actor, QStringLiteral("officer"));
    QCOMPARE(asked.at, QDateTime(QDate(2026, 3, 3), QTime(9, 32), Qt::UTC));
    QCOMPARE(asked.data.value(QStringLiteral("reply_by")).toString(), QStringLiteral("2026-04-03"));
    QCOMPARE(request.history.back().actor, QStringLiteral("supervisor"));
    QCOMPARE(request.history.back().step, Step::Accept);
}

void TestRequestService::refusedStepWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<Step>("step");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Error::Kind>("kind");

    // The request stands in state "under review".
    QTest::newRow("not from this state")
        << QStringLiteral("officer") << Step::Register << QString() << Error::Kind::NotAllowed;
    QTest::newRow("outgoing step") << QStringLiteral("officer") << Step::Send << QString()
                                   << Error::Kind::NotAllowed;
    QTest::newRow("supervisor only") << QStringLiteral("officer") << Step::Accept << QString()
                                     << Error::Kind::Forbidden;
    QTest::newRow("clerk") << QStringLiteral("clerk") << Step::Consult << QStringLiteral("why")
                           << Error::Kind::Forbidden;
    QTest::newRow("administrator") << QStringLiteral("admin") << Step::Consult << QStringLiteral("why")
                                   << Error::Kind::Forbidden;
    QTest::newRow("reason missing") << QStringLiteral("officer") << Step::Consult << QString()
                                    << Error::Kind::Invalid;
    QTest::newRow("grounds missing") << QStringLiteral("supervisor") << Step::Refuse << QStringLiteral("why")
                                     << Error::Kind::Invalid;
    QTest::newRow("creation step") << QStringLiteral("officer") << Step::LogReceipt << QString()
                                   << Error::Kind::NotAllowed;
    QTest::newRow("reopen an open request")
        << QStringLiteral("supervisor") << Step::Reopen << QStringLiteral("why") << Error::Kind::NotAllowed;
    QTest::newRow("amend, which editing records")
        << QStringLiteral("officer") << Step::Amend << QString() << Error::Kind::NotAllowed;
}

void TestRequestService::refusedStepWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(Step, step);
    QFETCH(QString, reason);
    QFETCH(Error::Kind, kind);
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const QString ref
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft())->reference;
    TestRequestService::step(service, t.user(QStringLiteral("officer")), ref, Step::Register);
    TestRequestService::step(service, t.user(QStringLiteral("officer")), ref, Step::StartReview);
    const Snapshot before = snapshot(t);

    StepInput input;
    input.reason = reason;
    Result<StepOutcome> outcome = service.takeStep(t.user(user), ref, step, input);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), kind);
    QVERIFY2(outcome.error().message().contains(labelOf(step)), qPrintable(outcome.error().message()));
    QVERIFY(snapshot(t) == before);
}

void TestRequestService::resumeAndReopenGoBack()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));
    const QString ref = createInExecution(t, service);

    StepInput postpone;
    postpone.reason = QStringLiteral("Enquête nationale en cours");
    postpone.set(StepField::ReviewDate, QStringLiteral("2026-06-01"));
    step(service, supervisor, ref, Step::Postpone, postpone);
    QCOMPARE(RequestReader(t.db()).get(ref)->state, State::Postponed);
    const StepOutcome resumed = step(service, officer, ref, Step::Resume);
    QCOMPARE(resumed.entry.to, State::InExecution);

    StepInput withdraw;
    withdraw.reason = QStringLiteral("Retrait par l'État requérant");
    step(service, officer, ref, Step::Withdraw, withdraw);
    Request closed = *RequestReader(t.db()).get(ref);
    QCOMPARE(closed.state, State::Closed);
    QCOMPARE(closed.disposition, QStringLiteral("withdrawn"));

    StepInput reopen;
    reopen.reason = QStringLiteral("Retrait annulé");
    QVERIFY(!service.takeStep(officer, ref, Step::Reopen, reopen)); // supervisors only
    step(service, supervisor, ref, Step::Reopen, reopen);
    const Request reopened = *RequestReader(t.db()).get(ref);
    QCOMPARE(reopened.state, State::InExecution);
    QVERIFY(reopened.disposition.isEmpty());
}

void TestRequestService::backNeedsTheHistory()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    // A request migrated from an old register, closed, with no history: which
    // state it closed from is not known, so it cannot be reopened "back".
    Request old = TestDatabase::incomingDraft();
    old.reference = QStringLiteral("IN-2019-0042");
    old.receivedOn = QDate(2019, 5, 6);
    old.state = State::Closed;
    old.disposition = QStringLiteral("executed");
    Result<int> imported
        = service.importRequests(t.user(QStringLiteral("admin")), {{QStringLiteral("request 1"), old}});
    QVERIFY2(imported, qPrintable(imported.error().fullText()));
    const Snapshot before = snapshot(t);
    StepInput reopen;
    reopen.reason = QStringLiteral("Nouvelle demande de l'État requérant");
    Result<StepOutcome> outcome
        = service.takeStep(t.user(QStringLiteral("supervisor")), old.reference, Step::Reopen, reopen);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), Error::Kind::NotAllowed);
    QVERIFY2(outcome.error().message().contains(QLatin1String("history")),
             qPrintable(outcome.error().message()));
    QVERIFY(snapshot(t) == before);
}

void TestRequestService::completeExecutionNeedsResolvedMeasures()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const QString ref = createInExecution(t, service);
    const Snapshot before = snapshot(t);
    Result<StepOutcome> outcome = service.takeStep(officer, ref, Step::CompleteExecution, {});
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), Error::Kind::NotAllowed);
    QVERIFY(
        outcome.error().message().contains(Codes::assistanceTypes().label(QStringLiteral("bank_records"))));
    QVERIFY(snapshot(t) == before);
}

void TestRequestService::measureResultsAreRecorded()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    Request draft = TestDatabase::incomingDraft();
    draft.measures.push_back({QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()});
    draft.measures.push_back({QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()});
    // The draft now has three measures: bank records and two hearings.
    const QString ref = service.create(officer, draft)->reference;
    StepInput transmit;
    transmit.set(StepField::ToAuthority, QStringLiteral("Juzgado Central de Instrucción nº 5"));
    step(service, officer, ref, Step::Register);
    step(service, officer, ref, Step::StartReview);
    step(service, t.user(QStringLiteral("supervisor")), ref, Step::Accept);
    step(service, officer, ref, Step::TransmitForExecution, transmit);

    auto record = [&](const QString& which, const QString& status) {
        StepInput input;
        input.set(StepField::Measure, which);
        input.set(StepField::MeasureStatus, status);
        return service.takeStep(officer, ref, Step::RecordMeasureResult, input);
    };
    const Snapshot before = snapshot(t);
    QCOMPARE(record(QStringLiteral("witness_hearing"), QStringLiteral("done")).error().kind(),
             Error::Kind::Invalid);
    QCOMPARE(record(QStringLiteral("4"), QStringLiteral("done")).error().kind(), Error::Kind::Invalid);
    // Already pending: nothing to record.
    QCOMPARE(record(QStringLiteral("1"), QStringLiteral("pending")).error().kind(), Error::Kind::Unchanged);
    QCOMPARE(record(QStringLiteral("1"), QStringLiteral("finished")).error().kind(), Error::Kind::Invalid);
    QVERIFY(snapshot(t) == before);

    QVERIFY(record(QStringLiteral("bank_records"), QStringLiteral("done")));
    QVERIFY(record(QStringLiteral("2"), QStringLiteral("impossible")));
    QVERIFY(!service.takeStep(officer, ref, Step::CompleteExecution, {})); // measure 3 is pending
    QVERIFY(record(QStringLiteral("3"), QStringLiteral("refused")));
    QCOMPARE(step(service, officer, ref, Step::CompleteExecution).entry.to, State::Executed);

    const Request r = *RequestReader(t.db()).get(ref);
    QCOMPARE(r.measures[0].status, QStringLiteral("done"));
    QCOMPARE(r.measures[1].status, QStringLiteral("impossible"));
    QCOMPARE(r.measures[2].status, QStringLiteral("refused"));
    const HistoryEntry& second = r.history[r.history.size() - 3];
    QCOMPARE(second.step, Step::RecordMeasureResult);
    QCOMPARE(second.from, std::optional<State>(State::InExecution));
    QCOMPARE(second.to, State::InExecution);
    QCOMPARE(second.measureNumber(), 2);
    QCOMPARE(second.measureType(), QStringLiteral("witness_hearing"));
    QCOMPARE(second.changes(),
             (std::vector<FieldChange> {
                 {StepField::MeasureStatus, QStringLiteral("pending"), QStringLiteral("impossible")}}));
}

void TestRequestService::resumeAfterReopenGoesToWhereItWasPaused()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));
    const QString ref = createInExecution(t, service);
    StepInput postpone;
    postpone.reason = QStringLiteral("Enquête nationale en cours");
    postpone.set(StepField::ReviewDate, QStringLiteral("2026-06-01"));
    step(service, supervisor, ref, Step::Postpone, postpone);
    StepInput why;
    why.reason = QStringLiteral("Retrait");
    step(service, officer, ref, Step::Withdraw, why);
    step(service, supervisor, ref, Step::Reopen, why);
    QCOMPARE(RequestReader(t.db()).get(ref)->state, State::Postponed);
    QCOMPARE(step(service, officer, ref, Step::Resume).entry.to, State::InExecution);
}

void TestRequestService::importAssignsOnlyOfficersAndSupervisors()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Request old = TestDatabase::incomingDraft();
    old.assignee = QStringLiteral("clerk");
    Result<int> imported
        = service.importRequests(t.user(QStringLiteral("admin")), {{QStringLiteral("line 2"), old}});
    QVERIFY(!imported);
    QVERIFY2(imported.error().fullText().contains(QStringLiteral("line 2, field “assignee”")),
             qPrintable(imported.error().fullText()));
    QCOMPARE(t.rows(QStringLiteral("requests")), 0);
    old.assignee = QStringLiteral("officer2");
    QVERIFY(service.importRequests(t.user(QStringLiteral("admin")), {{QStringLiteral("line 2"), old}}));
}

void TestRequestService::stepEffectsReachTheRequest()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));
    const QString ref = service.create(officer, TestDatabase::outgoingDraft())->reference;

    StepInput send;
    send.set(StepField::Channel, QStringLiteral("diplomatic"));
    send.set(StepField::SentOn, QStringLiteral("2026-03-01"));
    step(service, officer, ref, Step::Send, send);
    StepInput ack;
    ack.set(StepField::ForeignReference, QStringLiteral("TN/MJ/2026/311"));
    step(service, officer, ref, Step::RecordAcknowledgement, ack);
    StepInput urgent;
    urgent.reason = QStringLiteral("Le témoin quitte le pays le 20 mars.");
    urgent.set(StepField::Priority, QStringLiteral("urgent"));
    step(service, supervisor, ref, Step::ChangePriority, urgent);
    StepInput reassign;
    reassign.set(StepField::Assignee, QStringLiteral("officer2"));
    step(service, supervisor, ref, Step::Reassign, reassign);

    const Request r = *RequestReader(t.db()).get(ref);
    QCOMPARE(r.state, State::Acknowledged);
    QCOMPARE(r.channel, QStringLiteral("diplomatic"));
    QCOMPARE(r.sentOn, QDate(2026, 3, 1));
    QCOMPARE(r.foreignReference, QStringLiteral("TN/MJ/2026/311"));
    QCOMPARE(r.priority, QStringLiteral("urgent"));
    QCOMPARE(r.urgencyReason, urgent.reason);
    QCOMPARE(r.assignee, QStringLiteral("officer2"));
    QCOMPARE(r.history.back().data.value(QStringLiteral("previous_assignee")).toString(),
             QStringLiteral("officer"));

    // Reassigning to a clerk or to the same officer is refused.
    StepInput clerk;
    clerk.set(StepField::Assignee, QStringLiteral("clerk"));
    QVERIFY(!service.takeStep(supervisor, ref, Step::Reassign, clerk));
    QVERIFY(!service.takeStep(supervisor, ref, Step::Reassign, reassign));
}

void TestRequestService::documentsAreStoredWithTheirHash()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const QString ref = service.create(officer, TestDatabase::incomingDraft())->reference;
    QByteArray content("%PDF-1.7\n\0\xff binary", 20);
    StepInput input;
    input.document = DocumentInput {QStringLiteral("lettre rogatoire – Rabat.pdf"),
                                    QStringLiteral("application/pdf"), content};
    step(service, officer, ref, Step::AddDocument, input);

    const Request r = *RequestReader(t.db()).get(ref);
    QCOMPARE(int(r.documents.size()), 1);
    QCOMPARE(r.documents[0].name, input.document->name);
    QCOMPARE(r.documents[0].size, qint64(content.size()));
    QCOMPARE(r.documents[0].sha256,
             QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    QVERIFY(r.documents[0].content.isEmpty()); // not loaded unless asked for
    QCOMPARE(*RequestReader(t.db()).documentContent(ref, input.document->name), content);
    QCOMPARE(r.history.back().data.value(QStringLiteral("document")).toString(), input.document->name);
    QCOMPARE(r.state, State::Received);

    // The same name twice is refused, and nothing is written.
    const Snapshot before = snapshot(t);
    Result<StepOutcome> again = service.takeStep(officer, ref, Step::AddDocument, input);
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), Error::Kind::Conflict);
    QVERIFY(snapshot(t) == before);

    // An empty file is a document too.
    StepInput empty;
    empty.document = DocumentInput {QStringLiteral("accusé de réception vide.txt"),
                                    QStringLiteral("text/plain"), QByteArray()};
    step(service, officer, ref, Step::AddDocument, empty);
    const Request after = *RequestReader(t.db()).get(ref);
    QCOMPARE(int(after.documents.size()), 2);
    QCOMPARE(after.documents[1].size, qint64(0));
    QCOMPARE(after.documents[1].sha256,
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestRequestService::closeAsDuplicateLinksTheOriginal()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const QString original = service.create(officer, TestDatabase::incomingDraft())->reference;
    // The copy was first logged as related to the original; closing it as a duplicate changes the link.
    Request draft = TestDatabase::incomingDraft();
    draft.links = {{original, QStringLiteral("related")}};
    const QString copy = service.create(officer, draft)->reference;
    StepInput input;
    input.reason = QStringLiteral("Même demande reçue par voie diplomatique.");
    input.set(StepField::DuplicateOf, original);
    step(service, officer, copy, Step::CloseAsDuplicate, input);
    const Request r = *RequestReader(t.db()).get(copy);
    QCOMPARE(r.state, State::Closed);
    QCOMPARE(r.disposition, QStringLiteral("duplicate"));
    QCOMPARE(int(r.links.size()), 1);
    QCOMPARE(r.links[0].reference, original);
    QCOMPARE(r.links[0].kind, QStringLiteral("duplicate"));
}

void TestRequestService::registerWarnsOfLikelyDuplicates()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const QString first = service.create(officer, TestDatabase::incomingDraft())->reference;
    Request other = TestDatabase::incomingDraft();
    other.foreignReference = QStringLiteral("another");
    other.persons.clear();
    const QString unrelated = service.create(officer, other)->reference;
    const QString second = service.create(officer, TestDatabase::incomingDraft())->reference;

    const StepOutcome outcome = step(service, officer, second, Step::Register);
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY(outcome.warnings.first().contains(first));
    QVERIFY(step(service, officer, unrelated, Step::Register).warnings.isEmpty());
}

void TestRequestService::extensionsFollowTheDeadlineRules()
{
    // An EIO request received 2 March 2026 by Spain: decision by 1 April; one
    // extension of at most 30 days. A refused extension writes nothing.
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Request draft = TestDatabase::incomingDraft();
    draft.requestingCountry = QStringLiteral("FR");
    draft.legalBasis = {QStringLiteral("eio")};
    Result<Request> request = service.create(t.user(QStringLiteral("officer")), draft);
    QVERIFY(request);
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));
    QVERIFY(service.takeStep(officer, request->reference, Step::Register, StepInput()));
    QVERIFY(service.takeStep(officer, request->reference, Step::StartReview, StepInput()));
    auto extend = [&](const char* to) {
        StepInput input;
        input.reason = QStringLiteral("Three banks to query");
        input.date = QString::fromLatin1(to);
        return service.takeStep(supervisor, request->reference, Step::ExtendDeadline, input);
    };
    const int before = t.rows(QStringLiteral("history"));
    Result<StepOutcome> tooLong = extend("2026-05-04");
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().message().contains(QLocale().toString(QDate(2026, 5, 1), QLocale::LongFormat)),
             qPrintable(tooLong.error().message()));
    QCOMPARE(t.rows(QStringLiteral("history")), before);
    QVERIFY(extend("2026-04-30"));
    Result<StepOutcome> again = extend("2026-05-01");
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), Error::Kind::NotAllowed);
    QCOMPARE(t.rows(QStringLiteral("history")), before + 1);
}

void TestRequestService::takesAStepOnManyAllOrNothing()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User supervisor = t.user(QStringLiteral("supervisor"));
    QStringList references;
    for (int i = 0; i < 3; ++i) {
        Result<Request> created
            = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
        QVERIFY(created);
        references << created->reference;
    }
    StepInput input;
    input.set(StepField::Assignee, QStringLiteral("officer2"));
    // One of them cannot take the step: none does.
    const int history = t.rows(QStringLiteral("history"));
    Result<std::vector<StepOutcome>> refused = service.takeStepOnEach(
        supervisor, references + QStringList {QStringLiteral("IN-1999-0001")}, Step::Reassign, input);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::Invalid);
    QCOMPARE(refused.error().details().size(), 1);
    QVERIFY(refused.error().details().first().startsWith(QStringLiteral("IN-1999-0001: ")));
    QCOMPARE(t.rows(QStringLiteral("history")), history);
    // All of them can.
    Result<std::vector<StepOutcome>> done
        = service.takeStepOnEach(supervisor, references, Step::Reassign, input);
    QVERIFY2(done, qPrintable(done.error().fullText()));
    QCOMPARE(done->size(), std::size_t(3));
    for (const QString& reference : references) {
        QCOMPARE(RequestReader(t.db()).get(reference)->assignee, QStringLiteral("officer2"));
    }
    QCOMPARE(t.rows(QStringLiteral("history")), history + 3);
    // Not more than the most at once, and then nothing is written.
    QStringList many;
    for (int i = 0; i <= RequestService::mostRequestsAtOnce; ++i) {
        many << references.at(i % references.size());
    }
    QCOMPARE(service.takeStepOnEach(supervisor, many, Step::Reassign, input).error().kind(),
             Error::Kind::Invalid);
    QCOMPARE(t.rows(QStringLiteral("history")), history + 3);
    // An officer may not.
    QCOMPARE(service.takeStepOnEach(t.user(QStringLiteral("officer")), references, Step::Reassign, input)
                 .error()
                 .kind(),
             Error::Kind::Invalid);
}

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"
