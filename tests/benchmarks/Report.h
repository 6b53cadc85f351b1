#pragma once

#include <QString>

#include <vector>

namespace Masar::Benchmark {

// One line of the results.
struct ResultLine
{
    QString group;
    QString name;
    qint64 rows = 0;
    qint64 shellRows = -1; // -1: not counted
    double masarMs = 0; // medians
    double shellMs = -1; // -1: nothing for the shell to run
    int shellRepeats = 1;
};

// Where and on what the benchmark ran.
struct Setting
{
    QString date;
    int cores = 0;
    QString cpu;
    qint64 memoryMb = 0;
    QString kernel;
    QString qt;
    QString sqliteLibrary; // the one Qt's driver runs
    QString sqliteShell;
    QString database;
    qint64 requests = 0;
    qint64 persons = 0;
    qint64 fileBytes = 0;
    QString generation; // "123.4 s" or "reused"
    int runs = 0;
    QString loadBefore; // the system's load averages (1, 5, 15 minutes)
    QString loadAfter;
    qint64 startRssKb = 0;
    qint64 peakRssKb = 0;
    qint64 modelBytes = 0; // at the end (the whole list's ids)
    qint64 peakModelBytes = 0; // at most, after any run
};

namespace Report {

// What the machine is: cores, CPU model, memory, kernel.
void describeMachine(Setting* setting);
double median(std::vector<double> values);
// "0.52 1.10 2.05": the load averages over 1, 5 and 15 minutes.
QString loadAverage();
// The results as a plain-text table, for the terminal.
QString text(const Setting& setting, const std::vector<ResultLine>& lines);
// The results as a Markdown section.
QString markdown(const Setting& setting, const std::vector<ResultLine>& lines);
// The results of --reports (printing, no sqlite3 shell), for the terminal and as Markdown.
QString printingText(const Setting& setting, const std::vector<ResultLine>& lines);
QString printingMarkdown(const Setting& setting, const std::vector<ResultLine>& lines);

} // namespace Report

} // namespace Masar::Benchmark
