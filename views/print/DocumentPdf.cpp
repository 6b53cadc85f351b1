#include "DocumentPdf.h"

#include "DocumentRenderer.h"
#include "PrintFonts.h"

namespace Masar {

Result<int> DocumentPdf::writePdf(const PrintDocument& document, QIODevice* device,
                                  const Progress& progress) const
{
    if (Status fonts = PrintFonts::ensure(); !fonts.ok()) {
        return fonts;
    }
    return DocumentRenderer(document).writePdf(device, progress);
}

} // namespace Masar
