#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "core/Clock.h"
#include "core/Translations.h"
#include "services/Users.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

// The start-up's own messages.
class Startup
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Startup)
};

int refuse(const Masar::Error& error, int status)
{
    Masar::MessageBox::critical(nullptr, Startup::tr("Masar cannot start"), error.fullText());
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Masar"));
    QApplication::setApplicationName(QStringLiteral("masar"));
    QApplication::setApplicationDisplayName(QStringLiteral("Masar"));
    // Ties the window to the installed desktop entry (Wayland's app id, the taskbar's icon).
    QGuiApplication::setDesktopFileName(QStringLiteral(MASAR_APP_ID));
    QApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/masar.svg")));

    // The language first, so that even the options' help is in it: --lang,
    // else the one chosen last, else the system's.
    Masar::LanguageManager::instance().start(
        Masar::Translations::requestedLanguage(QApplication::arguments()));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), Startup::tr("The database file."), QStringLiteral("PATH"),
                      Masar::Database::defaultPath()});
    parser.addOption({QStringLiteral("lang"), Startup::tr("The interface language: ar, fr or en."),
                      QStringLiteral("LANG")});
    parser.process(application);

    auto database = Masar::Database::open(parser.value(QStringLiteral("db")),
                                          Masar::Database::OpenMode::CreateIfMissing);
    if (!database) {
        return refuse(database.error(), 3);
    }
    Masar::Users users(**database);
    const QString name = Masar::Users::defaultActorName();
    // On an empty register, whoever starts Masar first becomes its administrator.
    if (auto created = users.bootstrap(name); !created) {
        return refuse(created.error(), 3);
    }
    auto user = users.actor(name);
    if (!user) {
        return refuse(user.error(), 2);
    }

    Masar::MainWindow window(**database, *user, Masar::Clock::system());
    window.show();
    return QApplication::exec();
}
