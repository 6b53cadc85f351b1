#include "Commands.h"
#include "RequestOptions.h"
#include "io/RequestCsv.h"
#include "io/RequestExport.h"
#include "io/RequestJson.h"
#include "io/SavedFile.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"

#include <QFile>
#include <QFileInfo>

namespace Masar::Cli {

namespace {

class TransferCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::TransferCommands)

public:
    static void importOptions(QCommandLineParser& parser)
    {
        RequestOptions::addFormatOption(
            parser, {QStringLiteral("auto"), QStringLiteral("json"), QStringLiteral("csv")});
    }

    static QString detectFormat(const QString& path, const QByteArray& data)
    {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("json") || suffix == QLatin1String("csv")) {
            return suffix;
        }
        QByteArray start = data.left(64);
        if (start.startsWith("\xEF\xBB\xBF")) {
            start.remove(0, 3);
        }
        return start.trimmed().startsWith('{') ? QStringLiteral("json") : QStringLiteral("csv");
    }

    static int importFile(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.size() != 1) {
            return context.usage(tr("import needs one file: import FILE."));
        }
        Result<QString> format = RequestOptions::format(
            parser, {QStringLiteral("auto"), QStringLiteral("json"), QStringLiteral("csv")});
        if (!format) {
            return context.usage(format.error().message());
        }
        QFile file(arguments.at(0));
        if (!file.open(QIODevice::ReadOnly)) {
            return context.fail(
                Error::invalid(tr("“%1” cannot be read: %2").arg(arguments.at(0), file.errorString())));
        }
        const QByteArray data = file.readAll();
        const QString kind = *format == QLatin1String("auto") ? detectFormat(arguments.at(0), data) : *format;
        std::vector<User> users;
        Result<std::vector<ImportRecord>> records
            = kind == QLatin1String("json") ? RequestJson::read(data, &users) : RequestCsv::read(data);
        if (!records) {
            return context.fail(records.error());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<int> imported = RequestService(**context.database(), context.clock())
                                   .importRequests(*actor, records.take(), users);
        if (!imported) {
            return context.fail(imported.error());
        }
        context.out << tr("Imported %n request(s).", nullptr, *imported) << Qt::endl;
        return Done;
    }

    static void exportOptions(QCommandLineParser& parser)
    {
        RequestOptions::addFilterOptions(parser);
        RequestOptions::addDeadlineOptions(parser);
        RequestOptions::addFormatOption(parser, {QStringLiteral("json"), QStringLiteral("csv")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("Write to this file instead of standard output."),
                          QStringLiteral("FILE")});
    }

    static int exportFile(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("export takes options only."));
        }
        Result<RequestFilter> filter = RequestOptions::listFilter(parser, context.clock());
        if (!filter) {
            return context.usage(filter.error().message());
        }
        Result<QString> format
            = RequestOptions::format(parser, {QStringLiteral("json"), QStringLiteral("csv")});
        if (!format) {
            return context.usage(format.error().message());
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const RequestExport::Format exportFormat
            = *format == QLatin1String("csv") ? RequestExport::Format::Csv : RequestExport::Format::Json;
        const QString output = parser.value(QStringLiteral("output"));
        if (!output.isEmpty()) {
            // Whole or not at all (a device such as /dev/stdout written directly).
            if (Status written = SavedFile::write(
                    output,
                    [&](QIODevice& device) {
                        return RequestExport::write(**context.database(), *filter, exportFormat, &device);
                    });
                !written.ok()) {
                return context.fail(written);
            }
            return Done;
        }
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return context.fail(Error::storage(
                tr("“%1” cannot be written: %2").arg(tr("standard output"), out.errorString())));
        }
        if (Status status = RequestExport::write(**context.database(), *filter, exportFormat, &out);
            !status.ok()) {
            return context.fail(status);
        }
        if (Status written = context.finishWriting(out); !written.ok()) {
            return context.fail(written);
        }
        return Done;
    }
};

} // namespace

std::vector<Command> transferCommands()
{
    return {
        {"import",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Import requests from JSON or CSV, all or nothing."),
         "FILE", true, &TransferCommands::importOptions, &TransferCommands::importFile},
        {"export", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Export requests as JSON or CSV."), "", false,
         &TransferCommands::exportOptions, &TransferCommands::exportFile},
    };
}

} // namespace Masar::Cli
