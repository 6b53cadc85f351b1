#include "DeadlineRefreshJob.h"

#include "RequestService.h"
#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace Masar {

DeadlineRefreshJob::DeadlineRefreshJob(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

DeadlineRefreshJob::~DeadlineRefreshJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DeadlineRefreshJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DeadlineRefreshJob::cancel()
{
    m_cancelled->store(true);
}

void DeadlineRefreshJob::start()
{
    if (isRunning()) {
        return;
    }
    if (m_thread) {
        delete m_thread;
    }
    m_cancelled->store(false);
    m_changes.clear();
    QPointer<DeadlineRefreshJob> self(this);
    const QString path = m_path;
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_thread = QThread::create([self, path, cancelled] {
        std::vector<DeadlineChange> changes;
        int computed = 0;
        QString error;
        {
            Result<std::unique_ptr<Database>> database
                = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!database) {
                error = database.error().message();
            } else {
                const Status status
                    = RequestService(**database).refreshDeadlines(&changes, [&](int done, int total) {
                          computed = done;
                          QMetaObject::invokeMethod(
                              self,
                              [self, done, total] {
                                  if (self) {
                                      emit self->progress(done, total);
                                  }
                              },
                              Qt::QueuedConnection);
                          return !cancelled->load();
                      });
                if (!status.ok()) {
                    error = status.message();
                }
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, computed, error, changes = std::move(changes)]() mutable {
                if (self) {
                    self->m_changes = std::move(changes);
                    emit self->finished(computed, error);
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Masar
