#include "RequestExport.h"

#include "RequestCsv.h"
#include "RequestJson.h"
#include "services/RequestReader.h"

namespace Masar {

Status RequestExport::write(const RequestReader& reader, const RequestFilter& filter, Format format,
                            QIODevice* device)
{
    if (format == Format::Csv) {
        RequestCsv::Writer writer(device);
        writer.begin();
        return reader.forEach(filter, RequestReader::Detail::Full, [&](const Request& request) {
            writer.write(request);
            return Status();
        });
    }
    RequestJson::Writer writer(device);
    writer.begin();
    const Status status = reader.forEach(filter, RequestReader::Detail::FullWithContent, [&](const Request& request) {
        writer.write(request);
        return Status();
    });
    writer.end();
    return status;
}

} // namespace Masar
