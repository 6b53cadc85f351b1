#pragma once

#include <QColor>
#include <QFont>
#include <QTextOption>

class QPaintDevice;

namespace Masar {

// How printed documents look on paper: type sizes, colours and spaces, in
// points, turned into the pixels of the device the pages are laid out for.
// One per layout: the fonts are made once.
class PrintStyle
{
public:
    enum class Text {
        Body, // paragraphs and the values of fields
        Label, // the label of a field
        Title,
        Subtitle,
        Heading, // a section's
        Ministry,
        Department,
        Cell, // a table's
        BoldCell, // a table's header, a group's heading, a total
        HeaderCell // centred
    };

    PrintStyle(QPaintDevice* device, bool rightToLeft);

    QPaintDevice* device() const { return m_device; }
    bool rightToLeft() const { return m_rightToLeft; }
    // Points in the device's pixels.
    qreal px(qreal points) const { return points * m_dpi / 72.0; }

    const QFont& font(Text text) const;
    QColor color(Text text) const;
    // How a text of this kind is laid out: its own direction, `rightToLeft`,
    // on the side the document starts from (centred for the letterhead and
    // the header cells), wrapped at word boundaries or anywhere.
    QTextOption option(Text text, bool textRightToLeft) const;

    static QColor tableBorder() { return QColor(0x9a, 0xa7, 0xb8); }
    static QColor headerBackground() { return QColor(0xe3, 0xe9, 0xf1); }
    static QColor groupBackground() { return QColor(0xee, 0xee, 0xee); }
    static QColor markedBackground() { return QColor(0xfb, 0xe3, 0xe3); }
    static QColor rule() { return QColor(0x9a, 0x9a, 0x9a); }

    // Spaces, in points.
    static constexpr qreal cellPadding = 3;
    static constexpr qreal fieldPadding = 1.5;
    static constexpr qreal borderWidth = 0.6;
    static constexpr qreal headingAbove = 10.5;
    static constexpr qreal headingBelow = 3;
    static constexpr qreal titleAbove = 4.5;
    static constexpr qreal titleBelow = 1.5;
    static constexpr qreal paragraphMargin = 1.5;
    static constexpr qreal afterTable = 4;
    static constexpr qreal logoHeight = 48;
    static constexpr qreal ruleMargin = 5;

private:
    QPaintDevice* m_device;
    bool m_rightToLeft;
    qreal m_dpi;
    QFont m_fonts[10];
};

} // namespace Masar
