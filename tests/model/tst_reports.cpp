// The printed documents before they are laid out (model/reports): the status
// summary of a request and the status report of many, compared with golden
// files section by section in every language; what they must do whatever the
// translations say (persons only when asked, the marking, overdue rows, the
// order of groups, the filter in words, CSV, reading with progress); the
// document language on its own thread beside the interface's; and the HTML
// written from them, escaped and printable.
//
// The golden files are tests/data/reports/*.txt. After a deliberate change
// of the documents or of the catalogs, write them again with
//   MASAR_UPDATE_GOLDEN=1 ./tst_reports golden
// (from the build's tests folder) and review the diff before committing.
#include "GoldenText.h"
#include "ReportSamples.h"
#include "TestDatabase.h"
#include "core/DocumentLanguage.h"
#include "core/Translations.h"
#include "domain/Workflow.h"
#include "io/Csv.h"
#include "reports/DocumentHtml.h"
#include "reports/StatusReport.h"
#include "reports/StatusSummary.h"
#include "services/RequestService.h"

#include <QCollator>
#include <QDir>
#include <QMap>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>

#include <ctime>

using namespace Masar;
using namespace Masar::Test;

Q_DECLARE_METATYPE(Masar::RequestFilter)

namespace {

using Grouping = StatusReport::Grouping;

DocumentLanguage language(const QString& code)
{
    return DocumentLanguage(code, LocaleStyle());
}

PrintDocument summaryOf(const Request& request, const QString& code, bool withPersons = false,
                        const PrintContext& context = reportContext())
{
    StatusSummary::Options options;
    options.withPersons = withPersons;
    return StatusSummary::build(request, options, language(code), context);
}

PrintDocument reportOf(const std::vector<StatusReport::Row>& rows, const QString& code,
                       Grouping grouping = Grouping::State, const RequestFilter& filter = RequestFilter(),
                       const PrintContext& context = reportContext())
{
    StatusReport::Options options;
    options.grouping = grouping;
    options.filter = filter;
    return StatusReport::build(rows, options, language(code), context);
}

QString goldenPath(const QString& name)
{
    return QDir(QStringLiteral(MASAR_TEST_DATA_DIR "/reports")).filePath(name);
}

// The lines after the last section: the footer and the marking.
int footLines(const PrintDocument& document)
{
    return (document.footer.isEmpty() ? 0 : 1) + (document.marking.isEmpty() ? 0 : 1);
}

// The value of a labelled field of a section, or a null string.
QString field(const PrintDocument& document, const QString& key, const QString& label)
{
    const PrintSection* section = document.section(key);
    if (!section) {
        return QString();
    }
    for (const auto& [l, value] : section->fields) {
        if (l == label) {
            return value;
        }
    }
    return QString();
}

// The rows of a table of a section.
const std::vector<PrintTable::Row>& tableRows(const PrintDocument& document, const QString& key)
{
    static const std::vector<PrintTable::Row> none;
    const PrintSection* section = document.section(key);
    return section && section->table ? section->table->rows : none;
}

// The first cell of each row of a kind of the "requests" table: references, or group headings.
QStringList firstCells(const PrintDocument& document, PrintTable::RowKind kind)
{
    QStringList cells;
    for (const PrintTable::Row& row : tableRows(document, QStringLiteral("requests"))) {
        if (row.kind == kind) {
            cells << row.cells.value(0);
        }
    }
    return cells;
}

// A section's own text: its heading, fields, paragraphs and table cells.
QString sectionText(const PrintSection& section)
{
    QStringList parts {section.heading};
    for (const auto& [label, value] : section.fields) {
        parts << label << value;
    }
    parts << section.paragraphs;
    if (section.table) {
        parts << section.table->headers;
        for (const PrintTable::Row& row : section.table->rows) {
            parts << row.cells;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

const char* const script1 = "<script>alert(1)</script>";

// Whether every isolate (U+2066..U+2068) is closed by a U+2069 and no U+2069 closes nothing.
bool isolatesBalanced(const QString& text)
{
    int open = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2066 && c.unicode() <= 0x2068) {
            ++open;
        } else if (c.unicode() == 0x2069 && --open < 0) {
            return false;
        }
    }
    return open == 0;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void golden_data();
    void golden();

    void personsOnlyWhenAsked_data();
    void personsOnlyWhenAsked();
    void timelineSaysWhatChanged();
    void summaryMarking_data();
    void summaryMarking();
    void reportMarkingIsTheHighest_data();
    void reportMarkingIsTheHighest();
    void overdueRowsMarkedAndCounted_data();
    void overdueRowsMarkedAndCounted();
    void groupsInWorkflowOrder();
    void countriesByName_data();
    void countriesByName();
    void filterInWords_data();
    void filterInWords();
    void csvLines();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void readsTheFilterFromTheDatabase();
    void readStopsWhenProgressSaysSo_data();
    void readStopsWhenProgressSaysSo();

    void documentLanguageBesideTheInterface_data();
    void documentLanguageBesideTheInterface();
    void scopesNest();
    void documentLanguageOnAnotherThread();
    void documentsBuiltOnTwoThreadsAtOnce();

    void htmlEscapesEveryValue();
    void printableDropsControls_data();
    void printableDropsControls();
    void htmlHasNoStrayBidiControls();
    void combiningMarksCappedAtFour_data();
    void combiningMarksCappedAtFour();
    void longSummaryWhole();
};

void TestReports::initTestCase()
{
    // The timeline and the footer show local times: the golden files are in UTC.
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY(Translations::install(QStringLiteral("en")));
}

void TestReports::cleanup()
{
    Translations::install(QStringLiteral("en"));
}

// ---------------------------------------------------------------- golden files

void TestReports::golden_data()
{
    QTest::addColumn<QString>("kind"); // summary, report
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("withPersons");
    QTest::addColumn<int>("grouping");
    QTest::addColumn<QString>("file");
    for (const QString& code : Translations::languages()) {
        for (bool persons : {false, true}) {
            const QString file = QStringLiteral("summary-%1%2.txt")
                                     .arg(code, persons ? QStringLiteral("-persons") : QString());
            QTest::newRow(qPrintable(file)) << QStringLiteral("summary") << code << persons << 0 << file;
        }
        for (Grouping grouping : {Grouping::State, Grouping::Country}) {
            const QString file
                = QStringLiteral("report-%1-%2.txt").arg(StatusReport::groupingKey(grouping), code);
            QTest::newRow(qPrintable(file))
                << QStringLiteral("report") << code << false << int(grouping) << file;
        }
    }
}

void TestReports::golden()
{
    QFETCH(QString, kind);
    QFETCH(QString, code);
    QFETCH(bool, withPersons);
    QFETCH(int, grouping);
    QFETCH(QString, file);
    // The rows carry no priority: nothing in them contradicts that filter.
    RequestFilter filter;
    if (Grouping(grouping) == Grouping::Country) {
        filter.priority = QStringLiteral("urgent");
    }
    const PrintDocument document = kind == QLatin1String("summary")
        ? summaryOf(reportRequest(), code, withPersons)
        : reportOf(reportRows(), code, Grouping(grouping), filter);
    QCOMPARE(document.language, code);
    QCOMPARE(document.rightToLeft, code == QLatin1String("ar"));
    compareWithGolden(document.text(), goldenPath(file), footLines(document));
}

// ---------------------------------------------------------------- behaviour

void TestReports::personsOnlyWhenAsked_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("persons");
    for (const QString& code : Translations::languages()) {
        for (int persons : {1, 3}) {
            QTest::addRow("%s, %d person(s)", qPrintable(code), persons) << code << persons;
        }
    }
}

void TestReports::timelineSaysWhatChanged()
{
    // The note of a step is worded as the desk and masar-cli show word it
    // (HistoryText), with the names people see and the document's dates.
    Request request = reportRequest();
    HistoryEntry reassigned;
    reassigned.at = request.history.back().at.addDays(1);
    reassigned.step = Step::Reassign;
    reassigned.from = request.state;
    reassigned.to = request.state;
    reassigned.actor = request.history.back().actor;
    const QStringList logins = reportContext().userNames.keys();
    QVERIFY(logins.size() >= 2);
    reassigned.recordChange(StepField::Assignee, logins.at(0), logins.at(1));
    request.history.push_back(reassigned);

    const PrintDocument summary = summaryOf(request, QStringLiteral("en"));
    const PrintSection* timeline = summary.section(QStringLiteral("timeline"));
    QVERIFY(timeline && timeline->table);
    const QStringList last = timeline->table->rows.back().cells;
    QCOMPARE(last.at(1), labelOf(Step::Reassign));
    QCOMPARE(last.at(3),
             QStringLiteral("Reassigned from %1 to %2")
                 .arg(reportContext().userName(logins.at(0)), reportContext().userName(logins.at(1))));
}

void TestReports::personsOnlyWhenAsked()
{
    QFETCH(QString, code);
    QFETCH(int, persons);
    Request request = reportRequest();
    request.persons.resize(std::size_t(persons));
    QStringList names;
    for (const Person& person : request.persons) {
        names << person.name;
    }

    const PrintDocument without = summaryOf(request, code, false);
    const QString text = without.text();
    const QString html = DocumentHtml::write(without, DocumentHtml::Options());
    for (const QString& name : reportPersonNames()) {
        QVERIFY2(!text.contains(name), qPrintable(name));
        QVERIFY2(!html.contains(name.toHtmlEscaped()), qPrintable(name));
        for (const PrintSection& section : without.sections) {
            QVERIFY2(!sectionText(section).contains(name), qPrintable(section.key));
        }
    }
    // The birth date of the first person, neither.
    QVERIFY(!text.contains(language(code).date(request.persons.front().birthDate)));
    const PrintSection* section = without.section(QStringLiteral("persons"));
    QVERIFY(section);
    QVERIFY(!section->table);
    QCOMPARE(section->paragraphs.size(), 1);
    // Arabic says one and two in words ("شخص واحد", "شخصان").
    QVERIFY2(section->paragraphs.first().contains(language(code).number(persons))
                 || (code == QLatin1String("ar") && persons <= 2),
             qPrintable(section->paragraphs.first()));
    if (code == QLatin1String("en")) {
        QVERIFY(section->paragraphs.first().contains(QLatin1String("not printed (personal data)")));
    }

    const PrintDocument with = summaryOf(request, code, true);
    section = with.section(QStringLiteral("persons"));
    QVERIFY(section && section->table);
    QCOMPARE(int(section->table->rows.size()), persons);
    for (const QString& name : names) {
        QVERIFY2(with.text().contains(name), qPrintable(name));
    }
    // Everything else is the same document.
    for (const PrintSection& s : with.sections) {
        if (s.key != QLatin1String("persons")) {
            QCOMPARE(sectionText(s), sectionText(*without.section(s.key)));
        }
    }
}

void TestReports::summaryMarking_data()
{
    QTest::addColumn<QString>("confidentiality");
    QTest::addColumn<QString>("marking");
    QTest::newRow("normal") << QStringLiteral("normal") << QString();
    QTest::newRow("restricted") << QStringLiteral("restricted") << QStringLiteral("RESTRICTED");
    QTest::newRow("secret") << QStringLiteral("secret") << QStringLiteral("SECRET");
}

void TestReports::summaryMarking()
{
    QFETCH(QString, confidentiality);
    QFETCH(QString, marking);
    Request request = reportRequest();
    request.confidentiality = confidentiality;
    const PrintDocument document = summaryOf(request, QStringLiteral("en"));
    QCOMPARE(document.marking, marking);
    const QStringList lines = document.text().trimmed().split(QLatin1Char('\n'));
    if (marking.isEmpty()) {
        QCOMPARE(lines.first(), document.ministry);
        QCOMPARE(lines.last(), document.footer);
    } else {
        // At the top and at the bottom.
        QCOMPARE(lines.first(), marking);
        QCOMPARE(lines.last(), marking);
    }
}

void TestReports::reportMarkingIsTheHighest_data()
{
    QTest::addColumn<QStringList>("levels");
    QTest::addColumn<QString>("marking");
    QTest::newRow("no request") << QStringList() << QString();
    QTest::newRow("normal only") << QStringList {QStringLiteral("normal"), QStringLiteral("normal")}
                                 << QString();
    QTest::newRow("one restricted last")
        << QStringList {QStringLiteral("normal"), QStringLiteral("normal"), QStringLiteral("restricted")}
        << QStringLiteral("RESTRICTED");
    QTest::newRow("one secret among restricted")
        << QStringList {QStringLiteral("restricted"), QStringLiteral("secret"), QStringLiteral("normal")}
        << QStringLiteral("SECRET");
    QTest::newRow("secret first") << QStringList {QStringLiteral("secret"), QStringLiteral("restricted")}
                                  << QStringLiteral("SECRET");
}

void TestReports::reportMarkingIsTheHighest()
{
    QFETCH(QStringList, levels);
    QFETCH(QString, marking);
    std::vector<StatusReport::Row> rows;
    const std::vector<StatusReport::Row> sample = reportRows();
    for (int i = 0; i < levels.size(); ++i) {
        StatusReport::Row row = sample.at(std::size_t(i));
        row.confidentiality = levels.at(i);
        rows.push_back(row);
    }
    QCOMPARE(reportOf(rows, QStringLiteral("en")).marking, marking);
    QCOMPARE(reportOf(rows, QStringLiteral("en"), Grouping::Country).marking, marking);
}

void TestReports::overdueRowsMarkedAndCounted_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QStringList>("overdue"); // references, in report order
    // The closed request's deadline (1 December 2025) is never overdue, nor is the draft without one.
    QTest::newRow("before every deadline") << QDate(2026, 2, 1) << QStringList();
    QTest::newRow("the report clock's day")
        << QDate(2026, 3, 2)
        << QStringList {QStringLiteral("IN-2026-0103"), QStringLiteral("IN-2026-0101"),
                        QStringLiteral("OUT-2026-0012")};
    // Due on 2 March: overdue the next day.
    QTest::newRow("the day after") << QDate(2026, 3, 3)
                                   << QStringList {
                                          QStringLiteral("IN-2026-0102"), QStringLiteral("IN-2026-0103"),
                                          QStringLiteral("IN-2026-0101"), QStringLiteral("OUT-2026-0012")};
    QTest::newRow("after every deadline")
        << QDate(2026, 3, 21)
        << QStringList {QStringLiteral("IN-2026-0102"),  QStringLiteral("IN-2026-0103"),
                        QStringLiteral("IN-2026-0101"),  QStringLiteral("IN-2026-0104"),
                        QStringLiteral("OUT-2026-0011"), QStringLiteral("OUT-2026-0012")};
}

