// masar-screenshots OUTPUT_FOLDER [LANG ...]
// Opens each window of Masar on a small sample register, offscreen, in each
// language, and saves it as OUTPUT_FOLDER/<window>-<lang>.png, so that people
// can look at what users see.
#include "MainWindow.h"
#include "TestDatabase.h"
#include "core/Translations.h"
#include "services/RequestService.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>

#include <cstdio>

using namespace Masar;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStringList arguments = QApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: masar-screenshots OUTPUT_FOLDER [LANG ...]\n");
        return 1;
    }
    const QDir output(arguments.takeFirst());
    QDir().mkpath(output.path());
    if (arguments.isEmpty()) {
        arguments = Translations::languages();
    }

    Test::TestDatabase sample;
    RequestService service(sample.db(), sample.clock());
    for (int i = 0; i < 3; ++i) {
        service.create(sample.user(QStringLiteral("officer")), Test::TestDatabase::incomingDraft());
    }
    service.create(sample.user(QStringLiteral("officer")), Test::TestDatabase::outgoingDraft());

    for (const QString& language : arguments) {
        Translations::install(language);
        MainWindow window(sample.db(), sample.user(QStringLiteral("supervisor")));
        window.resize(1280, 800);
        window.show();
        QTest::qWait(50);
        const QString path = output.filePath(QStringLiteral("main-window-%1.png").arg(language));
        if (!window.grab().save(path)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 2;
        }
        std::printf("%s\n", qPrintable(path));
    }
    return 0;
}
