// The list of requests: its order for every column against an independent
// sort, its filters, quick find, paging, the query plans it relies on, and
// that it holds no read transaction between reads.
#include "TestDatabase.h"
#include "deadlines/DeadlineRules.h"
#include "deadlines/DeadlineStatus.h"
#include "itemmodels/RequestListModel.h"
#include "services/RequestList.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTest>

#include <algorithm>

using namespace Masar;
using Masar::Test::TestDatabase;

Q_DECLARE_METATYPE(RequestList::Column)

class TestRequestList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesTheModelTester();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void sortsByNextDeadlineNoneLast_data();
    void sortsByNextDeadlineNoneLast();
    void filters_data();
    void filters();
    void filtersByDeadlineRange_data();
    void filtersByDeadlineRange();
    void judgesHowADeadlineStands_data();
    void judgesHowADeadlineStands();
    void showsHowTheNextDeadlineStands();
    void quickFind_data();
    void quickFind();
    void quickFindFollowsChanges();
    void readsRowsAPageAtATime();
    void holdsNoReadTransaction();
    void saysOnceWhenAPageCannotBeRead();
    void reportsItsMemory();
    void sortsReferencesByNumber();
    void sortsOverAnIndex_data();
    void sortsOverAnIndex();
    void filtersDeadlinesOverTheirIndex_data();
    void filtersDeadlinesOverTheirIndex();
    void statementsAreTheOnesRun();

private:
    // A day some requests are due on, with requests due before and after it.
    QDate middleDeadline() const;

    static constexpr int requestCount = 150;
    TestDatabase m_t;
    std::vector<Request> m_all; // as read back, in id order
};

namespace {

const QStringList countries = {QStringLiteral("MA"), QStringLiteral("TN"), QStringLiteral("EG"),
                               QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("IQ")};
const QStringList assignees
    = {QStringLiteral("officer"), QStringLiteral("officer2"), QStringLiteral("supervisor")};

QString labelFor(RequestList::Column column, const Request& r, const std::vector<User>& users)
{
    switch (column) {
    case RequestList::Column::Reference:
        return r.reference;
    case RequestList::Column::Direction:
        return labelOf(r.direction);
    case RequestList::Column::ForeignReference:
        return r.foreignReference;
    case RequestList::Column::RequestingCountry:
        return Codes::countryName(r.requestingCountry);
    case RequestList::Column::RequestedCountry:
        return Codes::countryName(r.requestedCountry);
    case RequestList::Column::State:
        return labelOf(r.state);
    case RequestList::Column::Priority:
        return Codes::priorities().label(r.priority);
    case RequestList::Column::Assignee:
        for (const User& u : users) {
            if (u.name == r.assignee) {
                return u.displayName.isEmpty() ? u.name : u.displayName;
            }
        }
        return QString();
    case RequestList::Column::ReceivedOn:
        return r.receivedOn.isValid() ? r.receivedOn.toString(Qt::ISODate) : QString();
    case RequestList::Column::NextDeadline:
        return r.nextDeadline.isValid() ? r.nextDeadline.toString(Qt::ISODate) : QString();
    }
    return QString();
}

// The requests of a filter's parts these tests use, in id order (independently of its SQL).
std::vector<const Request*> matching(const std::vector<Request>& all, const RequestFilter& filter)
{
    std::vector<const Request*> result;
    for (const Request& r : all) {
        const bool matches = (!filter.direction || r.direction == *filter.direction)
            && (filter.states.empty()
                || std::find(filter.states.begin(), filter.states.end(), r.state) != filter.states.end())
            && (filter.country.isEmpty() || r.requestingCountry == filter.country
                || r.requestedCountry == filter.country)
            && (filter.assignee.isEmpty() || r.assignee == filter.assignee)
            && (filter.priority.isEmpty() || r.priority == filter.priority)
            && (!filter.hasDeadlineRange()
                || (r.nextDeadline.isValid()
                    && (!filter.deadlineFrom.isValid() || r.nextDeadline >= filter.deadlineFrom)
                    && (!filter.deadlineUntil.isValid() || r.nextDeadline <= filter.deadlineUntil)));
        if (matches) {
            result.push_back(&r);
        }
    }
    return result;
}

bool namedColumn(RequestList::Column column)
{
    return column == RequestList::Column::Direction || column == RequestList::Column::RequestingCountry
        || column == RequestList::Column::RequestedCountry || column == RequestList::Column::State
        || column == RequestList::Column::Priority || column == RequestList::Column::Assignee;
}

} // namespace

