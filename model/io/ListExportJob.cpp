#include "ListExportJob.h"

#include "services/RequestReader.h"

#include <QSaveFile>

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
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly)) {
                return RequestExport::tr("“%1” cannot be written: %2").arg(fileName, file.errorString());
            }
            const Status status = RequestExport::write(database, filter, format, &file, [&](int done) {
                *written = done;
                return progress(done, *total);
            });
            if (!status.ok()) {
                file.cancelWriting();
                return status.fullText();
            }
            if (!file.commit()) {
                return RequestExport::tr("“%1” cannot be written: %2").arg(fileName, file.errorString());
            }
            return QString();
        },
        parent)
    , m_written(std::move(written))
{
}

} // namespace Masar
