// RequestService::amend: editing a registered request's details. Every kind of
// field is changed and read back, with one history entry naming what changed;
// every refused edit leaves the register's file byte for byte as it was.
#include "SampleRequests.h"
#include "TestDatabase.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Masar;
using namespace Masar::Test;

using Edit = std::function<void(Request&)>;
// Something done to the register by its reference: before the editor reads the request, or while it edits.
using Action = std::function<void(TestDatabase&, const QString&)>;

namespace {

// The file's bytes once every change is in it: the connection is closed (so
// the write-ahead log is checkpointed) and opened again.
QByteArray settledHash(TestDatabase& t)
{
    t.close();
    const QByteArray hash = TestDatabase::fileHash(t.path());
    t.reopen();
    return hash;
}

// Takes a step that must succeed.
void takeStep(TestDatabase& t, const QString& user, const QString& reference, Step step,
              const StepInput& input = {})
{
    Result<StepOutcome> outcome
        = RequestService(t.db(), t.clock()).takeStep(t.user(user), reference, step, input);
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
}

// Three incoming requests; the third, the one edited, is "related to" the first.
QString createRequests(TestDatabase& t)
{
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    Request other = TestDatabase::incomingDraft();
    other.foreignReference = QStringLiteral("RB/2025/990");
    other.persons.clear();
    const QString first = service.create(officer, other)->reference;
    other.foreignReference = QStringLiteral("RB/2026/003");
    if (!service.create(officer, other)) {
        qWarning("the second request was not created");
    }
    Request draft = TestDatabase::incomingDraft();
    draft.links = {{first, QStringLiteral("related")}};
    Result<Request> created = service.create(officer, draft);
    return created ? created->reference : QString();
}

Request read(TestDatabase& t, const QString& reference)
{
    Result<Request> request = RequestReader(t.db()).get(reference);
    if (!request) {
        qWarning("%s", qPrintable(request.error().fullText()));
        return Request();
    }
    return *request;
}

QStringList changedOf(const HistoryEntry& entry)
{
    QStringList names;
    for (const QJsonValue& name : entry.data.value(QStringLiteral("changed")).toArray()) {
        names << name.toString();
    }
    return names;
}

Action step(const char* user, Step step, const char* reason = "")
{
    return [=](TestDatabase& t, const QString& reference) {
        StepInput input;
        input.reason = QString::fromUtf8(reason);
        if (step == Step::RecordMeasureResult) {
            input.set(StepField::Measure, QStringLiteral("1"));
            input.set(StepField::MeasureStatus, QStringLiteral("done"));
        }
        takeStep(t, QLatin1String(user), reference, step, input);
    };
}

const Action nothing = [](TestDatabase&, const QString&) {
};

} // namespace

class TestAmend : public QObject
{
    Q_OBJECT

private slots:
    void eachKindOfFieldIsStored_data();
    void eachKindOfFieldIsStored();
    void outgoingRequestIsAmended();
    void reasonIsRecorded();
    void editsFollowOneAnother();
    void refusedEditWritesNothing_data();
    void refusedEditWritesNothing();
    void everyProblemIsNamed();
    void editWithoutRevisionIsRefused();
    void changedPersonsAreCheckedForDuplicates();
    void registerOfAnEarlierMasarTakesEdits();
};

