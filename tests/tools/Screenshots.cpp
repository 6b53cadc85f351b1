// masar-screenshots OUTPUT_FOLDER [LANG ...]
// Opens each window of Masar on a small sample register, offscreen, in each
// language, and saves it as OUTPUT_FOLDER/<window>-<lang>.png, so that people
// can look at what users see.
#include "CalendarsDialog.h"
#include "CalendarsPanel.h"
#include "ConfirmHolidayDialog.h"
#include "DashboardWindow.h"
#include "DeadlineRulesPanel.h"
#include "DocumentRenderer.h"
#include "LanguageManager.h"
#include "LetterheadDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "PrintPreview.h"
#include "RecomputeDialog.h"
#include "TestDatabase.h"
#include "core/Translations.h"
#include "deadlines/ICalendar.h"
#include "demo/DemoData.h"
#include "services/DeadlinePolicy.h"
#include "services/RecomputeReport.h"
#include "services/RequestReader.h"
#include "storage/Sql.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
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

// Egypt's holidays of 2026 from an iCalendar file, so that the calendars
// show imported holidays beside Masar's own.
bool importEgyptianHolidays(Test::TestDatabase& sample)
{
    QFile file(QStringLiteral(MASAR_TEST_DATA_DIR "/calendars/public-holidays-eg-2026.ics"));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return false;
    }
    Result<std::vector<ImportedHoliday>> read = ICalendar::readHolidays(file.readAll());
    if (!read) {
        std::fprintf(stderr, "%s\n", qPrintable(read.error().fullText()));
        return false;
    }
    std::vector<Holiday> holidays;
    for (const ImportedHoliday& day : *read) {
        holidays.push_back({day.date, day.name, false});
    }
    Result<int> added
        = DeadlinePolicy(sample.db(), sample.clock())
              .importHolidays(sample.user(QStringLiteral("admin")), QStringLiteral("EG"), holidays);
    if (!added || !RecomputeReport::recompute(sample.db(), sample.clock())) {
        std::fprintf(stderr, "cannot import the Egyptian holidays\n");
        return false;
    }
    return true;
}

