// masar-benchmark: how the list of requests and the dashboard behave on a register of a
// million requests, against the sqlite3 shell running the same SQL on the
// same file; with --import, how long importing a JSON file of requests
// takes, against the shell inserting the same rows; with --reports, how long
// printing a status report of every request of a smaller register takes.
// Not a test: it asserts nothing about time. See docs/performance.md.
#include "DashboardBench.h"
#include "Generator.h"
#include "ImportBench.h"
#include "ListBench.h"
#include "Report.h"
#include "ReportBench.h"
#include "RowMaker.h"
#include "SqliteShell.h"
#include "services/Dashboard.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <sys/resource.h>

using namespace Masar;
using namespace Masar::Benchmark;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "masar-benchmark: " << message << Qt::endl;
    return 1;
}

qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

qint64 fileBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// Reads a file to the end, so that the system keeps it in its cache.
bool readThrough(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (file.read(buffer.data(), buffer.size()) > 0) { }
    return true;
}

// Makes the register in this process (--generate-only).
int generateOnly(const QString& path, qint64 count)
{
    out() << "Generating " << count << " requests in " << QDir::toNativeSeparators(path) << Qt::endl;
    Generator generator(path, count);
    Result<Generated> generated
        = generator.run([count](qint64 done) { out() << "  " << done << " of " << count << Qt::endl; });
    if (!generated) {
        return fail(generated.error().fullText());
    }
    if (generated->reused) {
        out() << "The register already has " << count << " requests: reused." << Qt::endl;
        return 0;
    }
    out() << "Generated " << generated->requests << " requests and " << generated->persons << " persons in "
          << QString::number(generated->seconds, 'f', 1) << " s; file " << fileBytes(path) << " bytes"
          << Qt::endl;
    out() << "generation-seconds=" << generated->seconds << Qt::endl;
    return 0;
}

// Makes the register in a child process, so that this one's peak memory is
// the list's alone. Returns the generation's time, or "reused".
Result<QString> ensureRegister(const QString& path, qint64 count)
{
    if (QFileInfo::exists(path)) {
        Result<qint64> existing = Generator::existingCount(path);
        if (existing && *existing == count) {
            out() << "Reusing " << QDir::toNativeSeparators(path) << " (" << count << " requests)"
                  << Qt::endl;
            return QStringLiteral("reused (made by an earlier run)");
        }
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--db"), path, QStringLiteral("--generate"), QString::number(count),
                 QStringLiteral("--generate-only")});
    if (!child.waitForStarted(30000)) {
        return Error::storage(QStringLiteral("cannot start the generator: %1").arg(child.errorString()));
    }
    QString seconds;
    static const QRegularExpression secondsLine(QStringLiteral("^generation-seconds=([0-9.]+)"));
    while (child.state() != QProcess::NotRunning || child.canReadLine()) {
        if (!child.canReadLine()) {
            child.waitForReadyRead(1000);
            continue;
        }
        const QString line = QString::fromUtf8(child.readLine()).trimmed();
        const QRegularExpressionMatch match = secondsLine.match(line);
        if (match.hasMatch()) {
            seconds = match.captured(1);
        } else {
            out() << line << Qt::endl;
        }
    }
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        return Error::storage(QStringLiteral("generating the register failed"));
    }
    return seconds.isEmpty() ? QStringLiteral("reused")
                             : QStringLiteral("%1 s").arg(QString::number(seconds.toDouble(), 'f', 1));
}

