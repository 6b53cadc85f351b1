#include "ReportSamples.h"

#include "SampleRequests.h"
#include "TestDatabase.h"

namespace Masar::Test {

FixedClock reportClock()
{
    return FixedClock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
}

PrintContext reportContext()
{
    const FixedClock clock = reportClock();
    PrintContext context;
    context.ministry = QStringLiteral("Ministry of Justice");
    context.department = QStringLiteral("Central Authority for Mutual Legal Assistance");
    context.printedBy = QStringLiteral("Nadia Benali");
    context.printedAt = clock.nowUtc();
    context.today = clock.today();
    context.userNames = {{QStringLiteral("officer"), QStringLiteral("Nadia Benali")},
                         {QStringLiteral("officer2"), QStringLiteral("Omar Tazi")},
                         {QStringLiteral("supervisor"), QStringLiteral("Karim Haddad")}};
    context.atRiskDays = 7;
    return context;
}

QStringList reportPersonNames()
{
    return {QStringLiteral("Youssef El Amrani"), QStringLiteral("Éloïse Dupré-Nuñez"),
            QStringLiteral("فاطمة الزهراء الإدريسي")};
}

Request reportRequest()
{
    Request r = TestDatabase::incomingDraft();
    r.reference = QStringLiteral("IN-2026-0042");
    r.state = State::InExecution;
    r.foreignReference = QStringLiteral("RB/2026/117");
    r.requestingCountry = QStringLiteral("MA");
    r.requestedCountry = QStringLiteral("ES");
    r.requestingAuthority = QStringLiteral("Ministère de la Justice, Rabat");
    r.requestedAuthority = QStringLiteral("Subdirección General de Cooperación Jurídica Internacional");
    r.executingAuthority = QStringLiteral("Juzgado Central de Instrucción nº 5");
    r.executingReference = QStringLiteral("DP 12/2026");
    r.eurojustReference = QStringLiteral("EJ-2026-00042");
    r.legalBasis = {QStringLiteral("untoc"), QStringLiteral("arab-ct-1998")};
    r.channel = QStringLiteral("liaison_magistrate");
    r.priority = QStringLiteral("urgent");
    r.urgencyReason = QStringLiteral("Pre-trial detention ends on 15 March");
    r.confidentiality = QStringLiteral("restricted");
    r.receivedOn = QDate(2026, 2, 10);
    r.requestedBy = QDate(2026, 3, 15);
    r.assignee = QStringLiteral("officer");
    r.summary
        = QStringLiteral("Alleged financing of a cell through bank accounts in Valencia; the requesting "
                         "state asks for the account records and the freezing of the balances.");
    r.offences = {QStringLiteral("terrorist_financing"), QStringLiteral("money_laundering")};
    r.measures = {
        {QStringLiteral("bank_records"), QStringLiteral("done"), QStringLiteral("Records of three accounts")},
        {QStringLiteral("asset_freezing"), QStringLiteral("refused"), QStringLiteral("No court order")},
        {QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()},
    };
    const QStringList names = reportPersonNames();
    r.persons = {
        {names.at(0), QStringLiteral("suspect"), QStringLiteral("MA"), QDate(1988, 7, 14)},
        {names.at(1), QStringLiteral("witness"), QStringLiteral("FR"), QDate()},
        {names.at(2), QStringLiteral("account_holder"), QStringLiteral("TN"), QDate(1975, 1, 1)},
    };
    // At midday UTC: the same day in every time zone within eleven hours of it.
    r.history = {
        entry(utc(2, 10, 11, 0), Step::LogReceipt, std::nullopt, State::Received, QStringLiteral("officer")),
        entry(utc(2, 10, 12, 0), Step::Register, State::Received, State::Registered,
              QStringLiteral("officer"), QStringLiteral("Registered on arrival")),
        entry(utc(2, 11, 12, 0), Step::StartReview, State::Registered, State::UnderReview,
              QStringLiteral("officer")),
        entry(utc(2, 12, 13, 0), Step::Accept, State::UnderReview, State::Accepted,
              QStringLiteral("supervisor"),
              QStringLiteral("Dual criminality met; urgent because of detention")),
        entry(utc(2, 13, 12, 30), Step::TransmitForExecution, State::Accepted, State::InExecution,
              QStringLiteral("officer"), QStringLiteral("Sent to the Central Investigating Court")),
    };
    r.nextDeadline = QDate(2026, 3, 5);
    r.deadlineKind = QStringLiteral("execution");
    return r;
}

namespace {

StatusReport::Row row(const char* reference, Direction direction, const char* partner, State state,
                      const char* assignee, const QDate& deadline, const char* kind,
                      const char* confidentiality = "normal")
{
    StatusReport::Row r;
    r.reference = QLatin1String(reference);
    r.direction = direction;
    r.partnerCountry = QLatin1String(partner);
    r.state = state;
    r.assignee = QLatin1String(assignee);
    r.nextDeadline = deadline;
    r.deadlineKind = QLatin1String(kind);
    r.confidentiality = QLatin1String(confidentiality);
    return r;
}

} // namespace

std::vector<StatusReport::Row> reportRows()
{
    const Direction in = Direction::Incoming;
    const Direction out = Direction::Outgoing;
    // Listed neither by reference, nor by state, nor by partner, so that the
    // report's own order shows.
    return {
        row("OUT-2026-0013", out, "", State::Draft, "", QDate(), ""),
        row("IN-2026-0104", in, "TN", State::InExecution, "officer", QDate(2026, 3, 6), "execution"),
        row("IN-2026-0101", in, "MA", State::InExecution, "officer", QDate(2026, 2, 20), "execution",
            "restricted"),
        row("IN-2025-0950", in, "FR", State::Closed, "officer2", QDate(2025, 12, 1), "execution"),
        row("OUT-2026-0012", out, "EG", State::InExecutionAbroad, "supervisor", QDate(2026, 3, 1),
            "follow_up", "restricted"),
        row("IN-2026-0102", in, "TN", State::Received, "", QDate(2026, 3, 2), "acknowledgement"),
        row("OUT-2026-0011", out, "DE", State::Sent, "officer", QDate(2026, 3, 20), "chase"),
        row("IN-2026-0103", in, "MA", State::UnderReview, "officer2", QDate(2026, 2, 27), "decision"),
    };
}

std::vector<StatusReport::Row> manyReportRows(int count)
{
    const char* const partners[] = {"MA", "TN", "EG", "FR", "BE", "IQ", "DE"};
    const char* const assignees[] = {"officer", "officer2", "supervisor", ""};
    const State states[] = {State::Received, State::UnderReview,       State::InExecution, State::Executed,
                            State::Sent,     State::InExecutionAbroad, State::Closed};
    const int offsets[] = {-30, -3, -1, 0, 2, 9, 40};
    const FixedClock clock = reportClock();
    std::vector<StatusReport::Row> rows;
    rows.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        StatusReport::Row r;
        const State state = states[i % int(std::size(states))];
        r.direction = state == State::Sent || state == State::InExecutionAbroad ? Direction::Outgoing
                                                                                : Direction::Incoming;
        // Outgoing references of five digits, the widest there are.
        r.reference = r.direction == Direction::Incoming
            ? QStringLiteral("IN-2026-%1").arg(i + 1, 4, 10, QLatin1Char('0'))
            : QStringLiteral("OUT-2026-%1").arg(24000 + i + 1);
        r.partnerCountry = QLatin1String(partners[i % int(std::size(partners))]);
        r.state = state;
        r.assignee = QLatin1String(assignees[i % int(std::size(assignees))]);
        r.nextDeadline = clock.today().addDays(offsets[i % int(std::size(offsets))]);
        r.deadlineKind = QStringLiteral("execution");
        r.confidentiality = i % 11 == 0 ? QStringLiteral("restricted") : QStringLiteral("normal");
        rows.push_back(r);
    }
    return rows;
}

QString longSummary()
{
    QString text;
    const QString french = QStringLiteral(
        "Les anticonstitutionnellement intercontinentalisations transfrontalières présumées "
        "concernent des virements internationaux successifs vers des comptes bancaires à Valence. ");
    const QString arabic = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ مُتَبَادَلَةٍ فِي مَسَائِلَ جِنَائِيَّةٍ "
                                          "بِشَأْنِ تَمْوِيلِ الْإِرْهَابِ وَغَسْلِ الْأَمْوَالِ. ");
    while (text.size() < 4000) {
        text += french + arabic;
    }
    text += QString(10000, QLatin1Char('x'));
    text += QStringLiteral(" Fin du résumé.");
    return text;
}

} // namespace Masar::Test
