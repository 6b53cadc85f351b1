// Printed documents on paper (views/print): DocumentRenderer lays the status
// summary and the status report on A4 pages and writes PDFs, read back here
// with poppler's tools as a reader's program would: every font embedded,
// Noto Serif everywhere and Noto Naskh Arabic for Arabic, the text in
// reading order, the marking and "page X of Y" on every page, the letterhead
// on the first, long text wrapped inside the page, hundreds of requests on
// numbered pages, the list's header on each of its pages, every row whole on
// one page and no group's heading left at a page's foot, in every language;
// a stopped or impossible write leaves no file.
//
// MASAR_KEEP_PDF=FOLDER keeps the PDFs there, with PNGs of their pages
// (pdftoppm -r 60), for a person to look at.
#include "DocumentRenderer.h"
#include "PdfText.h"
#include "PrintFonts.h"
#include "ReportSamples.h"
#include "core/DocumentLanguage.h"
#include "core/Translations.h"
#include "domain/Workflow.h"
#include "reports/StatusReport.h"
#include "reports/StatusSummary.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Masar;
using namespace Masar::Test;

namespace {

// Lengths of report at which the pages used to fall badly for Arabic, when Qt laid the list out
// as one table: with 104 requests by country a row split between pages 2 and 3 and a group's
// heading ended page 4; with 192 and 203 by state a group's heading ended a page.
constexpr int reportLengths[] = {104, 192, 203};

constexpr double pointsPerMm = 72.0 / 25.4;

DocumentLanguage language(const QString& code)
{
    return DocumentLanguage(code, LocaleStyle());
}

// A small logo, as an office would have: a PNG.
QByteArray logo()
{
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(QColor(0x14, 0x32, 0x5c));
    QPainter painter(&image);
    painter.fillRect(16, 16, 32, 32, Qt::white);
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

PrintContext context()
{
    PrintContext c = reportContext();
    c.logo = logo();
    return c;
}

PrintDocument summaryOf(const Request& request, const QString& code)
{
    return StatusSummary::build(request, StatusSummary::Options(), language(code), context());
}

PrintDocument reportOf(const std::vector<StatusReport::Row>& rows, const QString& code)
{
    return StatusReport::build(rows, StatusReport::Options(), language(code), context());
}

// "Page 2 of 5" as the document writes it.
QString pageOf(const PrintDocument& document, int page, int pages)
{
    return folded(document.pageOf.arg(document.locale.toString(page), document.locale.toString(pages)));
}

// Fails the test unless the fragments are in `text` in this order; a fragment may be
// broken over lines (a cell of a table).
void verifyInOrder(const QString& pdfText, const QStringList& fragments)
{
    const QString text = pdfText.simplified();
    qsizetype from = 0;
    for (const QString& fragment : fragments) {
        const qsizetype at = text.indexOf(folded(fragment).simplified(), from);
        QVERIFY2(at >= 0,
                 qPrintable(QStringLiteral("“%1” not found after position %2 in:\n%3")
                                .arg(fragment)
                                .arg(from)
                                .arg(text)));
        from = at + fragment.size();
    }
}

// Text without its spaces and lam-alef ligatures, which pdftotext reads as a space from Qt's PDFs.
QString bare(QString text)
{
    static const QRegularExpression lamAlef(QStringLiteral("\u0644[\u0622\u0623\u0625\u0627]"));
    text.remove(lamAlef);
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void summaryPdf_data();
    void summaryPdf();
    void longTextStaysOnThePage_data();
    void longTextStaysOnThePage();
    void reportOfManyRequestsNumbersEveryPage();
    void rowsStayWholeAcrossPages_data();
    void rowsStayWholeAcrossPages();
    void groupHeadingsGoWithTheirRows_data();
    void groupHeadingsGoWithTheirRows();
    void stoppedWriteLeavesNoFile();
    void unwritableFolderLeavesNoFile();

private:
    // Writes the document as a PDF in the temporary folder (and where MASAR_KEEP_PDF says); its pages.
    int write(const PrintDocument& document, const QString& name);
    QString pdf(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".pdf")); }

    QTemporaryDir m_dir;
};

