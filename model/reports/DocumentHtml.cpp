#include "DocumentHtml.h"

#include "services/LetterheadStore.h"

namespace Masar {

namespace {

constexpr int mostCombiningMarks = 4;

const char* styleSheet()
{
    return "body { font-family: 'Noto Serif', 'Noto Naskh Arabic'; font-size: 10pt; color: #1a1a1a; }\n"
           "h1 { font-size: 16pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; color: #14325c; }\n"
           "h2 { font-size: 11.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; color: #14325c; "
           "}\n"
           "p { margin-top: 2px; margin-bottom: 2px; }\n"
           ".ministry { font-size: 14pt; font-weight: bold; }\n"
           ".department { font-size: 11pt; }\n"
           ".subtitle { font-size: 11pt; color: #404040; }\n"
           ".marking { font-weight: bold; color: #a00000; }\n"
           ".label { color: #4a4a4a; }\n"
           "table.grid { font-size: 9pt; }\n"
           "th { background-color: #e3e9f1; font-weight: bold; }\n"
           "tr.group td { background-color: #eeeeee; font-weight: bold; }\n"
           "tr.total td { font-weight: bold; }\n"
           "tr.marked td { background-color: #fbe3e3; }\n"
           ".footer { font-size: 8.5pt; color: #555555; }\n";
}

bool isCombining(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
        || category == QChar::Mark_SpacingCombining;
}

QString lines(const QString& text)
{
    return DocumentHtml::escaped(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// A value in a paragraph of its own direction, so that the punctuation of a
// French sentence in an Arabic document stays where it belongs, aligned on
// the side the document starts from.
QString value(const QString& text, const PrintDocument& document)
{
    const bool own = PrintDocument::readsRightToLeft(text, document.rightToLeft);
    const bool rightToLeft = document.rightToLeft;
    return QStringLiteral("<p dir=\"%1\" align=\"%2\">")
               .arg(own ? QLatin1String("rtl") : QLatin1String("ltr"),
                    rightToLeft ? QLatin1String("right") : QLatin1String("left"))
        + lines(text) + QLatin1String("</p>");
}

void writeTable(QString& html, const PrintTable& table, const PrintDocument& document)
{
    const int columns = int(table.headers.size());
    html += QLatin1String(
        "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
        "style=\"border-collapse: collapse; border-color: #9aa7b8; border-style: solid;\">\n"
        "<thead><tr>");
    QStringList headers;
    for (int i = 0; i < columns; ++i) {
        const QString width
            = i < table.widths.size() ? QStringLiteral(" width=\"%1%\"").arg(table.widths.at(i)) : QString();
        headers << QStringLiteral("<th%1>").arg(width) + lines(table.headers.at(i)) + QLatin1String("</th>");
    }
    html += headers.join(QString());
    html += QLatin1String("</tr></thead>\n<tbody>\n");
    for (const PrintTable::Row& row : table.rows) {
        switch (row.kind) {
        case PrintTable::RowKind::Group:
            html += QStringLiteral("<tr class=\"group\"><td colspan=\"%1\">").arg(columns)
                + value(row.cells.join(QLatin1Char(' ')), document) + QLatin1String("</td></tr>\n");
            continue;
        case PrintTable::RowKind::Total:
            html += QLatin1String("<tr class=\"total\">");
            break;
        case PrintTable::RowKind::Plain:
            html += row.marked ? QLatin1String("<tr class=\"marked\">") : QLatin1String("<tr>");
            break;
        }
        QStringList cells = row.cells;
        while (cells.size() < columns) {
            cells << QString();
        }
        for (const QString& cell : cells) {
            html += QLatin1String("<td>") + value(cell, document) + QLatin1String("</td>");
        }
        html += QLatin1String("</tr>\n");
    }
    html += QLatin1String("</tbody></table>\n");
}

void writeFields(QString& html, const PrintSection& section, const PrintDocument& document)
{
    html += QLatin1String("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n");
    for (const auto& [label, text] : section.fields) {
        QStringList cells {QStringLiteral("<td width=\"30%\" class=\"label\">") + lines(label)
                               + QLatin1String("</td>"),
                           QStringLiteral("<td>") + value(text, document) + QLatin1String("</td>")};
        html += QLatin1String("<tr>") + cells.join(QString()) + QLatin1String("</tr>\n");
    }
    html += QLatin1String("</table>\n");
}

} // namespace

QString DocumentHtml::escaped(const QString& text)
{
    return printable(text).toHtmlEscaped();
}

QString DocumentHtml::printable(const QString& text)
{
    QString result;
    result.reserve(text.size());
    int marks = 0;
    int isolates = 0; // opened and not closed yet
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            result += c;
            marks = 0;
            continue;
        }
        if (c == QLatin1Char('\r') || c.category() == QChar::Other_Control) {
            continue;
        }
        // Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) are never Masar's
        // own and would turn the text after them around: "RB/2026/<RLO>711"
        // printed as "RB/2026/117". Isolates are (LocaleText::isolated): kept
        // when they pair up, a pop with nothing to close dropped, and those
        // left open closed at the end, so that none reaches past the value.
        const char16_t u = c.unicode();
        if (u >= 0x202A && u <= 0x202E) {
            continue;
        }
        if (u >= 0x2066 && u <= 0x2068) {
            ++isolates;
        } else if (u == 0x2069) {
            if (isolates == 0) {
                continue;
            }
            --isolates;
        }
        if (isCombining(c)) {
            if (++marks > mostCombiningMarks) {
                continue;
            }
        } else if (!c.isLowSurrogate()) {
            marks = 0;
        }
        result += c;
    }
    result += QString(isolates, QChar(0x2069));
    return result;
}

QString DocumentHtml::dataUrl(const QByteArray& image)
{
    const Result<QString> type = LetterheadStore::logoMediaType(image);
    if (!type) {
        return QString(); // none, or not a logo the letterhead would have kept
    }
    return QStringLiteral("data:%1;base64,%2").arg(*type, QString::fromLatin1(image.toBase64()));
}

QString DocumentHtml::write(const PrintDocument& document, const Options& options)
{
    const QString direction = document.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    QString html;
    html.reserve(4096);
    html += QStringLiteral(
                "<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(document.language, direction);
    html += QLatin1String("<title>") + escaped(document.title) + QLatin1String("</title>\n<style>\n")
        + QLatin1String(styleSheet()) + QLatin1String("</style>\n</head>\n");
    html += QStringLiteral("<body dir=\"%1\">\n").arg(direction);
    if (!document.marking.isEmpty()) {
        html += QLatin1String("<p class=\"marking\" align=\"center\">") + escaped(document.marking)
            + QLatin1String("</p>\n");
    }
    if (!document.ministry.isEmpty() || !document.department.isEmpty() || !options.logoSource.isEmpty()) {
        html += QLatin1String("<div align=\"center\">");
        if (!options.logoSource.isEmpty()) {
            html += QStringLiteral("<img src=\"%1\" height=\"64\" alt=\"\"><br>")
                        .arg(options.logoSource.toHtmlEscaped());
        }
        if (!document.ministry.isEmpty()) {
            html += QLatin1String("<span class=\"ministry\">") + escaped(document.ministry)
                + QLatin1String("</span><br>");
        }
        if (!document.department.isEmpty()) {
            html += QLatin1String("<span class=\"department\">") + escaped(document.department)
                + QLatin1String("</span>");
        }
        html += QLatin1String("</div>\n<hr>\n");
    }
    html += QLatin1String("<h1>") + escaped(document.title) + QLatin1String("</h1>\n");
    if (!document.subtitle.isEmpty()) {
        html += QLatin1String("<p class=\"subtitle\">") + lines(document.subtitle) + QLatin1String("</p>\n");
    }
    for (const PrintSection& section : document.sections) {
        if (!section.heading.isEmpty()) {
            html += (section.newPage ? QLatin1String("<h2 style=\"page-break-before: always;\">")
                                     : QLatin1String("<h2>"))
                + escaped(section.heading) + QLatin1String("</h2>\n");
        }
        if (!section.fields.empty()) {
            writeFields(html, section, document);
        }
        for (const QString& paragraph : section.paragraphs) {
            html += value(paragraph, document) + QLatin1Char('\n');
        }
        if (section.table) {
            writeTable(html, *section.table, document);
        }
    }
    html += QLatin1String("<hr>\n<p class=\"footer\">") + lines(document.footer) + QLatin1String("</p>\n");
    if (!document.marking.isEmpty()) {
        html += QLatin1String("<p class=\"marking\" align=\"center\">") + escaped(document.marking)
            + QLatin1String("</p>\n");
    }
    html += QLatin1String("</body>\n</html>\n");
    return html;
}

} // namespace Masar