void TestReports::overdueRowsMarkedAndCounted()
{
    QFETCH(QDate, today);
    QFETCH(QStringList, overdue);
    PrintContext context = reportContext();
    context.today = today;
    const DocumentLanguage en = language(QStringLiteral("en"));
    const PrintDocument document
        = reportOf(reportRows(), QStringLiteral("en"), Grouping::State, RequestFilter(), context);

    QStringList marked;
    QMap<QString, int> byGroup; // group heading -> overdue rows under it
    QString group;
    for (const PrintTable::Row& row : tableRows(document, QStringLiteral("requests"))) {
        if (row.kind == PrintTable::RowKind::Group) {
            group = row.cells.value(0);
            byGroup.insert(group, 0);
            QVERIFY(!row.marked);
        } else if (row.marked) {
            marked << row.cells.value(0);
            ++byGroup[group];
        }
    }
    QCOMPARE(marked, overdue);
    // Each group's heading counts its overdue rows ("2 request(s), 1 overdue"), or says nothing of them.
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        const bool any = it.value() > 0;
        QVERIFY2(it.key().contains(QLatin1String("overdue")) == any, qPrintable(it.key()));
        if (any) {
            QVERIFY2(it.key().endsWith(QStringLiteral(", %1 overdue").arg(en.number(it.value()))),
                     qPrintable(it.key()));
        }
    }
    // The totals: a line a group, its overdue in the last column and marked when any, then the total.
    const std::vector<PrintTable::Row>& totals = tableRows(document, QStringLiteral("totals"));
    QVERIFY(!totals.empty());
    int sum = 0;
    for (std::size_t i = 0; i + 1 < totals.size(); ++i) {
        const int count = totals[i].cells.value(2).toInt();
        QCOMPARE(totals[i].marked, count > 0);
        sum += count;
    }
    QCOMPARE(sum, int(overdue.size()));
    QCOMPARE(totals.back().kind, PrintTable::RowKind::Total);
    QCOMPARE(totals.back().cells.value(1), en.number(8));
    QCOMPARE(totals.back().cells.value(2), en.number(int(overdue.size())));
    QCOMPARE(field(document, QStringLiteral("filter"), QStringLiteral("Overdue")),
             en.number(int(overdue.size())));
    QCOMPARE(field(document, QStringLiteral("filter"), QStringLiteral("Requests")), en.number(8));
}