void TestRequestList::initTestCase()
{
    RequestService service(m_t.db(), m_t.clock());
    for (int i = 0; i < requestCount; ++i) {
        Request r = i % 5 == 4 ? TestDatabase::outgoingDraft() : TestDatabase::incomingDraft();
        const QString foreign = countries[i % countries.size()];
        if (r.direction == Direction::Incoming) {
            r.requestingCountry = foreign;
            r.receivedOn = QDate(2026, 1, 1).addDays((i * 37) % 60);
        } else {
            r.requestedCountry = foreign;
        }
        r.foreignReference = QStringLiteral("FR-%1").arg((i * 53) % requestCount, 3, 10, QLatin1Char('0'));
        if (i % 7 == 0) {
            r.priority = QStringLiteral("urgent");
            r.urgencyReason = QStringLiteral("Detention ends soon");
        }
        if (i % 3 == 0) {
            r.requestedBy = QDate(2026, 4, 1).addDays(i % 40);
        }
        r.assignee = assignees[i % assignees.size()];
        r.summary
            = i == 17 ? QStringLiteral("Réseau de financement à Sfax") : QStringLiteral("Case %1").arg(i);
        if (i == 23) {
            r.persons = {{QStringLiteral("Karim Benali"), QStringLiteral("witness"), QString(), QDate()}};
        }
        if (i == 29) { // written with its vowel marks
            r.persons = {{QStringLiteral("مُحَمَّد الأمين"), QStringLiteral("suspect"), QString(), QDate()}};
        }
        if (i == 31) { // written without
            r.summary = QStringLiteral("تمويل الارهاب عبر جمعية خيرية");
        }
        Result<Request> created = service.create(m_t.user(QStringLiteral("officer")), r);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        if (r.direction == Direction::Incoming && i % 2 == 0) {
            Result<StepOutcome> step = service.takeStep(m_t.user(QStringLiteral("officer")),
                                                        created->reference, Step::Register, StepInput());
            QVERIFY2(step, qPrintable(step ? QString() : step.error().message()));
        }
    }
    Result<std::vector<Request>> all = RequestReader(m_t.db()).list(RequestFilter());
    QVERIFY(all);
    m_all = *all;
    QCOMPARE(int(m_all.size()), requestCount);
}

void TestRequestList::passesTheModelTester()
{
    RequestListModel model(m_t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), requestCount);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    RequestFilter filter;
    filter.direction = Direction::Outgoing;
    QVERIFY(model.setFilter(filter).ok());
    QCOMPARE(model.rowCount(), requestCount / 5);
    filter.text = QStringLiteral("nothing-like-this");
    QVERIFY(model.setFilter(filter).ok());
    QCOMPARE(model.rowCount(), 0);
    model.retranslate();
}

void TestRequestList::sortsEveryColumn_data()
{
    // The whole register and a filtered list are read in different ways
    // (RequestList::idsStatements).
    QTest::addColumn<RequestList::Column>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("incomingOnly");
    for (bool incomingOnly : {false, true}) {
        const char* const which = incomingOnly ? "incoming" : "all";
        for (int c = 0; c < RequestList::columnCount; ++c) {
            const QString name = RequestListModel(m_t.db()).headerData(c, Qt::Horizontal).toString();
            QTest::addRow("%s, %s ascending", which, qPrintable(name))
                << RequestList::Column(c) << Qt::AscendingOrder << incomingOnly;
            QTest::addRow("%s, %s descending", which, qPrintable(name))
                << RequestList::Column(c) << Qt::DescendingOrder << incomingOnly;
        }
    }
}

void TestRequestList::sortsEveryColumn()
{
    QFETCH(RequestList::Column, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, incomingOnly);
    Result<std::vector<User>> users = Users(m_t.db(), m_t.clock()).list();
    QVERIFY(users);

    // Independently: every request with its shown text, sorted by that text
    // (names by collation, codes and dates as text), ties by id.
    std::vector<const Request*> expected;
    for (const Request& r : m_all) {
        if (!incomingOnly || r.direction == Direction::Incoming) {
            expected.push_back(&r);
        }
    }
    QCollator collator {QLocale()};
    collator.setNumericMode(true);
    std::stable_sort(expected.begin(), expected.end(), [&](const Request* a, const Request* b) {
        const QString la = labelFor(column, *a, *users);
        const QString lb = labelFor(column, *b, *users);
        const int c = namedColumn(column) ? collator.compare(la, lb) : QString::compare(la, lb);
        return c != 0 ? c < 0 : a->id < b->id;
    });
    if (order == Qt::DescendingOrder) {
        std::reverse(expected.begin(), expected.end());
    }
    if (column == RequestList::Column::NextDeadline) {
        // Requests with no deadline come last in either order.
        std::stable_partition(expected.begin(), expected.end(),
                              [](const Request* r) { return r->nextDeadline.isValid(); });
    }

    RequestFilter filter;
    if (incomingOnly) {
        filter.direction = Direction::Incoming;
    }
    Result<std::vector<qint64>> ids = RequestList(m_t.db()).ids(filter, column, order);
    QVERIFY(ids);
    QCOMPARE(int(ids->size()), int(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QVERIFY2((*ids)[i] == expected[i]->id,
                 qPrintable(QStringLiteral("row %1: expected %2 (%3)")
                                .arg(i)
                                .arg(expected[i]->reference, labelFor(column, *expected[i], *users))));
    }
}

void TestRequestList::filters_data()
{
    QTest::addColumn<RequestFilter>("filter");
    RequestFilter f;
    f.direction = Direction::Incoming;
    QTest::newRow("incoming") << f;
    f = RequestFilter();
    f.states = {State::Registered};
    QTest::newRow("registered") << f;
    f = RequestFilter();
    f.country = QStringLiteral("TN");
    QTest::newRow("Tunisia") << f;
    f = RequestFilter();
    f.assignee = QStringLiteral("officer2");
    QTest::newRow("officer2") << f;
    f = RequestFilter();
    f.priority = QStringLiteral("urgent");
    QTest::newRow("urgent") << f;
    f.direction = Direction::Incoming;
    f.country = QStringLiteral("MA");
    QTest::newRow("urgent incoming from Morocco") << f;
}

void TestRequestList::filters()
{
    QFETCH(RequestFilter, filter);
    QSet<qint64> expected;
    for (const Request* r : matching(m_all, filter)) {
        expected.insert(r->id);
    }
    QVERIFY(!expected.isEmpty());
    Result<std::vector<qint64>> ids
        = RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder);
    QVERIFY(ids);
    QCOMPARE(QSet<qint64>(ids->begin(), ids->end()), expected);
    QCOMPARE(int(ids->size()), expected.size());
}

