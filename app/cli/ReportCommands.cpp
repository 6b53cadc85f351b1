#include "Commands.h"
#include "DocumentRenderer.h"
#include "PrintFonts.h"
#include "RequestOptions.h"
#include "core/DocumentLanguage.h"
#include "core/LocaleText.h"
#include "core/Translations.h"
#include "io/SavedFile.h"
#include "reports/DocumentHtml.h"
#include "reports/StatusReport.h"
#include "reports/StatusSummary.h"
#include "services/PrintLog.h"
#include "services/RequestReader.h"

#include <QBuffer>
#include <QFileInfo>

namespace Masar::Cli {

namespace {

// `report summary REF` and `report status [filters]`: the printed documents
// of the GUI's File ▸ Print, written to a PDF, HTML or CSV file.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::ReportCommands)

public:
    static void options(QCommandLineParser& parser)
    {
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          tr("The file to write: .pdf, .html, or .csv (status report only)."),
                          QStringLiteral("FILE")});
        parser.addOption(
            {QStringLiteral("with-persons"), tr("Print the persons named in the request (personal data).")});
        parser.addOption({QStringLiteral("group-by"),
                          tr("Group a status report by state (default) or country."),
                          QStringLiteral("state|country")});
        parser.addOption({QStringLiteral("hijri"), tr("Write the Hijri date beside the Gregorian one.")});
        parser.addOption({QStringLiteral("digits"),
                          tr("Arabic documents: regional (default), arabic or latin digits."),
                          QStringLiteral("regional|arabic|latin")});
        parser.addOption(
            {QStringLiteral("region"),
             tr("Arabic documents: the country whose month names and digits are followed (default EG)."),
             QStringLiteral("CC")});
        RequestOptions::addFilterOptions(parser);
        RequestOptions::addDeadlineOptions(parser);
    }

    static int run(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        if (arguments.isEmpty()) {
            return context.usage(tr("report needs “summary REF” or “status”."));
        }
        if (arguments.first() != QLatin1String("summary") && arguments.first() != QLatin1String("status")) {
            return context.usage(tr("“%1” is not a report: summary or status.").arg(arguments.first()));
        }
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            return context.usage(tr("report needs -o FILE: the file to write."));
        }
        const QString format = QFileInfo(output).suffix().toLower();
        Result<LocaleStyle> style = styleOf(parser);
        if (!style) {
            return context.usage(style.error().message());
        }
        QString code = Translations::requestedLanguage(QCoreApplication::arguments());
        if (code.isEmpty()) {
            code = Translations::systemLanguage();
        }
        const DocumentLanguage language(code, *style);

        if (arguments.first() == QLatin1String("summary")) {
            if (arguments.size() != 2) {
                return context.usage(tr("report summary takes one reference."));
            }
            if (format != QLatin1String("pdf") && format != QLatin1String("html")) {
                return context.usage(tr("A status summary is written to a .pdf or .html file, not “%1”.")
                                         .arg(QFileInfo(output).fileName()));
            }
            return summary(context, parser, arguments.at(1), language, output, format);
        }
        if (arguments.first() == QLatin1String("status")) {
            if (arguments.size() != 1) {
                return context.usage(tr("report status takes options only."));
            }
            if (format != QLatin1String("pdf") && format != QLatin1String("html")
                && format != QLatin1String("csv")) {
                return context.usage(tr("A status report is written to a .pdf, .html or .csv file, not “%1”.")
                                         .arg(QFileInfo(output).fileName()));
            }
            return status(context, parser, language, output, format);
        }
        return context.usage(tr("“%1” is not a report: summary or status.").arg(arguments.first()));
    }

