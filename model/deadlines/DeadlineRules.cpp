#include "DeadlineRules.h"

namespace Masar {

DeadlineRules DeadlineRules::defaults()
{
    using U = Period::Unit;
    const QString eio = QStringLiteral("eio");
    DeadlineRules rules;
    rules.m_rules = {
        {DeadlineKind::Acknowledgement,
         QString(),
         {5, U::WorkingDays},
         QT_TR_NOOP("policy: acknowledge receipt")},
        {DeadlineKind::Acknowledgement, eio, {7, U::CalendarDays}, QT_TR_NOOP("EIO Directive, art. 16(1)")},
        {DeadlineKind::Decision, QString(), {20, U::WorkingDays}, QT_TR_NOOP("policy: decide")},
        {DeadlineKind::Decision, eio, {30, U::CalendarDays}, QT_TR_NOOP("EIO Directive, art. 12(3)")},
        {DeadlineKind::Execution,
         QString(),
         {90, U::CalendarDays},
         QT_TR_NOOP("policy: execute, or by the date the requesting state asked for")},
        {DeadlineKind::Execution, eio, {90, U::CalendarDays}, QT_TR_NOOP("EIO Directive, art. 12(4)")},
        {DeadlineKind::ReplyBy,
         QString(),
         {30, U::CalendarDays},
         QT_TR_NOOP("policy: information asked for")},
        {DeadlineKind::Chase,
         QString(),
         {30, U::CalendarDays},
         QT_TR_NOOP("policy: chase an unacknowledged request")},
        {DeadlineKind::FollowUp,
         QString(),
         {60, U::CalendarDays},
         QT_TR_NOOP("policy: ask again while executed abroad")},
    };
    return rules;
}

QString DeadlineRules::label(DeadlineKind kind)
{
    switch (kind) {
    case DeadlineKind::Acknowledgement:
        return tr("acknowledgement");
    case DeadlineKind::Decision:
        return tr("decision");
    case DeadlineKind::Execution:
        return tr("execution");
    case DeadlineKind::ReplyBy:
        return tr("reply");
    case DeadlineKind::Review:
        return tr("review of the postponement");
    case DeadlineKind::Chase:
        return tr("chaser");
    case DeadlineKind::FollowUp:
        return tr("follow-up");
    }
    return QString();
}

void DeadlineRules::set(const DeadlineRule& rule)
{
    for (DeadlineRule& existing : m_rules) {
        if (existing.kind == rule.kind && existing.legalBasis == rule.legalBasis) {
            existing = rule;
            return;
        }
    }
    m_rules.push_back(rule);
}

const DeadlineRule* DeadlineRules::find(DeadlineKind kind, const QStringList& legalBases) const
{
    for (const QString& basis : legalBases) {
        for (const DeadlineRule& rule : m_rules) {
            if (rule.kind == kind && rule.legalBasis == basis) {
                return &rule;
            }
        }
    }
    for (const DeadlineRule& rule : m_rules) {
        if (rule.kind == kind && rule.legalBasis.isEmpty()) {
            return &rule;
        }
    }
    return nullptr;
}

} // namespace Masar
