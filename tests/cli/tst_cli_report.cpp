// masar-cli end to end, `report`: a status summary written as a PDF (read
// back with pdftotext) or as escaped HTML, persons only with --with-persons;
// a status report of a filter as CSV, one line a request, as of --as-of; the
// document in the language of --lang; usage errors, an unknown reference and
// an unwritable path refused with their exit status and no file left behind.
#include "CliHarness.h"
#include "PdfText.h"
#include "ReportSamples.h"
#include "ScratchDisk.h"
#include "TestDatabase.h"
#include "io/Csv.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The state labels of the catalogs (translations/masar_*.ts), written here
// rather than read from them: "In execution" and "Under review".
QString inExecution(const QString& code)
{
    return code == QLatin1String("ar") ? str("قيد التنفيذ")
        : code == QLatin1String("fr")  ? str("En cours d’exécution")
                                       : QStringLiteral("In execution");
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryAsPdf();
    void summaryAsHtmlIsEscaped();
    void personsOnlyWithTheOption();
    void statusReportAsCsv();
    void statusReportAsOf();
    void statusReportAsHtmlAndPdf();
    void documentInTheLanguageAsked_data();
    void documentInTheLanguageAsked();
    void usageErrors_data();
    void usageErrors();
    void unknownReference();
    void unwritablePath_data();
    void unwritablePath();
    void fileThatCannotBeWritten_data();
    void fileThatCannotBeWritten();

private:
    // `report ARGUMENTS` on the register as the clerk, in a language, with global options before them.
    CliRun report(const QStringList& arguments, const QStringList& global = {},
                  const QString& language = QStringLiteral("en")) const
    {
        return runCli(global
                      + QStringList {QStringLiteral("--db"), m_t.path(), QStringLiteral("--as"),
                                     QStringLiteral("clerk"), QStringLiteral("--lang"), language,
                                     QStringLiteral("report")}
                      + arguments);
    }
    QString file(const QString& name) const { return QDir(m_t.folder()).filePath(name); }

    TestDatabase m_t;
    QString m_rich; // reportRequest(): in execution, restricted, three persons
    QString m_hostile; // HTML in its summary, authority and a person's name
    QStringList m_inExecution; // the references in execution
};

void TestCliReport::initTestCase()
{
    Request rich = reportRequest();
    Request hostile = TestDatabase::incomingDraft();
    hostile.reference = QStringLiteral("IN-2026-0077");
    hostile.state = State::UnderReview;
    hostile.summary = QStringLiteral("<script>alert(1)</script> & \"facts\"");
    hostile.requestingAuthority = QStringLiteral("<b>Ministère</b> & Cie");
    hostile.persons.front().name = QStringLiteral("<script>alert(2)</script>");
    Request other = TestDatabase::incomingDraft();
    other.reference = QStringLiteral("IN-2026-0078");
    other.state = State::InExecution;
    other.persons.clear();
    other.requestingCountry = QStringLiteral("TN");
    std::vector<ImportRecord> records;
    for (Request* r : {&rich, &hostile, &other}) {
        if (r->history.empty()) {
            HistoryEntry imported;
            imported.at = QDateTime(QDate(2026, 2, 20), QTime(12, 0), Qt::UTC);
            imported.step = Step::Import;
            imported.to = r->state;
            imported.actor = QStringLiteral("officer");
            r->history.push_back(imported);
        }
        records.push_back({r->reference, *r});
    }
    Result<int> imported
        = RequestService(m_t.db(), m_t.clock()).importRequests(m_t.user(QStringLiteral("admin")), records);
    QVERIFY2(imported, qPrintable(imported.error().fullText()));
    m_rich = rich.reference;
    m_hostile = hostile.reference;
    m_inExecution = QStringList {rich.reference, other.reference};
    // Deadlines as the engine would keep them: the rich request's due 5 March, the other's overdue since
    // 27 February, the hostile one's far ahead.
    for (const auto& [reference, due] :
         {std::pair {rich.reference, QDate(2026, 3, 5)}, std::pair {other.reference, QDate(2026, 2, 27)},
          std::pair {hostile.reference, QDate(2026, 4, 30)}}) {
        Result<QSqlQuery> set = Sql::exec(
            m_t.db().connection(),
            QStringLiteral(
                "UPDATE requests SET next_deadline = ?, deadline_kind = 'execution' WHERE reference = ?"),
            {Sql::date(due), reference});
        QVERIFY2(set, qPrintable(set.error().fullText()));
    }
    m_t.close();
}

