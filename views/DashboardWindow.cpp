#include "DashboardWindow.h"

#include "DashboardChart.h"
#include "DashboardTable.h"
#include "LanguageManager.h"
#include "Preferences.h"
#include "core/Clock.h"
#include "deadlines/DeadlineStatus.h"
#include "services/Dashboard.h"
#include "storage/Database.h"

#include <QCollator>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace Masar {

struct DashboardWindow::Outcome
{
    std::optional<DashboardFigures> figures;
    QString error;
};

namespace {

const QString atRiskDaysKey = QStringLiteral("dashboard/atRiskDays");

QString ageLabel(DashboardFigures::Age age)
{
    const QLocale locale;
    switch (age) {
    case DashboardFigures::Age::UpTo30Days:
        //: An age band of the dashboard: open from %1 to %2 days.
        return DashboardWindow::tr("%1–%2 days").arg(locale.toString(0), locale.toString(30));
    case DashboardFigures::Age::UpTo90Days:
        return DashboardWindow::tr("%1–%2 days").arg(locale.toString(31), locale.toString(90));
    case DashboardFigures::Age::UpTo180Days:
        return DashboardWindow::tr("%1–%2 days").arg(locale.toString(91), locale.toString(180));
    case DashboardFigures::Age::Over180Days:
        //: An age band of the dashboard: open more than %1 days.
        return DashboardWindow::tr("Over %1 days").arg(locale.toString(180));
    case DashboardFigures::Age::NotSent:
        //: An age band of the dashboard: outgoing requests not sent yet.
        return DashboardWindow::tr("Not sent yet");
    }
    return QString();
}

QWidget* column(QWidget* parent, const char* name, QLabel* label, QWidget* content)
{
    auto* box = new QWidget(parent);
    box->setObjectName(QLatin1String(name));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    label->setBuddy(content);
    return box;
}

} // namespace

int DashboardWindow::atRiskDays()
{
    const QVariant days = Preferences::value(atRiskDaysKey);
    return days.isValid() ? qBound(0, days.toInt(), Dashboard::mostAtRiskDays)
                          : DeadlineStatus::defaultAtRiskDays;
}

DashboardWindow::DashboardWindow(const QString& databasePath, const Clock& clock, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_databasePath(databasePath)
    , m_clock(clock)
    , m_daysLabel(new QLabel(this))
    , m_daysSpinBox(new QSpinBox(this))
    , m_daysTimer(new QTimer(this))
    , m_refreshButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_overdueButton(new QPushButton(this))
    , m_dueSoonButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_deadlinesPage(new QWidget(m_tabs))
    , m_assigneeLabel(new QLabel(m_deadlinesPage))
    , m_assigneeTable(new DashboardTable(m_deadlinesPage))
    , m_partnerLabel(new QLabel(m_deadlinesPage))
    , m_partnerTable(new DashboardTable(m_deadlinesPage))
    , m_statesPage(new QWidget(m_tabs))
    , m_stateChart(new DashboardChart(DashboardChart::Bars::Across, m_statesPage))
    , m_stateTable(new DashboardTable(m_statesPage))
    , m_ageingPage(new QWidget(m_tabs))
    , m_ageingChart(new DashboardChart(DashboardChart::Bars::Upright, m_ageingPage))
    , m_ageingTable(new DashboardTable(m_ageingPage))
    , m_ageingNoteLabel(new QLabel(m_ageingPage))
    , m_resultsPage(new QWidget(m_tabs))
    , m_resultsTable(new DashboardTable(m_resultsPage))
    , m_resultsNoteLabel(new QLabel(m_resultsPage))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    const std::pair<QObject*, const char*> names[] = {
        {m_daysLabel, "atRiskDaysLabel"},
        {m_daysSpinBox, "atRiskDaysSpinBox"},
        {m_refreshButton, "dashboardRefreshButton"},
        {m_statusLabel, "dashboardStatusLabel"},
        {m_openButton, "openButton"},
        {m_overdueButton, "overdueButton"},
        {m_dueSoonButton, "dueSoonButton"},
        {m_tabs, "dashboardTabs"},
        {m_deadlinesPage, "deadlinesPage"},
        {m_assigneeLabel, "byAssigneeLabel"},
        {m_assigneeTable, "byAssigneeTable"},
        {m_partnerLabel, "byPartnerLabel"},
        {m_partnerTable, "byPartnerTable"},
        {m_statesPage, "statesPage"},
        {m_stateChart, "stateChart"},
        {m_stateTable, "stateTable"},
        {m_ageingPage, "ageingPage"},
        {m_ageingChart, "ageingChart"},
        {m_ageingTable, "ageingTable"},
        {m_ageingNoteLabel, "ageingNoteLabel"},
        {m_resultsPage, "resultsPage"},
        {m_resultsTable, "resultsTable"},
        {m_resultsNoteLabel, "resultsNoteLabel"},
    };
    for (const auto& [object, name] : names) {
        object->setObjectName(QLatin1String(name));
    }

    m_daysSpinBox->setRange(0, Dashboard::mostAtRiskDays);
    m_daysSpinBox->setValue(atRiskDays());
    m_daysLabel->setBuddy(m_daysSpinBox);
    m_daysTimer->setSingleShot(true);
    m_daysTimer->setInterval(400);
    m_statusLabel->setWordWrap(true);
    m_ageingNoteLabel->setWordWrap(true);
    m_resultsNoteLabel->setWordWrap(true);

    layOut();
    connectSignals();
    resize(1180, 760);
    retranslateUi();
    refresh();
}

