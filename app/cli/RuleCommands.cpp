#include "Commands.h"
#include "SettingsCommandSupport.h"
#include "io/TextTable.h"
#include "services/DeadlineRuleTable.h"
#include "services/DeadlinePolicy.h"

#include <QLocale>

namespace Masar::Cli {

namespace {

class RuleCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::RuleCommands)

public:
    static void options(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("legal-basis"),
                          tr("rules set, rules reset: the legal basis of the rule (default: all others)."),
                          QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("source"), tr("rules set: where the period comes from, in words."),
                          QStringLiteral("TEXT")});
    }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        const QString action = arguments.value(0);
        if (action == QLatin1String("list") && arguments.size() == 1) {
            return SettingsCommandSupport::onlyOptions(context, parser, {}) ? listRules(context) : UsageError;
        }
        if (action == QLatin1String("set") && arguments.size() == 4) {
            return SettingsCommandSupport::onlyOptions(
                       context, parser, {QStringLiteral("legal-basis"), QStringLiteral("source")})
                ? setRule(context, parser, arguments.mid(1))
                : UsageError;
        }
        if (action == QLatin1String("reset") && arguments.size() == 2) {
            return SettingsCommandSupport::onlyOptions(context, parser, {QStringLiteral("legal-basis")})
                ? resetRule(context, parser, arguments.at(1))
                : UsageError;
        }
        return context.usage(
            tr("Use “rules list”, “rules set KIND [--legal-basis CODE] LENGTH calendar|working "
               "[--source TEXT]” or “rules reset KIND [--legal-basis CODE]”."));
    }

private:
    static int listRules(CliContext& context)
    {
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<std::vector<DeadlineRuleRow>> rows
            = DeadlineRuleTable::read(DeadlinePolicy(**context.database(), context.clock()));
        if (!rows) {
            return context.fail(rows.error());
        }
        TextTable table(
            {tr("kind"), tr("legal basis"), tr("period"), tr("unit"), tr("source"), tr("set by")});
        for (const DeadlineRuleRow& row : *rows) {
            const DeadlineRule& rule = row.rule;
            table.addRow(
                {DeadlineRules::key(rule.kind),
                 rule.legalBasis.isEmpty() ? DeadlineRuleTable::legalBasisLabel(QString()) : rule.legalBasis,
                 QLocale().toString(rule.period.length), DeadlineRuleTable::unitLabel(rule.period.unit),
                 rule.source(), DeadlineRuleTable::originLabel(row.setByAdministrator)});
        }
        context.out << table.toString();
        return Done;
    }

    static Result<DeadlineKind> kindOf(const QString& key)
    {
        if (const std::optional<DeadlineKind> kind = DeadlineRules::kindOf(key)) {
            return *kind;
        }
        QStringList keys;
        for (DeadlineKind kind : DeadlineRules::kinds()) {
            keys << DeadlineRules::key(kind);
        }
        return Error::invalid(tr("KIND is one of %1, not “%2”.").arg(keys.join(QLatin1String(", ")), key));
    }

    // The rule's words: "decision (all others)", "acknowledgement (eio)".
    static QString ruleName(DeadlineKind kind, const QString& legalBasis)
    {
        return QStringLiteral("%1 (%2)").arg(
            DeadlineRules::key(kind),
            legalBasis.isEmpty() ? DeadlineRuleTable::legalBasisLabel(QString()) : legalBasis);
    }

    static int setRule(CliContext& context, const QCommandLineParser& parser, const QStringList& arguments)
    {
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("rules set"))) {
            return UsageError;
        }
        Result<DeadlineKind> kind = kindOf(arguments.at(0));
        if (!kind) {
            return context.usage(kind.error().message());
        }
        bool number = false;
        Period period;
        period.length = arguments.at(1).toInt(&number);
        if (!number) {
            return context.usage(tr("LENGTH is a number of days, not “%1”.").arg(arguments.at(1)));
        }
        const QString unit = arguments.at(2).toLower();
        if (unit == QLatin1String("working") || unit == QLatin1String("working_days")) {
            period.unit = Period::Unit::WorkingDays;
        } else if (unit == QLatin1String("calendar") || unit == QLatin1String("calendar_days")) {
            period.unit = Period::Unit::CalendarDays;
        } else {
            return context.usage(tr("The unit is calendar or working, not “%1”.").arg(arguments.at(2)));
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString basis = parser.value(QStringLiteral("legal-basis")).trimmed();
        const Status set = DeadlinePolicy(**context.database(), context.clock())
                               .setRule(*actor, *kind, basis, period, parser.value(QStringLiteral("source")));
        if (!set.ok()) {
            return context.fail(set);
        }
        //: %1 the rule ("decision (all others)"), %2 a number, %3 "calendar days" or "working days".
        context.out << tr("Rule %1: %2 %3.")
                           .arg(ruleName(*kind, basis), QLocale().toString(period.length),
                                DeadlineRuleTable::unitLabel(period.unit))
                    << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }

    static int resetRule(CliContext& context, const QCommandLineParser& parser, const QString& key)
    {
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("rules reset"))) {
            return UsageError;
        }
        Result<DeadlineKind> kind = kindOf(key);
        if (!kind) {
            return context.usage(kind.error().message());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const QString basis = parser.value(QStringLiteral("legal-basis")).trimmed();
        DeadlinePolicy settings(**context.database(), context.clock());
        const Status reset = settings.resetRule(*actor, *kind, basis);
        if (!reset.ok()) {
            return context.fail(reset);
        }
        context.out << tr("Rule %1: Masar's default again.").arg(ruleName(*kind, basis)) << Qt::endl;
        return SettingsCommandSupport::recompute(context);
    }
};

} // namespace

std::vector<Command> ruleCommands()
{
    return {
        {"rules",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Show the periods of deadlines; set or reset one (administrators only)."),
         "list | set | reset", false, &RuleCommands::options, &RuleCommands::run},
    };
}

} // namespace Masar::Cli
