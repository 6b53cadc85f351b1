#include "DeadlineStatus.h"

namespace Masar {

DeadlineStatus::Level DeadlineStatus::of(const QDate& due, const QDate& today, int atRiskDays)
{
    if (!due.isValid() || !today.isValid()) {
        return Level::None;
    }
    const qint64 left = today.daysTo(due);
    if (left < 0) {
        return Level::Overdue;
    }
    return left <= atRiskDays ? Level::AtRisk : Level::OnTime;
}

QString DeadlineStatus::describe(const QDate& due, const QDate& today, int atRiskDays)
{
    switch (of(due, today, atRiskDays)) {
    case Level::Overdue:
        return tr("overdue by %Ln day(s)", nullptr, int(due.daysTo(today)));
    case Level::AtRisk: {
        const int left = int(today.daysTo(due));
        return left == 0 ? tr("due today") : tr("due in %Ln day(s)", nullptr, left);
    }
    case Level::OnTime:
    case Level::None:
        break;
    }
    return QString();
}

} // namespace Masar
