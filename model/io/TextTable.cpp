#include "TextTable.h"

#include <algorithm>
#include <utility>

namespace Masar {

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(QStringList cells)
{
    m_rows.push_back(std::move(cells));
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        if (!c.isMark() && !c.isLowSurrogate() && c.category() != QChar::Other_Format) {
            ++width;
        }
    }
    return width;
}

QString TextTable::toString() const
{
    std::vector<int> widths(std::size_t(m_headers.size()));
    auto measure = [&](const QStringList& cells) {
        for (int c = 0; c < cells.size() && c < m_headers.size(); ++c) {
            QString cell = cells.at(c);
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], displayWidth(cell));
        }
    };
    measure(m_headers);
    for (const QStringList& row : m_rows) {
        measure(row);
    }
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size() && c < m_headers.size(); ++c) {
            QString cell = cells.at(c);
            cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
            text += cell;
            if (c + 1 < cells.size()) {
                text += QString(widths[std::size_t(c)] - displayWidth(cell) + 2, QLatin1Char(' '));
            }
        }
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    QStringList rules;
    for (int width : widths) {
        rules << QString(width, QLatin1Char('-'));
    }
    text += line(rules);
    for (const QStringList& row : m_rows) {
        text += line(row);
    }
    return text;
}

} // namespace Masar
