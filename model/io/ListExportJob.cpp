#include "ListExportJob.h"

#include "services/RequestReader.h"
#include "storage/Database.h"

#include <QPointer>
#include <QSaveFile>
#include <QThread>

namespace Masar {

ListExportJob::ListExportJob(const QString& databasePath, const RequestFilter& filter,
                             RequestExport::Format format, const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_filter(filter)
    , m_format(format)
    , m_fileName(fileName)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

ListExportJob::~ListExportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ListExportJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void ListExportJob::cancel()
{
    m_cancelled->store(true);
}

void ListExportJob::start()
{
    if (m_thread) {
        return;
    }
    QPointer<ListExportJob> self(this);
    const QString path = m_path;
    const RequestFilter filter = m_filter;
    const RequestExport::Format format = m_format;
    const QString fileName = m_fileName;
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_thread = QThread::create([self, path, filter, format, fileName, cancelled] {
        int written = 0;
        QString error;
        {
            // A connection of this thread's own, closed before it ends.
            Result<std::unique_ptr<Database>> database
                = Database::open(path, Database::OpenMode::ExistingOnly);
            Result<int> total
                = database ? RequestReader(**database).count(filter) : Result<int>(database.error());
            QSaveFile file(fileName);
            if (!database) {
                error = database.error().fullText();
            } else if (!total) {
                error = total.error().fullText();
            } else if (!file.open(QIODevice::WriteOnly)) {
                error = RequestExport::tr("“%1” cannot be written: %2").arg(fileName, file.errorString());
            } else {
                const Status status = RequestExport::write(**database, filter, format, &file, [&](int done) {
                    written = done;
                    if (done % 500 == 0 || done == *total) {
                        QMetaObject::invokeMethod(
                            self,
                            [self, done, all = *total] {
                                if (self) {
                                    emit self->progress(done, all);
                                }
                            },
                            Qt::QueuedConnection);
                    }
                    return !cancelled->load();
                });
                if (!status.ok()) {
                    error = status.fullText();
                    file.cancelWriting();
                } else if (!file.commit()) {
                    error = RequestExport::tr("“%1” cannot be written: %2").arg(fileName, file.errorString());
                }
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, written, error] {
                if (self) {
                    self->m_written = error.isEmpty() ? written : 0;
                    self->m_error = error;
                    emit self->finished();
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Masar
