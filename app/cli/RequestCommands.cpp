#include "Commands.h"
#include "RequestFieldOptions.h"
#include "RequestOptions.h"
#include "RequestText.h"
#include "core/Iso8601.h"
#include "domain/Workflow.h"
#include "io/DocumentFile.h"
#include "io/JsonWriter.h"
#include "io/RequestExport.h"
#include "io/RequestFields.h"
#include "io/RequestJson.h"
#include "io/SavedFile.h"
#include "io/TextTable.h"
#include "services/DeadlinePolicy.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Masar::Cli {

namespace {

// Fields `new` does not take: assigned by the program or set by later steps.
const QStringList notForNew = {QStringLiteral("reference"),           QStringLiteral("state"),
                               QStringLiteral("disposition"),         QStringLiteral("executing_authority"),
                               QStringLiteral("executing_reference"), QStringLiteral("sent_on")};

QString optionName(const char* key)
{
    return QString::fromLatin1(key).replace(QLatin1Char('_'), QLatin1Char('-'));
}

// The fields `new` takes.
QStringList newFields()
{
    QStringList keys;
    for (const RequestField& field : RequestFields::all()) {
        if (!notForNew.contains(QLatin1String(field.key))) {
            keys << QLatin1String(field.key);
        }
    }
    return keys;
}

class RequestCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::RequestCommands)