DashboardWindow::~DashboardWindow() = default;

void DashboardWindow::layOut()
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_daysLabel);
    top->addWidget(m_daysSpinBox);
    top->addWidget(m_refreshButton);
    top->addWidget(m_statusLabel, 1);
    auto* summary = new QHBoxLayout;
    for (QPushButton* button : {m_openButton, m_overdueButton, m_dueSoonButton}) {
        summary->addWidget(button);
    }
    summary->addStretch();

    auto* deadlines = new QHBoxLayout(m_deadlinesPage);
    deadlines->addWidget(column(m_deadlinesPage, "byAssigneeBox", m_assigneeLabel, m_assigneeTable), 1);
    deadlines->addWidget(column(m_deadlinesPage, "byPartnerBox", m_partnerLabel, m_partnerTable), 1);
    auto* states = new QHBoxLayout(m_statesPage);
    states->addWidget(m_stateChart, 3);
    states->addWidget(m_stateTable, 2);
    auto* ageing = new QGridLayout(m_ageingPage);
    ageing->addWidget(m_ageingChart, 0, 0);
    ageing->addWidget(m_ageingTable, 0, 1);
    ageing->addWidget(m_ageingNoteLabel, 1, 0, 1, 2);
    ageing->setColumnStretch(0, 3);
    ageing->setColumnStretch(1, 2);
    auto* results = new QVBoxLayout(m_resultsPage);
    results->addWidget(m_resultsNoteLabel);
    results->addWidget(m_resultsTable, 1);
    m_tabs->addTab(m_deadlinesPage, QString());
    m_tabs->addTab(m_statesPage, QString());
    m_tabs->addTab(m_ageingPage, QString());
    m_tabs->addTab(m_resultsPage, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(summary);
    layout->addWidget(m_tabs, 1);
}

void DashboardWindow::connectSignals()
{
    connect(m_daysSpinBox, qOverload<int>(&QSpinBox::valueChanged), m_daysTimer, qOverload<>(&QTimer::start));
    connect(m_daysTimer, &QTimer::timeout, this, [this]() {
        Preferences::setValue(atRiskDaysKey, m_daysSpinBox->value());
        emit atRiskDaysChanged(m_daysSpinBox->value());
        refresh();
    });
    connect(m_refreshButton, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(m_openButton, &QPushButton::clicked, this, [this]() {
        if (m_figures) {
            emit filterChosen(m_figures->open.filter);
        }
    });
    connect(m_overdueButton, &QPushButton::clicked, this, [this]() {
        if (m_figures) {
            emit filterChosen(m_figures->allDeadlines.overdue.filter);
        }
    });
    connect(m_dueSoonButton, &QPushButton::clicked, this, [this]() {
        if (m_figures) {
            emit filterChosen(m_figures->allDeadlines.dueSoon.filter);
        }
    });
    for (DashboardTable* table :
         {m_assigneeTable, m_partnerTable, m_stateTable, m_ageingTable, m_resultsTable}) {
        connect(table, &DashboardTable::filterChosen, this, &DashboardWindow::filterChosen);
    }
    for (DashboardChart* chart : {m_stateChart, m_ageingChart}) {
        connect(chart, &DashboardChart::filterChosen, this, &DashboardWindow::filterChosen);
    }
}

// A Database is used by the thread that opened it: this one opens its own.
DashboardWindow::Outcome DashboardWindow::compute(const QString& path, const QDate& today, int days)
{
    const AsOfClock clock(Clock::system(), today);
    Result<std::unique_ptr<Database>> database = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!database) {
        return {std::nullopt, database.error().message()};
    }
    Result<DashboardFigures> figures = Dashboard(**database, clock).compute(days);
    if (!figures) {
        return {std::nullopt, figures.error().message()};
    }
    return {figures.take(), QString()};
}

