// A filter's conditions are described once (RequestFilterFields) and every
// place that handles them follows: for each condition, a filter holding only
// it is not empty and not the empty filter; it selects, on a sample register,
// the requests it means and not all of them; it is worded; it comes back the
// same from the filter bar, from the settings that remember the list's filter
// and from the dashboard's JSON; and it is an option that every masar-cli
// command that takes a filter accepts and applies. A condition added to the
// filter and left out of any of them fails here.
#include "CliHarness.h"
#include "DashboardSample.h"
#include "FilterSamples.h"
#include "RequestFilterBar.h"
#include "TestDatabase.h"
#include "io/Csv.h"
#include "io/JsonWriter.h"
#include "services/RequestFilterFields.h"
#include "services/RequestFilterText.h"
#include "services/RequestReader.h"
#include "services/Users.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

Q_DECLARE_METATYPE(Masar::RequestFilterField)

namespace Masar {

// What QCOMPARE prints of a filter that differs.
char* toString(const RequestFilter& filter)
{
    return qstrdup(QJsonDocument(QJsonObject::fromVariantMap(RequestFilterFields::toMap(filter)))
                       .toJson(QJsonDocument::Compact)
                       .constData());
}

} // namespace Masar

namespace {

using Info = RequestFilterFieldInfo;

// One row a condition of the filter.
void fieldRows()
{
    QTest::addColumn<RequestFilterField>("field");
    for (const Info& row : RequestFilterFields::all()) {
        QTest::newRow(row.key) << row.field;
    }
}

// A filter's option on masar-cli's command line: "--name value", or "--name" for a flag.
QStringList optionOf(const RequestFilter& filter, RequestFilterField field)
{
    const Info& row = RequestFilterFields::info(field);
    const QVariant value = RequestFilterFields::value(filter, field);
    const QString option = QStringLiteral("--") + QLatin1String(row.option);
    if (row.kind == Info::Kind::Flag) {
        return {option};
    }
    return {option,
            row.kind == Info::Kind::CodeSet ? value.toStringList().join(QLatin1Char(',')) : value.toString()};
}

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The commands of masar-cli that take a filter, and how to run each: the
// arguments after the command's name ("OUT": a file to write).
const QMap<QString, QStringList> filterCommands = {
    {QStringLiteral("list"), {QStringLiteral("--format"), QStringLiteral("json")}},
    {QStringLiteral("export"), {QStringLiteral("--format"), QStringLiteral("json")}},
    {QStringLiteral("report"), {QStringLiteral("status"), QStringLiteral("-o"), QStringLiteral("OUT")}},
};

} // namespace

class TestRequestFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableNamesEachConditionOnce();
    void holdsOnlyItsCondition_data() { fieldRows(); }
    void holdsOnlyItsCondition();
    void selectsWhatItMeans_data() { fieldRows(); }
    void selectsWhatItMeans();
    void isWorded_data() { fieldRows(); }
    void isWorded();
    void comesBackFromTheDashboardJson_data() { fieldRows(); }
    void comesBackFromTheDashboardJson();
    void comesBackFromTheBarAndItsSettings_data() { fieldRows(); }
    void comesBackFromTheBarAndItsSettings();
    void everyConditionTogether();
    void readsTheSettingsOfTheOlderBar();
    void refusesValuesItDoesNotTake_data();
    void refusesValuesItDoesNotTake();
    void everyFilterCommandIsKnown();
    void isAnOptionOfEveryFilterCommand_data();
    void isAnOptionOfEveryFilterCommand();

private:
    // The references of the requests the model lists for a filter.
    QSet<QString> listed(const RequestFilter& filter);
    // The filter, as the bar shows it, saved in the settings, read back into another bar.
    RequestFilter throughTheSettings(const RequestFilter& filter);

    TestDatabase m_t;
    QDate m_today;
    std::vector<Request> m_all; // every request, with its history and persons
    std::vector<User> m_users;
};

void TestRequestFilter::initTestCase()
{
    const Status filled = fillDashboardRegister(m_t);
    QVERIFY2(filled.ok(), qPrintable(filled.fullText()));
    m_today = m_t.clock().today();
    Result<std::vector<Request>> all
        = RequestReader(m_t.db()).list(RequestFilter(), RequestReader::Detail::Full);
    QVERIFY2(all, qPrintable(all.error().fullText()));
    m_all = all.take();
    Result<std::vector<User>> users = Users(m_t.db()).list();
    QVERIFY2(users, qPrintable(users.error().fullText()));
    m_users = users.take();
}

QSet<QString> TestRequestFilter::listed(const RequestFilter& filter)
{
    Result<std::vector<Request>> requests = RequestReader(m_t.db()).list(filter);
    if (!requests) {
        qWarning().noquote() << requests.error().fullText();
        return {QStringLiteral("<failed>")};
    }
    QSet<QString> references;
    for (const Request& r : *requests) {
        references.insert(r.reference);
    }
    return references;
}