QDate TestRequestList::middleDeadline() const
{
    std::vector<QDate> due;
    for (const Request& r : m_all) {
        if (r.nextDeadline.isValid()) {
            due.push_back(r.nextDeadline);
        }
    }
    std::sort(due.begin(), due.end());
    return due.empty() ? QDate() : due[due.size() / 2];
}

void TestRequestList::sortsByNextDeadlineNoneLast_data()
{
    QTest::addColumn<RequestFilter>("filter");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("someWithNone"); // the list has requests with no deadline
    RequestFilter morocco;
    morocco.country = QStringLiteral("MA");
    RequestFilter overdue;
    overdue.setOverdue(middleDeadline());
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const char* const which = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("whole register, %s", which) << RequestFilter() << order << true;
        QTest::addRow("Morocco, %s", which) << morocco << order << true;
        QTest::addRow("overdue, %s", which) << overdue << order << false;
    }
}

void TestRequestList::sortsByNextDeadlineNoneLast()
{
    QFETCH(RequestFilter, filter);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, someWithNone);
    // Independently: those with a deadline by date, ties in registration
    // order (reversed when descending, as every column's ties are), then
    // those with none, in registration order or reversed.
    std::vector<const Request*> due;
    std::vector<const Request*> none;
    for (const Request* r : matching(m_all, filter)) {
        (r->nextDeadline.isValid() ? due : none).push_back(r);
    }
    QCOMPARE(!none.empty(), someWithNone);
    std::stable_sort(due.begin(), due.end(), [](const Request* a, const Request* b) {
        return a->nextDeadline != b->nextDeadline ? a->nextDeadline < b->nextDeadline : a->id < b->id;
    });
    bool ties = false;
    for (std::size_t i = 1; i < due.size(); ++i) {
        ties = ties || due[i - 1]->nextDeadline == due[i]->nextDeadline;
    }
    QVERIFY2(ties, "the test data needs requests due on the same day");
    if (order == Qt::DescendingOrder) {
        std::reverse(due.begin(), due.end());
        std::reverse(none.begin(), none.end());
    }
    std::vector<qint64> expected;
    for (const std::vector<const Request*>* part : {&due, &none}) {
        for (const Request* r : *part) {
            expected.push_back(r->id);
        }
    }

    Result<std::vector<qint64>> ids
        = RequestList(m_t.db()).ids(filter, RequestList::Column::NextDeadline, order);
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().message()));
    QCOMPARE(*ids, expected);

    // The model shows them in that order, and the stored deadline with its kind.
    RequestListModel model(m_t.db(), m_t.clock());
    model.sort(int(RequestList::Column::NextDeadline), order);
    QVERIFY(model.setFilter(filter).ok());
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.idAt(row), expected[std::size_t(row)]);
    }
    const RequestListRow* first = model.rowAt(0);
    QVERIFY(first);
    const Request& request = *std::find_if(m_all.begin(), m_all.end(),
                                           [&](const Request& r) { return r.id == expected.front(); });
    QCOMPARE(first->nextDeadline, request.nextDeadline);
    QCOMPARE(first->deadlineKind, request.deadlineKind);
}

void TestRequestList::filtersByDeadlineRange_data()
{
    // Today is a day some requests are due on: "due today" is not overdue
    // but is due within any number of days, 0 included.
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("days");
    QTest::newRow("overdue") << QStringLiteral("overdue") << 0;
    QTest::newRow("due within 0 days: today") << QStringLiteral("within") << 0;
    QTest::newRow("due within 1 day") << QStringLiteral("within") << 1;
    QTest::newRow("due within 7 days") << QStringLiteral("within") << DeadlineStatus::defaultAtRiskDays;
    QTest::newRow("due within 30 days") << QStringLiteral("within") << 30;
}

