#include "StatusReport.h"

#include "core/DocumentLanguage.h"
#include "core/Iso8601.h"
#include "core/LocaleText.h"
#include "deadlines/DeadlineRules.h"
#include "deadlines/DeadlineStatus.h"
#include "domain/Workflow.h"
#include "io/Csv.h"
#include "services/RequestFilterText.h"
#include "services/RequestReader.h"

#include <QCollator>

#include <algorithm>
#include <map>

namespace Masar {

namespace {

struct Group
{
    QString key; // a state's key or a country code
    QString label;
    std::vector<const StatusReport::Row*> rows;
    int overdue = 0;
};

bool isOverdue(const StatusReport::Row& row, const QDate& today)
{
    return Workflow::isOpen(row.state)
        && DeadlineStatus::of(row.nextDeadline, today) == DeadlineStatus::Level::Overdue;
}

// The most pressing first: by next deadline, those without one last, then by reference.
bool moreUrgent(const StatusReport::Row* a, const StatusReport::Row* b)
{
    if (a->nextDeadline.isValid() != b->nextDeadline.isValid()) {
        return a->nextDeadline.isValid();
    }
    if (a->nextDeadline != b->nextDeadline) {
        return a->nextDeadline < b->nextDeadline;
    }
    return a->reference < b->reference;
}

// The groups in the order people expect: states as the workflow runs, countries by name.
std::vector<Group> groupsOf(const std::vector<StatusReport::Row>& rows, StatusReport::Grouping grouping,
                            const DocumentLanguage& language, const QDate& today)
{
    std::map<QString, Group> byKey;
    for (const StatusReport::Row& row : rows) {
        const QString key = grouping == StatusReport::Grouping::State ? keyOf(row.state) : row.partnerCountry;
        Group& group = byKey[key];
        group.key = key;
        group.rows.push_back(&row);
        group.overdue += isOverdue(row, today) ? 1 : 0;
    }
    std::vector<Group> groups;
    for (auto& [key, group] : byKey) {
        if (grouping == StatusReport::Grouping::State) {
            group.label = labelOf(*fromKey<State>(key));
        } else {
            group.label = key.isEmpty() ? StatusReport::tr("No partner country") : Codes::countryName(key);
        }
        std::sort(group.rows.begin(), group.rows.end(), moreUrgent);
        groups.push_back(std::move(group));
    }
    if (grouping == StatusReport::Grouping::State) {
        const std::vector<State> order = allOf<State>();
        auto rank = [&order](const Group& group) {
            return std::find(order.begin(), order.end(), *fromKey<State>(group.key)) - order.begin();
        };
        std::sort(groups.begin(), groups.end(),
                  [&rank](const Group& a, const Group& b) { return rank(a) < rank(b); });
    } else {
        QCollator collator(language.locale());
        // Countries by name; requests with no partner country after them.
        std::sort(groups.begin(), groups.end(), [&collator](const Group& a, const Group& b) {
            if (a.key.isEmpty() != b.key.isEmpty()) {
                return b.key.isEmpty();
            }
            return collator.compare(a.label, b.label) < 0;
        });
    }
    return groups;
}

QString deadlineText(const StatusReport::Row& row, const DocumentLanguage& language)
{
    if (!row.nextDeadline.isValid()) {
        return QString();
    }
    const std::optional<DeadlineKind> kind = DeadlineRules::kindOf(row.deadlineKind);
    return kind
        ? StatusReport::tr("%1 (%2)").arg(language.date(row.nextDeadline), DeadlineRules::label(*kind))
        : language.date(row.nextDeadline);
}

QString remark(const StatusReport::Row& row, const PrintContext& context)
{
    if (!Workflow::isOpen(row.state)) {
        return QString();
    }
    return DeadlineStatus::describe(row.nextDeadline, context.today, context.atRiskDays);
}

QString countText(int requests, int overdue)
{
    const QString count = StatusReport::tr("%Ln request(s)", nullptr, requests);
    return overdue == 0
        ? count
        : StatusReport::tr("%1, %2").arg(count, StatusReport::tr("%Ln overdue", nullptr, overdue));
}

// The first page: which requests the report covers, how grouped, how many.
PrintSection coveredSection(const std::vector<StatusReport::Row>& rows, int overdue,
                            const StatusReport::Options& options, const DocumentLanguage& language)
{
    using Grouping = StatusReport::Grouping;
    PrintSection covered {QStringLiteral("filter"), StatusReport::tr("Requests covered"), {}, {}, {}};
    const QStringList conditions = RequestFilterText::conditions(
        options.filter, [&language](const QDate& date) { return language.date(date); });
    covered.fields.emplace_back(StatusReport::tr("Filter"),
                                conditions.isEmpty() ? StatusReport::tr("All requests")
                                                     : language.locale().createSeparatedList(conditions));
    covered.fields.emplace_back(StatusReport::tr("Grouped by"),
                                options.grouping == Grouping::State ? StatusReport::tr("state")
                                                                    : StatusReport::tr("partner country"));
    covered.fields.emplace_back(StatusReport::tr("Requests"), language.number(qint64(rows.size())));
    covered.fields.emplace_back(StatusReport::tr("Overdue"), language.number(overdue));
    return covered;
}

// The count of each group and the total.
PrintSection totalsSection(const std::vector<StatusReport::Row>& rows, const std::vector<Group>& groups,
                           int overdue, const StatusReport::Options& options,
                           const DocumentLanguage& language)
{
    using Grouping = StatusReport::Grouping;
    PrintSection totals {QStringLiteral("totals"), StatusReport::tr("Totals"), {}, {}, {}};
    PrintTable totalTable;
    totalTable.headers << (options.grouping == Grouping::State ? StatusReport::tr("State")
                                                               : StatusReport::tr("Partner country"))
                       << StatusReport::tr("Requests") << StatusReport::tr("Overdue");
    totalTable.widths = {60, 20, 20};
    for (const Group& group : groups) {
        totalTable.rows.push_back(
            {{group.label, language.number(qint64(group.rows.size())), language.number(group.overdue)},
             PrintTable::RowKind::Plain,
             group.overdue > 0});
    }
    totalTable.rows.push_back(
        {{StatusReport::tr("Total"), language.number(qint64(rows.size())), language.number(overdue)},
         PrintTable::RowKind::Total,
         false});
    totals.table = totalTable;
    return totals;
}

// Every request, group by group, from page two.
PrintSection listSection(const std::vector<StatusReport::Row>& rows, const std::vector<Group>& groups,
                         const StatusReport::Options& options, const DocumentLanguage& language,
                         const PrintContext& context)
{
    using Grouping = StatusReport::Grouping;
    PrintSection list {QStringLiteral("requests"), StatusReport::tr("Requests"), {}, {}, {}};
    // The list starts a page of its own, after the first page's filter and
    // totals: the pages are laid out once, no heading has to move.
    list.newPage = !rows.empty();
    if (rows.empty()) {
        list.paragraphs << StatusReport::tr("No request matches the filter.");
    } else {
        PrintTable table;
        table.headers << StatusReport::tr("Reference") << StatusReport::tr("Direction")
                      << (options.grouping == Grouping::State ? StatusReport::tr("Partner country")
                                                              : StatusReport::tr("State"))
                      << StatusReport::tr("Assigned to") << StatusReport::tr("Next deadline")
                      << StatusReport::tr("Remarks");
        // Room for the widest reference (OUT-2025-24747) on one line at 9 points: a
        // reference broken over two lines reads as another one.
        table.widths = {18, 10, 15, 17, 20, 20};
        table.rows.reserve(rows.size() + groups.size());
        for (const Group& group : groups) {
            table.rows.push_back({{StatusReport::tr("%1 — %2").arg(
                                      group.label, countText(int(group.rows.size()), group.overdue))},
                                  PrintTable::RowKind::Group,
                                  false});
            for (const StatusReport::Row* row : group.rows) {
                const QString other = options.grouping == Grouping::State
                    ? Codes::countryName(row->partnerCountry)
                    : labelOf(row->state);
                table.rows.push_back({{row->reference, labelOf(row->direction), other,
                                       row->assignee.isEmpty() ? QString() : context.userName(row->assignee),
                                       deadlineText(*row, language), remark(*row, context)},
                                      PrintTable::RowKind::Plain,
                                      isOverdue(*row, context.today)});
            }
        }
        list.table = table;
    }
    return list;
}

} // namespace

QString StatusReport::groupingKey(Grouping grouping)
{
    return grouping == Grouping::State ? QStringLiteral("state") : QStringLiteral("country");
}

std::optional<StatusReport::Grouping> StatusReport::groupingOf(const QString& key)
{
    if (key == QLatin1String("state")) {
        return Grouping::State;
    }
    if (key == QLatin1String("country")) {
        return Grouping::Country;
    }
    return std::nullopt;
}

Result<std::vector<StatusReport::Row>>
StatusReport::read(const Database& database, const RequestFilter& filter, const Progress& progress)
{
    const RequestReader reader(database);
    int total = 0;
    if (progress) {
        Result<int> count = reader.count(filter);
        if (!count) {
            return count.error();
        }
        total = *count;
        if (!progress(0, total)) {
            return Error::invalid(tr("The report was stopped."));
        }
    }
    std::vector<Row> rows;
    rows.reserve(std::size_t(total));
    Status status = reader.forEach(filter, RequestReader::Detail::Header, [&](const Request& request) {
        Row row;
        row.id = request.id;
        row.reference = request.reference;
        row.direction = request.direction;
        row.partnerCountry
            = request.direction == Direction::Incoming ? request.requestingCountry : request.requestedCountry;
        row.state = request.state;
        row.assignee = request.assignee;
        row.nextDeadline = request.nextDeadline;
        row.deadlineKind = request.deadlineKind;
        row.confidentiality = request.confidentiality;
        rows.push_back(std::move(row));
        if (progress && !progress(int(rows.size()), std::max(total, int(rows.size())))) {
            return Error::invalid(tr("The report was stopped."));
        }
        return Status();
    });
    if (!status.ok()) {
        return status;
    }
    return rows;
}

PrintDocument StatusReport::build(const std::vector<Row>& rows, const Options& options,
                                  const DocumentLanguage& language, const PrintContext& context)
{
    const DocumentLanguage::Scope scope(language);
    PrintDocument document = context.start(language);
    //: The title of the printed report on many requests.
    document.title = tr("Status report");
    //: Under the title of a status report.
    document.subtitle = tr("As of %1").arg(language.date(context.today));
    QString confidentiality = QStringLiteral("normal");
    for (const Row& row : rows) {
        confidentiality = PrintContext::higher(confidentiality, row.confidentiality);
    }
    document.marking = PrintContext::marking(confidentiality);

    const std::vector<Group> groups = groupsOf(rows, options.grouping, language, context.today);
    int overdue = 0;
    for (const Group& group : groups) {
        overdue += group.overdue;
    }

    document.sections.push_back(coveredSection(rows, overdue, options, language));
    document.sections.push_back(totalsSection(rows, groups, overdue, options, language));
    document.sections.push_back(listSection(rows, groups, options, language, context));
    return document;
}

QByteArray StatusReport::csv(const std::vector<Row>& rows, const Options& options,
                             const DocumentLanguage& language, const PrintContext& context)
{
    const DocumentLanguage::Scope scope(language);
    QByteArray out("\xEF\xBB\xBF");
    out += Csv::formatRow({options.grouping == Grouping::State ? tr("State") : tr("Partner country"),
                           tr("Reference"), tr("Direction"),
                           options.grouping == Grouping::State ? tr("Partner country") : tr("State"),
                           tr("Assigned to"), tr("Next deadline"), tr("Deadline"), tr("Overdue")});
    for (const Group& group : groupsOf(rows, options.grouping, language, context.today)) {
        for (const Row* row : group.rows) {
            const std::optional<DeadlineKind> kind = DeadlineRules::kindOf(row->deadlineKind);
            out += Csv::formatRow({group.label, row->reference, labelOf(row->direction),
                                   options.grouping == Grouping::State
                                       ? Codes::countryName(row->partnerCountry)
                                       : labelOf(row->state),
                                   context.userName(row->assignee), Iso8601::formatDate(row->nextDeadline),
                                   kind ? DeadlineRules::label(*kind) : QString(),
                                   isOverdue(*row, context.today) ? tr("yes") : tr("no")});
        }
    }
    return out;
}

} // namespace Masar
