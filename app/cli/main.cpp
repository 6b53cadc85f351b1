#include "CliApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Masar"));
    QCoreApplication::setApplicationName(QStringLiteral("masar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));
    return Masar::Cli::CliApplication::run(QCoreApplication::arguments());
}