void TestRequestList::filtersByDeadlineRange()
{
    QFETCH(QString, range);
    QFETCH(int, days);
    const QDate today = middleDeadline();
    QVERIFY(today.isValid());
    RequestFilter filter;
    const bool overdue = range == QLatin1String("overdue");
    if (overdue) {
        filter.setOverdue(today);
    } else {
        filter.setDueWithin(days, today);
    }
    // Independently, from each request's deadline as read back.
    QSet<qint64> expected;
    int dueToday = 0;
    for (const Request& r : m_all) {
        if (!r.nextDeadline.isValid()) {
            continue;
        }
        const qint64 left = today.daysTo(r.nextDeadline);
        dueToday += left == 0 ? 1 : 0;
        if (overdue ? left < 0 : left >= 0 && left <= days) {
            expected.insert(r.id);
        }
    }
    QVERIFY(dueToday > 0);
    QVERIFY(!expected.isEmpty());
    Result<std::vector<qint64>> ids
        = RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder);
    QVERIFY(ids);
    QCOMPARE(int(ids->size()), expected.size());
    QCOMPARE(QSet<qint64>(ids->begin(), ids->end()), expected);
    Result<int> counted = RequestReader(m_t.db()).count(filter);
    QVERIFY(counted);
    QCOMPARE(*counted, expected.size());
    // The boundaries: those due today are in "within", never in "overdue";
    // those due on the last day are in.
    for (const Request& r : m_all) {
        if (r.nextDeadline == today || (!overdue && r.nextDeadline == today.addDays(days))) {
            QCOMPARE(expected.contains(r.id), !overdue);
        }
        if (!overdue && r.nextDeadline == today.addDays(days + 1)) {
            QVERIFY(!expected.contains(r.id));
        }
    }
}

void TestRequestList::judgesHowADeadlineStands_data()
{
    QTest::addColumn<int>("daysLeft"); // from today to the deadline
    QTest::addColumn<int>("atRiskDays");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("words");
    using L = DeadlineStatus::Level;
    QTest::newRow("passed long ago") << -40 << 7 << int(L::Overdue) << QStringLiteral("overdue by 40 day(s)");
    QTest::newRow("yesterday") << -1 << 7 << int(L::Overdue) << QStringLiteral("overdue by 1 day(s)");
    QTest::newRow("today") << 0 << 7 << int(L::AtRisk) << QStringLiteral("due today");
    QTest::newRow("today, no window") << 0 << 0 << int(L::AtRisk) << QStringLiteral("due today");
    QTest::newRow("tomorrow") << 1 << 7 << int(L::AtRisk) << QStringLiteral("due in 1 day(s)");
    QTest::newRow("last day of the window") << 7 << 7 << int(L::AtRisk) << QStringLiteral("due in 7 day(s)");
    QTest::newRow("after the window") << 8 << 7 << int(L::OnTime) << QString();
    QTest::newRow("after a shorter window") << 4 << 3 << int(L::OnTime) << QString();
}

void TestRequestList::judgesHowADeadlineStands()
{
    QFETCH(int, daysLeft);
    QFETCH(int, atRiskDays);
    QFETCH(int, level);
    QFETCH(QString, words);
    const QDate today(2026, 3, 2);
    const QDate due = today.addDays(daysLeft);
    QCOMPARE(int(DeadlineStatus::of(due, today, atRiskDays)), level);
    QCOMPARE(DeadlineStatus::describe(due, today, atRiskDays), words);
    QCOMPARE(int(DeadlineStatus::of(QDate(), today, atRiskDays)), int(DeadlineStatus::Level::None));
    QCOMPARE(DeadlineStatus::describe(QDate(), today, atRiskDays), QString());
    // The window's default is the week the filters offer.
    QCOMPARE(DeadlineStatus::defaultAtRiskDays, 7);
}

