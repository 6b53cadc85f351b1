#include "Commands.h"
#include "RequestFieldOptions.h"
#include "services/RequestAmendment.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <set>

namespace Masar::Cli {

namespace {

// `masar-cli edit REF [options]`: corrects or completes a request's details
// through RequestService::amend. Own fields take the options of `new`;
// persons, measures and links are numbered from 1 in the order `show` lists
// them, as the request was before the edit.
class EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::EditCommand)

public:
    static void options(QCommandLineParser& parser)
    {
        addFieldOptions(parser, RequestAmendment::editableFields());
        parser.addOption(
            {QStringLiteral("add-offence"), tr("An offence to add (repeatable)."), QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("remove-offence"), tr("An offence to remove (repeatable)."),
                          QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("person"),
                          tr("A person to add (repeatable): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]]."),
                          QStringLiteral("PERSON")});
        parser.addOption(
            {QStringLiteral("change-person"),
             tr("Person N as it should read (repeatable): N:ROLE:NAME[:NATIONALITY[:BIRTH_DATE]]."),
             QStringLiteral("N:PERSON")});
        parser.addOption(
            {QStringLiteral("remove-person"), tr("Person N to remove (repeatable)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("add-measure"),
                          tr("A measure to add, pending (repeatable): TYPE[:NOTE]."),
                          QStringLiteral("MEASURE")});
        parser.addOption({QStringLiteral("change-measure"),
                          tr("Measure N's type and note (repeatable): N:TYPE[:NOTE]. Its status changes with "
                             "the step record_measure_result."),
                          QStringLiteral("N:MEASURE")});
        parser.addOption({QStringLiteral("remove-measure"),
                          tr("Measure N to remove, if pending (repeatable)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("link"),
                          tr("A link to add, or of another kind (repeatable): KIND:REFERENCE."),
                          QStringLiteral("LINK")});
        parser.addOption({QStringLiteral("remove-link"),
                          tr("The link to this request to remove (repeatable)."),
                          QStringLiteral("REFERENCE")});
        parser.addOption(
            {QStringLiteral("reason"), tr("Why the details change (optional)."), QStringLiteral("TEXT")});
    }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.size() != 1) {
            return context.usage(tr("edit needs one reference: edit REF [options]."));
        }
        const QString reference = arguments.at(0);
        QStringList changeOptions = {QStringLiteral("add-offence"),    QStringLiteral("remove-offence"),
                                     QStringLiteral("person"),         QStringLiteral("change-person"),
                                     QStringLiteral("remove-person"),  QStringLiteral("add-measure"),
                                     QStringLiteral("change-measure"), QStringLiteral("remove-measure"),
                                     QStringLiteral("link"),           QStringLiteral("remove-link")};
        for (const QString& key : RequestAmendment::editableFields()) {
            changeOptions << QString(key).replace(QLatin1Char('_'), QLatin1Char('-'));
        }
        if (std::none_of(changeOptions.cbegin(), changeOptions.cend(),
                         [&](const QString& option) { return parser.isSet(option); })) {
            return context.usage(tr("edit needs at least one change; “masar-cli edit --help” lists them."));
        }
        // Malformed numbers are usage errors, found before the register is opened.
        std::vector<std::pair<int, QString>> changedPersons;
        std::vector<std::pair<int, QString>> changedMeasures;
        std::set<int> removedPersons;
        std::set<int> removedMeasures;
        for (const auto& [option, changes] :
             {std::pair {QStringLiteral("change-person"), &changedPersons},
              std::pair {QStringLiteral("change-measure"), &changedMeasures}}) {
            for (const QString& value : parser.values(option)) {
                const std::optional<int> number = numberOf(value.section(QLatin1Char(':'), 0, 0));
                if (!number) {
                    return context.usage(
                        tr("--%1 takes N:… where N is a number (1, 2, …), not “%2”.").arg(option, value));
                }
                changes->emplace_back(*number, value.section(QLatin1Char(':'), 1));
            }
        }
        for (const auto& [option, removed] :
             {std::pair {QStringLiteral("remove-person"), &removedPersons},
              std::pair {QStringLiteral("remove-measure"), &removedMeasures}}) {
            for (const QString& value : parser.values(option)) {
                const std::optional<int> number = numberOf(value);
                if (!number) {
                    return context.usage(tr("--%1 takes a number (1, 2, …), not “%2”.").arg(option, value));
                }
                removed->insert(*number);
            }
        }

        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<Request> loaded = RequestReader(**context.database()).get(reference);
        if (!loaded) {
            return context.fail(loaded.error());
        }
        Request edited = *loaded;
        std::vector<FieldProblem> problems;
        readFieldOptions(parser, RequestAmendment::editableFields(), edited, problems);
        editOffences(parser, edited, problems);
        editPersons(parser, changedPersons, removedPersons, edited, problems);
        editMeasures(parser, changedMeasures, removedMeasures, edited, problems);
        editLinks(parser, edited, problems);
        if (!problems.empty()) {
            return context.fail(RequestService::notAmended(reference, problems));
        }

        RequestService service(**context.database(), context.clock());
        Result<StepOutcome> outcome = service.amend(*actor, reference, edited, loaded->revision(),
                                                    parser.value(QStringLiteral("reason")));
        if (!outcome) {
            return context.fail(outcome.error());
        }
        context.out << QStringLiteral("%1: %2 (%3)")
                           .arg(outcome->reference, keyOf(outcome->entry.step),
                                outcome->entry.changedFields().join(QLatin1String(", ")))
                    << Qt::endl;
        for (const QString& warning : outcome->warnings) {
            context.err << tr("Warning: %1").arg(warning) << Qt::endl;
        }
        return Done;
    }

private:
    static std::optional<int> numberOf(const QString& text)
    {
        bool ok = false;
        const int number = text.trimmed().toInt(&ok);
        return ok && number > 0 ? std::optional<int>(number) : std::nullopt;
    }