void TestReports::groupsInWorkflowOrder()
{
    const PrintDocument document = reportOf(reportRows(), QStringLiteral("en"));
    QStringList expected;
    for (State state : {State::Received, State::UnderReview, State::InExecution, State::Draft, State::Sent,
                        State::InExecutionAbroad, State::Closed}) {
        expected << labelOf(state);
    }
    QStringList headings;
    for (const QString& heading : firstCells(document, PrintTable::RowKind::Group)) {
        headings << heading.section(QStringLiteral(" — "), 0, 0);
    }
    QCOMPARE(headings, expected);
    QStringList totals;
    for (const PrintTable::Row& row : tableRows(document, QStringLiteral("totals"))) {
        if (row.kind == PrintTable::RowKind::Plain) {
            totals << row.cells.value(0);
        }
    }
    QCOMPARE(totals, expected);
    // In a group, the nearest deadline first.
    QCOMPARE(firstCells(document, PrintTable::RowKind::Plain),
             QStringList({QStringLiteral("IN-2026-0102"), QStringLiteral("IN-2026-0103"),
                          QStringLiteral("IN-2026-0101"), QStringLiteral("IN-2026-0104"),
                          QStringLiteral("OUT-2026-0013"), QStringLiteral("OUT-2026-0011"),
                          QStringLiteral("OUT-2026-0012"), QStringLiteral("IN-2025-0950")}));
}

