#pragma once

#include "Deadline.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>
#include <vector>

namespace Masar {

// The deadlines a request meets on its way.
enum class DeadlineKind {
    Acknowledgement, // incoming: from receipt
    Decision, // incoming: accept or refuse, from receipt
    Execution, // incoming: from acceptance
    ReplyBy, // while awaiting information from the other side
    Review, // the date a postponement is to be reviewed
    Chase, // outgoing: when to ask the requested state about an unacknowledged request
    FollowUp // outgoing: when to ask again while it is executed abroad
};

// How long a deadline is, for a legal basis, or for all others when the
// legal basis is empty.
struct DeadlineRule
{
    DeadlineKind kind;
    QString legalBasis;
    Period period;
    // Where the period comes from, in words: for Masar's defaults, English
    // text translated when shown (source()); for a rule an administrator
    // set, their own words.
    QString sourceText;
    bool translatable = true;

    QString source() const;
};

// The periods of each kind of deadline: the defaults of domain.md, which an
// administrator may change (a rule set later replaces the one it matches).
class DeadlineRules
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlineRules)

public:
    static DeadlineRules defaults();
    static QString label(DeadlineKind kind);
    // The code a kind is stored under ("acknowledgement", "reply_by", ...), and back.
    static QString key(DeadlineKind kind);
    static std::optional<DeadlineKind> kindOf(const QString& key);
    static const std::vector<DeadlineKind>& kinds();

    void set(const DeadlineRule& rule);
    // The rule of a kind for a request's legal bases: the first legal basis
    // with a rule of its own (the EIO's), else the general rule.
    const DeadlineRule* find(DeadlineKind kind, const QStringList& legalBases) const;
    const std::vector<DeadlineRule>& all() const { return m_rules; }

private:
    std::vector<DeadlineRule> m_rules;
};

} // namespace Masar