void TestRequestList::showsHowTheNextDeadlineStands()
{
    // The column shows the date and, when passed or close, how it stands in
    // words; the role gives the level for a colour; the tooltip the kind.
    FixedClock clock(middleDeadline().startOfDay(Qt::UTC).addSecs(12 * 3600));
    const QDate today = clock.today();
    RequestListModel model(m_t.db(), clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDateFormatter([](const QDate& date) { return date.toString(Qt::ISODate); });
    model.sort(int(RequestList::Column::NextDeadline), Qt::AscendingOrder);
    QVERIFY(model.reload().ok());
    const int column = int(RequestList::Column::NextDeadline);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("Next deadline"));
    QSet<int> levels;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Request& r = *std::find_if(m_all.begin(), m_all.end(),
                                         [&](const Request& x) { return x.id == model.idAt(row); });
        const QModelIndex index = model.index(row, column);
        const QString shown = index.data().toString();
        const int level = index.data(RequestListModel::DeadlineStatusRole).toInt();
        levels.insert(level);
        QCOMPARE(model.index(row, 0).data(RequestListModel::DeadlineStatusRole).toInt(), level);
        if (!r.nextDeadline.isValid()) {
            QCOMPARE(level, int(DeadlineStatus::Level::None));
            QCOMPARE(shown, QString());
            continue;
        }
        const QString date = r.nextDeadline.toString(Qt::ISODate);
        const qint64 left = today.daysTo(r.nextDeadline);
        if (left < 0) {
            QCOMPARE(level, int(DeadlineStatus::Level::Overdue));
            QCOMPARE(shown, QStringLiteral("%1 — overdue by %2 day(s)").arg(date).arg(-left));
        } else if (left == 0) {
            QCOMPARE(level, int(DeadlineStatus::Level::AtRisk));
            QCOMPARE(shown, QStringLiteral("%1 — due today").arg(date));
        } else if (left <= 7) {
            QCOMPARE(level, int(DeadlineStatus::Level::AtRisk));
            QCOMPARE(shown, QStringLiteral("%1 — due in %2 day(s)").arg(date).arg(left));
        } else {
            QCOMPARE(level, int(DeadlineStatus::Level::OnTime));
            QCOMPARE(shown, date);
        }
        const QString kind = DeadlineRules::label(*DeadlineRules::kindOf(r.deadlineKind));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Next deadline (%1): %2").arg(kind, date));
        // No colour or icon from the model: the view adds them.
        QVERIFY(!index.data(Qt::ForegroundRole).isValid());
        QVERIFY(!index.data(Qt::DecorationRole).isValid());
    }
    QCOMPARE(levels.size(), 4); // every level is there to be seen

    // A narrower window: what was close is now on time.
    model.setAtRiskDays(0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, column);
        if (index.data(RequestListModel::DeadlineStatusRole).toInt() == int(DeadlineStatus::Level::AtRisk)) {
            QVERIFY2(index.data().toString().endsWith(QLatin1String("due today")),
                     qPrintable(index.data().toString()));
        }
    }
    // Days pass: the same request is judged again.
    clock.advanceDays(400);
    model.setAtRiskDays(DeadlineStatus::defaultAtRiskDays);
    for (int row = 0; row < model.rowCount(); ++row) {
        const int level = model.index(row, column).data(RequestListModel::DeadlineStatusRole).toInt();
        QVERIFY(level == int(DeadlineStatus::Level::Overdue) || level == int(DeadlineStatus::Level::None));
    }
}

void TestRequestList::quickFind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // references, or summaries' markers
    QTest::newRow("our reference, whole") << m_all[41].reference << QStringList {m_all[41].reference};
    QTest::newRow("a word of the summary, without accents")
        << QStringLiteral("reseau") << QStringList {m_all[17].reference};
    QTest::newRow("two words in any order")
        << QStringLiteral("sfax financement") << QStringList {m_all[17].reference};
    QTest::newRow("the beginning of a person's name")
        << QStringLiteral("benal") << QStringList {m_all[23].reference};
    QTest::newRow("Arabic without the vowel marks it was written with")
        << QStringLiteral("محمد") << QStringList {m_all[29].reference};
    QTest::newRow("Arabic with a bare alef for a hamza")
        << QStringLiteral("الامين") << QStringList {m_all[29].reference};
    QTest::newRow("Arabic with vowel marks it was written without")
        << QStringLiteral("تَمْوِيل الإرهاب") << QStringList {m_all[31].reference};
    QTest::newRow("a person's name and a word of the summary")
        << QStringLiteral("benali 23") << QStringList {m_all[23].reference};
    QTest::newRow("query syntax is only text") << QStringLiteral("\"Case 1\" OR NEAR(*") << QStringList();
    QTest::newRow("only punctuation finds nothing and fails nothing")
        << QStringLiteral("- * \"") << QStringList();
}

void TestRequestList::quickFind()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    RequestFilter filter;
    filter.text = text;
    Result<std::vector<qint64>> ids
        = RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder);
    QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().message()));
    if (text.contains(QLatin1Char('-')) && expected.isEmpty()) {
        // Only punctuation: no words, so the filter does not restrict.
        QCOMPARE(int(ids->size()), requestCount);
        return;
    }
    Result<std::vector<RequestListRow>> rows = RequestList(m_t.db()).rows(*ids);
    QVERIFY(rows);
    QStringList found;
    for (const RequestListRow& row : *rows) {
        found << row.reference;
    }
    QCOMPARE(found, expected);
}

