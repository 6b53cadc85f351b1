#pragma once

#include "services/DashboardFigures.h"

#include <QChartView>
#include <QStringList>

#include <vector>

class QAbstractBarSeries;
class QBarSet;

namespace Masar {

// A bar chart of the dashboard: a bar per category, made of stacked sets
// (incoming and outgoing), each part of a bar showing its requests when
// clicked. Labels and numbers are the caller's, in the current language;
// numbers on the axis are written in the user's digits. Right to left, the
// categories read from the right and bars grow leftwards.
class DashboardChart : public QChartView
{
    Q_OBJECT

public:
    enum class Bars {
        Across, // horizontal bars, categories down the side (many or long names)
        Upright // vertical bars, categories along the bottom
    };

    explicit DashboardChart(Bars bars, QWidget* parent = nullptr);

    // counts[set][category]; every set has a count for every category.
    void setBars(const QString& title, const QStringList& categories, const QStringList& setNames,
                 const std::vector<std::vector<DashboardCount>>& counts);

    QAbstractBarSeries* series() const { return m_series; }
    const std::vector<QBarSet*>& sets() const { return m_sets; }
    // The filter of a part of a bar, by the series' numbering of its bars
    // (across, from the bottom up; upright, from the left), or null.
    const RequestFilter* filterAt(int set, int index) const;
    // The series' number of the bar of a category given to setBars().
    int indexOf(int category) const;

signals:
    void filterChosen(const RequestFilter& filter);

protected:
    void changeEvent(QEvent* event) override;

private:
    // Makes the series and axes anew, for the layout direction.
    void build();
    // The series of m_counts' sets, over `categories` bars; returns the tallest bar.
    int addSeries(int categories);
    // The axes of the category `names` and of counts up to `most`, where the reader starts.
    void addAxes(const QStringList& names, int most, bool rightToLeft);

    Bars m_bars;
    QString m_title;
    QStringList m_categories;
    QStringList m_setNames;
    std::vector<std::vector<DashboardCount>> m_given; // as given to setBars()
    QAbstractBarSeries* m_series = nullptr;
    std::vector<QBarSet*> m_sets;
    std::vector<std::vector<DashboardCount>> m_counts; // in the series' order
};

} // namespace Masar
