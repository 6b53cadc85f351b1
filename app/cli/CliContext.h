#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "services/User.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QTextStream>

#include <memory>
#include <optional>

namespace Masar::Cli {

// Exit statuses: the contract of docs/cli.md.
enum ExitCode { Done = 0, UsageError = 1, Refused = 2, StorageProblem = 3 };

// What every command shares: the global options, the output streams, the
// database and the acting user.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::CliContext)

public:
    CliContext();

    QTextStream out;
    QTextStream err;

    QString databasePath;
    QString actorName;
    std::optional<QDate> asOf;

    const Clock& clock() const;
    void setAsOf(const QDate& date);

    // Opens the database (once). Refuses a missing one unless `mode` allows creating it.
    Result<Database*> database(Database::OpenMode mode = Database::OpenMode::ExistingOnly);
    // The active user named by --as (or the login name).
    Result<User> actor();

    // Prints the error and returns the exit status for it.
    int fail(const Error& error);
    // Flushes what was written to a file or to standard output; a failure (a
    // full disk, a closed pipe) is a storage problem: nothing is reported done
    // that was not written.
    Status finishWriting(QFileDevice& device);
    int usage(const QString& message);

private:
    // Computes the deadlines queued in the register (RequestService::recomputeDeadlines).
    Status recomputeDeadlines();
    std::unique_ptr<Clock> m_asOfClock;
    std::unique_ptr<Database> m_database;
};

} // namespace Masar::Cli
