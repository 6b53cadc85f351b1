// The demo data: taken through the workflow into an empty register, every state
// of both directions reached, dates relative to today and all in the past,
// refused on a register with requests, and all or nothing; and the demo
// letterhead, set only where there is none.
#include "TestDatabase.h"
#include "demo/DemoData.h"
#include "domain/Codes.h"
#include "domain/Workflow.h"
#include "io/RequestJson.h"
#include "services/LetterheadStore.h"
#include "services/RequestReader.h"
#include "services/Users.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

using namespace Masar;
using namespace Masar::Test;

namespace {

const QStringList arabStates
    = {QStringLiteral("EG"), QStringLiteral("IQ"), QStringLiteral("JO"), QStringLiteral("LB"),
       QStringLiteral("LY"), QStringLiteral("MR"), QStringLiteral("MA"), QStringLiteral("TN")};
const QStringList euStates
    = QStringLiteral("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL "
                     "PT RO SE SI SK")
          .split(QLatin1Char(' '));
// The language of a summary follows the other state (see the catalogue).
const QStringList arabicSummaries
    = {QStringLiteral("EG"), QStringLiteral("IQ"), QStringLiteral("JO"), QStringLiteral("LY")};
const QStringList frenchSummaries = {QStringLiteral("MA"), QStringLiteral("TN"), QStringLiteral("MR"),
                                     QStringLiteral("LB"), QStringLiteral("FR"), QStringLiteral("BE")};

QByteArray builtInCatalogue()
{
    QFile file(DemoData::catalogueResource());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The built-in catalogue with the entry of `key` changed by `edit`.
QByteArray editedCatalogue(const QString& key, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject root = QJsonDocument::fromJson(builtInCatalogue()).object();
    QJsonArray requests = root.value(QStringLiteral("requests")).toArray();
    for (int i = 0; i < requests.size(); ++i) {
        QJsonObject entry = requests.at(i).toObject();
        if (entry.value(QStringLiteral("key")).toString() == key) {
            edit(entry);
            requests.replace(i, entry);
        }
    }
    root.insert(QStringLiteral("requests"), requests);
    return QJsonDocument(root).toJson();
}

// The entry's path with one more step.
void addStep(QJsonObject& entry, const QJsonObject& step)
{
    QJsonArray path = entry.value(QStringLiteral("path")).toArray();
    path.append(step);
    entry.insert(QStringLiteral("path"), path);
}

std::vector<Request> allRequests(const Database& database)
{
    Result<std::vector<Request>> requests
        = RequestReader(database).list(RequestFilter(), RequestReader::Detail::Full);
    if (!requests) {
        qWarning("cannot list the requests: %s", qPrintable(requests.error().message()));
        return {};
    }
    return requests.take();
}

QString counterpart(const Request& request)
{
    return request.direction == Direction::Incoming ? request.requestingCountry : request.requestedCountry;
}

bool inArabic(const QString& text)
{
    static const QRegularExpression arabic(QStringLiteral("\\p{Arabic}"));
    return text.contains(arabic);
}

bool inFrench(const QString& text)
{
    static const QRegularExpression french(QStringLiteral("\\b(de|des|du|le|la|les|une?|et)\\b|\\b[dl]'"));
    return !inArabic(text) && text.contains(french) && !text.contains(QLatin1String(" the "));
}

bool inEnglish(const QString& text)
{
    static const QRegularExpression english(QStringLiteral("\\b(the|of|and|in)\\b"));
    static const QRegularExpression french(QStringLiteral("\\b(de|des|du|le|les|et)\\b"));
    return !inArabic(text) && text.contains(english) && !text.contains(french);
}

// The whole register in the exchange format, documents included.
QByteArray exported(const Database& database)
{
    Result<std::vector<Request>> requests
        = RequestReader(database).list(RequestFilter(), RequestReader::Detail::FullWithContent);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestJson::Writer writer(&buffer);
    writer.begin();
    for (const Request& request : *requests) {
        writer.write(request);
    }
    writer.end();
    return buffer.data();
}

// What a refused load must leave as it was.
struct Counts
{
    int requests;
    int history;
    int users;
    int documents;

    bool operator==(const Counts& other) const
    {
        return requests == other.requests && history == other.history && users == other.users
            && documents == other.documents;
    }
};

Counts counts(TestDatabase& test)
{
    return {test.rows(QStringLiteral("requests")), test.rows(QStringLiteral("history")),
            test.rows(QStringLiteral("users")), test.rows(QStringLiteral("documents"))};
}

} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAboutFortyRequests();
    void everyStateOfBothDirections();
    void closedWithEveryDisposition();
    void arabAndEuropeanStates();
    void summariesInThreeLanguages();
    void someOpenRequestsOverdue();
    void historyInThePastAndInOrder();
    void historyFollowsTheWorkflow();
    void demoUsersHoldTheRequests();
    void registerPassesIntegrityCheck();
    void secondLoadRefused();
    void refusedForOtherRoles_data();
    void refusedForOtherRoles();
    void datesRelativeToToday_data();
    void datesRelativeToToday();
    void sameDaySameData();
    void refusedStepWritesNothing();
    void refusedImportWritesNothing();
    void catalogueProblemsNamed_data();
    void catalogueProblemsNamed();
    void letterheadSetWhereThereIsNone();
    void letterheadOfTheRegisterKept();
    void letterheadRefusedForOtherRoles();

private:
    std::unique_ptr<TestDatabase> m_test;
    int m_loaded = 0;
    std::vector<Request> m_requests;
};

