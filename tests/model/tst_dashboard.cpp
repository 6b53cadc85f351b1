// The supervisor's dashboard: every figure against a count made here from
// every request read back, the list behind every number, the edges of the
// overdue, due-soon and age bands, and the query plans it relies on.
#include "DashboardSample.h"
#include "TestDatabase.h"
#include "TimeZone.h"
#include "demo/DemoData.h"
#include "services/Dashboard.h"
#include "services/RequestList.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <map>

using namespace Masar;
using Masar::Test::TestDatabase;
using Masar::Test::TimeZone;

namespace {

using Age = DashboardFigures::Age;
using Predicate = std::function<bool(const Request&)>;

bool isOpen(const Request& r)
{
    return r.state != State::Closed;
}

QString partnerOf(const Request& r)
{
    return r.direction == Direction::Incoming ? r.requestingCountry : r.requestedCountry;
}

QDate openedOn(const Request& r)
{
    return r.direction == Direction::Incoming ? r.receivedOn : r.sentOn;
}

bool overdue(const Request& r, const QDate& today)
{
    return isOpen(r) && r.nextDeadline.isValid() && r.nextDeadline < today;
}

bool dueSoon(const Request& r, const QDate& today, int days)
{
    return isOpen(r) && r.nextDeadline.isValid() && r.nextDeadline >= today
        && r.nextDeadline <= today.addDays(days);
}

// The age band of an open request, counted here in days.
Age ageOf(const Request& r, const QDate& today)
{
    const QDate opened = openedOn(r);
    if (!opened.isValid()) {
        return Age::NotSent;
    }
    const qint64 days = opened.daysTo(today);
    if (days <= 30) {
        return Age::UpTo30Days;
    }
    if (days <= 90) {
        return Age::UpTo90Days;
    }
    return days <= 180 ? Age::UpTo180Days : Age::Over180Days;
}

Step resultsStep(Direction direction)
{
    return direction == Direction::Incoming ? Step::SendResults : Step::ReceiveResults;
}

// The first entry of the step that brings the request's results, if any.
const HistoryEntry* firstResults(const Request& r)
{
    const HistoryEntry* first = nullptr;
    for (const HistoryEntry& e : r.history) {
        if (e.step == resultsStep(r.direction) && (!first || e.at < first->at)) {
            first = &e;
        }
    }
    return first;
}

// The day results first came, as the history says: the local date of the
// first entry of the direction's results step; null when there is none.
QDate resultsDayOf(const Request& r)
{
    const HistoryEntry* first = firstResults(r);
    return first ? first->at.toLocalTime().date() : QDate();
}

// Every request's stored day (requests.results_on) is the one its history gives.
bool resultsDaysKept(const std::vector<Request>& all, int* withResults)
{
    *withResults = 0;
    for (const Request& r : all) {
        if (r.resultsOn != resultsDayOf(r)) {
            qWarning("%s: results on %s, the history says %s", qPrintable(r.reference),
                     qPrintable(r.resultsOn.toString(Qt::ISODate)),
                     qPrintable(resultsDayOf(r).toString(Qt::ISODate)));
            return false;
        }
        *withResults += r.resultsOn.isValid() ? 1 : 0;
    }
    return true;
}

double medianOf(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// One number of the dashboard, and what it means, written out here.
struct Bucket
{
    QString name;
    DashboardCount count;
    Predicate matches;
};

std::vector<Bucket> bucketsOf(const DashboardFigures& f)
{
    const QDate today = f.today;
    const int days = f.atRiskDays;
    std::vector<Bucket> all;
    all.push_back({QStringLiteral("open"), f.open, isOpen});
    all.push_back({QStringLiteral("open incoming"), f.openIncoming, [](const Request& r) {
                       return isOpen(r) && r.direction == Direction::Incoming;
                   }});
    all.push_back({QStringLiteral("open outgoing"), f.openOutgoing, [](const Request& r) {
                       return isOpen(r) && r.direction == Direction::Outgoing;
                   }});
    for (const auto& s : f.openByState) {
        const State state = s.state;
        all.push_back({QStringLiteral("state %1").arg(keyOf(state)), s.requests, [state](const Request& r) {
                           return r.state == state;
                       }});
    }
    auto deadlineBuckets
        = [&](const DashboardFigures::DeadlineCounts& row, const QString& name, const Predicate& whose) {
              all.push_back({name + QStringLiteral(" overdue"), row.overdue, [=](const Request& r) {
                                 return whose(r) && overdue(r, today);
                             }});
              all.push_back({name + QStringLiteral(" due soon"), row.dueSoon, [=](const Request& r) {
                                 return whose(r) && dueSoon(r, today, days);
                             }});
          };
    for (const auto& row : f.byAssignee) {
        const QString key = row.key;
        deadlineBuckets(row, QStringLiteral("assignee “%1”").arg(key),
                        [key](const Request& r) { return r.assignee == key; });
    }
    for (const auto& row : f.byPartner) {
        const QString key = row.key;
        deadlineBuckets(row, QStringLiteral("partner %1").arg(key),
                        [key](const Request& r) { return partnerOf(r) == key; });
    }
    deadlineBuckets(f.allDeadlines, QStringLiteral("all"), [](const Request&) { return true; });
    for (const auto& a : f.ageing) {
        const Age age = a.age;
        const QString name = QStringLiteral("age %1").arg(DashboardFigures::ageKey(age));
        auto aged = [age, today](const Request& r) {
            return isOpen(r) && ageOf(r, today) == age;
        };
        all.push_back({name + QStringLiteral(" incoming"), a.incoming, [aged](const Request& r) {
                           return aged(r) && r.direction == Direction::Incoming;
                       }});
        all.push_back({name + QStringLiteral(" outgoing"), a.outgoing, [aged](const Request& r) {
                           return aged(r) && r.direction == Direction::Outgoing;
                       }});
        all.push_back({name, a.both, aged});
    }
    for (const auto& t : f.turnaround) {
        const Direction direction = t.direction;
        const QString country = t.country;
        all.push_back({QStringLiteral("results %1 %2").arg(keyOf(direction), country), t.requests,
                       [=](const Request& r) {
                           return r.state == State::Closed && r.direction == direction
                               && partnerOf(r) == country && firstResults(r);
                       }});
    }
    return all;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleHasTheEdges();
    void openByState();
    void deadlines_data();
    void deadlines();
    void ageing();
    void turnaround();
    void everyNumberListsItsRequests_data();
    void everyNumberListsItsRequests();
    void edgesOnASmallRegister();
    void partnerIsNotEitherCountry();
    void refusesAWindowOutOfRange();
    void readsOverItsIndexes_data();
    void readsOverItsIndexes();
    void keepsTheDayResultsFirstCame();
    void keepsTheDayThroughReopening();
    void keepsTheDayOfDemoData();

private:
    int count(const Predicate& matches) const
    {
        return int(std::count_if(m_all.begin(), m_all.end(), matches));
    }
    DashboardFigures compute(int days = Dashboard::defaultAtRiskDays)
    {
        Result<DashboardFigures> figures = Dashboard(m_t.db(), m_t.clock()).compute(days);
        if (!figures) {
            qWarning("%s", qPrintable(figures.error().fullText()));
            return DashboardFigures();
        }
        return *figures;
    }

    TestDatabase m_t;
    QDate m_today;
    std::vector<Request> m_all; // every request, with its history
};

void TestDashboard::initTestCase()
{
    const Status filled = Test::fillDashboardRegister(m_t);
    QVERIFY2(filled.ok(), qPrintable(filled.fullText()));
    m_today = m_t.clock().today();
    QCOMPARE(m_today, QDate(2026, 3, 2));
    Result<std::vector<Request>> all
        = RequestReader(m_t.db()).list(RequestFilter(), RequestReader::Detail::Full);
    QVERIFY(all);
    m_all = all.take();
    QCOMPARE(int(m_all.size()), 202);
}

void TestDashboard::sampleHasTheEdges()
{
    // What the other tests rely on to mean anything.
    for (int offset : {-1, 0, 7, 8}) {
        QVERIFY2(count([&](const Request& r) {
                     return isOpen(r) && r.nextDeadline == m_today.addDays(offset);
                 }) > 0,
                 qPrintable(QStringLiteral("no open request due on today %1").arg(offset)));
    }
    for (int days : {0, 30, 31, 90, 91, 180, 181}) {
        for (Direction direction : allOf<Direction>()) {
            QVERIFY2(
                count([&](const Request& r) {
                    return isOpen(r) && r.direction == direction && openedOn(r) == m_today.addDays(-days);
                }) > 0,
                qPrintable(
                    QStringLiteral("no open %1 request opened %2 days ago").arg(keyOf(direction)).arg(days)));
        }
    }
    QVERIFY(
        count([](const Request& r) { return isOpen(r) && r.assignee.isEmpty() && r.nextDeadline.isValid(); })
        > 0);
    // Outgoing requests not sent, some of them past "sent" (imported so).
    QVERIFY(count([](const Request& r) {
                return isOpen(r) && r.direction == Direction::Outgoing && !r.sentOn.isValid()
                    && r.state != State::Draft && r.state != State::InTranslation;
            })
            > 0);
    // Results sent twice, and closed requests with results and no day sent.
    QVERIFY(count([](const Request& r) {
                return std::count_if(
                           r.history.begin(), r.history.end(),
                           [&r](const HistoryEntry& e) { return e.step == resultsStep(r.direction); })
                    > 1;
            })
            > 0);
    QVERIFY(count([](const Request& r) {
                return r.state == State::Closed && firstResults(r) && !openedOn(r).isValid();
            })
            > 0);
    // Partners that are not either country's only side.
    QVERIFY(count([](const Request& r) {
                return r.direction == Direction::Incoming && r.requestedCountry == QLatin1String("TN");
            })
            > 0);
}

void TestDashboard::openByState()
{
    const DashboardFigures f = compute();
    QCOMPARE(f.today, m_today);
    QCOMPARE(f.open.count, count(isOpen));
    QVERIFY(f.open.count > 50);
    QCOMPARE(f.openIncoming.count + f.openOutgoing.count, f.open.count);
    // Every open state of both directions, once, in workflow order.
    std::vector<State> expectedStates;
    for (Direction direction : allOf<Direction>()) {
        for (State state : Workflow::states(direction)) {
            if (state != State::Closed) {
                expectedStates.push_back(state);
            }
        }
    }
    QCOMPARE(f.openByState.size(), expectedStates.size());
    int sum = 0;
    for (std::size_t i = 0; i < expectedStates.size(); ++i) {
        const auto& s = f.openByState[i];
        QCOMPARE(keyOf(s.state), keyOf(expectedStates[i]));
        QVERIFY(Workflow::belongsTo(s.state, s.direction));
        QCOMPARE(s.requests.count, count([&](const Request& r) { return r.state == s.state; }));
        sum += s.requests.count;
    }
    QCOMPARE(sum, f.open.count);
}

void TestDashboard::deadlines_data()
{
    QTest::addColumn<int>("days");
    for (int days : {0, 1, 7, 30}) {
        QTest::addRow("due within %d days", days) << days;
    }
}

void TestDashboard::deadlines()
{
    QFETCH(int, days);
    const DashboardFigures f = compute(days);
    QCOMPARE(f.atRiskDays, days);

    // By assignee and by partner: every key with a request overdue or due
    // soon, each counted here, most overdue first.
    auto check = [&](const std::vector<DashboardFigures::DeadlineCounts>& rows,
                     const std::function<QString(const Request&)>& keyOf) {
        std::map<QString, std::pair<int, int>> expected;
        for (const Request& r : m_all) {
            if (overdue(r, m_today)) {
                ++expected[keyOf(r)].first;
            } else if (dueSoon(r, m_today, days)) {
                ++expected[keyOf(r)].second;
            }
        }
        QCOMPARE(rows.size(), expected.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const auto& row = rows[i];
            QVERIFY2(expected.count(row.key), qPrintable(row.key));
            QCOMPARE(row.overdue.count, expected[row.key].first);
            QCOMPARE(row.dueSoon.count, expected[row.key].second);
            if (i > 0) {
                const auto& before = rows[i - 1];
                QVERIFY(before.overdue.count > row.overdue.count
                        || (before.overdue.count == row.overdue.count
                            && (before.dueSoon.count > row.dueSoon.count
                                || (before.dueSoon.count == row.dueSoon.count && before.key < row.key))));
            }
        }
    };
    check(f.byAssignee, [](const Request& r) { return r.assignee; });
    if (QTest::currentTestFailed()) {
        return;
    }
    check(f.byPartner, partnerOf);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(f.allDeadlines.overdue.count, count([&](const Request& r) { return overdue(r, m_today); }));
    QCOMPARE(f.allDeadlines.dueSoon.count,
             count([&](const Request& r) { return dueSoon(r, m_today, days); }));
    QVERIFY(f.allDeadlines.overdue.count > 0);
    QVERIFY(f.allDeadlines.dueSoon.count > 0);

    // Names as shown, and nobody's requests under an empty key.
    const auto nobody = std::find_if(f.byAssignee.begin(), f.byAssignee.end(),
                                     [](const auto& row) { return row.key.isEmpty(); });
    QVERIFY(nobody != f.byAssignee.end());
    QVERIFY(nobody->name.isEmpty());
    QVERIFY(nobody->overdue.filter.unassigned);
    for (const auto& row : f.byAssignee) {
        if (!row.key.isEmpty()) {
            QCOMPARE(row.name, Users(m_t.db(), m_t.clock()).find(row.key)->shownName());
        }
    }
}

void TestDashboard::ageing()
{
    const DashboardFigures f = compute();
    QCOMPARE(int(f.ageing.size()), 5);
    int sum = 0;
    for (std::size_t i = 0; i < f.ageing.size(); ++i) {
        const auto& a = f.ageing[i];
        QCOMPARE(int(a.age), int(i));
        for (Direction direction : allOf<Direction>()) {
            const int expected = count([&](const Request& r) {
                return isOpen(r) && r.direction == direction && ageOf(r, m_today) == a.age;
            });
            QCOMPARE((direction == Direction::Incoming ? a.incoming : a.outgoing).count, expected);
        }
        QCOMPARE(a.both.count, a.incoming.count + a.outgoing.count);
        QVERIFY2(a.both.count > 0, qPrintable(DashboardFigures::ageKey(a.age)));
        sum += a.both.count;
    }
    QCOMPARE(f.ageing.back().incoming.count, 0);
    QCOMPARE(sum, f.open.count);

    // The edges themselves: 30 days open is in the first band, 31 in the second...
    const std::pair<int, Age> edges[] = {
        {0, Age::UpTo30Days},   {30, Age::UpTo30Days},   {31, Age::UpTo90Days},   {90, Age::UpTo90Days},
        {91, Age::UpTo180Days}, {180, Age::UpTo180Days}, {181, Age::Over180Days}, {2000, Age::Over180Days}};
    for (const auto& [days, age] : edges) {
        const QDate opened = m_today.addDays(-days);
        const DashboardFigures::AgeCounts& band = f.ageing[std::size_t(age)];
        QVERIFY(!band.both.filter.openedFrom.isValid() || band.both.filter.openedFrom <= opened);
        QVERIFY(!band.both.filter.openedUntil.isValid() || opened <= band.both.filter.openedUntil);
    }
}

void TestDashboard::turnaround()
{
    const DashboardFigures f = compute();
    std::map<std::pair<int, QString>, std::pair<int, std::vector<int>>> expected;
    for (const Request& r : m_all) {
        const HistoryEntry* first = firstResults(r);
        if (r.state != State::Closed || !first) {
            continue;
        }
        auto& [requests, days] = expected[{int(r.direction), partnerOf(r)}];
        ++requests;
        if (openedOn(r).isValid()) {
            days.push_back(int(openedOn(r).daysTo(first->at.toLocalTime().date())));
        }
    }
    QCOMPARE(f.turnaround.size(), expected.size());
    for (const auto& t : f.turnaround) {
        const auto it = expected.find({int(t.direction), t.country});
        QVERIFY(it != expected.end());
        QCOMPARE(t.requests.count, it->second.first);
        const std::vector<int>& days = it->second.second;
        QCOMPARE(t.medianDays.has_value(), !days.empty());
        if (!days.empty()) {
            QCOMPARE(*t.medianDays, medianOf(days));
        }
    }
    // Incoming first, then by country.
    QVERIFY(std::is_sorted(f.turnaround.begin(), f.turnaround.end(), [](const auto& a, const auto& b) {
        return std::make_pair(int(a.direction), a.country) < std::make_pair(int(b.direction), b.country);
    }));
    QVERIFY(std::any_of(f.turnaround.begin(), f.turnaround.end(),
                        [](const auto& t) { return t.direction == Direction::Outgoing; }));
}

void TestDashboard::everyNumberListsItsRequests_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("due within 7 days") << 7;
    QTest::newRow("due today") << 0;
}

void TestDashboard::everyNumberListsItsRequests()
{
    // A click on a number shows its filter's list: exactly the requests counted.
    QFETCH(int, days);
    const DashboardFigures f = compute(days);
    const std::vector<Bucket> buckets = bucketsOf(f);
    QVERIFY(buckets.size() > 60);
    const RequestList list(m_t.db());
    for (const Bucket& bucket : buckets) {
        QSet<qint64> expected;
        for (const Request& r : m_all) {
            if (bucket.matches(r)) {
                expected.insert(r.id);
            }
        }
        QVERIFY2(bucket.count.count == expected.size(),
                 qPrintable(QStringLiteral("%1: %2, counted here %3")
                                .arg(bucket.name)
                                .arg(bucket.count.count)
                                .arg(expected.size())));
        Result<std::vector<qint64>> ids
            = list.ids(bucket.count.filter, RequestList::Column::Reference, Qt::AscendingOrder);
        QVERIFY(ids);
        QVERIFY2(QSet<qint64>(ids->begin(), ids->end()) == expected && int(ids->size()) == expected.size(),
                 qPrintable(QStringLiteral("%1: the list holds %2 requests, not %3")
                                .arg(bucket.name)
                                .arg(ids->size())
                                .arg(expected.size())));
    }
}

void TestDashboard::edgesOnASmallRegister()
{
    // Written out: due yesterday, today, in 7 and 8 days; open 30, 31, 180
    // and 181 days; with the numbers expected.
    TestDatabase t;
    const QDate today = t.clock().today();
    RequestService service(t.db(), t.clock());
    QStringList references;
    for (int days : {30, 31, 180, 181}) {
        Request r = TestDatabase::incomingDraft();
        r.receivedOn = today.addDays(-days);
        r.foreignReference = QStringLiteral("E/%1").arg(days);
        Result<Request> created = service.create(t.user(QStringLiteral("officer")), r);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        references << created->reference;
    }
    const int dueIn[] = {-1, 0, 7, 8};
    for (int i = 0; i < 4; ++i) {
        QVERIFY(Sql::exec(t.db().connection(),
                          QStringLiteral("UPDATE requests SET next_deadline = ? WHERE reference = ?"),
                          {Sql::date(today.addDays(dueIn[i])), references[i]}));
    }
    Result<DashboardFigures> f = Dashboard(t.db(), t.clock()).compute(7);
    QVERIFY(f);
    QCOMPARE(f->open.count, 4);
    QCOMPARE(f->allDeadlines.overdue.count, 1); // due yesterday
    QCOMPARE(f->allDeadlines.dueSoon.count, 2); // today and in 7 days; not in 8
    QCOMPARE(int(f->byAssignee.size()), 1);
    QCOMPARE(f->byAssignee.front().key, QStringLiteral("officer"));
    QCOMPARE(f->byPartner.front().key, QStringLiteral("MA"));
    QCOMPARE(f->ageing[std::size_t(Age::UpTo30Days)].both.count, 1);
    QCOMPARE(f->ageing[std::size_t(Age::UpTo90Days)].both.count, 1);
    QCOMPARE(f->ageing[std::size_t(Age::UpTo180Days)].both.count, 1);
    QCOMPARE(f->ageing[std::size_t(Age::Over180Days)].both.count, 1);
    QVERIFY(f->turnaround.empty());
    // A day later, the one due today is overdue and the one due in 8 days is due soon.
    t.clock().advanceDays(1);
    f = Dashboard(t.db(), t.clock()).compute(7);
    QVERIFY(f);
    QCOMPARE(f->allDeadlines.overdue.count, 2);
    QCOMPARE(f->allDeadlines.dueSoon.count, 2);
    QCOMPARE(f->ageing[std::size_t(Age::UpTo30Days)].both.count, 0);
    QCOMPARE(f->ageing[std::size_t(Age::Over180Days)].both.count, 2);
    // An empty register has nothing to count, and says so with zeros.
    TestDatabase empty;
    f = Dashboard(empty.db(), empty.clock()).compute();
    QVERIFY(f);
    QCOMPARE(f->open.count, 0);
    QVERIFY(f->byAssignee.empty());
    QCOMPARE(f->allDeadlines.overdue.count, 0);
    QCOMPARE(int(f->ageing.size()), 5);
}

void TestDashboard::partnerIsNotEitherCountry()
{
    // Tunisia is the partner of outgoing requests to it, not of incoming
    // requests some state sent to Tunisia.
    RequestFilter partner;
    partner.partnerCountry = QStringLiteral("TN");
    RequestFilter either;
    either.country = QStringLiteral("TN");
    const RequestReader reader(m_t.db());
    QCOMPARE(*reader.count(partner),
             count([](const Request& r) { return partnerOf(r) == QLatin1String("TN"); }));
    QVERIFY(*reader.count(either) > *reader.count(partner));
    // The other filters the dashboard needs.
    RequestFilter notSent;
    notSent.notSent = true;
    QCOMPARE(*reader.count(notSent), count([](const Request& r) {
        return r.direction == Direction::Outgoing && !r.sentOn.isValid();
    }));
    RequestFilter nobody;
    nobody.unassigned = true;
    QCOMPARE(*reader.count(nobody), count([](const Request& r) { return r.assignee.isEmpty(); }));
    RequestFilter opened;
    opened.openedFrom = m_today.addDays(-31);
    opened.openedUntil = m_today.addDays(-30);
    QCOMPARE(*reader.count(opened), count([&](const Request& r) {
        return openedOn(r).isValid() && openedOn(r) >= opened.openedFrom && openedOn(r) <= opened.openedUntil;
    }));
    RequestFilter results;
    results.tookStep = Step::SendResults;
    QCOMPARE(*reader.count(results), count([](const Request& r) {
        return std::any_of(r.history.begin(), r.history.end(),
                           [](const HistoryEntry& e) { return e.step == Step::SendResults; });
    }));
    for (const RequestFilter& f : {partner, notSent, nobody, opened, results}) {
        QVERIFY(!f.isEmpty());
        QVERIFY(f != RequestFilter());
    }
}

void TestDashboard::refusesAWindowOutOfRange()
{
    for (int days : {-1, Dashboard::mostAtRiskDays + 1}) {
        Result<DashboardFigures> f = Dashboard(m_t.db(), m_t.clock()).compute(days);
        QVERIFY(!f);
        QCOMPARE(f.error().kind(), Error::Kind::Invalid);
    }
    QVERIFY(Dashboard(m_t.db(), m_t.clock()).compute(Dashboard::mostAtRiskDays));
}

void TestDashboard::readsOverItsIndexes_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("expected"); // in the plan
    QTest::newRow("open by state") << 0
                                   << QStringList {QStringLiteral(
                                          "SEARCH r USING COVERING INDEX requests_by_state (state=?)")};
    QTest::newRow("deadlines") << 1
                               << QStringList {QStringLiteral(
                                      "SEARCH r USING COVERING INDEX requests_open (next_deadline<?)")};
    QTest::newRow("ageing") << 2 << QStringList {QStringLiteral("SCAN r USING COVERING INDEX requests_open")};
    // Its groups in the index's order: no sorting, no history read.
    QTest::newRow("days to results") << 3
                                     << QStringList {
                                            QStringLiteral("SCAN r USING COVERING INDEX requests_results")};
}

