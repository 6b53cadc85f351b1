#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

// What a PDF says, read by poppler's tools (pdftotext, pdffonts, pdfimages:
// Debian's poppler-utils, which scripts/setup installs), for the tests of
// printed documents.
namespace Masar::Test {

// Text as read back from a PDF: presentation forms of Arabic folded to its
// letters (NFKC), and the marks of direction (U+200E, U+200F, U+202A to
// U+202E), isolates (U+2066 to U+2069) and the combining marks left after
// NFKC (Arabic vowels and shadda, which pdftotext does not give back) taken
// out. Apply it to what is looked for as well.
QString folded(const QString& text);

// Whether a line of `text` holds `words` in this order, or, for a line of
// right-to-left text (`rightToLeft`), in the reverse order: pdftotext writes a
// line of mixed scripts in a right-to-left paragraph in visual order.
bool hasLine(const QString& text, const QString& words, bool rightToLeft);
// Whether a line of `text` holds exactly the letters of `words`, spaces
// aside, in any order: for a line of mixed scripts in a right-to-left
// paragraph, whose runs pdftotext puts in visual order and whose spaces it
// moves ("٢ مارس ٢٠٢٦" comes back as "٢٠٢٦  مارس٢").
bool hasLineInAnyOrder(const QString& text, const QString& words);

// The text of each page, folded; `options` are pdftotext's (-layout...).
Result<QStringList> pdfPages(const QString& pdf, const QStringList& options = {});

struct PdfFont
{
    QString name; // without the subset's prefix: "NotoSerif-Regular"
    QString type;
    bool embedded = false;
};
Result<std::vector<PdfFont>> pdfFonts(const QString& pdf);

// Where pdftotext -bbox puts each word of a page, in points.
struct PdfWord
{
    double xMin = 0;
    double yMin = 0;
    double xMax = 0;
    double yMax = 0;
    QString text;
};
struct PdfPage
{
    double width = 0;
    double height = 0;
    std::vector<PdfWord> words;
};
Result<std::vector<PdfPage>> pdfWordBoxes(const QString& pdf);

// The number of images on each page (pdfimages -list).
Result<std::vector<int>> pdfImagesPerPage(const QString& pdf, int pages);

// Renders the pages as PNG files `prefix`-N.png (pdftoppm), for a person to look at.
Status pdfToPng(const QString& pdf, const QString& prefix, int dpi = 60);

} // namespace Masar::Test
