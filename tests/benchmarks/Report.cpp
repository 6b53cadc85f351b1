#include "Report.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace Masar::Benchmark::Report {

namespace {

QString procLine(const QString& file, const QString& key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return QString();
    }
    for (const QString& line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(key)) {
            return line.section(QLatin1Char(':'), 1).trimmed();
        }
    }
    return QString();
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString ms(double value)
{
    return fixed(value, value < 10 ? 2 : 1);
}

QString ratio(const ResultLine& line)
{
    return line.shellMs > 0 ? fixed(line.masarMs / line.shellMs, 2) : QStringLiteral("-");
}

QString shellMs(const ResultLine& line)
{
    if (line.shellMs < 0) {
        return QStringLiteral("-");
    }
    QString text = ms(line.shellMs);
    if (line.shellRepeats > 1) {
        text += QStringLiteral(" (x%1)").arg(line.shellRepeats);
    }
    return text;
}

QString rows(const ResultLine& line)
{
    QString text = QString::number(line.rows);
    if (line.shellRows >= 0 && line.shellRows != line.rows) {
        text += QStringLiteral(" (sqlite3: %1!)").arg(line.shellRows);
    }
    return text;
}

QString megabytes(qint64 bytes)
{
    return fixed(double(bytes) / (1024.0 * 1024.0), 1) + QStringLiteral(" MiB");
}

QStringList settingLines(const Setting& s)
{
    return {
        QStringLiteral("Date: %1").arg(s.date),
        QStringLiteral("Machine: %1 cores (nproc), %2, %3 GiB memory, %4")
            .arg(s.cores)
            .arg(s.cpu)
            .arg(fixed(double(s.memoryMb) / 1024.0, 1), s.kernel),
        QStringLiteral("Qt %1; SQLite %2 (library of Qt's driver); sqlite3 shell %3")
            .arg(s.qt, s.sqliteLibrary, s.sqliteShell),
        QStringLiteral("Register: %1: %2 requests, %3 persons, file %4 (%5 bytes); generation: %6")
            .arg(s.database)
            .arg(s.requests)
            .arg(s.persons)
            .arg(megabytes(s.fileBytes))
            .arg(s.fileBytes)
            .arg(s.generation),
        QStringLiteral("Runs: %1 of each operation; the median is shown. Load average (1, 5, 15 min): %2 "
                       "before, %3 after")
            .arg(s.runs)
            .arg(s.loadBefore, s.loadAfter),
        QStringLiteral("Memory: peak resident %1 after the GUI part (%2 before the register was opened); "
                       "the list model holds %3 at the end (the whole list's ids), %4 at most "
                       "(ids and the pages kept)")
            .arg(megabytes(s.peakRssKb * 1024), megabytes(s.startRssKb * 1024), megabytes(s.modelBytes),
                 megabytes(s.peakModelBytes)),
    };
}

// What --reports says of where it ran: no shell, no list model.
QStringList printingSettingLines(const Setting& s)
{
    return {
        QStringLiteral("Date: %1").arg(s.date),
        QStringLiteral("Machine: %1 cores (nproc), %2, %3 GiB memory, %4")
            .arg(s.cores)
            .arg(s.cpu)
            .arg(fixed(double(s.memoryMb) / 1024.0, 1), s.kernel),
        QStringLiteral("Qt %1").arg(s.qt),
        QStringLiteral("Register: %1: %2 requests, file %3; generation: %4")
            .arg(s.database)
            .arg(s.requests)
            .arg(megabytes(s.fileBytes), s.generation),
        QStringLiteral("Runs: %1 of each operation; the median is shown. Load average (1, 5, 15 min): %2 "
                       "before, %3 after")
            .arg(s.runs)
            .arg(s.loadBefore, s.loadAfter),
        QStringLiteral("Memory: peak resident %1").arg(megabytes(s.peakRssKb * 1024)),
    };
}

} // namespace