void TestDemoData::initTestCase()
{
    m_test = std::make_unique<TestDatabase>();
    QCOMPARE(DemoData::canLoad(m_test->db()).value(), true);
    Result<int> loaded = DemoData::load(m_test->db(), m_test->user(QStringLiteral("admin")), m_test->clock());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
    m_loaded = *loaded;
    m_requests = allRequests(m_test->db());
    QCOMPARE(DemoData::canLoad(m_test->db()).value(), false);
}

void TestDemoData::loadsAboutFortyRequests()
{
    QVERIFY2(m_loaded >= 35 && m_loaded <= 45, qPrintable(QString::number(m_loaded)));
    QCOMPARE(int(m_requests.size()), m_loaded);
    QCOMPARE(m_test->rows(QStringLiteral("requests")), m_loaded);
    int incoming = 0;
    for (const Request& request : m_requests) {
        incoming += request.direction == Direction::Incoming ? 1 : 0;
    }
    QVERIFY(incoming >= 15);
    QVERIFY(m_loaded - incoming >= 11);
}

void TestDemoData::everyStateOfBothDirections()
{
    for (Direction direction : allOf<Direction>()) {
        for (State state : Workflow::states(direction)) {
            const bool reached = std::any_of(m_requests.cbegin(), m_requests.cend(), [&](const Request& r) {
                return r.direction == direction && r.state == state;
            });
            QVERIFY2(reached,
                     qPrintable(QStringLiteral("no %1 request is %2").arg(keyOf(direction), keyOf(state))));
        }
    }
}

void TestDemoData::closedWithEveryDisposition()
{
    QSet<QString> dispositions;
    for (const Request& request : m_requests) {
        QCOMPARE(request.disposition.isEmpty(), request.state != State::Closed);
        dispositions.insert(request.disposition);
    }
    for (const QString& disposition : Codes::dispositions().keys()) {
        QVERIFY2(dispositions.contains(disposition), qPrintable(disposition));
    }
}

void TestDemoData::arabAndEuropeanStates()
{
    QSet<QString> countries;
    for (const Request& request : m_requests) {
        countries << request.requestingCountry << request.requestedCountry;
        // Every request is between an Arab state and an EU state, or two EU states.
        QVERIFY(euStates.contains(request.requestingCountry) || euStates.contains(request.requestedCountry));
    }
    for (const QString& state : arabStates) {
        QVERIFY2(countries.contains(state), qPrintable(state));
    }
    int european = 0;
    for (const QString& country : countries) {
        european += euStates.contains(country) ? 1 : 0;
    }
    QVERIFY2(european >= 3, qPrintable(QString::number(european)));
}