void TestReports::countriesByName_data()
{
    QTest::addColumn<QString>("code");
    for (const QString& code : Translations::languages()) {
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestReports::countriesByName()
{
    QFETCH(QString, code);
    const DocumentLanguage document = language(code);
    const PrintDocument report = reportOf(reportRows(), code, Grouping::Country);
    QStringList headings;
    for (const QString& heading : firstCells(report, PrintTable::RowKind::Group)) {
        headings << heading.section(QStringLiteral(" — "), 0, 0);
    }
    // The names in the document's language, one group each, in its alphabetical order.
    QStringList expected;
    {
        const DocumentLanguage::Scope scope(document);
        for (const char* country : {"DE", "EG", "FR", "MA", "TN"}) {
            expected << Codes::countryName(QLatin1String(country));
        }
    }
    QCollator collator(document.locale());
    std::sort(expected.begin(), expected.end(),
              [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    // Requests with no partner country after the countries.
    {
        const DocumentLanguage::Scope scope(document);
        expected << StatusReport::tr("No partner country");
    }
    QCOMPARE(headings, expected);
    if (code == QLatin1String("en")) {
        QCOMPARE(headings,
                 QStringList({QStringLiteral("Egypt"), QStringLiteral("France"), QStringLiteral("Germany"),
                              QStringLiteral("Morocco"), QStringLiteral("Tunisia"),
                              QStringLiteral("No partner country")}));
    }
}

void TestReports::filterInWords_data()
{
    QTest::addColumn<RequestFilter>("filter");
    QTest::addColumn<QStringList>("words");
    const QDate today = reportClock().today();
    const DocumentLanguage en = language(QStringLiteral("en"));
    RequestFilter f;
    QTest::newRow("empty: all requests") << f << QStringList {QStringLiteral("All requests")};
    f.states = {State::InExecution};
    f.setOverdue(today);
    // masar-cli report status --state in_execution --overdue
    QTest::newRow("in execution and overdue")
        << f
        << QStringList {QStringLiteral("In execution"), en.date(today.addDays(-1)),
                        QStringLiteral("earlier")};
    f = RequestFilter();
    f.direction = Direction::Outgoing;
    f.country = QStringLiteral("TN");
    f.setDueWithin(7, today);
    QTest::newRow("outgoing, Tunisia, due within 7 days")
        << f
        << QStringList {QStringLiteral("Outgoing"), QStringLiteral("Tunisia"), en.date(today),
                        en.date(today.addDays(7))};
    f = RequestFilter();
    f.assignee = QStringLiteral("officer2");
    f.openOnly = true;
    QTest::newRow("assignee, open") << f << QStringList {QStringLiteral("officer2"), QStringLiteral("open")};
}

void TestReports::filterInWords()
{
    QFETCH(RequestFilter, filter);
    QFETCH(QStringList, words);
    const PrintDocument document = reportOf(reportRows(), QStringLiteral("en"), Grouping::State, filter);
    const QString text = field(document, QStringLiteral("filter"), QStringLiteral("Filter"));
    QVERIFY(!text.isEmpty());
    for (const QString& word : words) {
        QVERIFY2(text.contains(word), qPrintable(QStringLiteral("“%1” not in “%2”").arg(word, text)));
    }
    QCOMPARE(text == QLatin1String("All requests"), filter.isEmpty());
    QCOMPARE(field(document, QStringLiteral("filter"), QStringLiteral("Grouped by")),
             QStringLiteral("state"));
}

void TestReports::csvLines()
{
    const std::vector<StatusReport::Row> rows = reportRows();
    StatusReport::Options options;
    const QByteArray csv = StatusReport::csv(rows, options, language(QStringLiteral("en")), reportContext());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    // A header, then one line a request: no cell of these rows holds a line break.
    QCOMPARE(csv.count("\r\n"), 1 + int(rows.size()));
    Result<std::vector<Csv::Row>> parsed = Csv::parse(csv);
    QVERIFY2(parsed, qPrintable(parsed.error().fullText()));
    QCOMPARE(int(parsed->size()), 1 + int(rows.size()));
    QCOMPARE(parsed->front().cells,
             QStringList({QStringLiteral("State"), QStringLiteral("Reference"), QStringLiteral("Direction"),
                          QStringLiteral("Partner country"), QStringLiteral("Assigned to"),
                          QStringLiteral("Next deadline"), QStringLiteral("Deadline"),
                          QStringLiteral("Overdue")}));
    QMap<QString, QStringList> byReference;
    QStringList order;
    for (std::size_t i = 1; i < parsed->size(); ++i) {
        const QStringList& cells = parsed->at(i).cells;
        QCOMPARE(cells.size(), 8);
        byReference.insert(cells.at(1), cells);
        order << cells.at(1);
    }
    QCOMPARE(byReference.size(), int(rows.size()));
    // The report's order: groups, then the nearest deadline first.
    QCOMPARE(order, firstCells(reportOf(rows, QStringLiteral("en")), PrintTable::RowKind::Plain));
    // Dates in ISO 8601, names for people, overdue in words.
    QCOMPARE(
        byReference.value(QStringLiteral("IN-2026-0101")),
        QStringList({QStringLiteral("In execution"), QStringLiteral("IN-2026-0101"),
                     QStringLiteral("Incoming"), QStringLiteral("Morocco"), QStringLiteral("Nadia Benali"),
                     QStringLiteral("2026-02-20"), QStringLiteral("execution"), QStringLiteral("yes")}));
    QCOMPARE(byReference.value(QStringLiteral("OUT-2026-0013")).mid(4),
             QStringList({QString(), QString(), QString(), QStringLiteral("no")}));
    QCOMPARE(byReference.value(QStringLiteral("IN-2025-0950")).at(5), QStringLiteral("2025-12-01"));
    QCOMPARE(byReference.value(QStringLiteral("IN-2025-0950")).at(7), QStringLiteral("no"));

    options.grouping = Grouping::Country;
    const QByteArray byCountry
        = StatusReport::csv(rows, options, language(QStringLiteral("en")), reportContext());
    Result<std::vector<Csv::Row>> countries = Csv::parse(byCountry);
    QVERIFY(countries);
    QCOMPARE(countries->front().cells.value(0), QStringLiteral("Partner country"));
    QCOMPARE(countries->front().cells.value(3), QStringLiteral("State"));
    QCOMPARE(countries->at(1).cells.value(0), QStringLiteral("Egypt"));
}

void TestReports::csvNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("reference");
    QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"IN-1\")");
    QTest::newRow("+") << QStringLiteral("+1+1");
    QTest::newRow("-") << QStringLiteral("-2+3");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)");
}

void TestReports::csvNeutralisesFormulas()
{
    QFETCH(QString, reference);
    std::vector<StatusReport::Row> rows = reportRows();
    rows.front().reference = reference;
    const QByteArray csv
        = StatusReport::csv(rows, StatusReport::Options(), language(QStringLiteral("en")), reportContext());
    const QString text = QString::fromUtf8(csv);
    // No cell starts with the formula: a comma or a quote before it means a cell start.
    QVERIFY(!text.contains(QLatin1Char(',') + reference));
    QVERIFY(!text.contains(QStringLiteral(",\"") + reference));
    QVERIFY2(text.contains(QLatin1Char('\'') + reference.left(2)), qPrintable(text));
    // And it comes back as it was.
    Result<std::vector<Csv::Row>> parsed = Csv::parse(csv);
    QVERIFY(parsed);
    bool found = false;
    for (const Csv::Row& row : *parsed) {
        found = found || row.cells.value(1) == reference;
    }
    QVERIFY(found);
}

void TestReports::readsTheFilterFromTheDatabase()
{
    TestDatabase t;
    QStringList incoming;
    for (const char* country : {"TN", "MA", "TN"}) {
        const QString reference = t.createIncomingTo(QLatin1String(country), t.clock().today());
        QVERIFY(!reference.isEmpty());
        incoming << reference;
    }
    Result<Request> outgoing = RequestService(t.db(), t.clock())
                                   .create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft());
    QVERIFY2(outgoing, qPrintable(outgoing.error().fullText()));

    Result<std::vector<StatusReport::Row>> all = StatusReport::read(t.db(), RequestFilter());
    QVERIFY2(all, qPrintable(all.error().fullText()));
    QCOMPARE(int(all->size()), 4);
    QStringList references;
    for (const StatusReport::Row& row : *all) {
        references << row.reference;
        if (row.reference == outgoing->reference) {
            QCOMPARE(row.direction, Direction::Outgoing);
            QCOMPARE(row.partnerCountry, QStringLiteral("TN")); // the requested state
            QCOMPARE(row.state, State::Draft);
        } else {
            QCOMPARE(row.direction, Direction::Incoming);
            QCOMPARE(row.partnerCountry, QStringLiteral("ES")); // the requesting state
            QCOMPARE(row.confidentiality, QStringLiteral("restricted"));
        }
    }
    QStringList sorted = references;
    sorted.sort();
    QCOMPARE(references, sorted);

    RequestFilter filter;
    filter.direction = Direction::Incoming;
    filter.country = QStringLiteral("MA");
    Result<std::vector<StatusReport::Row>> some = StatusReport::read(t.db(), filter);
    QVERIFY(some);
    QCOMPARE(int(some->size()), 1);
    QCOMPARE(some->front().reference, incoming.at(1));
}