// --import: importing a JSON file of `count` requests into an empty
// register, in this process, against the sqlite3 shell; the files beside `path`.
int measureImport(const QString& path, qint64 count, int runs, const QString& sqlite3, const QString& output,
                  bool verbose)
{
    Setting setting;
    setting.date = QDateTime::currentDateTime().toString(Qt::ISODate);
    Report::describeMachine(&setting);
    setting.qt = QString::fromLatin1(qVersion());
    setting.runs = runs;
    setting.requests = count;
    SqliteShell shell(sqlite3, path);
    Result<QString> shellVersion = shell.version();
    if (!shellVersion) {
        return fail(shellVersion.error().message());
    }
    setting.sqliteShell = shellVersion->section(QLatin1Char(' '), 0, 0);
    ImportBench bench(QFileInfo(path).absolutePath(), count, runs, sqlite3);
    setting.generation
        = QFileInfo::exists(bench.filePath()) ? QStringLiteral("reused") : QStringLiteral("now");
    Result<QString> file = bench.prepare();
    if (!file) {
        return fail(file.error().fullText());
    }
    setting.database = QDir::toNativeSeparators(*file);
    setting.fileBytes = bench.fileBytes();
    out() << "Measuring the import of " << count << " requests, " << runs << " runs" << Qt::endl;
    setting.loadBefore = Report::loadAverage();
    Result<std::vector<ResultLine>> lines = bench.run();
    if (!lines) {
        return fail(lines.error().fullText());
    }
    setting.loadAfter = Report::loadAverage();
    setting.peakRssKb = peakRssKb();
    if (verbose) {
        const char* const names[]
            = {"read", "import", "end to end", "sqlite3", "Masar processor", "sqlite3 processor"};
        for (std::size_t i = 0; i < bench.runTimes().size(); ++i) {
            out() << "    " << names[i] << " runs (ms):";
            for (double ms : bench.runTimes()[i]) {
                out() << ' ' << QString::number(ms, 'f', 1);
            }
            out() << Qt::endl;
        }
    }
    out() << Qt::endl << Report::importText(setting, *lines);
    if (!output.isEmpty()) {
        QFile md(output);
        if (!md.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            return fail(QStringLiteral("cannot write %1: %2").arg(md.fileName(), md.errorString()));
        }
        md.write(Report::importMarkdown(setting, *lines).toUtf8());
        out() << "Written " << QDir::toNativeSeparators(md.fileName()) << Qt::endl;
    }
    return 0;
}

// Masar's side of an operation against the sqlite3 shell's, run at once
// after it so that both see the machine in the same state.
Result<ResultLine> compare(const Measured& m, const SqliteShell& shell, bool verbose)
{
    ResultLine line;
    line.group = m.group;
    line.name = m.name;
    line.rows = m.rows;
    line.masarMs = Report::median(m.masarMs);
    auto print = [](const char* side, const std::vector<double>& times) {
        out() << "    " << side << " runs (ms):";
        for (double ms : times) {
            out() << ' ' << QString::number(ms, 'f', 2);
        }
        out() << Qt::endl;
    };
    if (verbose) {
        print("Masar", m.masarMs);
    }
    if (m.shellRuns.empty()) {
        return line;
    }
    Result<ShellTimes> times = shell.time(m.shellRuns, m.reopen);
    if (!times) {
        return times.error();
    }
    line.shellMs = Report::median(times->ms);
    line.shellRepeats = times->repeats;
    if (verbose) {
        print("sqlite3", times->ms);
    }
    if (!m.counted.sql.isEmpty()) {
        Result<qint64> rows = shell.count(m.counted);
        if (!rows) {
            return rows.error();
        }
        line.shellRows = *rows;
    }
    return line;
}

