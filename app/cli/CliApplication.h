#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Masar::Cli {

// masar-cli [--db PATH] [--as USER] [--lang ar|fr|en] [--as-of YYYY-MM-DD] COMMAND ...
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::CliApplication)

public:
    // Runs one command line (arguments()[0] is the program) and returns the exit status.
    static int run(const QStringList& arguments);
    // The command word of a command line: the first argument that is neither
    // an option nor the value of a global option; empty when there is none.
    static QString commandOf(const QStringList& arguments);
};

} // namespace Masar::Cli
