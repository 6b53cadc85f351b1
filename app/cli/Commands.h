#pragma once

#include "CliContext.h"

#include <QCommandLineParser>

#include <vector>

namespace Masar::Cli {

// One masar-cli command: its name, what it does, its arguments, its options
// and the function that runs it.
struct Command
{
    const char* name;
    const char* summary; // marked for translation in context Masar::Cli::Commands
    const char* arguments; // e.g. "REF STEP"
    bool writes; // writing commands refuse --as-of: nothing is recorded with a false date
    void (*addOptions)(QCommandLineParser& parser);
    int (*run)(CliContext& context, const QCommandLineParser& parser);
};

const std::vector<Command>& commands();
const Command* findCommand(const QString& name);

// The command groups.
std::vector<Command> adminCommands();
std::vector<Command> requestCommands();
// `edit`, listed among the request commands.
Command editCommand();
std::vector<Command> transferCommands();
std::vector<Command> workflowCommands();
std::vector<Command> demoCommands();
std::vector<Command> reassignCommands();
// Deadline calendars and rules (administrators change them).
std::vector<Command> calendarCommands();
std::vector<Command> ruleCommands();
std::vector<Command> dashboardCommands();
// Printed documents written to files.
std::vector<Command> reportCommands();
// The letterhead of printed documents, and the log of what was printed.
std::vector<Command> letterheadCommands();

} // namespace Masar::Cli