public:
    // The options of the request's own fields of `keys`: --foreign-reference, ...
    static void addFieldOptions(QCommandLineParser& parser, const QStringList& keys)
    {
        for (const RequestField& field : RequestFields::all()) {
            if (!keys.contains(QLatin1String(field.key))) {
                continue;
            }
            const QString label = RequestFields::label(field);
            const QString description = field.kind == RequestField::Kind::List
                ? tr("%1: codes separated by commas.").arg(label)
                : field.kind == RequestField::Kind::Date ? tr("%1: a date YYYY-MM-DD.").arg(label)
                                                         : tr("%1.").arg(label);
            parser.addOption({optionName(field.key), description, QStringLiteral("VALUE")});
        }
    }

    static void readFieldOptions(const QCommandLineParser& parser, const QStringList& keys, Request& request,
                                 std::vector<FieldProblem>& problems)
    {
        for (const RequestField& field : RequestFields::all()) {
            const QString option = optionName(field.key);
            if (!keys.contains(QLatin1String(field.key)) || !parser.isSet(option)) {
                continue;
            }
            QString value = parser.value(option);
            if (field.kind == RequestField::Kind::List) {
                value.replace(QLatin1Char(','), QLatin1Char(';'));
            }
            const QString problem = RequestFields::set(field, request, value);
            if (!problem.isEmpty()) {
                problems.push_back({QLatin1String(field.key), problem});
            }
        }
    }

    static Person parsePerson(const QString& text, const QString& field, std::vector<FieldProblem>& problems)
    {
        const QStringList parts = text.split(QLatin1Char(':'));
        Person person;
        person.role = parts.value(0).trimmed();
        person.name = parts.value(1).trimmed();
        person.nationality = parts.value(2).trimmed().toUpper();
        if (parts.size() > 3 && !Iso8601::parseDate(parts.at(3).trimmed(), &person.birthDate)) {
            problems.push_back({field + QStringLiteral(".birth_date"),
                                tr("“%1” is not a date of the form YYYY-MM-DD").arg(parts.at(3))});
        }
        return person;
    }

    static void newOptions(QCommandLineParser& parser)
    {
        addFieldOptions(parser, newFields());
        parser.addOption(
            {QStringLiteral("measures"),
             tr("Measures asked for: assistance types separated by commas (type or type:status)."),
             QStringLiteral("TYPES")});
        parser.addOption(
            {QStringLiteral("person"),
             tr("A person named in the request (repeatable): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]]."),
             QStringLiteral("PERSON")});
        parser.addOption({QStringLiteral("link"),
                          tr("A link to another request (repeatable): KIND:REFERENCE."),
                          QStringLiteral("LINK")});
    }

    static int create(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("new takes options only."));
        }
        Request request;
        std::vector<FieldProblem> problems;
        if (!parser.isSet(QStringLiteral("direction"))) {
            return context.usage(tr("new needs --direction incoming or --direction outgoing."));
        }
        readFieldOptions(parser, newFields(), request, problems);
        request.measures = RequestFields::parseMeasures(parser.value(QStringLiteral("measures")));
        const QStringList persons = parser.values(QStringLiteral("person"));
        for (int i = 0; i < persons.size(); ++i) {
            request.persons.push_back(
                parsePerson(persons.at(i), QStringLiteral("persons[%1]").arg(i), problems));
        }
        for (const QString& item : parser.values(QStringLiteral("link"))) {
            request.links.push_back({item.section(QLatin1Char(':'), 1).trimmed(),
                                     item.section(QLatin1Char(':'), 0, 0).trimmed()});
        }
        if (!problems.empty()) {
            return context.fail(RequestService::notCreated(problems));
        }

        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        RequestService service(**context.database(), context.clock());
        Result<Request> created = service.create(*actor, request);
        if (!created) {
            return context.fail(created.error());
        }
        context.out << created->reference << Qt::endl;
        Result<QStringList> duplicates = service.likelyDuplicates(*created);
        if (duplicates) {
            for (const QString& other : *duplicates) {
                context.err << tr("Warning: %1 may be the same request as %2.").arg(created->reference, other)
                            << Qt::endl;
            }
        }
        return Done;
    }

    static void stepOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("reason"), tr("Why the step is taken."), QStringLiteral("TEXT")});
        QStringList added;
        for (StepField field : allOf<StepField>()) {
            const QString option = StepFields::option(field);
            if (added.contains(option)) {
                continue;
            }
            added << option;
            QString description;
            switch (StepFields::type(field)) {
            case FieldType::Date:
                description = tr("The step's date (reply-by, review, sent or new deadline), YYYY-MM-DD.");
                break;
            case FieldType::CodeSet:
                description = tr("%1, separated by commas.").arg(labelOf(field));
                break;
            case FieldType::File:
                description = tr("The file to add (step add_document).");
                break;
            default:
                //: A command-line option's description: the name of what it gives, as a sentence.
                description = tr("%1.").arg(labelOf(field));
                break;
            }
            parser.addOption({option, description, QStringLiteral("VALUE")});
        }
    }

    static int takeStep(CliContext& context, const QString& reference, Step step, StepInput input)
    {
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        RequestService service(**context.database(), context.clock());
        Result<StepOutcome> outcome = service.takeStep(*actor, reference, step, input);
        if (!outcome) {
            return context.fail(outcome.error());
        }
        const HistoryEntry& entry = outcome->entry;
        context.out << QStringLiteral("%1: %2 -> %3 (%4)")
                           .arg(outcome->reference, entry.from ? keyOf(*entry.from) : QStringLiteral("-"),
                                keyOf(entry.to), keyOf(entry.step))
                    << Qt::endl;
        for (const QString& warning : outcome->warnings) {
            context.err << tr("Warning: %1").arg(warning) << Qt::endl;
        }
        return Done;
    }

    static int step(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.size() != 2) {
            return context.usage(tr("step needs a reference and a step: step REF STEP."));
        }
        const std::optional<Step> step = fromKey<Step>(arguments.at(1));
        if (!step || *step == Step::Import) {
            return context.usage(
                tr("“%1” is not a step. “masar-cli workflow” lists them.").arg(arguments.at(1)));
        }
        StepInput input;
        input.reason = parser.value(QStringLiteral("reason"));
        for (StepField field : allOf<StepField>()) {
            const QString option = StepFields::option(field);
            if (!parser.isSet(option) || StepFields::type(field) == FieldType::Date
                || field == StepField::Document) {
                continue;
            }
            input.set(field, parser.value(option));
        }
        input.date = parser.value(QStringLiteral("date"));
        if (parser.isSet(QStringLiteral("file"))) {
            Result<DocumentInput> document
                = DocumentFile::read(parser.value(QStringLiteral("file")), QString(), QString());
            if (!document) {
                return context.fail(document.error());
            }
            input.document = *document;
        }
        return takeStep(context, arguments.at(0), *step, input);
    }

    static void attachOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("name"), tr("The document's name (default: the file's name)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("media-type"), tr("The document's media type (default: guessed)."),
                          QStringLiteral("TYPE")});
        parser.addOption(
            {QStringLiteral("reason"), tr("A note about the document."), QStringLiteral("TEXT")});
    }

    static int attach(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.size() != 2) {
            return context.usage(tr("attach needs a reference and a file: attach REF FILE."));
        }
        Result<DocumentInput> document
            = DocumentFile::read(arguments.at(1), parser.value(QStringLiteral("name")),
                                 parser.value(QStringLiteral("media-type")));
        if (!document) {
            return context.fail(document.error());
        }
        StepInput input;
        input.reason = parser.value(QStringLiteral("reason"));
        input.document = *document;
        return takeStep(context, arguments.at(0), Step::AddDocument, input);
    }

    static void documentOptions(QCommandLineParser& parser)
    {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("Write to this file instead of standard output."),
                          QStringLiteral("FILE")});
    }

    static int document(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.size() != 2) {
            return context.usage(tr("document needs a reference and a document name: document REF NAME."));
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<QByteArray> content
            = RequestReader(**context.database()).documentContent(arguments.at(0), arguments.at(1));
        if (!content) {
            return context.fail(content.error());
        }
        if (parser.isSet(QStringLiteral("output"))) {
            // Whole or not at all; a failure is a storage problem (exit 3), as for every other file.
            if (Status written = SavedFile::write(parser.value(QStringLiteral("output")), *content);
                !written.ok()) {
                return context.fail(written);
            }
            return Done;
        }
        QFile file;
        if (!file.open(stdout, QIODevice::WriteOnly)) {
            return context.fail(Error::storage(file.errorString()));
        }
        file.write(*content);
        if (Status written = context.finishWriting(file); !written.ok()) {
            return context.fail(written);
        }
        return Done;
    }

    static void showOptions(QCommandLineParser& parser)
    {
        RequestOptions::addFormatOption(parser, {QStringLiteral("text"), QStringLiteral("json")});
    }

    static int show(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.size() != 1) {
            return context.usage(tr("show needs one reference: show REF."));
        }
        Result<QString> format
            = RequestOptions::format(parser, {QStringLiteral("text"), QStringLiteral("json")});
        if (!format) {
            return context.usage(format.error().message());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<Request> request = RequestReader(**context.database()).get(arguments.at(0));
        if (!request) {
            return context.fail(request.error());
        }
        if (*format == QLatin1String("json")) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            RequestJson::Writer writer(&buffer);
            writer.setDocumentContentWritten(false);
            writer.write(*request);
            context.out << QString::fromUtf8(buffer.data()) << Qt::endl;
        } else {
            Result<std::shared_ptr<const DeadlineEngine>> engine
                = DeadlinePolicy(**context.database(), context.clock()).engine();
            if (!engine) {
                return context.fail(engine.error());
            }
            context.out << RequestText::show(*request, (*engine)->next(*request));
        }
        return Done;
    }

    static void listOptions(QCommandLineParser& parser)
    {
        RequestOptions::addFilterOptions(parser);
        RequestOptions::addDeadlineOptions(parser);
        RequestOptions::addFormatOption(
            parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    }

    static int list(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("list takes options only."));
        }
        Result<RequestFilter> filter = RequestOptions::listFilter(parser, context.clock());
        if (!filter) {
            return context.usage(filter.error().message());
        }
        Result<QString> format = RequestOptions::format(
            parser, {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
        if (!format) {
            return context.usage(format.error().message());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        RequestReader reader(**context.database());
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        context.out.flush();
        Status status;
        if (*format == QLatin1String("csv")) {
            status = RequestExport::write(**context.database(), *filter,
                                          RequestExport::Format::CsvWithDeadline, &out);
        } else if (*format == QLatin1String("json")) {
            JsonWriter json(&out);
            json.beginArray();
            status = reader.forEach(*filter, RequestReader::Detail::Header, [&](const Request& r) {
                json.beginObject();
                for (const RequestField& field : RequestFields::all()) {
                    if (field.kind == RequestField::Kind::List) {
                        continue;
                    }
                    json.key(QLatin1String(field.key));
                    json.stringOrNull(RequestFields::get(field, r));
                }
                // Worked out by the register's rules: null when no deadline runs.
                json.key(QStringLiteral("next_deadline"));
                json.stringOrNull(Iso8601::formatDate(r.nextDeadline));
                json.key(QStringLiteral("deadline_kind"));
                json.stringOrNull(r.deadlineKind);
                json.endObject();
                return Status();
            });
            json.endArray();
            out.write("\n");
        } else {
            TextTable table({tr("reference"), tr("direction"), tr("state"), tr("from"), tr("to"),
                             tr("priority"), tr("assignee"), tr("date"), tr("next deadline"),
                             //: The kind of the next deadline (acknowledgement, decision, ...).
                             tr("kind"), tr("foreign reference")});
            int count = 0;
            status = reader.forEach(*filter, RequestReader::Detail::Header, [&](const Request& r) {
                table.addRow(
                    {r.reference, keyOf(r.direction), keyOf(r.state), r.requestingCountry, r.requestedCountry,
                     r.priority, r.assignee,
                     Iso8601::formatDate(r.direction == Direction::Incoming ? r.receivedOn : r.sentOn),
                     Iso8601::formatDate(r.nextDeadline), r.deadlineKind, r.foreignReference});
                ++count;
                return Status();
            });
            out.write(table.toString().toUtf8());
            out.write((tr("%n request(s)", nullptr, count) + QLatin1Char('\n')).toUtf8());
        }
        if (!status.ok()) {
            return context.fail(status);
        }
        if (Status written = context.finishWriting(out); !written.ok()) {
            return context.fail(written);
        }
        return Done;
    }
};

} // namespace

