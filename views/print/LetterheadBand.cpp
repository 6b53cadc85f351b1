#include "LetterheadBand.h"

#include "PrintStyle.h"
#include "TextBox.h"
#include "reports/PrintDocument.h"

#include <QPainter>

namespace Masar {

namespace {

std::unique_ptr<TextBox> line(const QString& text, PrintStyle::Text kind, const PrintStyle& style,
                              qreal width)
{
    if (text.isEmpty()) {
        return nullptr;
    }
    return std::make_unique<TextBox>(
        text, style.font(kind),
        style.option(kind, PrintDocument::readsRightToLeft(text, style.rightToLeft())), width, style);
}

} // namespace

LetterheadBand::LetterheadBand(const QImage& logo, const QString& ministry, const QString& department,
                               const PrintStyle& style, qreal width)
    : m_logo(logo)
    , m_ministry(line(ministry, PrintStyle::Text::Ministry, style, width))
    , m_department(line(department, PrintStyle::Text::Department, style, width))
    , m_ministryColor(style.color(PrintStyle::Text::Ministry))
    , m_departmentColor(style.color(PrintStyle::Text::Department))
    , m_width(width)
    , m_ruleMargin(style.px(PrintStyle::ruleMargin))
    , m_ruleWidth(style.px(PrintStyle::borderWidth))
{
    if (!m_logo.isNull()) {
        const qreal height = style.px(PrintStyle::logoHeight);
        m_logoSize = QSizeF(height * m_logo.width() / std::max(1, m_logo.height()), height);
        m_height += height + m_ruleMargin / 2;
    }
    m_height += m_ministry ? m_ministry->height() : 0;
    m_height += m_department ? m_department->height() : 0;
    m_height += 2 * m_ruleMargin;
}

LetterheadBand::~LetterheadBand() = default;

void LetterheadBand::paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const
{
    Q_UNUSED(from) // never cut: not as tall as a page
    Q_UNUSED(to)
    qreal y = topLeft.y();
    if (!m_logo.isNull()) {
        const QRectF target(topLeft.x() + (m_width - m_logoSize.width()) / 2, y, m_logoSize.width(),
                            m_logoSize.height());
        painter.drawImage(target, m_logo);
        y += m_logoSize.height() + m_ruleMargin / 2;
    }
    if (m_ministry) {
        painter.setPen(m_ministryColor);
        m_ministry->draw(painter, QPointF(topLeft.x(), y));
        y += m_ministry->height();
    }
    if (m_department) {
        painter.setPen(m_departmentColor);
        m_department->draw(painter, QPointF(topLeft.x(), y));
        y += m_department->height();
    }
    y += m_ruleMargin;
    painter.setPen(QPen(PrintStyle::rule(), m_ruleWidth));
    painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + m_width, y));
}

} // namespace Masar