void TestCliReport::summaryAsPdf()
{
    const QString pdf = file(QStringLiteral("summary.pdf"));
    const CliRun run = report({QStringLiteral("summary"), m_rich, QStringLiteral("-o"), pdf},
                              {QStringLiteral("--as-of"), QStringLiteral("2026-03-02")});
    QCOMPARE_EXIT(run, 0);
    QVERIFY_CONTAINS(run.out, pdf);
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    Result<QStringList> pages = pdfPages(pdf);
    QVERIFY2(pages, qPrintable(pages.error().fullText()));
    QVERIFY(!pages->isEmpty());
    const QString text = pages->join(QLatin1Char('\n'));
    QVERIFY_CONTAINS(text, QStringLiteral("Request status summary"));
    QVERIFY_CONTAINS(text, m_rich);
    QVERIFY_CONTAINS(text, QStringLiteral("In execution"));
    QVERIFY_CONTAINS(text, QStringLiteral("RESTRICTED"));
    // The clerk prints it; the deadline is spoken of as of --as-of.
    QVERIFY_CONTAINS(text, QStringLiteral("Printed by clerk"));
    QVERIFY_CONTAINS(text, QStringLiteral("due in 3 day"));
    QVERIFY_CONTAINS(pages->first(), QStringLiteral("Page 1 of %1").arg(pages->size()));
}

void TestCliReport::summaryAsHtmlIsEscaped()
{
    const QString html = file(QStringLiteral("hostile.html"));
    const CliRun run = report(
        {QStringLiteral("summary"), m_hostile, QStringLiteral("--with-persons"), QStringLiteral("-o"), html});
    QCOMPARE_EXIT(run, 0);
    const QString text = QString::fromUtf8(readAll(html));
    QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("<b>")));
    QVERIFY_CONTAINS(text, QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;facts&quot;"));
    QVERIFY_CONTAINS(text, QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;"));
    QVERIFY_CONTAINS(text, QStringLiteral("&lt;b&gt;Ministère&lt;/b&gt; &amp; Cie"));
}

void TestCliReport::personsOnlyWithTheOption()
{
    const QString without = file(QStringLiteral("without.html"));
    const QString with = file(QStringLiteral("with.html"));
    QCOMPARE_EXIT(report({QStringLiteral("summary"), m_rich, QStringLiteral("-o"), without}), 0);
    QCOMPARE_EXIT(report({QStringLiteral("summary"), m_rich, QStringLiteral("--with-persons"),
                          QStringLiteral("-o"), with}),
                  0);
    const QString withoutText = QString::fromUtf8(readAll(without));
    const QString withText = QString::fromUtf8(readAll(with));
    QVERIFY(!withoutText.isEmpty());
    for (const QString& name : reportPersonNames()) {
        QVERIFY2(!withoutText.contains(name), qPrintable(name));
        QVERIFY2(withText.contains(name), qPrintable(name));
    }
    QVERIFY_CONTAINS(withoutText, QStringLiteral("3 person"));
}

void TestCliReport::statusReportAsCsv()
{
    const QString csv = file(QStringLiteral("in-execution.csv"));
    const CliRun run = report({QStringLiteral("status"), QStringLiteral("--state"),
                               QStringLiteral("in_execution"), QStringLiteral("-o"), csv});
    QCOMPARE_EXIT(run, 0);
    const QByteArray bytes = readAll(csv);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    Result<std::vector<Csv::Row>> rows = Csv::parse(bytes);
    QVERIFY2(rows, qPrintable(rows.error().fullText()));
    // A header, then a line a request in execution.
    QCOMPARE(int(rows->size()), 1 + m_inExecution.size());
    QCOMPARE(bytes.count("\r\n"), 1 + int(m_inExecution.size()));
    QCOMPARE(rows->front().cells.value(1), QStringLiteral("Reference"));
    QStringList references;
    for (std::size_t i = 1; i < rows->size(); ++i) {
        const QStringList& cells = rows->at(i).cells;
        references << cells.value(1);
        QCOMPARE(cells.value(0), QStringLiteral("In execution"));
    }
    references.sort();
    QCOMPARE(references, m_inExecution);
    // ISO dates.
    QVERIFY_CONTAINS(QString::fromUtf8(bytes), QStringLiteral("2026-03-05"));
    QVERIFY_CONTAINS(QString::fromUtf8(bytes), QStringLiteral("2026-02-27"));
}

void TestCliReport::statusReportAsOf()
{
    // Overdue on 2 March: the request due 27 February; on 6 March the one due 5 March too.
    const QString early = file(QStringLiteral("overdue-early.csv"));
    const QString late = file(QStringLiteral("overdue-late.csv"));
    QCOMPARE_EXIT(report({QStringLiteral("status"), QStringLiteral("--overdue"), QStringLiteral("-o"), early},
                         {QStringLiteral("--as-of"), QStringLiteral("2026-03-02")}),
                  0);
    QCOMPARE_EXIT(report({QStringLiteral("status"), QStringLiteral("--overdue"), QStringLiteral("-o"), late},
                         {QStringLiteral("--as-of"), QStringLiteral("2026-03-06")}),
                  0);
    Result<std::vector<Csv::Row>> earlyRows = Csv::parse(readAll(early));
    Result<std::vector<Csv::Row>> lateRows = Csv::parse(readAll(late));
    QVERIFY(earlyRows && lateRows);
    QCOMPARE(int(earlyRows->size()), 2);
    QCOMPARE(earlyRows->at(1).cells.value(1), m_inExecution.at(1));
    QCOMPARE(earlyRows->at(1).cells.value(7), QStringLiteral("yes"));
    QCOMPARE(int(lateRows->size()), 3);
    for (std::size_t i = 1; i < lateRows->size(); ++i) {
        QCOMPARE(lateRows->at(i).cells.value(7), QStringLiteral("yes"));
    }
}

void TestCliReport::statusReportAsHtmlAndPdf()
{
    const QString html = file(QStringLiteral("status.html"));
    CliRun run = report({QStringLiteral("status"), QStringLiteral("--group-by"), QStringLiteral("country"),
                         QStringLiteral("-o"), html});
    QCOMPARE_EXIT(run, 0);
    const QString text = QString::fromUtf8(readAll(html));
    QVERIFY_CONTAINS(text, QStringLiteral("Status report"));
    QVERIFY_CONTAINS(text, QStringLiteral("Morocco"));
    QVERIFY_CONTAINS(text, QStringLiteral("All requests"));
    for (const QString& reference : {m_rich, m_hostile}) {
        QVERIFY_CONTAINS(text, reference);
    }

    const QString pdf = file(QStringLiteral("status.pdf"));
    run = report({QStringLiteral("status"), QStringLiteral("--direction"), QStringLiteral("incoming"),
                  QStringLiteral("-o"), pdf});
    QCOMPARE_EXIT(run, 0);
    Result<QStringList> pages = pdfPages(pdf);
    QVERIFY2(pages, qPrintable(pages.error().fullText()));
    const QString all = pages->join(QLatin1Char('\n'));
    QVERIFY_CONTAINS(all, QStringLiteral("Incoming requests"));
    QVERIFY_CONTAINS(all, m_rich);
    QVERIFY_CONTAINS(all, QStringLiteral("RESTRICTED"));
}

void TestCliReport::documentInTheLanguageAsked_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("kind");
    for (const char* code : {"ar", "fr", "en"}) {
        for (const char* kind : {"summary", "status"}) {
            QTest::addRow("%s %s", kind, code) << QString::fromLatin1(code) << QString::fromLatin1(kind);
        }
    }
}

