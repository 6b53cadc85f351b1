#include "StepEffects.h"

#include "Users.h"
#include "core/Iso8601.h"
#include "io/RequestFields.h"

namespace Masar {

StepEffects::StepEffects(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_reader(database)
    , m_writer(database)
{
}

Status StepEffects::apply(const Transition& row, const StepData& data, const QString& reason,
                          const User& actor, Request* request, HistoryEntry* entry)
{
    if (row.disposition) {
        request->disposition = QLatin1String(row.disposition);
        entry->setValue(StepField::Disposition, request->disposition);
    }
    if (Workflow::isOpen(request->state)) {
        request->disposition.clear(); // an open request has none: reopening takes it away
    }
    for (const Assignment& assignment : row.sets) {
        if (Status status = assign(assignment, data, request, entry); !status.ok()) {
            return status;
        }
    }
    return act(row, data, reason, actor, request, entry);
}

Status StepEffects::assign(const Assignment& assignment, const StepData& data, Request* request,
                           HistoryEntry* entry)
{
    const RequestField* field = RequestFields::find(QLatin1String(assignment.requestField));
    Q_ASSERT(field); // the workflow table names fields of RequestFields
    QString value;
    if (data.has(assignment.field)) {
        value = StepFields::type(assignment.field) == FieldType::Date
            ? Iso8601::formatDate(data.date(assignment.field))
            : data.text(assignment.field);
    } else if (assignment.how == Assign::TodayUnlessGiven) {
        value = Iso8601::formatDate(m_clock.today());
    } else {
        return Status();
    }
    const QString before = RequestFields::get(*field, *request);
    if (value == before) {
        if (assignment.how != Assign::MustChange) {
            return Status();
        }
        //: %1 a field of a request ("the priority"), %2 its value.
        return Error::unchanged(
            tr("The request's %1 is already “%2”.")
                .arg(labelOf(assignment.field), StepFields::valueText(assignment.field, value)));
    }
    if (StepFields::type(assignment.field) == FieldType::User) {
        if (Result<User> holder = Users(m_database, m_clock).holder(value); !holder) {
            return holder.error();
        }
    }
    if (const QString problem = RequestFields::set(*field, *request, value); !problem.isEmpty()) {
        return Error::invalid(tr("%1: %2").arg(labelOf(assignment.field), problem));
    }
    entry->recordChange(assignment.field, before, value);
    return Status();
}

Status StepEffects::act(const Transition& row, const StepData& data, const QString& reason, const User& actor,
                        Request* request, HistoryEntry* entry)
{
    switch (row.action) {
    case StepAction::None:
        return Status();
    case StepAction::UrgencyReason:
        request->urgencyReason = request->priority == QLatin1String("urgent") ? reason : QString();
        return Status();
    case StepAction::RecordMeasureResult:
        return recordMeasureResult(data, request, entry);
    case StepAction::LinkDuplicate:
        return linkDuplicate(data, request);
    case StepAction::StoreDocument:
        return storeDocument(data, actor, request, entry);
    }
    return Status();
}

Result<std::size_t> StepEffects::findMeasure(const Request& request, const QString& which)
{
    // By its number in the request (1, 2, ...) or by its type when only one measure has it.
    bool isNumber = false;
    const int number = which.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || std::size_t(number) > request.measures.size()) {
            return Error::invalid(tr("Request %1 has no measure %2; it has %n measure(s).", nullptr,
                                     int(request.measures.size()))
                                      .arg(request.reference)
                                      .arg(number));
        }
        return std::size_t(number - 1);
    }
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < request.measures.size(); ++i) {
        if (request.measures[i].type == which) {
            if (found) {
                return Error::invalid(
                    tr("Request %1 has several measures of type “%2”: give its number instead.")
                        .arg(request.reference, which));
            }
            found = i;
        }
    }
    if (!found) {
        return Error::invalid(tr("Request %1 has no measure “%2”.").arg(request.reference, which));
    }
    return *found;
}

Status StepEffects::recordMeasureResult(const StepData& data, Request* request, HistoryEntry* entry)
{
    Result<std::size_t> index = findMeasure(*request, data.text(StepField::Measure));
    if (!index) {
        return index.error();
    }
    Measure& measure = request->measures[*index];
    const QString status = data.text(StepField::MeasureStatus);
    if (status == measure.status) {
        return Error::unchanged(
            tr("Measure %1 (%2) is already “%3”.")
                .arg(*index + 1)
                .arg(Codes::assistanceTypes().label(measure.type), Codes::measureStatuses().label(status)));
    }
    if (Status written = m_writer.updateMeasureStatus(measure.id, status); !written.ok()) {
        return written;
    }
    entry->setMeasure(int(*index + 1), measure.type);
    entry->recordChange(StepField::MeasureStatus, measure.status, status);
    measure.status = status;
    return Status();
}

Status StepEffects::linkDuplicate(const StepData& data, Request* request)
{
    const QString original = data.text(StepField::DuplicateOf);
    Result<Request> target = m_reader.get(original, RequestReader::Detail::Header);
    if (!target) {
        return target.error().kind() == Error::Kind::NotFound ? Error::invalid(target.error().message())
                                                              : target.error();
    }
    if (target->id == request->id) {
        return Error::invalid(tr("A request cannot be a duplicate of itself."));
    }
    return m_writer.setLink(request->id, target->id, QStringLiteral("duplicate"));
}

Status StepEffects::storeDocument(const StepData& data, const User& actor, Request* request,
                                  HistoryEntry* entry)
{
    const DocumentInput* input = data.document();
    Document document;
    document.name = input->name.trimmed();
    document.mediaType
        = input->mediaType.isEmpty() ? QStringLiteral("application/octet-stream") : input->mediaType;
    document.content = input->content;
    document.size = input->content.size();
    document.sha256 = Document::checksum(input->content);
    document.addedAt = m_clock.nowUtc();
    document.addedBy = actor.name;
    if (document.name.isEmpty()) {
        return Error::invalid(tr("A document needs a name."));
    }
    for (const Document& existing : request->documents) {
        if (existing.name == document.name) {
            return Error::conflict(
                tr("Request “%1” already has a document “%2”.").arg(request->reference, document.name));
        }
    }
    if (Status status = m_writer.insertDocument(request->id, document); !status.ok()) {
        return status;
    }
    entry->setDocument(document.name, document.size, document.sha256);
    return Status();
}

} // namespace Masar
