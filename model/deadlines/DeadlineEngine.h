#pragma once

#include "Deadline.h"
#include "DeadlineRules.h"
#include "core/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Masar {

// The deadline an open request faces now, and how it came about.
struct RequestDeadline
{
    DeadlineKind kind = DeadlineKind::Decision;
    QDate due;
    // Computed from a rule...
    std::optional<Deadline> computed;
    // ...or a date a step gave (reply-by, review date, a supervisor's
    // extension): the step, when it was taken, by whom and why.
    std::optional<HistoryEntry> givenBy;
};

// Works out a request's next deadline from its state, its history (when
// each stage began, when the clock stood still, extensions) and the rules,
// in the calendar of the state doing the work: ours. What each step does to
// the clock comes from the workflow table.
class DeadlineEngine
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlineEngine)

public:
    // The calendar of a country's authority (CalendarSet::of).
    using CalendarFor
        = std::function<const WorkingCalendar&(const QString& country, const QString& authority)>;

    DeadlineEngine(DeadlineRules rules, CalendarFor calendarFor);

    // None when the request's stage has no deadline (a draft, results sent, closed).
    std::optional<RequestDeadline> next(const Request& request) const;
    // Whether a supervisor may extend the request's deadline to `to`: there
    // must be a deadline, the new date later than it, and the EIO allows the
    // decision deadline one extension of at most 30 days (art. 12(5)).
    Status checkExtension(const Request& request, const QDate& to) const;
    // "Why this date", one line each.
    static QStringList explain(const RequestDeadline& deadline,
                               const std::function<QString(const QDate&)>& formatDate);

private:
    std::optional<RequestDeadline> fromRule(const Request& request, DeadlineKind kind, const QDate& start,
                                            bool withPauses, bool withRequestedDate) const;

    DeadlineRules m_rules;
    CalendarFor m_calendarFor;
};

} // namespace Masar
