// A request's history typed once: what each step records (HistoryEntry) and
// how it is worded (HistoryText), as the request's panel, `masar-cli show`
// and the printed summary all show it; and what a step does to a request, as
// its row of the workflow table says.
#include "TestDatabase.h"
#include "domain/Workflow.h"
#include "io/RequestFields.h"
#include "services/HistoryText.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"

#include <QJsonArray>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

HistoryText::Style plainStyle()
{
    HistoryText::Style style;
    style.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    style.date = [](const QDate& date) {
        return date.toString(Qt::ISODate);
    };
    style.person = [](const QString& name) {
        return name == QLatin1String("amina") ? QStringLiteral("Amina Haddad")
            : name == QLatin1String("karim")  ? QStringLiteral("Karim Mansour")
                                              : name;
    };
    return style;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void entryReadsWhatItWrites();
    void readsTheMeasureStatusOfEarlierVersions();
    void wordsWhatChanged_data();
    void wordsWhatChanged();
    void showsKeysOfLaterVersionsAsTheyAre();
    void tableNamesRealRequestFields();
    void reassigningRecordsFromWhomToWhom();
    void changingPriorityRecordsOldAndNew();
    void settingTheSameValueIsRefusedAsUnchanged();
    void sendingSetsTheDateSentToTodayUnlessGiven();
    void reopeningTakesTheDispositionAway();
    void stepOnAChangedRequestIsRefused();
    void stepOnTheRequestAsReadIsTaken();
    void refusalsCarryTheirFields();
    void checkNewAnswersAsCreateWould();
};

void TestHistory::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestHistory::entryReadsWhatItWrites()
{
    HistoryEntry entry;
    entry.setValue(StepField::ReplyBy, QStringLiteral("2026-04-01"));
    entry.setValue(StepField::Article, QString()); // nothing given: nothing recorded
    entry.recordChange(StepField::Assignee, QStringLiteral("amina"), QStringLiteral("karim"));
    entry.setMeasure(2, QStringLiteral("witness_hearing"));
    entry.setDocument(QStringLiteral("scan.pdf"), 2048, QStringLiteral("ab12"));
    entry.setChangedFields({QStringLiteral("summary"), QStringLiteral("persons")});
    entry.setReceivedOn(QDate(2026, 3, 2));

    QCOMPARE(entry.date(StepField::ReplyBy), QDate(2026, 4, 1));
    QVERIFY(!entry.data.contains(keyOf(StepField::Article)));
    QCOMPARE(entry.value(StepField::Assignee), QStringLiteral("karim"));
    QCOMPARE(
        entry.changes(),
        (std::vector<FieldChange> {{StepField::Assignee, QStringLiteral("amina"), QStringLiteral("karim")}}));
    QCOMPARE(entry.measureNumber(), 2);
    QCOMPARE(entry.measureType(), QStringLiteral("witness_hearing"));
    QCOMPARE(entry.documentName(), QStringLiteral("scan.pdf"));
    QCOMPARE(entry.documentSize(), qint64(2048));
    QCOMPARE(entry.documentSha256(), QStringLiteral("ab12"));
    QCOMPARE(entry.changedFields(), (QStringList {QStringLiteral("summary"), QStringLiteral("persons")}));
    QCOMPARE(entry.receivedOn(), QDate(2026, 3, 2));
    QVERIFY(entry.otherKeys().isEmpty());
}

void TestHistory::readsTheMeasureStatusOfEarlierVersions()
{
    // Masar 0.1 wrote "previous_status" for a measure's result.
    HistoryEntry entry;
    entry.data = QJsonObject {{QStringLiteral("measure"), 1},
                              {QStringLiteral("measure_type"), QStringLiteral("bank_records")},
                              {QStringLiteral("measure_status"), QStringLiteral("done")},
                              {QStringLiteral("previous_status"), QStringLiteral("pending")}};
    QCOMPARE(entry.changes(),
             (std::vector<FieldChange> {
                 {StepField::MeasureStatus, QStringLiteral("pending"), QStringLiteral("done")}}));
    QCOMPARE(HistoryText::details(entry, plainStyle()),
             QStringList {QStringLiteral("Measure 1 (Bank records): Pending → Done")});
}

