#include "CliApplication.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>
#include <unistd.h>

namespace {

// Reports are laid out with fonts, which need a GUI application; it runs on
// the offscreen platform unless told otherwise, so that no display is needed.
// The other commands stay light.
std::unique_ptr<QCoreApplication> application(int& argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    if (Masar::Cli::CliApplication::commandOf(arguments) == QLatin1String("report")) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // Qt's platform layer wants a runtime folder; a private one in the
        // temporary folder when the session has none, as Qt would make,
        // without its warning.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString folder = QDir::temp().filePath(QStringLiteral("masar-runtime-%1").arg(getuid()));
            if (QDir().mkpath(folder)) {
                QFile::setPermissions(
                    folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
            }
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char* argv[])
{
    const std::unique_ptr<QCoreApplication> app = application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Masar"));
    QCoreApplication::setApplicationName(QStringLiteral("masar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MASAR_VERSION));
    return Masar::Cli::CliApplication::run(QCoreApplication::arguments());
}
