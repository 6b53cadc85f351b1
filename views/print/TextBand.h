#pragma once

#include "PageBand.h"
#include "PrintStyle.h"

#include <memory>

namespace Masar {

class TextBox;

// A text across the page's body, with space above and below it: the title,
// a section's heading, a paragraph. A paragraph may go on to the next page
// between two lines; a heading or a title stays whole.
class TextBand : public PageBand
{
public:
    // `text` printable (TextBox::printable). A paragraph reads in its own
    // direction; a title or a heading in the document's.
    TextBand(const QString& text, PrintStyle::Text kind, const PrintStyle& style, qreal width, qreal above,
             qreal below);
    ~TextBand() override;

    void paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const override;
    qreal cutBefore(qreal from, qreal limit) const override;

private:
    std::unique_ptr<TextBox> m_box;
    QColor m_color;
    qreal m_above;
};

} // namespace Masar