void TestDashboard::readsOverItsIndexes()
{
    // Each statement reads the small index made for it, never the table of
    // a million requests or of ten million history entries.
    QFETCH(int, index);
    QFETCH(QStringList, expected);
    const std::vector<Dashboard::Statement> statements
        = Dashboard::statements(m_today, Dashboard::defaultAtRiskDays, m_t.db().dialect());
    QCOMPARE(int(statements.size()), 4);
    const Dashboard::Statement& statement = statements[std::size_t(index)];
    Result<QSqlQuery> plan = Sql::exec(
        m_t.db().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql, statement.values);
    QVERIFY(plan);
    QStringList details;
    while (plan->next()) {
        details << plan->value(3).toString();
    }
    const QString text = details.join(QStringLiteral(" | "));
    for (const QString& step : expected) {
        QVERIFY2(details.contains(step), qPrintable(text));
    }
    for (const QString& detail : details) {
        // A scan of a whole table names no index.
        QVERIFY2(!detail.startsWith(QLatin1String("SCAN")) || detail.contains(QLatin1String("INDEX")),
                 qPrintable(text));
    }
    if (index == 3) {
        QCOMPARE(details.size(), 1);
    }
    qInfo("%s: %s", qPrintable(statement.name), qPrintable(text));
}

void TestDashboard::keepsTheDayResultsFirstCame()
{
    // Imported histories (some with results twice) and steps taken: the day
    // kept with each request is the first its history gives, and only for
    // its own direction's step.
    int withResults = 0;
    QVERIFY(resultsDaysKept(m_all, &withResults));
    QVERIFY(withResults > 20);
    QVERIFY(std::any_of(m_all.begin(), m_all.end(), [](const Request& r) {
        return std::count_if(r.history.begin(), r.history.end(),
                             [&r](const HistoryEntry& e) {
                                 return e.step == resultsStep(r.direction)
                                     && e.at.toLocalTime().date() != r.resultsOn;
                             })
            > 0;
    }));
    // Open requests with results have it too (results sent, not closed yet).
    QVERIFY(std::any_of(m_all.begin(), m_all.end(),
                        [](const Request& r) { return isOpen(r) && r.resultsOn.isValid(); }));
}