void DashboardWindow::refresh()
{
    m_daysTimer->stop();
    const int generation = ++m_generation;
    m_computing = true;
    showStatus();
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        showOutcome(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&DashboardWindow::compute, m_databasePath, m_clock.today(),
                                         m_daysSpinBox->value()));
}

void DashboardWindow::showOutcome(int generation, const Outcome& outcome)
{
    if (generation != m_generation) {
        return; // a later computation is on its way
    }
    m_computing = false;
    if (outcome.figures) {
        m_figures = outcome.figures;
        m_error.clear();
    } else {
        m_error = outcome.error;
    }
    showFigures();
    showStatus();
    emit computed();
}

void DashboardWindow::showStatus()
{
    const QString asOf = LanguageManager::instance().date(m_clock.today());
    if (m_computing) {
        m_statusLabel->setText(tr("As of %1: computing the figures…").arg(asOf));
    } else if (!m_error.isEmpty()) {
        m_statusLabel->setText(tr("The figures could not be computed: %1").arg(m_error));
    } else if (m_figures) {
        //: %1 is a date; the figures count requests as they stood on that day.
        m_statusLabel->setText(tr("As of %1.").arg(LanguageManager::instance().date(m_figures->today)));
    }
    m_refreshButton->setEnabled(!m_computing);
    for (QWidget* w : {static_cast<QWidget*>(m_openButton), static_cast<QWidget*>(m_overdueButton),
                       static_cast<QWidget*>(m_dueSoonButton), static_cast<QWidget*>(m_tabs)}) {
        w->setEnabled(m_figures.has_value() && !m_computing);
    }
}

void DashboardWindow::showFigures()
{
    const int days = m_figures ? m_figures->atRiskDays : m_daysSpinBox->value();
    const QString dueSoon = tr("Due within %Ln day(s)", nullptr, days);
    showSummary(dueSoon);
    if (!m_figures) {
        return;
    }
    // Deadlines by assignee and partner, with the totals last.
    showDeadlines(m_assigneeTable, tr("Assignee"), m_figures->byAssignee, false, dueSoon);
    showDeadlines(m_partnerTable, tr("Partner"), m_figures->byPartner, true, dueSoon);
    showStates();
    showAgeing();
    showResults();
}

void DashboardWindow::showSummary(const QString& dueSoon)
{
    const QLocale locale;
    if (!m_figures) {
        m_openButton->setText(tr("Open requests: %1").arg(QStringLiteral("–")));
        m_overdueButton->setText(tr("Overdue: %1").arg(QStringLiteral("–")));
        m_dueSoonButton->setText(tr("%1: %2").arg(dueSoon, QStringLiteral("–")));
        return;
    }
    const DashboardFigures& f = *m_figures;
    m_openButton->setText(tr("Open requests: %1").arg(locale.toString(f.open.count)));
    m_overdueButton->setText(tr("Overdue: %1").arg(locale.toString(f.allDeadlines.overdue.count)));
    //: %1 is "Due within N days", %2 a number of requests.
    m_dueSoonButton->setText(tr("%1: %2").arg(dueSoon, locale.toString(f.allDeadlines.dueSoon.count)));
}

void DashboardWindow::showDeadlines(DashboardTable* table, const QString& header,
                                    const std::vector<DashboardFigures::DeadlineCounts>& rows, bool countries,
                                    const QString& dueSoon)
{
    const DashboardFigures& f = *m_figures;
    table->reset({header, tr("Overdue"), dueSoon}, int(rows.size()) + 1);
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto& row = rows[std::size_t(i)];
        //: In the dashboard: the requests assigned to nobody.
        const QString name = countries ? Codes::countryName(row.key)
            : row.key.isEmpty()        ? tr("Nobody")
                                       : row.name;
        table->setLabel(i, 0, name);
        table->setCount(i, 1, row.overdue);
        table->setCount(i, 2, row.dueSoon);
    }
    const int last = int(rows.size());
    table->setLabel(last, 0, tr("All"));
    table->setCount(last, 1, f.allDeadlines.overdue);
    table->setCount(last, 2, f.allDeadlines.dueSoon);
    table->setTotalRow(last);
}

