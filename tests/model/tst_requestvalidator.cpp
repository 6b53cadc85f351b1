// The rules of a request's own fields, for new and imported requests.
#include "domain/RequestValidator.h"
#include "domain/Workflow.h"

#include <QTest>

#include <functional>

using namespace Masar;

namespace {

const QDate today(2026, 3, 2);

Request valid(Direction direction)
{
    Request r;
    r.direction = direction;
    r.state = direction == Direction::Incoming ? State::Received : State::Draft;
    r.requestingCountry = direction == Direction::Incoming ? QStringLiteral("EG") : QStringLiteral("FR");
    r.requestedCountry = direction == Direction::Incoming ? QStringLiteral("FR") : QStringLiteral("IQ");
    r.legalBasis = {QStringLiteral("untoc")};
    if (direction == Direction::Incoming) {
        r.receivedOn = today;
    }
    r.summary = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ — audition de témoins");
    r.measures = {{QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()}};
    r.persons = {{QStringLiteral("Ahmed Hassan أحمد حسن"), QStringLiteral("witness"), QStringLiteral("EG"),
                  QDate(1980, 1, 2)}};
    return r;
}

using Spoil = std::function<void(Request&)>;

} // namespace

class TestRequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRequestsPass();
    void problems_data();
    void problems();
    void references_data();
    void references();
    void sentOnFollowsTheState_data();
    void sentOnFollowsTheState();
};

void TestRequestValidator::validRequestsPass()
{
    for (Direction direction : allOf<Direction>()) {
        for (auto mode : {RequestValidator::Mode::New, RequestValidator::Mode::Import}) {
            const auto problems = RequestValidator::validate(valid(direction), today, mode);
            QVERIFY2(problems.empty(),
                     qPrintable(RequestValidator::describe(QString(), problems).join(QLatin1Char('\n'))));
        }
    }
}