void TestRequestFilter::tableNamesEachConditionOnce()
{
    QSet<QString> keys;
    QSet<QString> options;
    int index = 0;
    for (const Info& row : RequestFilterFields::all()) {
        QCOMPARE(int(row.field), index++);
        QCOMPARE(&RequestFilterFields::info(row.field), &row);
        keys.insert(QLatin1String(row.key));
        options.insert(QLatin1String(row.option));
        QCOMPARE(RequestFilterFields::fromKey(QLatin1String(row.key)), std::optional(row.field));
        QVERIFY(!RequestFilterFields::help(row.field).isEmpty());
        // A value in the option's help exactly when the option takes one.
        QCOMPARE(row.valueName == nullptr, row.kind == Info::Kind::Flag);
        const bool coded = row.kind == Info::Kind::Code || row.kind == Info::Kind::CodeSet;
        QCOMPARE(RequestFilterFields::codes(row.field) != nullptr, coded);
    }
    QCOMPARE(int(keys.size()), index);
    QCOMPARE(int(options.size()), index);
    // The keys of the dashboard's JSON, version 1, written here: they may be
    // added to, never renamed (and the options are older than the table).
    for (const char* key : {"direction", "states", "open_only", "country", "partner_country", "assignee",
                            "unassigned", "priority", "find", "deadline_from", "deadline_until",
                            "opened_from", "opened_until", "not_sent", "took_step"}) {
        QVERIFY2(keys.contains(QLatin1String(key)), key);
    }
    for (const char* option : {"direction", "state", "country", "assignee"}) {
        QVERIFY2(options.contains(QLatin1String(option)), option);
    }
    QVERIFY(!RequestFilterFields::fromKey(QStringLiteral("mine")));
}

void TestRequestFilter::holdsOnlyItsCondition()
{
    QFETCH(RequestFilterField, field);
    const RequestFilter f = sampleFilter(field, m_today);
    for (const Info& row : RequestFilterFields::all()) {
        QCOMPARE(f.has(row.field), row.field == field);
        QCOMPARE(RequestFilterFields::value(f, row.field).isNull(), row.field != field);
    }
    QVERIFY(!f.isEmpty());
    QVERIFY(f != RequestFilter());
    QVERIFY(RequestFilter() != f);
    QCOMPARE(f, sampleFilter(field, m_today));
    RequestFilter cleared = f;
    cleared.clear(field);
    QVERIFY(cleared.isEmpty());
    QCOMPARE(cleared, RequestFilter());
    RequestFilter copied;
    RequestFilterFields::copy(field, f, &copied);
    QCOMPARE(copied, f);
}

void TestRequestFilter::selectsWhatItMeans()
{
    QFETCH(RequestFilterField, field);
    QSet<QString> meant;
    for (const Request& r : m_all) {
        if (meetsSample(field, r, m_today)) {
            meant.insert(r.reference);
        }
    }
    // Some requests and not all: the condition is applied, and applied as meant.
    QVERIFY(!meant.isEmpty());
    QVERIFY(meant.size() < qsizetype(m_all.size()));
    QCOMPARE(listed(sampleFilter(field, m_today)), meant);
    QCOMPARE(listed(RequestFilter()).size(), qsizetype(m_all.size()));
}

void TestRequestFilter::isWorded()
{
    QFETCH(RequestFilterField, field);
    const QStringList words = RequestFilterText::conditions(sampleFilter(field, m_today), dateText);
    QCOMPARE(words.size(), 1);
    QVERIFY(!words.first().trimmed().isEmpty());
    QVERIFY(RequestFilterText::conditions(RequestFilter(), dateText).isEmpty());
}

void TestRequestFilter::comesBackFromTheDashboardJson()
{
    QFETCH(RequestFilterField, field);
    const RequestFilter f = sampleFilter(field, m_today);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter json(&buffer);
    RequestFilterFields::writeJson(json, f);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    QVERIFY2(document.isObject(), qPrintable(error.errorString()));
    QCOMPARE(document.object().keys(), QStringList {QLatin1String(RequestFilterFields::info(field).key)});
    QStringList problems;
    QCOMPARE(RequestFilterFields::fromMap(document.object().toVariantMap(), &problems), f);
    QCOMPARE(problems, QStringList());
}

