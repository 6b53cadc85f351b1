#include "StatusSummary.h"

#include "core/DocumentLanguage.h"
#include "core/LocaleText.h"
#include "deadlines/DeadlineRules.h"
#include "deadlines/DeadlineStatus.h"
#include "domain/Workflow.h"
#include "services/HistoryText.h"

namespace Masar {

namespace {

using Fields = std::vector<std::pair<QString, QString>>;

void addIf(Fields& fields, const QString& label, const QString& value)
{
    if (!value.isEmpty()) {
        fields.emplace_back(label, value);
    }
}

// "Morocco, Ministry of Justice", or either alone.
QString stateAndAuthority(const QString& country, const QString& authority)
{
    QStringList parts;
    if (!country.isEmpty()) {
        parts << Codes::countryName(country);
    }
    if (!authority.isEmpty()) {
        parts << LocaleText::isolated(authority);
    }
    return parts.join(QStringLiteral(" — "));
}

} // namespace

PrintDocument StatusSummary::build(const Request& r, const Options& options, const DocumentLanguage& language,
                                   const PrintContext& context)
{
    const DocumentLanguage::Scope scope(language);
    PrintDocument document = context.start(language);
    //: The title of the printed status summary of one request.
    document.title = tr("Request status summary");
    //: Under the title of a status summary: %1 is our reference, %2 a date.
    document.subtitle
        = tr("%1 — as of %2").arg(LocaleText::isolated(r.reference), language.date(context.today));
    document.marking = PrintContext::marking(r.confidentiality);
    document.sections.push_back(references(r));
    document.sections.push_back(parties(r, language));
    document.sections.push_back(legalBasis(r));
    document.sections.push_back(standing(r, language, context));
    PrintSection offences {QStringLiteral("offences"), tr("Offences"), {}, {}, {}};
    offences.paragraphs << (r.offences.isEmpty() ? tr("None recorded.")
                                                 : Codes::offences().labels(r.offences));
    document.sections.push_back(offences);
    document.sections.push_back(measures(r));
    if (!r.summary.isEmpty()) {
        PrintSection summary {QStringLiteral("summary"), tr("Summary of the facts"), {}, {r.summary}, {}};
        document.sections.push_back(summary);
    }
    document.sections.push_back(persons(r, options, language));
    document.sections.push_back(timeline(r, language, context));
    return document;
}

PrintSection StatusSummary::references(const Request& r)
{
    PrintSection references {QStringLiteral("references"), tr("References"), {}, {}, {}};
    references.fields.emplace_back(tr("Our reference"), r.reference);
    addIf(references.fields, tr("Foreign reference"), r.foreignReference);
    addIf(references.fields, tr("Executing authority's reference"), r.executingReference);
    addIf(references.fields, tr("Eurojust reference"), r.eurojustReference);
    addIf(references.fields, tr("Interpol reference"), r.interpolReference);
    return references;
}

PrintSection StatusSummary::parties(const Request& r, const DocumentLanguage& language)
{
    PrintSection parties {QStringLiteral("parties"), tr("Request"), {}, {}, {}};
    parties.fields.emplace_back(tr("Direction"), labelOf(r.direction));
    addIf(parties.fields, tr("Requesting state"),
          stateAndAuthority(r.requestingCountry, r.requestingAuthority));
    addIf(parties.fields, tr("Requested state"), stateAndAuthority(r.requestedCountry, r.requestedAuthority));
    addIf(parties.fields, tr("Executing authority"), r.executingAuthority);
    parties.fields.emplace_back(tr("Channel"), Codes::channels().label(r.channel));
    QString priority = Codes::priorities().label(r.priority);
    if (!r.urgencyReason.isEmpty()) {
        priority = tr("%1 (%2)").arg(priority, LocaleText::isolated(r.urgencyReason));
    }
    parties.fields.emplace_back(tr("Priority"), priority);
    parties.fields.emplace_back(tr("Confidentiality"), Codes::confidentialities().label(r.confidentiality));
    addIf(parties.fields, tr("Received on"), language.date(r.receivedOn));
    addIf(parties.fields, tr("Sent on"), language.date(r.sentOn));
    addIf(parties.fields, tr("Reply requested by"), language.date(r.requestedBy));
    return parties;
}

PrintSection StatusSummary::legalBasis(const Request& r)
{
    PrintSection basis {QStringLiteral("legal-basis"), tr("Legal basis"), {}, {}, {}};
    basis.paragraphs << (r.legalBasis.isEmpty() ? tr("None recorded.")
                                                : Codes::legalBases().labels(r.legalBasis));
    if (!r.legalBasisDetail.isEmpty()) {
        basis.paragraphs << r.legalBasisDetail;
    }
    return basis;
}

PrintSection StatusSummary::standing(const Request& r, const DocumentLanguage& language,
                                     const PrintContext& context)
{
    PrintSection status {QStringLiteral("status"), tr("Where it stands"), {}, {}, {}};
    QString state = labelOf(r.state);
    if (r.state == State::Closed && !r.disposition.isEmpty()) {
        state = tr("%1 (%2)").arg(state, Codes::dispositions().label(r.disposition));
    }
    status.fields.emplace_back(tr("Current state"), state);
    status.fields.emplace_back(tr("Assigned to"),
                               r.assignee.isEmpty() ? tr("Nobody") : context.userName(r.assignee));
    QString deadline = tr("None running");
    if (r.nextDeadline.isValid()) {
        const std::optional<DeadlineKind> kind = DeadlineRules::kindOf(r.deadlineKind);
        deadline = kind ? tr("%1 (%2)").arg(language.date(r.nextDeadline), DeadlineRules::label(*kind))
                        : language.date(r.nextDeadline);
        const QString standing = DeadlineStatus::describe(r.nextDeadline, context.today, context.atRiskDays);
        if (!standing.isEmpty()) {
            deadline = tr("%1 — %2").arg(deadline, standing);
        }
    }
    status.fields.emplace_back(tr("Next deadline"), deadline);
    return status;
}

PrintSection StatusSummary::measures(const Request& r)
{
    PrintSection measures {QStringLiteral("measures"), tr("Measures requested"), {}, {}, {}};
    if (r.measures.empty()) {
        measures.paragraphs << tr("None recorded.");
    } else {
        PrintTable table;
        table.headers << tr("Measure") << tr("Status") << tr("Note");
        table.widths = {35, 20, 45};
        for (const Measure& measure : r.measures) {
            table.rows.push_back({{Codes::assistanceTypes().label(measure.type),
                                   Codes::measureStatuses().label(measure.status), measure.note},
                                  PrintTable::RowKind::Plain,
                                  false});
        }
        measures.table = table;
    }
    return measures;
}

PrintSection StatusSummary::persons(const Request& r, const Options& options,
                                    const DocumentLanguage& language)
{
    PrintSection persons {QStringLiteral("persons"), tr("Persons"), {}, {}, {}};
    if (r.persons.empty()) {
        persons.paragraphs << tr("None recorded.");
    } else if (!options.withPersons) {
        //: In a printed summary printed without personal data.
        persons.paragraphs << tr("%Ln person(s) named in the request, not printed (personal data).", nullptr,
                                 int(r.persons.size()));
    } else {
        PrintTable table;
        table.headers << tr("Name") << tr("Role") << tr("Nationality") << tr("Date of birth");
        table.widths = {34, 18, 18, 30};
        for (const Person& person : r.persons) {
            table.rows.push_back({{person.name, Codes::personRoles().label(person.role),
                                   Codes::countryName(person.nationality), language.date(person.birthDate)},
                                  PrintTable::RowKind::Plain,
                                  false});
        }
        persons.table = table;
    }
    return persons;
}

PrintSection StatusSummary::timeline(const Request& r, const DocumentLanguage& language,
                                     const PrintContext& context)
{
    PrintSection timeline {QStringLiteral("timeline"), tr("Timeline"), {}, {}, {}};
    PrintTable steps;
    steps.headers << tr("Date") << tr("Step") << tr("By") << tr("Note");
    steps.widths = {24, 22, 20, 34};
    HistoryText::Style style;
    style.locale = language.locale();
    style.date = [&language](const QDate& date) {
        return language.date(date);
    };
    style.person = [&context](const QString& name) {
        return context.userName(name);
    };
    for (const HistoryEntry& entry : r.history) {
        steps.rows.push_back({{language.date(entry.at.toLocalTime().date()), labelOf(entry.step),
                               context.userName(entry.actor), HistoryText::note(entry, style)},
                              PrintTable::RowKind::Plain,
                              false});
    }
    if (steps.rows.empty()) {
        timeline.paragraphs << tr("None recorded.");
    } else {
        timeline.table = steps;
    }
    return timeline;
}

} // namespace Masar