void TestHistory::wordsWhatChanged_data()
{
    QTest::addColumn<HistoryEntry>("entry");
    QTest::addColumn<QStringList>("lines");

    HistoryEntry reassigned;
    reassigned.step = Step::Reassign;
    reassigned.recordChange(StepField::Assignee, QStringLiteral("amina"), QStringLiteral("karim"));
    QTest::newRow("reassign") << reassigned
                              << QStringList {
                                     QStringLiteral("Reassigned from Amina Haddad to Karim Mansour")};

    HistoryEntry priority;
    priority.step = Step::ChangePriority;
    priority.reason = QStringLiteral("Hearing set for next week");
    priority.recordChange(StepField::Priority, QStringLiteral("normal"), QStringLiteral("urgent"));
    QTest::newRow("priority") << priority
                              << QStringList {QStringLiteral("Hearing set for next week"),
                                              QStringLiteral("Priority: Normal → Urgent")};

    HistoryEntry confidentiality;
    confidentiality.recordChange(StepField::Confidentiality, QStringLiteral("restricted"),
                                 QStringLiteral("secret"));
    QTest::newRow("confidentiality") << confidentiality
                                     << QStringList {QStringLiteral("Confidentiality: Restricted → Secret")};

    HistoryEntry refused;
    refused.step = Step::Refuse;
    refused.data
        = QJsonObject {{QStringLiteral("refusal_grounds"),
                        QJsonArray {QStringLiteral("political_offence"), QStringLiteral("dual_criminality")}},
                       {QStringLiteral("article"), QStringLiteral("art. 2(b)")},
                       {QStringLiteral("disposition"), QStringLiteral("refused")}};
    QTest::newRow("refusal") << refused
                             << QStringList {QStringLiteral("Refusal grounds: Political offence and No dual "
                                                            "criminality"),
                                             QStringLiteral("Article relied on: art. 2(b)")};

    HistoryEntry closed;
    closed.step = Step::Close;
    closed.setValue(StepField::Disposition, QStringLiteral("partially_executed"));
    QTest::newRow("close") << closed << QStringList {QStringLiteral("Disposition: Partially executed")};

    HistoryEntry asked;
    asked.setValue(StepField::ReplyBy, QStringLiteral("2026-04-01"));
    QTest::newRow("reply-by date") << asked << QStringList {QStringLiteral("Reply-by date: 2026-04-01")};

    HistoryEntry measure;
    measure.setMeasure(2, QStringLiteral("witness_hearing"));
    measure.recordChange(StepField::MeasureStatus, QStringLiteral("pending"), QStringLiteral("done"));
    QTest::newRow("measure") << measure
                             << QStringList {
                                    QStringLiteral("Measure 2 (Hearing of a witness): Pending → Done")};

    HistoryEntry document;
    document.setDocument(QStringLiteral("scan.pdf"), 2048, QStringLiteral("ab12"));
    QTest::newRow("document") << document << QStringList {QStringLiteral("Document: scan.pdf (2.00 KiB)")};

    HistoryEntry amended;
    amended.step = Step::Amend;
    amended.setChangedFields({QStringLiteral("summary"), QStringLiteral("persons")});
    QTest::newRow("amend") << amended << QStringList {QStringLiteral("Changed: Summary and Persons")};

    HistoryEntry logged;
    logged.step = Step::LogReceipt;
    logged.setValue(StepField::Channel, QStringLiteral("diplomatic"));
    logged.setReceivedOn(QDate(2026, 3, 2));
    logged.setValue(StepField::ForeignReference, QStringLiteral("RB/2026/117"));
    QTest::newRow("receipt") << logged
                             << QStringList {QStringLiteral("Received on: 2026-03-02"),
                                             QStringLiteral("Foreign reference: RB/2026/117"),
                                             QStringLiteral("Channel: Diplomatic channel")};

    HistoryEntry assigned;
    assigned.setValue(StepField::Assignee, QStringLiteral("karim"));
    QTest::newRow("assigned") << assigned << QStringList {QStringLiteral("Assigned to Karim Mansour")};
}

