#pragma once

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace Masar {

// A table of a printed document. Cells are plain text; the writers escape them.
struct PrintTable
{
    enum class RowKind {
        Plain,
        Group, // a group's heading, one cell across the table
        Total // a total line
    };
    struct Row
    {
        QStringList cells;
        RowKind kind = RowKind::Plain;
        bool marked = false; // overdue: set apart on paper, and said in words in the last cell
    };

    QStringList headers;
    // The share of the width of each column, in percent; empty for even columns.
    QList<int> widths;
    std::vector<Row> rows;
};

// One section of a printed document: a heading, then label/value lines,
// paragraphs and a table, each optional.
struct PrintSection
{
    QString key; // stable, for tests and style: "references", "timeline", "requests"...
    QString heading;
    std::vector<std::pair<QString, QString>> fields;
    QStringList paragraphs;
    std::optional<PrintTable> table;
    bool newPage = false; // begins a page of its own
};

// What a printed document says, in the words of its language, before it is
// laid out: the status summary of a request or a status report. Built
// without a screen (model/reports), written as HTML, CSV or PDF.
struct PrintDocument
{
    QString language; // "ar", "fr", "en"
    bool rightToLeft = false;
    QLocale locale; // numbers on the page: "page 2 of 5"

    // The letterhead: the ministry, the service under it, the logo (PNG or JPEG bytes).
    QString ministry;
    QString department;
    QByteArray logo;

    QString title;
    QString subtitle;
    // The confidentiality marking at the top and bottom of every page; empty for none.
    QString marking;
    // At the foot of every page: who printed it and when.
    QString footer;
    // "Page %1 of %2", in the document's language.
    QString pageOf;

    std::vector<PrintSection> sections;

    const PrintSection* section(const QString& key) const;
    // Whether a text reads right to left, by its first letter of strong
    // direction outside isolates; text with none (digits, punctuation, a
    // reference isolated by LocaleText) as `otherwise` says (the document's
    // direction).
    static bool readsRightToLeft(const QString& text, bool otherwise);
    // The document as plain text, section by section: what golden tests compare.
    QString text() const;
};

} // namespace Masar
