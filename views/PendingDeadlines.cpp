#include "PendingDeadlines.h"

#include "services/DeadlineRecomputeJob.h"
#include "services/DeadlineRecomputer.h"
#include "storage/Database.h"

#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace Masar {

PendingDeadlines::PendingDeadlines(Database& database, const Clock& clock, QLabel* progressLabel,
                                   QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_progressLabel(progressLabel)
{
    setObjectName(QStringLiteral("pendingDeadlines"));
}

void PendingDeadlines::start()
{
    const Result<int> pending = DeadlineRecomputer::pending(m_database);
    const bool any = pending && *pending > 0 && !m_database.isReadOnly();
    const QString problem = pending ? QString() : pending.error().message();
    QTimer::singleShot(0, this, [this, any, problem] {
        if (any) {
            compute();
            return;
        }
        if (!problem.isEmpty()) {
            emit statusMessage(problem, 0);
        }
        emit finished(false);
    });
}

void PendingDeadlines::compute()
{
    m_job = new DeadlineRecomputeJob(m_database.path(), m_clock, this);
    m_job->setObjectName(QStringLiteral("deadlineRefreshJob"));
    connect(m_job, &DeadlineRecomputeJob::progress, this, [this](int done, int total) {
        //: In the status bar while the deadlines of a register are brought up to date.
        m_progressLabel->setText(
            tr("Computing deadlines: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_job, &DeadlineRecomputeJob::finished, this, [this] {
        m_progressLabel->clear();
        m_progressLabel->hide();
        if (!m_job->error().isEmpty()) {
            emit statusMessage(m_job->error(), 0);
        }
        emit finished(true);
    });
    m_progressLabel->setText(tr("Computing deadlines…"));
    m_progressLabel->show();
    m_job->start();
}

} // namespace Masar