// The administrator's calendars and rules, a provisional holiday being
// confirmed, and the deadlines a new holiday moved.
bool saveCalendars(Test::TestDatabase& sample, const QDir& output, const QString& language)
{
    const User admin = sample.user(QStringLiteral("admin"));
    {
        CalendarsDialog calendars(sample.db(), admin, sample.clock());
        calendars.resize(1100, 700);
        calendars.calendarsPanel()->selectCalendar(QStringLiteral("EG"));
        calendars.calendarsPanel()->setYear(2026);
        if (!save(calendars, output, QStringLiteral("calendars"), language)) {
            return false;
        }
        auto* holidays = calendars.findChild<QTableWidget*>(QStringLiteral("holidaysTable"));
        for (int row = 0; row < holidays->rowCount(); ++row) {
            // Not selectRow(): right to left, it finds no column at the edge of a view not laid out yet.
            holidays->setCurrentCell(row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            if (calendars.findChild<QPushButton*>(QStringLiteral("confirmHolidayButton"))->isEnabled()) {
                break;
            }
        }
        calendars.findChild<QPushButton*>(QStringLiteral("confirmHolidayButton"))->click();
        auto* confirm = calendars.findChild<ConfirmHolidayDialog*>(QStringLiteral("confirmHolidayDialog"));
        if (!confirm || !save(*confirm, output, QStringLiteral("confirm-holiday"), language)) {
            return false;
        }
        delete confirm;
        for (const auto& [button, name] : {std::pair {"setWeekendButton", "weekendDialog"},
                                           std::pair {"addHolidayButton", "holidayDialog"}}) {
            calendars.findChild<QPushButton*>(QLatin1String(button))->click();
            auto* form = calendars.findChild<QDialog*>(QLatin1String(name));
            const QString file = QLatin1String(name).chopped(6) + QStringLiteral("-dialog");
            if (!form || !save(*form, output, file, language)) {
                return false;
            }
            delete form;
        }
        calendars.findChild<QTabWidget*>(QStringLiteral("calendarsTabs"))
            ->setCurrentWidget(calendars.rulesPanel());
        if (!save(calendars, output, QStringLiteral("deadline-rules"), language)) {
            return false;
        }
    }
    // A holiday on the day an open request is due moves it (and maybe
    // others); taken away again afterwards, so that every language shows the same.
    RequestFilter open;
    open.openOnly = true;
    open.direction = Direction::Incoming;
    Result<std::vector<Request>> requests = RequestReader(sample.db()).list(open);
    const auto due = requests ? std::find_if(requests->begin(), requests->end(),
                                             [](const Request& r) { return r.nextDeadline.isValid(); })
                              : std::vector<Request>::iterator();
    if (!requests || due == requests->end()) {
        std::fprintf(stderr, "the demo data has no open incoming request with a deadline\n");
        return false;
    }
    const QString calendar = due->requestedCountry;
    const QDate day = due->nextDeadline;
    const QString name = QStringLiteral("Journée de deuil national");
    DeadlinePolicy settings(sample.db(), sample.clock());
    if (!settings.addHoliday(admin, calendar, day, name).ok()) {
        std::fprintf(stderr, "cannot add a holiday\n");
        return false;
    }
    bool saved = false;
    {
        RecomputeDialog recompute(sample.db().path(), sample.clock());
        recompute.start();
        if (QTest::qWaitFor([&recompute]() { return recompute.report().has_value(); }, 20000)) {
            saved = save(recompute, output, QStringLiteral("recompute"), language);
        }
    }
    if (!settings.removeHoliday(admin, calendar, day, name).ok()
        || !RecomputeReport::recompute(sample.db(), sample.clock())) {
        std::fprintf(stderr, "cannot remove the holiday again\n");
        return false;
    }
    return saved;
}

// File ▸ Print with one request selected, then its status summary in the
// print preview, the preview shown without blocking.
bool savePrinting(MainWindow& window, const QDir& output, const QString& language)
{
    window.findChild<QAction*>(QStringLiteral("printAction"))->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("printDialog"));
    if (!dialog || !save(*dialog, output, QStringLiteral("print-dialog"), language)) {
        std::fprintf(stderr, "no print dialog\n");
        return false;
    }
    bool previewed = false;
    PrintPreview::setHandler([&](DocumentRenderer& renderer) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(DocumentRenderer::defaultPageLayout());
        QPrintPreviewDialog preview(&printer, &window);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [&renderer](QPrinter* target) {
                             if (Result<int> pages = renderer.paint(target); !pages) {
                                 qWarning() << pages.error().message();
                             }
                         });
        preview.resize(1000, 900);
        preview.show();
        QTest::qWait(200);
        previewed = save(preview, output, QStringLiteral("print-preview"), language);
        return false;
    });
    dialog->findChild<QPushButton*>(QStringLiteral("previewPushButton"))->click();
    previewed = QTest::qWaitFor([&previewed] { return previewed; }, 20000);
    PrintPreview::setHandler({});
    if (!previewed) {
        std::fprintf(stderr, "the print preview did not show\n");
    }
    return previewed;
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
    if (!importEgyptianHolidays(sample)) {
        return 2;
    }
    // The demo letterhead, as the demo command sets it.
    if (Result<bool> set
        = DemoData::setLetterhead(sample.db(), sample.user(QStringLiteral("admin")), sample.clock());
        !set || !*set) {
        std::fprintf(stderr, "cannot set the demo letterhead\n");
        return 2;
    }

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
        // The supervisor last looked two weeks ago: the notice says what became overdue since.
        if (!Sql::exec(sample.db().connection(),
                       QStringLiteral("UPDATE users SET deadlines_seen_on = ? WHERE name = ?"),
                       {Sql::date(sample.clock().today().addDays(-14)), QStringLiteral("supervisor")})) {
            std::fprintf(stderr, "cannot set when the supervisor last looked\n");
            return 2;
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
        auto* postpone = window.findChild<QPushButton*>(QStringLiteral("stepButtonPostpone"));
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
        // Three requests selected and reassigned at once.
        auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
        list->selectionModel()->select(QItemSelection(list->model()->index(0, 0), list->model()->index(2, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        window.findChild<QAction*>(QStringLiteral("reassignAction"))->trigger();
        auto* reassign = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
        if (!reassign || !save(*reassign, output, QStringLiteral("reassign-dialog"), language)) {
            return 2;
        }
        delete reassign;
        window.selectRequest(reference);
        if (!savePrinting(window, output, language)) {
            return 2;
        }
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
        LetterheadDialog letterhead(sample.db(), sample.user(QStringLiteral("admin")), sample.clock());
        if (!save(letterhead, output, QStringLiteral("letterhead"), language)) {
            return 2;
        }
        if (!saveCalendars(sample, output, language)) {
            return 2;
        }
    }
    return 0;
}
