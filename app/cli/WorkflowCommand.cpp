#include "Commands.h"
#include "RequestOptions.h"
#include "io/WorkflowDocument.h"

namespace Masar::Cli {

namespace {

class WorkflowCommand
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::WorkflowCommand)

public:
    static void options(QCommandLineParser& parser)
    {
        RequestOptions::addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("dot")});
        parser.addOption({QStringLiteral("direction"), tr("Only this direction: incoming or outgoing."),
                          QStringLiteral("D")});
    }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("workflow takes options only."));
        }
        Result<QString> format
            = RequestOptions::format(parser, {QStringLiteral("text"), QStringLiteral("dot")});
        if (!format) {
            return context.usage(format.error().message());
        }
        std::optional<Direction> direction;
        if (parser.isSet(QStringLiteral("direction"))) {
            direction = fromKey<Direction>(parser.value(QStringLiteral("direction")));
            if (!direction) {
                return context.usage(tr("--direction takes incoming or outgoing, not “%1”.")
                                         .arg(parser.value(QStringLiteral("direction"))));
            }
        }
        context.out << (*format == QLatin1String("dot") ? WorkflowDocument::dot(direction)
                                                        : WorkflowDocument::text(direction));
        return Done;
    }
};

} // namespace

std::vector<Command> workflowCommands()
{
    return {
        {"workflow",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Print the workflow: states and steps of both directions."),
         "", false, &WorkflowCommand::options, &WorkflowCommand::run},
    };
}

} // namespace Masar::Cli
