#include "RecomputeReport.h"

#include "RequestService.h"

namespace Masar {

QString RecomputeReport::summary() const
{
    //: %1 is "N open deadlines recomputed", %2 "M moved".
    return tr("%1; %2").arg(tr("%Ln open deadline(s) recomputed", nullptr, recomputed),
                            //: How many of the deadlines recomputed fall on another day now.
                            tr("%Ln moved", nullptr, int(moved.size())));
}

QString RecomputeReport::line(const DeadlineChange& change,
                              const std::function<QString(const QDate&)>& formatDate)
{
    const auto date = [&formatDate](const QDate& day) {
        //: In "before → after", a deadline there is not (any more).
        return day.isValid() ? formatDate(day) : tr("none");
    };
    //: %1 the request's reference, %2 the deadline before, %3 after, %4 its kind ("acknowledgement").
    return tr("%1: %2 → %3 (%4)")
        .arg(change.reference, date(change.before), date(change.after), change.kindLabel());
}

Result<RecomputeReport> RecomputeReport::recompute(Database& database, const Clock& clock,
                                                   const std::function<bool(int, int)>& progress)
{
    RecomputeReport report;
    RequestService service(database, clock);
    const Status status = service.recomputeDeadlines(&report.moved, [&](int done, int total) {
        report.recomputed = done;
        report.remaining = total - done;
        return !progress || progress(done, total);
    });
    if (!status.ok()) {
        return status;
    }
    return report;
}

} // namespace Masar
