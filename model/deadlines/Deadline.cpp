#include "Deadline.h"

#include <QLocale>

namespace Masar {

Deadline DeadlineCalculator::compute(const DeadlineInput& input, const WorkingCalendar& calendar)
{
    Deadline result;
    result.input = input;
    result.period = input.period;
    // Urgent requests get half of each period (rounded up), unless the requester set a date.
    if (input.urgent && !input.requestedBy.isValid() && input.period.length > 1) {
        result.period.length = (input.period.length + 1) / 2;
        result.halved = true;
    }
    for (const PausedSpan& pause : input.pauses) {
        result.pausedDays += std::max(0, pause.days());
    }

    QDate day = input.start;
    if (result.period.unit == Period::Unit::WorkingDays) {
        for (int counted = 0; counted < result.period.length;) {
            day = day.addDays(1);
            if (const std::optional<DayOff> off = calendar.dayOff(day)) {
                result.skipped.push_back({day, *off});
            } else {
                ++counted;
            }
        }
    } else {
        day = day.addDays(result.period.length);
    }
    // The paused days are added, then a last day that is not a working day
    // moves to the next working day.
    day = day.addDays(result.pausedDays);
    while (const std::optional<DayOff> off = calendar.dayOff(day)) {
        result.skipped.push_back({day, *off});
        day = day.addDays(1);
    }
    result.byRule = day;
    result.due = day;
    if (input.requestedBy.isValid() && input.requestedBy < day) {
        result.due = input.requestedBy;
        result.requestedDateTaken = true;
    }
    return result;
}

QStringList DeadlineCalculator::explain(const Deadline& d,
                                        const std::function<QString(const QDate&)>& formatDate)
{
    QStringList lines;
    lines << tr("From %1.").arg(formatDate(d.input.start));
    const QString length = d.period.unit == Period::Unit::WorkingDays
        ? tr("%Ln working day(s)", nullptr, d.period.length)
        : tr("%Ln day(s)", nullptr, d.period.length);
    if (d.input.rule.isEmpty()) {
        lines << tr("Period: %1.").arg(length);
    } else {
        //: %1 is the rule and its source, %2 the period ("30 days").
        lines << tr("Rule: %1: %2.").arg(d.input.rule, length);
    }
    if (d.halved) {
        lines << tr("Urgent: half of %Ln day(s).", nullptr, d.input.period.length);
    }
    for (const PausedSpan& pause : d.input.pauses) {
        lines << tr("Paused from %1 to %2: %Ln day(s) added.", nullptr, pause.days())
                     .arg(formatDate(pause.from), formatDate(pause.until));
    }
    for (const SkippedDay& skipped : d.skipped) {
        if (skipped.reason.kind == DayOff::Kind::Weekend) {
            lines << tr("%1: weekend.").arg(formatDate(skipped.date));
        } else if (skipped.reason.provisional) {
            lines << tr("%1: %2 (provisional date).").arg(formatDate(skipped.date), skipped.reason.name);
        } else {
            lines << tr("%1: %2.").arg(formatDate(skipped.date), skipped.reason.name);
        }
    }
    if (d.requestedDateTaken) {
        lines << tr("By the rule: %1; the requesting state asked for %2, which is earlier.")
                     .arg(formatDate(d.byRule), formatDate(d.input.requestedBy));
    } else if (d.input.requestedBy.isValid()) {
        lines
            << tr("The requesting state asked for %1, which is later.").arg(formatDate(d.input.requestedBy));
    }
    lines << tr("Due: %1.").arg(formatDate(d.due));
    return lines;
}

} // namespace Masar
