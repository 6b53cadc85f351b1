#include "TableColumns.h"

#include "TextBox.h"
#include "reports/PrintDocument.h"

#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>

namespace Masar {

namespace {

// The width of the widest word of a text.
qreal widestWord(const QString& text, const QFontMetricsF& metrics)
{
    qreal widest = 0;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

// The widths of the columns: their shares, each at least as wide as the
// widest word of its header, what that takes from the width taken from the
// columns wider than theirs.
QList<qreal> widthsOf(qreal width, int count, const QList<int>& percents, const QList<qreal>& least)
{
    int total = 0;
    for (int i = 0; i < count; ++i) {
        total += i < percents.size() ? percents.at(i) : 0;
    }
    QList<qreal> widths;
    qreal missing = 0;
    qreal spare = 0;
    for (int i = 0; i < count; ++i) {
        const qreal share = total > 0 && i < percents.size() ? qreal(percents.at(i)) / total : 1.0 / count;
        widths << width * share;
        const qreal floor = std::min(least.value(i), width / count);
        missing += std::max<qreal>(0, floor - widths.last());
        spare += std::max<qreal>(0, widths.last() - floor);
    }
    if (missing <= 0 || spare <= 0) {
        return widths;
    }
    for (int i = 0; i < count; ++i) {
        const qreal floor = std::min(least.value(i), width / count);
        widths[i] = widths[i] < floor ? floor
                                      : widths[i] - (widths[i] - floor) * std::min<qreal>(1, missing / spare);
    }
    return widths;
}

} // namespace

TableColumns::TableColumns(const PrintStyle& style, qreal width, const QStringList& headers,
                           const QList<int>& percents, bool borders, qreal padding)
    : m_style(style)
    , m_width(width)
    , m_borders(borders)
    , m_padding(padding)
{
    const QFontMetricsF metrics(style.font(PrintStyle::Text::HeaderCell), style.device());
    QList<qreal> least;
    for (const QString& header : headers) {
        least << widestWord(header, metrics) + 2 * padding + 1;
    }
    m_widths = widthsOf(width, int(headers.size()), percents, least);
    qreal from = 0; // from the side the document starts from
    for (const qreal columnWidth : std::as_const(m_widths)) {
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