// The list, once open: jumping, sorting, filters and quick finds.
Status measureList(ListBench& bench, const std::function<Status(Result<Measured>)>& add)
{
    if (Status s = add(bench.jump(QStringLiteral("middle"), 0.5, 0.2)); !s.ok()) {
        return s;
    }
    if (Status s = add(bench.jump(QStringLiteral("near the end"), 0.99, 0.02)); !s.ok()) {
        return s;
    }
    if (Status s = add(bench.repaintOnly()); !s.ok()) {
        return s;
    }
    for (RequestList::Column column : {RequestList::Column::Reference, RequestList::Column::RequestingCountry,
                                       RequestList::Column::State, RequestList::Column::Assignee,
                                       RequestList::Column::ReceivedOn, RequestList::Column::NextDeadline}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            if (Status s = add(bench.sort(column, order)); !s.ok()) {
                return s;
            }
        }
    }
    struct Named
    {
        const char* group;
        const char* name;
        RequestFilter filter;
    };
    std::vector<Named> filters;
    RequestFilter f;
    f.states = {State::InExecution};
    filters.push_back({"filter", "state = in_execution", f});
    f = RequestFilter();
    f.country = QStringLiteral("TN");
    filters.push_back({"filter", "country = TN", f});
    f = RequestFilter();
    f.assignee = QStringLiteral("n.benali");
    filters.push_back({"filter", "assignee = n.benali", f});
    f = RequestFilter();
    f.priority = QStringLiteral("urgent");
    filters.push_back({"filter", "priority = urgent", f});
    f = RequestFilter();
    f.openOnly = true;
    f.direction = Direction::Incoming;
    filters.push_back({"filter", "open + incoming", f});
    // As of the register's today, as the filter bar's deadline box asks.
    f = RequestFilter();
    f.setOverdue(RowMaker::today());
    filters.push_back({"filter", "deadline: overdue", f});
    f = RequestFilter();
    f.setDueWithin(7, RowMaker::today());
    filters.push_back({"filter", "deadline: due within 7 days", f});
    const std::pair<const char*, const char*> finds[] = {
        {"reference prefix \"IN-2019-01\"", "IN-2019-01"},
        {"common word, French \"financement\"", "financement"},
        {"common word, Arabic \"تمويل\"", "تمويل"},
        {"rare name, Latin \"Ghazouani\"", "Ghazouani"},
        {"rare name, Arabic \"الغزواني\"", "الغزواني"},
    };
    for (const auto& [name, text] : finds) {
        f = RequestFilter();
        f.text = QString::fromUtf8(text);
        filters.push_back({"quick-find", name, f});
    }
    for (const Named& named : filters) {
        if (Status s
            = add(bench.filter(QString::fromUtf8(named.group), QString::fromUtf8(named.name), named.filter));
            !s.ok()) {
            return s;
        }
    }
    return Status();
}

// The operations, in the order they run; `record` takes each as it is measured.
// With `dashboardOnly`, the dashboard and the lists behind it alone.
Status measure(ListBench& bench, DashboardBench& dashboard,
               const std::function<Status(const Measured&)>& record, bool dashboardOnly)
{
    auto add = [&record](Result<Measured> m) -> Status {
        if (!m) {
            return m.error();
        }
        out() << "  " << m->group << ": " << m->name << Qt::endl;
        return record(*m);
    };
    // The window is opened in any case: the lists behind the dashboard's numbers are shown in it.
    if (Status s = add(bench.openToFirstPaint()); !s.ok()) {
        return s;
    }
    if (!dashboardOnly) {
        if (Status s = measureList(bench, add); !s.ok()) {
            return s;
        }
    }
    // The dashboard: every figure, each statement, then the lists behind a
    // few numbers as a click on them shows them.
    for (int days : {Dashboard::defaultAtRiskDays, 30}) {
        if (Status s = add(dashboard.figures(days)); !s.ok()) {
            return s;
        }
    }
    for (int i = 0; i < int(Dashboard::statements(QDate(), 0, SqlDialect::sqlite()).size()); ++i) {
        if (Status s = add(dashboard.statement(i, Dashboard::defaultAtRiskDays)); !s.ok()) {
            return s;
        }
    }
    if (Status s = add(dashboard.figures(Dashboard::defaultAtRiskDays)); !s.ok()) {
        return s;
    }
    const DashboardFigures& figures = dashboard.lastFigures();
    std::vector<std::pair<QString, RequestFilter>> lists = {
        {QStringLiteral("overdue, all"), figures.allDeadlines.overdue.filter},
        {QStringLiteral("open over 180 days"),
         figures.ageing[std::size_t(DashboardFigures::Age::Over180Days)].both.filter},
        {QStringLiteral("outgoing not sent"),
         figures.ageing[std::size_t(DashboardFigures::Age::NotSent)].outgoing.filter},
    };
    if (!figures.byPartner.empty()) {
        lists.emplace_back(QStringLiteral("due soon, partner %1").arg(figures.byPartner.front().key),
                           figures.byPartner.front().dueSoon.filter);
    }
    if (!figures.byAssignee.empty()) {
        lists.emplace_back(QStringLiteral("overdue, most overdue assignee"),
                           figures.byAssignee.front().overdue.filter);
    }
    if (!figures.turnaround.empty()) {
        lists.emplace_back(QStringLiteral("results sent, partner %1").arg(figures.turnaround.front().country),
                           figures.turnaround.front().requests.filter);
    }
    for (const auto& [name, filter] : lists) {
        if (Status s = add(bench.filter(QStringLiteral("dashboard list"), name, filter)); !s.ok()) {
            return s;
        }
    }
    return Status();
}

