#include "DocumentRenderer.h"

#include "DocumentBands.h"
#include "PageFlow.h"
#include "PrintFonts.h"
#include "PrintStyle.h"
#include "io/SavedFile.h"
#include "reports/DocumentHtml.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

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
    // Absolute: the side chosen here, not flipped again by the direction of the text.
    QTextOption option(alignment | Qt::AlignVCenter | Qt::AlignAbsolute);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    option.setWrapMode(QTextOption::NoWrap);
    painter.drawText(band, text, option);
}

// What every page has around its body: the marking at the top and the
// bottom, and at the foot who printed it and "page X of Y", in the device's
// pixels.
struct Frame
{
    Frame(const PrintDocument& document, QPagedPaintDevice* device)
        : bandFont(PrintFonts::font(8.5))
        , markingFont(PrintFonts::font(10, true))
        , rtl(document.rightToLeft)
        , marked(!document.marking.isEmpty())
    {
        const QRect paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
        page = QRectF(0, 0, paper.width(), paper.height());
        lineHeight = QFontMetricsF(bandFont, device).height();
        markingHeight = QFontMetricsF(markingFont, device).height();
        gap = lineHeight * 0.8;
        const qreal top = marked ? markingHeight + gap : 0;
        // The footer may take two lines (a long name, the Hijri date) beside the page number.
        bottom = 2 * lineHeight + gap + (marked ? markingHeight : 0);
        body = QRectF(0, top, page.width(), page.height() - top - bottom);
    }

    void paint(QPainter& painter, const PrintDocument& document, int index, int pages) const;

    QFont bandFont;
    QFont markingFont;
    bool rtl;
    bool marked;
    QRectF page;
    QRectF body;
    qreal lineHeight = 0;
    qreal markingHeight = 0;
    qreal gap = 0;
    qreal bottom = 0;
};

void Frame::paint(QPainter& painter, const PrintDocument& document, int index, int pages) const
{
    if (marked) {
        painter.setFont(markingFont);
        painter.setPen(markingColor);
        drawLine(painter, QRectF(0, 0, page.width(), markingHeight), document.marking, Qt::AlignHCenter, rtl);
    }
    const qreal footTop = page.height() - bottom + gap * 0.5;
    painter.setPen(QPen(footerColor, 0));
    painter.drawLine(QPointF(0, footTop), QPointF(page.width(), footTop));
    painter.setFont(bandFont);
    const QString pageNumber
        = document.pageOf.arg(document.locale.toString(index + 1), document.locale.toString(pages));
    const qreal numberWidth = QFontMetricsF(bandFont, painter.device()).horizontalAdvance(pageNumber) + gap;
    const QRectF band(0, footTop + gap * 0.25, page.width(), 2 * lineHeight);
    // Who printed it, on up to two lines, on the side the document starts from; the page number on the
    // other.
    const QRectF who = rtl ? band.adjusted(numberWidth, 0, 0, 0) : band.adjusted(0, 0, -numberWidth, 0);
    QTextOption whoOption(Qt::AlignLeft | Qt::AlignTop | Qt::AlignAbsolute);
    if (rtl) {
        whoOption.setAlignment(Qt::AlignRight | Qt::AlignTop | Qt::AlignAbsolute);
    }
    whoOption.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    whoOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter.drawText(who, DocumentHtml::printable(document.footer), whoOption);
    drawLine(painter, QRectF(band.left(), band.top(), band.width(), lineHeight), pageNumber, Qt::AlignRight,
             rtl);
    if (marked) {
        painter.setFont(markingFont);
        painter.setPen(markingColor);
        drawLine(painter, QRectF(0, page.height() - markingHeight, page.width(), markingHeight),
                 document.marking, Qt::AlignHCenter, rtl);
    }
}

// The bands of a page in its body; a band cut between two pages shows the part that is this page's.
void paintBody(QPainter& painter, const PageContent& content, const QRectF& body)
{
    for (const PagePiece& piece : content) {
        const bool cut = piece.from > 0 || piece.to < piece.band->height();
        const QPointF topLeft(body.left(), body.top() + piece.top - piece.from);
        if (cut) {
            painter.save();
            painter.setClipRect(
                QRectF(body.left(), body.top() + piece.top, body.width(), piece.to - piece.from));
            piece.band->paint(painter, topLeft, piece.from, piece.to);
            painter.restore();
        } else {
            piece.band->paint(painter, topLeft, 0, piece.band->height());
        }
    }
}

} // namespace

DocumentRenderer::DocumentRenderer(const PrintDocument& document)
    : m_document(document)
    , m_logo(QImage::fromData(document.logo))
{
}

DocumentRenderer::~DocumentRenderer() = default;

QPageLayout DocumentRenderer::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                       QPageLayout::Millimeter);
}

Result<int> DocumentRenderer::paint(QPagedPaintDevice* device, const Progress& progress)
{
    QPainter painter;
    if (!painter.begin(device)) {
        return Error::storage(tr("The document cannot be printed there."));
    }
    const Frame frame(m_document, device);
    // Laid out for this device, every band measured once, then the pages filled in order.
    const PrintStyle style(device, m_document.rightToLeft);
    const DocumentBands bands(m_document, m_logo, style, frame.body.width());
    const std::vector<PageContent> pages = PageFlow::fill(bands.bands(), frame.body.height());
    const int count = int(pages.size());
    for (int index = 0; index < count; ++index) {
        if (index > 0 && !device->newPage()) {
            return Error::storage(tr("The document cannot be printed there."));
        }
        paintBody(painter, pages[std::size_t(index)], frame.body);
        frame.paint(painter, m_document, index, count);
        if (progress && !progress(index + 1, count)) {
            painter.end();
            return Error::invalid(tr("Printing was stopped."));
        }
    }
    painter.end();
    return count;
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