void TestRequestValidator::problems_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::addColumn<bool>("importing");
    QTest::addColumn<QString>("field");
    QTest::addColumn<Spoil>("spoil");

    const Direction in = Direction::Incoming;
    const Direction out = Direction::Outgoing;
    QTest::newRow("no requesting country") << in << false << QStringLiteral("requesting_country")
                                           << Spoil([](Request& r) { r.requestingCountry.clear(); });
    QTest::newRow("lower-case country")
        << in << false << QStringLiteral("requested_country")
        << Spoil([](Request& r) { r.requestedCountry = QStringLiteral("fr"); });
    QTest::newRow("same country twice")
        << in << false << QStringLiteral("requested_country")
        << Spoil([](Request& r) { r.requestedCountry = r.requestingCountry; });
    QTest::newRow("unknown legal basis")
        << in << false << QStringLiteral("legal_basis")
        << Spoil([](Request& r) { r.legalBasis << QStringLiteral("goodwill"); });
    QTest::newRow("legal basis twice") << in << false << QStringLiteral("legal_basis")
                                       << Spoil([](Request& r) { r.legalBasis << QStringLiteral("untoc"); });
    QTest::newRow("bilateral without treaty")
        << in << false << QStringLiteral("legal_basis_detail")
        << Spoil([](Request& r) { r.legalBasis = {QStringLiteral("bilateral")}; });
    QTest::newRow("unknown channel") << in << false << QStringLiteral("channel")
                                     << Spoil([](Request& r) { r.channel = QStringLiteral("pigeon"); });
    QTest::newRow("urgent without reason")
        << in << false << QStringLiteral("urgency_reason")
        << Spoil([](Request& r) { r.priority = QStringLiteral("urgent"); });
    QTest::newRow("unknown confidentiality")
        << in << false << QStringLiteral("confidentiality")
        << Spoil([](Request& r) { r.confidentiality = QStringLiteral("top"); });
    QTest::newRow("incoming without receipt date")
        << in << false << QStringLiteral("received_on") << Spoil([](Request& r) { r.receivedOn = QDate(); });
    QTest::newRow("received tomorrow") << in << false << QStringLiteral("received_on")
                                       << Spoil([](Request& r) { r.receivedOn = today.addDays(1); });
    QTest::newRow("incoming with a sending date")
        << in << false << QStringLiteral("sent_on") << Spoil([](Request& r) { r.sentOn = today; });
    QTest::newRow("outgoing with a receipt date")
        << out << false << QStringLiteral("received_on") << Spoil([](Request& r) { r.receivedOn = today; });
    QTest::newRow("draft with a sending date")
        << out << false << QStringLiteral("sent_on") << Spoil([](Request& r) { r.sentOn = today; });
    QTest::newRow("sent without a sending date")
        << out << true << QStringLiteral("sent_on") << Spoil([](Request& r) { r.state = State::Sent; });
    QTest::newRow("closed on its results without a sending date")
        << out << true << QStringLiteral("sent_on") << Spoil([](Request& r) {
               r.state = State::Closed;
               r.disposition = QStringLiteral("executed");
           });
    QTest::newRow("requested before received")
        << in << false << QStringLiteral("requested_by")
        << Spoil([](Request& r) { r.requestedBy = today.addDays(-1); });
    QTest::newRow("unknown offence") << in << false << QStringLiteral("offences") << Spoil([](Request& r) {
        r.offences = {QStringLiteral("jaywalking")};
    });
    QTest::newRow("unknown measure status")
        << in << false << QStringLiteral("measures[0].status")
        << Spoil([](Request& r) { r.measures[0].status = QStringLiteral("half"); });
    QTest::newRow("person without name")
        << in << false << QStringLiteral("persons[0].name")
        << Spoil([](Request& r) { r.persons[0].name = QStringLiteral("  "); });
    QTest::newRow("person without role") << in << false << QStringLiteral("persons[0].role")
                                         << Spoil([](Request& r) { r.persons[0].role.clear(); });
    QTest::newRow("unknown nationality")
        << in << false << QStringLiteral("persons[0].nationality")
        << Spoil([](Request& r) { r.persons[0].nationality = QStringLiteral("ZZ"); });
    QTest::newRow("born tomorrow") << in << false << QStringLiteral("persons[0].birth_date")
                                   << Spoil([](Request& r) { r.persons[0].birthDate = today.addDays(1); });
    QTest::newRow("linked to itself")
        << in << true << QStringLiteral("links[0].reference") << Spoil([](Request& r) {
               r.reference = QStringLiteral("IN-2026-0007");
               r.links = {{r.reference, QStringLiteral("related")}};
           });
    QTest::newRow("unknown link kind")
        << in << false << QStringLiteral("links[0].kind") << Spoil([](Request& r) {
               r.links = {{QStringLiteral("IN-2026-0001"), QStringLiteral("cousin")}};
           });
    QTest::newRow("summary too long")
        << in << false << QStringLiteral("summary")
        << Spoil([](Request& r) { r.summary = QString(RequestValidator::maxTextLength + 1, QChar(0x0628)); });
    QTest::newRow("state of the other direction")
        << in << true << QStringLiteral("state") << Spoil([](Request& r) { r.state = State::Draft; });
    QTest::newRow("closed without disposition")
        << in << true << QStringLiteral("disposition") << Spoil([](Request& r) { r.state = State::Closed; });
    QTest::newRow("disposition while open")
        << in << true << QStringLiteral("disposition")
        << Spoil([](Request& r) { r.disposition = QStringLiteral("refused"); });
    QTest::newRow("reference of the other direction")
        << in << true << QStringLiteral("reference")
        << Spoil([](Request& r) { r.reference = QStringLiteral("OUT-2026-0001"); });
    QTest::newRow("history ends elsewhere")
        << in << true << QStringLiteral("history") << Spoil([](Request& r) {
               HistoryEntry entry;
               entry.at = QDateTime(today, QTime(8, 0), Qt::UTC);
               entry.step = Step::LogReceipt;
               entry.to = State::Received;
               entry.actor = QStringLiteral("clerk");
               r.history = {entry};
               r.state = State::Registered;
           });
    QTest::newRow("history out of order")
        << in << true << QStringLiteral("history[1].at") << Spoil([](Request& r) {
               HistoryEntry first;
               first.at = QDateTime(today, QTime(8, 0), Qt::UTC);
               first.step = Step::LogReceipt;
               first.to = State::Received;
               first.actor = QStringLiteral("a");
               HistoryEntry second = first;
               second.at = first.at.addSecs(-60);
               second.step = Step::AddNote;
               second.from = State::Received;
               r.history = {first, second};
           });
}

