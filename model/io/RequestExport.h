#pragma once

#include "core/Result.h"
#include "services/RequestFilter.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;

namespace Masar {

class Database;

// Writes the requests of a filter in an exchange format, reading them in
// batches so that a whole register streams out in little memory, all from
// one snapshot of the database.
class RequestExport
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestExport)

public:
    enum class Format {
        Json, // the lossless JSON format, documents and assignees included
        Csv, // one row per request, for spreadsheets
        CsvWithDeadline // the same, with each request's next deadline and its kind (a list)
    };

    // `progress(done)` after each request; returning false stops the export
    // with an error (Error::Kind::Conflict), the device left as it is.
    static Status write(Database& database, const RequestFilter& filter, Format format, QIODevice* device,
                        const std::function<bool(int done)>& progress = {});
};

} // namespace Masar