void TestAmend::eachKindOfFieldIsStored_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("changed");

    const QString second = QStringLiteral("IN-2026-0002");
    auto row = [](const char* name, const QStringList& changed, const Edit& edit) {
        QTest::newRow(name) << edit << changed;
    };
    row("foreign reference", {QStringLiteral("foreign_reference")},
        [](Request& r) { r.foreignReference = QStringLiteral("RB/2026/117-bis"); });
    row("countries", {QStringLiteral("requesting_country"), QStringLiteral("requested_country")},
        [](Request& r) {
            r.requestingCountry = QStringLiteral("TN");
            r.requestedCountry = QStringLiteral("FR");
        });
    row("authorities", {QStringLiteral("requesting_authority"), QStringLiteral("requested_authority")},
        [](Request& r) {
            r.requestingAuthority = QString::fromUtf8("وزارة العدل، الرباط – مديرية الشؤون الجنائية");
            r.requestedAuthority = QStringLiteral("Ministerio de Justicia, Madrid");
        });
    row("authority cleared", {QStringLiteral("requesting_authority")},
        [](Request& r) { r.requestingAuthority.clear(); });
    row("executing authority and its reference",
        {QStringLiteral("executing_authority"), QStringLiteral("executing_reference")}, [](Request& r) {
            r.executingAuthority = QString::fromUtf8("Juzgado Central de Instrucción nº 5");
            r.executingReference = QStringLiteral("DP 45/2026");
        });
    row("Eurojust and Interpol references",
        {QStringLiteral("eurojust_reference"), QStringLiteral("interpol_reference")}, [](Request& r) {
            r.eurojustReference = QStringLiteral("EJ/2026/1234");
            r.interpolReference = QStringLiteral("A-1234/3-2026");
        });
    row("legal basis and detail", {QStringLiteral("legal_basis"), QStringLiteral("legal_basis_detail")},
        [](Request& r) {
            r.legalBasis = {QStringLiteral("bilateral"), QStringLiteral("untoc")};
            r.legalBasisDetail = QString::fromUtf8("Convention franco-marocaine du 18 avril 2008, art. 3");
        });
    row("legal bases reordered", {QStringLiteral("legal_basis")},
        [](Request& r) { std::swap(r.legalBasis[0], r.legalBasis[1]); });
    row("channel", {QStringLiteral("channel")}, [](Request& r) { r.channel = QStringLiteral("diplomatic"); });
    row("received on", {QStringLiteral("received_on")},
        [](Request& r) { r.receivedOn = QDate(2026, 2, 26); });
    row("requested by", {QStringLiteral("requested_by")},
        [](Request& r) { r.requestedBy = QDate(2026, 4, 30); });
    row("summary", {QStringLiteral("summary")}, [](Request& r) {
        r.summary = QString::fromUtf8("طَلَبُ مُسَاعَدَةٍ بشأن تمويل خلية\nComptes à Valence « BBVA ».");
    });
    row("offences", {QStringLiteral("offences")}, [](Request& r) {
        r.offences = {QStringLiteral("terrorism"), QStringLiteral("money_laundering")};
    });
    row("person added", {QStringLiteral("persons")}, [](Request& r) {
        r.persons.push_back({QString::fromUtf8("فاطمة الزهراء بنعلي"), QStringLiteral("witness"),
                             QStringLiteral("ES"), QDate(1990, 7, 14)});
    });
    row("person changed", {QStringLiteral("persons")}, [](Request& r) {
        r.persons[0].role = QStringLiteral("accused");
        r.persons[0].nationality.clear();
        r.persons[0].birthDate = QDate(1987, 1, 9);
    });
    row("person removed", {QStringLiteral("persons")}, [](Request& r) { r.persons.clear(); });
    row("measure added", {QStringLiteral("measures")}, [](Request& r) {
        r.measures.push_back({QStringLiteral("witness_hearing"), QStringLiteral("pending"),
                              QString::fromUtf8("Témoin à Valence")});
    });
    row("measure type and note changed", {QStringLiteral("measures")}, [](Request& r) {
        r.measures[0].type = QStringLiteral("documents");
        r.measures[0].note = QString::fromUtf8("Relevés de 2024 et 2025");
    });
    row("measure removed", {QStringLiteral("measures")}, [](Request& r) { r.measures.clear(); });
    row("link added", {QStringLiteral("links")}, [second](Request& r) {
        r.links.push_back({second, QStringLiteral("supplementary")});
    });
    row("link of another kind", {QStringLiteral("links")},
        [](Request& r) { r.links[0].kind = QStringLiteral("follow_up"); });
    row("link removed", {QStringLiteral("links")}, [](Request& r) { r.links.clear(); });
    row("several at once",
        {QStringLiteral("summary"), QStringLiteral("measures"), QStringLiteral("persons"),
         QStringLiteral("links")},
        [second](Request& r) {
            r.summary = QStringLiteral("Comptes bancaires et témoin.");
            r.measures.push_back({QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()});
            r.persons.push_back(
                {QStringLiteral("Ana García"), QStringLiteral("witness"), QString(), QDate()});
            r.links = {{second, QStringLiteral("duplicate")}};
        });
}