void TestPrinting::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Translations::install(QStringLiteral("en")));
    const Status fonts = PrintFonts::ensure();
    QVERIFY2(fonts.ok(), qPrintable(fonts.fullText()));
}

int TestPrinting::write(const PrintDocument& document, const QString& name)
{
    const QString path = pdf(name);
    Result<int> pages = DocumentRenderer(document).writePdf(path);
    if (!pages) {
        qWarning("%s: %s", qPrintable(name), qPrintable(pages.error().fullText()));
        return -1;
    }
    const QString keep = qEnvironmentVariable("MASAR_KEEP_PDF");
    if (!keep.isEmpty() && QDir().mkpath(keep)) {
        const QString kept = QDir(keep).filePath(name + QStringLiteral(".pdf"));
        QFile::remove(kept);
        QFile::copy(path, kept);
        const Status png = pdfToPng(kept, QDir(keep).filePath(name));
        if (!png.ok()) {
            qWarning("%s", qPrintable(png.fullText()));
        }
    }
    return *pages;
}

void TestPrinting::summaryPdf_data()
{
    QTest::addColumn<QString>("code");
    for (const QString& code : Translations::languages()) {
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestPrinting::summaryPdf()
{
    QFETCH(QString, code);
    const Request request = reportRequest();
    const PrintDocument document = summaryOf(request, code);
    const int pages = write(document, QStringLiteral("summary-") + code);
    QVERIFY(pages >= 1);
    QFile file(pdf(QStringLiteral("summary-") + code));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // Every font embedded; Noto Serif in every document, Noto Naskh Arabic for Arabic letters.
    Result<std::vector<PdfFont>> fonts = pdfFonts(file.fileName());
    QVERIFY2(fonts, qPrintable(fonts.error().fullText()));
    QVERIFY(!fonts->empty());
    bool serif = false;
    bool naskh = false;
    for (const PdfFont& font : *fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name + QStringLiteral(" is not embedded")));
        serif = serif || font.name.startsWith(QLatin1String("NotoSerif"));
        naskh = naskh || font.name.startsWith(QLatin1String("NotoNaskhArabic"));
    }
    QVERIFY(serif);
    // The English and French summaries have Arabic letters too: none here.
    QCOMPARE(naskh, code == QLatin1String("ar"));

    Result<QStringList> text = pdfPages(file.fileName());
    QVERIFY2(text, qPrintable(text.error().fullText()));
    QCOMPARE(int(text->size()), pages);
    const QString all = text->join(QLatin1Char('\f'));
    const DocumentLanguage printed = language(code);
    const QString state = printed.translate("Masar::State", "In execution");
    verifyInOrder(all,
                  {document.title, request.reference, document.section(QStringLiteral("references"))->heading,
                   document.section(QStringLiteral("status"))->heading, state,
                   document.section(QStringLiteral("timeline"))->heading,
                   printed.translate("Masar::Step", "Transmit to executing authority")});
    if (QTest::currentTestFailed()) {
        return;
    }
    if (code == QLatin1String("en")) {
        QCOMPARE(document.marking, QStringLiteral("RESTRICTED"));
    }
    QVERIFY(!document.marking.isEmpty());
    for (int page = 1; page <= pages; ++page) {
        const QString& pageText = text->at(page - 1);
        // At the top and at the bottom.
        QVERIFY2(pageText.count(folded(document.marking)) == 2, qPrintable(pageText));
        QVERIFY2(hasLine(pageText, pageOf(document, page, pages), document.rightToLeft),
                 qPrintable(pageText));
        QVERIFY2(document.rightToLeft ? hasLineInAnyOrder(pageText, document.footer)
                                      : hasLine(pageText, document.footer, false),
                 qPrintable(pageText));
    }
    if (code == QLatin1String("en")) {
        QVERIFY(text->first().contains(QStringLiteral("Page 1 of %1").arg(pages)));
    }
    // Who printed it at the foot, on the side the document starts from: "Nadia Benali", the
    // lowest "Benali" of the page, in the right half in Arabic and in the left one otherwise.
    Result<std::vector<PdfPage>> boxes = pdfWordBoxes(file.fileName());
    QVERIFY2(boxes, qPrintable(boxes.error().fullText()));
    for (const PdfPage& page : *boxes) {
        const PdfWord* printer = nullptr;
        for (const PdfWord& word : page.words) {
            if (word.text == QLatin1String("Benali") && (!printer || word.yMin > printer->yMin)) {
                printer = &word;
            }
        }
        QVERIFY(printer);
        QVERIFY2(
            document.rightToLeft == (printer->xMin > page.width / 2),
            qPrintable(QStringLiteral("who printed it at x %1 of %2").arg(printer->xMin).arg(page.width)));
    }
    // The logo on the first page only.
    Result<std::vector<int>> images = pdfImagesPerPage(file.fileName(), pages);
    QVERIFY2(images, qPrintable(images.error().fullText()));
    QCOMPARE(images->front(), 1);
    for (std::size_t i = 1; i < images->size(); ++i) {
        QCOMPARE(images->at(i), 0);
    }
}