void TestCliReport::documentInTheLanguageAsked()
{
    QFETCH(QString, code);
    QFETCH(QString, kind);
    const QString pdf = file(QStringLiteral("%1-%2.pdf").arg(kind, code));
    QStringList arguments {kind};
    if (kind == QLatin1String("summary")) {
        arguments << m_rich;
    } else {
        arguments << QStringLiteral("--state") << QStringLiteral("in_execution");
    }
    arguments << QStringLiteral("-o") << pdf;
    const CliRun run = report(arguments, {}, code);
    QCOMPARE_EXIT(run, 0);
    Result<QStringList> pages = pdfPages(pdf);
    QVERIFY2(pages, qPrintable(pages.error().fullText()));
    const QString text = pages->join(QLatin1Char('\n'));
    QVERIFY_CONTAINS(text, folded(inExecution(code)));
    QVERIFY_CONTAINS(text, m_rich);
    for (const QString& other : {QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en")}) {
        if (other != code) {
            QVERIFY2(!text.contains(folded(inExecution(other))), qPrintable(other));
        }
    }
}

void TestCliReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // REF: the rich request; OUT: a file in the test's folder
    QTest::addColumn<QString>("message");
    auto row = [](const char* name, std::initializer_list<const char*> arguments, const char* message) {
        QTest::newRow(name) << strs(arguments) << str(message);
    };
    row("report alone", {}, "summary REF");
    row("not a report", {"fancy", "-o", "OUT.pdf"}, "fancy");
    row("summary without -o", {"summary", "REF"}, "-o FILE");
    row("status without -o", {"status"}, "-o FILE");
    row("summary to .txt", {"summary", "REF", "-o", "OUT.txt"}, "OUT.txt");
    row("summary to .csv", {"summary", "REF", "-o", "OUT.csv"}, "OUT.csv");
    row("status to no extension", {"status", "-o", "OUT"}, ".csv");
    row("summary without a reference", {"summary", "-o", "OUT.pdf"}, "one reference");
    row("summary of two references", {"summary", "REF", "REF", "-o", "OUT.pdf"}, "one reference");
    row("status with a word", {"status", "everything", "-o", "OUT.pdf"}, "options only");
    row("group by planet", {"status", "--group-by", "planet", "-o", "OUT.pdf"}, "planet");
    row("roman digits", {"summary", "REF", "--digits", "roman", "-o", "OUT.pdf"}, "roman");
    row("region of no Arab state", {"summary", "REF", "--region", "XX", "-o", "OUT.pdf"}, "XX");
    row("unknown state", {"status", "--state", "dreaming", "-o", "OUT.csv"}, "dreaming");
    row("unknown priority", {"status", "--priority", "lukewarm", "-o", "OUT.csv"},
        "--priority: “lukewarm” is not one of: normal, urgent.");
    row("unknown option", {"status", "--colour", "-o", "OUT.csv"}, "colour");
}

