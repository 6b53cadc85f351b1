#pragma once

#include "PageBand.h"

#include <QImage>

#include <memory>

namespace Masar {

class PrintStyle;
class TextBox;

// The letterhead at the top of a document's first page: the logo, the
// ministry and the service under it, centred, and a rule under them.
class LetterheadBand : public PageBand
{
public:
    // `ministry` and `department` printable (TextBox::printable); each may be empty, the logo null.
    LetterheadBand(const QImage& logo, const QString& ministry, const QString& department,
                   const PrintStyle& style, qreal width);
    ~LetterheadBand() override;

    void paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const override;

private:
    QImage m_logo;
    QSizeF m_logoSize;
    std::unique_ptr<TextBox> m_ministry;
    std::unique_ptr<TextBox> m_department;
    QColor m_ministryColor;
    QColor m_departmentColor;
    qreal m_width;
    qreal m_ruleMargin;
    qreal m_ruleWidth;
};

} // namespace Masar