void TestPrinting::longTextStaysOnThePage_data()
{
    QTest::addColumn<QString>("code");
    for (const QString& code : Translations::languages()) {
        QTest::newRow(qPrintable(code)) << code;
    }
}

void TestPrinting::longTextStaysOnThePage()
{
    QFETCH(QString, code);
    const int plain = write(summaryOf(reportRequest(), code), QStringLiteral("plain-") + code);
    Request request = reportRequest();
    request.summary = longSummary();
    // A long word in a table cell too.
    request.measures.front().note = QString(300, QLatin1Char('y'));
    const int pages = write(summaryOf(request, code), QStringLiteral("long-") + code);
    QVERIFY(plain >= 1);
    QVERIFY2(pages > plain, qPrintable(QStringLiteral("%1 pages, against %2").arg(pages).arg(plain)));

    Result<std::vector<PdfPage>> boxes = pdfWordBoxes(pdf(QStringLiteral("long-") + code));
    QVERIFY2(boxes, qPrintable(boxes.error().fullText()));
    QCOMPARE(int(boxes->size()), pages);
    // Every word inside the page, and inside its margins of 18 mm (a point of slack for the rounding).
    const double margin = 18 * pointsPerMm - 1;
    int words = 0;
    int xs = 0;
    for (std::size_t p = 0; p < boxes->size(); ++p) {
        const PdfPage& page = boxes->at(p);
        QVERIFY(page.width > 500 && page.width < 700); // A4: 595 points
        for (const PdfWord& word : page.words) {
            ++words;
            xs += int(word.text.count(QLatin1Char('x')));
            QVERIFY2(word.xMin >= 0 && word.xMax <= page.width && word.yMin >= 0 && word.yMax <= page.height,
                     qPrintable(QStringLiteral("page %1: “%2” at x %3 to %4, the page is %5 wide")
                                    .arg(p + 1)
                                    .arg(word.text.left(40))
                                    .arg(word.xMin)
                                    .arg(word.xMax)
                                    .arg(page.width)));
            QVERIFY2(word.xMin >= margin && word.xMax <= page.width - margin,
                     qPrintable(QStringLiteral("page %1: “%2” at x %3 to %4, in the margin")
                                    .arg(p + 1)
                                    .arg(word.text.left(40))
                                    .arg(word.xMin)
                                    .arg(word.xMax)));
        }
    }
    QVERIFY(words > 100);
    // The word of 10,000 letters, all of it, broken over lines.
    QVERIFY2(xs >= 10000, qPrintable(QString::number(xs)));

    // Every section's heading printed, those moved to a new page too.
    const PrintDocument long_ = summaryOf(request, code);
    Result<QStringList> text = pdfPages(pdf(QStringLiteral("long-") + code));
    QVERIFY2(text, qPrintable(text.error().fullText()));
    QStringList lines;
    for (const QString& line : text->join(QLatin1Char('\n')).split(QLatin1Char('\n'))) {
        lines << bare(line);
    }
    for (const PrintSection& section : long_.sections) {
        QVERIFY2(lines.contains(bare(folded(section.heading))),
                 qPrintable(QStringLiteral("%1: no heading “%2”").arg(code, section.heading)));
    }
}

