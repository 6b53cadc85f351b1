#include "PrintRunner.h"

#include "DashboardWindow.h"
#include "DocumentPdf.h"
#include "DocumentRenderer.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PrintFonts.h"
#include "PrintPreview.h"
#include "core/Clock.h"
#include "core/Iso8601.h"
#include "storage/Database.h"
#include "storage/DatabaseJob.h"

#include <QDir>
#include <QProgressDialog>

namespace Masar {

namespace {

PrintOrder::Output outputOf(PrintChoice::Output output)
{
    switch (output) {
    case PrintChoice::Output::Preview:
        return PrintOrder::Output::Printer; // printed from the preview
    case PrintChoice::Output::Pdf:
        return PrintOrder::Output::Pdf;
    case PrintChoice::Output::Html:
        return PrintOrder::Output::Html;
    case PrintChoice::Output::Csv:
        return PrintOrder::Output::Csv;
    }
    Q_UNREACHABLE();
    return PrintOrder::Output::Printer;
}

PrintOrder orderOf(const PrintChoice& choice, const QString& reference, const RequestFilter& filter)
{
    PrintOrder order;
    order.output = outputOf(choice.output);
    order.language = choice.language;
    order.style = choice.style;
    order.atRiskDays = DashboardWindow::atRiskDays(); // "due in N days" as the list says it
    if (choice.document == PrintChoice::Document::Summary) {
        order.document = PrintOrder::Document::Summary;
        order.reference = reference;
        order.withPersons = choice.withPersons;
    } else {
        order.document = PrintOrder::Document::StatusReport;
        order.filter = filter;
        order.grouping = choice.grouping;
    }
    return order;
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
    const PrintOrder order = orderOf(choice, reference, filter);
    m_made = std::make_shared<std::optional<PrintDelivery::Made>>();
    DatabaseJob::Work work = [order, path, made = m_made, clock = &m_clock,
                              user = m_user](Database& database, const DatabaseJob::Progress& progress) {
        const DocumentPdf pdf;
        const PrintDelivery delivery(database, *clock, user, &pdf);
        if (order.output == PrintOrder::Output::Printer) {
            Result<PrintDelivery::Made> built = delivery.make(order, progress);
            if (!built) {
                return built.error().message();
            }
            *made = built.take(); // previewed, printed and logged on the window's thread
            return QString();
        }
        // Logged, then written.
        const Result<int> pages = delivery.deliver(order, path, progress);
        return pages ? QString() : pages.error().message();
    };
    m_job = new DatabaseJob(m_database.path(), work, this);
    m_job->setObjectName(QStringLiteral("printJob"));
    showProgress(title);
    connect(m_job, &DatabaseJob::finished, this, [this, order, path] { done(order, path); });
    m_job->start();
}

void PrintRunner::showProgress(const QString& title)
{
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
    connect(m_progress, &QProgressDialog::canceled, m_job, &DatabaseJob::cancel);
    connect(m_job, &DatabaseJob::progress, m_progress, [progress = m_progress](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
    });
}

void PrintRunner::done(const PrintOrder& order, const QString& path)
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
    if (order.output == PrintOrder::Output::Printer) {
        print(order);
        return;
    }
    //: %1 is a file.
    emit finished(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

void PrintRunner::print(const PrintOrder& order)
{
    const PrintDelivery::Made& made = **m_made;
    DocumentRenderer renderer(made.document);
    if (!PrintPreview::show(m_window, renderer)) {
        emit finished(QString());
        return;
    }
    // Logged once printed.
    if (Status logged = PrintDelivery(m_database, m_clock, m_user, nullptr).recordPrinted(order, made);
        !logged.ok()) {
        MessageBox::warning(m_window, tr("Print"), logged.message());
        emit finished(QString());
        return;
    }
    emit finished(tr("The document was sent to the printer."));
}

} // namespace Masar
