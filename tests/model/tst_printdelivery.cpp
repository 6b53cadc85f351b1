// PrintDelivery: printing and its disclosure log written once, for the window
// and the command line. The print log's record is made in one place: whether
// persons were printed is read from the document (its persons section has a
// table), the format is the output's named key; a file is logged before it is
// written (a failed write leaves the record: the log errs on the safe side),
// a stopped print is neither logged nor written, and the printer is logged
// once printed. Links the model only: the PDF is a stand-in (PdfMaker).
#include "ScratchDisk.h"
#include "TestDatabase.h"
#include "reports/PdfMaker.h"
#include "reports/PrintDelivery.h"
#include "services/PrintLog.h"
#include "services/RequestService.h"

#include <QFile>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// Two pages of a made-up PDF: the layout is views/print's business.
class StandInPdf : public PdfMaker
{
public:
    Result<int> writePdf(const PrintDocument& document, QIODevice* device,
                         const Progress& progress) const override
    {
        device->write("%PDF-stand-in " + document.title.toUtf8());
        for (int page = 1; page <= 2; ++page) {
            if (progress && !progress(page, 2)) {
                return Error::invalid(QStringLiteral("stopped"));
            }
        }
        return 2;
    }
};

} // namespace

class TestPrintDelivery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void formatKeysAreTheLogs();
    void personsAsTheDocumentShowsThem_data();
    void personsAsTheDocumentShowsThem();
    void reportNamesItsRequests_data();
    void reportNamesItsRequests();
    void loggedBeforeWritten_data();
    void loggedBeforeWritten();
    void stoppedIsNeitherLoggedNorWritten();
    void printerLoggedOncePrinted();
    void refusesWhatCannotBe();

private:
    std::vector<PrintRecord> log();
    int loggedRequests();

    std::unique_ptr<TestDatabase> m_t;
    QString m_withPersons; // a request naming one person
    QString m_withoutPersons; // a request naming none
    StandInPdf m_pdf;
};

void TestPrintDelivery::init()
{
    m_t = std::make_unique<TestDatabase>();
    RequestService service(m_t->db(), m_t->clock());
    Request named = TestDatabase::incomingDraft();
    named.persons = {{QStringLiteral("Samir Haddad"), QStringLiteral("suspect"), QStringLiteral("LB"), {}}};
    Result<Request> created = service.create(m_t->user(QStringLiteral("officer")), named);
    QVERIFY(created);
    m_withPersons = created->reference;
    Request nobody = TestDatabase::outgoingDraft();
    nobody.persons.clear();
    created = service.create(m_t->user(QStringLiteral("officer")), nobody);
    QVERIFY(created);
    m_withoutPersons = created->reference;
}

void TestPrintDelivery::cleanup()
{
    m_t.reset();
}

std::vector<PrintRecord> TestPrintDelivery::log()
{
    Result<std::vector<PrintRecord>> records
        = PrintLog(m_t->db(), m_t->clock()).list(m_t->user(QStringLiteral("supervisor")), QDate(), QDate());
    return records ? *records : std::vector<PrintRecord>();
}

int TestPrintDelivery::loggedRequests()
{
    return m_t->rows(QStringLiteral("print_log_requests"));
}

void TestPrintDelivery::formatKeysAreTheLogs()
{
    QStringList keys;
    for (PrintOrder::Output output : {PrintOrder::Output::Printer, PrintOrder::Output::Pdf,
                                      PrintOrder::Output::Html, PrintOrder::Output::Csv}) {
        const QString key = PrintOrder::formatKey(output);
        QVERIFY2(PrintLog::formats().contains(key), qPrintable(key));
        QCOMPARE(PrintOrder::outputOf(key), std::optional(output));
        keys << key;
    }
    keys.sort();
    QStringList logged = PrintLog::formats();
    logged.sort();
    QCOMPARE(keys, logged);
    QCOMPARE(PrintOrder::outputOf(QStringLiteral("docx")), std::nullopt);
}

