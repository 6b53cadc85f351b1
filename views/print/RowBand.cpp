#include "RowBand.h"

#include "TableColumns.h"
#include "TextBox.h"
#include "reports/PrintDocument.h"

#include <QPainter>

#include <algorithm>
#include <memory>
#include <vector>

namespace Masar {

RowBand::RowBand(TableColumns& columns, const QStringList& cells, Kind kind)
    : m_columns(columns)
    , m_cells(cells)
    , m_kind(kind)
{
    if (m_kind != Kind::Group) {
        while (m_cells.size() < columns.count()) {
            m_cells << QString();
        }
        m_cells = m_cells.mid(0, columns.count());
    }
    qreal tallest = 0;
    for (int i = 0; i < m_cells.size(); ++i) {
        tallest = std::max(tallest, columns.textHeight(columnOf(i), textOf(i), m_cells.at(i)));
    }
    m_height = tallest + 2 * columns.padding();
}

PrintStyle::Text RowBand::textOf(int column) const
{
    switch (m_kind) {
    case Kind::Header:
        return PrintStyle::Text::HeaderCell;
    case Kind::Group:
    case Kind::Total:
        return PrintStyle::Text::BoldCell;
    case Kind::Field:
        return column == 0 ? PrintStyle::Text::Label : PrintStyle::Text::Body;
    case Kind::Plain:
    case Kind::Marked:
        break;
    }
    return PrintStyle::Text::Cell;
}

QColor RowBand::background() const
{
    switch (m_kind) {
    case Kind::Header:
        return PrintStyle::headerBackground();
    case Kind::Group:
        return PrintStyle::groupBackground();
    case Kind::Marked:
        return PrintStyle::markedBackground();
    default:
        return QColor();
    }
}

void RowBand::paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const
{
    const bool whole = from <= 0 && to >= m_height;
    const PrintStyle& style = m_columns.style();
    const qreal padding = m_columns.padding();
    const QColor fill = background();
    if (fill.isValid()) {
        painter.fillRect(QRectF(topLeft.x(), topLeft.y(), m_columns.width(), m_height), fill);
    }
    for (int i = 0; i < m_cells.size(); ++i) {
        const int column = columnOf(i);
        const QRectF cell(topLeft.x() + m_columns.left(column), topLeft.y(), m_columns.width(column),
                          m_height);
        if (!m_cells.at(i).isEmpty()) {
            const PrintStyle::Text text = textOf(i);
            const TextBox box(
                m_cells.at(i), style.font(text),
                style.option(text, PrintDocument::readsRightToLeft(m_cells.at(i), style.rightToLeft())),
                m_columns.textWidth(column), style);
            painter.setPen(style.color(text));
            if (whole) {
                box.draw(painter, cell.topLeft() + QPointF(padding, padding));
            } else {
                box.draw(painter, cell.topLeft() + QPointF(padding, padding), from - padding, to - padding);
            }
        }
        if (m_columns.borders()) {
            painter.setPen(QPen(PrintStyle::tableBorder(), style.px(PrintStyle::borderWidth)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
        }
    }
}

qreal RowBand::cutBefore(qreal from, qreal limit) const
{
    // The lines of every cell; a cut may fall at the foot of one that no other crosses.
    const PrintStyle& style = m_columns.style();
    const qreal padding = m_columns.padding();
    std::vector<std::pair<qreal, qreal>> lines;
    for (int i = 0; i < m_cells.size(); ++i) {
        const PrintStyle::Text text = textOf(i);
        const TextBox box(
            m_cells.at(i), style.font(text),
            style.option(text, PrintDocument::readsRightToLeft(m_cells.at(i), style.rightToLeft())),
            m_columns.textWidth(columnOf(i)), style);
        for (const auto& [top, foot] : box.lines()) {
            lines.emplace_back(top + padding, foot + padding);
        }
    }
    qreal best = from;
    for (const auto& [top, foot] : lines) {
        Q_UNUSED(top)
        if (foot <= from || foot > limit || foot <= best) {
            continue;
        }
        const bool crossed
            = std::any_of(lines.begin(), lines.end(), [y = foot](const std::pair<qreal, qreal>& line) {
                  return line.first < y && y < line.second;
              });
        if (!crossed) {
            best = foot;
        }
    }
    return best;
}

} // namespace Masar
