#include "DashboardTable.h"

#include <QHeaderView>
#include <QLocale>

namespace Masar {

DashboardTable::DashboardTable(QWidget* parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(false);
    connect(this, &QTableWidget::cellClicked, this, &DashboardTable::choose);
    connect(this, &QTableWidget::cellActivated, this, &DashboardTable::choose);
}

void DashboardTable::reset(const QStringList& headers, int rows)
{
    clearContents();
    m_filters.clear();
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);
    setRowCount(rows);
    // The label column takes the room left.
    if (!headers.isEmpty()) {
        horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void DashboardTable::setLabel(int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    setItem(row, column, item);
}

void DashboardTable::setCount(int row, int column, const DashboardCount& count)
{
    auto* item = new QTableWidgetItem(QLocale().toString(count.count));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    // A link's underline, not a colour alone, says it can be clicked.
    QFont font = item->font();
    font.setUnderline(true);
    item->setFont(font);
    item->setToolTip(tr("Show these requests in the list"));
    setItem(row, column, item);
    m_filters[{row, column}] = count.filter;
}

void DashboardTable::setNumber(int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    setItem(row, column, item);
}

void DashboardTable::setTotalRow(int row)
{
    for (int column = 0; column < columnCount(); ++column) {
        if (QTableWidgetItem* cell = item(row, column)) {
            QFont font = cell->font();
            font.setBold(true);
            cell->setFont(font);
        }
    }
}

const RequestFilter* DashboardTable::filterAt(int row, int column) const
{
    const auto it = m_filters.find({row, column});
    return it == m_filters.end() ? nullptr : &it->second;
}

void DashboardTable::choose(int row, int column)
{
    if (const RequestFilter* filter = filterAt(row, column)) {
        emit filterChosen(*filter);
    }
}

} // namespace Masar
