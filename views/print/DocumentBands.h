#pragma once

#include "PageBand.h"

#include <QImage>

#include <memory>
#include <vector>

namespace Masar {

class PrintStyle;
class TableColumns;
struct PrintDocument;
struct PrintSection;
struct PrintTable;

// A printed document cut into the bands its pages are filled with (PageFlow),
// each measured once for the device: the letterhead, the title, then each
// section's heading (kept with what it heads, on a page of its own when the
// section asks), its fields, its paragraphs and its table row by row (the
// header kept with the first row and repeated on every page; a group's
// heading row kept with its first rows). The marking, who printed it and the
// page numbers are the renderer's, on every page.
class DocumentBands
{
public:
    DocumentBands(const PrintDocument& document, const QImage& logo, const PrintStyle& style, qreal width);
    ~DocumentBands();

    const std::vector<std::unique_ptr<PageBand>>& bands() const { return m_bands; }

private:
    template<class Band, class... Args>
    Band& add(Args&&... args);
    void addSection(const PrintSection& section);
    void addFields(const PrintSection& section);
    void addTable(const PrintTable& table);

    const PrintDocument& m_document;
    const PrintStyle& m_style;
    qreal m_width;
    bool m_pageBreak = false; // before the next band
    std::vector<std::unique_ptr<PageBand>> m_bands;
    std::vector<std::unique_ptr<TableColumns>> m_tables;
};

} // namespace Masar
