#pragma once

#include "Report.h"
#include "core/Result.h"
#include "reports/PrintContext.h"
#include "reports/StatusReport.h"
#include "services/RequestFilter.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <vector>

namespace Masar {
class Database;
}

namespace Masar::Benchmark {

// Printing (model/reports and views/print) on the register: the status
// report of every request (StatusReport::read, build, csv, DocumentHtml,
// DocumentRenderer::writePdf) in each language asked, and the status summary
// of one request, as of the register's today (RowMaker::today), each run
// `runs` times. The report prints every request of the register: run it on
// registers of several sizes (--sizes) to see whether its time grows with
// their number and no faster.
class ReportBench
{
public:
    // What a person waits for, read + build + PDF, for one language and register.
    struct EndToEnd
    {
        QString language;
        qint64 requests = 0;
        int pages = 0;
        double ms = 0; // the median
    };

    ReportBench(const QString& path, int runs, const QStringList& languages);

    // Every operation, in order: reading, then per language building, CSV, HTML, PDF and the
    // whole (read + build + PDF), then the summary (unless `withSummary` is false).
    Result<std::vector<ResultLine>> run(bool withSummary = true);
    // The time of every run of each line of the last run(), in milliseconds.
    const std::vector<std::vector<double>>& runTimes() const { return m_runTimes; }
    // The end-to-end times of the last run(), one per language.
    const std::vector<EndToEnd>& endToEnd() const { return m_endToEnd; }

    // The end-to-end times of registers of several sizes side by side, with
    // the time per 1,000 requests: the same figure for every size when the
    // time grows as the number of requests. Plain text, or a Markdown table.
    static QString linearityText(const std::vector<EndToEnd>& times);
    static QString linearityMarkdown(const std::vector<EndToEnd>& times);

private:
    Status reportIn(const Database& db, const QString& code, const std::vector<StatusReport::Row>& rows,
                    std::vector<ResultLine>* lines);
    Status summaries(const Database& db, std::vector<ResultLine>* lines);
    void add(std::vector<ResultLine>* lines, const QString& group, const QString& name, qint64 rows,
             double ms);

    QString m_path;
    int m_runs;
    QStringList m_languages;
    PrintContext m_context;
    QTemporaryDir m_dir;
    std::vector<std::vector<double>> m_runTimes;
    std::vector<double> m_times; // of the last operation timed
    std::vector<EndToEnd> m_endToEnd;
};

} // namespace Masar::Benchmark