void TestDashboard::keepsTheDayThroughReopening()
{
    // Results sent at 22:30 UTC, which is already the next day in Baghdad
    // (UTC+3): the day kept is the office's, as Clock::today() says it. A
    // request closed, reopened and closed again keeps its first day.
    const TimeZone baghdad("Asia/Baghdad");
    TestDatabase t;
    FixedClock& clock = t.clock();
    RequestService service(t.db(), clock);
    const User& officer = t.user(QStringLiteral("officer"));
    const User& supervisor = t.user(QStringLiteral("supervisor"));
    const QDate received(2026, 1, 5);
    clock.set(QDateTime(received, QTime(7, 0), Qt::UTC));
    Request draft = TestDatabase::incomingDraft();
    draft.receivedOn = received;
    Result<Request> created = service.create(officer, draft);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
    const QString ref = created->reference;
    StepInput transmit;
    transmit.set(StepField::ToAuthority, QStringLiteral("Juzgado Central de Instrucción nº 5"));
    StepInput done;
    done.set(StepField::Measure, QStringLiteral("1")).set(StepField::MeasureStatus, QStringLiteral("done"));
    StepInput close;
    close.set(StepField::Disposition, QStringLiteral("executed"));
    StepInput reopen;
    reopen.reason = QStringLiteral("The requesting state asks for the seized records again");
    auto take = [&](const User& user, Step step, const StepInput& input) {
        Result<StepOutcome> outcome = service.takeStep(user, ref, step, input);
        if (!outcome) {
            qWarning("%s", qPrintable(outcome.error().fullText()));
        }
        return bool(outcome);
    };
    QVERIFY(take(officer, Step::Register, {}));
    QVERIFY(take(officer, Step::StartReview, {}));
    QVERIFY(take(supervisor, Step::Accept, {}));
    QVERIFY(take(officer, Step::TransmitForExecution, transmit));
    QVERIFY(take(officer, Step::RecordMeasureResult, done));
    QVERIFY(take(officer, Step::CompleteExecution, {}));
    auto stored = [&t, &ref] {
        return RequestReader(t.db()).get(ref, RequestReader::Detail::Full);
    };
    QVERIFY(!stored()->resultsOn.isValid());

    clock.set(QDateTime(QDate(2026, 1, 20), QTime(22, 30), Qt::UTC));
    QCOMPARE(clock.nowUtc().toLocalTime().date(), QDate(2026, 1, 21));
    QVERIFY(take(officer, Step::SendResults, {}));
    QCOMPARE(stored()->resultsOn, QDate(2026, 1, 21));
    QVERIFY(take(supervisor, Step::Close, close));
    clock.advanceDays(10);
    QVERIFY(take(supervisor, Step::Reopen, reopen));
    QCOMPARE(stored()->state, State::ResultsSent);
    QVERIFY(take(supervisor, Step::Close, close));
    const Request closed = *stored();
    QCOMPARE(closed.resultsOn, QDate(2026, 1, 21));
    QCOMPARE(closed.resultsOn, resultsDayOf(closed));

    // The dashboard counts it once, 16 days from received to results.
    Result<DashboardFigures> f = Dashboard(t.db(), clock).compute();
    QVERIFY(f);
    QCOMPARE(int(f->turnaround.size()), 1);
    QCOMPARE(f->turnaround.front().requests.count, 1);
    QCOMPARE(f->turnaround.front().medianDays.value_or(-1), 16.0);
}

void TestDashboard::keepsTheDayOfDemoData()
{
    // The demo data is taken through its steps in a scratch register, then
    // imported: both paths keep the day.
    TestDatabase t;
    Result<int> loaded = DemoData::load(t.db(), t.user(QStringLiteral("admin")), t.clock());
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().fullText()));
    Result<std::vector<Request>> all
        = RequestReader(t.db()).list(RequestFilter(), RequestReader::Detail::Full);
    QVERIFY(all);
    int withResults = 0;
    QVERIFY(resultsDaysKept(*all, &withResults));
    QVERIFY(withResults > 0);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
