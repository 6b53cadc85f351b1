#include "DeadlineRefreshJob.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace Masar {

DeadlineRefreshJob::DeadlineRefreshJob(const QString& databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_clock(clock)
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
    return m_thread && !m_thread->isFinished();
}

void DeadlineRefreshJob::cancel()
{
    m_cancelled->store(true);
}

void DeadlineRefreshJob::start()
{
    if (m_thread) {
        return;
    }
    QPointer<DeadlineRefreshJob> self(this);
    const QString path = m_path;
    const Clock& clock = m_clock;
    std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_thread = QThread::create([self, path, &clock, cancelled] {
        std::optional<RecomputeReport> report;
        QString error;
        {
            // A connection of this thread's own, closed before it ends.
            Result<std::unique_ptr<Database>> database
                = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!database) {
                error = database.error().fullText();
            } else {
                Result<RecomputeReport> done
                    = DeadlineRecompute::run(**database, clock, [&](int done, int total) {
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
                if (done) {
                    report = done.take();
                } else {
                    error = done.error().fullText();
                }
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, report, error] {
                if (self) {
                    self->m_report = report;
                    self->m_error = error;
                    emit self->finished();
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Masar
