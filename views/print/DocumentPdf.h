#pragma once

#include "reports/PdfMaker.h"

namespace Masar {

// The PDF of a printed document as DocumentRenderer lays it out, with the
// print fonts made sure of first: what PrintDelivery is given by the window
// and by masar-cli.
class DocumentPdf : public PdfMaker
{
public:
    Result<int> writePdf(const PrintDocument& document, QIODevice* device,
                         const Progress& progress) const override;
};

} // namespace Masar
