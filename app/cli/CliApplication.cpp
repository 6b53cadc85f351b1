#include "CliApplication.h"

#include "CliContext.h"
#include "Commands.h"
#include "core/Iso8601.h"
#include "core/Translations.h"
#include "services/Users.h"

#include <QCommandLineParser>
#include <QDir>

namespace Masar::Cli {

namespace {

const QStringList optionsWithValues
    = {QStringLiteral("--db"), QStringLiteral("--as"), QStringLiteral("--lang"), QStringLiteral("--as-of")};

// The command word: the first argument that is neither an option nor the value of a global option.
int commandIndex(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsWithValues.contains(argument)) {
            ++i;
        } else if (!argument.startsWith(QLatin1Char('-'))) {
            return i;
        }
    }
    return -1;
}

void addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"),
                      CliApplication::tr("The database file (default: %1).")
                          .arg(QDir::toNativeSeparators(Database::defaultPath())),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("as"),
                      CliApplication::tr("The user acting (default: $MASAR_USER, else the login name)."),
                      QStringLiteral("USER")});
    parser.addOption({QStringLiteral("lang"), CliApplication::tr("The language of messages: ar, fr or en."),
                      QStringLiteral("LANG")});
    parser.addOption({QStringLiteral("as-of"),
                      CliApplication::tr("Compute as of this date instead of today (reading commands only)."),
                      QStringLiteral("YYYY-MM-DD")});
}

QString overview()
{
    QString text = CliApplication::tr("Usage: masar-cli [--db PATH] [--as USER] [--lang ar|fr|en] "
                                      "[--as-of YYYY-MM-DD] COMMAND ...")
        + QStringLiteral("\n\n") + CliApplication::tr("Commands:") + QLatin1Char('\n');
    for (const Command& command : commands()) {
        const QString synopsis
            = QStringLiteral("%1 %2").arg(QLatin1String(command.name), QLatin1String(command.arguments));
        text += QStringLiteral("  %1  %2\n")
                    .arg(synopsis.trimmed().leftJustified(22),
                         QCoreApplication::translate("Masar::Cli::Commands", command.summary));
    }
    text += QLatin1Char('\n')
        + CliApplication::tr(
                "“masar-cli COMMAND --help” shows a command's options. Exit status: 0 done, 1 usage "
                "error, 2 input refused, 3 storage problem.")
        + QLatin1Char('\n');
    return text;
}

} // namespace

QString CliApplication::commandOf(const QStringList& arguments)
{
    const int index = commandIndex(arguments);
    return index < 0 ? QString() : arguments.at(index);
}

int CliApplication::run(const QStringList& arguments)
{
    CliContext context;
    // The language first, so that every later message is in it.
    QString language = Translations::requestedLanguage(arguments);
    if (language.isEmpty()) {
        language = Translations::systemLanguage();
    }
    if (!Translations::isLanguage(language)) {
        return context.usage(tr("--lang takes ar, fr or en, not “%1”.").arg(language));
    }
    Translations::install(language);

    const int index = commandIndex(arguments);
    if (index < 0) {
        if (arguments.contains(QStringLiteral("--version"))) {
            context.out << QStringLiteral("masar-cli %1").arg(QLatin1String(MASAR_VERSION)) << Qt::endl;
            return Done;
        }
        if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
            context.out << overview();
            return Done;
        }
        context.err << overview();
        return UsageError;
    }
    const QString name = arguments.at(index);
    const Command* command = findCommand(name);
    if (!command) {
        return context.usage(tr("“%1” is not a command.").arg(name));
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Masar::Cli::Commands", command->summary));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    addGlobalOptions(parser);
    command->addOptions(parser);
    parser.addPositionalArgument(QLatin1String(command->name), QString(), QLatin1String(command->name));
    if (!parser.parse(arguments)) {
        return context.usage(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("[options] %1").arg(QLatin1String(command->name)),
                     QStringLiteral("%1 [options] %2")
                         .arg(QLatin1String(command->name), QLatin1String(command->arguments)));
        context.out << help;
        return Done;
    }

    context.databasePath
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : Database::defaultPath();
    if (context.databasePath.isEmpty()) {
        return context.usage(tr("--db needs a file path."));
    }
    context.actorName
        = parser.isSet(QStringLiteral("as")) ? parser.value(QStringLiteral("as")) : Users::defaultActorName();
    if (parser.isSet(QStringLiteral("as-of"))) {
        QDate date;
        if (!Iso8601::parseDate(parser.value(QStringLiteral("as-of")), &date)) {
            return context.usage(tr("--as-of takes a date of the form YYYY-MM-DD, not “%1”.")
                                     .arg(parser.value(QStringLiteral("as-of"))));
        }
        if (command->writes) {
            return context.usage(
                tr("--as-of cannot be used with “%1”: it changes the date things are computed "
                   "for, and nothing is recorded with a date that is not today.")
                    .arg(name));
        }
        context.setAsOf(date);
    }
    return command->run(context, parser);
}

} // namespace Masar::Cli
