// A request's next deadline from its state and history: which rule, from
// which date, with the paused days, the requester's date, the dates steps
// give, a supervisor's extension; for requests of Spain (our state here),
// in 2026. Expected dates worked out by hand.
#include "deadlines/DeadlineEngine.h"
#include "deadlines/WorkingCalendar.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Masar;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

HistoryEntry step(const char* date, Step s, State to, const QJsonObject& data = {},
                  const QString& reason = {})
{
    HistoryEntry e;
    e.at = QDateTime(d(date), QTime(10, 0), QTimeZone::utc());
    e.step = s;
    e.to = to;
    e.actor = QStringLiteral("karim");
    e.reason = reason;
    e.data = data;
    return e;
}

Request incoming(const char* received, State state, std::vector<HistoryEntry> history,
                 const QString& basis = QStringLiteral("untoc"))
{
    Request r;
    r.direction = Direction::Incoming;
    r.requestingCountry = QStringLiteral("MA");
    r.requestedCountry = QStringLiteral("ES");
    r.receivedOn = d(received);
    r.legalBasis = {basis};
    r.state = state;
    r.history = std::move(history);
    return r;
}

} // namespace

class TestDeadlineEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void acknowledgementByLegalBasis();
    void decisionWithTheClockStoppedForInformation();
    void replyByGivenOrByRule();
    void executionFromAcceptanceWithPauseAndRequestedDate();
    void postponementReviewDate();
    void urgentHalvesTheDecision();
    void supervisorsExtensionReplacesTheDate();
    void outgoingChaserAndFollowUp();
    void noDeadlineOnceDoneOrBeforeSending();
    void extensionsAsTheEioAllows();
    void extensionsBelongToTheirStage();

private:
    std::unique_ptr<DeadlineEngine> m_engine;
    WorkingCalendar m_spain;
};

void TestDeadlineEngine::initTestCase()
{
    qputenv("TZ", "UTC");
    m_spain = WorkingCalendar::forCountry(QStringLiteral("ES"), 2026, 2026);
    m_engine = std::make_unique<DeadlineEngine>(
        DeadlineRules::defaults(),
        [this](const QString&, const QString&) -> const WorkingCalendar& { return m_spain; });
}

void TestDeadlineEngine::acknowledgementByLegalBasis()
{
    // Received Monday 27 April 2026; Friday 1 May is a holiday.
    const Request untoc
        = incoming("2026-04-27", State::Received, {step("2026-04-27", Step::LogReceipt, State::Received)});
    const auto general = m_engine->next(untoc);
    QVERIFY(general);
    QCOMPARE(general->kind, DeadlineKind::Acknowledgement);
    QCOMPARE(general->due, d("2026-05-05")); // 28, 29, 30 April, 4 and 5 May
    const Request eio = incoming("2026-04-27", State::Received, untoc.history, QStringLiteral("eio"));
    QCOMPARE(m_engine->next(eio)->due, d("2026-05-04")); // 7 days: Monday 4 May
}

void TestDeadlineEngine::decisionWithTheClockStoppedForInformation()
{
    // 20 working days from Monday 2 March 2026: Monday 30 March; information
    // asked on 10 March and received on 17 March: 7 days more, 6 April.
    const Request r = incoming("2026-03-02", State::UnderReview,
                               {step("2026-03-02", Step::LogReceipt, State::Received),
                                step("2026-03-03", Step::Register, State::Registered),
                                step("2026-03-04", Step::StartReview, State::UnderReview),
                                step("2026-03-10", Step::RequestInformation, State::AwaitingInformation),
                                step("2026-03-17", Step::InformationReceived, State::UnderReview)});
    const auto deadline = m_engine->next(r);
    QVERIFY(deadline && deadline->computed);
    QCOMPARE(deadline->kind, DeadlineKind::Decision);
    QCOMPARE(deadline->computed->pausedDays, 7);
    QCOMPARE(deadline->due, d("2026-04-06"));
}

void TestDeadlineEngine::replyByGivenOrByRule()
{
    std::vector<HistoryEntry> history
        = {step("2026-03-02", Step::LogReceipt, State::Received),
           step("2026-03-10", Step::RequestInformation, State::AwaitingInformation,
                {{QStringLiteral("reply_by"), QStringLiteral("2026-03-25")}})};
    const auto given = m_engine->next(incoming("2026-03-02", State::AwaitingInformation, history));
    QVERIFY(given && given->givenBy);
    QCOMPARE(given->kind, DeadlineKind::ReplyBy);
    QCOMPARE(given->due, d("2026-03-25"));
    history.back().data = QJsonObject();
    const auto byRule = m_engine->next(incoming("2026-03-02", State::AwaitingInformation, history));
    QCOMPARE(byRule->due, d("2026-04-09")); // 30 days after Tuesday 10 March
}

