// Every window and dialog in Arabic and in French: no text is left in
// English or with a placeholder unreplaced; switching language at run time
// retranslates what is open and turns the layout right to left for Arabic.
#include "CalendarsDialog.h"
#include "CalendarsPanel.h"
#include "DashboardChart.h"
#include "DashboardWindow.h"
#include "DeadlineRulesPanel.h"
#include "LanguageManager.h"
#include "LetterheadDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "RecomputeDialog.h"
#include "Preferences.h"
#include "TestDatabase.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

void addText(QStringList* texts, const QString& text)
{
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    plain = plain.trimmed();
    if (!plain.isEmpty()) {
        *texts << plain;
    }
}

void collectMenu(QMenu* menu, QStringList* texts)
{
    addText(texts, menu->title());
    for (QAction* action : menu->actions()) {
        addText(texts, action->text());
        addText(texts,
                action->toolTip() == action->text().remove(QLatin1Char('&')) ? QString() : action->toolTip());
        if (action->menu()) {
            collectMenu(action->menu(), texts);
        }
    }
}

// Every text a user can see in a window: labels, buttons, menus, tooltips,
// placeholders, combo box items, table headers and cells.
QStringList visibleTexts(QWidget* window)
{
    QStringList texts;
    addText(&texts, window->windowTitle());
    QList<QWidget*> widgets = window->findChildren<QWidget*>();
    widgets.prepend(window);
    for (QWidget* widget : widgets) {
        addText(&texts, widget->toolTip());
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            addText(&texts, label->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            addText(&texts, button->text());
        } else if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            addText(&texts, edit->placeholderText());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                addText(&texts, combo->itemText(i));
            }
        } else if (auto* bar = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : bar->actions()) {
                if (action->menu()) {
                    collectMenu(action->menu(), &texts);
                }
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            QAbstractItemModel* model = view->model();
            for (int column = 0; model && column < model->columnCount(); ++column) {
                addText(&texts, model->headerData(column, Qt::Horizontal).toString());
                for (int row = 0; row < model->rowCount(); ++row) {
                    addText(&texts, model->index(row, column).data().toString());
                    addText(&texts, model->index(row, column).data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    return texts;
}

// The sample register's own data (references, authorities, summaries,
// names): the same whatever the interface language.
QSet<QString>& sampleData()
{
    static QSet<QString> data;
    return data;
}

// A country's name from ICU with its code, "Canada (CA)": named by ICU in
// the language under test, which may write it as English does.
bool isCountryWithCode(const QString& text)
{
    static const QRegularExpression withCode(QStringLiteral("^(.+) \\(([A-Z]{2})\\)$"));
    const QRegularExpressionMatch match = withCode.match(text);
    return match.hasMatch() && Codes::isCountry(match.captured(2))
        && Codes::countryName(match.captured(2)) == match.captured(1);
}

// What may read the same in English and in the language under test: data,
// proper names, codes, and words French shares with English.
bool mayBeTheSame(const QString& text)
{
    if (sampleData().contains(text) || isCountryWithCode(text)) {
        return true;
    }
    static const QSet<QString> shared = {
        QStringLiteral("English"),      QStringLiteral("Français"),
        QStringLiteral("العربية"), // each language's own name
        QStringLiteral("Eurojust"),     QStringLiteral("Interpol"),   QStringLiteral("Impossible"),
        QStringLiteral("Confiscation"), QStringLiteral("Corruption"), QStringLiteral("Homicide"),
        QStringLiteral("Expert"),       QStringLiteral("Suspect"),    QStringLiteral("Documents"),
        QStringLiteral("document"),     QStringLiteral("condition"),  QStringLiteral("Ne bis in idem"),
        QStringLiteral("%1 (%2)"),
        QStringLiteral("OK"), // Qt's own button, written so in French
        QStringLiteral("Close"), // French for a closed request ("demande close")
        QStringLiteral("Note"),         QStringLiteral("Source"),
        QStringLiteral("Date"), // column headers, French as they are
    };
    static const QRegularExpression noLetters(QStringLiteral("^[^\\p{L}]*$"));
    static const QRegularExpression dataLike(QStringLiteral("[/\\\\]|^\\p{L}+[-_.]?\\d+$|^[a-z_]+$"));
    return shared.contains(text) || noLetters.match(text).hasMatch() || dataLike.match(text).hasMatch();
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void noEnglishIsLeft_data();
    void noEnglishIsLeft();
    void switchingLanguageRetranslatesOpenWindows();
    void preferencesApplyAtOnce();
    void theCommandLineLanguageWins();

private:
    // The texts of every window and dialog of the application in a language.
    QStringList textsIn(const QString& language);
    // Settings ▸ Calendars and deadlines, its tabs and forms, as an administrator.
    QStringList calendarsTexts();

    std::unique_ptr<TestDatabase> m_sample;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    m_sample = std::make_unique<TestDatabase>();
    RequestService service(m_sample->db(), m_sample->clock());
    QVERIFY(service.create(m_sample->user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(m_sample->user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    Result<std::vector<Request>> requests
        = RequestReader(m_sample->db()).list(RequestFilter(), RequestReader::Detail::Full);
    QVERIFY(requests);
    QStringList data;
    for (const Request& r : *requests) {
        for (const QString& text : {r.reference, r.foreignReference, r.requestingAuthority,
                                    r.requestedAuthority, r.legalBasisDetail, r.summary}) {
            addText(&data, text);
        }
        for (const Person& p : r.persons) {
            addText(&data, p.name);
        }
    }
    sampleData() = QSet<QString>(data.cbegin(), data.cend());
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestLanguages::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    LanguageManager::instance().setStyle(LocaleStyle());
}

QStringList TestLanguages::textsIn(const QString& language)
{
    LanguageManager::instance().setLanguage(language);
    QApplication::processEvents();
    QStringList texts;
    {
        MainWindow window(m_sample->db(), m_sample->user(QStringLiteral("supervisor")), m_sample->clock());
        window.show();
        // With a request selected: its details, tabs and steps.
        auto* list = window.findChild<QAbstractItemView*>(QStringLiteral("requestListView"));
        list->setCurrentIndex(list->model()->index(0, 0));
        texts << visibleTexts(&window);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            texts << visibleTexts(&window);
        }
        // The workflow, both directions.
        window.findChild<QAction*>(QStringLiteral("workflowAction"))->trigger();
        auto* workflow = window.findChild<QDialog*>(QStringLiteral("workflowDialog"));
        texts << visibleTexts(workflow);
        workflow->findChild<QComboBox*>(QStringLiteral("directionComboBox"))->setCurrentIndex(1);
        texts << visibleTexts(workflow);
        delete workflow;
        // The register form and a step dialog.
        window.findChild<QAction*>(QStringLiteral("newIncomingAction"))->trigger();
        auto* form = window.findChild<QDialog*>(QStringLiteral("registerDialog"));
        texts << visibleTexts(form);
        delete form;
        const QList<QPushButton*> steps
            = window.findChild<QWidget*>(QStringLiteral("stepBar"))->findChildren<QPushButton*>();
        if (steps.isEmpty()) {
            qWarning("no step to take on the first request");
            return {};
        }
        steps.first()->click();
        auto* step = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
        texts << visibleTexts(step);
        delete step;
        // The About box, through the message box seam.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        addText(&texts, MessageBox::lastText());
        // The dashboard, its tables and the words of its charts.
        window.findChild<QAction*>(QStringLiteral("dashboardAction"))->trigger();
        auto* dashboard = window.findChild<DashboardWindow*>(QStringLiteral("dashboardWindow"));
        if (!QTest::qWaitFor([dashboard]() { return !dashboard->isComputing(); }, 20000)) {
            qWarning("the dashboard computed nothing");
            return {};
        }
        texts << visibleTexts(dashboard);
        for (DashboardChart* chart : dashboard->findChildren<DashboardChart*>()) {
            addText(&texts, chart->chart()->title());
            for (QBarSet* set : chart->sets()) {
                addText(&texts, set->label());
            }
            for (QAbstractAxis* axis : chart->series()->attachedAxes()) {
                if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                    for (const QString& category : categories->categories()) {
                        addText(&texts, category);
                    }
                }
            }
        }
        delete dashboard;
    }
    {
        PreferencesDialog dialog(m_sample->clock());
        dialog.show();
        texts << visibleTexts(&dialog);
    }
    {
        LetterheadDialog dialog(m_sample->db(), m_sample->user(QStringLiteral("admin")), m_sample->clock());
        dialog.show();
        texts << visibleTexts(&dialog);
    }
    texts << calendarsTexts();
    return texts;
}

QStringList TestLanguages::calendarsTexts()
{
    QStringList texts;
    CalendarsDialog dialog(m_sample->db(), m_sample->user(QStringLiteral("admin")), m_sample->clock());
    dialog.show();
    // Morocco's: Islamic holidays, provisional.
    if (!dialog.calendarsPanel()->selectCalendar(QStringLiteral("MA"))) {
        qWarning("no calendar of Morocco");
        return {};
    }
    texts << visibleTexts(&dialog);
    // Each form, the confirmation of a provisional holiday among them.
    auto* holidays = dialog.findChild<QTableWidget*>(QStringLiteral("holidaysTable"));
    auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmHolidayButton"));
    for (int row = 0; row < holidays->rowCount() && !confirm->isEnabled(); ++row) {
        holidays->setCurrentCell(row, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    const std::pair<const char*, const char*> forms[] = {{"addHolidayButton", "holidayDialog"},
                                                         {"confirmHolidayButton", "confirmHolidayDialog"},
                                                         {"setWeekendButton", "weekendDialog"},
                                                         {"addCalendarButton", "authorityCalendarDialog"}};
    for (const auto& [button, name] : forms) {
        dialog.findChild<QPushButton*>(QLatin1String(button))->click();
        auto* form = dialog.findChild<QDialog*>(QLatin1String(name));
        if (!form) {
            qWarning("no %s", name);
            return {};
        }
        texts << visibleTexts(form);
        delete form;
    }
    dialog.findChild<QTabWidget*>(QStringLiteral("calendarsTabs"))->setCurrentWidget(dialog.rulesPanel());
    texts << visibleTexts(&dialog);
    auto* rules = dialog.findChild<QTableWidget*>(QStringLiteral("rulesTable"));
    rules->setCurrentCell(0, 0, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    dialog.findChild<QPushButton*>(QStringLiteral("editRuleButton"))->click();
    auto* rule = dialog.findChild<QDialog*>(QStringLiteral("ruleDialog"));
    if (!rule) {
        qWarning("no ruleDialog");
        return {};
    }
    texts << visibleTexts(rule);
    delete rule;
    // What computing deadlines again says (nothing is queued: nothing moves).
    RecomputeDialog recompute(m_sample->db().path(), m_sample->clock());
    recompute.show();
    recompute.start();
    if (!QTest::qWaitFor([&recompute]() { return recompute.report().has_value(); })) {
        qWarning("the deadlines were not computed");
        return {};
    }
    texts << visibleTexts(&recompute);
    return texts;
}

void TestLanguages::noEnglishIsLeft_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Arabic") << QStringLiteral("ar");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestLanguages::noEnglishIsLeft()
{
    QFETCH(QString, language);
    const QStringList english = textsIn(QStringLiteral("en"));
    const QSet<QString> englishSet(english.cbegin(), english.cend());
    QVERIFY(english.size() > 100);
    const QStringList translated = textsIn(language);
    QCOMPARE(translated.size(), english.size());

    static const QRegularExpression placeholder(QStringLiteral("%L?[0-9n]"));
    QStringList problems;
    for (const QString& text : translated) {
        if (placeholder.match(text).hasMatch() && text != QLatin1String("%1 (%2)")) {
            problems << QStringLiteral("unreplaced placeholder: “%1”").arg(text);
        } else if (englishSet.contains(text) && !mayBeTheSame(text)) {
            problems << QStringLiteral("still in English: “%1”").arg(text);
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLanguages::switchingLanguageRetranslatesOpenWindows()
{
    MainWindow window(m_sample->db(), m_sample->user(QStringLiteral("supervisor")), m_sample->clock());
    window.show();
    auto* menu = window.findChild<QMenu*>(QStringLiteral("requestMenu"));
    auto* list = window.findChild<QAbstractItemView*>(QStringLiteral("requestListView"));
    QVERIFY(menu && list);
    auto header = [list](int section) {
        return list->model()->headerData(section, Qt::Horizontal).toString();
    };
    QCOMPARE(header(0), QStringLiteral("Reference"));
    QCOMPARE(menu->title(), QStringLiteral("&Request"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);

    LanguageManager::instance().setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(header(0), QStringLiteral("Référence"));
    QTRY_COMPARE(menu->title(), QStringLiteral("&Demande"));
    QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);

    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    QTRY_COMPARE(header(0), QStringLiteral("المرجع"));
    // Right to left because the Arabic catalog says so.
    QTRY_COMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("todayLabel"))->text(),
                 QStringLiteral("٢ مارس ٢٠٢٦"));

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    QTRY_COMPARE(header(0), QStringLiteral("Reference"));
}

void TestLanguages::preferencesApplyAtOnce()
{
    MainWindow window(m_sample->db(), m_sample->user(QStringLiteral("supervisor")), m_sample->clock());
    window.show();
    PreferencesDialog dialog(m_sample->clock(), &window);
    dialog.show();
    auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    auto* region = dialog.findChild<QComboBox*>(QStringLiteral("arabicRegionComboBox"));
    auto* digits = dialog.findChild<QComboBox*>(QStringLiteral("digitsComboBox"));
    auto* hijri = dialog.findChild<QAbstractButton*>(QStringLiteral("hijriCheckBox"));
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("previewLabel"));
    QVERIFY(language && region && digits && hijri && preview);

    language->setCurrentIndex(language->findData(QStringLiteral("ar")));
    region->setCurrentIndex(region->findData(QStringLiteral("LB")));
    digits->setCurrentIndex(2); // Latin
    QTest::mouseClick(hijri, Qt::LeftButton);
    // The preview shows the choice before it is applied.
    QVERIFY2(preview->text().contains(QStringLiteral("2 آذار 2026")), qPrintable(preview->text()));
    QVERIFY(preview->text().contains(QStringLiteral("رمضان 1447")));
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("en"));

    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("ar"));
    QCOMPARE(LanguageManager::instance().style().arabicRegion, QStringLiteral("LB"));
    QCOMPARE(Preferences::language(), QStringLiteral("ar"));
    QCOMPARE(Preferences::localeStyle().digits, LocaleStyle::Digits::Latin);
    QVERIFY(Preferences::localeStyle().hijri);
    QTRY_COMPARE(window.findChild<QLabel*>(QStringLiteral("todayLabel"))->text(),
                 QStringLiteral("13 رمضان 1447 هـ الموافق 2 آذار 2026 م"));
}

void TestLanguages::theCommandLineLanguageWins()
{
    Preferences::setLanguage(QStringLiteral("fr"));
    LanguageManager::instance().start(QStringLiteral("ar"));
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("ar"));
    LanguageManager::instance().start(QString());
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("fr")); // the one chosen last
    LanguageManager::instance().start(QStringLiteral("xx"));
    QCOMPARE(LanguageManager::instance().language(), QStringLiteral("fr"));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
