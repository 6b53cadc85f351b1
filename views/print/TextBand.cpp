#include "TextBand.h"

#include "TextBox.h"
#include "reports/PrintDocument.h"

#include <QPainter>

namespace Masar {

TextBand::TextBand(const QString& text, PrintStyle::Text kind, const PrintStyle& style, qreal width,
                   qreal above, qreal below)
    : m_box(std::make_unique<TextBox>(
        text, style.font(kind),
        style.option(kind,
                     kind == PrintStyle::Text::Body
                         ? PrintDocument::readsRightToLeft(text, style.rightToLeft())
                         : style.rightToLeft()),
        width, style))
    , m_color(style.color(kind))
    , m_above(above)
{
    m_height = above + m_box->height() + below;
}

TextBand::~TextBand() = default;

void TextBand::paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const
{
    painter.setPen(m_color);
    if (from <= 0 && to >= m_height) {
        m_box->draw(painter, topLeft + QPointF(0, m_above));
    } else {
        m_box->draw(painter, topLeft + QPointF(0, m_above), from - m_above, to - m_above);
    }
}

qreal TextBand::cutBefore(qreal from, qreal limit) const
{
    qreal best = from;
    for (const auto& [top, foot] : m_box->lines()) {
        Q_UNUSED(top)
        const qreal y = m_above + foot;
        if (y > best && y <= limit) {
            best = y;
        }
    }
    return best;
}

} // namespace Masar
