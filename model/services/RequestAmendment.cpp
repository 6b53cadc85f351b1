#include "RequestAmendment.h"

#include <QSet>

#include <algorithm>

namespace Masar {

namespace {

// One of the request's own fields that editing may change, by its name in the JSON format.
struct EditableField
{
    const char* key;
    QString Request::*text = nullptr;
    QDate Request::*date = nullptr;
    QStringList Request::*list = nullptr; // stored in a table of its own
};

EditableField text(const char* key, QString Request::*member)
{
    return {key, member, nullptr, nullptr};
}

EditableField date(const char* key, QDate Request::*member)
{
    return {key, nullptr, member, nullptr};
}

EditableField list(const char* key, QStringList Request::*member)
{
    return {key, nullptr, nullptr, member};
}

// In the order of the JSON format.
const std::vector<EditableField>& fieldTable()
{
    static const std::vector<EditableField> fields = {
        text("foreign_reference", &Request::foreignReference),
        text("requesting_country", &Request::requestingCountry),
        text("requested_country", &Request::requestedCountry),
        text("requesting_authority", &Request::requestingAuthority),
        text("requested_authority", &Request::requestedAuthority),
        text("executing_authority", &Request::executingAuthority),
        text("executing_reference", &Request::executingReference),
        text("eurojust_reference", &Request::eurojustReference),
        text("interpol_reference", &Request::interpolReference),
        list("legal_basis", &Request::legalBasis),
        text("legal_basis_detail", &Request::legalBasisDetail),
        text("channel", &Request::channel),
        date("received_on", &Request::receivedOn),
        date("requested_by", &Request::requestedBy),
        text("summary", &Request::summary),
        list("offences", &Request::offences),
    };
    return fields;
}

QString at(const char* list, std::size_t index, const char* field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(index).arg(QLatin1String(field));
}

QString at(const char* list, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

const QString pending = QStringLiteral("pending");

} // namespace

bool RequestAmendment::mayChangeOrRemove(const Measure& measure)
{
    return measure.status == pending;
}

QStringList RequestAmendment::editableFields()
{
    QStringList keys;
    for (const EditableField& field : fieldTable()) {
        keys << QLatin1String(field.key);
    }
    return keys;
}

RequestAmendment::RequestAmendment(const Request& stored, const Request& edited, const QDate& today)
    : m_amended(stored)
{
    keepUnchangeable(stored, edited);
    compareOwnFields(stored, edited);
    compareMeasures(stored, edited);
    m_amended.persons = edited.persons;
    if (!(edited.persons == stored.persons)) {
        m_changed << QStringLiteral("persons");
    }
    compareLinks(stored, edited);

    std::vector<FieldProblem> invalid
        = RequestValidator::validate(m_amended, today, RequestValidator::Mode::New);
    m_problems.insert(m_problems.begin(), invalid.begin(), invalid.end());
}

void RequestAmendment::keepUnchangeable(const Request& stored, const Request& edited)
{
    auto refuse = [this](const char* field, bool differs, const QString& message) {
        if (differs) {
            m_problems.push_back({QLatin1String(field), message});
        }
    };
    auto through = [](Step step) {
        return tr("changes only through the step “%1”").arg(labelOf(step));
    };
    refuse("reference", !edited.reference.isEmpty() && edited.reference != stored.reference,
           tr("never changes"));
    refuse("direction", edited.direction != stored.direction, tr("never changes"));
    refuse("state", edited.state != stored.state, tr("changes only through the workflow's steps"));
    refuse("disposition", edited.disposition != stored.disposition,
           tr("changes only through the workflow's steps"));
    refuse("priority", edited.priority != stored.priority, through(Step::ChangePriority));
    refuse("urgency_reason", edited.urgencyReason != stored.urgencyReason, through(Step::ChangePriority));
    refuse("confidentiality", edited.confidentiality != stored.confidentiality,
           through(Step::ChangeConfidentiality));
    refuse("sent_on", edited.sentOn != stored.sentOn, through(Step::Send));
    refuse("assignee", edited.assignee != stored.assignee, through(Step::Reassign));
}

void RequestAmendment::compareOwnFields(const Request& stored, const Request& edited)
{
    for (const EditableField& field : fieldTable()) {
        bool differs = false;
        if (field.text) {
            differs = edited.*field.text != stored.*field.text;
            m_amended.*field.text = edited.*field.text;
        } else if (field.date) {
            differs = edited.*field.date != stored.*field.date;
            m_amended.*field.date = edited.*field.date;
        } else {
            differs = edited.*field.list != stored.*field.list;
            m_amended.*field.list = edited.*field.list;
        }
        if (differs) {
            m_changed << QLatin1String(field.key);
            m_ownFieldsChanged = m_ownFieldsChanged || !field.list;
        }
    }
}

void RequestAmendment::compareMeasures(const Request& stored, const Request& edited)
{
    // A measure keeps its identity (its stored id) while its type or note
    // change; a measure without an id is a new one.
    const QString recordResult = labelOf(Step::RecordMeasureResult);
    QSet<qint64> kept;
    for (std::size_t i = 0; i < edited.measures.size(); ++i) {
        const Measure& measure = edited.measures[i];
        if (measure.id == 0) {
            if (measure.status != pending) {
                m_problems.push_back(
                    {at("measures", i, "status"),
                     tr("a new measure is pending; its result is recorded with the step “%1”")
                         .arg(recordResult)});
            }
            m_addedMeasures.push_back(measure);
            continue;
        }
        const auto before = std::find_if(stored.measures.cbegin(), stored.measures.cend(),
                                         [&](const Measure& m) { return m.id == measure.id; });
        if (before == stored.measures.cend()) {
            m_problems.push_back({at("measures", i), tr("is not a measure of this request")});
            continue;
        }
        if (kept.contains(measure.id)) {
            m_problems.push_back({at("measures", i), tr("is the same measure as one before it")});
            continue;
        }
        kept.insert(measure.id);
        if (measure.status != before->status) {
            m_problems.push_back(
                {at("measures", i, "status"), tr("changes only through the step “%1”").arg(recordResult)});
        } else if (measure.type != before->type && !mayChangeOrRemove(*before)) {
            m_problems.push_back({at("measures", i, "type"),
                                  tr("cannot change while the measure is “%1”: its result belongs to its "
                                     "type; record it as pending first (step “%2”)")
                                      .arg(Codes::measureStatuses().label(before->status), recordResult)});
        }
        if (measure.type != before->type || measure.note != before->note) {
            m_changedMeasures.push_back(measure);
        }
    }
    for (std::size_t i = 0; i < stored.measures.size(); ++i) {
        const Measure& measure = stored.measures[i];
        if (kept.contains(measure.id)) {
            continue;
        }
        if (!mayChangeOrRemove(measure)) {
            m_problems.push_back({QStringLiteral("measures"),
                                  tr("measure %1 (%2) is “%3” and cannot be removed: record it as pending "
                                     "first (step “%4”)")
                                      .arg(i + 1)
                                      .arg(Codes::assistanceTypes().label(measure.type),
                                           Codes::measureStatuses().label(measure.status), recordResult)});
        }
        m_removedMeasures.push_back(measure.id);
    }
    m_amended.measures = edited.measures;
    if (!m_addedMeasures.empty() || !m_changedMeasures.empty() || !m_removedMeasures.empty()) {
        m_changed << QStringLiteral("measures");
    }
}

void RequestAmendment::compareLinks(const Request& stored, const Request& edited)
{
    for (const Link& link : edited.links) {
        const auto before = std::find_if(stored.links.cbegin(), stored.links.cend(),
                                         [&](const Link& l) { return l.reference == link.reference; });
        if (before == stored.links.cend() || before->kind != link.kind) {
            m_setLinks.push_back(link);
        }
    }
    for (const Link& link : stored.links) {
        const bool kept = std::any_of(edited.links.cbegin(), edited.links.cend(),
                                      [&](const Link& l) { return l.reference == link.reference; });
        if (!kept) {
            m_removedLinks << link.reference;
        }
    }
    m_amended.links = edited.links;
    if (!m_setLinks.empty() || !m_removedLinks.isEmpty()) {
        m_changed << QStringLiteral("links");
    }
}

Status RequestAmendment::findLinkedRequests(const RequestReader& reader)
{
    m_linkTargets.clear();
    m_unlinkTargets.clear();
    for (const Link& link : m_setLinks) {
        Result<std::optional<qint64>> target = reader.idOf(link.reference);
        if (!target) {
            return target.error();
        }
        if (*target) {
            m_linkTargets.emplace_back(**target, link.kind);
            continue;
        }
        const auto index
            = std::find(m_amended.links.cbegin(), m_amended.links.cend(), link) - m_amended.links.cbegin();
        m_problems.push_back({at("links", std::size_t(index), "reference"),
                              tr("there is no request “%1”").arg(link.reference)});
    }
    for (const QString& reference : m_removedLinks) {
        Result<std::optional<qint64>> target = reader.idOf(reference);
        if (!target) {
            return target.error();
        }
        if (*target) { // a linked request is never deleted; but if it were, so is the link
            m_unlinkTargets.push_back(**target);
        }
    }
    return Status();
}

Status RequestAmendment::write(RequestWriter& writer) const
{
    const qint64 id = m_amended.id;
    if (m_ownFieldsChanged) {
        if (Status status = writer.updateDetails(m_amended); !status.ok()) {
            return status;
        }
    }
    if (changes(QStringLiteral("legal_basis"))) {
        if (Status status = writer.replaceLegalBases(id, m_amended.legalBasis); !status.ok()) {
            return status;
        }
    }
    if (changes(QStringLiteral("offences"))) {
        if (Status status = writer.replaceOffences(id, m_amended.offences); !status.ok()) {
            return status;
        }
    }
    if (changes(QStringLiteral("persons"))) {
        if (Status status = writer.replacePersons(id, m_amended.persons); !status.ok()) {
            return status;
        }
    }
    for (qint64 measureId : m_removedMeasures) {
        if (Status status = writer.deleteMeasure(id, measureId); !status.ok()) {
            return status;
        }
    }
    for (const Measure& measure : m_changedMeasures) {
        if (Status status = writer.updateMeasure(measure); !status.ok()) {
            return status;
        }
    }
    for (const Measure& measure : m_addedMeasures) {
        if (Status status = writer.insertMeasure(id, measure); !status.ok()) {
            return status;
        }
    }
    for (qint64 target : m_unlinkTargets) {
        if (Status status = writer.removeLink(id, target); !status.ok()) {
            return status;
        }
    }
    for (const auto& [target, kind] : m_linkTargets) {
        if (Status status = writer.setLink(id, target, kind); !status.ok()) {
            return status;
        }
    }
    return Status();
}

} // namespace Masar