void TestRequestList::quickFindFollowsChanges()
{
    // A step that records a new foreign reference is found by it at once.
    const QString reference = m_all[3].reference; // incoming, received
    RequestService service(m_t.db(), m_t.clock());
    Result<Request> before = RequestReader(m_t.db()).get(reference);
    QVERIFY(before);
    RequestFilter filter;
    filter.text = QStringLiteral("ZZ-QUICK-77");
    QCOMPARE(RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder)->size(),
             std::size_t(0));
    Result<QSqlQuery> update = Sql::exec(
        m_t.db().connection(), QStringLiteral("UPDATE requests SET executing_reference = ? WHERE id = ?"),
        {QStringLiteral("ZZ-QUICK-77"), before->id});
    QVERIFY(update);
    Result<std::vector<qint64>> ids
        = RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder);
    QVERIFY(ids);
    QCOMPARE(*ids, std::vector<qint64> {before->id});
    QVERIFY(Sql::exec(m_t.db().connection(),
                      QStringLiteral("UPDATE requests SET executing_reference = NULL WHERE id = ?"),
                      {before->id}));
    QCOMPARE(RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder)->size(),
             std::size_t(0));
    // The word indexes agree with what they index.
    QVERIFY(
        Sql::exec(m_t.db().connection(),
                  QStringLiteral("INSERT INTO request_search (request_search) VALUES ('integrity-check')")));
    QVERIFY(
        Sql::exec(m_t.db().connection(),
                  QStringLiteral("INSERT INTO person_search (person_search) VALUES ('integrity-check')")));
}

void TestRequestList::readsRowsAPageAtATime()
{
    RequestListModel model(m_t.db());
    QVERIFY(model.reload().ok());
    model.sort(int(RequestList::Column::Reference), Qt::AscendingOrder);
    QStringList references;
    for (const Request& r : m_all) {
        references << r.reference;
    }
    std::sort(references.begin(), references.end());
    // Across the page boundary and at the end.
    for (int row : {0, RequestListModel::pageSize - 1, RequestListModel::pageSize, requestCount - 1}) {
        QCOMPARE(model.data(model.index(row, 0)).toString(), references[row]);
        const RequestListRow* shown = model.rowAt(row);
        QVERIFY(shown);
        QCOMPARE(shown->reference, references[row]);
        QCOMPARE(model.rowOf(shown->id), row);
    }
    const int tunisia = int(RequestList::Column::RequestingCountry);
    bool sawName = false;
    for (int row = 0; row < requestCount; ++row) {
        sawName = sawName
            || model.data(model.index(row, tunisia)).toString() == Codes::countryName(QStringLiteral("TN"));
    }
    QVERIFY(sawName);
    QCOMPARE(model.rowOf(-5), -1);
}

void TestRequestList::saysOnceWhenAPageCannotBeRead()
{
    RequestListModel model(m_t.db());
    QVERIFY(model.reload().ok());
    QSignalSpy failed(&model, &RequestListModel::readFailed);
    // The rows are read with their assignee's name: without the users table, a page cannot be read.
    QVERIFY(Sql::exec(m_t.db().connection(), QStringLiteral("ALTER TABLE users RENAME TO users_away")));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!model.data(model.index(i, 0)).isValid());
    }
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(Sql::exec(m_t.db().connection(), QStringLiteral("ALTER TABLE users_away RENAME TO users")));
    QVERIFY(model.reload().ok());
    QVERIFY(model.data(model.index(0, 0)).isValid());
    QCOMPARE(failed.count(), 1);
}

void TestRequestList::holdsNoReadTransaction()
{
    RequestListModel model(m_t.db());
    QVERIFY(model.reload().ok());
    QVERIFY(!model.data(model.index(5, 0)).toString().isEmpty());
    // Another connection can checkpoint the whole log: no reader holds a snapshot.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_t.path());
        QVERIFY(other.open());
        Result<QSqlQuery> write
            = Sql::exec(other, QStringLiteral("UPDATE users SET display_name = display_name"));
        QVERIFY(write);
        Result<QSqlQuery> checkpoint = Sql::exec(other, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint && checkpoint->next());
        QCOMPARE(checkpoint->value(0).toInt(), 0); // not blocked
        checkpoint->finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void TestRequestList::reportsItsMemory()
{
    RequestListModel model(m_t.db());
    QCOMPARE(model.memoryUsed(), std::size_t(0));
    QVERIFY(model.reload().ok());
    const std::size_t ids = model.memoryUsed();
    QVERIFY(ids >= requestCount * sizeof(qint64));
    QVERIFY(ids < 4 * requestCount * sizeof(qint64)); // no page read yet
    QVERIFY(!model.data(model.index(0, 0)).toString().isEmpty());
    const std::size_t onePage = model.memoryUsed();
    // A page holds its rows and their text: at least a reference and a summary each.
    QVERIFY(onePage > ids + RequestListModel::pageSize * (sizeof(RequestListRow) + 2 * 10 * sizeof(QChar)));
    QVERIFY(!model.data(model.index(requestCount - 1, 0)).toString().isEmpty());
    QVERIFY(model.memoryUsed() > onePage);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.memoryUsed(), ids); // the pages are dropped with the old list
}

