#include "PrintDocument.h"

namespace Masar {

const PrintSection* PrintDocument::section(const QString& key) const
{
    for (const PrintSection& section : sections) {
        if (section.key == key) {
            return &section;
        }
    }
    return nullptr;
}

bool PrintDocument::readsRightToLeft(const QString& text, bool otherwise)
{
    int isolated = 0; // the letters of an isolate do not count (Unicode's bidirectional rule P2)
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x2066 && u <= 0x2068) {
            ++isolated;
            continue;
        }
        if (u == 0x2069 && isolated > 0) {
            --isolated;
            continue;
        }
        if (isolated > 0) {
            continue;
        }
        switch (c.direction()) {
        case QChar::DirL:
            return false;
        case QChar::DirR:
        case QChar::DirAL:
            return true;
        default:
            break;
        }
    }
    return otherwise;
}

QString PrintDocument::text() const
{
    QStringList lines;
    auto add = [&lines](const QString& text) {
        if (!text.isEmpty()) {
            lines << text;
        }
    };
    add(marking);
    add(ministry);
    add(department);
    add(title);
    add(subtitle);
    for (const PrintSection& section : sections) {
        lines << QStringLiteral("[%1] %2").arg(section.key, section.heading).trimmed();
        for (const auto& [label, value] : section.fields) {
            lines << label + QStringLiteral(": ") + value;
        }
        for (const QString& paragraph : section.paragraphs) {
            lines << paragraph;
        }
        if (section.table) {
            lines << section.table->headers.join(QStringLiteral(" | "));
            for (const PrintTable::Row& row : section.table->rows) {
                const QString prefix = row.kind == PrintTable::RowKind::Group ? QStringLiteral("## ")
                    : row.kind == PrintTable::RowKind::Total                  ? QStringLiteral("= ")
                    : row.marked                                              ? QStringLiteral("! ")
                                                                              : QString();
                lines << prefix + row.cells.join(QStringLiteral(" | "));
            }
        }
    }
    add(footer);
    add(marking);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Masar