    // A problem with a number beyond the list: named after the list, with its size.
    static FieldProblem beyond(const char* list, int number, std::size_t size)
    {
        return {QLatin1String(list),
                tr("there is no number %1: the request has %n of them", nullptr, int(size)).arg(number)};
    }

    static void editOffences(const QCommandLineParser& parser, Request& edited,
                             std::vector<FieldProblem>& problems)
    {
        for (const QString& value : parser.values(QStringLiteral("add-offence"))) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                edited.offences << part.trimmed();
            }
        }
        for (const QString& value : parser.values(QStringLiteral("remove-offence"))) {
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (edited.offences.removeAll(part.trimmed()) == 0) {
                    problems.push_back({QStringLiteral("offences"),
                                        tr("“%1” is not among the request's offences").arg(part.trimmed())});
                }
            }
        }
    }

    static void editPersons(const QCommandLineParser& parser,
                            const std::vector<std::pair<int, QString>>& changes, const std::set<int>& removed,
                            Request& edited, std::vector<FieldProblem>& problems)
    {
        const std::size_t count = edited.persons.size();
        for (const auto& [number, text] : changes) {
            if (std::size_t(number) > count) {
                problems.push_back(beyond("persons", number, count));
                continue;
            }
            edited.persons[number - 1]
                = parsePerson(text, QStringLiteral("persons[%1]").arg(number - 1), problems);
        }
        for (auto it = removed.rbegin(); it != removed.rend(); ++it) {
            if (std::size_t(*it) > count) {
                problems.push_back(beyond("persons", *it, count));
                continue;
            }
            edited.persons.erase(edited.persons.begin() + (*it - 1));
        }
        for (const QString& text : parser.values(QStringLiteral("person"))) {
            const QString field = QStringLiteral("persons[%1]").arg(edited.persons.size());
            edited.persons.push_back(parsePerson(text, field, problems));
        }
    }

    static void editMeasures(const QCommandLineParser& parser,
                             const std::vector<std::pair<int, QString>>& changes,
                             const std::set<int>& removed, Request& edited,
                             std::vector<FieldProblem>& problems)
    {
        const std::size_t count = edited.measures.size();
        for (const auto& [number, text] : changes) {
            if (std::size_t(number) > count) {
                problems.push_back(beyond("measures", number, count));
                continue;
            }
            Measure& measure = edited.measures[number - 1];
            measure.type = text.section(QLatin1Char(':'), 0, 0).trimmed();
            measure.note = text.section(QLatin1Char(':'), 1);
        }
        for (auto it = removed.rbegin(); it != removed.rend(); ++it) {
            if (std::size_t(*it) > count) {
                problems.push_back(beyond("measures", *it, count));
                continue;
            }
            edited.measures.erase(edited.measures.begin() + (*it - 1));
        }
        for (const QString& text : parser.values(QStringLiteral("add-measure"))) {
            Measure measure;
            measure.type = text.section(QLatin1Char(':'), 0, 0).trimmed();
            measure.note = text.section(QLatin1Char(':'), 1);
            edited.measures.push_back(measure);
        }
    }

    static void editLinks(const QCommandLineParser& parser, Request& edited,
                          std::vector<FieldProblem>& problems)
    {
        auto linkTo = [&edited](const QString& reference) {
            return std::find_if(edited.links.begin(), edited.links.end(),
                                [&](const Link& link) { return link.reference == reference; });
        };
        for (const QString& value : parser.values(QStringLiteral("remove-link"))) {
            const auto it = linkTo(value.trimmed());
            if (it == edited.links.end()) {
                problems.push_back(
                    {QStringLiteral("links"), tr("the request is not linked to “%1”").arg(value.trimmed())});
                continue;
            }
            edited.links.erase(it);
        }
        for (const QString& value : parser.values(QStringLiteral("link"))) {
            const Link link {value.section(QLatin1Char(':'), 1).trimmed(),
                             value.section(QLatin1Char(':'), 0, 0).trimmed()};
            const auto it = linkTo(link.reference);
            if (it == edited.links.end()) {
                edited.links.push_back(link);
            } else {
                it->kind = link.kind;
            }
        }
    }
};

} // namespace

Command editCommand()
{
    return {
        "edit",
        QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Correct or complete a request's details (step amend)."),
        "REF",
        true,
        &EditCommand::options,
        &EditCommand::run};
}

} // namespace Masar::Cli
