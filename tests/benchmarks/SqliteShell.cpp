#include "SqliteShell.h"

#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Masar::Benchmark {

namespace {

constexpr double shortRunMs = 20;
constexpr double targetLineMs = 50;
constexpr int maxRepeats = 200;

// The statement with its placeholders numbered from `first`: "?" becomes
// "?7". Masar's statements hold no quoted text, but quotes are respected.
QString numbered(const QString& sql, int first, int* count)
{
    QString result;
    result.reserve(sql.size() + 16);
    bool quoted = false;
    int n = 0;
    for (QChar c : sql) {
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
        }
        if (c == QLatin1Char('?') && !quoted) {
            result += QLatin1Char('?') + QString::number(first + n++);
        } else if (c == QLatin1Char('\n')) {
            result += QLatin1Char(' ');
        } else {
            result += c;
        }
    }
    *count = n;
    return result;
}

QString literal(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    default:
        if (value.isNull()) {
            return QStringLiteral("NULL");
        }
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''"))
            + QLatin1Char('\'');
    }
}

// The parameters of a run, then its statements on one line.
QString runLines(const ShellRun& run, int repeats)
{
    QStringList parameters;
    QStringList statements;
    int next = 1;
    for (const RequestList::Statement& statement : run) {
        int count = 0;
        statements << numbered(statement.sql, next, &count) + QLatin1Char(';');
        for (int i = 0; i < count; ++i) {
            parameters << QStringLiteral("('?%1', %2)").arg(next + i).arg(literal(statement.values.at(i)));
        }
        next += count;
    }
    QString lines = QStringLiteral(".timer off\nDELETE FROM temp.sqlite_parameters;\n");
    if (!parameters.isEmpty()) {
        lines += QStringLiteral("INSERT INTO temp.sqlite_parameters (key, value) VALUES %1;\n")
                     .arg(parameters.join(QLatin1Char(',')));
    }
    const QString line = statements.join(QLatin1Char(' '));
    QStringList repeated;
    for (int i = 0; i < repeats; ++i) {
        repeated << line;
    }
    return lines + QStringLiteral(".timer on\n") + repeated.join(QLatin1Char(' ')) + QLatin1Char('\n');
}

double median(std::vector<double> values)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

SqliteShell::SqliteShell(const QString& program, const QString& database)
    : m_program(program)
    , m_database(database)
{
}

Result<QString> SqliteShell::version() const
{
    QProcess process;
    process.start(m_program, {QStringLiteral("--version")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return Error::storage(QStringLiteral("cannot run %1 (Debian package sqlite3): %2")
                                  .arg(m_program, process.errorString()));
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

Result<QString> SqliteShell::execute(const QString& script) const
{
    QProcess process;
    process.start(m_program, {QStringLiteral("-batch"), m_database});
    if (!process.waitForStarted(30000)) {
        return Error::storage(QStringLiteral("cannot run %1: %2").arg(m_program, process.errorString()));
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(-1)) {
        return Error::storage(QStringLiteral("%1 did not finish: %2").arg(m_program, process.errorString()));
    }
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !errors.isEmpty()) {
        return Error::storage(QStringLiteral("%1 failed: %2").arg(m_program, errors.left(2000)));
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

Result<std::vector<double>> SqliteShell::runScript(const std::vector<ShellRun>& runs, bool reopen,
                                                   int repeats) const
{
    const QString quotedPath = QLatin1Char('\'')
        + QString(m_database).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    QString script = QStringLiteral(".param init\n.output /dev/null\n");
    if (!reopen) {
        script += QStringLiteral("SELECT count(*) FROM sqlite_master;\n"); // reads the schema
    }
    for (const ShellRun& run : runs) {
        if (reopen) {
            script += QStringLiteral(".open %1\n.param init\n").arg(quotedPath);
        }
        script += runLines(run, repeats);
    }
    Result<QString> output = execute(script);
    if (!output) {
        return output.error();
    }
    static const QRegularExpression runTime(QStringLiteral("^Run Time: real ([0-9.]+)"),
                                            QRegularExpression::MultilineOption);
    std::vector<double> ms;
    for (auto it = runTime.globalMatch(*output); it.hasNext();) {
        ms.push_back(it.next().captured(1).toDouble() * 1000.0 / repeats);
    }
    if (ms.size() != runs.size()) {
        return Error::storage(QStringLiteral("%1 reported %2 times for %3 runs:\n%4")
                                  .arg(m_program)
                                  .arg(ms.size())
                                  .arg(runs.size())
                                  .arg(output->left(2000)));
    }
    return ms;
}

Result<ShellTimes> SqliteShell::time(const std::vector<ShellRun>& runs, bool reopen) const
{
    ShellTimes times;
    Result<std::vector<double>> once = runScript(runs, reopen, 1);
    if (!once) {
        return once.error();
    }
    times.ms = *once;
    const double typical = median(times.ms);
    if (!reopen && typical < shortRunMs) {
        times.repeats = std::clamp(int(std::ceil(targetLineMs / std::max(typical, 0.5))), 2, maxRepeats);
        Result<std::vector<double>> repeated = runScript(runs, reopen, times.repeats);
        if (!repeated) {
            return repeated.error();
        }
        times.ms = *repeated;
    }
    return times;
}

Result<qint64> SqliteShell::count(const RequestList::Statement& statement) const
{
    RequestList::Statement counting = statement;
    counting.sql = QStringLiteral("SELECT 'rows=' || count(*) FROM (%1)").arg(statement.sql);
    QString script = QStringLiteral(".param init\n") + runLines({counting}, 1);
    Result<QString> output = execute(script);
    if (!output) {
        return output.error();
    }
    static const QRegularExpression rows(QStringLiteral("^rows=(\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = rows.match(*output);
    if (!match.hasMatch()) {
        return Error::storage(QStringLiteral("%1 gave no count:\n%2").arg(m_program, output->left(2000)));
    }
    return match.captured(1).toLongLong();
}

} // namespace Masar::Benchmark
