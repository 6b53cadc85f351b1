#pragma once

#include "RequestReader.h"
#include "RequestWriter.h"
#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Request.h"
#include "domain/StepInput.h"
#include "domain/Workflow.h"

#include <QCoreApplication>

namespace Masar {

class Database;

// What taking a step does to a request besides moving it, as its row of the
// workflow table says: the request fields it sets from the step's fields
// (Transition::sets), its disposition, and its action (a measure's result,
// a duplicate's link, a document). Works inside the caller's write
// transaction, and records in the history entry what changed, old and new.
class StepEffects
{
    Q_DECLARE_TR_FUNCTIONS(Masar::StepEffects)

public:
    StepEffects(Database& database, const Clock& clock);

    // Applies the row to `request` (already moved to its new state) with the
    // checked data; writes what lives outside the request's row (measures,
    // links, documents). `entry->data` holds the step's data on entry.
    Status apply(const Transition& row, const StepData& data, const QString& reason, const User& actor,
                 Request* request, HistoryEntry* entry);

private:
    Status assign(const Assignment& assignment, const StepData& data, Request* request, HistoryEntry* entry);
    Status act(const Transition& row, const StepData& data, const QString& reason, const User& actor,
               Request* request, HistoryEntry* entry);
    Status recordMeasureResult(const StepData& data, Request* request, HistoryEntry* entry);
    Status linkDuplicate(const StepData& data, Request* request);
    Status storeDocument(const StepData& data, const User& actor, Request* request, HistoryEntry* entry);
    static Result<std::size_t> findMeasure(const Request& request, const QString& which);

    Database& m_database;
    const Clock& m_clock;
    RequestReader m_reader;
    RequestWriter m_writer;
};

} // namespace Masar
