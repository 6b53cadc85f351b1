#pragma once

#include "core/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace Masar {

class Database;
class DeadlineEngine;

// A stored deadline that moved when computed again.
struct DeadlineChange
{
    QString reference;
    QDate before; // null: there was none
    QDate after;
    QString kindBefore;
    QString kindAfter;

    // The kind of deadline, in words: the new one, or the one there was.
    QString kindLabel() const;
};

// Keeps each request's stored next deadline (requests.next_deadline and
// deadline_kind) as the engine computes it: for one request inside a change
// the caller is writing (store), and for the requests queued in
// deadline_queue, after a schema upgrade or a change of rule or calendar
// (run), in batches of one transaction each, so that work cut short is
// taken up where it stopped.
class DeadlineRecomputer
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DeadlineRecomputer)

public:
    static constexpr int batchSize = 500;

    explicit DeadlineRecomputer(Database& database);
    ~DeadlineRecomputer();

    // Computes and stores a request's next deadline with `engine`; the caller
    // holds the write transaction. The request as it is now, with its whole history.
    Status store(const Request& request, const DeadlineEngine& engine);

    // How many requests of a register wait for their deadline.
    static Result<int> pending(const Database& database);
    // Computes the deadlines of the queued requests, batch by batch, each
    // with the register's rules and calendars as they are when the batch
    // begins (an administrator may change them meanwhile).
    // `progress(done, total)` is called after each batch; returning false
    // stops between batches. Changes are added to `changes` when given.
    // Returns how many requests were computed.
    Result<int> run(std::vector<DeadlineChange>* changes = nullptr,
                    const std::function<bool(int done, int total)>& progress = {});

private:
    Result<int> runBatch(std::vector<DeadlineChange>* changes);
    Status write(qint64 id, const QDate& due, const QString& kind);

    // The engine of the register's rules and calendars at `revision`, made again when they change.
    Status loadEngine();

    Database& m_database;
    std::shared_ptr<const DeadlineEngine> m_engine;
    qint64 m_revision = -1;
};

} // namespace Masar
