#include "ImportBench.h"

#include "Generator.h"
#include "Random.h"
#include "RowMaker.h"
#include "SqliteShell.h"
#include "core/Clock.h"
#include "io/RequestJson.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <map>
#include <sys/resource.h>

namespace Masar::Benchmark {

namespace {

// The years the file's requests were received or drafted in.
constexpr int firstYear = 2016;
constexpr int lastYear = 2025;

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The processor time this process has used, user and system, in milliseconds.
double cpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

FixedClock benchmarkClock()
{
    return FixedClock(RowMaker::today().startOfDay(Qt::UTC));
}

// A generated request as the model holds it: one legal basis, one offence,
// one measure and its first person.
Request toRequest(const RequestRow& row)
{
    Request r;
    r.reference = row.reference;
    r.direction = row.direction == QLatin1String("incoming") ? Direction::Incoming : Direction::Outgoing;
    r.state = fromKey<State>(row.state).value_or(State::Closed);
    r.disposition = row.disposition;
    r.foreignReference = row.foreignReference;
    r.requestingCountry = row.requestingCountry;
    r.requestedCountry = row.requestedCountry;
    r.requestingAuthority = row.requestingAuthority;
    r.requestedAuthority = row.requestedAuthority;
    r.executingAuthority = row.executingAuthority;
    r.executingReference = row.executingReference;
    r.eurojustReference = row.eurojustReference;
    r.interpolReference = row.interpolReference;
    r.legalBasis = {row.legalBasis};
    r.legalBasisDetail = row.legalBasisDetail;
    r.channel = row.channel;
    r.priority = row.priority;
    r.urgencyReason = row.urgencyReason;
    r.confidentiality = row.confidentiality;
    r.receivedOn = row.receivedOn;
    r.sentOn = row.sentOn;
    // The day asked for comes after the day the request was opened.
    const QDate opened = r.direction == Direction::Incoming ? r.receivedOn : r.sentOn;
    r.requestedBy = opened.isValid() && row.requestedBy >= opened ? row.requestedBy : QDate();
    r.assignee = QString::fromUtf8(RowMaker::staff()[std::size_t(row.assignee)].name);
    r.summary = row.summary;
    r.offences = {row.offences.first()};
    r.measures = {{row.measureType, row.measureStatus, QString()}};
    const PersonRow& p = row.persons.front();
    r.persons = {{p.name, p.role, p.nationality, p.birthDate}};
    return r;
}

std::vector<User> staffUsers()
{
    std::vector<User> users;
    for (const StaffMember& member : RowMaker::staff()) {
        User user;
        user.name = QString::fromUtf8(member.name);
        user.displayName = QString::fromUtf8(member.displayName);
        user.role = fromKey<Role>(QLatin1String(member.role)).value_or(Role::Clerk);
        user.active = member.lastYear >= RowMaker::lastDay().year();
        users.push_back(user);
    }
    return users;
}

// The requests of the file, in the order of their days.
std::vector<Request> drawRequests(qint64 count)
{
    Random random(Generator::seed + 2);
    RowMaker maker(random);
    const QDate first(firstYear, 1, 1);
    const int days = int(first.daysTo(QDate(lastYear, 12, 31))) + 1;
    std::vector<int> dayNumbers;
    for (qint64 i = 0; i < count; ++i) {
        dayNumbers.push_back(random.below(days));
    }
    std::sort(dayNumbers.begin(), dayNumbers.end());
    std::map<std::pair<bool, int>, int> numbers; // by direction and year
    std::vector<Request> requests;
    for (int day : dayNumbers) {
        const QDate date = first.addDays(day);
        const bool incoming = random.chance(0.62);
        // A third of the rows have persons: drawn again until one has.
        const int number = ++numbers[{incoming, date.year()}];
        RequestRow row;
        do {
            row = maker.make(incoming, date, number);
        } while (row.persons.empty());
        requests.push_back(toRequest(row));
    }
    return requests;
}

// Tables the import writes to and the shell must fill: every table of the
// register but the word index's, which the triggers fill on both sides.
const char* const tablesQuery
    = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'request_search%'"
      " AND name NOT LIKE 'person_search%' ORDER BY rowid";

Result<std::map<QString, qint64>> tableRows(const QString& path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return opened.error();
    }
    const QSqlDatabase db = (*opened)->connection();
    Result<QSqlQuery> tables = Sql::exec(db, QString::fromLatin1(tablesQuery));
    if (!tables) {
        return tables.error();
    }
    std::map<QString, qint64> rows;
    QStringList names;
    while (tables->next()) {
        names << tables->value(0).toString();
    }
    for (const QString& name : names) {
        // The name is one of the register's own tables.
        Result<QSqlQuery> count = Sql::exec(db, QStringLiteral("SELECT count(*) FROM %1").arg(name));
        if (!count || !count->next()) {
            return count ? Error::storage(QStringLiteral("no count of %1").arg(name)) : count.error();
        }
        rows[name] = count->value(0).toLongLong();
    }
    return rows;
}

// The statements that copy the rows an import added to the register
// attached as `src` into the main one, table by table in the order the
// tables were made (so that every row's references exist), on one line.
Result<QString> copyStatements(const QString& empty, const QString& imported)
{
    Result<std::map<QString, qint64>> before = tableRows(empty);
    Result<std::map<QString, qint64>> after = tableRows(imported);
    if (!before || !after) {
        return before ? after.error() : before.error();
    }
    Result<std::unique_ptr<Database>> opened = Database::open(imported, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return opened.error();
    }
    Result<QSqlQuery> tables = Sql::exec((*opened)->connection(), QString::fromLatin1(tablesQuery));
    if (!tables) {
        return tables.error();
    }
    QStringList statements;
    while (tables->next()) {
        const QString table = tables->value(0).toString();
        if (after->at(table) == before->at(table)) {
            continue;
        }
        if (before->at(table) != 0) {
            return Error::invalid(QStringLiteral("the import changed %1, which had rows before").arg(table));
        }
        statements << QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1;").arg(table);
    }
    return statements.join(QLatin1Char(' '));
}

} // namespace

