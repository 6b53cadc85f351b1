#include "ListExportRunner.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "core/Clock.h"
#include "core/Iso8601.h"
#include "io/ListExportJob.h"

#include <QDir>
#include <QPointer>
#include <QProgressDialog>

namespace Masar {

ListExportRunner::ListExportRunner(const QString& databasePath, const Clock& clock, QWidget* window)
    : QObject(window)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_window(window)
{
    setObjectName(QStringLiteral("listExportRunner"));
}

void ListExportRunner::start(const RequestFilter& filter)
{
    if (m_job) {
        return; // one at a time
    }
    const QString path
        = FileDialog::saveFile(m_window, tr("Export the list as CSV"),
                               tr("requests-%1.csv").arg(Iso8601::formatDate(m_clock.today())));
    if (path.isEmpty()) {
        return;
    }
    QPointer<QProgressDialog> progress = new QProgressDialog(m_window);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export the list as CSV"));
    progress->setLabelText(tr("Writing the list…"));
    progress->setCancelButtonText(tr("Stop"));
    progress->setRange(0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_job = new ListExportJob(m_databasePath, filter, RequestExport::Format::CsvWithDeadline, path, this);
    m_job->setObjectName(QStringLiteral("listExportJob"));
    connect(progress, &QProgressDialog::canceled, m_job, &ListExportJob::cancel);
    connect(m_job, &ListExportJob::progress, progress, [progress](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
    });
    connect(m_job, &ListExportJob::finished, this, [this, progress, path] {
        if (progress) {
            progress->close();
        }
        finish(path);
    });
    progress->show();
    m_job->start();
}

void ListExportRunner::finish(const QString& path)
{
    if (m_job->error().isEmpty()) {
        //: %Ln requests, %1 the file.
        emit statusMessage(tr("%Ln request(s) written to %1.", nullptr, m_job->written())
                               .arg(QDir::toNativeSeparators(path)),
                           10000);
    } else {
        MessageBox::warning(m_window, tr("Export the list as CSV"), m_job->error());
    }
    m_job->deleteLater();
    m_job = nullptr;
}

} // namespace Masar
