// The dashboard window, offscreen, driven from the main window: its figures
// arrive from a worker while the window stays responsive, the numbers shown
// are the model's, a click on any of them shows exactly its requests in the
// main window's list, the window counts again for another number of days,
// and its charts read right to left.
#include "DashboardChart.h"
#include "DashboardSample.h"
#include "DashboardTable.h"
#include "DashboardWindow.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "itemmodels/RequestListModel.h"
#include "services/Dashboard.h"
#include "services/RequestReader.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

#include <functional>

using namespace Masar;
using namespace Masar::Test;

namespace {

using Predicate = std::function<bool(const Request&)>;

bool isOpen(const Request& r)
{
    return r.state != State::Closed;
}

QString partnerOf(const Request& r)
{
    return r.direction == Direction::Incoming ? r.requestingCountry : r.requestedCountry;
}

} // namespace

class TestDashboardWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensFromTheMainWindowAndWorksOffTheGuiThread();
    void aNumberShowsItsRequestsInTheList_data();
    void aNumberShowsItsRequestsInTheList();
    void aBarShowsItsRequestsInTheList();
    void countsAgainForAnotherNumberOfDays();
    void chartsReadRightToLeft();
    void retranslatesLabelsNotFigures();
    void saysWhenTheRegisterCannotBeRead();

private:
    // Opens the dashboard from the window's menu and waits for its figures.
    DashboardWindow* openDashboard(MainWindow& window);
    // The requests of the main window's list, and those that match here.
    static QSet<qint64> listed(MainWindow& window);
    QSet<qint64> matching(const Predicate& matches) const;
    DashboardFigures modelFigures(int days = Dashboard::defaultAtRiskDays);

    TestDatabase m_t;
    std::vector<Request> m_all;
    QDate m_today;
};

void TestDashboardWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Status filled = fillDashboardRegister(m_t);
    QVERIFY2(filled.ok(), qPrintable(filled.fullText()));
    Result<std::vector<Request>> all
        = RequestReader(m_t.db()).list(RequestFilter(), RequestReader::Detail::Full);
    QVERIFY(all);
    m_all = all.take();
    m_today = m_t.clock().today();
}

void TestDashboardWindow::init()
{
    QSettings().clear();
}

void TestDashboardWindow::cleanup()
{
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

DashboardWindow* TestDashboardWindow::openDashboard(MainWindow& window)
{
    window.findChild<QAction*>(QStringLiteral("dashboardAction"))->trigger();
    auto* dashboard = window.findChild<DashboardWindow*>(QStringLiteral("dashboardWindow"));
    if (!dashboard) {
        return nullptr;
    }
    if (!QTest::qWaitFor([dashboard]() { return !dashboard->isComputing(); }, 20000)) {
        qWarning("the dashboard computed nothing within 20 s");
        return nullptr;
    }
    return dashboard;
}

QSet<qint64> TestDashboardWindow::listed(MainWindow& window)
{
    QSet<qint64> ids;
    const RequestListModel* model = window.listModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->idAt(row));
    }
    return ids;
}

QSet<qint64> TestDashboardWindow::matching(const Predicate& matches) const
{
    QSet<qint64> ids;
    for (const Request& r : m_all) {
        if (matches(r)) {
            ids.insert(r.id);
        }
    }
    return ids;
}

DashboardFigures TestDashboardWindow::modelFigures(int days)
{
    Result<DashboardFigures> figures = Dashboard(m_t.db(), m_t.clock()).compute(days);
    return figures ? *figures : DashboardFigures();
}