void TestCliReport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString out = file(QStringLiteral("usage"));
    const CliRun run
        = report(replaced(replaced(arguments, QStringLiteral("REF"), m_rich), QStringLiteral("OUT"), out));
    QCOMPARE_EXIT(run, 1);
    QVERIFY_CONTAINS(run.err, replaced({message}, QStringLiteral("OUT"), QStringLiteral("usage")).first());
    QVERIFY(run.out.isEmpty());
    for (const char* extension : {"", ".pdf", ".html", ".csv", ".txt"}) {
        QVERIFY(!QFile::exists(out + QLatin1String(extension)));
    }
}

void TestCliReport::unknownReference()
{
    const QString pdf = file(QStringLiteral("nope.pdf"));
    const CliRun run
        = report({QStringLiteral("summary"), QStringLiteral("IN-2026-9999"), QStringLiteral("-o"), pdf});
    QCOMPARE_EXIT(run, 2);
    QVERIFY_CONTAINS(run.err, QStringLiteral("IN-2026-9999"));
    QVERIFY(!QFile::exists(pdf));
}

void TestCliReport::unwritablePath_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    QTest::newRow("summary, pdf") << QStringList {QStringLiteral("summary"), QStringLiteral("REF")}
                                  << QStringLiteral("x.pdf");
    QTest::newRow("summary, html") << QStringList {QStringLiteral("summary"), QStringLiteral("REF")}
                                   << QStringLiteral("x.html");
    QTest::newRow("status, csv") << QStringList {QStringLiteral("status")} << QStringLiteral("x.csv");
    QTest::newRow("status, pdf") << QStringList {QStringLiteral("status")} << QStringLiteral("x.pdf");
}

void TestCliReport::unwritablePath()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    const QString folder = file(QStringLiteral("no-such-folder"));
    const QString path = QDir(folder).filePath(name);
    const CliRun run = report(replaced(arguments, QStringLiteral("REF"), m_rich)
                              + QStringList {QStringLiteral("-o"), path});
    QCOMPARE_EXIT(run, 3);
    QVERIFY_CONTAINS(run.err, name);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestCliReport::fileThatCannotBeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("name");
    for (const auto& [disk, kind] : {std::pair {"unwritable folder", ScratchDisk::Kind::Unwritable},
                                     std::pair {"full disk", ScratchDisk::Kind::Full}}) {
        QTest::addRow("%s, summary, pdf", disk)
            << kind << strs({"summary", "REF"}) << QStringLiteral("x.pdf");
        QTest::addRow("%s, summary, html", disk)
            << kind << strs({"summary", "REF"}) << QStringLiteral("x.html");
        QTest::addRow("%s, status, csv", disk) << kind << strs({"status"}) << QStringLiteral("x.csv");
        QTest::addRow("%s, status, pdf", disk) << kind << strs({"status"}) << QStringLiteral("x.pdf");
    }
}

void TestCliReport::fileThatCannotBeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, name);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    const int logged = countRows(m_t.path(), QStringLiteral("print_log"));
    const QString path = disk.filePath(name);
    const CliRun run = report(replaced(arguments, QStringLiteral("REF"), m_rich)
                                  + QStringList {QStringLiteral("-o"), path},
                              {}, QStringLiteral("fr"));
    QCOMPARE_EXIT(run, 3);
    QVERIFY_CONTAINS(run.err, path);
    QVERIFY_CONTAINS(run.err, str("rien n’y a été enregistré")); // in the language asked
    QVERIFY(run.out.isEmpty());
    QCOMPARE(disk.entries(), QStringList());
    // Logged before it was written: the log errs on the safe side.
    QCOMPARE(countRows(m_t.path(), QStringLiteral("print_log")), logged + 1);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
