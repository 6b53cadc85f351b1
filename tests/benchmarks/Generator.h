#pragma once

#include "core/Result.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace Masar::Benchmark {

// What generating a register did.
struct Generated
{
    qint64 requests = 0;
    qint64 persons = 0;
    double seconds = 0; // 0 when an existing file was reused
    bool reused = false;
};

// Makes a realistic register of `count` requests at `path`, the same one for
// the same count on every run: created by Database::open, so the schema is
// Masar's own, with a few users, then requests of both directions over 40
// years written with prepared statements in large transactions. Every row
// satisfies the schema's checks and foreign keys and has one history entry
// (an import); for the dashboard, open requests have a next deadline around
// today (some overdue, some due soon) and those whose results were sent or
// received have that step in their history too, and its day kept with the
// request (requests.results_on, as RequestWriter keeps it). A file it made
// earlier with the same count is reused; one it made with another count, or
// with an earlier version of this generator, is replaced; any other file is
// refused.
class Generator
{
public:
    static constexpr std::uint64_t seed = 20260105;
    // Made again when this changes: 2 added the dashboard's deadlines and results.
    // (Not changed for the day results came: opening a register made before
    // fills it from the history, with the same values; Schema::applyVersion5.)
    static constexpr int version = 2;
    // The user every generated register has: marks a file as made here.
    static QString markerUser();

    Generator(const QString& path, qint64 count);

    // `progress` is called now and then with the number of requests written.
    Result<Generated> run(const std::function<void(qint64)>& progress = {});

    // The number of requests in a register this program made, -1 when an
    // earlier version of it made the register, or an error when the file is
    // missing or was not made here.
    static Result<qint64> existingCount(const QString& path);

private:
    Result<Generated> generate(const std::function<void(qint64)>& progress);

    QString m_path;
    qint64 m_count;
};

} // namespace Masar::Benchmark