void TestDeadlineEngine::executionFromAcceptanceWithPauseAndRequestedDate()
{
    // EIO, accepted Tuesday 10 March 2026: 90 days, Monday 8 June.
    std::vector<HistoryEntry> history = {step("2026-03-02", Step::LogReceipt, State::Received),
                                         step("2026-03-10", Step::Accept, State::Accepted),
                                         step("2026-03-12", Step::TransmitForExecution, State::InExecution)};
    Request r = incoming("2026-03-02", State::InExecution, history, QStringLiteral("eio"));
    QCOMPARE(m_engine->next(r)->due, d("2026-06-08"));
    QCOMPARE(m_engine->next(r)->kind, DeadlineKind::Execution);
    // Postponed from 1 to 15 April: 14 days more, Monday 22 June.
    r.history.push_back(step("2026-04-01", Step::Postpone, State::Postponed,
                             {{QStringLiteral("review_date"), QStringLiteral("2026-04-15")}}));
    r.history.push_back(step("2026-04-15", Step::Resume, State::InExecution));
    QCOMPARE(m_engine->next(r)->due, d("2026-06-22"));
    // The requester asked for 15 May: earlier, so it is the deadline.
    r.requestedBy = d("2026-05-15");
    const auto deadline = m_engine->next(r);
    QCOMPARE(deadline->due, d("2026-05-15"));
    QVERIFY(deadline->computed->requestedDateTaken);
}

void TestDeadlineEngine::postponementReviewDate()
{
    const Request r = incoming("2026-03-02", State::Postponed,
                               {step("2026-03-10", Step::Accept, State::Accepted),
                                step("2026-04-01", Step::Postpone, State::Postponed,
                                     {{QStringLiteral("review_date"), QStringLiteral("2026-05-20")}})});
    const auto deadline = m_engine->next(r);
    QCOMPARE(deadline->kind, DeadlineKind::Review);
    QCOMPARE(deadline->due, d("2026-05-20"));
}

void TestDeadlineEngine::urgentHalvesTheDecision()
{
    // 20 working days halved: 10 from Monday 2 March 2026, Monday 16 March.
    Request r
        = incoming("2026-03-02", State::Registered, {step("2026-03-02", Step::Register, State::Registered)});
    r.priority = QStringLiteral("urgent");
    QCOMPARE(m_engine->next(r)->due, d("2026-03-16"));
}

void TestDeadlineEngine::supervisorsExtensionReplacesTheDate()
{
    Request r = incoming("2026-03-02", State::InExecution,
                         {step("2026-03-10", Step::Accept, State::Accepted),
                          step("2026-05-30", Step::ExtendDeadline, State::InExecution,
                               {{QStringLiteral("new_deadline"), QStringLiteral("2026-07-15")}},
                               QStringLiteral("Bank records from three banks"))},
                         QStringLiteral("eio"));
    const auto deadline = m_engine->next(r);
    QCOMPARE(deadline->due, d("2026-07-15"));
    QVERIFY(deadline->givenBy);
    QCOMPARE(deadline->computed->due, d("2026-06-08")); // what it replaced
    const QStringList lines
        = DeadlineEngine::explain(*deadline, [](const QDate& date) { return date.toString(Qt::ISODate); });
    QCOMPARE(lines.first(), QStringLiteral("Deadline for the execution."));
    QVERIFY(lines.contains(QStringLiteral("By the rule: 2026-06-08.")));
    QVERIFY(lines.contains(QStringLiteral("Date 2026-07-15 set by the step “Extend deadline” of karim on "
                                          "2026-05-30: Bank records from three banks.")));
    QCOMPARE(lines.last(), QStringLiteral("Due: 2026-07-15."));
    // An extension from an earlier stage does not carry over.
    r.history.push_back(step("2026-06-01", Step::Accept, State::Accepted));
    QCOMPARE(m_engine->next(r)->due,
             d("2026-08-31")); // 90 days after Monday 1 June: Sunday 30 August, so Monday 31
}

