#include "PrintDelivery.h"

#include "DocumentHtml.h"
#include "PdfMaker.h"
#include "StatusSummary.h"
#include "core/DocumentLanguage.h"
#include "io/SavedFile.h"
#include "services/PrintLog.h"
#include "services/RequestReader.h"

#include <QBuffer>

namespace Masar {

namespace {

bool isSummary(const PrintOrder& order)
{
    return order.document == PrintOrder::Document::Summary;
}

// Whether the document shows persons: its persons section lists them in a
// table (a summary printed without them only counts them).
bool showsPersons(const PrintDocument& document)
{
    const PrintSection* persons = document.section(QStringLiteral("persons"));
    return persons && persons->table.has_value();
}

} // namespace

PrintDelivery::PrintDelivery(Database& database, const Clock& clock, const User& actor, const PdfMaker* pdf)
    : m_database(database)
    , m_clock(clock)
    , m_actor(actor)
    , m_pdf(pdf)
{
}

Result<PrintDelivery::Made> PrintDelivery::make(const PrintOrder& order, const Progress& progress) const
{
    if (isSummary(order) && order.output == PrintOrder::Output::Csv) {
        return Error::invalid(
            tr("A status summary is printed, or written to a PDF or HTML file, not to CSV."));
    }
    Result<PrintContext> context = PrintContext::load(m_database, m_clock, m_actor, order.language);
    if (!context) {
        return context.error();
    }
    if (order.atRiskDays) {
        context->atRiskDays = *order.atRiskDays;
    }
    Made made {context.take(), {}, {}, {}};
    const DocumentLanguage language(order.language, order.style);
    if (isSummary(order)) {
        Result<Request> request = RequestReader(m_database).get(order.reference, RequestReader::Detail::Full);
        if (!request) {
            return request.error();
        }
        made.reference = request->reference;
        made.document = StatusSummary::build(*request, {order.withPersons}, language, made.context);
        return made;
    }
    Result<std::vector<StatusReport::Row>> rows = StatusReport::read(m_database, order.filter, progress);
    if (!rows) {
        return rows.error();
    }
    made.rows = rows.take();
    if (order.output != PrintOrder::Output::Csv) {
        made.document
            = StatusReport::build(made.rows, {order.filter, order.grouping}, language, made.context);
    }
    return made;
}

Result<PrintDelivery::File> PrintDelivery::render(const PrintOrder& order, const Made& made,
                                                  const Progress& progress) const
{
    switch (order.output) {
    case PrintOrder::Output::Pdf: {
        if (!m_pdf) {
            return Error::invalid(tr("This program does not write PDF files."));
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        Result<int> pages = m_pdf->writePdf(made.document, &buffer, progress);
        if (!pages) {
            return pages.error();
        }
        return File {bytes, *pages};
    }
    case PrintOrder::Output::Html: {
        DocumentHtml::Options options;
        options.logoSource = DocumentHtml::dataUrl(made.document.logo);
        return File {DocumentHtml::write(made.document, options).toUtf8(), 0};
    }
    case PrintOrder::Output::Csv:
        return File {StatusReport::csv(made.rows, {order.filter, order.grouping},
                                       DocumentLanguage(order.language, order.style), made.context),
                     0};
    case PrintOrder::Output::Printer:
        break;
    }
    return Error::invalid(tr("A document for the printer is not written to a file."));
}

Result<int> PrintDelivery::save(const PrintOrder& order, const Made& made, const QString& path,
                                const Progress& progress) const
{
    Result<File> file = render(order, made, progress);
    if (!file) {
        return file.error();
    }
    const PrintRecord what = record(order, made);
    if (progress && !progress(what.requests, what.requests)) {
        return Error::invalid(tr("Printing was stopped."));
    }
    if (Status logged = PrintLog(m_database, m_clock).record(m_actor, what); !logged.ok()) {
        return logged;
    }
    if (Status written = SavedFile::write(path, file->bytes); !written.ok()) {
        return written;
    }
    return file->pages;
}

Result<int> PrintDelivery::deliver(const PrintOrder& order, const QString& path,
                                   const Progress& progress) const
{
    Result<Made> made = make(order, progress);
    if (!made) {
        return made.error();
    }
    return save(order, *made, path, progress);
}

Status PrintDelivery::recordPrinted(const PrintOrder& order, const Made& made) const
{
    if (order.output != PrintOrder::Output::Printer) {
        return Error::invalid(tr("A file is logged as it is written, not as printed."));
    }
    return PrintLog(m_database, m_clock).record(m_actor, record(order, made));
}

PrintRecord PrintDelivery::record(const PrintOrder& order, const Made& made)
{
    PrintRecord record;
    const bool summary = isSummary(order);
    record.document = summary ? QStringLiteral("summary") : QStringLiteral("status_report");
    record.reference = summary ? made.reference : QString();
    record.requests = summary ? 1 : int(made.rows.size());
    if (!summary) {
        for (const StatusReport::Row& row : made.rows) {
            record.requestIds.push_back(row.id);
        }
    }
    record.withPersons = showsPersons(made.document);
    record.language = order.language;
    record.format = PrintOrder::formatKey(order.output);
    return record;
}

} // namespace Masar
