#include "DeadlineRecomputeJob.h"

namespace Masar {

DeadlineRecomputeJob::DeadlineRecomputeJob(const QString& databasePath, const Clock& clock, QObject* parent)
    : DeadlineRecomputeJob(databasePath, clock, std::make_shared<std::optional<RecomputeReport>>(), parent)
{
}

DeadlineRecomputeJob::DeadlineRecomputeJob(const QString& databasePath, const Clock& clock, Report report,
                                       QObject* parent)
    : DatabaseJob(
        databasePath,
        [report, &clock](Database& database, const Progress& progress) {
            Result<RecomputeReport> done = RecomputeReport::recompute(database, clock, progress);
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