private:
    static Result<LocaleStyle> styleOf(const QCommandLineParser& parser)
    {
        LocaleStyle style;
        style.hijri = parser.isSet(QStringLiteral("hijri"));
        const QString digits = parser.value(QStringLiteral("digits"));
        if (digits == QLatin1String("arabic")) {
            style.digits = LocaleStyle::Digits::ArabicIndic;
        } else if (digits == QLatin1String("latin")) {
            style.digits = LocaleStyle::Digits::Latin;
        } else if (!digits.isEmpty() && digits != QLatin1String("regional")) {
            return Error::invalid(tr("--digits takes regional, arabic or latin, not “%1”.").arg(digits));
        }
        if (parser.isSet(QStringLiteral("region"))) {
            const QString region = parser.value(QStringLiteral("region")).toUpper();
            if (!LocaleText::arabicRegions().contains(region)) {
                return Error::invalid(tr("--region takes one of %1, not “%2”.")
                                          .arg(LocaleText::arabicRegions().join(QStringLiteral(", ")),
                                               parser.value(QStringLiteral("region"))));
            }
            style.arabicRegion = region;
        }
        return style;
    }

    // The document as the bytes of its file, and its number of pages (0 for HTML).
    static Result<std::pair<QByteArray, int>> render(const PrintDocument& document, const QString& format)
    {
        if (format == QLatin1String("pdf")) {
            if (Status fonts = PrintFonts::ensure(); !fonts.ok()) {
                return fonts;
            }
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            Result<int> pages = DocumentRenderer(document).writePdf(&buffer);
            if (!pages) {
                return pages.error();
            }
            return std::make_pair(buffer.data(), *pages);
        }
        DocumentHtml::Options options;
        options.logoSource = DocumentHtml::dataUrl(document.logo);
        return std::make_pair(DocumentHtml::write(document, options).toUtf8(), 0);
    }

    // Logs the document, then writes it: printing personal data is a
    // disclosure (Directive 2016/680 art. 25), and nothing leaves unlogged.
    // Should the file then fail to be written, the log errs on the safe side.
    static int deliver(CliContext& context, const User& actor, const PrintRecord& what,
                       const QByteArray& bytes, int pages, const QString& output)
    {
        if (Status logged = PrintLog(**context.database(), context.clock()).record(actor, what);
            !logged.ok()) {
            return context.fail(logged);
        }
        if (Status written = SavedFile::write(output, bytes); !written.ok()) {
            return context.fail(written);
        }
        context.out << (pages > 0 ? tr("Wrote %1 (%Ln page(s)).", nullptr, pages).arg(output)
                                  : tr("Wrote %1.").arg(output))
                    << Qt::endl;
        return Done;
    }

    static int summary(CliContext& context, const QCommandLineParser& parser, const QString& reference,
                       const DocumentLanguage& language, const QString& output, const QString& format)
    {
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<Request> request
            = RequestReader(**context.database()).get(reference, RequestReader::Detail::Full);
        if (!request) {
            return context.fail(request.error());
        }
        Result<PrintContext> print
            = PrintContext::load(**context.database(), context.clock(), *actor, language.code());
        if (!print) {
            return context.fail(print.error());
        }
        StatusSummary::Options options;
        options.withPersons = parser.isSet(QStringLiteral("with-persons"));
        Result<std::pair<QByteArray, int>> file
            = render(StatusSummary::build(*request, options, language, *print), format);
        if (!file) {
            return context.fail(file.error());
        }
        PrintRecord what;
        what.document = QStringLiteral("summary");
        what.reference = request->reference;
        what.requests = 1;
        what.withPersons = options.withPersons && !request->persons.empty();
        what.language = language.code();
        what.format = format;
        return deliver(context, *actor, what, file->first, file->second, output);
    }

    static int status(CliContext& context, const QCommandLineParser& parser, const DocumentLanguage& language,
                      const QString& output, const QString& format)
    {
        Result<RequestFilter> filter = RequestOptions::listFilter(parser, context.clock());
        if (!filter) {
            return context.usage(filter.error().message());
        }
        StatusReport::Options options;
        options.filter = *filter;
        if (parser.isSet(QStringLiteral("group-by"))) {
            const std::optional<StatusReport::Grouping> grouping
                = StatusReport::groupingOf(parser.value(QStringLiteral("group-by")));
            if (!grouping) {
                return context.usage(tr("--group-by takes state or country, not “%1”.")
                                         .arg(parser.value(QStringLiteral("group-by"))));
            }
            options.grouping = *grouping;
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<std::vector<StatusReport::Row>> rows
            = StatusReport::read(**context.database(), options.filter);
        if (!rows) {
            return context.fail(rows.error());
        }
        Result<PrintContext> print
            = PrintContext::load(**context.database(), context.clock(), *actor, language.code());
        if (!print) {
            return context.fail(print.error());
        }
        Result<std::pair<QByteArray, int>> file = format == QLatin1String("csv")
            ? std::make_pair(StatusReport::csv(*rows, options, language, *print), 0)
            : render(StatusReport::build(*rows, options, language, *print), format);
        if (!file) {
            return context.fail(file.error());
        }
        PrintRecord what;
        what.document = QStringLiteral("status_report");
        what.requests = int(rows->size());
        for (const StatusReport::Row& row : *rows) {
            what.requestIds.push_back(row.id);
        }
        what.language = language.code();
        what.format = format;
        return deliver(context, *actor, what, file->first, file->second, output);
    }
};

} // namespace

std::vector<Command> reportCommands()
{
    return {
        {"report",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands", "Print a status summary or a status report to a file."),
         "summary REF | status", false, &ReportCommands::options, &ReportCommands::run},
    };
}

} // namespace Masar::Cli
