#include "Commands.h"
#include "io/TextTable.h"
#include "services/Users.h"

#include <QDir>

namespace Masar::Cli {

namespace {

class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Cli::AdminCommands)

public:
    static void initOptions(QCommandLineParser&) { }

    static int init(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("init takes no arguments."));
        }
        Result<Database*> db = context.database(Database::OpenMode::CreateIfMissing);
        if (!db) {
            return context.fail(db.error());
        }
        Result<bool> created = Users(**db, context.clock()).bootstrap(context.actorName);
        if (!created) {
            return context.fail(created.error());
        }
        context.out << tr("Database: %1").arg(QDir::toNativeSeparators((*db)->path())) << Qt::endl;
        context.out << tr("Schema version: %1").arg((*db)->schemaVersion()) << Qt::endl;
        if (*created) {
            context.out << tr("Administrator: %1 (created)").arg(context.actorName) << Qt::endl;
        }
        return Done;
    }

    static void checkOptions(QCommandLineParser&) { }

    static int check(CliContext& context, const QCommandLineParser& parser)
    {
        if (parser.positionalArguments().size() > 1) {
            return context.usage(tr("check takes no arguments."));
        }
        Result<User> actor = context.actor();
        if (!actor) {
            return context.fail(actor.error());
        }
        if (Status status = (*context.database())->checkIntegrity(); !status.ok()) {
            return context.fail(status);
        }
        context.out << tr("The database is sound: every page and every reference checked.") << Qt::endl;
        return Done;
    }

    static void userOptions(QCommandLineParser& parser)
    {
        parser.addOption({QStringLiteral("role"),
                          tr("The new user's role: officer, supervisor, clerk or administrator."),
                          QStringLiteral("ROLE")});
        parser.addOption(
            {QStringLiteral("display-name"), tr("The new user's full name."), QStringLiteral("NAME")});
    }

    static int user(CliContext& context, const QCommandLineParser& parser)
    {
        const QStringList arguments = parser.positionalArguments().mid(1);
        const QString action = arguments.value(0);
        if (action == QLatin1String("list") && arguments.size() == 1) {
            Result<User> actor = context.actor();
            if (!actor) {
                return context.fail(actor.error());
            }
            Result<std::vector<User>> users = Users(**context.database(), context.clock()).list();
            if (!users) {
                return context.fail(users.error());
            }
            TextTable table({tr("name"), tr("role"), tr("active"), tr("full name")});
            for (const User& user : *users) {
                table.addRow(
                    {user.name, keyOf(user.role), user.active ? tr("yes") : tr("no"), user.displayName});
            }
            context.out << table.toString();
            return Done;
        }
        if (action == QLatin1String("add") && arguments.size() == 2) {
            const std::optional<Role> role = fromKey<Role>(parser.value(QStringLiteral("role")));
            if (!role) {
                return context.usage(
                    tr("user add needs --role officer, supervisor, clerk or administrator."));
            }
            Result<User> actor = context.actor();
            if (!actor) {
                return context.fail(actor.error());
            }
            Result<User> user
                = Users(**context.database(), context.clock())
                      .add(*actor, arguments.at(1), *role, parser.value(QStringLiteral("display-name")));
            if (!user) {
                return context.fail(user.error());
            }
            context.out << tr("User %1 added as %2.").arg(user->name, keyOf(user->role)) << Qt::endl;
            return Done;
        }
        return context.usage(tr("Use “user list” or “user add NAME --role ROLE”."));
    }
};

} // namespace

std::vector<Command> adminCommands()
{
    return {
        {"init",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Create or upgrade the database; the first user becomes its administrator."),
         "", true, &AdminCommands::initOptions, &AdminCommands::init},
        {"check",
         QT_TRANSLATE_NOOP("Masar::Cli::Commands",
                           "Read the whole database and check that nothing is damaged."),
         "", false, &AdminCommands::checkOptions, &AdminCommands::check},
        {"user", QT_TRANSLATE_NOOP("Masar::Cli::Commands", "List users, or add one (administrators only)."),
         "list | add NAME --role ROLE", true, &AdminCommands::userOptions, &AdminCommands::user},
    };
}

} // namespace Masar::Cli
