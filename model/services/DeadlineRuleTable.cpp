#include "DeadlineRuleTable.h"

#include "DeadlinePolicy.h"
#include "domain/Codes.h"

#include <algorithm>

namespace Masar {

Result<std::vector<DeadlineRuleRow>> DeadlineRuleTable::read(const DeadlinePolicy& settings)
{
    Result<DeadlineRules> rules = settings.rules();
    if (!rules) {
        return rules.error();
    }
    Result<std::vector<DeadlineRule>> stored = settings.storedRules();
    if (!stored) {
        return stored.error();
    }
    QStringList bases = Codes::legalBases().keys();
    bases.prepend(QString());
    std::vector<DeadlineRuleRow> rows;
    for (DeadlineKind kind : DeadlineRules::kinds()) {
        for (const QString& basis : bases) {
            const auto rule
                = std::find_if(rules->all().begin(), rules->all().end(), [&](const DeadlineRule& r) {
                      return r.kind == kind && r.legalBasis == basis;
                  });
            if (rule == rules->all().end()) {
                continue;
            }
            const bool set = std::any_of(stored->begin(), stored->end(), [&](const DeadlineRule& r) {
                return r.kind == kind && r.legalBasis == basis;
            });
            rows.push_back({*rule, set});
        }
    }
    return rows;
}

QString DeadlineRuleTable::legalBasisLabel(const QString& legalBasis)
{
    //: The rule that counts for every legal basis without a rule of its own.
    return legalBasis.isEmpty() ? tr("all others") : Codes::legalBases().label(legalBasis);
}

QString DeadlineRuleTable::unitLabel(Period::Unit unit)
{
    return unit == Period::Unit::WorkingDays ? tr("working days") : tr("calendar days");
}

QString DeadlineRuleTable::originLabel(bool setByAdministrator)
{
    return setByAdministrator ? tr("set by an administrator") : tr("Masar's default");
}

} // namespace Masar
