#include "Commands.h"
#include "RequestOptions.h"
#include "core/Iso8601.h"
#include "io/JsonWriter.h"
#include "io/SavedFile.h"
#include "io/TextTable.h"
#include "services/Dashboard.h"
#include "services/RequestFilterFields.h"

#include <QFile>

namespace Masar::Cli {

namespace {

// The dashboard as text for people, or as JSON for programs: the same
// figures as the window's (Dashboard), each with the filter of its requests.
class DashboardCommand
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::DashboardCommand)

public:
    static void options(QCommandLineParser& parser)
    {
        RequestOptions::addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("json")});
        parser.addOption(
            {QStringLiteral("due-within"),
             tr("“Due soon” means due within this many days (default %1).").arg(Dashboard::defaultAtRiskDays),
             QStringLiteral("N")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("Write to this file instead of standard output."),
                          QStringLiteral("FILE")});
    }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("dashboard takes options only."));
        }
        Result<QString> format
            = RequestOptions::format(parser, {QStringLiteral("text"), QStringLiteral("json")});
        if (!format) {
            return context.usage(format.error().message());
        }
        int days = Dashboard::defaultAtRiskDays;
        if (parser.isSet(QStringLiteral("due-within"))) {
            bool ok = false;
            days = parser.value(QStringLiteral("due-within")).toInt(&ok);
            if (!ok || days < 0 || days > Dashboard::mostAtRiskDays) {
                return context.usage(tr("--due-within takes a number of days from 0 to %1, not “%2”.")
                                         .arg(Dashboard::mostAtRiskDays)
                                         .arg(parser.value(QStringLiteral("due-within"))));
            }
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<DashboardFigures> figures = Dashboard(**context.database(), context.clock()).compute(days);
        if (!figures) {
            return context.fail(figures.error());
        }
        const auto write = [&figures, json = *format == QLatin1String("json")](QIODevice& device) {
            if (json) {
                writeJson(*figures, &device);
            } else {
                device.write(text(*figures).toUtf8());
            }
            return Status();
        };
        if (parser.isSet(QStringLiteral("output"))) {
            // Whole or not at all; a failure is a storage problem (exit 3).
            if (Status written = SavedFile::write(parser.value(QStringLiteral("output")), write);
                !written.ok()) {
                return context.fail(written);
            }
            return Done;
        }
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        context.out.flush();
        if (Status written = write(out); !written.ok()) {
            return context.fail(written);
        }
        if (Status written = context.finishWriting(out); !written.ok()) {
            return context.fail(written);
        }
        return Done;
    }

