#include "SettingsCommandSupport.h"

#include "core/Iso8601.h"
#include "services/RecomputeReport.h"

namespace Masar::Cli {

bool SettingsCommandSupport::onlyOptions(CliContext& context, const QCommandLineParser& parser,
                                         const QStringList& allowed)
{
    static const QStringList global
        = {QStringLiteral("db"), QStringLiteral("as"), QStringLiteral("lang"), QStringLiteral("as-of")};
    for (const QString& name : parser.optionNames()) {
        if (!global.contains(name) && !allowed.contains(name)) {
            //: %1 is the command and its action ("calendar show"), %2 an option's name.
            context.usage(tr("“%1” does not take --%2.")
                              .arg(parser.positionalArguments().mid(0, 2).join(QLatin1Char(' ')), name));
            return false;
        }
    }
    return true;
}

bool SettingsCommandSupport::refuseAsOf(CliContext& context, const QString& what)
{
    if (!context.asOf) {
        return false;
    }
    context.usage(tr("--as-of cannot be used with “%1”: it changes the date things are computed for, and "
                     "nothing is recorded with a date that is not today.")
                      .arg(what));
    return true;
}

Result<QDate> SettingsCommandSupport::date(const QString& text, const QString& what)
{
    QDate day;
    if (!Iso8601::parseDate(text, &day)) {
        //: %1 names the argument ("DATE", "--from"), %2 is what was given.
        return Error::invalid(tr("%1 takes a date of the form YYYY-MM-DD, not “%2”.").arg(what, text));
    }
    return day;
}

int SettingsCommandSupport::recompute(CliContext& context)
{
    Result<RecomputeReport> report = RecomputeReport::recompute(**context.database(), context.clock());
    if (!report) {
        context.err << tr("The change is saved, but the deadlines it moves could not be computed again: "
                          "the next masar-cli command or start of Masar computes them.")
                    << Qt::endl;
        return context.fail(report.error());
    }
    context.out << report->summary() << Qt::endl;
    for (const DeadlineChange& change : report->moved) {
        context.out << QStringLiteral("  ") << RecomputeReport::line(change, &Iso8601::formatDate)
                    << Qt::endl;
    }
    return Done;
}

} // namespace Masar::Cli