void TestHistory::wordsWhatChanged()
{
    QFETCH(HistoryEntry, entry);
    QFETCH(QStringList, lines);
    QCOMPARE(HistoryText::lines(entry, plainStyle()), lines);
    QCOMPARE(HistoryText::note(entry, plainStyle()), lines.join(QLatin1Char('\n')));
}

void TestHistory::showsKeysOfLaterVersionsAsTheyAre()
{
    HistoryEntry entry;
    entry.data
        = QJsonObject {{QStringLiteral("transfer_id"), QStringLiteral("X-9")}, {QStringLiteral("parts"), 3}};
    QCOMPARE(entry.otherKeys(), (QStringList {QStringLiteral("parts"), QStringLiteral("transfer_id")}));
    QCOMPARE(HistoryText::details(entry, plainStyle()),
             (QStringList {QStringLiteral("parts: 3"), QStringLiteral("transfer_id: X-9")}));
}

void TestHistory::tableNamesRealRequestFields()
{
    // A step's assignments are its own fields, written into real request
    // fields: a new step that sets a field is one row of the table.
    for (const Transition& row : Workflow::table()) {
        for (const Assignment& assignment : row.sets) {
            const QString where
                = QStringLiteral("%1 → %2").arg(keyOf(row.step), QLatin1String(assignment.requestField));
            QVERIFY2(RequestFields::find(QLatin1String(assignment.requestField)), qPrintable(where));
            QVERIFY2(row.accepts(assignment.field), qPrintable(where));
            if (assignment.how == Assign::MustChange) {
                QVERIFY2(row.requires(assignment.field), qPrintable(where));
            }
            if (assignment.how == Assign::TodayUnlessGiven) {
                QVERIFY2(StepFields::type(assignment.field) == FieldType::Date, qPrintable(where));
            }
        }
        QVERIFY(row.action != StepAction::RecordMeasureResult || row.requires(StepField::Measure));
        QVERIFY(row.action != StepAction::LinkDuplicate || row.requires(StepField::DuplicateOf));
        QVERIFY(row.action != StepAction::StoreDocument || row.requires(StepField::Document));
    }
}

void TestHistory::reassigningRecordsFromWhomToWhom()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    StepInput input;
    input.set(StepField::Assignee, QStringLiteral("officer2"));
    Result<StepOutcome> outcome
        = service.takeStep(t.user(QStringLiteral("supervisor")), created->reference, Step::Reassign, input);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));

    Result<Request> stored = RequestReader(t.db()).get(created->reference);
    QVERIFY(stored);
    QCOMPARE(stored->assignee, QStringLiteral("officer2"));
    const HistoryEntry& last = stored->history.back();
    QCOMPARE(last.changes(),
             (std::vector<FieldChange> {
                 {StepField::Assignee, QStringLiteral("officer"), QStringLiteral("officer2")}}));
    QCOMPARE(HistoryText::details(last, plainStyle()),
             QStringList {QStringLiteral("Reassigned from officer to officer2")});
}

