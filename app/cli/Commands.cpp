#include "Commands.h"

namespace Masar::Cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = [] {
        std::vector<Command> list;
        for (const auto& group : {adminCommands(), requestCommands(), dashboardCommands(), reportCommands(),
                                  transferCommands(), workflowCommands(), calendarCommands(), ruleCommands(),
                                  letterheadCommands(), demoCommands(), reassignCommands()}) {
            list.insert(list.end(), group.begin(), group.end());
        }
        return list;
    }();
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands()) {
        if (name == QLatin1String(command.name)) {
            return &command;
        }
    }
    return nullptr;
}

} // namespace Masar::Cli
