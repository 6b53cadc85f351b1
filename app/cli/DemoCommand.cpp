#include "Commands.h"
#include "demo/DemoData.h"
#include "io/TextTable.h"

namespace Masar::Cli {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::DemoCommand)

public:
    static void options(QCommandLineParser&) { }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("demo takes no arguments."));
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<int> loaded = DemoData::load(**context.database(), *actor, context.clock());
        if (!loaded) {
            return context.fail(loaded.error());
        }
        context.out << tr("Loaded %n demo request(s), assigned to these users:", nullptr, *loaded)
                    << Qt::endl;
        Result<std::vector<User>> users = DemoData::users();
        if (!users) {
            return context.fail(users.error());
        }
        TextTable table({tr("name"), tr("role"), tr("full name")});
        for (const User& user : *users) {
            table.addRow({user.name, keyOf(user.role), user.displayName});
        }
        context.out << table.toString();
        // The letterhead of printed documents, unless the register has one already.
        Result<bool> letterhead = DemoData::setLetterhead(**context.database(), *actor, context.clock());
        if (!letterhead) {
            context.err << tr("The demo requests are loaded, but the demo letterhead could not be set.")
                        << Qt::endl;
            return context.fail(letterhead.error());
        }
        context.out << Qt::endl
                    << (*letterhead ? tr("The demo letterhead is set: see “masar-cli letterhead”.")
                                    : tr("The register's own letterhead is kept."))
                    << Qt::endl;
        return Done;
    }
};

} // namespace

std::vector<Command> demoCommands()
{
    return {
        {"demo",
         QT_TRANSLATE_NOOP(
             "Masar::Cli::Commands",
             "Load invented demo requests into a register that has none (administrators only)."),
         "", true, &DemoCommand::options, &DemoCommand::run},
    };
}

} // namespace Masar::Cli
