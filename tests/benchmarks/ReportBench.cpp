#include "ReportBench.h"

#include "DocumentRenderer.h"
#include "PrintFonts.h"
#include "RowMaker.h"
#include "core/DocumentLanguage.h"
#include "reports/DocumentHtml.h"
#include "reports/StatusReport.h"
#include "reports/StatusSummary.h"
#include "services/RequestReader.h"
#include "services/Users.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <functional>

namespace Masar::Benchmark {

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs `work` `runs` times; the median time, and every run's in `times`. Stops at an error.
Result<double> timed(int runs, const std::function<Status()>& work, std::vector<double>* times)
{
    times->clear();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (Status status = work(); !status.ok()) {
            return status;
        }
        times->push_back(msSince(timer));
    }
    return Report::median(*times);
}

QString bytes(qint64 count)
{
    return QLocale(QLocale::English).toString(count);
}

} // namespace

ReportBench::ReportBench(const QString& path, int runs, const QStringList& languages)
    : m_path(path)
    , m_runs(runs)
    , m_languages(languages)
{
    m_context.ministry = QStringLiteral("Ministry of Justice");
    m_context.department = QStringLiteral("Central Authority for Mutual Legal Assistance");
    m_context.printedBy = QStringLiteral("Benchmark");
    m_context.today = RowMaker::today();
    m_context.printedAt = m_context.today.startOfDay(Qt::UTC).addSecs(9 * 3600);
}

void ReportBench::add(std::vector<ResultLine>* lines, const QString& group, const QString& name, qint64 rows,
                      double ms)
{
    lines->push_back({group, name, rows, -1, ms, -1, 1});
    m_runTimes.push_back(m_times);
}

Result<std::vector<ResultLine>> ReportBench::run(bool withSummary)
{
    if (!m_dir.isValid()) {
        return Error::storage(QStringLiteral("no temporary folder for the PDFs"));
    }
    if (Status fonts = PrintFonts::ensure(); !fonts.ok()) {
        return fonts;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return opened.error();
    }
    const Database& db = **opened;
    Result<std::vector<User>> users = Users(**opened).list();
    if (!users) {
        return users.error();
    }
    for (const User& user : *users) {
        m_context.userNames.insert(user.name, user.shownName());
    }

    std::vector<ResultLine> lines;
    m_runTimes.clear();
    m_endToEnd.clear();
    const RequestFilter all;
    std::vector<StatusReport::Row> rows;
    int progressCalls = 0;
    Result<double> ms = timed(
        m_runs,
        [&]() -> Status {
            Result<std::vector<StatusReport::Row>> read = StatusReport::read(db, all, [&](int, int) {
                ++progressCalls;
                return true;
            });
            if (!read) {
                return read.error();
            }
            rows = read.take();
            return Status();
        },
        &m_times);
    if (!ms) {
        return ms.error();
    }
    const qint64 count = qint64(rows.size());
    add(&lines, QStringLiteral("status report"),
        QStringLiteral("StatusReport::read, every request, with progress"), count, *ms);
    if (progressCalls < m_runs * (count + 1)) {
        return Error::invalid(
            QStringLiteral("StatusReport::read called its progress %1 times for %2 runs of %3 rows")
                .arg(progressCalls)
                .arg(m_runs)
                .arg(count));
    }
    for (const QString& code : m_languages) {
        if (Status status = reportIn(db, code, rows, &lines); !status.ok()) {
            return status;
        }
    }
    if (withSummary) {
        if (Status status = summaries(db, &lines); !status.ok()) {
            return status;
        }
    }
    return lines;
}

// The status report of every request in one language: each step, then the whole.
Status ReportBench::reportIn(const Database& db, const QString& code,
                             const std::vector<StatusReport::Row>& rows, std::vector<ResultLine>* lines)
{
    const qint64 count = qint64(rows.size());
    StatusReport::Options options;
    auto time = [this](const std::function<Status()>& work) {
        return timed(m_runs, work, &m_times);
    };
    const DocumentLanguage language(code, LocaleStyle());
    const QString group = QStringLiteral("status report, %1").arg(code);
    PrintDocument document;
    Result<double> ms = time([&] {
        document = StatusReport::build(rows, options, language, m_context);
        return Status();
    });
    if (!ms) {
        return ms.error();
    }
    add(lines, group, QStringLiteral("StatusReport::build, by state"), count, *ms);

    QByteArray csv;
    ms = time([&] {
        csv = StatusReport::csv(rows, options, language, m_context);
        return Status();
    });
    add(lines, group, QStringLiteral("StatusReport::csv (%1 bytes)").arg(bytes(csv.size())), count, *ms);

    QString html;
    DocumentHtml::Options file; // as a .html file is written
    ms = time([&] {
        html = DocumentHtml::write(document, file);
        return Status();
    });
    add(lines, group, QStringLiteral("DocumentHtml::write, a file (%1 characters)").arg(bytes(html.size())),
        count, *ms);

    ms = time([&] {
        const DocumentRenderer renderer(document);
        return Status();
    });
    add(lines, group, QStringLiteral("DocumentRenderer constructed"), count, *ms);

    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(code));
    int pages = 0;
    ms = time([&]() -> Status {
        Result<int> written = DocumentRenderer(document).writePdf(path);
        if (!written) {
            return written.error();
        }
        pages = *written;
        return Status();
    });
    if (!ms) {
        return ms.error();
    }
    add(lines, group,
        QStringLiteral("DocumentRenderer, constructed and writePdf (%1 pages, %2 bytes)")
            .arg(pages)
            .arg(bytes(QFileInfo(path).size())),
        count, *ms);

    // What a person waits for: the rows read, the document built, the PDF written.
    ms = time([&]() -> Status {
        Result<std::vector<StatusReport::Row>> read = StatusReport::read(db, RequestFilter());
        if (!read) {
            return read.error();
        }
        Result<int> written
            = DocumentRenderer(StatusReport::build(*read, options, language, m_context)).writePdf(path);
        return written ? Status() : written.error();
    });
    if (!ms) {
        return ms.error();
    }
    add(lines, group,
        QStringLiteral("end to end: read + build + PDF (%1 ms per 1,000 requests)")
            .arg(QString::number(count > 0 ? *ms * 1000.0 / double(count) : 0.0, 'f', 0)),
        count, *ms);
    m_endToEnd.push_back({code, count, pages, *ms});
    return Status();
}