void TestRequestValidator::problems()
{
    QFETCH(Direction, direction);
    QFETCH(bool, importing);
    QFETCH(QString, field);
    QFETCH(Spoil, spoil);
    Request request = valid(direction);
    spoil(request);
    const auto mode = importing ? RequestValidator::Mode::Import : RequestValidator::Mode::New;
    const auto problems = RequestValidator::validate(request, today, mode);
    const QStringList lines = RequestValidator::describe(QStringLiteral("line 7"), problems);
    QVERIFY2(!problems.empty(), "the spoiled request passed");
    bool named = false;
    for (const FieldProblem& problem : problems) {
        named = named || problem.field == field;
    }
    QVERIFY2(named, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.first().startsWith(QStringLiteral("line 7, field “")));
}

void TestRequestValidator::references_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("number");
    QTest::newRow("incoming") << QStringLiteral("IN-2026-0042") << true << 2026 << 42;
    QTest::newRow("outgoing, five digits") << QStringLiteral("OUT-2031-12345") << true << 2031 << 12345;
    QTest::newRow("number zero") << QStringLiteral("IN-2026-0000") << false << 0 << 0;
    QTest::newRow("three digits") << QStringLiteral("IN-2026-042") << false << 0 << 0;
    QTest::newRow("lower case") << QStringLiteral("in-2026-0042") << false << 0 << 0;
    QTest::newRow("foreign style") << QStringLiteral("2026/42") << false << 0 << 0;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("IN-٢٠٢٦-0042") << false << 0 << 0;
    QTest::newRow("seven digits") << QStringLiteral("IN-2026-1234567") << false << 0 << 0;
}

void TestRequestValidator::references()
{
    QFETCH(QString, reference);
    QFETCH(bool, valid);
    QFETCH(int, year);
    QFETCH(int, number);
    Direction direction;
    int y = 0;
    int n = 0;
    QCOMPARE(RequestValidator::parseReference(reference, &direction, &y, &n), valid);
    if (valid) {
        QCOMPARE(y, year);
        QCOMPARE(n, number);
        QCOMPARE(RequestValidator::formatReference(direction, y, n), reference);
    }
}

void TestRequestValidator::sentOnFollowsTheState_data()
{
    // Every state of an outgoing request, with and without the day sent,
    // and what is refused, written out: a request not sent yet has no day
    // sent; from "sent" on it has one; a closed one has one when it closed
    // on its results or a refusal abroad, and may or may not have one when
    // it was withdrawn (perhaps as a draft).
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("disposition");
    QTest::addColumn<bool>("withDay");
    QTest::addColumn<bool>("refused");
    for (State state : Workflow::states(Direction::Outgoing)) {
        const bool notYet = state == State::Draft || state == State::InTranslation;
        const QStringList dispositions = state == State::Closed
            ? QStringList {QStringLiteral("executed"), QStringLiteral("partially_executed"),
                           QStringLiteral("refused"), QStringLiteral("withdrawn")}
            : QStringList {QString()};
        for (const QString& disposition : dispositions) {
            const bool sent = disposition != QLatin1String("withdrawn") && !notYet;
            const bool either = disposition == QLatin1String("withdrawn");
            for (bool withDay : {true, false}) {
                const bool refused = !either && withDay != sent;
                QTest::addRow("%s%s%s, %s", qPrintable(keyOf(state)), disposition.isEmpty() ? "" : " as ",
                              qPrintable(disposition), withDay ? "sent on a day" : "no day sent")
                    << state << disposition << withDay << refused;
            }
        }
    }
}

void TestRequestValidator::sentOnFollowsTheState()
{
    QFETCH(State, state);
    QFETCH(QString, disposition);
    QFETCH(bool, withDay);
    QFETCH(bool, refused);
    Request request = valid(Direction::Outgoing);
    request.state = state;
    request.disposition = disposition;
    request.sentOn = withDay ? today.addDays(-3) : QDate();
    // On import, and wherever else a request is checked (a new one, an edit).
    for (auto mode : {RequestValidator::Mode::Import, RequestValidator::Mode::New}) {
        const auto problems = RequestValidator::validate(request, today, mode);
        const QStringList lines = RequestValidator::describe(QString(), problems);
        QVERIFY2(int(problems.size()) == (refused ? 1 : 0), qPrintable(lines.join(QLatin1Char('\n'))));
        if (refused) {
            QCOMPARE(problems.front().field, QStringLiteral("sent_on"));
            QVERIFY2(problems.front().message.contains(keyOf(state))
                         || problems.front().message.contains(disposition),
                     qPrintable(problems.front().message));
        }
    }
}

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_requestvalidator.moc"
