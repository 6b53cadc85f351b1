#include "PageFlow.h"

#include <algorithm>

namespace Masar {

std::vector<PageContent> PageFlow::fill(const Bands& bands, qreal pageHeight)
{
    PageFlow flow(bands, pageHeight);
    for (std::size_t i = 0; i < bands.size(); ++i) {
        flow.place(i);
    }
    flow.m_pages.push_back(std::move(flow.m_page));
    return std::move(flow.m_pages);
}

PageFlow::PageFlow(const Bands& bands, qreal pageHeight)
    : m_bands(bands)
    , m_pageHeight(pageHeight)
{
}

qreal PageFlow::keptHeight(std::size_t index) const
{
    qreal height = 0;
    std::size_t last = index;
    for (std::size_t i = index; i <= last && i < m_bands.size(); ++i) {
        height += m_bands[i]->height();
        last = std::max(last, i + std::size_t(std::max(0, m_bands[i]->keepWithNext)));
    }
    return height;
}

void PageFlow::place(std::size_t index)
{
    const PageBand& band = *m_bands[index];
    if (band.space) {
        // Space between bands, not at the top of a page nor pushing the next one off it.
        if (!atTop() && m_y + band.height() <= m_pageHeight) {
            put(band, 0, band.height());
        }
        return;
    }
    if (band.pageBreakBefore && !m_page.empty()) {
        newPage(&band);
    }
    const qreal header = band.header && band.header != &band ? band.header->height() : 0;
    const qreal kept = keptHeight(index);
    if (!atTop() && m_y + kept > m_pageHeight && kept <= m_pageHeight - header) {
        newPage(&band);
    }
    if (m_y + band.height() <= m_pageHeight) {
        put(band, 0, band.height());
        return;
    }
    placeCut(band);
}

// A band that does not fit where the page has come to: on the next page,
// or cut where it may be (a paragraph anywhere, a row only when taller than a page).
void PageFlow::placeCut(const PageBand& band)
{
    qreal from = 0;
    while (band.height() - from > m_pageHeight - m_y) {
        const qreal room = m_pageHeight - m_y;
        qreal cut = band.whole && !atTop() ? from : band.cutBefore(from, from + room);
        if (cut <= from) {
            if (!atTop()) {
                newPage(&band);
                continue;
            }
            cut = from + std::max<qreal>(room, 1); // a line taller than the page: cut through it
        }
        put(band, from, cut);
        from = cut;
        newPage(&band);
    }
    put(band, from, band.height());
}

void PageFlow::newPage(const PageBand* next)
{
    m_pages.push_back(std::move(m_page));
    m_page.clear();
    m_y = 0;
    m_top = 0;
    if (next && next->header && next->header != next) {
        put(*next->header, 0, next->header->height());
        m_top = m_y;
    }
}

void PageFlow::put(const PageBand& band, qreal from, qreal to)
{
    m_page.push_back({&band, from, to, m_y});
    m_y += to - from;
}

} // namespace Masar