ImportBench::ImportBench(const QString& folder, qint64 count, int runs, const QString& sqlite3)
    : m_folder(folder)
    , m_count(count)
    , m_runs(runs)
    , m_sqlite3(sqlite3)
{
}

QString ImportBench::filePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("masar-import-%1.json").arg(m_count));
}

qint64 ImportBench::fileBytes() const
{
    return QFileInfo(filePath()).size();
}

Result<QString> ImportBench::prepare()
{
    if (QFileInfo::exists(filePath())) {
        return filePath();
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::storage(QStringLiteral("cannot write %1: %2").arg(filePath(), file.errorString()));
    }
    RequestJson::Writer writer(&file);
    writer.begin();
    for (const Request& request : drawRequests(m_count)) {
        writer.write(request);
    }
    const QStringList assignees = writer.assignees();
    std::vector<User> users = staffUsers();
    users.erase(std::remove_if(users.begin(), users.end(),
                               [&assignees](const User& user) { return !assignees.contains(user.name); }),
                users.end());
    writer.end(users);
    if (!file.commit()) {
        return Error::storage(QStringLiteral("cannot write %1: %2").arg(filePath(), file.errorString()));
    }
    return filePath();
}

Result<QString> ImportBench::makeEmptyRegister()
{
    // A new register with the users, closed so that it is one file.
    const QString path = QDir(m_folder).filePath(QStringLiteral("masar-import-empty.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    Result<std::unique_ptr<Database>> opened = Database::open(path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        return opened.error();
    }
    Database& database = **opened;
    const FixedClock clock = benchmarkClock();
    Users users(database, clock);
    if (Result<bool> boot = users.bootstrap(Generator::markerUser()); !boot) {
        return boot.error();
    }
    WriteTransaction transaction(database.connection(), database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    for (const User& user : staffUsers()) {
        if (Result<User> made = users.insertWithin(user.name, user.role, user.displayName, user.active);
            !made) {
            return made.error();
        }
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return path;
}

Result<QString> ImportBench::freshCopy(const QString& emptyRegister, const QString& name) const
{
    const QString path = QDir(m_folder).filePath(QStringLiteral("masar-import-%1.sqlite").arg(name));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
    if (!QFile::copy(emptyRegister, path)) {
        return Error::storage(QStringLiteral("cannot copy %1 to %2").arg(emptyRegister, path));
    }
    return path;
}

void ImportBench::removeCopies() const
{
    // The registers imported into: some 16 MiB each, of no use once measured.
    const QDir folder(m_folder);
    for (const QString& name : folder.entryList({QStringLiteral("masar-import-*.sqlite*")}, QDir::Files)) {
        QFile::remove(folder.filePath(name));
    }
}

Result<ImportBench::Times> ImportBench::shellCopy(const QString& emptyRegister, const QString& imported,
                                                  const QString& statements, int run) const
{
    Result<QString> copy = freshCopy(emptyRegister, QStringLiteral("shell-%1").arg(run));
    if (!copy) {
        return copy.error();
    }
    // As Masar's connection is set (SqliteDialect::configure); the register is in WAL mode.
    const QString source = QString(imported).replace(QLatin1Char('\''), QLatin1String("''"));
    const QString script = QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA synchronous = FULL;\n"
                                          "ATTACH '%1' AS src;\n.output /dev/null\n.timer on\n"
                                          "BEGIN IMMEDIATE; %2 COMMIT;\n")
                               .arg(source, statements);
    Result<QString> output = SqliteShell(m_sqlite3, *copy).script(script);
    if (!output) {
        return output.error();
    }
    static const QRegularExpression runTime(
        QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = runTime.match(*output);
    if (!match.hasMatch()) {
        return Error::storage(QStringLiteral("the shell gave no time:\n%1").arg(output->left(2000)));
    }
    return Times {match.captured(1).toDouble() * 1000.0,
                  (match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0};
}

Result<std::vector<ResultLine>> ImportBench::run()
{
    Result<QString> empty = makeEmptyRegister();
    if (!empty) {
        return empty.error();
    }
    std::vector<double> readMs;
    std::vector<double> importMs;
    std::vector<double> totalMs;
    std::vector<double> shellMs;
    std::vector<double> cpuTotalMs;
    std::vector<double> shellCpuMs;
    QString statements;
    const FixedClock clock = benchmarkClock();
    for (int run = 0; run < m_runs; ++run) {
        Result<QString> copy = freshCopy(*empty, QStringLiteral("run-%1").arg(run));
        if (!copy) {
            return copy.error();
        }
        {
            Result<std::unique_ptr<Database>> opened
                = Database::open(*copy, Database::OpenMode::ExistingOnly);
            if (!opened) {
                return opened.error();
            }
            Result<User> actor = Users(**opened, clock).find(Generator::markerUser());
            if (!actor) {
                return actor.error();
            }
            const double cpuBefore = cpuMs();
            QElapsedTimer timer;
            timer.start();
            QFile file(filePath());
            if (!file.open(QIODevice::ReadOnly)) {
                return Error::storage(
                    QStringLiteral("cannot read %1: %2").arg(filePath(), file.errorString()));
            }
            std::vector<User> users;
            Result<std::vector<ImportRecord>> records = RequestJson::read(file.readAll(), &users);
            if (!records) {
                return records.error();
            }
            readMs.push_back(msSince(timer));
            Result<int> imported
                = RequestService(**opened, clock).importRequests(*actor, records.take(), users);
            if (!imported) {
                return imported.error();
            }
            totalMs.push_back(msSince(timer));
            cpuTotalMs.push_back(cpuMs() - cpuBefore);
            importMs.push_back(totalMs.back() - readMs.back());
        }
        if (run == 0) {
            Result<QString> made = copyStatements(*empty, *copy);
            if (!made) {
                return made.error();
            }
            statements = made.take();
        }
        // The shell at once after Masar, so that both see the machine in the same state.
        Result<Times> shell = shellCopy(*empty, *copy, statements, run);
        if (!shell) {
            return shell.error();
        }
        shellMs.push_back(shell->real);
        shellCpuMs.push_back(shell->cpu);
    }
    m_runTimes = {readMs, importMs, totalMs, shellMs, cpuTotalMs, shellCpuMs};
    removeCopies();
    const QString group = QStringLiteral("import");
    ResultLine read {group, QStringLiteral("read the file, parse and check (RequestJson::read)"), m_count};
    read.masarMs = Report::median(readMs);
    ResultLine import {group, QStringLiteral("import: check, write, commit (RequestService::importRequests)"),
                       m_count};
    import.masarMs = Report::median(importMs);
    ResultLine total {group, QStringLiteral("end to end: file to committed register"), m_count};
    total.masarMs = Report::median(totalMs);
    total.shellMs = Report::median(shellMs);
    // On a machine shared with other work, the processor time of each side
    // varies less than the time on the clock.
    ResultLine cpu {group, QStringLiteral("end to end, processor time (user + system)"), m_count};
    cpu.masarMs = Report::median(cpuTotalMs);
    cpu.shellMs = Report::median(shellCpuMs);
    return std::vector<ResultLine> {read, import, total, cpu};
}

namespace Report {

namespace {

QStringList importSettingLines(const Setting& s)
{
    return {
        QStringLiteral("Date: %1").arg(s.date),
        QStringLiteral("Machine: %1 cores (nproc), %2, %3 GiB memory, %4")
            .arg(s.cores)
            .arg(s.cpu)
            .arg(QString::number(double(s.memoryMb) / 1024.0, 'f', 1), s.kernel),
        QStringLiteral("Qt %1; sqlite3 shell %2").arg(s.qt, s.sqliteShell),
        QStringLiteral("File: %1: %2 requests, %3 bytes; made: %4")
            .arg(s.database)
            .arg(s.requests)
            .arg(s.fileBytes)
            .arg(s.generation),
        QStringLiteral("Runs: %1, each into a fresh copy of an empty register; the median is shown. Load "
                       "average (1, 5, 15 min): %2 before, %3 after")
            .arg(s.runs)
            .arg(s.loadBefore, s.loadAfter),
        QStringLiteral("Memory: peak resident %1 MiB")
            .arg(QString::number(double(s.peakRssKb) / 1024.0, 'f', 1)),
    };
}

QString msText(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

QString ratioText(const ResultLine& line)
{
    return line.shellMs > 0 ? QString::number(line.masarMs / line.shellMs, 'f', 2) : QStringLiteral("-");
}

} // namespace

QString importText(const Setting& setting, const std::vector<ResultLine>& lines)
{
    QString out = importSettingLines(setting).join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    auto row = [](const QString& a, const QString& b, const QString& c, const QString& d, const QString& e) {
        return a.leftJustified(66) + b.rightJustified(8) + c.rightJustified(12) + d.rightJustified(12)
            + e.rightJustified(8) + QLatin1Char('\n');
    };
    out += row(QStringLiteral("operation"), QStringLiteral("rows"), QStringLiteral("Masar ms"),
               QStringLiteral("sqlite3 ms"), QStringLiteral("ratio"));
    for (const ResultLine& line : lines) {
        out += row(QStringLiteral("  ") + line.name, QString::number(line.rows), msText(line.masarMs),
                   msText(line.shellMs), ratioText(line));
    }
    return out;
}

QString importMarkdown(const Setting& setting, const std::vector<ResultLine>& lines)
{
    QString out = QStringLiteral("### Import, run of %1\n\n").arg(setting.date);
    for (const QString& line : importSettingLines(setting)) {
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    out += QStringLiteral("\n| operation | requests | Masar ms | sqlite3 ms | Masar / sqlite3 |\n"
                          "|---|---:|---:|---:|---:|\n");
    for (const ResultLine& line : lines) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(line.name)
                   .arg(line.rows)
                   .arg(msText(line.masarMs), msText(line.shellMs), ratioText(line));
    }
    out += QStringLiteral(
        "\nsqlite3 ms: the shell's `.timer on` \"Run Time: real\" for copying the rows "
        "Masar's import wrote (`INSERT INTO main.t SELECT * FROM src.t`, table by table, from "
        "the register Masar imported into, attached) into a fresh copy of the same empty "
        "register, in one transaction: the same tables, indexes and triggers (the word index "
        "filled by its triggers), foreign keys on and synchronous FULL as Masar's connection "
        "has them.\n");
    return out;
}

} // namespace Report

} // namespace Masar::Benchmark
