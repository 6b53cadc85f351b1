// masar-screenshots OUTPUT_FOLDER [LANG ...]
// Opens each window of Masar on a small sample register, offscreen, in each
// language, and saves it as OUTPUT_FOLDER/<window>-<lang>.png, so that people
// can look at what users see.
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TestDatabase.h"
#include "core/Translations.h"
#include "services/RequestService.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace Masar;

namespace {

bool save(QWidget& widget, const QDir& output, const QString& name, const QString& language)
{
    widget.show();
    QTest::qWait(50);
    const QString path = output.filePath(QStringLiteral("%1-%2.png").arg(name, language));
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the user's own settings are left alone
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

    LanguageManager& languages = LanguageManager::instance();
    languages.start(QStringLiteral("en"));
    LocaleStyle style;
    style.hijri = true;
    languages.setStyle(style);
    for (const QString& language : arguments) {
        languages.setLanguage(language);
        QApplication::processEvents();
        MainWindow window(sample.db(), sample.user(QStringLiteral("supervisor")), sample.clock());
        window.resize(1280, 800);
        PreferencesDialog preferences(sample.clock());
        preferences.resize(560, 320);
        if (!save(window, output, QStringLiteral("main-window"), language)
            || !save(preferences, output, QStringLiteral("preferences"), language)) {
            return 2;
        }
    }
    return 0;
}
