#pragma once

#include "PrintDocument.h"
#include "core/Result.h"

#include <functional>

class QIODevice;

namespace Masar {

// Lays a printed document out on pages as a PDF. Pages need QtGui, which the
// model does not link: the program passes one in (views/print's DocumentPdf),
// and the model's tests a stand-in.
class PdfMaker
{
public:
    // Called after each page; returns false to stop.
    using Progress = std::function<bool(int page, int pages)>;

    virtual ~PdfMaker() = default;

    // Writes the PDF to a device open for writing; its number of pages, or
    // why not (stopped by `progress` included).
    virtual Result<int> writePdf(const PrintDocument& document, QIODevice* device,
                                 const Progress& progress) const = 0;
};

} // namespace Masar