void TestAmend::eachKindOfFieldIsStored()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, changed);
    TestDatabase t;
    const QString reference = createRequests(t);
    QVERIFY(!reference.isEmpty());
    takeStep(t, QStringLiteral("officer"), reference, Step::Register);
    const Request before = read(t, reference);
    Request edited = before;
    edit(edited);
    t.clock().advanceSeconds(90);

    Result<StepOutcome> outcome
        = RequestService(t.db(), t.clock())
              .amend(t.user(QStringLiteral("officer")), reference, edited, before.revision());
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QCOMPARE(outcome->reference, reference);
    QCOMPARE(changedOf(outcome->entry), changed);

    // Read back: what was edited, and nothing else.
    const Request after = read(t, reference);
    compareOwnFields(after, edited);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(after.measures == edited.measures);
    QVERIFY(after.persons == edited.persons);
    QVERIFY(after.links == edited.links);
    QVERIFY(after.documents == before.documents);

    // One history entry more, in the state the request stays in.
    QCOMPARE(after.history.size(), before.history.size() + 1);
    QVERIFY(std::equal(before.history.cbegin(), before.history.cend(), after.history.cbegin()));
    const HistoryEntry& entry = after.history.back();
    QCOMPARE(entry.step, Step::Amend);
    QCOMPARE(entry.from, std::optional<State>(State::Registered));
    QCOMPARE(entry.to, State::Registered);
    QCOMPARE(entry.actor, QStringLiteral("officer"));
    QCOMPARE(entry.at, t.clock().nowUtc());
    QCOMPARE(entry.reason, QString());
    QCOMPARE(changedOf(entry), changed);
    QCOMPARE(entry.data.keys(), QStringList {QStringLiteral("changed")});
    QCOMPARE(after.revision(), outcome->entry.id);
    QVERIFY(after.revision() > before.revision());
}

void TestAmend::outgoingRequestIsAmended()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const QString reference
        = service.create(t.user(QStringLiteral("supervisor")), TestDatabase::outgoingDraft())->reference;
    const Request before = read(t, reference);
    Request edited = before;
    edited.legalBasisDetail = QString::fromUtf8("Convenio hispano-tunecino de 2001, art. 7");
    edited.requestedAuthority = QString::fromUtf8("Tribunal de première instance de Sfax");
    Result<StepOutcome> outcome
        = service.amend(t.user(QStringLiteral("supervisor")), reference, edited, before.revision());
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QCOMPARE(changedOf(outcome->entry),
             (QStringList {QStringLiteral("requested_authority"), QStringLiteral("legal_basis_detail")}));
    QCOMPARE(outcome->entry.from, std::optional<State>(State::Draft));
    const Request after = read(t, reference);
    compareOwnFields(after, edited);
    QCOMPARE(after.history.back().actor, QStringLiteral("supervisor"));
}

void TestAmend::reasonIsRecorded()
{
    TestDatabase t;
    const QString reference = createRequests(t);
    const Request before = read(t, reference);
    Request edited = before;
    edited.foreignReference = QStringLiteral("RB/2026/171");
    const QString reason = QString::fromUtf8("Faute de frappe à l'enregistrement – خطأ في الرقم");
    Result<StepOutcome> outcome
        = RequestService(t.db(), t.clock())
              .amend(t.user(QStringLiteral("officer2")), reference, edited, before.revision(),
                     QStringLiteral("  ") + reason + QStringLiteral("\n"));
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    const HistoryEntry& entry = read(t, reference).history.back();
    QCOMPARE(entry.reason, reason);
    QCOMPARE(entry.actor, QStringLiteral("officer2"));
    QCOMPARE(entry.from, std::optional<State>(State::Received));
}

void TestAmend::editsFollowOneAnother()
{
    // The outcome's entry is the new revision: an editor that goes on editing uses it.
    TestDatabase t;
    const QString reference = createRequests(t);
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    Request edited = read(t, reference);
    const qint64 first = edited.revision();
    edited.summary = QStringLiteral("Première correction.");
    Result<StepOutcome> one = service.amend(officer, reference, edited, first);
    QVERIFY2(one, qPrintable(one.error().fullText()));
    edited.summary = QStringLiteral("Seconde correction.");
    Result<StepOutcome> two = service.amend(officer, reference, edited, one->entry.id);
    QVERIFY2(two, qPrintable(two.error().fullText()));
    QCOMPARE(read(t, reference).summary, edited.summary);

    // The first revision is stale now, even for the one who made the later edits.
    edited.summary = QStringLiteral("Troisième correction.");
    Result<StepOutcome> stale = service.amend(officer, reference, edited, first);
    QVERIFY(!stale);
    QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
    QVERIFY2(stale.error().message().contains(QLatin1String("2 change")),
             qPrintable(stale.error().message()));
    QCOMPARE(read(t, reference).summary, QStringLiteral("Seconde correction."));
}

