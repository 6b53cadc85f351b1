#include "PrintRunner.h"

#include "DashboardWindow.h"
#include "DocumentRenderer.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintFonts.h"
#include "PrintPreview.h"
#include "core/Clock.h"
#include "core/DocumentLanguage.h"
#include "core/Iso8601.h"
#include "io/SavedFile.h"
#include "reports/DocumentHtml.h"
#include "reports/StatusSummary.h"
#include "services/PrintLog.h"
#include "services/RequestReader.h"
#include "storage/Database.h"
#include "storage/DatabaseJob.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace Masar {

namespace {

// What the print log keeps of a document printed or saved.
PrintRecord recordOf(const PrintChoice& choice, const QString& reference, int count,
                     const PrintDocument* document)
{
    const bool summary = choice.document == PrintChoice::Document::Summary;
    PrintRecord record;
    record.document = summary ? QStringLiteral("summary") : QStringLiteral("status_report");
    record.reference = summary ? reference : QString();
    record.requests = count;
    const PrintSection* persons = document ? document->section(QStringLiteral("persons")) : nullptr;
    record.withPersons = summary && persons && persons->table.has_value();
    record.language = choice.language;
    const char* const formats[] = {"printer", "pdf", "html", "csv"}; // in the order of PrintChoice::Output
    record.format = QLatin1String(formats[int(choice.output)]);
    return record;
}

PrintRecord recordOf(const PrintChoice& choice, const QString& reference,
                     const std::vector<StatusReport::Row>& rows, const PrintDocument* document)
{
    PrintRecord record = recordOf(choice, reference, int(rows.size()), document);
    for (const StatusReport::Row& row : rows) {
        record.requestIds.push_back(row.id);
    }
    return record;
}

// Logs the document, then writes its file, in the job's thread: printing
// personal data is a disclosure (Directive 2016/680 art. 25), and nothing
// leaves unlogged. Should the file then fail to be written, the log errs on
// the safe side.
QString deliver(Database& database, const Clock* clock, const User& user, const PrintRecord& record,
                const QByteArray& bytes, const QString& path, const DatabaseJob::Progress& progress)
{
    if (!progress(record.requests, record.requests)) {
        return PrintRunner::tr("Printing was stopped.");
    }
    if (Status logged = PrintLog(database, *clock).record(user, record); !logged.ok()) {
        return logged.message();
    }
    const Status written = SavedFile::write(path, bytes);
    return written.ok() ? QString() : written.message();
}

} // namespace