// The register of `count` requests for --reports: `path` itself for one
// size, "masar-5000.sqlite" beside it for several.
QString registerFor(const QString& path, qint64 count, bool several)
{
    if (!several) {
        return path;
    }
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("sqlite") : info.suffix();
    return info.dir().filePath(
        QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(count).arg(suffix));
}

// Printing on one register, in this process: its lines and end-to-end times added.
Result<QString> measurePrintingOn(const QString& path, qint64 count, int runs, const QStringList& languages,
                                  bool withSummary, bool verbose,
                                  std::vector<ReportBench::EndToEnd>* endToEnd)
{
    Setting setting;
    setting.date = QDateTime::currentDateTime().toString(Qt::ISODate);
    Report::describeMachine(&setting);
    setting.qt = QString::fromLatin1(qVersion());
    setting.database = QDir::toNativeSeparators(path);
    setting.runs = runs;
    Result<QString> generation = ensureRegister(path, count);
    if (!generation) {
        return generation.error();
    }
    setting.generation = *generation;
    setting.requests = count;
    setting.fileBytes = fileBytes(path);
    if (!readThrough(path) || !readThrough(path + QStringLiteral("-wal"))) {
        return Error::storage(QStringLiteral("cannot read %1").arg(QDir::toNativeSeparators(path)));
    }
    out() << "Measuring printing on " << count << " requests, " << runs << " runs of each operation"
          << Qt::endl;
    setting.loadBefore = Report::loadAverage();
    ReportBench bench(path, runs, languages);
    Result<std::vector<ResultLine>> lines = bench.run(withSummary);
    if (!lines) {
        return lines.error();
    }
    if (verbose) {
        for (std::size_t i = 0; i < lines->size(); ++i) {
            out() << "  " << lines->at(i).group << ": " << lines->at(i).name << Qt::endl << "    runs (ms):";
            for (double ms : bench.runTimes().at(i)) {
                out() << ' ' << QString::number(ms, 'f', 2);
            }
            out() << Qt::endl;
        }
    }
    setting.loadAfter = Report::loadAverage();
    setting.peakRssKb = peakRssKb();
    out() << Qt::endl << Report::printingText(setting, *lines) << Qt::endl;
    endToEnd->insert(endToEnd->end(), bench.endToEnd().begin(), bench.endToEnd().end());
    return Report::printingMarkdown(setting, *lines);
}