void TestDemoData::summariesInThreeLanguages()
{
    int arabic = 0;
    int french = 0;
    int english = 0;
    for (const Request& request : m_requests) {
        const QString other = counterpart(request);
        const QString& summary = request.summary;
        if (arabicSummaries.contains(other)) {
            QVERIFY2(inArabic(summary), qPrintable(request.reference));
            ++arabic;
        } else if (frenchSummaries.contains(other)) {
            QVERIFY2(inFrench(summary), qPrintable(request.reference + QLatin1Char(' ') + summary));
            ++french;
        } else {
            QVERIFY2(inEnglish(summary), qPrintable(request.reference + QLatin1Char(' ') + summary));
            ++english;
        }
        for (const Person& person : request.persons) {
            // Arabic-script names in the Arab states' cases, Latin ones in the others.
            QCOMPARE(inArabic(person.name), arabStates.contains(other));
        }
    }
    QVERIFY(arabic >= 5);
    QVERIFY(french >= 5);
    QVERIFY(english >= 5);
}

void TestDemoData::someOpenRequestsOverdue()
{
    const QDate today = m_test->clock().today();
    int overdue = 0;
    for (const Request& request : m_requests) {
        if (Workflow::isOpen(request.state) && request.requestedBy.isValid() && request.requestedBy < today) {
            ++overdue;
        }
    }
    QVERIFY2(overdue >= 3, qPrintable(QString::number(overdue)));
}

void TestDemoData::historyInThePastAndInOrder()
{
    const QDateTime now = m_test->clock().nowUtc();
    QDate earliest = now.date();
    for (const Request& request : m_requests) {
        QVERIFY(!request.history.empty());
        QDateTime previous;
        for (const HistoryEntry& entry : request.history) {
            QVERIFY2(entry.at <= now, qPrintable(request.reference));
            QVERIFY2(entry.at.date() < now.date(), qPrintable(request.reference));
            QVERIFY(!previous.isValid() || previous <= entry.at);
            previous = entry.at;
        }
        const QDate first = request.history.front().at.date();
        if (request.direction == Direction::Incoming) {
            QCOMPARE(request.receivedOn, first);
        }
        earliest = std::min(earliest, first);
    }
    // Spread over the past months.
    QVERIFY(earliest.daysTo(now.date()) > 150);
}

void TestDemoData::historyFollowsTheWorkflow()
{
    for (const Request& request : m_requests) {
        const auto& history = request.history;
        QCOMPARE(history.front().step, Workflow::creation(request.direction).step);
        QCOMPARE(history.front().to, Workflow::initialState(request.direction));
        for (std::size_t i = 1; i < history.size(); ++i) {
            const HistoryEntry& entry = history[i];
            QVERIFY(entry.from.has_value());
            QCOMPARE(*entry.from, history[i - 1].to);
            const Transition* row = Workflow::find(request.direction, entry.step);
            QVERIFY2(row && row->allowsFrom(*entry.from), qPrintable(request.reference));
        }
        QCOMPARE(history.back().to, request.state);
    }
}

void TestDemoData::demoUsersHoldTheRequests()
{
    Result<std::vector<User>> demoUsers = DemoData::users();
    QVERIFY(demoUsers.ok());
    QVERIFY(std::any_of(demoUsers->cbegin(), demoUsers->cend(),
                        [](const User& user) { return user.role == Role::Supervisor; }));
    Users users(m_test->db(), m_test->clock());
    QSet<QString> names;
    for (const User& demo : *demoUsers) {
        Result<User> user = users.find(demo.name);
        QVERIFY2(user.ok(), qPrintable(demo.name));
        QCOMPARE(user->role, demo.role);
        QCOMPARE(user->displayName, demo.displayName);
        names.insert(demo.name);
    }
    for (const Request& request : m_requests) {
        QVERIFY2(names.contains(request.assignee), qPrintable(request.reference));
        for (const HistoryEntry& entry : request.history) {
            QVERIFY2(names.contains(entry.actor), qPrintable(request.reference));
        }
    }
}