RequestFilter TestRequestFilter::throughTheSettings(const RequestFilter& filter)
{
    RequestFilterBar bar(QStringLiteral("officer"), m_t.clock());
    bar.setUsers(m_users);
    bar.setFilter(filter);
    // The bar shows it: by its choices, the rest said beside them.
    if (bar.filter() != filter) {
        qWarning("the bar does not show the filter it was given");
        return bar.filter();
    }
    auto* more = bar.findChild<QLabel*>(QStringLiteral("moreFilterLabel"));
    if (more->isVisibleTo(&bar) && !more->text().startsWith(QLatin1String("Also: "))) {
        qWarning().noquote() << "the conditions beside the choices are not said:" << more->text();
        return RequestFilter();
    }

    // As the main window saves it (QSettings), read back from another file
    // of the same content, so that nothing comes from the settings' cache.
    QTemporaryDir dir;
    const QString written = dir.filePath(QStringLiteral("written.ini"));
    const QString read = dir.filePath(QStringLiteral("read.ini"));
    {
        QSettings settings(written, QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/filter"), bar.state());
    }
    QFile::copy(written, read);
    const QVariantMap state
        = QSettings(read, QSettings::IniFormat).value(QStringLiteral("window/filter")).toMap();
    RequestFilterBar again(QStringLiteral("officer"), m_t.clock());
    again.setUsers(m_users);
    again.restoreState(state);
    return again.filter();
}

void TestRequestFilter::comesBackFromTheBarAndItsSettings()
{
    QFETCH(RequestFilterField, field);
    const RequestFilter f = sampleFilter(field, m_today);
    QCOMPARE(throughTheSettings(f), f);
}

void TestRequestFilter::everyConditionTogether()
{
    RequestFilter all;
    for (const Info& row : RequestFilterFields::all()) {
        RequestFilterFields::copy(row.field, sampleFilter(row.field, m_today), &all);
    }
    for (const Info& row : RequestFilterFields::all()) {
        QVERIFY(all.has(row.field));
    }
    // Each range of days is one condition in words.
    QCOMPARE(RequestFilterText::conditions(all, dateText).size(), int(RequestFilterFields::all().size()) - 2);
    QCOMPARE(throughTheSettings(all), all);
    QStringList problems;
    QCOMPARE(RequestFilterFields::fromMap(RequestFilterFields::toMap(all), &problems), all);
    QCOMPARE(problems, QStringList());
}

void TestRequestFilter::readsTheSettingsOfTheOlderBar()
{
    // Saved by the bar before it saved a filter's conditions: its choices' items.
    RequestFilterBar bar(QStringLiteral("officer"), m_t.clock());
    bar.setUsers(m_users);
    bar.restoreState({{QStringLiteral("direction"), QStringLiteral("incoming")},
                      {QStringLiteral("state"), QStringLiteral("group:open")},
                      {QStringLiteral("country"), QStringLiteral("MA")},
                      {QStringLiteral("priority"), QString()},
                      {QStringLiteral("assignee"), QString()},
                      {QStringLiteral("mine"), true},
                      {QStringLiteral("deadline"), QStringLiteral("overdue")},
                      {QStringLiteral("find"), QStringLiteral("Rabat")}});
    RequestFilter expected;
    expected.direction = Direction::Incoming;
    expected.openOnly = true;
    expected.country = QStringLiteral("MA");
    expected.assignee = QStringLiteral("officer");
    expected.setOverdue(m_today);
    expected.text = QStringLiteral("Rabat");
    QCOMPARE(bar.filter(), expected);
}

void TestRequestFilter::refusesValuesItDoesNotTake_data()
{
    QTest::addColumn<RequestFilterField>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("direction") << RequestFilterField::Direction << QVariant(QStringLiteral("sideways"))
                               << str("“sideways” is not one of: incoming, outgoing.");
    QTest::newRow("a state among others")
        << RequestFilterField::States << QVariant(strs({"received", "dreaming"})) << str("“dreaming”");
    QTest::newRow("country") << RequestFilterField::PartnerCountry << QVariant(QStringLiteral("Tunisia"))
                             << str("“Tunisia” is not an ISO 3166-1 country code.");
    QTest::newRow("priority") << RequestFilterField::Priority << QVariant(QStringLiteral("lukewarm"))
                              << str("“lukewarm”");
    QTest::newRow("no such day") << RequestFilterField::OpenedUntil << QVariant(QStringLiteral("2026-02-30"))
                                 << str("“2026-02-30” is not a date of the form YYYY-MM-DD.");
    QTest::newRow("a day written otherwise")
        << RequestFilterField::DeadlineFrom << QVariant(QStringLiteral("02/03/2026")) << str("“02/03/2026”");
    QTest::newRow("step") << RequestFilterField::TookStep << QVariant(QStringLiteral("dance"))
                          << str("“dance”");
    QTest::newRow("flag") << RequestFilterField::NotSent << QVariant(QStringLiteral("perhaps"))
                          << str("“perhaps” is neither true nor false.");
    QTest::newRow("not text") << RequestFilterField::Assignee
                              << QVariant(QVariantMap {{QStringLiteral("a"), 1}}) << str("wrong type");
}

void TestRequestFilter::refusesValuesItDoesNotTake()
{
    QFETCH(RequestFilterField, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    // The filter keeps what it had.
    RequestFilter f = sampleFilter(field, m_today);
    const Status status = RequestFilterFields::setValue(&f, field, value);
    QCOMPARE(status.kind(), Error::Kind::Invalid);
    QVERIFY_CONTAINS(status.message(), message);
    QCOMPARE(f, sampleFilter(field, m_today));
    // Read from a map: left out, its problem named by its key.
    QStringList problems;
    const RequestFilter read
        = RequestFilterFields::fromMap({{QLatin1String(RequestFilterFields::info(field).key), value},
                                        {QStringLiteral("find"), QStringLiteral("x")}},
                                       &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().startsWith(QLatin1String(RequestFilterFields::info(field).key)));
    QVERIFY(!read.has(field));
    QCOMPARE(read.text, QStringLiteral("x"));
    // On the command line: a usage error that names the option.
    if (value.typeId() == QMetaType::QString && RequestFilterFields::info(field).valueName) {
        const CliRun run
            = runCli({QStringLiteral("--db"), m_t.path(), QStringLiteral("--as"), QStringLiteral("clerk"),
                      QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("list"),
                      QStringLiteral("--") + QLatin1String(RequestFilterFields::info(field).option),
                      value.toString()});
        QCOMPARE_EXIT(run, 1);
        QVERIFY_CONTAINS(
            run.err, QStringLiteral("--%1: ").arg(QLatin1String(RequestFilterFields::info(field).option)));
        QVERIFY_CONTAINS(run.err, message);
        QCOMPARE(run.out, QString());
    }
}

void TestRequestFilter::everyFilterCommandIsKnown()
{
    // The commands whose options include the filter's: each has all of them,
    // and each is run by isAnOptionOfEveryFilterCommand.
    const CliRun help = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QCOMPARE_EXIT(help, 0);
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+(?:-[a-z]+)*)\\b"),
                                                QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(help.out); it.hasNext();) {
        commands << it.next().captured(1);
    }
    QVERIFY(commands.size() >= 10);
    QStringList taking;
    for (const QString& command : commands) {
        const CliRun options
            = runCli({QStringLiteral("--lang"), QStringLiteral("en"), command, QStringLiteral("--help")});
        QCOMPARE_EXIT(options, 0);
        int found = 0;
        for (const Info& row : RequestFilterFields::all()) {
            found += options.out.contains(QStringLiteral("--%1 ").arg(QLatin1String(row.option))) ? 1 : 0;
        }
        // --direction, --country, --assignee and --priority are options of other commands too.
        if (found > 4) {
            QVERIFY2(found == int(RequestFilterFields::all().size()), qPrintable(command));
            taking << command;
        }
    }
    taking.sort();
    QCOMPARE(taking, QStringList(filterCommands.keys()));
}

