#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Masar {

// Columns of text aligned with spaces, for the terminal. Widths count what is
// seen: combining marks (Arabic vowel signs) take no column.
class TextTable
{
public:
    explicit TextTable(QStringList headers);
    void addRow(QStringList cells);
    QString toString() const;

    static int displayWidth(const QString& text);

private:
    QStringList m_headers;
    std::vector<QStringList> m_rows;
};

} // namespace Masar
