#pragma once

#include "core/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>

#include <vector>

class QIODevice;

namespace Masar {

// Requests as CSV for spreadsheets: one row per request, one column per field
// of the JSON format's own fields, plus "measures". List cells are separated
// by ';'; a measure is its type, or "type:status" when it is not pending.
// Persons, links, history and documents are not in CSV: use JSON to move a
// whole register.
class RequestCsv
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestCsv)

public:
    static QStringList columns();

    class Writer
    {
    public:
        explicit Writer(QIODevice* device);
        void begin();
        void write(const Request& request);

    private:
        QIODevice* m_device;
    };

    static Result<std::vector<ImportRecord>> read(const QByteArray& data);
};

} // namespace Masar
