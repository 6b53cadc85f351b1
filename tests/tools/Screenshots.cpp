// masar-screenshots OUTPUT_FOLDER [LANG ...]
// Opens each window of Masar on a small sample register, offscreen, in each
// language, and saves it as OUTPUT_FOLDER/<window>-<lang>.png, so that people
// can look at what users see.
#include "DashboardWindow.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TestDatabase.h"
#include "core/Translations.h"
#include "demo/DemoData.h"
#include "services/RequestReader.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
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

    Test::TestDatabase empty;
    Test::TestDatabase sample;
    // The demo data, as a new user would load it from the welcome.
    if (Result<int> loaded
        = DemoData::load(sample.db(), sample.user(QStringLiteral("admin")), sample.clock());
        !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error().fullText()));
        return 2;
    }
    RequestFilter inExecution;
    inExecution.states = {State::InExecution};
    Result<std::vector<Request>> shown = RequestReader(sample.db()).list(inExecution);
    if (!shown || shown->empty()) {
        std::fprintf(stderr, "the demo data has no request in execution\n");
        return 2;
    }
    const QString reference = shown->front().reference;

    LanguageManager& languages = LanguageManager::instance();
    languages.start(QStringLiteral("en"));
    LocaleStyle style;
    style.hijri = true;
    languages.setStyle(style);
    for (const QString& language : arguments) {
        languages.setLanguage(language);
        QApplication::processEvents();
        {
            MainWindow welcome(empty.db(), empty.user(QStringLiteral("admin")), empty.clock());
            welcome.resize(1280, 800);
            if (!save(welcome, output, QStringLiteral("welcome"), language)) {
                return 2;
            }
        }
        MainWindow window(sample.db(), sample.user(QStringLiteral("supervisor")), sample.clock());
        window.resize(1440, 860);
        window.selectRequest(reference);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        if (!save(window, output, QStringLiteral("main-window"), language)) {
            return 2;
        }
        tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("historyTable")));
        if (!save(window, output, QStringLiteral("history"), language)) {
            return 2;
        }
        tabs->setCurrentIndex(0);
        window.findChild<QAction*>(QStringLiteral("newIncomingAction"))->trigger();
        auto* form = window.findChild<QDialog*>(QStringLiteral("registerDialog"));
        // Pressed with nothing filled in: every problem on its field.
        form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        if (!save(*form, output, QStringLiteral("register-form"), language)) {
            return 2;
        }
        delete form;
        auto* postpone = window.findChild<QPushButton*>(QStringLiteral("stepButton_postpone"));
        if (!postpone) {
            std::fprintf(stderr, "no postpone step offered on %s\n", qPrintable(reference));
            return 2;
        }
        postpone->click();
        auto* step = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
        if (!save(*step, output, QStringLiteral("step-dialog"), language)) {
            return 2;
        }
        delete step;
        // The dashboard, each of its pages, once its figures are in.
        window.findChild<QAction*>(QStringLiteral("dashboardAction"))->trigger();
        auto* dashboard = window.findChild<DashboardWindow*>(QStringLiteral("dashboardWindow"));
        if (!dashboard
            || !QTest::qWaitFor([dashboard]() { return !dashboard->isComputing() && dashboard->figures(); },
                                20000)) {
            std::fprintf(stderr, "the dashboard showed no figures\n");
            return 2;
        }
        auto* pages = dashboard->findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
        const char* const pageNames[]
            = {"dashboard", "dashboard-states", "dashboard-ageing", "dashboard-results"};
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            if (!save(*dashboard, output, QLatin1String(pageNames[page]), language)) {
                return 2;
            }
        }
        // A number clicked: its requests in the list, the filter said in words.
        dashboard->findChild<QPushButton*>(QStringLiteral("overdueButton"))->click();
        if (!save(window, output, QStringLiteral("dashboard-list"), language)) {
            return 2;
        }
        window.findChild<QAbstractButton*>(QStringLiteral("clearMoreFilterButton"))->click();
        delete dashboard;
        PreferencesDialog preferences(sample.clock());
        preferences.resize(560, 320);
        if (!save(preferences, output, QStringLiteral("preferences"), language)) {
            return 2;
        }
    }
    return 0;
}
