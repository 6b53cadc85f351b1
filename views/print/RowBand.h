#pragma once

#include "PageBand.h"
#include "PrintStyle.h"

#include <QColor>
#include <QStringList>

namespace Masar {

class TableColumns;

// One row of a table on the page: its cells side by side, the row as tall as
// its tallest cell, never cut between two pages unless taller than a page.
// Measured when made; laid out again only when painted, so that a report of
// ten thousand rows does not keep ten thousand layouts.
class RowBand : public PageBand
{
public:
    enum class Kind {
        Header, // a table's, bold and centred on its background, again on every page
        Plain,
        Marked, // an overdue request: on a background
        Group, // a group's heading: one cell across the table
        Total,
        Field // a label and its value, without borders
    };

    // `cells` printable (TextBox::printable), one for each column (one for a group).
    RowBand(TableColumns& columns, const QStringList& cells, Kind kind);

    void paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const override;
    qreal cutBefore(qreal from, qreal limit) const override;

private:
    PrintStyle::Text textOf(int column) const;
    int columnOf(int cell) const { return m_kind == Kind::Group ? -1 : cell; }
    QColor background() const;

    TableColumns& m_columns;
    QStringList m_cells;
    Kind m_kind;
};

} // namespace Masar
