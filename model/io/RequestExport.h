#pragma once

#include "core/Result.h"
#include "services/RequestFilter.h"

class QIODevice;

namespace Masar {

class RequestReader;

// Writes the requests of a filter in an exchange format, reading them in
// batches so that a whole register streams out in little memory.
class RequestExport
{
public:
    enum class Format {
        Json, // the lossless JSON format, documents included
        Csv // one row per request, for spreadsheets
    };

    static Status write(const RequestReader& reader, const RequestFilter& filter, Format format, QIODevice* device);
};

} // namespace Masar