void describeMachine(Setting* setting)
{
    setting->cores = QThread::idealThreadCount();
    setting->cpu = procLine(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    if (setting->cpu.isEmpty()) {
        setting->cpu = QSysInfo::currentCpuArchitecture();
    }
    const QString total = procLine(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"));
    setting->memoryMb = total.section(QLatin1Char(' '), 0, 0).toLongLong() / 1024;
    setting->kernel
        = QStringLiteral("%1 %2, %3")
              .arg(QSysInfo::kernelType(), QSysInfo::kernelVersion(), QSysInfo::prettyProductName());
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return QStringLiteral("?");
    }
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
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

QString text(const Setting& setting, const std::vector<ResultLine>& lines)
{
    QString out = settingLines(setting).join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    auto row = [](const QString& a, const QString& b, const QString& c, const QString& d, const QString& e) {
        return a.leftJustified(40) + b.rightJustified(10) + c.rightJustified(12) + d.rightJustified(18)
            + e.rightJustified(8) + QLatin1Char('\n');
    };
    out += row(QStringLiteral("operation"), QStringLiteral("rows"), QStringLiteral("Masar ms"),
               QStringLiteral("sqlite3 ms"), QStringLiteral("ratio"));
    QString group;
    for (const ResultLine& line : lines) {
        if (line.group != group) {
            group = line.group;
            out += group + QLatin1Char('\n');
        }
        out += row(QStringLiteral("  ") + line.name, rows(line), ms(line.masarMs), shellMs(line),
                   ratio(line));
    }
    return out;
}

QString markdown(const Setting& setting, const std::vector<ResultLine>& lines)
{
    QString out = QStringLiteral("### Run of %1\n\n").arg(setting.date);
    for (const QString& line : settingLines(setting)) {
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    out += QStringLiteral("\n| operation | | rows | Masar ms | sqlite3 ms | Masar / sqlite3 |\n"
                          "|---|---|---:|---:|---:|---:|\n");
    for (const ResultLine& line : lines) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(line.group, QString(line.name).replace(QLatin1Char('|'), QLatin1String("\\|")),
                        rows(line), ms(line.masarMs), shellMs(line), ratio(line));
    }
    out += QStringLiteral(
        "\nsqlite3 ms: the shell's `.timer on` \"Run Time: real\" for the same statements with the same "
        "bound values, results to /dev/null. The timer counts whole milliseconds, so a run under 20 ms is "
        "repeated (xN) on one line and the time divided; the repeats find their pages in SQLite's cache.\n");
    return out;
}

QString printingText(const Setting& setting, const std::vector<ResultLine>& lines)
{
    QString out = printingSettingLines(setting).join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    auto row = [](const QString& a, const QString& b, const QString& c) {
        return a.leftJustified(78) + b.rightJustified(8) + c.rightJustified(12) + QLatin1Char('\n');
    };
    out += row(QStringLiteral("operation"), QStringLiteral("rows"), QStringLiteral("Masar ms"));
    QString group;
    for (const ResultLine& line : lines) {
        if (line.group != group) {
            group = line.group;
            out += group + QLatin1Char('\n');
        }
        out += row(QStringLiteral("  ") + line.name, rows(line), ms(line.masarMs));
    }
    return out;
}

QString printingMarkdown(const Setting& setting, const std::vector<ResultLine>& lines)
{
    QString out = QStringLiteral("### Printing, run of %1\n\n").arg(setting.date);
    for (const QString& line : printingSettingLines(setting)) {
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    out += QStringLiteral("\n| operation | | rows | Masar ms |\n|---|---|---:|---:|\n");
    for (const ResultLine& line : lines) {
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(line.group, QString(line.name).replace(QLatin1Char('|'), QLatin1String("\\|")),
                        rows(line), ms(line.masarMs));
    }
    return out;
}

} // namespace Masar::Benchmark::Report