void TestPrinting::reportOfManyRequestsNumbersEveryPage()
{
    const std::vector<StatusReport::Row> rows = manyReportRows(300);
    for (const QString& code : {QStringLiteral("en"), QStringLiteral("ar")}) {
        const PrintDocument document = reportOf(rows, code);
        const int pages = write(document, QStringLiteral("report-300-") + code);
        QVERIFY(pages > 3);
        Result<QStringList> text = pdfPages(pdf(QStringLiteral("report-300-") + code));
        QVERIFY2(text, qPrintable(text.error().fullText()));
        QCOMPARE(int(text->size()), pages);
        for (int page = 1; page <= pages; ++page) {
            QVERIFY2(hasLine(text->at(page - 1), pageOf(document, page, pages), document.rightToLeft),
                     qPrintable(QStringLiteral("%1: no “%2” on page %3")
                                    .arg(code, pageOf(document, page, pages))
                                    .arg(page)));
        }
        // Every request is printed, once.
        const QString all = text->join(QLatin1Char('\n'));
        for (const StatusReport::Row& row : rows) {
            QVERIFY2(all.count(row.reference) == 1, qPrintable(row.reference));
        }
        if (code == QLatin1String("en")) {
            QVERIFY(text->last().contains(QStringLiteral("Page %1 of %1").arg(pages)));
        }
        // The list from page two on, its header row at the top of each of its pages.
        const PrintTable& list = *document.section(QStringLiteral("requests"))->table;
        for (int page = 2; page <= pages; ++page) {
            for (const QString& header : list.headers) {
                QVERIFY2(bare(text->at(page - 1)).contains(bare(folded(header))),
                         qPrintable(QStringLiteral("%1: no “%2” on page %3").arg(code, header).arg(page)));
            }
        }
    }
}

namespace {

// What the rows of a report's list look like on its pages, read back with pdftotext -bbox.
struct ListOnPages
{
    int references = 0;
    int years = 0;
    int headings = 0; // of groups
    QStringList alone; // references without the rest of their row beside them
    QStringList headingsAtFoot; // group headings under the last row of a page
};

// A row of the report read across: its reference and the year of its next deadline (every row
// has one) on the same line of the same page. A row whose cells went on two pages leaves its
// reference alone at the foot of one. (pdftotext -bbox gives Arabic letter by letter, so the
// Arabic cells themselves cannot be looked for.) A group's heading row, "In execution — 43
// requests", is the line with the em dash: none may come after the last row of a page.
Result<ListOnPages> listOnPages(const QString& pdf, const PrintDocument& document)
{
    Result<std::vector<PdfPage>> boxes = pdfWordBoxes(pdf);
    if (!boxes) {
        return boxes.error();
    }
    QLocale numbers = document.locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    const QString year = folded(numbers.toString(2026));
    static const QRegularExpression reference(QStringLiteral("^(IN|OUT)-2026-[0-9]{4,5}$"));
    ListOnPages list;
    for (std::size_t p = 0; p < boxes->size(); ++p) {
        std::vector<PdfWord> refs;
        std::vector<PdfWord> dates;
        double lowestDash = -1;
        for (const PdfWord& word : boxes->at(p).words) {
            if (reference.match(word.text).hasMatch()) {
                refs.push_back(word);
            } else if (folded(word.text) == year) {
                dates.push_back(word);
            } else if (word.text == QStringLiteral("\u2014")) {
                lowestDash = std::max(lowestDash, word.yMin);
                ++list.headings;
            }
        }
        list.references += int(refs.size());
        list.years += int(dates.size());
        double lowestRow = -1;
        for (const PdfWord& word : refs) {
            lowestRow = std::max(lowestRow, word.yMin);
            // The same line: the middle of one within the height of the other.
            const double middle = (word.yMin + word.yMax) / 2;
            if (std::none_of(dates.begin(), dates.end(),
                             [middle](const PdfWord& b) { return middle >= b.yMin && middle <= b.yMax; })) {
                list.alone
                    << QStringLiteral("page %1: %2 without its next deadline").arg(p + 1).arg(word.text);
            }
        }
        if (lowestDash > lowestRow) {
            list.headingsAtFoot << QStringLiteral("page %1").arg(p + 1);
        }
    }
    return list;
}

// Reports in every language and both groupings, of lengths that put the foot of a page in
// different places of the list.
void reportsOfSeveralLengths()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("byCountry");
    for (const QString& code : Translations::languages()) {
        for (int count : reportLengths) {
            for (bool byCountry : {false, true}) {
                QTest::addRow("%s, %d, by %s", qPrintable(code), count, byCountry ? "country" : "state")
                    << code << count << byCountry;
            }
        }
    }
}

