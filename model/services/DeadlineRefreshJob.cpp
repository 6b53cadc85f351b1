#include "DeadlineRefreshJob.h"

namespace Masar {

DeadlineRefreshJob::DeadlineRefreshJob(const QString& databasePath, const Clock& clock, QObject* parent)
    : DeadlineRefreshJob(databasePath, clock, std::make_shared<std::optional<RecomputeReport>>(), parent)
{
}

DeadlineRefreshJob::DeadlineRefreshJob(const QString& databasePath, const Clock& clock, Report report,
                                       QObject* parent)
    : DatabaseJob(
        databasePath,
        [report, &clock](Database& database, const Progress& progress) {
            Result<RecomputeReport> done = DeadlineRecompute::run(database, clock, progress);
            if (!done) {
                return done.error().fullText();
            }
            *report = done.take();
            return QString();
        },
        parent)
    , m_report(std::move(report))
{
}

} // namespace Masar