void TestAmend::refusedEditWritesNothing_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<Action>("before");
    QTest::addColumn<Action>("meanwhile");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<QStringList>("fragments");

    const Edit summary = [](Request& r) {
        r.summary = QStringLiteral("Corrigé.");
    };
    const QString amendLabel = labelOf(Step::Amend);
    const QString self = QStringLiteral("IN-2026-0003");

    QTest::newRow("clerk") << QStringLiteral("clerk") << nothing << nothing << summary
                           << Error::Kind::Forbidden << QStringList {amendLabel, labelOf(Role::Clerk)};
    QTest::newRow("administrator") << QStringLiteral("admin") << nothing << nothing << summary
                                   << Error::Kind::Forbidden
                                   << QStringList {amendLabel, labelOf(Role::Administrator)};
    QTest::newRow("closed request") << QStringLiteral("supervisor")
                                    << step("officer", Step::Withdraw, "Retrait par l'État requérant")
                                    << nothing << summary << Error::Kind::NotAllowed
                                    << QStringList {amendLabel, labelOf(State::Closed)};
    QTest::newRow("nothing changed") << QStringLiteral("officer") << nothing << nothing
                                     << Edit([](Request&) {}) << Error::Kind::Unchanged
                                     << QStringList {QStringLiteral("Nothing was changed")};
    QTest::newRow("measure status") << QStringLiteral("officer") << nothing << nothing
                                    << Edit([](Request& r) { r.measures[0].status = QStringLiteral("done"); })
                                    << Error::Kind::Invalid
                                    << QStringList {QStringLiteral("measures[0].status"),
                                                    labelOf(Step::RecordMeasureResult)};
    QTest::newRow("new measure already done")
        << QStringLiteral("officer") << nothing << nothing << Edit([](Request& r) {
               r.measures.push_back({QStringLiteral("documents"), QStringLiteral("done"), QString()});
           })
        << Error::Kind::Invalid
        << QStringList {QStringLiteral("measures[1].status"), labelOf(Step::RecordMeasureResult)};
    QTest::newRow("done measure removed")
        << QStringLiteral("officer") << step("officer", Step::RecordMeasureResult) << nothing
        << Edit([](Request& r) { r.measures.clear(); }) << Error::Kind::Invalid
        << QStringList {QStringLiteral("measures"), labelOf(Step::RecordMeasureResult)};
    QTest::newRow("done measure of another type")
        << QStringLiteral("officer") << step("officer", Step::RecordMeasureResult) << nothing
        << Edit([](Request& r) { r.measures[0].type = QStringLiteral("documents"); }) << Error::Kind::Invalid
        << QStringList {QStringLiteral("measures[0].type")};
    QTest::newRow("measure of another request")
        << QStringLiteral("officer") << nothing << nothing
        << Edit([](Request& r) { r.measures[0].id += 1000; }) << Error::Kind::Invalid
        << QStringList {QStringLiteral("measures[0]")};
    QTest::newRow("invalid country") << QStringLiteral("officer") << nothing << nothing
                                     << Edit([](Request& r) { r.requestingCountry = QStringLiteral("XX"); })
                                     << Error::Kind::Invalid
                                     << QStringList {QStringLiteral("requesting_country"),
                                                     QStringLiteral("“XX”")};
    QTest::newRow("person without role")
        << QStringLiteral("officer") << nothing << nothing
        << Edit([](Request& r) { r.persons[0].role.clear(); }) << Error::Kind::Invalid
        << QStringList {QStringLiteral("persons[0].role")};
    QTest::newRow("received in the future")
        << QStringLiteral("officer") << nothing << nothing
        << Edit([](Request& r) { r.receivedOn = QDate(2026, 3, 3); }) << Error::Kind::Invalid
        << QStringList {QStringLiteral("received_on")};
    QTest::newRow("link to itself") << QStringLiteral("officer") << nothing << nothing
                                    << Edit([self](Request& r) {
                                           r.links.push_back({self, QStringLiteral("related")});
                                       })
                                    << Error::Kind::Invalid
                                    << QStringList {QStringLiteral("links[1].reference")};
    QTest::newRow("link to nothing")
        << QStringLiteral("officer") << nothing << nothing << Edit([](Request& r) {
               r.links.push_back({QStringLiteral("IN-2019-0042"), QStringLiteral("related")});
           })
        << Error::Kind::Invalid
        << QStringList {QStringLiteral("links[1].reference"), QStringLiteral("IN-2019-0042")};
    QTest::newRow("link of no kind") << QStringLiteral("officer") << nothing << nothing
                                     << Edit([](Request& r) { r.links[0].kind = QStringLiteral("cousin"); })
                                     << Error::Kind::Invalid << QStringList {QStringLiteral("links[0].kind")};
    QTest::newRow("priority") << QStringLiteral("supervisor") << nothing << nothing << Edit([](Request& r) {
        r.priority = QStringLiteral("urgent");
        r.urgencyReason = QStringLiteral("Le témoin part.");
    }) << Error::Kind::Invalid
                              << QStringList {QStringLiteral("priority"), QStringLiteral("urgency_reason"),
                                              labelOf(Step::ChangePriority)};
    QTest::newRow("confidentiality") << QStringLiteral("supervisor") << nothing << nothing
                                     << Edit([](Request& r) { r.confidentiality = QStringLiteral("secret"); })
                                     << Error::Kind::Invalid
                                     << QStringList {QStringLiteral("confidentiality"),
                                                     labelOf(Step::ChangeConfidentiality)};
    QTest::newRow("assignee") << QStringLiteral("supervisor") << nothing << nothing << Edit([](Request& r) {
        r.assignee = QStringLiteral("officer2");
    }) << Error::Kind::Invalid << QStringList {QStringLiteral("assignee"), labelOf(Step::Reassign)};
    QTest::newRow("state and disposition")
        << QStringLiteral("supervisor") << nothing << nothing << Edit([](Request& r) {
               r.state = State::Closed;
               r.disposition = QStringLiteral("executed");
           })
        << Error::Kind::Invalid << QStringList {QStringLiteral("state"), QStringLiteral("disposition")};
    QTest::newRow("reference") << QStringLiteral("supervisor") << nothing << nothing
                               << Edit([](Request& r) { r.reference = QStringLiteral("IN-2026-0009"); })
                               << Error::Kind::Invalid << QStringList {QStringLiteral("reference")};
    QTest::newRow("stale: a step since")
        << QStringLiteral("officer") << nothing << step("supervisor", Step::AddNote, "Vu.") << summary
        << Error::Kind::Conflict << QStringList {QStringLiteral("supervisor"), labelOf(Step::AddNote)};
    QTest::newRow("stale: an edit since")
        << QStringLiteral("officer") << nothing << Action([](TestDatabase& t, const QString& reference) {
               Request other = read(t, reference);
               other.eurojustReference = QStringLiteral("EJ/1");
               QVERIFY(RequestService(t.db(), t.clock())
                           .amend(t.user(QStringLiteral("officer2")), reference, other, other.revision()));
           })
        << summary << Error::Kind::Conflict << QStringList {QStringLiteral("officer2"), amendLabel};
}

