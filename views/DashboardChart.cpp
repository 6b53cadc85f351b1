#include "DashboardChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace Masar {

namespace {

// 1, 2, 5, 10, 20, 50...: the least that makes at most eight ticks up to `most`.
int tickStep(int most)
{
    for (int magnitude = 1;; magnitude *= 10) {
        for (int step : {magnitude, 2 * magnitude, 5 * magnitude}) {
            if (most <= 8 * step) {
                return step;
            }
        }
    }
}

} // namespace

DashboardChart::DashboardChart(Bars bars, QWidget* parent)
    : QChartView(parent)
    , m_bars(bars)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setObjectName(QStringLiteral("dashboardChart"));
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->setLocalizeNumbers(true);
    setMinimumHeight(bars == Bars::Across ? 420 : 260);
}

void DashboardChart::setBars(const QString& title, const QStringList& categories, const QStringList& setNames,
                             const std::vector<std::vector<DashboardCount>>& counts)
{
    m_title = title;
    m_categories = categories;
    m_setNames = setNames;
    m_given = counts;
    build();
}

void DashboardChart::build()
{
    QChart* c = chart();
    c->removeAllSeries(); // deletes the series and their sets
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    m_series = nullptr;
    m_sets.clear();
    c->setTitle(m_title);
    c->setLocale(QLocale());

    // The series draws its first category at the bottom (bars across) or at
    // the left (upright): the categories go in the order that puts the first
    // at the top, or where the reader starts, right to left.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const bool reversed = m_bars == Bars::Across || rightToLeft;
    QStringList names = m_categories;
    m_counts = m_given;
    if (reversed) {
        std::reverse(names.begin(), names.end());
        for (std::vector<DashboardCount>& set : m_counts) {
            std::reverse(set.begin(), set.end());
        }
    }
    const int most = addSeries(int(names.size()));
    addAxes(names, most, rightToLeft);
    connect(m_series, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet* set) {
        const auto it = std::find(m_sets.begin(), m_sets.end(), set);
        if (it == m_sets.end()) {
            return;
        }
        if (const RequestFilter* filter = filterAt(int(it - m_sets.begin()), index)) {
            emit filterChosen(*filter);
        }
    });
}

int DashboardChart::addSeries(int categories)
{
    QChart* c = chart();
    if (m_bars == Bars::Across) {
        m_series = new QHorizontalStackedBarSeries(c);
    } else {
        m_series = new QStackedBarSeries(c);
    }
    m_series->setObjectName(QStringLiteral("dashboardBarSeries"));
    std::vector<int> totals(std::size_t(categories), 0);
    for (std::size_t s = 0; s < m_counts.size(); ++s) {
        auto* set = new QBarSet(s < std::size_t(m_setNames.size()) ? m_setNames.at(int(s)) : QString());
        for (std::size_t i = 0; i < m_counts[s].size(); ++i) {
            *set << m_counts[s][i].count;
            if (i < totals.size()) {
                totals[i] += m_counts[s][i].count;
            }
        }
        m_series->append(set);
        m_sets.push_back(set);
    }
    c->addSeries(m_series);
    return totals.empty() ? 0 : *std::max_element(totals.begin(), totals.end());
}

void DashboardChart::addAxes(const QStringList& names, int most, bool rightToLeft)
{
    QChart* c = chart();
    auto* categoryAxis = new QBarCategoryAxis(c);
    categoryAxis->setObjectName(QStringLiteral("dashboardCategoryAxis"));
    categoryAxis->append(names);
    auto* valueAxis = new QValueAxis(c);
    valueAxis->setObjectName(QStringLiteral("dashboardValueAxis"));
    // Names whole, never "…": the chart gives them the room they need.
    categoryAxis->setTruncateLabels(false);
    valueAxis->setTruncateLabels(false);
    // Whole requests only: a tick every 1, 2, 5, 10, 20, 50... requests.
    const int step = tickStep(most);
    valueAxis->setRange(0, std::max(1, (most + step - 1) / step) * step);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(step);
    valueAxis->setMinorTickCount(0);
    // With numbers localized, QValueAxis writes "%.0f" in the user's digits ("%d" writes nothing).
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    // The side axis stands where the reader starts; across, the bars grow
    // away from it (to the left, right to left).
    const Qt::Alignment side = rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    if (m_bars == Bars::Across) {
        valueAxis->setReverse(rightToLeft);
        c->addAxis(categoryAxis, side);
        c->addAxis(valueAxis, Qt::AlignBottom);
    } else {
        c->addAxis(categoryAxis, Qt::AlignBottom);
        c->addAxis(valueAxis, side);
    }
    m_series->attachAxis(categoryAxis);
    m_series->attachAxis(valueAxis);
}

const RequestFilter* DashboardChart::filterAt(int set, int index) const
{
    if (set < 0 || std::size_t(set) >= m_counts.size() || index < 0
        || std::size_t(index) >= m_counts[std::size_t(set)].size()) {
        return nullptr;
    }
    return &m_counts[std::size_t(set)][std::size_t(index)].filter;
}

int DashboardChart::indexOf(int category) const
{
    const int count = int(m_categories.size());
    const bool reversed = m_bars == Bars::Across || layoutDirection() == Qt::RightToLeft;
    return reversed ? count - 1 - category : category;
}

void DashboardChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LayoutDirectionChange && m_series) {
        build();
    }
    QChartView::changeEvent(event);
}

} // namespace Masar