PrintRunner::PrintRunner(Database& database, const Clock& clock, const User& user, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_window(window)
{
    setObjectName(QStringLiteral("printRunner"));
}

QString PrintRunner::askPath(const PrintChoice& choice, const QString& reference) const
{
    const QString base = choice.document == PrintChoice::Document::Summary
        //: The file name offered for a status summary; %1 is the reference.
        ? tr("%1-status-summary").arg(reference)
        //: The file name offered for a status report; %1 is a date in ISO form.
        : tr("status-report-%1").arg(Iso8601::formatDate(m_clock.today()));
    switch (choice.output) {
    case PrintChoice::Output::Pdf:
        return FileDialog::saveFile(m_window, tr("Save as PDF"), base + QStringLiteral(".pdf"));
    case PrintChoice::Output::Html:
        return FileDialog::saveFile(m_window, tr("Save as HTML"), base + QStringLiteral(".html"));
    case PrintChoice::Output::Csv:
        return FileDialog::saveFile(m_window, tr("Save as CSV"), base + QStringLiteral(".csv"));
    case PrintChoice::Output::Preview:
        break;
    }
    return QString();
}

void PrintRunner::start(const PrintChoice& choice, const QString& reference, const RequestFilter& filter)
{
    if (m_job) {
        return; // one at a time
    }
    const QString title = tr("Print");
    if (Status fonts = PrintFonts::ensure(); !fonts.ok() && choice.output != PrintChoice::Output::Html
        && choice.output != PrintChoice::Output::Csv) {
        MessageBox::warning(m_window, title, fonts.message());
        return;
    }
    QString path;
    if (choice.output != PrintChoice::Output::Preview) {
        path = askPath(choice, reference);
        if (path.isEmpty()) {
            return;
        }
    }
    Result<PrintContext> print = PrintContext::load(m_database, m_clock, m_user, choice.language);
    if (!print) {
        MessageBox::warning(m_window, title, print.error().message());
        return;
    }
    print->atRiskDays = DashboardWindow::atRiskDays(); // "due in N days" as the list says it

    m_document = std::make_shared<PrintDocument>();
    m_count = std::make_shared<int>(0);
    m_ids = std::make_shared<std::vector<qint64>>();
    DatabaseJob::Work work = [choice, reference, filter, path, print = *print, document = m_document,
                              count = m_count, ids = m_ids, clock = &m_clock,
                              user = m_user](Database& database, const DatabaseJob::Progress& progress) {
        const DocumentLanguage language(choice.language, choice.style);
        if (choice.document == PrintChoice::Document::Summary) {
            Result<Request> request = RequestReader(database).get(reference, RequestReader::Detail::Full);
            if (!request) {
                return request.error().message();
            }
            *document = StatusSummary::build(*request, {choice.withPersons}, language, print);
            *count = 1;
        } else {
            Result<std::vector<StatusReport::Row>> rows = StatusReport::read(database, filter, progress);
            if (!rows) {
                return rows.error().message();
            }
            *count = int(rows->size());
            const StatusReport::Options options {filter, choice.grouping};
            if (choice.output == PrintChoice::Output::Csv) {
                return deliver(database, clock, user, recordOf(choice, reference, *rows, nullptr),
                               StatusReport::csv(*rows, options, language, print), path, progress);
            }
            *document = StatusReport::build(*rows, options, language, print);
            for (const StatusReport::Row& row : *rows) {
                ids->push_back(row.id);
            }
        }
        QByteArray bytes;
        if (choice.output == PrintChoice::Output::Pdf) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (Result<int> pages = DocumentRenderer(*document).writePdf(&buffer, progress); !pages) {
                return pages.error().message();
            }
        } else if (choice.output == PrintChoice::Output::Html) {
            DocumentHtml::Options options;
            options.logoSource = DocumentHtml::dataUrl(document->logo);
            bytes = DocumentHtml::write(*document, options).toUtf8();
        } else {
            return QString(); // the preview, on the window's thread
        }
        PrintRecord record = recordOf(choice, reference, *count, document.get());
        record.requestIds = *ids;
        return deliver(database, clock, user, record, bytes, path, progress);
    };

    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(QStringLiteral("printProgressDialog"));
    m_progress->setWindowTitle(title);
    m_progress->setLabelText(tr("Preparing the document…"));
    m_progress->setCancelButtonText(tr("Stop"));
    m_progress->setRange(0, 0);
    m_progress->setMinimumDuration(300);
    // Stop stays offered while the pages are laid out, after the requests are read.
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    // The language and the register stay as they are while the document is made.
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_job = new DatabaseJob(m_database.path(), work, this);
    m_job->setObjectName(QStringLiteral("printJob"));
    connect(m_progress, &QProgressDialog::canceled, m_job, &DatabaseJob::cancel);
    connect(m_job, &DatabaseJob::progress, m_progress, [progress = m_progress](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
    });
    connect(m_job, &DatabaseJob::finished, this,
            [this, choice, reference, path] { done(choice, reference, path); });
    m_job->start();
}

void PrintRunner::done(const PrintChoice& choice, const QString& reference, const QString& path)
{
    // Read before the dialog closes: closing it says "canceled".
    const bool cancelled = m_job->isCancelled();
    if (m_progress) {
        m_progress->disconnect(m_job);
        m_progress->close();
    }
    const QString error = m_job->error();
    m_job->deleteLater();
    m_job = nullptr;
    if (cancelled && !error.isEmpty()) {
        emit finished(tr("Printing was stopped; nothing was written."));
        return;
    }
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Print"), error);
        emit finished(QString());
        return;
    }
    if (choice.output == PrintChoice::Output::Preview) {
        DocumentRenderer renderer(*m_document);
        if (!PrintPreview::show(m_window, renderer)) {
            emit finished(QString());
            return;
        }
    }
    if (choice.output == PrintChoice::Output::Preview) {
        // Logged once printed; a file was logged by the job before it was written.
        PrintRecord record = recordOf(choice, reference, *m_count, m_document.get());
        record.requestIds = *m_ids;
        if (Status logged = PrintLog(m_database, m_clock).record(m_user, record); !logged.ok()) {
            MessageBox::warning(m_window, tr("Print"), logged.message());
            emit finished(QString());
            return;
        }
    }
    if (choice.output == PrintChoice::Output::Preview) {
        emit finished(tr("The document was sent to the printer."));
        return;
    }
    //: %1 is a file.
    emit finished(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Masar
