#include "Commands.h"
#include "SettingsCommandSupport.h"
#include "core/Iso8601.h"
#include "io/TextTable.h"
#include "services/LetterheadStore.h"
#include "services/PrintLog.h"

#include <QLocale>

namespace Masar::Cli {

namespace {

class LetterheadCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::LetterheadCommands)

public:
    static void letterheadOptions(QCommandLineParser& parser)
    {
        for (const QString& language : Letterhead::languages()) {
            //: %1 a language (“Arabic”).
            parser.addOption({QStringLiteral("ministry-") + language,
                              tr("The ministry's name in %1 (empty: none).")
                                  .arg(LetterheadStore::languageName(language)),
                              QStringLiteral("TEXT")});
            //: %1 a language (“Arabic”).
            parser.addOption({QStringLiteral("department-") + language,
                              tr("The line under it in %1, e.g. the central authority (empty: none).")
                                  .arg(LetterheadStore::languageName(language)),
                              QStringLiteral("TEXT")});
        }
        parser.addOption({QStringLiteral("logo"), tr("The logo: a PNG or JPEG file of at most 1 MB."),
                          QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("no-logo"), tr("Remove the logo.")});
    }

    static int letterhead(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("letterhead takes no arguments: its options say what to change."));
        }
        QStringList given;
        for (const QString& name : changeOptions()) {
            if (parser.isSet(name)) {
                given << name;
            }
        }
        if (given.isEmpty()) {
            return show(context);
        }
        if (SettingsCommandSupport::refuseAsOf(context, QStringLiteral("letterhead"))) {
            return UsageError;
        }
        if (parser.isSet(QStringLiteral("logo")) && parser.isSet(QStringLiteral("no-logo"))) {
            return context.usage(tr("Give --logo FILE or --no-logo, not both."));
        }
        QByteArray logo;
        if (parser.isSet(QStringLiteral("logo"))) {
            Result<QByteArray> read = LetterheadStore::readLogoFile(parser.value(QStringLiteral("logo")));
            if (!read) {
                return context.fail(read.error());
            }
            logo = read.take();
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        LetterheadStore settings(**context.database(), context.clock());
        Result<Letterhead> letterhead = settings.read();
        if (!letterhead) {
            return context.fail(letterhead.error());
        }
        // What is given changes; the rest stays as it is.
        for (const QString& language : Letterhead::languages()) {
            Letterhead::Lines lines = letterhead->linesIn(language);
            if (parser.isSet(QStringLiteral("ministry-") + language)) {
                lines.ministry = parser.value(QStringLiteral("ministry-") + language);
            }
            if (parser.isSet(QStringLiteral("department-") + language)) {
                lines.department = parser.value(QStringLiteral("department-") + language);
            }
            letterhead->lines.insert(language, lines);
        }
        if (parser.isSet(QStringLiteral("logo"))) {
            letterhead->logo = logo;
        } else if (parser.isSet(QStringLiteral("no-logo"))) {
            letterhead->logo.clear();
            letterhead->logoMediaType.clear();
        }
        if (Status status = settings.change(*actor, *letterhead); !status.ok()) {
            return context.fail(status);
        }
        context.out << tr("The letterhead is changed.") << Qt::endl << Qt::endl;
        return show(context);
    }

    static void printLogOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("from"),
                          tr("The first day of the period (default: the first print)."),
                          QStringLiteral("YYYY-MM-DD")});
        parser.addOption({QStringLiteral("until"), tr("The last day of the period (default: today)."),
                          QStringLiteral("YYYY-MM-DD")});
    }

    static int printLog(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("print-log takes no arguments: --from and --until say the period."));
        }
        QDate ends[2];
        const char* const names[] = {"from", "until"};
        for (int i = 0; i < 2; ++i) {
            const QString name = QLatin1String(names[i]);
            if (parser.isSet(name)) {
                Result<QDate> day
                    = SettingsCommandSupport::date(parser.value(name), QStringLiteral("--") + name);
                if (!day) {
                    return context.usage(day.error().message());
                }
                ends[i] = *day;
            }
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<std::vector<PrintRecord>> records
            = PrintLog(**context.database(), context.clock()).list(*actor, ends[0], ends[1]);
        if (!records) {
            return context.fail(records.error());
        }
        TextTable table({tr("printed at"), tr("user"), tr("document"), tr("reference"), tr("requests"),
                         tr("persons"), tr("language"), tr("format")});
        const QString none = QStringLiteral("-");
        for (const PrintRecord& record : *records) {
            table.addRow({Iso8601::formatTimestamp(record.at), record.user, record.document,
                          record.reference.isEmpty() ? none : record.reference,
                          QLocale().toString(record.requests),
                          //: Whether a printed document showed the persons of its requests.
                          record.withPersons ? tr("yes") : tr("no"), record.language, record.format});
        }
        context.out << table.toString();
        return Done;
    }

private:
    static QStringList changeOptions()
    {
        QStringList names;
        for (const QString& language : Letterhead::languages()) {
            names << QStringLiteral("ministry-") + language << QStringLiteral("department-") + language;
        }
        return names << QStringLiteral("logo") << QStringLiteral("no-logo");
    }

    static int show(CliContext& context)
    {
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        Result<Letterhead> letterhead = LetterheadStore(**context.database(), context.clock()).read();
        if (!letterhead) {
            return context.fail(letterhead.error());
        }
        TextTable table({tr("language"), tr("ministry"), tr("department")});
        const QString none = QStringLiteral("-");
        for (const QString& language : Letterhead::languages()) {
            const Letterhead::Lines lines = letterhead->linesIn(language);
            table.addRow({language, lines.ministry.isEmpty() ? none : lines.ministry,
                          lines.department.isEmpty() ? none : lines.department});
        }
        context.out << table.toString() << Qt::endl;
        if (letterhead->logo.isEmpty()) {
            context.out << tr("Logo: none.") << Qt::endl;
        } else {
            //: %1 a media type (“image/png”); %Ln its size.
            context.out << tr("Logo: %1, %Ln byte(s).", nullptr, int(letterhead->logo.size()))
                               .arg(letterhead->logoMediaType)
                        << Qt::endl;
        }
        return Done;
    }
};

} // namespace

std::vector<Command> letterheadCommands()
{
    return {
        {"letterhead",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Show the letterhead of printed documents; change it (administrators only)."),
         "[--ministry-LANG TEXT] ...", false, &LetterheadCommands::letterheadOptions,
         &LetterheadCommands::letterhead},
        {"print-log",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "List the documents printed: who, when, what (administrators and supervisors)."),
         "[--from DATE] [--until DATE]", false, &LetterheadCommands::printLogOptions,
         &LetterheadCommands::printLog},
    };
}

} // namespace Masar::Cli
