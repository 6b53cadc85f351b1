#pragma once

#include "Report.h"
#include "core/Result.h"
#include "reports/PrintContext.h"
#include "services/RequestFilter.h"

#include <QString>
#include <QTemporaryDir>

#include <vector>

namespace Masar::Benchmark {

// Printing (model/reports and views/print) on the register: the status
// report of every request (StatusReport::read, build, csv, DocumentHtml,
// DocumentRenderer::writePdf) and the status summary of one request, in
// English and in Arabic, as of the register's today (RowMaker::today), each
// run `runs` times. Meant for a register of about a thousand requests
// (--generate 1000): the report prints them all.
class ReportBench
{
public:
    ReportBench(const QString& path, int runs);

    // Every operation, in order: reading, then per language building, CSV, HTML, PDF and the
    // whole (read + build + PDF), then the summary.
    Result<std::vector<ResultLine>> run();
    // The time of every run of each line of the last run(), in milliseconds.
    const std::vector<std::vector<double>>& runTimes() const { return m_runTimes; }

private:
    QString m_path;
    int m_runs;
    PrintContext m_context;
    QTemporaryDir m_dir;
    std::vector<std::vector<double>> m_runTimes;
};

} // namespace Masar::Benchmark