void TestPrintDelivery::personsAsTheDocumentShowsThem_data()
{
    QTest::addColumn<bool>("named"); // the request names a person
    QTest::addColumn<bool>("asked"); // persons were asked for
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("withPersons"); // logged
    for (const char* format : {"pdf", "html"}) {
        QTest::addRow("named, asked, %s", format) << true << true << QString::fromLatin1(format) << true;
        QTest::addRow("named, not asked, %s", format)
            << true << false << QString::fromLatin1(format) << false;
        // Asked for, but the document has none to show: nothing personal was disclosed.
        QTest::addRow("none, asked, %s", format) << false << true << QString::fromLatin1(format) << false;
    }
}

void TestPrintDelivery::personsAsTheDocumentShowsThem()
{
    QFETCH(bool, named);
    QFETCH(bool, asked);
    QFETCH(QString, format);
    QFETCH(bool, withPersons);
    PrintOrder order;
    order.document = PrintOrder::Document::Summary;
    order.output = *PrintOrder::outputOf(format);
    order.reference = named ? m_withPersons : m_withoutPersons;
    order.withPersons = asked;
    order.language = QStringLiteral("fr");
    const QString path = m_t->folder() + QStringLiteral("/summary.") + format;
    PrintDelivery delivery(m_t->db(), m_t->clock(), m_t->user(QStringLiteral("clerk")), &m_pdf);
    Result<int> pages = delivery.deliver(order, path);
    QVERIFY2(pages, qPrintable(pages.error().fullText()));
    QCOMPARE(*pages, format == QLatin1String("pdf") ? 2 : 0);
    QVERIFY(QFile::exists(path));
    const std::vector<PrintRecord> records = log();
    QCOMPARE(int(records.size()), 1);
    const PrintRecord& record = records.front();
    QCOMPARE(record.user, QStringLiteral("clerk"));
    QCOMPARE(record.document, QStringLiteral("summary"));
    QCOMPARE(record.reference, order.reference);
    QCOMPARE(record.requests, 1);
    QCOMPARE(record.withPersons, withPersons);
    QCOMPARE(record.language, QStringLiteral("fr"));
    QCOMPARE(record.format, format);
    QCOMPARE(loggedRequests(), 0);
}

void TestPrintDelivery::reportNamesItsRequests_data()
{
    QTest::addColumn<QString>("format");
    for (const char* format : {"pdf", "html", "csv"}) {
        QTest::newRow(format) << QString::fromLatin1(format);
    }
}

void TestPrintDelivery::reportNamesItsRequests()
{
    QFETCH(QString, format);
    PrintOrder order;
    order.document = PrintOrder::Document::StatusReport;
    order.output = *PrintOrder::outputOf(format);
    order.withPersons = true; // a report never shows persons, whatever is asked
    order.language = QStringLiteral("ar");
    const QString path = m_t->folder() + QStringLiteral("/report.") + format;
    Result<int> pages = PrintDelivery(m_t->db(), m_t->clock(), m_t->user(QStringLiteral("officer")), &m_pdf)
                            .deliver(order, path);
    QVERIFY2(pages, qPrintable(pages.error().fullText()));
    QVERIFY(QFile::exists(path));
    const std::vector<PrintRecord> records = log();
    QCOMPARE(int(records.size()), 1);
    QCOMPARE(records.front().document, QStringLiteral("status_report"));
    QCOMPARE(records.front().reference, QString());
    QCOMPARE(records.front().requests, 2);
    QVERIFY(!records.front().withPersons);
    QCOMPARE(records.front().format, format);
    QCOMPARE(loggedRequests(), 2);
}

void TestPrintDelivery::loggedBeforeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::addColumn<QString>("format");
    for (const char* format : {"pdf", "html"}) {
        QTest::addRow("unwritable folder, %s", format)
            << ScratchDisk::Kind::Unwritable << QString::fromLatin1(format);
        QTest::addRow("full disk, %s", format) << ScratchDisk::Kind::Full << QString::fromLatin1(format);
    }
}

