#pragma once

#include <QPointF>

class QPainter;

namespace Masar {

// A slice of a printed page as wide as its body, measured before any page is
// painted: the letterhead, a heading, a paragraph, a row of a table. Pages
// are filled from the top with bands one under the other (PageFlow).
class PageBand
{
public:
    PageBand() = default;
    PageBand(const PageBand&) = delete;
    PageBand& operator=(const PageBand&) = delete;
    virtual ~PageBand() = default;

    qreal height() const { return m_height; }
    // Paints the band with its top left corner at `topLeft`: only the lines
    // that begin from `from` and before `to` when it is cut between pages
    // (what is not text the caller clips).
    virtual void paint(QPainter& painter, const QPointF& topLeft, qreal from, qreal to) const = 0;
    // Where a band that does not fit may be cut, the rest going on the next
    // page: the lowest foot of a line after `from` and at most `limit`, or
    // `from` when there is none or the band stays whole.
    virtual qreal cutBefore(qreal from, qreal limit) const;

    // How many of the bands after this one go on its page with it: a
    // heading with what it heads, a group's heading row with its first rows.
    int keepWithNext = 0;
    // Goes to the next page whole when it does not fit, rather than cut
    // (cut only when taller than a page).
    bool whole = true;
    // Begins a page.
    bool pageBreakBefore = false;
    // Space, left out at the top of a page.
    bool space = false;
    // The header row of the table this band belongs to, painted again at the
    // top of every page the table goes on to; null outside a table.
    const PageBand* header = nullptr;

protected:
    qreal m_height = 0;
};

// Blank space between bands.
class SpaceBand : public PageBand
{
public:
    explicit SpaceBand(qreal height)
    {
        m_height = height;
        space = true;
    }
    void paint(QPainter&, const QPointF&, qreal, qreal) const override { }
};

} // namespace Masar