private:
    static QString number(int value) { return QString::number(value); }

    static QString assigneeName(const DashboardFigures::DeadlineCounts& row)
    {
        //: In the dashboard: the requests assigned to nobody.
        return row.key.isEmpty()  ? tr("(nobody)")
            : row.name == row.key ? row.key
                                  : tr("%1 (%2)").arg(row.name, row.key);
    }

    static QString ageLabel(DashboardFigures::Age age)
    {
        switch (age) {
        case DashboardFigures::Age::UpTo30Days:
            return tr("0–30 days");
        case DashboardFigures::Age::UpTo90Days:
            return tr("31–90 days");
        case DashboardFigures::Age::UpTo180Days:
            return tr("91–180 days");
        case DashboardFigures::Age::Over180Days:
            return tr("over 180 days");
        case DashboardFigures::Age::NotSent:
            return tr("not sent yet");
        }
        return QString();
    }

    static QString text(const DashboardFigures& f)
    {
        QString result;
        result += tr("Dashboard as of %1; due soon: within %n day(s).", nullptr, f.atRiskDays)
                      .arg(Iso8601::formatDate(f.today))
            + QLatin1Char('\n');
        result += tr("Open requests: %1 (incoming %2, outgoing %3).")
                      .arg(number(f.open.count), number(f.openIncoming.count), number(f.openOutgoing.count))
            + QLatin1String("\n\n");

        TextTable states({tr("state"), tr("direction"), tr("open")});
        for (const auto& s : f.openByState) {
            states.addRow({keyOf(s.state), keyOf(s.direction), number(s.requests.count)});
        }
        result += states.toString() + QLatin1Char('\n');

        const QString dueSoon = tr("due within %n day(s)", nullptr, f.atRiskDays);
        TextTable assignees({tr("assignee"), tr("overdue"), dueSoon});
        for (const auto& row : f.byAssignee) {
            assignees.addRow({assigneeName(row), number(row.overdue.count), number(row.dueSoon.count)});
        }
        assignees.addRow(
            {tr("all"), number(f.allDeadlines.overdue.count), number(f.allDeadlines.dueSoon.count)});
        result += assignees.toString() + QLatin1Char('\n');

        TextTable partners({tr("partner"), tr("overdue"), dueSoon});
        for (const auto& row : f.byPartner) {
            partners.addRow(
                {Codes::countryWithCode(row.key), number(row.overdue.count), number(row.dueSoon.count)});
        }
        result += partners.toString() + QLatin1Char('\n');

        TextTable ageing({tr("open for"), tr("incoming"), tr("outgoing"), tr("all")});
        for (const auto& a : f.ageing) {
            ageing.addRow(
                {ageLabel(a.age), number(a.incoming.count), number(a.outgoing.count), number(a.both.count)});
        }
        result += ageing.toString() + QLatin1Char('\n');

        //: The median number of days from receipt to results sent (incoming), or from sending to results
        //: received (outgoing).
        TextTable turnaround({tr("direction"), tr("partner"), tr("closed with results"), tr("median days")});
        for (const auto& t : f.turnaround) {
            turnaround.addRow(
                {keyOf(t.direction), Codes::countryWithCode(t.country), number(t.requests.count),
                 t.medianDays
                     ? QString::number(*t.medianDays, 'f', *t.medianDays == int(*t.medianDays) ? 0 : 1)
                     : QStringLiteral("-")});
        }
        result += turnaround.toString();
        return result;
    }

    // The keys of the settings and of masar-cli's filter options (RequestFilterFields).
    static void writeFilter(JsonWriter& json, const RequestFilter& filter)
    {
        RequestFilterFields::writeJson(json, filter);
    }

    static void writeCount(JsonWriter& json, const QString& key, const DashboardCount& count)
    {
        json.key(key);
        json.beginObject();
        json.key(QStringLiteral("count"));
        json.number(count.count);
        json.key(QStringLiteral("filter"));
        writeFilter(json, count.filter);
        json.endObject();
    }

    static void writeDeadlines(JsonWriter& json, const DashboardFigures::DeadlineCounts& row)
    {
        writeCount(json, QStringLiteral("overdue"), row.overdue);
        writeCount(json, QStringLiteral("due_soon"), row.dueSoon);
    }

    static void writeJson(const DashboardFigures& f, QIODevice* device)
    {
        JsonWriter json(device);
        json.beginObject();
        json.key(QStringLiteral("format"));
        json.string(QStringLiteral("masar-dashboard"));
        json.key(QStringLiteral("version"));
        json.number(1);
        json.key(QStringLiteral("as_of"));
        json.string(Iso8601::formatDate(f.today));
        json.key(QStringLiteral("due_within_days"));
        json.number(f.atRiskDays);
        writeCount(json, QStringLiteral("open"), f.open);
        writeCount(json, QStringLiteral("open_incoming"), f.openIncoming);
        writeCount(json, QStringLiteral("open_outgoing"), f.openOutgoing);

        json.key(QStringLiteral("open_by_state"));
        json.beginArray();
        for (const auto& s : f.openByState) {
            json.beginObject();
            json.key(QStringLiteral("direction"));
            json.string(keyOf(s.direction));
            json.key(QStringLiteral("state"));
            json.string(keyOf(s.state));
            writeCount(json, QStringLiteral("requests"), s.requests);
            json.endObject();
        }
        json.endArray();

        json.key(QStringLiteral("deadlines"));
        json.beginObject();
        writeDeadlines(json, f.allDeadlines);
        json.key(QStringLiteral("by_assignee"));
        json.beginArray();
        for (const auto& row : f.byAssignee) {
            json.beginObject();
            json.key(QStringLiteral("assignee"));
            json.stringOrNull(row.key);
            json.key(QStringLiteral("name"));
            json.stringOrNull(row.name);
            writeDeadlines(json, row);
            json.endObject();
        }
        json.endArray();
        json.key(QStringLiteral("by_partner"));
        json.beginArray();
        for (const auto& row : f.byPartner) {
            json.beginObject();
            json.key(QStringLiteral("country"));
            json.string(row.key);
            writeDeadlines(json, row);
            json.endObject();
        }
        json.endArray();
        json.endObject();

        json.key(QStringLiteral("ageing"));
        json.beginArray();
        for (const auto& a : f.ageing) {
            json.beginObject();
            json.key(QStringLiteral("age"));
            json.string(DashboardFigures::ageKey(a.age));
            json.key(QStringLiteral("opened_from"));
            json.stringOrNull(Iso8601::formatDate(DashboardFigures::ageFrom(a.age, f.today)));
            json.key(QStringLiteral("opened_until"));
            json.stringOrNull(Iso8601::formatDate(DashboardFigures::ageUntil(a.age, f.today)));
            writeCount(json, QStringLiteral("incoming"), a.incoming);
            writeCount(json, QStringLiteral("outgoing"), a.outgoing);
            writeCount(json, QStringLiteral("all"), a.both);
            json.endObject();
        }
        json.endArray();

        json.key(QStringLiteral("days_to_results"));
        json.beginArray();
        for (const auto& t : f.turnaround) {
            json.beginObject();
            json.key(QStringLiteral("direction"));
            json.string(keyOf(t.direction));
            json.key(QStringLiteral("country"));
            json.string(t.country);
            writeCount(json, QStringLiteral("requests"), t.requests);
            json.key(QStringLiteral("median_days"));
            json.value(t.medianDays ? QJsonValue(*t.medianDays) : QJsonValue());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        device->write("\n");
    }
};

} // namespace

std::vector<Command> dashboardCommands()
{
    return {
        {"dashboard",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Show open requests by state, overdue and due soon by assignee and partner, "
                           "their ages, and the days to results."),
         "", false, &DashboardCommand::options, &DashboardCommand::run},
    };
}

} // namespace Masar::Cli
