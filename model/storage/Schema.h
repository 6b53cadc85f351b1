#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace Masar {

class SqlDialect;

// The database schema and its cumulative upgrade ladder. Every upgrade runs
// inside one write transaction: a database is either at its old version or at
// the new one, never in between.
class Schema
{
public:
    // The version this program writes.
    static constexpr int currentVersion = 1;

    // Brings a database from `fromVersion` up to `toVersion` (tests stop early to
    // build databases of older versions).
    static Status upgrade(QSqlDatabase& db, const SqlDialect& dialect, int fromVersion,
                          int toVersion = currentVersion);

private:
    static Status applyVersion1(QSqlDatabase& db, const SqlDialect& dialect);
    static Status seedCodes(QSqlDatabase& db);
};

} // namespace Masar