void TestReports::readStopsWhenProgressSaysSo_data()
{
    QTest::addColumn<int>("stopAfter"); // rows read when progress says stop; -1: never
    QTest::addColumn<int>("calls");
    QTest::newRow("never") << -1 << 6;
    QTest::newRow("before the first row") << 0 << 1;
    QTest::newRow("after two rows") << 2 << 3;
    QTest::newRow("after the last row") << 5 << 6;
}

void TestReports::readStopsWhenProgressSaysSo()
{
    QFETCH(int, stopAfter);
    QFETCH(int, calls);
    TestDatabase t;
    for (int i = 0; i < 5; ++i) {
        QVERIFY(!t.createIncomingTo(QStringLiteral("TN"), t.clock().today()).isEmpty());
    }
    QList<QPair<int, int>> seen;
    Result<std::vector<StatusReport::Row>> rows
        = StatusReport::read(t.db(), RequestFilter(), [&seen, stopAfter](int done, int total) {
              seen.append({done, total});
              return done != stopAfter;
          });
    QCOMPARE(seen.size(), calls);
    for (int i = 0; i < seen.size(); ++i) {
        QCOMPARE(seen.at(i).first, i);
        QCOMPARE(seen.at(i).second, 5);
    }
    if (stopAfter < 0) {
        QVERIFY2(rows, qPrintable(rows.error().fullText()));
        QCOMPARE(int(rows->size()), 5);
    } else {
        QVERIFY(!rows);
        QVERIFY(!rows.error().message().isEmpty());
    }
}