void addFieldOptions(QCommandLineParser& parser, const QStringList& keys)
{
    RequestCommands::addFieldOptions(parser, keys);
}

void readFieldOptions(const QCommandLineParser& parser, const QStringList& keys, Request& request,
                      std::vector<FieldProblem>& problems)
{
    RequestCommands::readFieldOptions(parser, keys, request, problems);
}

Person parsePerson(const QString& text, const QString& field, std::vector<FieldProblem>& problems)
{
    return RequestCommands::parsePerson(text, field, problems);
}

std::vector<Command> requestCommands()
{
    return {
        {"new", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Register a new request; prints its reference."),
         "--direction D ...", true, &RequestCommands::newOptions, &RequestCommands::create},
        editCommand(),
        {"step", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Take a workflow step on a request."), "REF STEP",
         true, &RequestCommands::stepOptions, &RequestCommands::step},
        {"attach", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Store a file with a request."), "REF FILE",
         true, &RequestCommands::attachOptions, &RequestCommands::attach},
        {"document", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Write out a document stored with a request."),
         "REF NAME", false, &RequestCommands::documentOptions, &RequestCommands::document},
        {"show", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Show one request with its history."), "REF",
         false, &RequestCommands::showOptions, &RequestCommands::show},
        {"list", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "List requests."), "", false,
         &RequestCommands::listOptions, &RequestCommands::list},
    };
}

} // namespace Masar::Cli
