#include "MainWindow.h"
#include "MessageBox.h"
#include "core/Translations.h"
#include "services/Users.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace {

const char* const context = "Masar::Gui";

int refuse(const Masar::Error& error, int status)
{
    Masar::MessageBox::critical(nullptr, QCoreApplication::translate(context, "Masar cannot start"),
                                error.fullText());
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Masar"));
    QApplication::setApplicationName(QStringLiteral("masar"));
    QApplication::setApplicationDisplayName(QStringLiteral("Masar"));
    QApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/masar.svg")));

    // The language first, so that even the options' help is in it.
    const QString requested = Masar::Translations::requestedLanguage(QApplication::arguments());
    const QString language
        = Masar::Translations::isLanguage(requested) ? requested : Masar::Translations::systemLanguage();
    Masar::Translations::install(language);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate(context, "The database file."),
                      QStringLiteral("PATH"), Masar::Database::defaultPath()});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate(context, "The interface language: ar, fr or en."),
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

    Masar::MainWindow window(**database, *user);
    window.show();
    return QApplication::exec();
}