void TestHistory::changingPriorityRecordsOldAndNew()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    StepInput input;
    input.reason = QStringLiteral("Hearing next week");
    input.set(StepField::Priority, QStringLiteral("urgent"));
    QVERIFY(service.takeStep(t.user(QStringLiteral("supervisor")), created->reference, Step::ChangePriority,
                             input));
    Result<Request> stored = RequestReader(t.db()).get(created->reference);
    QVERIFY(stored);
    QCOMPARE(stored->priority, QStringLiteral("urgent"));
    QCOMPARE(stored->urgencyReason, QStringLiteral("Hearing next week"));
    QCOMPARE(
        HistoryText::lines(stored->history.back(), plainStyle()),
        (QStringList {QStringLiteral("Hearing next week"), QStringLiteral("Priority: Normal → Urgent")}));

    // Back to normal: the reason for urgency goes with it.
    input.reason = QStringLiteral("Hearing held");
    input.set(StepField::Priority, QStringLiteral("normal"));
    QVERIFY(service.takeStep(t.user(QStringLiteral("supervisor")), created->reference, Step::ChangePriority,
                             input));
    stored = RequestReader(t.db()).get(created->reference);
    QVERIFY(stored);
    QCOMPARE(stored->priority, QStringLiteral("normal"));
    QVERIFY(stored->urgencyReason.isEmpty());
}

void TestHistory::settingTheSameValueIsRefusedAsUnchanged()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    const int entries = t.rows(QStringLiteral("history"));
    StepInput input;
    input.reason = QStringLiteral("why not");
    input.set(StepField::Confidentiality, created->confidentiality);
    Result<StepOutcome> outcome = service.takeStep(t.user(QStringLiteral("supervisor")), created->reference,
                                                   Step::ChangeConfidentiality, input);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), Error::Kind::Unchanged);
    QVERIFY2(outcome.error().message().contains(QStringLiteral("already")),
             qPrintable(outcome.error().message()));
    QCOMPARE(t.rows(QStringLiteral("history")), entries);
}

void TestHistory::sendingSetsTheDateSentToTodayUnlessGiven()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    for (const QString& given : {QString(), QStringLiteral("2026-03-01")}) {
        Result<Request> created
            = service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft());
        QVERIFY(created);
        StepInput input;
        input.date = given;
        Result<StepOutcome> sent
            = service.takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Send, input);
        QVERIFY2(sent, qPrintable(sent.error().fullText()));
        const QDate expected = given.isEmpty() ? t.clock().today() : QDate(2026, 3, 1);
        Result<Request> stored = RequestReader(t.db()).get(created->reference);
        QVERIFY(stored);
        QCOMPARE(stored->sentOn, expected);
        QCOMPARE(stored->history.back().date(StepField::SentOn), expected);
        // The channel was not given: the request keeps its own, and nothing says it changed.
        QCOMPARE(stored->channel, created->channel);
        QVERIFY(stored->history.back().changes().empty());
    }
}

void TestHistory::reopeningTakesTheDispositionAway()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    StepInput withdraw;
    withdraw.reason = QStringLiteral("Withdrawn by letter");
    QVERIFY(
        service.takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Withdraw, withdraw));
    Result<Request> closed = RequestReader(t.db()).get(created->reference);
    QVERIFY(closed);
    QCOMPARE(closed->disposition, QStringLiteral("withdrawn"));
    QCOMPARE(closed->history.back().value(StepField::Disposition), QStringLiteral("withdrawn"));

    StepInput reopen;
    reopen.reason = QStringLiteral("Sent in error");
    QVERIFY(service.takeStep(t.user(QStringLiteral("supervisor")), created->reference, Step::Reopen, reopen));
    Result<Request> reopened = RequestReader(t.db()).get(created->reference);
    QVERIFY(reopened);
    QCOMPARE(reopened->state, State::Received);
    QVERIFY(reopened->disposition.isEmpty());
}

