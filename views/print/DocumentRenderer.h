#pragma once

#include "core/Result.h"
#include "reports/PrintDocument.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace Masar {

// Lays a printed document out on pages and paints them: the letterhead on the
// first page, the confidentiality marking at the top and bottom of every
// page, and at the foot who printed it and "page X of Y". The same painting
// goes to a PDF file, to a printer and to the print preview.
//
// The pages are filled band by band (DocumentBands, PageFlow): each row of a
// table is measured once and stays whole on its page, so that the time a
// document takes grows with its length and no faster, and a table's header
// row is repeated at the top of each of its pages.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DocumentRenderer)

public:
    // Called after each page; returns false to stop.
    using Progress = std::function<bool(int page, int pages)>;

    explicit DocumentRenderer(const PrintDocument& document);
    ~DocumentRenderer();

    const PrintDocument& document() const { return m_document; }

    // A4 portrait, 18 mm margins left and right, 15 mm top and bottom.
    static QPageLayout defaultPageLayout();

    // Paints every page on the device, with its page layout. Returns the
    // number of pages, or an error (Invalid when `progress` stopped it).
    Result<int> paint(QPagedPaintDevice* device, const Progress& progress = {});
    // Writes a PDF; the file is replaced only once the whole document is written.
    Result<int> writePdf(const QString& path, const Progress& progress = {});
    // Writes a PDF to a device open for writing (a buffer, a file).
    Result<int> writePdf(QIODevice* device, const Progress& progress = {});

private:
    PrintDocument m_document;
    QImage m_logo;
};

} // namespace Masar