// ---------------------------------------------------------------- the document language

void TestReports::documentLanguageBesideTheInterface_data()
{
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("document");
    QTest::newRow("French from English") << QStringLiteral("en") << QStringLiteral("fr");
    QTest::newRow("French from Arabic") << QStringLiteral("ar") << QStringLiteral("fr");
    QTest::newRow("Arabic from French") << QStringLiteral("fr") << QStringLiteral("ar");
    QTest::newRow("English from Arabic") << QStringLiteral("ar") << QStringLiteral("en");
}

void TestReports::documentLanguageBesideTheInterface()
{
    QFETCH(QString, interface);
    QFETCH(QString, document);
    QVERIFY(Translations::install(interface));
    const DocumentLanguage shown = language(interface);
    const DocumentLanguage printed = language(document);
    const QString shownLabel = shown.translate("Masar::State", "In execution");
    const QString printedLabel = printed.translate("Masar::State", "In execution");
    QVERIFY(shownLabel != printedLabel); // both catalogs are there and differ
    QCOMPARE(QCoreApplication::translate("Masar::State", "In execution"), shownLabel);

    const PrintDocument summary = summaryOf(reportRequest(), document);
    QCOMPARE(
        field(summary, QStringLiteral("status"), printed.translate("Masar::StatusSummary", "Current state")),
        printedLabel);
    const PrintDocument report = reportOf(reportRows(), document);
    QVERIFY(firstCells(report, PrintTable::RowKind::Group).join(QLatin1Char('\n')).contains(printedLabel));
    {
        const DocumentLanguage::Scope scope(printed);
        QCOMPARE(labelOf(State::InExecution), printedLabel);
    }

    // The interface is as it was: labels, country names, the direction of the layout.
    QCOMPARE(QCoreApplication::translate("Masar::State", "In execution"), shownLabel);
    QCOMPARE(labelOf(State::InExecution), shownLabel);
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QLatin1String("RTL"),
             interface == QLatin1String("ar"));
    QVERIFY(DocumentLanguage::current() == nullptr);
    QCOMPARE(Translations::currentLocale(), QLocale());
    // Country names: the document's in the document, the interface's outside it.
    QString shownCountry;
    QString printedCountry;
    {
        const DocumentLanguage::Scope scope(shown);
        shownCountry = Codes::countryName(QStringLiteral("MA"));
    }
    {
        const DocumentLanguage::Scope scope(printed);
        printedCountry = Codes::countryName(QStringLiteral("MA"));
    }
    QVERIFY(shownCountry != printedCountry);
    QVERIFY(field(summary, QStringLiteral("parties"),
                  printed.translate("Masar::StatusSummary", "Requesting state"))
                .startsWith(printedCountry));
    QCOMPARE(Codes::countryName(QStringLiteral("MA")), shownCountry);
}

void TestReports::scopesNest()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    const DocumentLanguage ar = language(QStringLiteral("ar"));
    const DocumentLanguage fr = language(QStringLiteral("fr"));
    const QString arLabel = ar.translate("Masar::State", "Closed");
    const QString frLabel = fr.translate("Masar::State", "Closed");
    QVERIFY(arLabel != QLatin1String("Closed") && frLabel != QLatin1String("Closed"));
    {
        const DocumentLanguage::Scope outer(ar);
        QCOMPARE(labelOf(State::Closed), arLabel);
        {
            const DocumentLanguage::Scope inner(fr);
            QCOMPARE(labelOf(State::Closed), frLabel);
            // Building a document opens a scope of its own and closes it.
            QCOMPARE(summaryOf(reportRequest(), QStringLiteral("ar")).language, QStringLiteral("ar"));
            QCOMPARE(labelOf(State::Closed), frLabel);
        }
        QCOMPARE(labelOf(State::Closed), arLabel);
    }
    QCOMPARE(labelOf(State::Closed), QStringLiteral("Closed"));
}