PrintDocument reportOf(int count, const QString& code, bool byCountry)
{
    StatusReport::Options options;
    options.grouping = byCountry ? StatusReport::Grouping::Country : StatusReport::Grouping::State;
    return StatusReport::build(manyReportRows(count), options, language(code), context());
}

} // namespace

void TestPrinting::rowsStayWholeAcrossPages_data()
{
    reportsOfSeveralLengths();
}

// Every row whole on one page, in every language: the Arabic cells of a row (Noto Naskh
// Arabic, taller than Noto Serif) do not go on to the next page while its Latin reference
// stays at the foot of this one.
void TestPrinting::rowsStayWholeAcrossPages()
{
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(bool, byCountry);
    const PrintDocument document = reportOf(count, code, byCountry);
    const QString name = QStringLiteral("rows-%1-%2-%3").arg(code).arg(count).arg(byCountry);
    QVERIFY(write(document, name) > 2);
    Result<ListOnPages> list = listOnPages(pdf(name), document);
    QVERIFY2(list, qPrintable(list.error().fullText()));
    QCOMPARE(list->references, count);
    QVERIFY(list->years >= count);
    QVERIFY2(list->alone.isEmpty(), qPrintable(list->alone.join(QLatin1Char('\n'))));
}

void TestPrinting::groupHeadingsGoWithTheirRows_data()
{
    reportsOfSeveralLengths();
}

// A group's heading row (a state, a country) never ends a page: it goes on with its first rows.
void TestPrinting::groupHeadingsGoWithTheirRows()
{
    QFETCH(QString, code);
    QFETCH(int, count);
    QFETCH(bool, byCountry);
    const PrintDocument document = reportOf(count, code, byCountry);
    const QString name = QStringLiteral("groups-%1-%2-%3").arg(code).arg(count).arg(byCountry);
    QVERIFY(write(document, name) > 2);
    Result<ListOnPages> list = listOnPages(pdf(name), document);
    QVERIFY2(list, qPrintable(list.error().fullText()));
    QCOMPARE(list->references, count);
    QCOMPARE(list->headings, 7); // seven states, or seven countries
    QVERIFY2(list->headingsAtFoot.isEmpty(),
             qPrintable(QStringLiteral("a group's heading alone at the foot of ")
                        + list->headingsAtFoot.join(QStringLiteral(", "))));
}

void TestPrinting::stoppedWriteLeavesNoFile()
{
    const PrintDocument document = reportOf(manyReportRows(300), QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("stopped.pdf"));
    QList<QPair<int, int>> seen;
    Result<int> pages = DocumentRenderer(document).writePdf(path, [&seen](int page, int pages) {
        seen.append({page, pages});
        return page < 2;
    });
    QVERIFY(!pages);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).first, 1);
    QVERIFY(seen.at(0).second > 2);
    QVERIFY(!QFile::exists(path));
    // An earlier file of that name stays as it was.
    QVERIFY(QFile::copy(pdf(QStringLiteral("summary-en")), path));
    const QByteArray before = [&path] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!DocumentRenderer(document).writePdf(path, [](int, int) { return false; }));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestPrinting::unwritableFolderLeavesNoFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = QDir(folder).filePath(QStringLiteral("summary.pdf"));
    Result<int> pages = DocumentRenderer(summaryOf(reportRequest(), QStringLiteral("en"))).writePdf(path);
    QVERIFY(!pages);
    QCOMPARE(pages.error().kind(), Error::Kind::Storage);
    QVERIFY(pages.error().message().contains(QLatin1String("summary.pdf")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
