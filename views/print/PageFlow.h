#pragma once

#include "PageBand.h"

#include <memory>
#include <vector>

namespace Masar {

// Where a band goes on a page: the part of it from `from` to `to` (the whole
// band but for one cut between pages), at `top` from the top of the body.
struct PagePiece
{
    const PageBand* band = nullptr;
    qreal from = 0;
    qreal to = 0;
    qreal top = 0;
};
using PageContent = std::vector<PagePiece>;

// Fills pages of a given height with bands, in order and each once, so that
// the cost of a page is that of its bands: a band that does not fit goes to
// the next page whole (a row of a table) or is cut between two lines (a
// paragraph); a band stays on the page of the bands it keeps with
// (keepWithNext) unless they would not fit on any page; a table going on
// to a new page has its header row painted again at the top; a band taller
// than a page is cut between lines of its own.
class PageFlow
{
public:
    using Bands = std::vector<std::unique_ptr<PageBand>>;

    // At least one page, empty for no bands.
    static std::vector<PageContent> fill(const Bands& bands, qreal pageHeight);

private:
    PageFlow(const Bands& bands, qreal pageHeight);
    void place(std::size_t index);
    void placeCut(const PageBand& band);
    void newPage(const PageBand* next);
    void put(const PageBand& band, qreal from, qreal to);
    // The bands from `index` to the last one it keeps with, tall together.
    qreal keptHeight(std::size_t index) const;
    bool atTop() const { return m_y <= m_top; }

    const Bands& m_bands;
    qreal m_pageHeight;
    std::vector<PageContent> m_pages;
    PageContent m_page;
    qreal m_y = 0; // where the next band goes
    qreal m_top = 0; // where the page's own bands begin, under a repeated header
};

} // namespace Masar
