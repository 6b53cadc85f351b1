#pragma once

#include "core/Result.h"
#include "deadlines/DeadlineRules.h"

#include <QCoreApplication>

#include <vector>

namespace Masar {

class DeadlinePolicy;

// One rule as the administrator's table shows it.
struct DeadlineRuleRow
{
    DeadlineRule rule; // as it counts
    bool setByAdministrator = false; // else Masar's default
};

// The deadline rules that count, for the screens and the command line that
// administer them (DeadlinePolicy changes them).
class DeadlineRuleTable
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlineRuleTable)

public:
    // Every rule, by kind in the order a request meets them: the rule of all
    // other legal bases first, then those of the legal bases with their own,
    // in the order of the list of legal bases.
    static Result<std::vector<DeadlineRuleRow>> read(const DeadlinePolicy& settings);

    // A legal basis's name, or "all others" for the general rule.
    static QString legalBasisLabel(const QString& legalBasis);
    // "calendar days" or "working days".
    static QString unitLabel(Period::Unit unit);
    // "set by an administrator" or "Masar's default".
    static QString originLabel(bool setByAdministrator);
};

} // namespace Masar
