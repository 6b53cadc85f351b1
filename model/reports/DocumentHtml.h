#pragma once

#include "PrintDocument.h"

#include <QString>

namespace Masar {

// A printed document as an HTML file, every value escaped, with the marking
// at its top and bottom and who printed it at its foot. (PDFs and the
// printer are laid out by views/print's DocumentRenderer, from the document.)
class DocumentHtml
{
public:
    struct Options
    {
        // Where the <img> of the logo points (a data: URL, dataUrl()); none when empty.
        QString logoSource;
    };

    static QString write(const PrintDocument& document, const Options& options);
    // The logo as a data: URL, for a standalone file.
    static QString dataUrl(const QByteArray& image);
    // Text as it may be printed: control characters other than line breaks
    // and tabs dropped, bidirectional embeddings and overrides (U+202A to
    // U+202E) dropped and isolates (U+2066 to U+2069) balanced, and at most
    // four combining marks on a letter, so that pasted oddities cannot stretch
    // or overlap the lines nor turn the text around.
    static QString printable(const QString& text);
    static QString escaped(const QString& text);
};

} // namespace Masar
