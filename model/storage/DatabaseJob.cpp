#include "DatabaseJob.h"

#include "Database.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace Masar {

DatabaseJob::DatabaseJob(const QString& databasePath, Work work, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_work(std::move(work))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
}

DatabaseJob::~DatabaseJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void DatabaseJob::cancel()
{
    m_cancelled->store(true);
}

void DatabaseJob::start()
{
    if (m_thread) {
        return;
    }
    QPointer<DatabaseJob> self(this);
    m_thread = QThread::create([self, path = m_path, work = m_work, cancelled = m_cancelled] {
        QString error;
        {
            // A connection of this thread's own, closed before it ends.
            Result<std::unique_ptr<Database>> database
                = Database::open(path, Database::OpenMode::ExistingOnly);
            if (!database) {
                error = database.error().fullText();
            } else {
                QElapsedTimer sinceShown;
                sinceShown.start();
                const Progress progress = [&](int done, int total) {
                    if (done >= total || sinceShown.elapsed() >= 50) {
                        sinceShown.restart();
                        QMetaObject::invokeMethod(
                            self,
                            [self, done, total] {
                                if (self) {
                                    emit self->progress(done, total);
                                }
                            },
                            Qt::QueuedConnection);
                    }
                    return !cancelled->load();
                };
                error = work(**database, progress);
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, error] {
                if (self) {
                    self->m_error = error;
                    emit self->finished();
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

} // namespace Masar
