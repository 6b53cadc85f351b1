// The list of requests: its order for every column against an independent
// sort, its filters, quick find, paging, the query plans it relies on, and
// that it holds no read transaction between reads.
#include "TestDatabase.h"
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
    void filters_data();
    void filters();
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
    void statementsAreTheOnesRun();

private:
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
    case RequestList::Column::RequestedBy:
        return r.requestedBy.isValid() ? r.requestedBy.toString(Qt::ISODate) : QString();
    }
    return QString();
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
    for (const Request& r : m_all) {
        const bool matches = (!filter.direction || r.direction == *filter.direction)
            && (filter.states.empty()
                || std::find(filter.states.begin(), filter.states.end(), r.state) != filter.states.end())
            && (filter.country.isEmpty() || r.requestingCountry == filter.country
                || r.requestedCountry == filter.country)
            && (filter.assignee.isEmpty() || r.assignee == filter.assignee)
            && (filter.priority.isEmpty() || r.priority == filter.priority);
        if (matches) {
            expected.insert(r.id);
        }
    }
    QVERIFY(!expected.isEmpty());
    Result<std::vector<qint64>> ids
        = RequestList(m_t.db()).ids(filter, RequestList::Column::Reference, Qt::AscendingOrder);
    QVERIFY(ids);
    QCOMPARE(QSet<qint64>(ids->begin(), ids->end()), expected);
    QCOMPARE(int(ids->size()), expected.size());
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
    const std::vector<RequestList::Statement> statements
        = RequestList::idsStatements(RequestFilter(), column, m_t.db().dialect());
    QCOMPARE(int(statements.size()), namedColumn(column) ? 2 : 1);
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
    }
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
