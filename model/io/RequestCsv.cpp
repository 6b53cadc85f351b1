#include "RequestCsv.h"

#include "Csv.h"
#include "RequestFields.h"
#include "core/Iso8601.h"
#include "domain/RequestValidator.h"
#include "domain/Workflow.h"

#include <QHash>
#include <QIODevice>

namespace Masar {

namespace {

const QString measuresColumn = QStringLiteral("measures");
const QString nextDeadlineColumn = QStringLiteral("next_deadline");
const QString deadlineKindColumn = QStringLiteral("deadline_kind");

} // namespace

QStringList RequestCsv::columns()
{
    QStringList result;
    for (const RequestField& field : RequestFields::all()) {
        result << QLatin1String(field.key);
    }
    result << measuresColumn;
    return result;
}

QStringList RequestCsv::deadlineColumns()
{
    return {nextDeadlineColumn, deadlineKindColumn};
}

RequestCsv::Writer::Writer(QIODevice* device, Deadline deadline)
    : m_device(device)
    , m_deadline(deadline)
{
}

void RequestCsv::Writer::begin()
{
    // A byte order mark, so that spreadsheets read the file as UTF-8.
    m_device->write("\xEF\xBB\xBF");
    m_device->write(
        Csv::formatRow(m_deadline == Deadline::Added ? columns() + deadlineColumns() : columns()));
}

void RequestCsv::Writer::write(const Request& request)
{
    QStringList cells;
    for (const RequestField& field : RequestFields::all()) {
        cells << RequestFields::get(field, request);
    }
    cells << RequestFields::formatMeasures(request.measures);
    if (m_deadline == Deadline::Added) {
        cells << Iso8601::formatDate(request.nextDeadline) << request.deadlineKind;
    }
    m_device->write(Csv::formatRow(cells));
}

Result<std::vector<ImportRecord>> RequestCsv::read(const QByteArray& data)
{
    Result<std::vector<Csv::Row>> rows = Csv::parse(data);
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error::invalid(tr("The file is empty: it needs a header line naming the columns."));
    }
    const Csv::Row& header = rows->front();
    QStringList problems;
    std::vector<const RequestField*> fields;
    std::vector<bool> derived; // a deadline column: not read
    QHash<QString, int> seen;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).trimmed();
        if (seen.contains(name)) {
            problems << tr("line %1: the column “%2” appears twice").arg(header.line).arg(name);
        }
        seen.insert(name, i);
        const RequestField* field = RequestFields::find(name);
        derived.push_back(deadlineColumns().contains(name));
        if (!field && name != measuresColumn && !derived.back()) {
            problems << tr("line %1: “%2” is not a column of the format (columns: %3)")
                            .arg(header.line)
                            .arg(name, columns().join(QLatin1String(", ")));
        }
        fields.push_back(field);
    }
    if (!seen.contains(QStringLiteral("direction"))) {
        problems << tr("line %1: the column “direction” is required").arg(header.line);
    }
    if (!problems.isEmpty()) {
        return RequestValidator::importRefused(problems);
    }

    std::vector<ImportRecord> records;
    for (std::size_t r = 1; r < rows->size(); ++r) {
        const Csv::Row& row = rows->at(r);
        ImportRecord record;
        record.label = tr("line %1").arg(row.line);
        if (row.cells.size() != header.cells.size()) {
            problems << tr("%1: has %n cell(s) but the header has %2", nullptr, int(row.cells.size()))
                            .arg(record.label)
                            .arg(header.cells.size());
            continue;
        }
        std::vector<FieldProblem> fieldProblems;
        bool stateGiven = false;
        for (int i = 0; i < row.cells.size(); ++i) {
            const QString cell = row.cells.at(i);
            if (derived[std::size_t(i)]) {
                continue;
            }
            if (cell.isEmpty()) {
                if (fields[std::size_t(i)] && fields[std::size_t(i)]->kind == RequestField::Kind::Direction) {
                    fieldProblems.push_back({QStringLiteral("direction"), tr("is required")});
                }
                continue;
            }
            if (!fields[std::size_t(i)]) {
                record.request.measures = RequestFields::parseMeasures(cell);
                continue;
            }
            const RequestField& field = *fields[std::size_t(i)];
            const QString message = RequestFields::set(field, record.request, cell);
            if (!message.isEmpty()) {
                fieldProblems.push_back({QLatin1String(field.key), message});
            }
            stateGiven = stateGiven || field.kind == RequestField::Kind::State;
        }
        if (!stateGiven) {
            record.request.state = Workflow::initialState(record.request.direction);
        }
        problems << RequestValidator::describe(record.label, fieldProblems);
        records.push_back(std::move(record));
    }
    if (!problems.isEmpty()) {
        return RequestValidator::importRefused(problems);
    }
    return records;
}

} // namespace Masar