void TestAmend::refusedEditWritesNothing()
{
    QFETCH(QString, user);
    QFETCH(Action, before);
    QFETCH(Action, meanwhile);
    QFETCH(Edit, edit);
    QFETCH(Error::Kind, kind);
    QFETCH(QStringList, fragments);

    TestDatabase t;
    const QString reference = createRequests(t);
    QCOMPARE(reference, QStringLiteral("IN-2026-0003"));
    before(t, reference);
    const Request loaded = read(t, reference);
    Request edited = loaded;
    edit(edited);
    t.clock().advanceSeconds(300);
    meanwhile(t, reference);
    if (QTest::currentTestFailed()) {
        return;
    }
    const Request stored = read(t, reference);
    const QByteArray hash = settledHash(t);

    Result<StepOutcome> outcome
        = RequestService(t.db(), t.clock()).amend(t.user(user), reference, edited, loaded.revision());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), kind);
    for (const QString& fragment : fragments) {
        QVERIFY2(outcome.error().fullText().contains(fragment), qPrintable(outcome.error().fullText()));
    }
    if (kind == Error::Kind::Conflict) {
        const HistoryEntry& last = stored.history.back();
        QVERIFY2(outcome.error().message().contains(
                     QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(outcome.error().message()));
    }
    QCOMPARE(settledHash(t), hash);
}

