#pragma once

#include "DeadlineRecomputer.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Masar {

class Database;

// What computing the queued deadlines again did, after a change of rule or
// calendar: how many open requests were computed, which deadlines moved,
// and how many are still queued (when stopped between batches).
class RecomputeReport
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RecomputeReport)

public:
    int recomputed = 0;
    std::vector<DeadlineChange> moved;
    int remaining = 0;

    // Computes the queued deadlines again (RequestService::recomputeDeadlines),
    // batch by batch, each batch one transaction: work cut short is taken up
    // where it stopped, the next time. `progress(done, total)` after each
    // batch; returning false stops between batches.
    static Result<RecomputeReport> recompute(Database& database, const Clock& clock,
                                             const std::function<bool(int done, int total)>& progress = {});

    // "12 open deadlines recomputed; 1 moved", in the current language.
    QString summary() const;
    // "IN-2026-0042: 2026-03-24 → 2026-03-25 (acknowledgement)", dates
    // written by `formatDate`.
    static QString line(const DeadlineChange& change, const std::function<QString(const QDate&)>& formatDate);
};

} // namespace Masar
