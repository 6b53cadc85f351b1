#include "DocumentRenderer.h"

#include "PrintFonts.h"
#include "io/SavedFile.h"
#include "reports/DocumentHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <cmath>

namespace Masar {

namespace {

const QColor markingColor(0xa0, 0x00, 0x00);
const QColor footerColor(0x55, 0x55, 0x55);

// One line of text at the start or end of a band, as the document reads.
void drawLine(QPainter& painter, const QRectF& band, const QString& text, Qt::Alignment side,
              bool rightToLeft)
{
    Qt::Alignment alignment = side;
    if (rightToLeft && side == Qt::AlignLeft) {
        alignment = Qt::AlignRight;
    } else if (rightToLeft && side == Qt::AlignRight) {
        alignment = Qt::AlignLeft;
    }
    QTextOption option(alignment | Qt::AlignVCenter);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter.drawText(band, text, option);
}

// A section's heading is not left alone at the foot of a page: when fewer
// than `lines` lines would follow it there, it starts the next page. Breaks
// set for another page size before are taken away first; the layout is then
// made again from the start, as Qt does not redo it after such a change.
// Marks the headings keepHeadingsWithNext moved, to tell them from those
// that begin a page of their own.
constexpr int movedHeading = QTextFormat::UserProperty + 1;

void keepHeadingsWithNext(QTextDocument& text, qreal pageHeight, qreal lineHeight, int lines)
{
    bool changed = false;
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.boolProperty(movedHeading)) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
            format.clearProperty(movedHeading);
            QTextCursor(block).setBlockFormat(format);
            changed = true;
        }
    }
    if (changed) {
        text.markContentsDirty(0, text.characterCount());
    }
    int firstChanged = -1;
    QAbstractTextDocumentLayout* layout = text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            continue; // not a heading, or one that begins a page anyway
        }
        const QRectF bounds = layout->blockBoundingRect(block);
        const qreal pageTop = std::floor(bounds.top() / pageHeight) * pageHeight;
        const bool firstOnPage = bounds.top() - pageTop < lineHeight;
        if (!firstOnPage && bounds.bottom() + lines * lineHeight > pageTop + pageHeight) {
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            format.setProperty(movedHeading, true);
            QTextCursor(block).setBlockFormat(format);
            if (firstChanged < 0) {
                firstChanged = block.position();
            }
        }
    }
    if (firstChanged >= 0) {
        // What comes before the first heading moved stays as it was laid out.
        text.markContentsDirty(firstChanged, text.characterCount() - firstChanged);
    }
}

} // namespace

DocumentRenderer::DocumentRenderer(const PrintDocument& document)
    : m_document(document)
    , m_text(std::make_unique<QTextDocument>())
{
    m_text->setDocumentMargin(0);
    m_text->setDefaultFont(PrintFonts::font(10));
    QTextOption option = m_text->defaultTextOption();
    option.setTextDirection(document.rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setDefaultTextOption(option);
    DocumentHtml::Options html;
    html.standalone = false;
    html.reverseColumns = true;
    const QImage logo = QImage::fromData(document.logo);
    if (!logo.isNull()) {
        const QUrl name(QStringLiteral("masar-print:logo"));
        m_text->addResource(QTextDocument::ImageResource, name, logo);
        html.logoSource = name.toString();
    }
    m_text->setHtml(DocumentHtml::write(document, html));
}

DocumentRenderer::~DocumentRenderer() = default;

QPageLayout DocumentRenderer::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                       QPageLayout::Millimeter);
}

Result<int> DocumentRenderer::paint(QPagedPaintDevice* device, const Progress& progress)
{
    const QRect paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const QRectF page(0, 0, paper.width(), paper.height());
    QPainter painter;
    if (!painter.begin(device)) {
        return Error::storage(tr("The document cannot be printed there."));
    }
    const QFont bandFont = PrintFonts::font(8.5);
    const QFont markingFont = PrintFonts::font(10, true);
    const qreal lineHeight = QFontMetricsF(bandFont, device).height();
    const qreal markingHeight = QFontMetricsF(markingFont, device).height();
    const qreal gap = lineHeight * 0.8;
    const bool marked = !m_document.marking.isEmpty();
    const qreal top = marked ? markingHeight + gap : 0;
    // The footer may take two lines (a long name, the Hijri date) beside the page number.
    const qreal bottom = 2 * lineHeight + gap + (marked ? markingHeight : 0);
    const QRectF body(0, top, page.width(), page.height() - top - bottom);

    m_text->documentLayout()->setPaintDevice(device);
    m_text->setPageSize(body.size());
    keepHeadingsWithNext(*m_text, body.height(), QFontMetricsF(m_text->defaultFont(), device).height(), 3);
    const int pages = m_text->pageCount();
    const bool rtl = m_document.rightToLeft;

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage()) {
            return Error::storage(tr("The document cannot be printed there."));
        }
        if (marked) {
            painter.setFont(markingFont);
            painter.setPen(markingColor);
            drawLine(painter, QRectF(0, 0, page.width(), markingHeight), m_document.marking, Qt::AlignHCenter,
                     rtl);
        }
        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        m_text->drawContents(&painter, QRectF(0, index * body.height(), body.width(), body.height()));
        painter.restore();

        const qreal footTop = page.height() - bottom + gap * 0.5;
        painter.setPen(QPen(footerColor, 0));
        painter.drawLine(QPointF(0, footTop), QPointF(page.width(), footTop));
        painter.setFont(bandFont);
        const QString pageNumber
            = m_document.pageOf.arg(m_document.locale.toString(index + 1), m_document.locale.toString(pages));
        const qreal numberWidth = QFontMetricsF(bandFont, device).horizontalAdvance(pageNumber) + gap;
        const QRectF band(0, footTop + gap * 0.25, page.width(), 2 * lineHeight);
        // Who printed it, on up to two lines, on the side the document starts from; the page number on the
        // other.
        const QRectF who = rtl ? band.adjusted(numberWidth, 0, 0, 0) : band.adjusted(0, 0, -numberWidth, 0);
        QTextOption whoOption(Qt::AlignLeft | Qt::AlignTop);
        if (rtl) {
            whoOption.setAlignment(Qt::AlignRight | Qt::AlignTop);
        }
        whoOption.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        whoOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        painter.drawText(who, DocumentHtml::printable(m_document.footer), whoOption);
        drawLine(painter, QRectF(band.left(), band.top(), band.width(), lineHeight), pageNumber,
                 Qt::AlignRight, rtl);
        if (marked) {
            painter.setFont(markingFont);
            painter.setPen(markingColor);
            drawLine(painter, QRectF(0, page.height() - markingHeight, page.width(), markingHeight),
                     m_document.marking, Qt::AlignHCenter, rtl);
        }
        if (progress && !progress(index + 1, pages)) {
            painter.end();
            return Error::invalid(tr("Printing was stopped."));
        }
    }
    painter.end();
    return pages;
}

Result<int> DocumentRenderer::writePdf(QIODevice* device, const Progress& progress)
{
    QPdfWriter writer(device);
    writer.setPageLayout(defaultPageLayout());
    writer.setResolution(300);
    writer.setTitle(m_document.title);
    writer.setCreator(QStringLiteral("Masar"));
    return paint(&writer, progress);
}

Result<int> DocumentRenderer::writePdf(const QString& path, const Progress& progress)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = writePdf(&buffer, progress);
    if (!pages) {
        return pages;
    }
    if (Status written = SavedFile::write(path, bytes); !written.ok()) {
        return written;
    }
    return pages;
}

} // namespace Masar
