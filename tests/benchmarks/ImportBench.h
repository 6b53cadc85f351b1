#pragma once

#include "Report.h"
#include "core/Result.h"

#include <QString>

#include <vector>

namespace Masar::Benchmark {

// Importing a JSON file of requests into an empty register, as `masar-cli
// import` does it (read the file, RequestJson::read, then
// RequestService::importRequests: checked, written and committed in one
// transaction), against the sqlite3 shell inserting the same rows into the
// same empty register (same tables, indexes and triggers, foreign keys on,
// synchronous FULL) in one transaction: copied with INSERT ... SELECT from
// the register Masar imported into, what SQLite alone takes to store them.
//
// The file is made once in `folder` (masar-import-N.json): N requests drawn
// as the generated register's are (RowMaker), each with one person, one
// measure and one offence, with their references and the users they are
// assigned to, and no history (the import records one entry for each).
// Every run imports into a fresh copy of an empty register made in `folder`;
// the copies are removed at the end.
class ImportBench
{
public:
    ImportBench(const QString& folder, qint64 count, int runs, const QString& sqlite3);

    // The file, made when missing; its path.
    Result<QString> prepare();
    // Reading and parsing alone, the import alone, and end to end against the shell.
    Result<std::vector<ResultLine>> run();

    // The times of each run of each line of the last run().
    const std::vector<std::vector<double>>& runTimes() const { return m_runTimes; }
    QString filePath() const;
    qint64 fileBytes() const;

private:
    struct Times
    {
        double real = 0; // on the clock
        double cpu = 0; // user + system
    };

    Result<QString> makeEmptyRegister();
    Result<QString> freshCopy(const QString& emptyRegister, const QString& name) const;
    void removeCopies() const;
    Result<Times> shellCopy(const QString& emptyRegister, const QString& imported, const QString& statements,
                            int run) const;

    QString m_folder;
    qint64 m_count;
    int m_runs;
    QString m_sqlite3;
    std::vector<std::vector<double>> m_runTimes;
};

namespace Report {

// The results of --import, for the terminal and as Markdown.
QString importText(const Setting& setting, const std::vector<ResultLine>& lines);
QString importMarkdown(const Setting& setting, const std::vector<ResultLine>& lines);

} // namespace Report

} // namespace Masar::Benchmark
