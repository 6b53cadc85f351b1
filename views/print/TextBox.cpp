#include "TextBox.h"

#include "PrintStyle.h"
#include "reports/DocumentHtml.h"

#include <QPainter>

namespace Masar {

QString TextBox::printable(const QString& text)
{
    QString result = DocumentHtml::printable(text);
    result.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return result;
}

TextBox::TextBox(const QString& text, const QFont& font, const QTextOption& option, qreal width,
                 const PrintStyle& style)
    : m_layout(text, font, style.device())
{
    m_layout.setTextOption(option);
    m_layout.setCacheEnabled(true);
    m_layout.beginLayout();
    for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_height));
        m_height += line.height();
    }
    m_layout.endLayout();
}

void TextBox::draw(QPainter& painter, const QPointF& topLeft) const
{
    m_layout.draw(&painter, topLeft);
}

void TextBox::draw(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const
{
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        if (line.y() >= from && line.y() < to) {
            line.draw(&painter, topLeft);
        }
    }
}

std::vector<std::pair<qreal, qreal>> TextBox::lines() const
{
    std::vector<std::pair<qreal, qreal>> result;
    for (int i = 0; i < m_layout.lineCount(); ++i) {
        const QTextLine line = m_layout.lineAt(i);
        result.emplace_back(line.y(), line.y() + line.height());
    }
    return result;
}

} // namespace Masar
