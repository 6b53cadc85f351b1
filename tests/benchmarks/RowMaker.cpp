#include "RowMaker.h"

#include "Vocabulary.h"

#include <array>

namespace Masar::Benchmark {

namespace {

using Vocabulary::Language;

template<typename T, std::size_t N, typename Weights>
T pick(Random& random, const std::array<T, N>& items, const Weights& weights)
{
    return items[std::size_t(random.weighted(weights))];
}

template<typename T, std::size_t N>
T pick(Random& random, const std::array<T, N>& items, std::initializer_list<int> weights)
{
    return items[std::size_t(random.weighted(weights))];
}

const QString& pickSkewed(Random& random, const QStringList& list)
{
    return list.at(random.skewed(int(list.size())));
}

const QString& pickAny(Random& random, const QStringList& list)
{
    return list.at(random.below(int(list.size())));
}

QString text(const char* ascii)
{
    return QString::fromLatin1(ascii);
}

// The open states of each direction, in workflow order, and their weights by
// the age of the request: under a year, one to three years, older (the few
// old ones still open are stuck: postponed, awaiting information).
const std::array<const char*, 11> incomingOpen
    = {"received",           "registered", "under_review", "awaiting_information",
       "consultation",       "accepted",   "in_execution", "postponed",
       "partially_executed", "executed",   "results_sent"};
const std::array<std::array<int, 11>, 3> incomingWeights = {{
    {6, 6, 14, 8, 3, 7, 22, 4, 6, 5, 4},
    {1, 1, 3, 6, 1, 2, 30, 10, 12, 5, 8},
    {0, 1, 1, 12, 1, 1, 20, 25, 15, 4, 10},
}};
const std::array<double, 3> incomingClosed = {0.30, 0.75, 0.985};

const std::array<const char*, 10> outgoingOpen = {"draft",
                                                  "in_translation",
                                                  "sent",
                                                  "acknowledged",
                                                  "information_requested",
                                                  "in_execution_abroad",
                                                  "postponed_abroad",
                                                  "partial_results_received",
                                                  "results_received",
                                                  "results_forwarded"};
const std::array<std::array<int, 10>, 3> outgoingWeights = {{
    {10, 8, 15, 12, 5, 25, 3, 7, 6, 4},
    {1, 1, 8, 10, 4, 40, 8, 12, 5, 6},
    {1, 0, 5, 5, 3, 40, 20, 15, 3, 5},
}};
const std::array<double, 3> outgoingClosed = {0.20, 0.70, 0.98};

const std::array<const char*, 8> dispositions = {"executed", "partially_executed", "refused",   "withdrawn",
                                                 "lapsed",   "returned",           "forwarded", "duplicate"};

const std::array<const char*, 15> offences = {"terrorism",
                                              "terrorist_financing",
                                              "participation_terrorist_group",
                                              "recruitment_training",
                                              "foreign_terrorist_fighter",
                                              "incitement",
                                              "money_laundering",
                                              "organised_crime",
                                              "trafficking_arms",
                                              "trafficking_drugs",
                                              "trafficking_persons",
                                              "corruption",
                                              "cybercrime",
                                              "homicide",
                                              "other"};
const std::array<int, 15> offenceWeights = {25, 15, 10, 4, 5, 4, 12, 8, 4, 10, 4, 5, 4, 3, 2};

const std::array<const char*, 10> measureTypes
    = {"bank_records",         "witness_hearing",     "suspect_hearing",         "documents",
       "search_seizure",       "electronic_evidence", "identification_location", "asset_freezing",
       "service_of_documents", "videoconference"};

const std::array<const char*, 8> personRoles
    = {"suspect", "accused", "witness", "victim", "account_holder", "convicted", "expert", "other"};

// Where a state stands in the workflow, for the dates and fields it implies.
bool executedOrBeyond(const QString& state)
{
    return state == QLatin1String("in_execution") || state == QLatin1String("partially_executed")
        || state == QLatin1String("executed") || state == QLatin1String("results_sent");
}

bool sentOrBeyond(const QString& state)
{
    return state != QLatin1String("draft") && state != QLatin1String("in_translation");
}

bool acknowledgedOrBeyond(const QString& state)
{
    return sentOrBeyond(state) && state != QLatin1String("sent");
}

} // namespace

QDate RowMaker::lastDay()
{
    return QDate(2025, 12, 31);
}

QDate RowMaker::today()
{
    return QDate(2026, 1, 5);
}

const std::vector<StaffMember>& RowMaker::staff()
{
    // Officers in shifts over the 40 years, three to five at a time; a few
    // supervisors; a clerk and the administrator hold no requests.
    static const std::vector<StaffMember> list = {
        {"a.moreno", "Alicia Moreno", "officer", 1986, 1999},
        {"j.ruiz", "Javier Ruiz", "officer", 1986, 2001},
        {"m.haddou", "Mustapha Haddou", "officer", 1988, 2006},
        {"c.navarro", "Carmen Navarro", "officer", 1992, 2010},
        {"l.gil", "Luis Gil", "officer", 1997, 2012},
        {"r.bennani", "ربيعة بناني", "officer", 2001, 2016},
        {"e.vidal", "Elena Vidal", "officer", 2004, 2019},
        {"n.benali", "Nadia Benali", "officer", 2008, 2025},
        {"s.trabelsi", "سامي الطرابلسي", "officer", 2011, 2025},
        {"p.martin", "Pauline Martin", "officer", 2014, 2025},
        {"i.castro", "Irene Castro", "officer", 2017, 2025},
        {"y.elamrani", "يوسف العمراني", "officer", 2020, 2025},
        {"k.mansour", "Karim Mansour", "officer", 2022, 2025},
        {"r.ortega", "Rosa Ortega", "supervisor", 1986, 2004},
        {"d.serrano", "Diego Serrano", "supervisor", 2000, 2025},
        {"h.alaoui", "Hind Alaoui", "supervisor", 2010, 2025},
        {"f.lopez", "Fernando López", "clerk", 2015, 2025},
    };
    return list;
}

RowMaker::RowMaker(Random& random)
    : m_random(random)
{
}

int RowMaker::assignee(int year)
{
    const bool supervisor = m_random.chance(0.08);
    std::vector<int>& candidates = m_candidates[{year, supervisor}];
    if (candidates.empty()) {
        for (std::size_t i = 0; i < staff().size(); ++i) {
            const StaffMember& member = staff()[i];
            const bool role
                = QLatin1String(member.role) == QLatin1String(supervisor ? "supervisor" : "officer");
            if (role && member.firstYear <= year && year <= member.lastYear) {
                candidates.push_back(int(i));
            }
        }
    }
    return candidates[std::size_t(m_random.below(int(candidates.size())))];
}

void RowMaker::chooseState(RequestRow& row, bool incoming, int ageDays)
{
    const std::size_t age = ageDays < 365 ? 0 : ageDays < 3 * 365 ? 1 : 2;
    if (m_random.chance(incoming ? incomingClosed[age] : outgoingClosed[age])) {
        row.state = text("closed");
        row.disposition = text(incoming ? pick(m_random, dispositions, {62, 12, 5, 4, 5, 5, 4, 3})
                                        : pick(m_random, dispositions, {60, 15, 8, 10, 4, 0, 0, 3}));
        return;
    }
    row.state = incoming ? text(pick(m_random, incomingOpen, incomingWeights[age]))
                         : text(pick(m_random, outgoingOpen, outgoingWeights[age]));
}

QString RowMaker::summary(int language)
{
    const Language lang = Language(language);
    QString result = pickAny(m_random, Vocabulary::openers(lang));
    // Between 150 and 300 characters, the full stop included.
    const int target = m_random.between(150, 299);
    const QStringList& words = Vocabulary::words(lang);
    while (result.size() < target) {
        const QString& word = pickSkewed(m_random, words);
        if (result.size() + 1 + word.size() + 1 > 300) {
            break;
        }
        result += QLatin1Char(' ') + word;
    }
    return result + QLatin1Char('.');
}

QString RowMaker::foreignReference(const QString& country, int year)
{
    const int n = m_random.between(1, 9999);
    if (country == QLatin1String("MA")) {
        return QStringLiteral("RB/%1/%2").arg(year).arg(n);
    }
    if (country == QLatin1String("TN")) {
        return QStringLiteral("%1/%2/DGAJ").arg(n).arg(year);
    }
    if (country == QLatin1String("FR")) {
        return QStringLiteral("BEPI %1/%2").arg(year).arg(n, 5, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1-%2-%3").arg(country).arg(year).arg(n);
}

PersonRow RowMaker::person(bool arabPartner, const QString& country, int year)
{
    const bool arabicScript = arabPartner && m_random.chance(0.3);
    const QStringList& family = m_random.chance(arabicScript ? 1.0 / 5000 : 1.0 / 25000)
        ? Vocabulary::rareFamilyNames(arabicScript)
        : Vocabulary::familyNames(arabicScript);
    PersonRow p;
    p.name = pickSkewed(m_random, Vocabulary::givenNames(arabicScript)) + QLatin1Char(' ')
        + QString(pickSkewed(m_random, family)).replace(QLatin1Char('_'), QLatin1Char(' '));
    p.role = text(pick(m_random, personRoles, {50, 15, 15, 8, 7, 3, 1, 1}));
    if (m_random.chance(0.7)) {
        p.nationality = m_random.chance(0.8) ? country : Vocabulary::homeCountry();
    }
    if (m_random.chance(0.4)) {
        p.birthDate = QDate(year - m_random.between(18, 70), 1, 1).addDays(m_random.below(365));
    }
    return p;
}

RequestRow RowMaker::make(bool incoming, const QDate& date, int number)
{
    RequestRow row;
    const int year = date.year();
    const QString home = Vocabulary::homeCountry();
    const std::vector<Vocabulary::Partner>& partners = Vocabulary::partners();
    static const std::vector<int> weights = [&partners] {
        std::vector<int> list;
        for (const Vocabulary::Partner& p : partners) {
            list.push_back(p.weight);
        }
        return list;
    }();
    const Vocabulary::Partner& partner = partners[std::size_t(m_random.weighted(weights))];
    const QString country = QString::fromLatin1(partner.code);
    const QString partnerAuthority = QString::fromUtf8(partner.authority);

    row.reference = QStringLiteral("%1-%2-%3")
                        .arg(incoming ? QLatin1String("IN") : QLatin1String("OUT"))
                        .arg(year)
                        .arg(number, 4, 10, QLatin1Char('0'));
    row.direction = text(incoming ? "incoming" : "outgoing");
    chooseState(row, incoming, int(date.daysTo(today())));
    row.requestingCountry = incoming ? country : home;
    row.requestedCountry = incoming ? home : country;
    row.requestingAuthority = incoming ? partnerAuthority : pickAny(m_random, Vocabulary::homeAuthorities());
    row.requestedAuthority = incoming ? Vocabulary::homeAuthorities().first() : partnerAuthority;

    // Summaries in the languages the partner writes in.
    int language;
    if (partner.arab) {
        const bool maghreb = country == QLatin1String("MA") || country == QLatin1String("TN")
            || country == QLatin1String("MR");
        language = maghreb ? m_random.weighted({45, 45, 10}) : m_random.weighted({75, 5, 20});
    } else {
        const bool french = country == QLatin1String("FR") || country == QLatin1String("BE")
            || country == QLatin1String("LU");
        language = french ? m_random.weighted({5, 80, 15}) : m_random.weighted({5, 25, 70});
    }
    row.summary = summary(language);

    if (incoming) {
        row.receivedOn = date;
        if (m_random.chance(0.92)) {
            row.foreignReference = foreignReference(country, year);
        }
        const bool executed = executedOrBeyond(row.state)
            || (row.state == QLatin1String("postponed") && m_random.chance(0.5))
            || row.disposition == QLatin1String("executed")
            || row.disposition == QLatin1String("partially_executed");
        if (executed) {
            row.executingAuthority = pickAny(m_random, Vocabulary::executingAuthorities());
            if (m_random.chance(0.7)) {
                row.executingReference = QStringLiteral("DP %1/%2").arg(m_random.between(1, 3000)).arg(year);
            }
        }
    } else {
        const bool sent = row.state == QLatin1String("closed")
            ? !(row.disposition == QLatin1String("withdrawn") && m_random.chance(0.5))
            : sentOrBeyond(row.state);
        if (sent) {
            row.sentOn = qMin(date.addDays(m_random.between(5, 60)), lastDay());
            if ((row.state == QLatin1String("closed") || acknowledgedOrBeyond(row.state))
                && m_random.chance(0.85)) {
                row.foreignReference = foreignReference(country, year);
            }
        }
    }
    if (!partner.arab && m_random.chance(0.08)) {
        row.eurojustReference = QStringLiteral("EJ %1/%2").arg(year).arg(m_random.between(1, 9999));
    }
    if (m_random.chance(0.03)) {
        row.interpolReference = QStringLiteral("IP/%1/%2").arg(year).arg(m_random.between(1, 99999));
    }

    // Legal basis and channel, by partner.
    const bool eio = !partner.arab && country != QLatin1String("DK") && country != QLatin1String("IE");
    if (partner.arab) {
        const std::array<const char*, 4> bases = {"untoc", "bilateral", "uncac", "reciprocity"};
        row.legalBasis = text(pick(m_random, bases, {40, 35, 10, 15}));
        row.channel = text(pick(m_random,
                                std::array<const char*, 5> {"central_authority", "diplomatic",
                                                            "liaison_magistrate", "interpol", "emjnet"},
                                {45, 30, 10, 10, 5}));
    } else {
        const std::array<const char*, 3> bases = {"eio", "coe-1959", "untoc"};
        row.legalBasis = text(eio ? pick(m_random, bases, {70, 20, 10}) : pick(m_random, bases, {0, 80, 20}));
        row.channel = text(pick(
            m_random,
            std::array<const char*, 4> {"electronic", "direct_judicial", "central_authority", "eurojust"},
            {30, 35, 20, 15}));
    }
    if (row.legalBasis == QLatin1String("bilateral")) {
        row.legalBasisDetail
            = QStringLiteral("Convenio bilateral de asistencia judicial en materia penal (%1), art. 1")
                  .arg(country);
    }

    if (m_random.chance(0.07)) {
        row.priority = text("urgent");
        row.urgencyReason = pickAny(m_random, Vocabulary::urgencyReasons(Language(language)));
    } else {
        row.priority = text("normal");
    }
    if (m_random.chance(row.priority == QLatin1String("urgent") ? 0.7 : 0.3)) {
        row.requestedBy = date.addDays(m_random.between(20, 180));
    }
    row.confidentiality
        = text(pick(m_random, std::array<const char*, 3> {"normal", "restricted", "secret"}, {85, 12, 3}));
    row.assignee = assignee(year);

    row.offences << text(pick(m_random, offences, offenceWeights));
    if (m_random.chance(0.3)) {
        const QString second = text(pick(m_random, offences, offenceWeights));
        if (second != row.offences.first()) {
            row.offences << second;
        }
    }
    row.measureType = text(pick(m_random, measureTypes, {25, 20, 10, 12, 10, 8, 6, 4, 3, 2}));
    if (row.disposition == QLatin1String("executed") || row.state == QLatin1String("executed")
        || row.state == QLatin1String("results_sent") || row.state == QLatin1String("results_received")
        || row.state == QLatin1String("results_forwarded")) {
        row.measureStatus = text("done");
    } else if (row.disposition == QLatin1String("partially_executed")) {
        row.measureStatus = text("impossible");
    } else if (row.disposition == QLatin1String("refused")) {
        row.measureStatus = text("refused");
    } else {
        row.measureStatus = text("pending");
    }

    if (m_random.chance(0.35)) {
        const int count = m_random.weighted({60, 30, 10}) + 1;
        for (int i = 0; i < count; ++i) {
            row.persons.push_back(person(partner.arab, country, year));
        }
    }
    return row;
}

} // namespace Masar::Benchmark
