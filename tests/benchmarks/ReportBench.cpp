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

ReportBench::ReportBench(const QString& path, int runs)
    : m_path(path)
    , m_runs(runs)
{
    m_context.ministry = QStringLiteral("Ministry of Justice");
    m_context.department = QStringLiteral("Central Authority for Mutual Legal Assistance");
    m_context.printedBy = QStringLiteral("Benchmark");
    m_context.today = RowMaker::today();
    m_context.printedAt = m_context.today.startOfDay(Qt::UTC).addSecs(9 * 3600);
}

Result<std::vector<ResultLine>> ReportBench::run()
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
    std::vector<double> times; // of the last operation timed
    m_runTimes.clear();
    auto time = [this, &times](const std::function<Status()>& work) {
        return timed(m_runs, work, &times);
    };
    auto add = [this, &lines, &times](const QString& group, const QString& name, qint64 rows, double ms) {
        lines.push_back({group, name, rows, -1, ms, -1, 1});
        m_runTimes.push_back(times);
    };
    const RequestFilter all;
    StatusReport::Options options;
    options.filter = all;

    std::vector<StatusReport::Row> rows;
    int progressCalls = 0;
    Result<double> ms = time([&]() -> Status {
        Result<std::vector<StatusReport::Row>> read = StatusReport::read(db, all, [&](int, int) {
            ++progressCalls;
            return true;
        });
        if (!read) {
            return read.error();
        }
        rows = read.take();
        return Status();
    });
    if (!ms) {
        return ms.error();
    }
    const qint64 count = qint64(rows.size());
    add(QStringLiteral("status report"), QStringLiteral("StatusReport::read, every request, with progress"),
        count, *ms);

    for (const QString& code : {QStringLiteral("en"), QStringLiteral("ar")}) {
        const DocumentLanguage language(code, LocaleStyle());
        const QString group = QStringLiteral("status report, %1").arg(code);
        PrintDocument document;
        ms = time([&] {
            document = StatusReport::build(rows, options, language, m_context);
            return Status();
        });
        if (!ms) {
            return ms.error();
        }
        add(group, QStringLiteral("StatusReport::build, by state"), count, *ms);

        QByteArray csv;
        ms = time([&] {
            csv = StatusReport::csv(rows, options, language, m_context);
            return Status();
        });
        add(group, QStringLiteral("StatusReport::csv (%1 bytes)").arg(bytes(csv.size())), count, *ms);

        QString html;
        DocumentHtml::Options layout; // as DocumentRenderer writes it
        layout.standalone = false;
        layout.reverseColumns = true;
        ms = time([&] {
            html = DocumentHtml::write(document, layout);
            return Status();
        });
        add(group, QStringLiteral("DocumentHtml::write (%1 characters)").arg(bytes(html.size())), count, *ms);

        // The QTextDocument made from the HTML, before any layout.
        ms = time([&] {
            const DocumentRenderer renderer(document);
            return Status();
        });
        add(group, QStringLiteral("DocumentRenderer constructed (QTextDocument::setHtml)"), count, *ms);

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
        add(group,
            QStringLiteral("DocumentRenderer, constructed and writePdf (%1 pages, %2 bytes)")
                .arg(pages)
                .arg(bytes(QFileInfo(path).size())),
            count, *ms);

        // What a person waits for: the rows read, the document built, the PDF written.
        ms = time([&]() -> Status {
            Result<std::vector<StatusReport::Row>> read = StatusReport::read(db, all);
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
        add(group, QStringLiteral("end to end: read + build + PDF"), count, *ms);
    }

    // The status summary of the request with the most persons and measures.
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
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("ar")}) {
        const DocumentLanguage language(code, LocaleStyle());
        const QString path = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(code));
        int pages = 0;
        ms = time([&]() -> Status {
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
        });
        if (!ms) {
            return ms.error();
        }
        add(QStringLiteral("status summary"),
            QStringLiteral("%1, %2, with persons: read + build + PDF (%3 page(s), %4 bytes)")
                .arg(reference, code)
                .arg(pages)
                .arg(bytes(QFileInfo(path).size())),
            1, *ms);
    }
    if (progressCalls < m_runs * (count + 1)) {
        return Error::invalid(
            QStringLiteral("StatusReport::read called its progress %1 times for %2 runs of %3 rows")
                .arg(progressCalls)
                .arg(m_runs)
                .arg(count));
    }
    return lines;
}

} // namespace Masar::Benchmark
