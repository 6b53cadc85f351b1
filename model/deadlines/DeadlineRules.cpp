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
         QString::fromUtf8(QT_TR_NOOP("policy: acknowledge receipt")),
         true},
        {DeadlineKind::Acknowledgement,
         eio,
         {7, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("EIO Directive, art. 16(1)")),
         true},
        {DeadlineKind::Decision,
         QString(),
         {20, U::WorkingDays},
         QString::fromUtf8(QT_TR_NOOP("policy: decide")),
         true},
        {DeadlineKind::Decision,
         eio,
         {30, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("EIO Directive, art. 12(3)")),
         true},
        {DeadlineKind::Execution,
         QString(),
         {90, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("policy: execute, or by the date the requesting state asked for")),
         true},
        {DeadlineKind::Execution,
         eio,
         {90, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("EIO Directive, art. 12(4)")),
         true},
        {DeadlineKind::ReplyBy,
         QString(),
         {30, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("policy: information asked for")),
         true},
        {DeadlineKind::Chase,
         QString(),
         {30, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("policy: chase an unacknowledged request")),
         true},
        {DeadlineKind::FollowUp,
         QString(),
         {60, U::CalendarDays},
         QString::fromUtf8(QT_TR_NOOP("policy: ask again while executed abroad")),
         true},
    };
    return rules;
}

QString DeadlineRule::source() const
{
    return translatable ? DeadlineRules::tr(sourceText.toUtf8().constData()) : sourceText;
}

namespace {

// In the order a request meets them.
const std::vector<std::pair<DeadlineKind, const char*>>& kindKeys()
{
    static const std::vector<std::pair<DeadlineKind, const char*>> keys = {
        {DeadlineKind::Acknowledgement, "acknowledgement"},
        {DeadlineKind::Decision, "decision"},
        {DeadlineKind::Execution, "execution"},
        {DeadlineKind::ReplyBy, "reply_by"},
        {DeadlineKind::Review, "review"},
        {DeadlineKind::Chase, "chase"},
        {DeadlineKind::FollowUp, "follow_up"},
    };
    return keys;
}

} // namespace

QString DeadlineRules::key(DeadlineKind kind)
{
    for (const auto& [k, key] : kindKeys()) {
        if (k == kind) {
            return QLatin1String(key);
        }
    }
    return QString();
}

std::optional<DeadlineKind> DeadlineRules::kindOf(const QString& key)
{
    for (const auto& [kind, k] : kindKeys()) {
        if (key == QLatin1String(k)) {
            return kind;
        }
    }
    return std::nullopt;
}

const std::vector<DeadlineKind>& DeadlineRules::kinds()
{
    static const std::vector<DeadlineKind> all = [] {
        std::vector<DeadlineKind> result;
        for (const auto& [kind, key] : kindKeys()) {
            result.push_back(kind);
        }
        return result;
    }();
    return all;
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