void TestPrintDelivery::loggedBeforeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    QFETCH(QString, format);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    PrintOrder order;
    order.output = *PrintOrder::outputOf(format);
    order.reference = m_withPersons;
    order.withPersons = true;
    const QString path = disk.filePath(QStringLiteral("summary.") + format);
    Result<int> pages = PrintDelivery(m_t->db(), m_t->clock(), m_t->user(QStringLiteral("officer")), &m_pdf)
                            .deliver(order, path);
    QVERIFY(!pages);
    QCOMPARE(pages.error().kind(), Error::Kind::Storage);
    QVERIFY2(pages.error().message().contains(QStringLiteral("nothing was saved there")),
             qPrintable(pages.error().message()));
    QCOMPARE(disk.entries(), QStringList());
    // The disclosure was logged all the same: it might have left.
    const std::vector<PrintRecord> records = log();
    QCOMPARE(int(records.size()), 1);
    QVERIFY(records.front().withPersons);
    QCOMPARE(records.front().format, format);
}

void TestPrintDelivery::stoppedIsNeitherLoggedNorWritten()
{
    PrintOrder order;
    order.document = PrintOrder::Document::StatusReport;
    const QString path = m_t->folder() + QStringLiteral("/stopped.pdf");
    PrintDelivery delivery(m_t->db(), m_t->clock(), m_t->user(QStringLiteral("officer")), &m_pdf);
    // Stopped while the pages are laid out, then at the last moment before the log.
    int calls = 0;
    Result<int> pages = delivery.deliver(order, path, [&calls](int, int) { return ++calls < 2; });
    QVERIFY(!pages);
    pages = delivery.deliver(order, path, [](int done, int total) { return !(done == 2 && total == 2); });
    QVERIFY(!pages);
    QVERIFY(!QFile::exists(path));
    QVERIFY(log().empty());
}

void TestPrintDelivery::printerLoggedOncePrinted()
{
    PrintOrder order;
    order.output = PrintOrder::Output::Printer;
    order.reference = m_withPersons;
    order.withPersons = true;
    PrintDelivery delivery(m_t->db(), m_t->clock(), m_t->user(QStringLiteral("officer")), nullptr);
    Result<PrintDelivery::Made> made = delivery.make(order);
    QVERIFY2(made, qPrintable(made.error().fullText()));
    QVERIFY(made->document.section(QStringLiteral("persons")));
    QVERIFY(log().empty()); // made, not yet printed
    QVERIFY(delivery.recordPrinted(order, *made).ok());
    const std::vector<PrintRecord> records = log();
    QCOMPARE(int(records.size()), 1);
    QCOMPARE(records.front().format, QStringLiteral("printer"));
    QVERIFY(records.front().withPersons);
    PrintRecord expected = PrintDelivery::record(order, *made);
    expected.at = records.front().at;
    expected.user = QStringLiteral("officer");
    QCOMPARE(records.front(), expected);
}

void TestPrintDelivery::refusesWhatCannotBe()
{
    PrintDelivery delivery(m_t->db(), m_t->clock(), m_t->user(QStringLiteral("officer")), nullptr);
    PrintOrder summaryAsCsv;
    summaryAsCsv.output = PrintOrder::Output::Csv;
    summaryAsCsv.reference = m_withPersons;
    QCOMPARE(delivery.make(summaryAsCsv).error().kind(), Error::Kind::Invalid);
    // The printer is not a file, and a file is not logged as printed.
    PrintOrder printer;
    printer.output = PrintOrder::Output::Printer;
    printer.reference = m_withPersons;
    QVERIFY(!delivery.deliver(printer, m_t->folder() + QStringLiteral("/printer")));
    PrintOrder pdf = printer;
    pdf.output = PrintOrder::Output::Pdf;
    Result<PrintDelivery::Made> made = delivery.make(pdf);
    QVERIFY(made);
    QVERIFY(!delivery.recordPrinted(pdf, *made).ok());
    // No PDF maker given: no PDF.
    QVERIFY(!delivery.deliver(pdf, m_t->folder() + QStringLiteral("/x.pdf")));
    // An unknown request is not found.
    PrintOrder unknown = pdf;
    unknown.reference = QStringLiteral("IN-2026-9999");
    QCOMPARE(delivery.make(unknown).error().kind(), Error::Kind::NotFound);
    QVERIFY(log().empty());
    QCOMPARE(QDir(m_t->folder()).entryList({QStringLiteral("x.pdf"), QStringLiteral("printer")}),
             QStringList());
}

QTEST_GUILESS_MAIN(TestPrintDelivery)
#include "tst_printdelivery.moc"
