#include "RequestExport.h"

#include "RequestCsv.h"
#include "RequestJson.h"
#include "services/RequestReader.h"
#include "services/Users.h"
#include "storage/Database.h"
#include "storage/ReadTransaction.h"

namespace Masar {

Status RequestExport::write(Database& database, const RequestFilter& filter, Format format, QIODevice* device,
                            const std::function<bool(int done)>& progress)
{
    int done = 0;
    const auto next = [&]() -> Status {
        ++done;
        if (progress && !progress(done)) {
            return Error::conflict(tr("The export was stopped: nothing was written."));
        }
        return Status();
    };
    // Requests are read in batches: one snapshot keeps the file whole and
    // consistent while other programs go on writing.
    ReadTransaction snapshot(database.connection(), database.dialect());
    if (Status status = snapshot.begin(); !status.ok()) {
        return status;
    }
    const RequestReader reader(database);
    if (format == Format::Csv || format == Format::CsvWithDeadline) {
        RequestCsv::Writer writer(device,
                                  format == Format::Csv ? RequestCsv::Writer::Deadline::Left
                                                        : RequestCsv::Writer::Deadline::Added);
        writer.begin();
        return reader.forEach(filter, RequestReader::Detail::Full, [&](const Request& request) {
            writer.write(request);
            return next();
        });
    }
    RequestJson::Writer writer(device);
    writer.begin();
    const Status status
        = reader.forEach(filter, RequestReader::Detail::FullWithContent, [&](const Request& request) {
              writer.write(request);
              return next();
          });
    if (!status.ok()) {
        return status;
    }
    std::vector<User> users;
    const Users directory(database);
    for (const QString& name : writer.assignees()) {
        Result<User> user = directory.find(name);
        if (!user) {
            return user.error();
        }
        users.push_back(*user);
    }
    writer.end(users);
    return Status();
}

} // namespace Masar
