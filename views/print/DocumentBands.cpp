#include "DocumentBands.h"

#include "LetterheadBand.h"
#include "PrintStyle.h"
#include "RowBand.h"
#include "TableColumns.h"
#include "TextBand.h"
#include "TextBox.h"
#include "reports/PrintDocument.h"

#include <algorithm>

namespace Masar {

namespace {

// A group's heading row stays with this many of its rows at most.
constexpr int groupKeptWith = 2;

QStringList printable(const QStringList& cells)
{
    QStringList result;
    result.reserve(cells.size());
    for (const QString& cell : cells) {
        result << TextBox::printable(cell);
    }
    return result;
}

} // namespace

DocumentBands::DocumentBands(const PrintDocument& document, const QImage& logo, const PrintStyle& style,
                             qreal width)
    : m_document(document)
    , m_style(style)
    , m_width(width)
{
    using Text = PrintStyle::Text;
    if (!document.ministry.isEmpty() || !document.department.isEmpty() || !logo.isNull()) {
        add<LetterheadBand>(logo, TextBox::printable(document.ministry),
                            TextBox::printable(document.department), style, width);
    }
    add<TextBand>(TextBox::printable(document.title), Text::Title, style, width,
                  style.px(PrintStyle::titleAbove), style.px(PrintStyle::titleBelow))
        .keepWithNext
        = 1;
    if (!document.subtitle.isEmpty()) {
        add<TextBand>(TextBox::printable(document.subtitle), Text::Subtitle, style, width,
                      style.px(PrintStyle::paragraphMargin), style.px(PrintStyle::paragraphMargin));
    }
    for (const PrintSection& section : document.sections) {
        addSection(section);
    }
}

DocumentBands::~DocumentBands() = default;

template<class Band, class... Args>
Band& DocumentBands::add(Args&&... args)
{
    auto band = std::make_unique<Band>(std::forward<Args>(args)...);
    Band& added = *band;
    added.pageBreakBefore = m_pageBreak;
    m_pageBreak = false;
    m_bands.push_back(std::move(band));
    return added;
}

void DocumentBands::addSection(const PrintSection& section)
{
    m_pageBreak = section.newPage;
    if (!section.heading.isEmpty()) {
        add<TextBand>(TextBox::printable(section.heading), PrintStyle::Text::Heading, m_style, m_width,
                      m_style.px(PrintStyle::headingAbove), m_style.px(PrintStyle::headingBelow))
            .keepWithNext
            = 1;
    }
    if (!section.fields.empty()) {
        addFields(section);
    }
    for (const QString& paragraph : section.paragraphs) {
        add<TextBand>(TextBox::printable(paragraph), PrintStyle::Text::Body, m_style, m_width,
                      m_style.px(PrintStyle::paragraphMargin), m_style.px(PrintStyle::paragraphMargin))
            .whole
            = false;
    }
    if (section.table) {
        addTable(*section.table);
    }
    m_pageBreak = false; // a section of nothing but a page break has nothing to break
}

void DocumentBands::addFields(const PrintSection& section)
{
    m_tables.push_back(std::make_unique<TableColumns>(m_style, m_width, QStringList(2, QString()),
                                                      QList<int> {30, 70}, false,
                                                      m_style.px(PrintStyle::fieldPadding)));
    TableColumns& columns = *m_tables.back();
    for (const auto& [label, value] : section.fields) {
        add<RowBand>(columns, QStringList {TextBox::printable(label), TextBox::printable(value)},
                     RowBand::Kind::Field);
    }
    add<SpaceBand>(m_style.px(PrintStyle::afterTable));
}

void DocumentBands::addTable(const PrintTable& table)
{
    const QStringList headers = printable(table.headers);
    m_tables.push_back(std::make_unique<TableColumns>(m_style, m_width, headers, table.widths, true,
                                                      m_style.px(PrintStyle::cellPadding)));
    TableColumns& columns = *m_tables.back();
    RowBand& header = add<RowBand>(columns, headers, RowBand::Kind::Header);
    header.keepWithNext = table.rows.empty() ? 0 : 1;
    header.header = &header;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const PrintTable::Row& row = table.rows[i];
        RowBand::Kind kind = row.marked ? RowBand::Kind::Marked : RowBand::Kind::Plain;
        QStringList cells = printable(row.cells);
        if (row.kind == PrintTable::RowKind::Group) {
            kind = RowBand::Kind::Group;
            cells = QStringList {cells.join(QLatin1Char(' '))};
        } else if (row.kind == PrintTable::RowKind::Total) {
            kind = RowBand::Kind::Total;
        }
        RowBand& band = add<RowBand>(columns, cells, kind);
        band.header = &header;
        if (kind == RowBand::Kind::Group) {
            // With its first rows, up to the next group.
            std::size_t rows = 0;
            while (i + 1 + rows < table.rows.size() && int(rows) < groupKeptWith
                   && table.rows[i + 1 + rows].kind != PrintTable::RowKind::Group) {
                ++rows;
            }
            band.keepWithNext = int(rows);
        }
    }
    add<SpaceBand>(m_style.px(PrintStyle::afterTable));
}

} // namespace Masar