void TestRequestList::sortsReferencesByNumber()
{
    // A busy year passes 9,999 requests: IN-2025-10000 comes after IN-2025-9999, not before IN-2025-2000.
    TestDatabase t;
    std::vector<ImportRecord> records;
    const QStringList references
        = {QStringLiteral("OUT-2025-0002"), QStringLiteral("IN-2025-10000"), QStringLiteral("IN-2026-0001"),
           QStringLiteral("IN-2025-2000"),  QStringLiteral("IN-2025-9999"),  QStringLiteral("IN-2024-12000")};
    for (const QString& reference : references) {
        Request r = reference.startsWith(QLatin1String("IN")) ? TestDatabase::incomingDraft()
                                                              : TestDatabase::outgoingDraft();
        r.reference = reference;
        r.state = Workflow::initialState(r.direction);
        r.assignee = QStringLiteral("officer");
        r.foreignReference = reference; // not duplicates of one another
        records.push_back({reference, r});
    }
    Result<int> imported
        = RequestService(t.db(), t.clock()).importRequests(t.user(QStringLiteral("admin")), records);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().fullText()));
    Result<std::vector<qint64>> ids
        = RequestList(t.db()).ids(RequestFilter(), RequestList::Column::Reference, Qt::AscendingOrder);
    QVERIFY(ids);
    Result<std::vector<RequestListRow>> rows = RequestList(t.db()).rows(*ids);
    QStringList order;
    for (const RequestListRow& row : *rows) {
        order << row.reference;
    }
    QCOMPARE(order,
             (QStringList {QStringLiteral("IN-2024-12000"), QStringLiteral("IN-2025-2000"),
                           QStringLiteral("IN-2025-9999"), QStringLiteral("IN-2025-10000"),
                           QStringLiteral("IN-2026-0001"), QStringLiteral("OUT-2025-0002")}));
}

void TestRequestList::sortsOverAnIndex_data()
{
    QTest::addColumn<RequestList::Column>("column");
    for (int c = 0; c < RequestList::columnCount; ++c) {
        QTest::addRow("%d", c) << RequestList::Column(c);
    }
}