void DashboardWindow::showStates()
{
    // Open requests by state.
    const DashboardFigures& f = *m_figures;
    QStringList states;
    std::vector<std::vector<DashboardCount>> byDirection(2);
    m_stateTable->reset({tr("State"), tr("Direction"), tr("Open")}, int(f.openByState.size()) + 1);
    for (int i = 0; i < int(f.openByState.size()); ++i) {
        const auto& s = f.openByState[std::size_t(i)];
        states << labelOf(s.state);
        for (Direction d : allOf<Direction>()) {
            byDirection[std::size_t(d)].push_back(
                {d == s.direction ? s.requests.count : 0, s.requests.filter});
        }
        m_stateTable->setLabel(i, 0, labelOf(s.state));
        m_stateTable->setLabel(i, 1, labelOf(s.direction));
        m_stateTable->setCount(i, 2, s.requests);
    }
    m_stateTable->setLabel(int(f.openByState.size()), 0, tr("All"));
    m_stateTable->setLabel(int(f.openByState.size()), 1, QString());
    m_stateTable->setCount(int(f.openByState.size()), 2, f.open);
    m_stateTable->setTotalRow(int(f.openByState.size()));
    m_stateChart->setBars(tr("Open requests by state"), states, directionNames(), byDirection);
}

void DashboardWindow::showAgeing()
{
    const DashboardFigures& f = *m_figures;
    QStringList ages;
    std::vector<std::vector<DashboardCount>> aged(2);
    m_ageingTable->reset(
        {tr("Open for"), labelOf(Direction::Incoming), labelOf(Direction::Outgoing), tr("All")},
        int(f.ageing.size()));
    for (int i = 0; i < int(f.ageing.size()); ++i) {
        const auto& a = f.ageing[std::size_t(i)];
        ages << ageLabel(a.age);
        aged[0].push_back(a.incoming);
        aged[1].push_back(a.outgoing);
        m_ageingTable->setLabel(i, 0, ageLabel(a.age));
        m_ageingTable->setCount(i, 1, a.incoming);
        m_ageingTable->setCount(i, 2, a.outgoing);
        m_ageingTable->setCount(i, 3, a.both);
    }
    m_ageingChart->setBars(tr("How long open requests have been open"), ages, directionNames(), aged);
}

void DashboardWindow::showResults()
{
    // Days to results, each direction's partners by name.
    const DashboardFigures& f = *m_figures;
    std::vector<const DashboardFigures::Turnaround*> rows;
    for (Direction d : allOf<Direction>()) {
        QStringList codes;
        for (const auto& t : f.turnaround) {
            if (t.direction == d) {
                codes << t.country;
            }
        }
        for (const QString& code : Codes::byCountryName(codes)) {
            for (const auto& t : f.turnaround) {
                if (t.direction == d && t.country == code) {
                    rows.push_back(&t);
                }
            }
        }
    }
    m_resultsTable->reset({tr("Partner"), tr("Direction"), tr("Closed with results"), tr("Median days")},
                          int(rows.size()));
    const QLocale locale;
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto& t = *rows[std::size_t(i)];
        m_resultsTable->setLabel(i, 0, Codes::countryName(t.country));
        m_resultsTable->setLabel(i, 1, labelOf(t.direction));
        m_resultsTable->setCount(i, 2, t.requests);
        const bool whole = t.medianDays && *t.medianDays == double(qint64(*t.medianDays));
        m_resultsTable->setNumber(
            i, 3, t.medianDays ? locale.toString(*t.medianDays, 'f', whole ? 0 : 1) : QStringLiteral("–"));
    }
}

QStringList DashboardWindow::directionNames()
{
    return {labelOf(Direction::Incoming), labelOf(Direction::Outgoing)};
}

void DashboardWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DashboardWindow::retranslateUi()
{
    setWindowTitle(tr("Dashboard — Masar"));
    m_daysLabel->setText(tr("&Due soon means due within (days):"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Count the requests again"));
    for (QPushButton* button : {m_openButton, m_overdueButton, m_dueSoonButton}) {
        button->setToolTip(tr("Show these requests in the list"));
    }
    m_tabs->setTabText(m_tabs->indexOf(m_deadlinesPage), tr("Deadlines"));
    m_tabs->setTabText(m_tabs->indexOf(m_statesPage), tr("Open by state"));
    m_tabs->setTabText(m_tabs->indexOf(m_ageingPage), tr("Ageing"));
    m_tabs->setTabText(m_tabs->indexOf(m_resultsPage), tr("Days to results"));
    m_assigneeLabel->setText(tr("Overdue and due soon, by &assignee"));
    m_partnerLabel->setText(tr("Overdue and due soon, by &partner country"));
    m_ageingNoteLabel->setText(
        tr("Counted from the day an incoming request was received, and from the day an "
           "outgoing request was sent; outgoing requests not sent yet are counted apart."));
    m_resultsNoteLabel->setText(tr("Closed requests: the median number of days from the day received to the "
                                   "day results were first sent (incoming), or from the day sent to the day "
                                   "results were first received (outgoing)."));
    // Labels anew in the new language; the figures stay as they were computed.
    showFigures();
    showStatus();
}

} // namespace Masar
