#include "TableColumns.h"

#include "TextBox.h"
#include "reports/PrintDocument.h"

namespace Masar {

TableColumns::TableColumns(const PrintStyle& style, qreal width, int count, const QList<int>& percents,
                           bool borders, qreal padding)
    : m_style(style)
    , m_width(width)
    , m_borders(borders)
    , m_padding(padding)
{
    int total = 0;
    for (int i = 0; i < count; ++i) {
        total += i < percents.size() ? percents.at(i) : 0;
    }
    qreal from = 0; // from the side the document starts from
    for (int i = 0; i < count; ++i) {
        const qreal share = total > 0 && i < percents.size() ? qreal(percents.at(i)) / total : 1.0 / count;
        const qreal columnWidth = width * share;
        m_widths << columnWidth;
        m_lefts << (style.rightToLeft() ? width - from - columnWidth : from);
        from += columnWidth;
    }
}

qreal TableColumns::textHeight(int column, PrintStyle::Text kind, const QString& text)
{
    QHash<QString, qreal>& heights = m_heights[(column + 1) * 16 + int(kind)];
    const auto known = heights.constFind(text);
    if (known != heights.constEnd()) {
        return *known;
    }
    const TextBox box(text, m_style.font(kind),
                      m_style.option(kind, PrintDocument::readsRightToLeft(text, m_style.rightToLeft())),
                      textWidth(column), m_style);
    heights.insert(text, box.height());
    return box.height();
}

} // namespace Masar
