#pragma once

#include <QTextLayout>

#include <vector>

class QPainter;

namespace Masar {

class PrintStyle;

// A text of a printed document laid out in a width, line under line, with
// the fonts of printed documents: Arabic letters joined, a Latin reference
// inside Arabic in its own direction (Qt's bidirectional algorithm), long
// words broken anywhere.
class TextBox
{
public:
    // `text` as printable() gives it.
    TextBox(const QString& text, const QFont& font, const QTextOption& option, qreal width,
            const PrintStyle& style);
    TextBox(const TextBox&) = delete;
    TextBox& operator=(const TextBox&) = delete;

    qreal height() const { return m_height; }
    void draw(QPainter& painter, const QPointF& topLeft) const;
    // Draws the lines that begin from `from` and before `to`, from the box's top.
    void draw(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const;
    // The top and the foot of each line, from the box's top.
    std::vector<std::pair<qreal, qreal>> lines() const;

    // The text as a TextBox lays it out: printable, its line breaks those of a layout.
    static QString printable(const QString& text);

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

} // namespace Masar