void TestRequestFilter::isAnOptionOfEveryFilterCommand_data()
{
    QTest::addColumn<RequestFilterField>("field");
    QTest::addColumn<QString>("command");
    for (const QString& command : filterCommands.keys()) {
        for (const Info& row : RequestFilterFields::all()) {
            QTest::addRow("%s --%s", qPrintable(command), row.option) << row.field << command;
        }
    }
}

void TestRequestFilter::isAnOptionOfEveryFilterCommand()
{
    QFETCH(RequestFilterField, field);
    QFETCH(QString, command);
    const RequestFilter f = sampleFilter(field, m_today);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("report.csv"));
    const CliRun run = runCli(
        QStringList {QStringLiteral("--db"), m_t.path(), QStringLiteral("--as"), QStringLiteral("supervisor"),
                     QStringLiteral("--lang"), QStringLiteral("en"), command}
        + replaced(filterCommands.value(command), QStringLiteral("OUT"), out) + optionOf(f, field));
    QCOMPARE_EXIT(run, 0);
    QSet<QString> references;
    if (command == QLatin1String("report")) {
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Result<std::vector<Csv::Row>> rows = Csv::parse(file.readAll());
        QVERIFY2(rows, qPrintable(rows.error().fullText()));
        QCOMPARE(rows->front().cells.value(1), QStringLiteral("Reference"));
        for (std::size_t i = 1; i < rows->size(); ++i) {
            references.insert(rows->at(i).cells.value(1));
        }
    } else {
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
        const QJsonArray requests = command == QLatin1String("list")
            ? document.array()
            : document.object().value(QStringLiteral("requests")).toArray();
        for (const QJsonValue& request : requests) {
            references.insert(request.toObject().value(QStringLiteral("reference")).toString());
        }
    }
    QCOMPARE(references, listed(f));
}

QTEST_MAIN(TestRequestFilter)
#include "tst_requestfilter.moc"
