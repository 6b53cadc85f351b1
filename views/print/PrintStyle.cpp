#include "PrintStyle.h"

#include "PrintFonts.h"

#include <QPaintDevice>

namespace Masar {

namespace {

struct Look
{
    qreal points;
    bool bold;
    QRgb color;
};

// In the order of PrintStyle::Text.
constexpr Look looks[] = {
    {10, false, 0x1a1a1a}, // Body
    {10, false, 0x4a4a4a}, // Label
    {18, true, 0x14325c}, // Title
    {11, false, 0x404040}, // Subtitle
    {13, true, 0x14325c}, // Heading
    {14, true, 0x1a1a1a}, // Ministry
    {11, false, 0x1a1a1a}, // Department
    {9, false, 0x1a1a1a}, // Cell
    {9, true, 0x1a1a1a}, // BoldCell
    {9, true, 0x1a1a1a}, // HeaderCell
};

} // namespace

PrintStyle::PrintStyle(QPaintDevice* device, bool rightToLeft)
    : m_device(device)
    , m_rightToLeft(rightToLeft)
    , m_dpi(device->logicalDpiY())
{
    for (std::size_t i = 0; i < std::size(looks); ++i) {
        m_fonts[i] = PrintFonts::font(looks[i].points, looks[i].bold);
    }
}

const QFont& PrintStyle::font(Text text) const
{
    return m_fonts[int(text)];
}

QColor PrintStyle::color(Text text) const
{
    return QColor::fromRgb(looks[int(text)].color);
}

QTextOption PrintStyle::option(Text text, bool textRightToLeft) const
{
    Qt::Alignment side = m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    if (text == Text::Ministry || text == Text::Department || text == Text::HeaderCell) {
        side = Qt::AlignHCenter;
    }
    // Absolute: the side the document starts from, whatever the text's own direction.
    QTextOption option(side | Qt::AlignAbsolute);
    option.setTextDirection(textRightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

} // namespace Masar
