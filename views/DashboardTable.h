#pragma once

#include "services/DashboardFigures.h"

#include <QTableWidget>

#include <map>
#include <utility>

namespace Masar {

// A table of the dashboard: labels, and numbers each of which shows its
// requests when clicked (or chosen with the keyboard and Enter). Numbers are
// written in the user's digits, underlined as links are; not sortable:
// rows come in the order the dashboard gives.
class DashboardTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit DashboardTable(QWidget* parent = nullptr);

    // Empties the table to `rows` rows under these headers.
    void reset(const QStringList& headers, int rows);
    void setLabel(int row, int column, const QString& text);
    // A number that shows its requests.
    void setCount(int row, int column, const DashboardCount& count);
    // A number that is only read (a median).
    void setNumber(int row, int column, const QString& text);

    // Sets a row of totals apart (in bold), once its cells are set.
    void setTotalRow(int row);

    // The filter of a cell's number, or null for a label.
    const RequestFilter* filterAt(int row, int column) const;

signals:
    void filterChosen(const RequestFilter& filter);

private:
    void choose(int row, int column);

    std::map<std::pair<int, int>, RequestFilter> m_filters;
};

} // namespace Masar