void TestDashboardWindow::opensFromTheMainWindowAndWorksOffTheGuiThread()
{
    MainWindow window(m_t.db(), m_t.user(QStringLiteral("supervisor")), m_t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
    auto* dashboard = window.findChild<DashboardWindow*>(QStringLiteral("dashboardWindow"));
    QVERIFY(dashboard);
    QVERIFY(dashboard->isVisible());
    QVERIFY(dashboard->isWindow());
    // The figures are on their way, not computed before the window shows.
    QVERIFY(dashboard->isComputing());
    QVERIFY(!dashboard->figures());
    auto* status = dashboard->findChild<QLabel*>(QStringLiteral("dashboardStatusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("computing")), qPrintable(status->text()));
    QVERIFY(!dashboard->findChild<QPushButton*>(QStringLiteral("openButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 20000);
    QVERIFY(dashboard->figures());
    QVERIFY2(!status->text().contains(QLatin1String("computing")), qPrintable(status->text()));

    // The numbers shown are the model's.
    const DashboardFigures f = modelFigures();
    QCOMPARE(dashboard->figures()->open.count, f.open.count);
    QCOMPARE(dashboard->findChild<QPushButton*>(QStringLiteral("openButton"))->text(),
             QStringLiteral("Open requests: %1").arg(QLocale().toString(f.open.count)));
    auto* table = dashboard->findChild<DashboardTable*>(QStringLiteral("byAssigneeTable"));
    QCOMPARE(table->rowCount(), int(f.byAssignee.size()) + 1);
    for (int row = 0; row < int(f.byAssignee.size()); ++row) {
        const auto& expected = f.byAssignee[std::size_t(row)];
        QCOMPARE(table->item(row, 0)->text(),
                 expected.key.isEmpty() ? QStringLiteral("Nobody") : expected.name);
        QCOMPARE(table->item(row, 1)->text(), QLocale().toString(expected.overdue.count));
        QCOMPARE(table->item(row, 2)->text(), QLocale().toString(expected.dueSoon.count));
    }
    auto* partners = dashboard->findChild<DashboardTable*>(QStringLiteral("byPartnerTable"));
    QCOMPARE(partners->item(0, 0)->text(), Codes::countryName(f.byPartner.front().key));

    // Opened again: the same window, counting again.
    window.findChild<QAction*>(QStringLiteral("dashboardAction"))->trigger();
    QCOMPARE(window.findChildren<DashboardWindow*>().size(), 1);
    QVERIFY(dashboard->isComputing());
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing(), 20000);
}

void TestDashboardWindow::aNumberShowsItsRequestsInTheList_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::newRow("most overdue assignee, overdue") << QStringLiteral("byAssigneeTable") << 0 << 1;
    QTest::newRow("an assignee, due soon") << QStringLiteral("byAssigneeTable") << 1 << 2;
    QTest::newRow("most overdue partner, overdue") << QStringLiteral("byPartnerTable") << 0 << 1;
    QTest::newRow("a partner, due soon") << QStringLiteral("byPartnerTable") << 2 << 2;
    QTest::newRow("a state") << QStringLiteral("stateTable") << 6 << 2;
    QTest::newRow("ageing, 31 to 90 days, incoming") << QStringLiteral("ageingTable") << 1 << 1;
    QTest::newRow("ageing, not sent") << QStringLiteral("ageingTable") << 4 << 3;
    QTest::newRow("days to results") << QStringLiteral("resultsTable") << 0 << 2;
}

void TestDashboardWindow::aNumberShowsItsRequestsInTheList()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    MainWindow window(m_t.db(), m_t.user(QStringLiteral("supervisor")), m_t.clock());
    window.show();
    DashboardWindow* dashboard = openDashboard(window);
    QVERIFY(dashboard);
    const DashboardFigures f = *dashboard->figures();
    auto* view = dashboard->findChild<DashboardTable*>(table);
    QVERIFY(view);
    auto* tabs = dashboard->findChild<QTabWidget*>(QStringLiteral("dashboardTabs"));
    for (QWidget* page = view->parentWidget(); page; page = page->parentWidget()) {
        if (tabs->indexOf(page) >= 0) {
            tabs->setCurrentWidget(page);
        }
    }
    QTableWidgetItem* cell = view->item(row, column);
    QVERIFY(cell);
    const RequestFilter* filter = view->filterAt(row, column);
    QVERIFY(filter);

    // What the number means, counted here from every request.
    Predicate meaning;
    if (table == QLatin1String("byAssigneeTable") || table == QLatin1String("byPartnerTable")) {
        const auto& rows = table == QLatin1String("byAssigneeTable") ? f.byAssignee : f.byPartner;
        const QString key = rows[std::size_t(row)].key;
        const bool byAssignee = table == QLatin1String("byAssigneeTable");
        const QDate today = m_today;
        meaning = [=](const Request& r) {
            const bool whose = byAssignee ? r.assignee == key : partnerOf(r) == key;
            const bool due = column == 1 ? r.nextDeadline.isValid() && r.nextDeadline < today
                                         : r.nextDeadline.isValid() && r.nextDeadline >= today
                    && r.nextDeadline <= today.addDays(Dashboard::defaultAtRiskDays);
            return isOpen(r) && whose && due;
        };
    } else if (table == QLatin1String("stateTable")) {
        const State state = f.openByState[std::size_t(row)].state;
        meaning = [state](const Request& r) {
            return r.state == state;
        };
    } else if (table == QLatin1String("ageingTable")) {
        const QDate today = m_today;
        meaning = [=](const Request& r) {
            const QDate opened = r.direction == Direction::Incoming ? r.receivedOn : r.sentOn;
            if (!isOpen(r) || (column == 1 && r.direction != Direction::Incoming)) {
                return false;
            }
            if (row == 4) {
                return !opened.isValid();
            }
            const qint64 days = opened.isValid() ? opened.daysTo(today) : -1;
            return opened.isValid() && days >= 31 && days <= 90;
        };
    } else {
        QCOMPARE(view->item(row, 1)->text(), labelOf(Direction::Incoming));
        const QString country = view->item(row, 0)->text();
        meaning = [country](const Request& r) {
            return r.state == State::Closed && r.direction == Direction::Incoming
                && Codes::countryName(r.requestingCountry) == country
                && std::any_of(r.history.begin(), r.history.end(),
                               [](const HistoryEntry& e) { return e.step == Step::SendResults; });
        };
    }
    const QSet<qint64> expected = matching(meaning);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(cell->text(), QLocale().toString(int(expected.size())));

    // A click shows exactly those in the main window's list.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualItemRect(cell).center());
    QTRY_COMPARE(window.listModel()->rowCount(), int(expected.size()));
    QCOMPARE(listed(window), expected);
    QCOMPARE(window.listModel()->filter(), *filter);
    // The filter bar says what its choices cannot show, and forgets it when asked.
    auto* more = window.findChild<QLabel*>(QStringLiteral("moreFilterLabel"));
    if (more->isVisibleTo(&window)) {
        QVERIFY(more->text().startsWith(QLatin1String("Also: ")));
        QTest::mouseClick(window.findChild<QToolButton*>(QStringLiteral("clearMoreFilterButton")),
                          Qt::LeftButton);
        QVERIFY(!more->isVisibleTo(&window));
        QVERIFY(window.listModel()->rowCount() >= int(expected.size()));
    }
}

void TestDashboardWindow::aBarShowsItsRequestsInTheList()
{
    MainWindow window(m_t.db(), m_t.user(QStringLiteral("supervisor")), m_t.clock());
    window.show();
    DashboardWindow* dashboard = openDashboard(window);
    QVERIFY(dashboard);
    const DashboardFigures f = *dashboard->figures();
    auto* chart = dashboard->findChild<DashboardChart*>(QStringLiteral("ageingChart"));
    QVERIFY(chart);
    // The bars are the figures: incoming and outgoing, band by band.
    QCOMPARE(int(chart->sets().size()), 2);
    for (int band = 0; band < int(f.ageing.size()); ++band) {
        const int index = chart->indexOf(band);
        QCOMPARE(int(chart->sets()[0]->at(index)), f.ageing[std::size_t(band)].incoming.count);
        QCOMPARE(int(chart->sets()[1]->at(index)), f.ageing[std::size_t(band)].outgoing.count);
    }
    // A click on the outgoing part of the first band's bar.
    emit chart->series()->clicked(chart->indexOf(0), chart->sets()[1]);
    const QDate today = m_today;
    const QSet<qint64> expected = matching([today](const Request& r) {
        return isOpen(r) && r.direction == Direction::Outgoing && r.sentOn.isValid()
            && r.sentOn.daysTo(today) <= 30;
    });
    QCOMPARE(int(expected.size()), f.ageing.front().outgoing.count);
    QTRY_COMPARE(listed(window), expected);
    // And the state chart's bar of "in execution".
    auto* states = dashboard->findChild<DashboardChart*>(QStringLiteral("stateChart"));
    const auto inExecution = std::find_if(f.openByState.begin(), f.openByState.end(),
                                          [](const auto& s) { return s.state == State::InExecution; });
    emit states->series()->clicked(states->indexOf(int(inExecution - f.openByState.begin())),
                                   states->sets()[0]);
    QTRY_COMPARE(listed(window), matching([](const Request& r) { return r.state == State::InExecution; }));
    QCOMPARE(window.listModel()->rowCount(), inExecution->requests.count);
}

void TestDashboardWindow::countsAgainForAnotherNumberOfDays()
{
    MainWindow window(m_t.db(), m_t.user(QStringLiteral("supervisor")), m_t.clock());
    window.show();
    DashboardWindow* dashboard = openDashboard(window);
    QVERIFY(dashboard);
    QCOMPARE(dashboard->figures()->atRiskDays, Dashboard::defaultAtRiskDays);
    auto* spin = dashboard->findChild<QSpinBox*>(QStringLiteral("atRiskDaysSpinBox"));
    spin->setValue(30);
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isComputing() && dashboard->figures()->atRiskDays == 30, 20000);
    const DashboardFigures f = modelFigures(30);
    QCOMPARE(dashboard->figures()->allDeadlines.dueSoon.count, f.allDeadlines.dueSoon.count);
    QVERIFY(f.allDeadlines.dueSoon.count > modelFigures(7).allDeadlines.dueSoon.count);
    auto* button = dashboard->findChild<QPushButton*>(QStringLiteral("dueSoonButton"));
    QVERIFY2(button->text().endsWith(QLocale().toString(f.allDeadlines.dueSoon.count)),
             qPrintable(button->text()));
    QVERIFY(button->text().contains(QLatin1String("30")));
    // Remembered for the next time.
    delete dashboard;
    dashboard = openDashboard(window);
    QVERIFY(dashboard);
    QCOMPARE(dashboard->figures()->atRiskDays, 30);
    // The button shows the list behind it.
    QTest::mouseClick(dashboard->findChild<QPushButton*>(QStringLiteral("dueSoonButton")), Qt::LeftButton);
    const QDate today = m_today;
    QTRY_COMPARE(listed(window), matching([today](const Request& r) {
                     return isOpen(r) && r.nextDeadline.isValid() && r.nextDeadline >= today
                         && r.nextDeadline <= today.addDays(30);
                 }));
}

void TestDashboardWindow::chartsReadRightToLeft()
{
    MainWindow window(m_t.db(), m_t.user(QStringLiteral("supervisor")), m_t.clock());
    window.show();
    DashboardWindow* dashboard = openDashboard(window);
    QVERIFY(dashboard);
    auto* states = dashboard->findChild<DashboardChart*>(QStringLiteral("stateChart"));
    auto* ageing = dashboard->findChild<DashboardChart*>(QStringLiteral("ageingChart"));
    auto axes = [](DashboardChart* chart) {
        QBarCategoryAxis* categories = nullptr;
        QValueAxis* values = nullptr;
        for (QAbstractAxis* axis : chart->series()->attachedAxes()) {
            if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) {
                categories = c;
            } else {
                values = qobject_cast<QValueAxis*>(axis);
            }
        }
        return std::make_pair(categories, values);
    };
    // Left to right: states down the left side, the first at the top; ages
    // from the left.
    QCOMPARE(axes(states).first->alignment(), Qt::AlignLeft);
    QVERIFY(!axes(states).second->isReverse());
    QCOMPARE(axes(states).first->categories().last(), labelOf(State::Received));
    QCOMPARE(axes(ageing).first->categories().first(),
             axes(ageing).first->categories().value(ageing->indexOf(0)));
    QCOMPARE(axes(ageing).second->alignment(), Qt::AlignLeft);

    QApplication::setLayoutDirection(Qt::RightToLeft);
    QTRY_COMPARE(axes(states).first->alignment(), Qt::AlignRight);
    // Bars grow leftwards from the states on the right.
    QVERIFY(axes(states).second->isReverse());
    QCOMPARE(axes(states).first->categories().last(), labelOf(State::Received));
    // The youngest band on the right, the numbers on the right.
    QCOMPARE(ageing->indexOf(0), int(axes(ageing).first->categories().size()) - 1);
    QCOMPARE(axes(ageing).second->alignment(), Qt::AlignRight);
    const DashboardFigures f = *dashboard->figures();
    QCOMPARE(int(ageing->sets()[0]->at(ageing->indexOf(0))), f.ageing.front().incoming.count);
    QCOMPARE(*ageing->filterAt(0, ageing->indexOf(0)), f.ageing.front().incoming.filter);
}

void TestDashboardWindow::retranslatesLabelsNotFigures()
{
    MainWindow window(m_t.db(), m_t.user(QStringLiteral("supervisor")), m_t.clock());
    window.show();
    DashboardWindow* dashboard = openDashboard(window);
    QVERIFY(dashboard);
    auto* table = dashboard->findChild<DashboardTable*>(QStringLiteral("stateTable"));
    table->item(0, 0)->setText(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(dashboard, &change);
    // Labels written again; nothing computed again.
    QCOMPARE(table->item(0, 0)->text(), labelOf(State::Received));
    QVERIFY(!dashboard->isComputing());
    QCOMPARE(dashboard->windowTitle(), QStringLiteral("Dashboard — Masar"));
}

void TestDashboardWindow::saysWhenTheRegisterCannotBeRead()
{
    DashboardWindow dashboard(m_t.folder() + QStringLiteral("/missing.sqlite"), m_t.clock());
    dashboard.show();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.isComputing(), 20000);
    QVERIFY(!dashboard.figures());
    auto* status = dashboard.findChild<QLabel*>(QStringLiteral("dashboardStatusLabel"));
    QVERIFY2(status->text().startsWith(QLatin1String("The figures could not be computed: ")),
             qPrintable(status->text()));
    QVERIFY(!dashboard.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"))->isEnabled());
}

QTEST_MAIN(TestDashboardWindow)
#include "tst_dashboard.moc"
