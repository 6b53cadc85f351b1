#include "CliContext.h"

#include "services/DeadlineRecomputer.h"
#include "services/RequestService.h"
#include "services/Users.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace Masar::Cli {

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{
}

const Clock& CliContext::clock() const
{
    return m_asOfClock ? *m_asOfClock : Clock::system();
}

void CliContext::setAsOf(const QDate& date)
{
    asOf = date;
    m_asOfClock = std::make_unique<AsOfClock>(Clock::system(), date);
}

Result<Database*> CliContext::database(Database::OpenMode mode)
{
    if (!m_database) {
        Result<std::unique_ptr<Database>> opened = Database::open(databasePath, mode);
        if (!opened) {
            if (mode == Database::OpenMode::ExistingOnly && !QFileInfo::exists(databasePath)) {
                return Error(Error::Kind::Storage, opened.error().message(),
                             {tr("Create it with: masar-cli --db %1 init")
                                  .arg(QDir::toNativeSeparators(databasePath))});
            }
            return opened.error();
        }
        m_database = opened.take();
        if (Status status = recomputeDeadlines(); !status.ok()) {
            return status;
        }
    }
    return m_database.get();
}

Status CliContext::recomputeDeadlines()
{
    // Deadlines left to compute after an upgrade or a change of calendar by
    // a program that stopped early: every command counts on them.
    Result<int> pending = DeadlineRecomputer::pending(*m_database);
    if (!pending) {
        return pending.error();
    }
    if (*pending == 0 || m_database->isReadOnly()) {
        return Status();
    }
    if (*pending >= DeadlineRecomputer::batchSize) {
        err << tr("Computing the deadlines of %Ln request(s)…", nullptr, *pending) << Qt::endl;
    }
    return RequestService(*m_database, clock()).recomputeDeadlines();
}

Result<User> CliContext::actor()
{
    Result<Database*> db = database();
    if (!db) {
        return db.error();
    }
    if (actorName.isEmpty()) {
        return Error::invalid(tr("Say who you are with --as USER (or set MASAR_USER)."));
    }
    Result<User> user = Users(**db, clock()).actor(actorName);
    if (!user && user.error().kind() == Error::Kind::NotFound) {
        return Error(Error::Kind::Forbidden, user.error().message(),
                     {tr("An administrator adds users with: masar-cli user add NAME --role ROLE")});
    }
    return user;
}

int CliContext::fail(const Error& error)
{
    err << error.fullText() << Qt::endl;
    return error.kind() == Error::Kind::Storage ? StorageProblem : Refused;
}

Status CliContext::finishWriting(QFileDevice& device)
{
    if (!device.flush() || device.error() != QFileDevice::NoError) {
        const QString name = device.fileName().isEmpty() ? tr("standard output") : device.fileName();
        return Error::storage(
            tr("The output could not be written to %1: %2").arg(name, device.errorString()));
    }
    return Status();
}

int CliContext::usage(const QString& message)
{
    err << message << Qt::endl
        << tr("Run “masar-cli --help” for the commands and their options.") << Qt::endl;
    return UsageError;
}

} // namespace Masar::Cli