void TestDeadlineEngine::extensionsBelongToTheirStage()
{
    // EIO, received Monday 2 March 2026.
    auto withFrom = [](HistoryEntry e, State from) {
        e.from = from;
        return e;
    };
    const QJsonObject to12 = {{QStringLiteral("new_deadline"), QStringLiteral("2026-03-12")}};
    // The acknowledgement extended, then registered: the decision keeps its rule (1 April).
    Request r = incoming(
        "2026-03-02", State::Registered,
        {step("2026-03-02", Step::LogReceipt, State::Received),
         withFrom(step("2026-03-03", Step::ExtendDeadline, State::Received, to12), State::Received),
         withFrom(step("2026-03-04", Step::Register, State::Registered), State::Received)},
        QStringLiteral("eio"));
    QCOMPARE(m_engine->next(r)->due, d("2026-04-01"));
    // ...and the decision may still be extended once.
    QVERIFY(m_engine->checkExtension(r, d("2026-04-20")).ok());
    // A decision extended in the morning, accepted the same afternoon: the
    // execution deadline is the rule's (90 days from Monday 20 April: Sunday 19 July, so Monday 20).
    HistoryEntry extension = withFrom(step("2026-04-20", Step::ExtendDeadline, State::Registered,
                                           {{QStringLiteral("new_deadline"), QStringLiteral("2026-04-25")}}),
                                      State::Registered);
    extension.at = extension.at.addSecs(-3600);
    r.history.push_back(extension);
    r.history.push_back(withFrom(step("2026-04-20", Step::Accept, State::Accepted), State::Registered));
    r.state = State::Accepted;
    QCOMPARE(m_engine->next(r)->due, d("2026-07-20"));
    QVERIFY(!m_engine->next(r)->givenBy);
}

void TestDeadlineEngine::outgoingChaserAndFollowUp()
{
    Request r;
    r.direction = Direction::Outgoing;
    r.requestingCountry = QStringLiteral("ES");
    r.requestedCountry = QStringLiteral("TN");
    r.state = State::Sent;
    r.sentOn = d("2026-03-02");
    r.history
        = {step("2026-02-20", Step::CreateDraft, State::Draft), step("2026-03-02", Step::Send, State::Sent)};
    auto deadline = m_engine->next(r);
    QCOMPARE(deadline->kind, DeadlineKind::Chase);
    QCOMPARE(deadline->due, d("2026-04-01"));
    // Acknowledged 20 March, executed abroad: ask again 60 days after the last news (Tuesday 19 May).
    r.state = State::InExecutionAbroad;
    r.history.push_back(step("2026-03-20", Step::RecordAcknowledgement, State::Acknowledged));
    deadline = m_engine->next(r);
    QCOMPARE(deadline->kind, DeadlineKind::FollowUp);
    QCOMPARE(deadline->due, d("2026-05-19"));
}

void TestDeadlineEngine::noDeadlineOnceDoneOrBeforeSending()
{
    QVERIFY(!m_engine->next(incoming("2026-03-02", State::ResultsSent, {})));
    QVERIFY(!m_engine->next(incoming("2026-03-02", State::Closed, {})));
    Request draft;
    draft.direction = Direction::Outgoing;
    draft.state = State::Draft;
    QVERIFY(!m_engine->next(draft));
}

void TestDeadlineEngine::extensionsAsTheEioAllows()
{
    // EIO, received Monday 2 March 2026: decision by Wednesday 1 April; one
    // extension of at most 30 days, to Friday 1 May at the latest.
    Request r = incoming("2026-03-02", State::UnderReview,
                         {step("2026-03-02", Step::LogReceipt, State::Received),
                          step("2026-03-03", Step::Register, State::Registered),
                          step("2026-03-04", Step::StartReview, State::UnderReview)},
                         QStringLiteral("eio"));
    r.reference = QStringLiteral("IN-2026-0001");
    QCOMPARE(m_engine->next(r)->due, d("2026-04-01"));
    QVERIFY(m_engine->checkExtension(r, d("2026-05-01")).ok());
    const Status tooLong = m_engine->checkExtension(r, d("2026-05-02"));
    QCOMPARE(tooLong.kind(), Error::Kind::Invalid);
    QVERIFY2(tooLong.message().contains(QLocale().toString(QDate(2026, 5, 1), QLocale::LongFormat)),
             qPrintable(tooLong.message()));
    QCOMPARE(m_engine->checkExtension(r, d("2026-04-01")).kind(), Error::Kind::Invalid); // not later
    // Extended once: not again.
    r.history.push_back(step("2026-03-20", Step::ExtendDeadline, State::UnderReview,
                             {{QStringLiteral("new_deadline"), QStringLiteral("2026-04-20")}}));
    QCOMPARE(m_engine->next(r)->due, d("2026-04-20"));
    QCOMPARE(m_engine->checkExtension(r, d("2026-04-25")).kind(), Error::Kind::NotAllowed);
    // Other legal bases: as often as the supervisor decides.
    r.legalBasis = {QStringLiteral("untoc")};
    QVERIFY(m_engine->checkExtension(r, d("2026-06-30")).ok());
    // Nothing to extend once the results are sent.
    r.state = State::ResultsSent;
    QCOMPARE(m_engine->checkExtension(r, d("2026-06-30")).kind(), Error::Kind::NotAllowed);
}

QTEST_GUILESS_MAIN(TestDeadlineEngine)
#include "tst_deadlineengine.moc"