void TestReports::documentLanguageOnAnotherThread()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    const DocumentLanguage en = language(QStringLiteral("en"));
    const DocumentLanguage ar = language(QStringLiteral("ar"));
    const QString arLabel = ar.translate("Masar::State", "In execution");
    QVERIFY(arLabel != QLatin1String("In execution"));

    // The worker holds an Arabic scope while the main thread holds an English one.
    QSemaphore inScope;
    QSemaphore checked;
    QString workerLabel;
    QString workerState;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        const DocumentLanguage::Scope scope(ar);
        inScope.release();
        checked.acquire();
        workerLabel = labelOf(State::InExecution);
        workerState = field(summaryOf(reportRequest(), QStringLiteral("ar")), QStringLiteral("status"),
                            ar.translate("Masar::StatusSummary", "Current state"));
    }));
    const DocumentLanguage::Scope scope(en);
    worker->start();
    QVERIFY(inScope.tryAcquire(1, 10000));
    QCOMPARE(labelOf(State::InExecution), QStringLiteral("In execution"));
    QCOMPARE(summaryOf(reportRequest(), QStringLiteral("en"))
                 .section(QStringLiteral("status"))
                 ->fields.front()
                 .second,
             QStringLiteral("In execution"));
    checked.release();
    QVERIFY(worker->wait(30000));
    QCOMPARE(workerLabel, arLabel);
    QCOMPARE(workerState, arLabel);
    QCOMPARE(labelOf(State::InExecution), QStringLiteral("In execution"));
}

void TestReports::documentsBuiltOnTwoThreadsAtOnce()
{
    QVERIFY(Translations::install(QStringLiteral("en")));
    const QString arText = summaryOf(reportRequest(), QStringLiteral("ar"), true).text();
    const QString frText = reportOf(reportRows(), QStringLiteral("fr"), Grouping::Country).text();
    QVERIFY(arText != frText);
    int arWrong = 0;
    int frWrong = 0;
    std::unique_ptr<QThread> arabic(QThread::create([&] {
        for (int i = 0; i < 40; ++i) {
            arWrong += summaryOf(reportRequest(), QStringLiteral("ar"), true).text() == arText ? 0 : 1;
        }
    }));
    std::unique_ptr<QThread> french(QThread::create([&] {
        for (int i = 0; i < 40; ++i) {
            frWrong
                += reportOf(reportRows(), QStringLiteral("fr"), Grouping::Country).text() == frText ? 0 : 1;
        }
    }));
    arabic->start();
    french->start();
    // Meanwhile the interface stays English.
    int enWrong = 0;
    for (int i = 0; i < 200; ++i) {
        enWrong += labelOf(State::InExecution) == QLatin1String("In execution") ? 0 : 1;
    }
    QVERIFY(arabic->wait(60000));
    QVERIFY(french->wait(60000));
    QCOMPARE(arWrong, 0);
    QCOMPARE(frWrong, 0);
    QCOMPARE(enWrong, 0);
}

// ---------------------------------------------------------------- HTML

void TestReports::htmlEscapesEveryValue()
{
    const QString hostile = QString::fromLatin1(script1) + QStringLiteral(" & \"quoted\" <b>bold</b>");
    Request request = reportRequest();
    request.summary = hostile;
    request.requestingAuthority = hostile;
    request.foreignReference = QStringLiteral("<script>alert(2)</script>");
    request.measures.front().note = hostile;
    request.history.back().reason = hostile;
    request.persons.front().name = QStringLiteral("<script>alert(3)</script> & \"Amrani\"");
    PrintContext context = reportContext();
    context.printedBy = QStringLiteral("<img src=x onerror=alert(4)>");
    context.ministry = QStringLiteral("Ministry <script>alert(5)</script>");
    context.userNames.insert(QStringLiteral("officer"), QStringLiteral("<i>Nadia</i>"));
    DocumentHtml::Options options;
    options.logoSource = QStringLiteral("x\" onerror=\"alert(6)");

    for (const QString& code : Translations::languages()) {
        const PrintDocument document = summaryOf(request, code, true, context);
        const QString html = DocumentHtml::write(document, options);
        QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(code));
        QVERIFY(!html.contains(QLatin1String("<img src=x")));
        QVERIFY(!html.contains(QLatin1String("<i>")));
        QVERIFY(!html.contains(QLatin1String("<b>")));
        QVERIFY(!html.contains(QLatin1String("\" onerror=\"")));
        QVERIFY(
            html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")));
        QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(2)&lt;/script&gt;")));
        QVERIFY(
            html.contains(QLatin1String("&lt;script&gt;alert(3)&lt;/script&gt; &amp; &quot;Amrani&quot;")));
        QVERIFY(html.contains(QLatin1String("&lt;i&gt;Nadia&lt;/i&gt;")));
        QVERIFY(html.contains(QLatin1String("&lt;img src=x onerror=alert(4)&gt;")));
        // Every ampersand starts an entity.
        static const QRegularExpression bare(QStringLiteral("&(?!(amp|lt|gt|quot|#39|#x27);)"));
        QVERIFY2(!bare.match(html).hasMatch(), qPrintable(bare.match(html).captured(0)));
    }
    // The report too.
    std::vector<StatusReport::Row> rows = reportRows();
    rows.front().reference = QString::fromLatin1(script1);
    rows.front().assignee = QStringLiteral("<b>x</b>");
    const QString html = DocumentHtml::write(reportOf(rows, QStringLiteral("en")), DocumentHtml::Options());
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<b>")));
}

