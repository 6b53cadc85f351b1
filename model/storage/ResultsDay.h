#pragma once

#include "domain/Codes.h"

#include <QString>

#include <optional>

namespace Masar {

class SqlDialect;

// The day a request's results came: sent back to the requesting state
// (incoming: "send results") or received from the requested one (outgoing:
// "record results received"), the first time its history records that
// step, as the local calendar date of the entry (SqlDialect::localDate, as
// Clock::today() sees it). A request reopened and given its results again
// keeps the first day.
//
// Kept with the request in requests.results_on (Schema::applyVersion5), as
// its next deadline is, so that the dashboard's days to results reads one
// index instead of joining the history: filled from the history by the
// upgrade, then kept by RequestWriter::appendHistory with every entry (steps
// taken, imports, demo data). NULL while no results came. The statements and
// expressions here are the only place that says so, for the upgrade, the
// writer, the index and the dashboard alike.
class ResultsDay
{
public:
    // The step that brings a direction's results, and the direction a step
    // brings results for (none for every other step).
    static Step step(Direction direction);
    static std::optional<Direction> directionOf(Step step);

    // Keeps the day with a new history entry: binds the entry's time
    // (Sql::formatTimestamp), the request's id, the direction the entry's
    // step brings results for, and the entry's time again. Changes nothing
    // when the request already has an earlier or the same day.
    static QString keepStatement(const SqlDialect& dialect);
    // Fills the column of every request from its history (the upgrade).
    static QString fillStatement(const SqlDialect& dialect);

    // The partner's country of a request (the requesting state of an
    // incoming one, the requested state of an outgoing one) and its days
    // from opened (received or sent) to results, as expressions of the
    // columns of requests written after `prefix` ("r." or nothing). Written
    // with literal codes, so that the index below and the dashboard's
    // statement hold the same expressions.
    static QString partner(const QString& prefix);
    static QString days(const SqlDialect& dialect, const QString& prefix);
    // The requests the dashboard counts: closed, with results. The same
    // condition as the index's, so that the database sees the index holds them.
    static QString counted(const QString& prefix);
    // The index of those requests in the order the dashboard groups them
    // (direction, partner, days), holding every column it reads.
    static QString indexStatement(const SqlDialect& dialect);
};

} // namespace Masar
