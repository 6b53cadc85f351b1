#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFont>

namespace Masar {

// The typefaces of printed documents: Noto Serif for Latin script and Noto
// Naskh Arabic for Arabic (Debian's fonts-noto-core), both embedded in PDFs.
class PrintFonts
{
    Q_DECLARE_TR_FUNCTIONS(Masar::PrintFonts)

public:
    // Makes sure both families can be used, loading them from the system's
    // font folders if fontconfig has not; an error that names the missing
    // package otherwise.
    static Status ensure();
    // The body font: Latin family first, Arabic after it for Arabic letters.
    static QFont font(qreal pointSize, bool bold = false);
    static QStringList families();
};

} // namespace Masar
