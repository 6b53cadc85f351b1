#include "PdfText.h"

#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Masar::Test {

namespace {

// Runs one of poppler's tools; its standard output, or why it failed.
Result<QByteArray> run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        return Error::storage(QStringLiteral("%1 did not start (is poppler-utils installed?): %2")
                                  .arg(program, process.errorString()));
    }
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return Error::storage(QStringLiteral("%1 did not finish").arg(program));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return Error::storage(QStringLiteral("%1 %2 failed (%3): %4")
                                  .arg(program, arguments.join(QLatin1Char(' ')))
                                  .arg(process.exitCode())
                                  .arg(QString::fromUtf8(process.readAllStandardError())));
    }
    return process.readAllStandardOutput();
}

} // namespace

QString folded(const QString& text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    result.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
            || c.category() == QChar::Mark_NonSpacing;
    });
    return result;
}

bool hasLine(const QString& text, const QString& words, bool rightToLeft)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList wanted = folded(words).split(space, Qt::SkipEmptyParts);
    QStringList reversed = wanted;
    std::reverse(reversed.begin(), reversed.end());
    // pdftotext may move a space across a run of digits in right-to-left text
    // ("الصفحة ١من ٤"): the letters must still come in the same order.
    const QString joined = wanted.join(QString());
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QStringList found = line.split(space, Qt::SkipEmptyParts);
        if (found == wanted || (rightToLeft && (found == reversed || found.join(QString()) == joined))) {
            return true;
        }
    }
    return false;
}

bool hasLineInAnyOrder(const QString& text, const QString& words)
{
    auto letters = [](const QString& line) {
        QString result = line;
        result.removeIf([](QChar c) { return c.isSpace(); });
        std::sort(result.begin(), result.end());
        return result;
    };
    const QString wanted = letters(folded(words));
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (letters(line) == wanted) {
            return true;
        }
    }
    return false;
}

Result<QStringList> pdfPages(const QString& pdf, const QStringList& options)
{
    Result<QByteArray> out = run(
        QStringLiteral("pdftotext"),
        options + QStringList {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!out) {
        return out.error();
    }
    // A form feed ends every page.
    QStringList pages = folded(QString::fromUtf8(*out)).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

Result<std::vector<PdfFont>> pdfFonts(const QString& pdf)
{
    Result<QByteArray> out = run(QStringLiteral("pdffonts"), {pdf});
    if (!out) {
        return out.error();
    }
    // name, type (one or more words), encoding, emb, sub, uni, object number, generation.
    std::vector<PdfFont> fonts;
    const QStringList lines = QString::fromUtf8(*out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (int i = 2; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(space, Qt::SkipEmptyParts);
        if (cells.size() < 7) {
            return Error::invalid(QStringLiteral("pdffonts: cannot read “%1”").arg(lines.at(i)));
        }
        PdfFont font;
        font.name = cells.first().section(QLatin1Char('+'), -1);
        font.type = cells.mid(1, cells.size() - 7).join(QLatin1Char(' '));
        font.embedded = cells.at(cells.size() - 5) == QLatin1String("yes");
        fonts.push_back(font);
    }
    return fonts;
}

Result<std::vector<PdfPage>> pdfWordBoxes(const QString& pdf)
{
    Result<QByteArray> out
        = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    if (!out) {
        return out.error();
    }
    std::vector<PdfPage> pages;
    QXmlStreamReader xml(*out);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QXmlStreamAttributes a = xml.attributes();
        auto number = [&a](const char* name) {
            return a.value(QLatin1String(name)).toDouble();
        };
        if (xml.name() == QLatin1String("page")) {
            pages.push_back({number("width"), number("height"), {}});
        } else if (xml.name() == QLatin1String("word") && !pages.empty()) {
            PdfWord word {number("xMin"), number("yMin"), number("xMax"), number("yMax"), QString()};
            word.text = xml.readElementText();
            pages.back().words.push_back(word);
        }
    }
    if (xml.hasError()) {
        return Error::invalid(QStringLiteral("pdftotext -bbox: %1").arg(xml.errorString()));
    }
    return pages;
}

Result<std::vector<int>> pdfImagesPerPage(const QString& pdf, int pages)
{
    Result<QByteArray> out = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!out) {
        return out.error();
    }
    std::vector<int> images(std::size_t(std::max(pages, 0)), 0);
    const QStringList lines = QString::fromUtf8(*out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 2; i < lines.size(); ++i) {
        const int page = lines.at(i).simplified().section(QLatin1Char(' '), 0, 0).toInt();
        if (page >= 1 && page <= pages) {
            ++images[std::size_t(page - 1)];
        }
    }
    return images;
}

Status pdfToPng(const QString& pdf, const QString& prefix, int dpi)
{
    Result<QByteArray> out
        = run(QStringLiteral("pdftoppm"),
              {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdf, prefix});
    return out ? Status() : out.error();
}

} // namespace Masar::Test
