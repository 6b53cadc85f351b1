#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace Masar {

// Comma-separated values as spreadsheets write them (RFC 4180): UTF-8 with or
// without a byte order mark, ',' or ';' between cells (whichever the header
// line uses), quoted cells with doubled quotes and line breaks inside.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Csv)

public:
    struct Row
    {
        int line = 0; // where the row begins in the file, from 1
        QStringList cells;
    };

    static Result<std::vector<Row>> parse(const QByteArray& data);

    // One line of CSV (with its CRLF line end). Cells that a spreadsheet would
    // run as a formula (beginning with = + - @) get a leading apostrophe, which
    // parse() removes again.
    static QByteArray formatRow(const QStringList& cells, char delimiter = ',');
};

} // namespace Masar