void TestDemoData::registerPassesIntegrityCheck()
{
    const Status status = m_test->db().checkIntegrity();
    QVERIFY2(status.ok(), qPrintable(status.fullText()));
    QVERIFY(m_test->rows(QStringLiteral("documents")) >= 1);
    QVERIFY(m_test->rows(QStringLiteral("request_links")) >= 1);
}

void TestDemoData::secondLoadRefused()
{
    const Counts before = counts(*m_test);
    const QByteArray content = exported(m_test->db());
    Result<int> again = DemoData::load(m_test->db(), m_test->user(QStringLiteral("admin")), m_test->clock());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), Error::Kind::NotAllowed);
    QVERIFY(!again.error().message().isEmpty());
    QVERIFY(counts(*m_test) == before);
    QCOMPARE(exported(m_test->db()), content);
}

void TestDemoData::refusedForOtherRoles_data()
{
    QTest::addColumn<QString>("actor");
    for (const char* name : {"officer", "supervisor", "clerk"}) {
        QTest::newRow(name) << QString::fromLatin1(name);
    }
}

void TestDemoData::refusedForOtherRoles()
{
    QFETCH(QString, actor);
    TestDatabase test;
    const Counts before = counts(test);
    Result<int> loaded = DemoData::load(test.db(), test.user(actor), test.clock());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), Error::Kind::Forbidden);
    QVERIFY(counts(test) == before);
}

void TestDemoData::datesRelativeToToday_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("across a new year") << QDateTime(QDate(2027, 1, 10), QTime(7, 5), Qt::UTC);
    QTest::newRow("a leap day") << QDateTime(QDate(2028, 2, 29), QTime(23, 59), Qt::UTC);
    QTest::newRow("years later") << QDateTime(QDate(2034, 7, 15), QTime(12, 0), Qt::UTC);
}

void TestDemoData::datesRelativeToToday()
{
    QFETCH(QDateTime, now);
    TestDatabase test;
    test.clock().set(now);
    Result<int> loaded = DemoData::load(test.db(), test.user(QStringLiteral("admin")), test.clock());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().fullText()));
    QCOMPARE(*loaded, m_loaded);
    const std::vector<Request> requests = allRequests(test.db());
    int overdue = 0;
    QSet<int> states;
    for (const Request& request : requests) {
        states.insert(int(request.state));
        for (const HistoryEntry& entry : request.history) {
            QVERIFY2(entry.at < now && entry.at.date() < now.date(), qPrintable(request.reference));
        }
        QVERIFY(request.reference.contains(QString::number(request.history.front().at.date().year())));
        if (Workflow::isOpen(request.state) && request.requestedBy.isValid()
            && request.requestedBy < now.date()) {
            ++overdue;
        }
    }
    QCOMPARE(states.size(), int(allOf<State>().size()));
    QVERIFY(overdue >= 3);
}

void TestDemoData::sameDaySameData()
{
    TestDatabase first;
    TestDatabase second;
    second.clock().advanceSeconds(3600); // later the same day
    QVERIFY(DemoData::load(first.db(), first.user(QStringLiteral("admin")), first.clock()).ok());
    QVERIFY(DemoData::load(second.db(), second.user(QStringLiteral("admin")), second.clock()).ok());
    const QByteArray content = exported(first.db());
    QVERIFY(content.size() > 10000);
    QCOMPARE(exported(second.db()), content);
    QCOMPARE(exported(m_test->db()), content);
}

