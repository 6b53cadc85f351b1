#include "RequestText.h"

#include "core/Iso8601.h"
#include "deadlines/DeadlineEngine.h"
#include "io/RequestFields.h"
#include "io/TextTable.h"
#include "services/HistoryText.h"
#include "services/RequestService.h"

#include <climits>

namespace Masar::Cli {

namespace {

QString codeWithLabel(const CodeList& list, const QString& key)
{
    return key.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1 (%2)").arg(list.label(key), key);
}

} // namespace

QString RequestText::show(const Request& r, const std::optional<RequestDeadline>& deadline)
{
    QString text;
    auto line = [&text](const QString& label, const QString& value) {
        if (!value.isEmpty()) {
            text += QStringLiteral("%1: %2\n").arg(label, value);
        }
    };
    text += QStringLiteral("%1  %2 — %3\n")
                .arg(r.reference, labelOf(r.direction),
                     labelOf(r.state)
                         + (r.disposition.isEmpty()
                                ? QString()
                                : QStringLiteral(" (%1)").arg(Codes::dispositions().label(r.disposition))));
    // The deadline the request faces now, and why that date.
    if (deadline) {
        //: %1 is the kind of deadline ("decision"), %2 its date.
        text += tr("Next deadline (%1): %2")
                    .arg(DeadlineRules::label(deadline->kind), Iso8601::formatDate(deadline->due))
            + QLatin1Char('\n');
        for (const QString& why : DeadlineEngine::explain(*deadline, &Iso8601::formatDate)) {
            text += QStringLiteral("    ") + why + QLatin1Char('\n');
        }
    }
    auto field = [](const char* key) {
        return RequestFields::label(*RequestFields::find(QLatin1String(key)));
    };
    line(field("foreign_reference"), r.foreignReference);
    line(field("requesting_country"), Codes::countryWithCode(r.requestingCountry));
    line(field("requested_country"), Codes::countryWithCode(r.requestedCountry));
    line(field("requesting_authority"), r.requestingAuthority);
    line(field("requested_authority"), r.requestedAuthority);
    line(field("executing_authority"), r.executingAuthority);
    line(field("executing_reference"), r.executingReference);
    line(field("eurojust_reference"), r.eurojustReference);
    line(field("interpol_reference"), r.interpolReference);
    line(field("legal_basis"), Codes::legalBases().labels(r.legalBasis));
    line(field("legal_basis_detail"), r.legalBasisDetail);
    line(field("channel"), codeWithLabel(Codes::channels(), r.channel));
    line(field("priority"), codeWithLabel(Codes::priorities(), r.priority));
    line(field("urgency_reason"), r.urgencyReason);
    line(field("confidentiality"), codeWithLabel(Codes::confidentialities(), r.confidentiality));
    line(field("received_on"), Iso8601::formatDate(r.receivedOn));
    line(field("requested_by"), Iso8601::formatDate(r.requestedBy));
    line(field("sent_on"), Iso8601::formatDate(r.sentOn));
    line(field("assignee"), r.assignee);
    line(field("offences"), Codes::offences().labels(r.offences));
    line(field("summary"), r.summary);
    if (!r.measures.empty()) {
        text += tr("Measures:") + QLatin1Char('\n');
        for (const Measure& m : r.measures) {
            text += QStringLiteral("  - %1: %2%3\n")
                        .arg(Codes::assistanceTypes().label(m.type), Codes::measureStatuses().label(m.status),
                             m.note.isEmpty() ? QString() : QStringLiteral(" — ") + m.note);
        }
    }
    if (!r.persons.empty()) {
        text += tr("Persons:") + QLatin1Char('\n');
        for (const Person& p : r.persons) {
            QStringList details {Codes::personRoles().label(p.role)};
            if (!p.nationality.isEmpty()) {
                details << Codes::countryWithCode(p.nationality);
            }
            if (p.birthDate.isValid()) {
                details << Iso8601::formatDate(p.birthDate);
            }
            text += QStringLiteral("  - %1 (%2)\n").arg(p.name, details.join(QLatin1String(", ")));
        }
    }
    if (!r.links.empty()) {
        text += tr("Links:") + QLatin1Char('\n');
        for (const Link& l : r.links) {
            text += QStringLiteral("  - %1 %2\n").arg(Codes::linkKinds().label(l.kind), l.reference);
        }
    }
    if (!r.documents.empty()) {
        text += tr("Documents:") + QLatin1Char('\n');
        for (const Document& d : r.documents) {
            text += QStringLiteral("  - %1 (%2, %3, sha256 %4)\n")
                        .arg(d.name, d.mediaType,
                             tr("%n byte(s)", nullptr, int(std::min<qint64>(d.size, INT_MAX))), d.sha256);
        }
    }
    text += tr("History:") + QLatin1Char('\n');
    TextTable table({tr("when (UTC)"), tr("by"), tr("step"), tr("from"), tr("to"), tr("note")});
    HistoryText::Style style;
    style.date = [](const QDate& date) {
        return Iso8601::formatDate(date);
    };
    for (const HistoryEntry& h : r.history) {
        table.addRow({Iso8601::formatTimestamp(h.at), h.actor, keyOf(h.step),
                      h.from ? keyOf(*h.from) : QStringLiteral("-"), keyOf(h.to),
                      HistoryText::lines(h, style).join(QStringLiteral("; "))});
    }
    text += table.toString();
    return text;
}

} // namespace Masar::Cli