void TestRequestList::sortsOverAnIndex()
{
    // The whole register, in any column's order, is read over an index: no
    // sort of a million rows in a temporary tree.
    QFETCH(RequestList::Column, column);
    // Named columns are counted by code, then read grouped by code.
    // The next deadline: those with none counted, then all read over its index.
    const std::vector<RequestList::Statement> statements
        = RequestList::idsStatements(RequestFilter(), column, m_t.db().dialect());
    const bool twoReads = namedColumn(column) || column == RequestList::Column::NextDeadline;
    QCOMPARE(int(statements.size()), twoReads ? 2 : 1);
    for (const RequestList::Statement& statement : statements) {
        QVERIFY(statement.values.isEmpty());
        const QString sql = QStringLiteral("EXPLAIN QUERY PLAN ") + statement.sql;
        Result<QSqlQuery> plan = Sql::exec(m_t.db().connection(), sql);
        QVERIFY(plan);
        QStringList details;
        while (plan->next()) {
            details << plan->value(3).toString();
        }
        const QString text = details.join(QStringLiteral(" | "));
        QVERIFY2(text.contains(QLatin1String("COVERING INDEX"))
                     || text.contains(QLatin1String("USING INDEX")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
        if (column == RequestList::Column::NextDeadline) {
            QVERIFY2(text.contains(QLatin1String("requests_by_next_deadline")), qPrintable(text));
        }
    }
}

void TestRequestList::filtersDeadlinesOverTheirIndex_data()
{
    QTest::addColumn<RequestFilter>("filter");
    QTest::addColumn<RequestList::Column>("column");
    const QDate today(2026, 3, 2);
    RequestFilter overdue;
    overdue.setOverdue(today);
    RequestFilter dueSoon;
    dueSoon.setDueWithin(DeadlineStatus::defaultAtRiskDays, today);
    for (RequestList::Column column : {RequestList::Column::NextDeadline, RequestList::Column::Reference,
                                       RequestList::Column::State, RequestList::Column::ReceivedOn}) {
        QTest::addRow("overdue, by %d", int(column)) << overdue << column;
        QTest::addRow("due within 7 days, by %d", int(column)) << dueSoon << column;
    }
}

void TestRequestList::filtersDeadlinesOverTheirIndex()
{
    // Overdue and due-soon lists read only the range of the deadline index
    // they need: in deadline order, no sort either; in any other order, the
    // few requests found are sorted, rather than another index scanned whole.
    QFETCH(RequestFilter, filter);
    QFETCH(RequestList::Column, column);
    const std::vector<RequestList::Statement> statements
        = RequestList::idsStatements(filter, column, m_t.db().dialect());
    QCOMPARE(int(statements.size()), 1); // requests with none cannot match: nothing to count
    Result<QSqlQuery> plan
        = Sql::exec(m_t.db().connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statements.front().sql,
                    statements.front().values);
    QVERIFY(plan);
    QStringList details;
    while (plan->next()) {
        details << plan->value(3).toString();
    }
    const QString text = details.join(QStringLiteral(" | "));
    QVERIFY2(text.contains(QLatin1String("SEARCH r USING "))
                 && text.contains(QLatin1String("INDEX requests_by_next_deadline (next_deadline")),
             qPrintable(text));
    QCOMPARE(text.contains(QLatin1String("TEMP B-TREE")), column != RequestList::Column::NextDeadline);
}

void TestRequestList::statementsAreTheOnesRun()
{
    // What a tool that measures the list runs (masar-benchmark) is what the list runs.
    RequestFilter filter;
    filter.direction = Direction::Incoming;
    filter.text = QStringLiteral("case");
    const RequestList list(m_t.db());
    Result<std::vector<qint64>> ids = list.ids(filter, RequestList::Column::ReceivedOn, Qt::AscendingOrder);
    QVERIFY(ids);
    QVERIFY(!ids->empty());
    const std::vector<RequestList::Statement> statements
        = RequestList::idsStatements(filter, RequestList::Column::ReceivedOn, m_t.db().dialect());
    QCOMPARE(int(statements.size()), 1);
    const RequestList::Statement& statement = statements.front();
    Result<QSqlQuery> query = Sql::exec(m_t.db().connection(), statement.sql, statement.values);
    QVERIFY(query);
    std::vector<qint64> run;
    while (query->next()) {
        run.push_back(query->value(0).toLongLong());
    }
    QCOMPARE(run, *ids);

    // A named column over the whole register: the requests of each code
    // counted, then the ids grouped by code.
    const std::vector<RequestList::Statement> named
        = RequestList::idsStatements(RequestFilter(), RequestList::Column::State, m_t.db().dialect());
    QCOMPARE(int(named.size()), 2);
    Result<QSqlQuery> counts = Sql::exec(m_t.db().connection(), named.front().sql, named.front().values);
    QVERIFY(counts);
    int counted = 0;
    while (counts->next()) {
        counted += counts->value(1).toInt();
    }
    QCOMPARE(counted, requestCount);
    Result<std::vector<qint64>> byState
        = list.ids(RequestFilter(), RequestList::Column::State, Qt::AscendingOrder);
    QVERIFY(byState);
    Result<QSqlQuery> grouped = Sql::exec(m_t.db().connection(), named.back().sql, named.back().values);
    QVERIFY(grouped);
    QSet<qint64> inGroups;
    while (grouped->next()) {
        inGroups.insert(grouped->value(0).toLongLong());
    }
    QCOMPARE(inGroups, QSet<qint64>(byState->begin(), byState->end()));

    // The next deadline over the whole register: those with none counted,
    // then every id read.
    const std::vector<RequestList::Statement> deadlines
        = RequestList::idsStatements(RequestFilter(), RequestList::Column::NextDeadline, m_t.db().dialect());
    QCOMPARE(int(deadlines.size()), 2);
    Result<QSqlQuery> none
        = Sql::exec(m_t.db().connection(), deadlines.front().sql, deadlines.front().values);
    QVERIFY(none && none->next());
    const auto withNone = std::count_if(m_all.begin(), m_all.end(),
                                        [](const Request& r) { return !r.nextDeadline.isValid(); });
    QVERIFY(withNone > 0);
    QCOMPARE(none->value(0).toLongLong(), qint64(withNone));
    Result<std::vector<qint64>> byDeadline
        = list.ids(RequestFilter(), RequestList::Column::NextDeadline, Qt::AscendingOrder);
    QVERIFY(byDeadline);
    Result<QSqlQuery> all = Sql::exec(m_t.db().connection(), deadlines.back().sql, deadlines.back().values);
    QVERIFY(all);
    std::vector<qint64> inIndexOrder;
    while (all->next()) {
        inIndexOrder.push_back(all->value(0).toLongLong());
    }
    // The same ids, those with none moved from the front to the end.
    std::rotate(inIndexOrder.begin(), inIndexOrder.begin() + withNone, inIndexOrder.end());
    QCOMPARE(inIndexOrder, *byDeadline);

    const std::vector<qint64> some(ids->begin(), ids->begin() + std::min<std::size_t>(5, ids->size()));
    const RequestList::Statement rows = RequestList::rowsStatement(some);
    QCOMPARE(rows.values.size(), int(some.size()));
    Result<QSqlQuery> read = Sql::exec(m_t.db().connection(), rows.sql, rows.values);
    QVERIFY(read);
    int count = 0;
    while (read->next()) {
        QVERIFY(std::find(some.begin(), some.end(), read->value(0).toLongLong()) != some.end());
        ++count;
    }
    QCOMPARE(count, int(some.size()));
}

QTEST_GUILESS_MAIN(TestRequestList)
#include "tst_requestlist.moc"