// The status summary of the request with the most persons and measures, in each language.
Status ReportBench::summaries(const Database& db, std::vector<ResultLine>* lines)
{
    Result<QSqlQuery> richest = Sql::exec(
        db.connection(),
        QStringLiteral("SELECT r.reference FROM requests r LEFT JOIN persons p ON p.request_id = r.id "
                       "GROUP BY r.id ORDER BY count(p.id) DESC, r.id LIMIT 1"));
    if (!richest) {
        return richest.error();
    }
    if (!richest->next()) {
        return Error::notFound(QStringLiteral("the register has no request"));
    }
    const QString reference = richest->value(0).toString();
    for (const QString& code : m_languages) {
        const DocumentLanguage language(code, LocaleStyle());
        const QString path = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(code));
        int pages = 0;
        Result<double> ms = timed(
            m_runs,
            [&]() -> Status {
                Result<Request> request = RequestReader(db).get(reference, RequestReader::Detail::Full);
                if (!request) {
                    return request.error();
                }
                StatusSummary::Options summary;
                summary.withPersons = true;
                Result<int> written
                    = DocumentRenderer(StatusSummary::build(*request, summary, language, m_context))
                          .writePdf(path);
                if (!written) {
                    return written.error();
                }
                pages = *written;
                return Status();
            },
            &m_times);
        if (!ms) {
            return ms.error();
        }
        add(lines, QStringLiteral("status summary"),
            QStringLiteral("%1, %2, with persons: read + build + PDF (%3 page(s), %4 bytes)")
                .arg(reference, code)
                .arg(pages)
                .arg(bytes(QFileInfo(path).size())),
            1, *ms);
    }
    return Status();
}

namespace {

// The sizes measured, in order, and the end-to-end time of one language and size.
std::vector<qint64> sizesOf(const std::vector<ReportBench::EndToEnd>& times)
{
    std::vector<qint64> sizes;
    for (const ReportBench::EndToEnd& time : times) {
        if (std::find(sizes.begin(), sizes.end(), time.requests) == sizes.end()) {
            sizes.push_back(time.requests);
        }
    }
    return sizes;
}

QStringList languagesOf(const std::vector<ReportBench::EndToEnd>& times)
{
    QStringList languages;
    for (const ReportBench::EndToEnd& time : times) {
        if (!languages.contains(time.language)) {
            languages << time.language;
        }
    }
    return languages;
}

// "2,341 ms (33 p.), 2,341 ms per 1,000"
QString cell(const std::vector<ReportBench::EndToEnd>& times, const QString& language, qint64 requests)
{
    for (const ReportBench::EndToEnd& time : times) {
        if (time.language == language && time.requests == requests) {
            const QLocale english(QLocale::English);
            return QStringLiteral("%1 ms, %2 p., %3 per 1,000")
                .arg(english.toString(time.ms, 'f', 0), english.toString(time.pages),
                     english.toString(time.ms * 1000.0 / double(std::max<qint64>(1, requests)), 'f', 0));
        }
    }
    return QStringLiteral("-");
}

} // namespace

QString ReportBench::linearityText(const std::vector<EndToEnd>& times)
{
    const std::vector<qint64> sizes = sizesOf(times);
    QString out = QStringLiteral("Status report, end to end (read + build + PDF), median; time per 1,000 "
                                 "requests\n");
    out += QStringLiteral("language");
    for (qint64 size : sizes) {
        out += QStringLiteral("  |") + QStringLiteral("%1 requests").arg(size).rightJustified(38);
    }
    out += QLatin1Char('\n');
    for (const QString& language : languagesOf(times)) {
        out += language.leftJustified(8);
        for (qint64 size : sizes) {
            out += QStringLiteral("  |") + cell(times, language, size).rightJustified(38);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString ReportBench::linearityMarkdown(const std::vector<EndToEnd>& times)
{
    const std::vector<qint64> sizes = sizesOf(times);
    QString out = QStringLiteral("| status report, end to end |");
    QString rule = QStringLiteral("|---|");
    for (qint64 size : sizes) {
        out += QStringLiteral(" %1 requests |").arg(QLocale(QLocale::English).toString(size));
        rule += QStringLiteral("---:|");
    }
    out += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (const QString& language : languagesOf(times)) {
        out += QStringLiteral("| %1 |").arg(language);
        for (qint64 size : sizes) {
            out += QLatin1Char(' ') + cell(times, language, size) + QStringLiteral(" |");
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Masar::Benchmark