void TestDemoData::refusedStepWritesNothing()
{
    // A request received two days ago goes wrong, after most others have been
    // created and taken through their steps.
    const QByteArray catalogue = editedCatalogue(
        QStringLiteral("eg-barcelona-cell-location"), [](QJsonObject& entry) {
            addStep(entry, {{QStringLiteral("day"), 1}, {QStringLiteral("step"), QStringLiteral("accept")}});
        });
    TestDatabase test;
    const Counts before = counts(test);
    Result<int> loaded
        = DemoData::load(test.db(), test.user(QStringLiteral("admin")), test.clock(), catalogue);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), Error::Kind::NotAllowed);
    QVERIFY2(loaded.error().message().contains(QLatin1String("eg-barcelona-cell-location")),
             qPrintable(loaded.error().fullText()));
    QVERIFY(counts(test) == before);
    QCOMPARE(DemoData::canLoad(test.db()).value(), true);
}

void TestDemoData::refusedImportWritesNothing()
{
    // A demo officer's name is taken by a clerk, who may not hold requests: the
    // import is refused as a whole, demo users and requests alike.
    TestDatabase test;
    const User& admin = test.user(QStringLiteral("admin"));
    QVERIFY(Users(test.db(), test.clock()).add(admin, QStringLiteral("karim.benali"), Role::Clerk).ok());
    const Counts before = counts(test);
    Result<int> loaded = DemoData::load(test.db(), admin, test.clock());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), Error::Kind::Invalid);
    QVERIFY2(loaded.error().fullText().contains(QLatin1String("karim.benali")),
             qPrintable(loaded.error().fullText()));
    QVERIFY(counts(test) == before);
    QVERIFY(!Users(test.db(), test.clock()).find(QStringLiteral("lucia.ortega")).ok());
}

void TestDemoData::catalogueProblemsNamed_data()
{
    QTest::addColumn<QByteArray>("catalogue");
    QTest::addColumn<QString>("named");

    const QString key = QStringLiteral("ma-tanger-financing");
    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("another format") << QByteArray(R"({"format": "masar-requests", "version": 1})")
                                    << QStringLiteral("masar-demo");
    QTest::newRow("received today") << editedCatalogue(key, [](QJsonObject& entry) {
        entry.insert(QStringLiteral("days_ago"), 0);
    }) << QStringLiteral("days_ago");
    QTest::newRow("step on today") << editedCatalogue(key, [](QJsonObject& entry) {
        addStep(entry,
                {{QStringLiteral("day"), 6}, {QStringLiteral("step"), QStringLiteral("start_review")}});
    }) << QStringLiteral("path[1].day");
    QTest::newRow("steps out of order") << editedCatalogue(key, [](QJsonObject& entry) {
        addStep(entry,
                {{QStringLiteral("day"), 0}, {QStringLiteral("step"), QStringLiteral("start_review")}});
    }) << QStringLiteral("path[1].day");
    QTest::newRow("unknown step") << editedCatalogue(key, [](QJsonObject& entry) {
        addStep(entry, {{QStringLiteral("day"), 2}, {QStringLiteral("step"), QStringLiteral("approve")}});
    }) << QStringLiteral("approve");
    QTest::newRow("a literal date") << editedCatalogue(key, [](QJsonObject& entry) {
        addStep(entry,
                {{QStringLiteral("day"), 2},
                 {QStringLiteral("step"), QStringLiteral("extend_deadline")},
                 {QStringLiteral("fields"),
                  QJsonObject {{QStringLiteral("new_deadline"), QStringLiteral("2030-01-01")}}}});
    }) << QStringLiteral("new_deadline");
    QTest::newRow("receipt date given") << editedCatalogue(key, [](QJsonObject& entry) {
        QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("received_on"), QStringLiteral("2026-01-01"));
        entry.insert(QStringLiteral("request"), request);
    }) << QStringLiteral("request.received_on");
    QTest::newRow("not a demo user") << editedCatalogue(key, [](QJsonObject& entry) {
        QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("assignee"), QStringLiteral("officer"));
        entry.insert(QStringLiteral("request"), request);
    }) << QStringLiteral("request.assignee");
    QTest::newRow("unknown original") << editedCatalogue(
        QStringLiteral("ma-tanger-financing-diplomatic-copy"), [](QJsonObject& entry) {
            QJsonArray path = entry.value(QStringLiteral("path")).toArray();
            QJsonObject step = path.at(0).toObject();
            step.insert(QStringLiteral("fields"),
                        QJsonObject {{QStringLiteral("duplicate_of"), QStringLiteral("@no-such-request")}});
            path.replace(0, step);
            entry.insert(QStringLiteral("path"), path);
        }) << QStringLiteral("no-such-request");
    QTest::newRow("not the home country") << editedCatalogue(key, [](QJsonObject& entry) {
        QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("requested_country"), QStringLiteral("PT"));
        entry.insert(QStringLiteral("request"), request);
    }) << QStringLiteral("request.requested_country");
    QTest::newRow("invalid request field") << editedCatalogue(key, [](QJsonObject& entry) {
        QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        request.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
        entry.insert(QStringLiteral("request"), request);
    }) << QStringLiteral("pigeon");
}

