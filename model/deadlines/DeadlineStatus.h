#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Masar {

// How a request's next deadline stands on a day: passed, close (within the
// at-risk window), further off, or none at all. The list, the request panel,
// the dashboard and the filters all judge it here, with the same window.
class DeadlineStatus
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlineStatus)

public:
    enum class Level {
        None, // no deadline runs
        OnTime, // after the at-risk window
        AtRisk, // from today to today + the window, both included
        Overdue, // before today
    };

    // Days ahead a deadline is "at risk": due within a week.
    static constexpr int defaultAtRiskDays = 7;

    static Level of(const QDate& due, const QDate& today, int atRiskDays = defaultAtRiskDays);
    // How it stands, in words that do not need colour: "overdue by 3 day(s)",
    // "due today", "due in 5 day(s)"; empty when on time or when there is none.
    static QString describe(const QDate& due, const QDate& today, int atRiskDays = defaultAtRiskDays);
};

} // namespace Masar