void TestReports::printableDropsControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    auto s = [](std::initializer_list<char16_t> units) {
        QString text;
        for (char16_t u : units) {
            text += QChar(u);
        }
        return text;
    };
    QTest::newRow("right-to-left override") << s({'a', 0x202E, 'b', 'c'}) << QStringLiteral("abc");
    QTest::newRow("every embedding and override")
        << s({0x202A, 'a', 0x202B, 'b', 0x202C, 0x202D, 'c', 0x202E, 'd', 0x202C}) << QStringLiteral("abcd");
    QTest::newRow("a pop with no isolate open") << s({'a', 0x2069, 'b'}) << QStringLiteral("ab");
    QTest::newRow("an isolate left open") << s({'a', 0x2067, 'b'}) << s({'a', 0x2067, 'b', 0x2069});
    QTest::newRow("balanced isolates kept") << s({0x2068, 'I', 'N', 0x2069, ' ', 0x2066, 'x', 0x2069})
                                            << s({0x2068, 'I', 'N', 0x2069, ' ', 0x2066, 'x', 0x2069});
    QTest::newRow("C0 controls") << s({'a', 0x0000, 0x0007, 0x001B, 'b', 0x0008, 0x000B, 0x000C, 0x000D})
                                 << QStringLiteral("ab");
    QTest::newRow("DEL and C1 controls") << s({'a', 0x007F, 0x0085, 0x009B, 'b'}) << QStringLiteral("ab");
    QTest::newRow("line breaks and tabs kept") << QStringLiteral("a\nb\tc") << QStringLiteral("a\nb\tc");
    QTest::newRow("marks of direction kept")
        << s({'a', 0x200F, 'b', 0x200E}) << s({'a', 0x200F, 'b', 0x200E});
}

void TestReports::printableDropsControls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString printed = DocumentHtml::printable(input);
    QCOMPARE(printed, expected);
    QVERIFY(isolatesBalanced(printed));
    QCOMPARE(DocumentHtml::escaped(input), expected.toHtmlEscaped());
}

void TestReports::htmlHasNoStrayBidiControls()
{
    // A name that would read backwards, and isolates left open or closed twice.
    Request request = reportRequest();
    request.persons.front().name = QStringLiteral("Youssef") + QChar(0x202E) + QStringLiteral("inarmA lE");
    request.summary = QStringLiteral("Facts ") + QChar(0x2069) + QChar(0x2069) + QStringLiteral(" more");
    request.requestingAuthority = QChar(0x2067) + QStringLiteral("Ministère") + QChar(0x2066);
    request.measures.front().note
        = QStringLiteral("bell") + QChar(0x0007) + QStringLiteral(" and escape\x1b[31m");
    for (const QString& code : Translations::languages()) {
        const QString html = DocumentHtml::write(summaryOf(request, code, true), DocumentHtml::Options());
        for (char16_t c : {char16_t(0x202A), char16_t(0x202B), char16_t(0x202C), char16_t(0x202D),
                           char16_t(0x202E), char16_t(0x0007), char16_t(0x001B)}) {
            QVERIFY2(!html.contains(QChar(c)),
                     qPrintable(QStringLiteral("U+%1 in %2").arg(int(c), 4, 16).arg(code)));
        }
        QVERIFY(isolatesBalanced(html));
        QVERIFY(html.contains(QStringLiteral("Youssefinarm")));
    }
}

void TestReports::combiningMarksCappedAtFour_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString acute(QChar(0x0301));
    const QString shadda(QChar(0x0651));
    QTest::newRow("six accents on a Latin letter")
        << QLatin1Char('e') + acute.repeated(6) << QLatin1Char('e') + acute.repeated(4);
    QTest::newRow("six marks on an Arabic letter") << QChar(0x0628) + shadda.repeated(6) + QChar(0x0627)
                                                   << QChar(0x0628) + shadda.repeated(4) + QChar(0x0627);
    QTest::newRow("four kept") << QLatin1Char('a') + acute.repeated(4)
                               << QLatin1Char('a') + acute.repeated(4);
    QTest::newRow("counted per letter")
        << QLatin1Char('a') + acute.repeated(3) + QLatin1Char('b') + acute.repeated(3)
        << QLatin1Char('a') + acute.repeated(3) + QLatin1Char('b') + acute.repeated(3);
    QTest::newRow("a hundred after a space")
        << QLatin1Char(' ') + acute.repeated(100) << QLatin1Char(' ') + acute.repeated(4);
}

void TestReports::combiningMarksCappedAtFour()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(DocumentHtml::printable(input), expected);
    Request request = reportRequest();
    request.summary = input;
    const QString html
        = DocumentHtml::write(summaryOf(request, QStringLiteral("en")), DocumentHtml::Options());
    QVERIFY(html.contains(expected));
    if (expected != input) {
        QVERIFY(!html.contains(input));
    }
}

void TestReports::longSummaryWhole()
{
    const QString summary = longSummary();
    QVERIFY(summary.size() > 10000);
    QVERIFY(summary.contains(QString(10000, QLatin1Char('x'))));
    QVERIFY(summary.contains(QChar(0x0651))); // shadda: vowel marks there are
    // No letter has more than four marks: nothing of it is to be cut.
    QCOMPARE(DocumentHtml::printable(summary), summary);
    Request request = reportRequest();
    request.summary = summary;
    for (const QString& code : Translations::languages()) {
        const PrintDocument document = summaryOf(request, code);
        QCOMPARE(document.section(QStringLiteral("summary"))->paragraphs, QStringList {summary});
        const QString html = DocumentHtml::write(document, DocumentHtml::Options());
        QVERIFY2(html.contains(summary.toHtmlEscaped()), qPrintable(code));
    }
}

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
