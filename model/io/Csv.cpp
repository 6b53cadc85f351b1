#include "Csv.h"

#include <QStringDecoder>

#include <algorithm>

namespace Masar {

namespace {

bool looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@');
}

// One or more apostrophes, then what looks like a formula: a guarded cell,
// from which parse() removes one apostrophe. A cell that is itself written
// like that gets one more on the way out, so that every cell comes back as it was.
bool isGuarded(QStringView cell)
{
    qsizetype apostrophes = 0;
    while (apostrophes < cell.size() && cell.at(apostrophes) == QLatin1Char('\'')) {
        ++apostrophes;
    }
    return apostrophes > 0 && looksLikeFormula(cell.mid(apostrophes));
}

QChar detectDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            break;
        } else if (!quoted && c == QLatin1Char(',')) {
            ++commas;
        } else if (!quoted && c == QLatin1Char(';')) {
            ++semicolons;
        }
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

} // namespace

Result<std::vector<Csv::Row>> Csv::parse(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return Error::invalid(tr("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”."));
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    const QChar delimiter = detectDelimiter(text);

    std::vector<Row> rows;
    Row row;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    row.line = 1;
    auto endCell = [&] {
        if (isGuarded(cell)) {
            cell.remove(0, 1);
        }
        row.cells << cell;
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        // A row of empty cells (";;;", as spreadsheets leave at the end) is blank too.
        const bool blank
            = std::all_of(row.cells.cbegin(), row.cells.cend(), [](const QString& c) { return c.isEmpty(); });
        if (!blank) {
            rows.push_back(row);
        }
        row = Row();
        row.line = line;
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == delimiter) {
            endCell();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            endRow();
        } else if (cellWasQuoted) {
            return Error::invalid(tr("Line %1: text after the closing quote of a cell.").arg(line));
        } else {
            cell += c;
        }
    }
    if (quoted) {
        return Error::invalid(
            tr("Line %1: a quoted cell is not closed before the end of the file.").arg(row.line));
    }
    if (!cell.isEmpty() || !row.cells.isEmpty() || cellWasQuoted) {
        endRow();
    }
    return rows;
}

QByteArray Csv::formatRow(const QStringList& cells, char delimiter)
{
    QByteArray out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += delimiter;
        }
        QString cell = cells.at(i);
        if (looksLikeFormula(cell) || isGuarded(cell)) {
            cell.prepend(QLatin1Char('\''));
        }
        const bool quote = cell.contains(QLatin1Char(delimiter)) || cell.contains(QLatin1Char('"'))
            || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
            || cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
        if (quote) {
            cell.replace(QLatin1String("\""), QLatin1String("\"\""));
            out += '"' + cell.toUtf8() + '"';
        } else {
            out += cell.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

} // namespace Masar
