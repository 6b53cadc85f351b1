#pragma once

#include "RecomputeReport.h"
#include "storage/DatabaseJob.h"

#include <memory>
#include <optional>

namespace Masar {

class Clock;

// Computes the queued deadlines of a register (RecomputeReport::recompute) in a
// thread of its own (DatabaseJob), so that a window stays responsive while a
// large register is brought up to date after an upgrade or a change of rule
// or calendar. The refresher commits batch by batch: cancelling, or
// quitting, loses nothing, and the next start goes on where it stopped.
class DeadlineRecomputeJob : public DatabaseJob
{
    Q_OBJECT

public:
    DeadlineRecomputeJob(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);

    // Once finished: what was done (none on error()).
    const std::optional<RecomputeReport>& report() const { return *m_report; }

private:
    using Report = std::shared_ptr<std::optional<RecomputeReport>>;
    DeadlineRecomputeJob(const QString& databasePath, const Clock& clock, Report report, QObject* parent);

    // Written by the work before finished(), read after it.
    Report m_report;
};

} // namespace Masar
