#pragma once

#include "CliContext.h"

#include <QCommandLineParser>
#include <QDate>

namespace Masar::Cli {

// What the commands that administer deadlines (calendar, rules) share.
class SettingsCommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::SettingsCommandSupport)

public:
    // Refuses (usage error, printed) an option of the command that the action does not take.
    static bool onlyOptions(CliContext& context, const QCommandLineParser& parser,
                            const QStringList& allowed);
    // A change is recorded today and counts deadlines as of today: refuses
    // (usage error, printed) the global --as-of. True when refused.
    static bool refuseAsOf(CliContext& context, const QString& what);
    // A date argument, YYYY-MM-DD; `what` names it in the error.
    static Result<QDate> date(const QString& text, const QString& what);
    // After a change: computes the queued deadlines again and prints how many
    // and each one that moved. Returns the exit status.
    static int recompute(CliContext& context);
};

} // namespace Masar::Cli
