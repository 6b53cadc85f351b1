#include "Commands.h"
#include "DocumentPdf.h"
#include "RequestOptions.h"
#include "core/DocumentLanguage.h"
#include "core/LocaleText.h"
#include "core/Translations.h"
#include "reports/PrintDelivery.h"

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
            PrintOrder order = orderOf(language, format);
            order.document = PrintOrder::Document::Summary;
            order.reference = arguments.at(1);
            order.withPersons = parser.isSet(QStringLiteral("with-persons"));
            return print(context, order, output);
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
            return status(context, parser, orderOf(language, format), output);
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

    static PrintOrder orderOf(const DocumentLanguage& language, const QString& format)
    {
        PrintOrder order;
        order.output = *PrintOrder::outputOf(format); // pdf, html or csv: checked by run()
        order.language = language.code();
        order.style = language.style();
        return order;
    }

    static int status(CliContext& context, const QCommandLineParser& parser, PrintOrder order,
                      const QString& output)
    {
        Result<RequestFilter> filter = RequestOptions::listFilter(parser, context.clock());
        if (!filter) {
            return context.usage(filter.error().message());
        }
        order.document = PrintOrder::Document::StatusReport;
        order.filter = *filter;
        if (parser.isSet(QStringLiteral("group-by"))) {
            const std::optional<StatusReport::Grouping> grouping
                = StatusReport::groupingOf(parser.value(QStringLiteral("group-by")));
            if (!grouping) {
                return context.usage(tr("--group-by takes state or country, not “%1”.")
                                         .arg(parser.value(QStringLiteral("group-by"))));
            }
            order.grouping = *grouping;
        }
        return print(context, order, output);
    }

    // The document, logged then written (PrintDelivery): printing personal
    // data is a disclosure (Directive 2016/680 art. 25).
    static int print(CliContext& context, const PrintOrder& order, const QString& output)
    {
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        const DocumentPdf pdf;
        Result<int> pages
            = PrintDelivery(**context.database(), context.clock(), *actor, &pdf).deliver(order, output);
        if (!pages) {
            return context.fail(pages.error());
        }
        context.out << (*pages > 0 ? tr("Wrote %1 (%Ln page(s)).", nullptr, *pages).arg(output)
                                   : tr("Wrote %1.").arg(output))
                    << Qt::endl;
        return Done;
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
