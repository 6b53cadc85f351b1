#pragma once

#include "core/Result.h"

#include <QCoreApplication>
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
    static constexpr int currentVersion = 5;

    // Brings a database up to `toVersion` (tests stop early to build databases
    // of older versions) from the version it has once the write lock is held,
    // and returns that version: two programs opening a new database at once
    // upgrade it once.
    static Result<int> upgrade(QSqlDatabase& db, const SqlDialect& dialect, int toVersion = currentVersion);

    // Adds the codes this program knows and the database does not have yet (a
    // step added since the database was created), in one write transaction.
    // Writes nothing, and takes no lock, when every code is there.
    static Status addMissingCodes(QSqlDatabase& db, const SqlDialect& dialect);

private:
    static Status applyVersion1(QSqlDatabase& db, const SqlDialect& dialect);
    // Quick find and the indexes behind sorting the list by any column.
    static Status applyVersion2(QSqlDatabase& db, const SqlDialect& dialect);
    // Deadlines kept with each request; rules and calendars kept by administrators.
    static Status applyVersion3(QSqlDatabase& db, const SqlDialect& dialect);
    // The letterhead of printed documents, and the log of what was printed.
    static Status applyVersion4(QSqlDatabase& db, const SqlDialect& dialect);
    // The day results came, kept with each request for the dashboard
    // (ResultsDay); the word index folds only text with Arabic in it, and
    // pauses for an import to index its rows at once.
    static Status applyVersion5(QSqlDatabase& db, const SqlDialect& dialect);
    static Status seedCodes(QSqlDatabase& db, int version);
    static Result<bool> hasEveryCode(QSqlDatabase& db);
};

} // namespace Masar
