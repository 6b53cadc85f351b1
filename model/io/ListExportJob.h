#pragma once

#include "RequestExport.h"
#include "storage/DatabaseJob.h"

#include <memory>

namespace Masar {

// Writes the requests of a list to a file (RequestExport) in a thread of its
// own (DatabaseJob), so that a window stays responsive while a large list is
// written. The file appears whole when the export ends, or not at all:
// stopped or failed, nothing is left half-written.
class ListExportJob : public DatabaseJob
{
    Q_OBJECT

public:
    ListExportJob(const QString& databasePath, const RequestFilter& filter, RequestExport::Format format,
                  const QString& fileName, QObject* parent = nullptr);

    // Once finished: how many requests were written (none on error()).
    int written() const { return error().isEmpty() ? *m_written : 0; }

private:
    using Count = std::shared_ptr<int>;
    ListExportJob(const QString& databasePath, const RequestFilter& filter, RequestExport::Format format,
                  const QString& fileName, Count written, QObject* parent);

    // Written by the work before finished(), read after it.
    Count m_written;
};

} // namespace Masar
