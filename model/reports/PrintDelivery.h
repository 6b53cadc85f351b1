#pragma once

#include "PrintContext.h"
#include "PrintDocument.h"
#include "PrintOrder.h"
#include "StatusReport.h"
#include "core/Result.h"
#include "services/PrintRecord.h"
#include "services/User.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace Masar {

class Clock;
class Database;
class PdfMaker;

// Prints a status summary or a status report, the same for the window
// (File ▸ Print) and for `masar-cli report`: reads the requests, builds the
// document, renders it (PDF through a PdfMaker, HTML, CSV), records it in the
// print log and writes its file whole (SavedFile). The front ends only choose
// the options (PrintOrder) and show progress.
//
// Printing personal data is a disclosure (Directive 2016/680 art. 25): a
// file is logged before it is written, so that nothing leaves unlogged;
// should it then fail to be written, the log errs on the safe side. A
// document for the printer is logged once printed (recordPrinted).
class PrintDelivery
{
    Q_DECLARE_TR_FUNCTIONS(Masar::PrintDelivery)

public:
    // Returns false to stop; called while the requests are read and the pages laid out.
    using Progress = std::function<bool(int done, int total)>;

    // What is printed, read and built.
    struct Made
    {
        PrintContext context;
        PrintDocument document; // not built for a CSV file
        QString reference; // a summary's request, as the register writes it
        std::vector<StatusReport::Row> rows; // a report's requests
    };

    // `pdf` may be null where no PDF is made.
    PrintDelivery(Database& database, const Clock& clock, const User& actor, const PdfMaker* pdf);

    // Reads the requests and builds the document.
    Result<Made> make(const PrintOrder& order, const Progress& progress = {}) const;
    // Renders what was made as the order's file, logs it, then writes it to
    // `path`. The number of pages of a PDF; 0 for HTML and CSV.
    Result<int> save(const PrintOrder& order, const Made& made, const QString& path,
                     const Progress& progress = {}) const;
    // make() then save().
    Result<int> deliver(const PrintOrder& order, const QString& path, const Progress& progress = {}) const;
    // Logs a document the printer printed (the order's output is the printer).
    Status recordPrinted(const PrintOrder& order, const Made& made) const;

    // The print log's record of what was made, printed as ordered: made here
    // only. Whether it shows persons is read from the document itself (its
    // persons section has a table), not from what was asked.
    static PrintRecord record(const PrintOrder& order, const Made& made);

private:
    struct File
    {
        QByteArray bytes;
        int pages = 0;
    };
    Result<File> render(const PrintOrder& order, const Made& made, const Progress& progress) const;

    Database& m_database;
    const Clock& m_clock;
    User m_actor;
    const PdfMaker* m_pdf;
};

} // namespace Masar