// --reports: printing on registers of each size, in this process, then the
// end-to-end times side by side.
int measurePrinting(const QString& path, const std::vector<qint64>& sizes, int runs,
                    const QStringList& languages, const QString& output, bool verbose)
{
    std::vector<ReportBench::EndToEnd> endToEnd;
    QString markdown;
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        // The status summary once, on the first register: it reads one request.
        Result<QString> measured = measurePrintingOn(registerFor(path, sizes[i], sizes.size() > 1), sizes[i],
                                                     runs, languages, i == 0, verbose, &endToEnd);
        if (!measured) {
            return fail(measured.error().fullText());
        }
        markdown += *measured + QLatin1Char('\n');
    }
    out() << ReportBench::linearityText(endToEnd);
    if (!output.isEmpty()) {
        QFile file(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        file.write((markdown + ReportBench::linearityMarkdown(endToEnd)).toUtf8());
        out() << "Written " << QDir::toNativeSeparators(file.fileName()) << Qt::endl;
    }
    return 0;
}

// "1000,5000,10000": the sizes of --sizes; empty when one is not a number.
std::vector<qint64> sizesOf(const QString& list)
{
    std::vector<qint64> sizes;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 size = item.trimmed().toLongLong(&ok);
        if (!ok || size < 1) {
            return {};
        }
        sizes.push_back(size);
    }
    return sizes;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("masar-benchmark"));
    // The window's remembered size, columns and filter stay out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    // Names sort the same on every machine.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the list of requests and the dashboard on a "
                                                    "large generated register against the sqlite3 shell."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The register to generate or reuse (required)."),
         QStringLiteral("path")},
        {QStringLiteral("generate"), QStringLiteral("Number of requests (default 1000000)."),
         QStringLiteral("n"), QStringLiteral("1000000")},
        {QStringLiteral("dashboard"),
         QStringLiteral("Measure the dashboard alone (and the lists behind its numbers), not the list.")},
        {QStringLiteral("import"),
         QStringLiteral("Measure importing only: a JSON file of requests (10000 unless --generate says "
                        "otherwise), made beside --db, into a fresh empty register beside it, against the "
                        "sqlite3 shell inserting the same rows.")},
        {QStringLiteral("runs"), QStringLiteral("Runs of each operation (default 5)."), QStringLiteral("k"),
         QStringLiteral("5")},
        {QStringLiteral("output"), QStringLiteral("Also write the results as Markdown to this file."),
         QStringLiteral("file.md")},
        {QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default sqlite3)."),
         QStringLiteral("program"), QStringLiteral("sqlite3")},
        {QStringLiteral("generate-only"), QStringLiteral("Only make the register, then stop.")},
        {QStringLiteral("verbose"), QStringLiteral("Also print the time of every run.")},
        {QStringLiteral("reports"),
         QStringLiteral("Measure printing only: the status report of every request (read, build, HTML, "
                        "PDF) and a status summary, in each of --languages; no sqlite3 shell. The register "
                        "has 1000 requests unless --generate or --sizes says otherwise.")},
        {QStringLiteral("sizes"),
         QStringLiteral("With --reports: registers of these sizes, one after the other (1000,5000,10000); "
                        "with more than one, the register of N requests is --db's name with -N before "
                        "its suffix (masar.sqlite: masar-5000.sqlite)."),
         QStringLiteral("n,n...")},
        {QStringLiteral("languages"),
         QStringLiteral("With --reports: the languages of the documents (default ar,fr,en)."),
         QStringLiteral("codes"), QStringLiteral("ar,fr,en")},
    });
    parser.process(app);
    const QString path = QFileInfo(parser.value(QStringLiteral("db"))).absoluteFilePath();
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        return fail(QStringLiteral("--db is required"));
    }
    bool ok = false;
    // --reports prints every request of the register: a thousand unless told.
    const bool reports = parser.isSet(QStringLiteral("reports"));
    const QString generate = reports && !parser.isSet(QStringLiteral("generate"))
        ? QStringLiteral("1000")
        : parser.value(QStringLiteral("generate"));
    const qint64 count = generate.toLongLong(&ok);
    if (!ok || count < 1) {
        return fail(QStringLiteral("--generate takes a number of requests"));
    }
    const int runs = parser.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || runs < 1) {
        return fail(QStringLiteral("--runs takes a number of runs"));
    }
    if (parser.isSet(QStringLiteral("generate-only"))) {
        return generateOnly(path, count);
    }
    if (parser.isSet(QStringLiteral("import"))) {
        return measureImport(path, parser.isSet(QStringLiteral("generate")) ? count : 10000, runs,
                             parser.value(QStringLiteral("sqlite3")), parser.value(QStringLiteral("output")),
                             parser.isSet(QStringLiteral("verbose")));
    }
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (reports) {
        std::vector<qint64> sizes {count};
        if (parser.isSet(QStringLiteral("sizes"))) {
            sizes = sizesOf(parser.value(QStringLiteral("sizes")));
            if (sizes.empty()) {
                return fail(QStringLiteral("--sizes takes numbers of requests: 1000,5000,10000"));
            }
        }
        const QStringList languages
            = parser.value(QStringLiteral("languages")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (languages.isEmpty()) {
            return fail(QStringLiteral("--languages takes language codes: ar,fr,en"));
        }
        return measurePrinting(path, sizes, runs, languages, parser.value(QStringLiteral("output")), verbose);
    }

    Setting setting;
    setting.date = QDateTime::currentDateTime().toString(Qt::ISODate);
    Report::describeMachine(&setting);
    setting.qt = QString::fromLatin1(qVersion());
    setting.database = QDir::toNativeSeparators(path);
    setting.runs = runs;
    SqliteShell shell(parser.value(QStringLiteral("sqlite3")), path);
    Result<QString> shellVersion = shell.version();
    if (!shellVersion) {
        return fail(shellVersion.error().message());
    }
    setting.sqliteShell = shellVersion->section(QLatin1Char(' '), 0, 0);

    Result<QString> generation = ensureRegister(path, count);
    if (!generation) {
        return fail(generation.error().message());
    }
    setting.generation = *generation;
    setting.requests = count;
    setting.fileBytes = fileBytes(path);

    // Both sides run on a warm cache: the whole file read once.
    if (!readThrough(path) || !readThrough(path + QStringLiteral("-wal"))) {
        return fail(QStringLiteral("cannot read %1").arg(QDir::toNativeSeparators(path)));
    }
    out() << "Measuring Masar, then the sqlite3 shell, " << runs << " runs of each operation" << Qt::endl;
    setting.loadBefore = Report::loadAverage();
    setting.startRssKb = peakRssKb();
    ListBench bench(path, runs);
    DashboardBench dashboard(path, runs);
    std::vector<ResultLine> lines;
    const Status measured = measure(
        bench, dashboard,
        [&](const Measured& m) -> Status {
            Result<ResultLine> line = compare(m, shell, verbose);
            if (!line) {
                return line.error();
            }
            lines.push_back(*line);
            return Status();
        },
        parser.isSet(QStringLiteral("dashboard")));
    if (!measured.ok()) {
        return fail(measured.fullText());
    }
    // The shell runs in child processes: this is the GUI part's alone.
    setting.peakRssKb = peakRssKb();
    setting.loadAfter = Report::loadAverage();
    setting.modelBytes = qint64(bench.modelMemory());
    setting.peakModelBytes = qint64(bench.peakModelMemory());
    setting.sqliteLibrary = bench.sqliteVersion();
    setting.persons = [&path] {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::OpenMode::ExistingOnly);
        Result<QSqlQuery> q = db
            ? Sql::exec((*db)->connection(), QStringLiteral("SELECT count(*) FROM persons"))
            : Result<QSqlQuery>(db.error());
        return q && q->next() ? q->value(0).toLongLong() : qint64(-1);
    }();

    out() << Qt::endl << Report::text(setting, lines);
    if (parser.isSet(QStringLiteral("output"))) {
        QFile file(parser.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            return fail(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        }
        file.write(Report::markdown(setting, lines).toUtf8());
        out() << "Written " << QDir::toNativeSeparators(file.fileName()) << Qt::endl;
    }
    return 0;
}