void TestDemoData::catalogueProblemsNamed()
{
    QFETCH(QByteArray, catalogue);
    QFETCH(QString, named);
    TestDatabase test;
    const Counts before = counts(test);
    Result<int> loaded
        = DemoData::load(test.db(), test.user(QStringLiteral("admin")), test.clock(), catalogue);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), Error::Kind::Invalid);
    QVERIFY2(loaded.error().fullText().contains(named), qPrintable(loaded.error().fullText()));
    QVERIFY(counts(test) == before);
}

void TestDemoData::letterheadSetWhereThereIsNone()
{
    TestDatabase test;
    Result<Letterhead> demo = DemoData::letterhead();
    QVERIFY2(demo, qPrintable(demo.error().fullText()));
    // The ministry and its central authority in the three languages, under a PNG emblem.
    for (const QString& language : Letterhead::languages()) {
        QVERIFY(!demo->linesIn(language).ministry.isEmpty());
        QVERIFY(!demo->linesIn(language).department.isEmpty());
    }
    QCOMPARE(demo->linesIn(QStringLiteral("ar")).ministry, QString::fromUtf8("وزارة العدل"));
    QCOMPARE(demo->linesIn(QStringLiteral("fr")).ministry, QStringLiteral("Ministère de la Justice"));
    QCOMPARE(demo->linesIn(QStringLiteral("en")).department,
             QStringLiteral("Central authority for mutual legal assistance"));
    QCOMPARE(LetterheadStore::logoMediaType(demo->logo).value(), QStringLiteral("image/png"));

    Result<bool> set = DemoData::setLetterhead(test.db(), test.user(QStringLiteral("admin")), test.clock());
    QVERIFY2(set, qPrintable(set.error().fullText()));
    QVERIFY(*set);
    QCOMPARE(*LetterheadStore(test.db()).read(), *demo);
    // Once set, it is the register's: a second time sets nothing.
    set = DemoData::setLetterhead(test.db(), test.user(QStringLiteral("admin")), test.clock());
    QVERIFY(set && !*set);
}

void TestDemoData::letterheadOfTheRegisterKept()
{
    TestDatabase test;
    const User admin = test.user(QStringLiteral("admin"));
    Letterhead own;
    own.logo = QByteArray("\xff\xd8\xff\xe0 a JPEG", 12);
    QVERIFY(LetterheadStore(test.db(), test.clock()).change(admin, own).ok());
    Result<bool> set = DemoData::setLetterhead(test.db(), admin, test.clock());
    QVERIFY(set);
    QVERIFY(!*set);
    Result<Letterhead> kept = LetterheadStore(test.db()).read();
    QVERIFY(kept->lines.isEmpty());
    QCOMPARE(kept->logoMediaType, QStringLiteral("image/jpeg"));
}

void TestDemoData::letterheadRefusedForOtherRoles()
{
    TestDatabase test;
    for (const char* name : {"officer", "supervisor", "clerk"}) {
        Result<bool> set = DemoData::setLetterhead(test.db(), test.user(QLatin1String(name)), test.clock());
        QVERIFY(!set);
        QCOMPARE(set.error().kind(), Error::Kind::Forbidden);
    }
    QVERIFY(LetterheadStore(test.db()).read()->isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
