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
// whole register. A list may add each request's next deadline and its kind
// (deadlineColumns()): they are worked out by the register's rules, so
// reading leaves them out.
class RequestCsv
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestCsv)

public:
    static QStringList columns();
    // "next_deadline", "deadline_kind".
    static QStringList deadlineColumns();

    class Writer
    {
    public:
        enum class Deadline { Left, Added }; // deadlineColumns() after columns()

        explicit Writer(QIODevice* device, Deadline deadline = Deadline::Left);
        void begin();
        void write(const Request& request);

    private:
        QIODevice* m_device;
        Deadline m_deadline;
    };

    static Result<std::vector<ImportRecord>> read(const QByteArray& data);
};

} // namespace Masar
