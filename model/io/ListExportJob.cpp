#include "ListExportJob.h"

#include "SavedFile.h"
#include "services/RequestReader.h"

namespace Masar {

ListExportJob::ListExportJob(const QString& databasePath, const RequestFilter& filter,
                             RequestExport::Format format, const QString& fileName, QObject* parent)
    : ListExportJob(databasePath, filter, format, fileName, std::make_shared<int>(0), parent)
{
}

ListExportJob::ListExportJob(const QString& databasePath, const RequestFilter& filter,
                             RequestExport::Format format, const QString& fileName, Count written,
                             QObject* parent)
    : DatabaseJob(
        databasePath,
        [filter, format, fileName, written](Database& database, const Progress& progress) -> QString {
            Result<int> total = RequestReader(database).count(filter);
            if (!total) {
                return total.error().fullText();
            }
            const Status status = SavedFile::write(fileName, [&](QIODevice& device) {
                return RequestExport::write(database, filter, format, &device, [&](int done) {
                    *written = done;
                    return progress(done, *total);
                });
            });
            if (!status.ok()) {
                return status.fullText();
            }
            return QString();
        },
        parent)
    , m_written(std::move(written))
{
}

} // namespace Masar
