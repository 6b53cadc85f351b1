#include "Commands.h"
#include "services/RequestService.h"

namespace Masar::Cli {

namespace {

// Reassigns many requests at once (supervisors): the workflow's step
// "reassign" on each, all or nothing.
class ReassignCommand
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::ReassignCommand)

public:
    static void options(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("to"),
                          tr("The user the requests go to (an active officer or supervisor)."),
                          QStringLiteral("USER")});
        parser.addOption({QStringLiteral("reason"), tr("Why they are reassigned."), QStringLiteral("TEXT")});
    }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList references = parser.positionalArguments().mid(1);
        if (references.isEmpty() || !parser.isSet(QStringLiteral("to"))) {
            return context.usage(
                tr("reassign needs one or more references and a user: reassign REF... --to USER."));
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        StepInput input;
        input.reason = parser.value(QStringLiteral("reason"));
        input.set(StepField::Assignee, parser.value(QStringLiteral("to")));
        Result<std::vector<StepOutcome>> outcomes
            = RequestService(**context.database(), context.clock())
                  .takeStepOnEach(*actor, references, Step::Reassign, input);
        if (!outcomes) {
            return context.fail(outcomes.error());
        }
        context.out << tr("Reassigned %n request(s) to %1.", nullptr, int(outcomes->size()))
                           .arg(parser.value(QStringLiteral("to")))
                    << Qt::endl;
        return Done;
    }
};

} // namespace

std::vector<Command> reassignCommands()
{
    return {
        {"reassign",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Reassign one or many requests to a user, all or none (supervisors)."),
         "REF... --to USER", true, &ReassignCommand::options, &ReassignCommand::run},
    };
}

} // namespace Masar::Cli
