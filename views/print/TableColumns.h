#pragma once

#include "PrintStyle.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Masar {

struct PrintTable;

// The columns of a table on the page, shared by its rows (RowBand): where
// each one is, mirrored in a right-to-left document so that the first
// column is on the right, and how tall a text is in it. Each text is laid
// out once for its height: the same state, country or officer in a thousand
// rows is measured once.
class TableColumns
{
public:
    // A column for each header (printable, TextBox::printable; empty for a
    // table without a header row). `percents`: the share of the width of
    // each column; even columns when empty. A column is made at least as wide
    // as the widest word of its header, so that no header word is broken.
    TableColumns(const PrintStyle& style, qreal width, const QStringList& headers, const QList<int>& percents,
                 bool borders, qreal padding);

    const PrintStyle& style() const { return m_style; }
    int count() const { return int(m_lefts.size()); }
    qreal width() const { return m_width; }
    bool borders() const { return m_borders; }
    qreal padding() const { return m_padding; }
    // Where column `column` begins from the table's left edge, and its width;
    // column -1 is the whole table (a group's heading).
    qreal left(int column) const { return column < 0 ? 0 : m_lefts.at(column); }
    qreal width(int column) const { return column < 0 ? m_width : m_widths.at(column); }
    // The width of the text in a column, inside its padding.
    qreal textWidth(int column) const { return width(column) - 2 * m_padding; }

    // The height of a printable text of `kind` laid out in `column`, without padding.
    qreal textHeight(int column, PrintStyle::Text kind, const QString& text);

private:
    const PrintStyle& m_style;
    qreal m_width;
    QList<qreal> m_lefts;
    QList<qreal> m_widths;
    bool m_borders;
    qreal m_padding;
    // By column and kind (column * 16 + kind, column + 1 for the whole table), then text.
    QHash<int, QHash<QString, qreal>> m_heights;
};

} // namespace Masar