void TestHistory::stepOnAChangedRequestIsRefused()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    const qint64 seen = created->revision();
    // Someone else moves it on meanwhile.
    Result<User> karim = Users(t.db(), t.clock())
                             .add(t.user(QStringLiteral("admin")), QStringLiteral("karim"), Role::Officer,
                                  QStringLiteral("Karim Mansour"));
    QVERIFY(karim);
    StepInput note;
    note.reason = QStringLiteral("Called the embassy");
    QVERIFY(service.takeStep(*karim, created->reference, Step::AddNote, note));
    const int entries = t.rows(QStringLiteral("history"));

    StepInput input;
    input.revision = seen;
    Result<StepOutcome> outcome
        = service.takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Register, input);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), Error::Kind::Conflict);
    // Named as colleagues know each other.
    QVERIFY2(outcome.error().message().contains(QStringLiteral("Karim Mansour")),
             qPrintable(outcome.error().message()));
    QVERIFY2(outcome.error().message().contains(labelOf(Step::AddNote)),
             qPrintable(outcome.error().message()));
    QVERIFY2(outcome.error().message().contains(labelOf(Step::Register)),
             qPrintable(outcome.error().message()));
    QCOMPARE(t.rows(QStringLiteral("history")), entries);
    Result<Request> stored = RequestReader(t.db()).get(created->reference);
    QVERIFY(stored);
    QCOMPARE(stored->state, State::Received);
}

void TestHistory::stepOnTheRequestAsReadIsTaken()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> created
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(created);
    StepInput input;
    input.revision = created->revision();
    Result<StepOutcome> outcome
        = service.takeStep(t.user(QStringLiteral("officer")), created->reference, Step::Register, input);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QVERIFY(outcome->entry.id > created->revision());
}

void TestHistory::refusalsCarryTheirFields()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Request draft = TestDatabase::incomingDraft();
    draft.requestingCountry = QStringLiteral("XX");
    draft.priority = QStringLiteral("urgent"); // without its reason
    draft.assignee = QStringLiteral("clerk");
    Result<Request> created = service.create(t.user(QStringLiteral("officer")), draft);
    QVERIFY(!created);
    QCOMPARE(created.error().kind(), Error::Kind::Invalid);
    QStringList fields;
    for (const FieldProblem& problem : created.error().fieldProblems()) {
        fields << problem.field;
    }
    QVERIFY2(fields.contains(QStringLiteral("requesting_country")),
             qPrintable(fields.join(QLatin1Char(','))));
    QVERIFY2(fields.contains(QStringLiteral("urgency_reason")), qPrintable(fields.join(QLatin1Char(','))));
    // Each is worded in the details too, for the command line.
    QCOMPARE(created.error().details().size(), int(created.error().fieldProblems().size()));

    // The assignee is checked by the model once the fields are right.
    draft = TestDatabase::incomingDraft();
    draft.assignee = QStringLiteral("clerk");
    created = service.create(t.user(QStringLiteral("officer")), draft);
    QVERIFY(!created);
    QCOMPARE(created.error().fieldProblems().size(), std::size_t(1));
    QCOMPARE(created.error().fieldProblems().front().field, QStringLiteral("assignee"));
}

void TestHistory::checkNewAnswersAsCreateWould()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const int requests = t.rows(QStringLiteral("requests"));
    Request bad = TestDatabase::incomingDraft();
    bad.requestedCountry = QStringLiteral("XX");
    Result<QStringList> checked = service.checkNew(t.user(QStringLiteral("officer")), bad);
    QVERIFY(!checked);
    QCOMPARE(checked.error().fieldProblems().front().field, QStringLiteral("requested_country"));
    checked = service.checkNew(t.user(QStringLiteral("clerk")), TestDatabase::incomingDraft());
    QVERIFY(!checked);
    QCOMPARE(checked.error().kind(), Error::Kind::Forbidden);

    checked = service.checkNew(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(checked);
    QVERIFY(checked->isEmpty());
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(first);
    checked = service.checkNew(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(checked);
    QCOMPARE(*checked, QStringList {first->reference});
    QCOMPARE(t.rows(QStringLiteral("requests")), requests + 1); // checking wrote nothing
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