void TestAmend::everyProblemIsNamed()
{
    // Like a new request, a refused edit lists every problem, field by field.
    TestDatabase t;
    const QString reference = createRequests(t);
    const Request loaded = read(t, reference);
    Request edited = loaded;
    edited.requestedCountry = edited.requestingCountry;
    edited.legalBasis << QStringLiteral("bilateral");
    edited.persons.push_back({QString(), QStringLiteral("witness"), QStringLiteral("QQ"), QDate()});
    edited.measures[0].status = QStringLiteral("refused");
    edited.priority = QStringLiteral("urgent");
    Result<StepOutcome> outcome
        = RequestService(t.db(), t.clock())
              .amend(t.user(QStringLiteral("officer")), reference, edited, loaded.revision());
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind(), Error::Kind::Invalid);
    QVERIFY2(outcome.error().message().contains(reference), qPrintable(outcome.error().message()));
    const QString text = outcome.error().details().join(QLatin1Char('\n'));
    for (const char* field : {"requested_country", "legal_basis_detail", "persons[1].name",
                              "persons[1].nationality", "measures[0].status", "priority"}) {
        QVERIFY2(text.contains(QStringLiteral("“%1”").arg(QLatin1String(field))), qPrintable(text));
    }
    QCOMPARE(outcome.error().details().size(), 6);
}

void TestAmend::editWithoutRevisionIsRefused()
{
    // A request read without its history has no revision: the edit cannot be checked against others'.
    TestDatabase t;
    const QString reference = createRequests(t);
    Request edited = *RequestReader(t.db()).get(reference, RequestReader::Detail::Header);
    edited.summary = QStringLiteral("Corrigé.");
    const QByteArray hash = settledHash(t);
    for (qint64 revision : {edited.revision(), qint64(-1), read(t, reference).revision() + 1}) {
        Result<StepOutcome> outcome
            = RequestService(t.db(), t.clock())
                  .amend(t.user(QStringLiteral("officer")), reference, edited, revision);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind(), Error::Kind::Invalid);
        QVERIFY2(outcome.error().message().contains(reference), qPrintable(outcome.error().message()));
    }
    QCOMPARE(settledHash(t), hash);
    Result<StepOutcome> unknown
        = RequestService(t.db(), t.clock())
              .amend(t.user(QStringLiteral("officer")), QStringLiteral("IN-2019-0042"), edited, 1);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
}

void TestAmend::changedPersonsAreCheckedForDuplicates()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    const User& officer = t.user(QStringLiteral("officer"));
    const QString first = service.create(officer, TestDatabase::incomingDraft())->reference;
    Request other = TestDatabase::incomingDraft();
    other.foreignReference = QStringLiteral("TN/2026/5");
    other.requestingCountry = QStringLiteral("TN");
    other.persons = {{QStringLiteral("Karim B."), QStringLiteral("witness"), QString(), QDate()}};
    const QString second = service.create(officer, other)->reference;

    Request edited = read(t, second);
    edited.summary = QStringLiteral("Sans rapport avec les personnes.");
    Result<StepOutcome> unrelated = service.amend(officer, second, edited, edited.revision());
    QVERIFY2(unrelated, qPrintable(unrelated.error().fullText()));
    QVERIFY(unrelated->warnings.isEmpty());

    edited = read(t, second);
    edited.persons[0].name = QStringLiteral("Youssef El Amrani");
    Result<StepOutcome> outcome = service.amend(officer, second, edited, edited.revision());
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QCOMPARE(outcome->warnings.size(), 1);
    QVERIFY(outcome->warnings.first().contains(first));
}

void TestAmend::registerOfAnEarlierMasarTakesEdits()
{
    // A register created before the step "amend" existed, at the same schema
    // version, has no such code; it gets it when opened, so edits are recorded.
    TestDatabase t;
    const QString reference = createRequests(t);
    t.close();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("earlier"));
        raw.setDatabaseName(t.path());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM steps WHERE code = 'amend'")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM steps WHERE code = 'amend'"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("earlier"));
    t.reopen();
    Result<QSqlQuery> seeded
        = Sql::exec(t.db().connection(), QStringLiteral("SELECT count(*) FROM steps WHERE code = 'amend'"));
    QVERIFY(seeded && seeded->next());
    QCOMPARE(seeded->value(0).toInt(), 1);

    Request edited = read(t, reference);
    edited.requestingAuthority = QStringLiteral("Parquet général, Rabat");
    Result<StepOutcome> outcome
        = RequestService(t.db(), t.clock())
              .amend(t.user(QStringLiteral("officer")), reference, edited, edited.revision());
    QVERIFY2(outcome, qPrintable(outcome.error().fullText()));
    QCOMPARE(read(t, reference).history.back().step, Step::Amend);
}

QTEST_GUILESS_MAIN(TestAmend)
#include "tst_amend.moc"
