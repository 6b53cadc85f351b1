// CSV as spreadsheets write it: Csv's parser and formatter, RequestCsv's
// writer and reader, and a spreadsheet imported through RequestService.
#include "SampleRequests.h"
#include "TestDatabase.h"
#include "io/Csv.h"
#include "io/ListExportJob.h"
#include "io/RequestCsv.h"
#include "io/RequestExport.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Masar;
using Masar::Test::TestDatabase;

Q_DECLARE_METATYPE(Masar::Request)

namespace {

using Rows = QList<QStringList>;

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items) {
        result << QString::fromUtf8(item);
    }
    return result;
}

QByteArray writeCsv(const std::vector<Request>& requests)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestCsv::Writer writer(&buffer);
    writer.begin();
    for (const Request& request : requests) {
        writer.write(request);
    }
    return buffer.data();
}

// A request with every field that CSV carries set.
Request fullIncoming()
{
    Request r = TestDatabase::incomingDraft();
    r.reference = QStringLiteral("IN-2026-0001");
    r.state = State::InExecution;
    r.foreignReference = QStringLiteral("RB/2026/117 \"bis\"");
    r.requestingAuthority = QStringLiteral("وزارة العدل، الرباط — Ministère de la Justice");
    r.requestedAuthority = QStringLiteral("Subdirección General de Cooperación Jurídica Internacional");
    r.executingAuthority = QStringLiteral("Juzgado Central de Instrucción nº 5");
    r.executingReference = QStringLiteral("DP 12/2026");
    r.eurojustReference = QStringLiteral("EJ-2026-00042");
    r.interpolReference = QStringLiteral("A-1234/2-2026");
    r.legalBasis = {QStringLiteral("untoc"), QStringLiteral("arab-ct-1998"), QStringLiteral("bilateral")};
    r.legalBasisDetail = QStringLiteral("Convenio hispano-marroquí de 2009, art. 3 ; annexe II");
    r.channel = QStringLiteral("liaison_magistrate");
    r.priority = QStringLiteral("urgent");
    r.urgencyReason = QStringLiteral("Détention provisoire expirant le 15 mars.\nRéponse « urgente ».");
    r.confidentiality = QStringLiteral("secret");
    r.receivedOn = QDate(2026, 2, 10);
    r.requestedBy = QDate(2026, 3, 15);
    r.assignee = QStringLiteral("officer");
    r.summary = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ ; Financement présumé d'une cellule, comptes "
                               "« bancaires » à Valence.\r\nLigne 2 \"citée\"");
    r.offences = {QStringLiteral("terrorist_financing"), QStringLiteral("money_laundering")};
    r.measures = {{QStringLiteral("bank_records"), QStringLiteral("done"), QString()},
                  {QStringLiteral("asset_freezing"), QStringLiteral("refused"), QString()},
                  {QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()}};
    r.persons.clear();
    return r;
}

Request closedOutgoing()
{
    Request r = TestDatabase::outgoingDraft();
    r.reference = QStringLiteral("OUT-2026-0003");
    r.state = State::Closed;
    r.disposition = QStringLiteral("partially_executed");
    r.foreignReference = QStringLiteral("TN/ENT/2026/9");
    r.sentOn = QDate(2026, 1, 12);
    r.requestedBy = QDate(2026, 2, 28);
    r.assignee = QStringLiteral("officer2");
    r.measures = {{QStringLiteral("witness_hearing"), QStringLiteral("done"), QString()},
                  {QStringLiteral("documents"), QStringLiteral("impossible"), QString()}};
    return r;
}

void compareCsvFields(const Request& actual, const Request& expected)
{
    Masar::Test::compareOwnFields(actual, expected);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(actual.measures.size(), expected.measures.size());
    for (std::size_t i = 0; i < expected.measures.size(); ++i) {
        QCOMPARE(actual.measures[i].type, expected.measures[i].type);
        QCOMPARE(actual.measures[i].status, expected.measures[i].status);
        // Notes are not carried by CSV.
        QCOMPARE(actual.measures[i].note, QString());
    }
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void aStoppedExportWritesNothing();
    void anExportJobWritesTheListWhole();

    // --- Csv::parse ---

    void parse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");

        QTest::addRow("comma, LF") << QByteArray("a,b,c\n1,2,3\n")
                                   << Rows {strings({"a", "b", "c"}), strings({"1", "2", "3"})}
                                   << QList<int> {1, 2};
        QTest::addRow("semicolon, LF")
            << QByteArray("a;b;c\n1;2;3\n") << Rows {strings({"a", "b", "c"}), strings({"1", "2", "3"})}
            << QList<int> {1, 2};
        QTest::addRow("semicolon: commas are text")
            << QByteArray("a;b\n1,5;x,y\n") << Rows {strings({"a", "b"}), strings({"1,5", "x,y"})}
            << QList<int> {1, 2};
        QTest::addRow("comma: semicolons are text")
            << QByteArray("a,b\nx;y,z\n") << Rows {strings({"a", "b"}), strings({"x;y", "z"})}
            << QList<int> {1, 2};
        QTest::addRow("header decides by count")
            << QByteArray("a,b,c;d\n1,2,3;4\n")
            << Rows {strings({"a", "b", "c;d"}), strings({"1", "2", "3;4"})} << QList<int> {1, 2};
        QTest::addRow("quoted delimiters in the header do not count")
            << QByteArray("\"a;b;c\",d\n1;2,3\n") << Rows {strings({"a;b;c", "d"}), strings({"1;2", "3"})}
            << QList<int> {1, 2};
        QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                              << Rows {strings({"a", "b"}), strings({"1", "2"}), strings({"3", "4"})}
                              << QList<int> {1, 2, 3};
        QTest::addRow("CR alone") << QByteArray("a,b\r1,2\r")
                                  << Rows {strings({"a", "b"}), strings({"1", "2"})} << QList<int> {1, 2};
        QTest::addRow("no line end at the end")
            << QByteArray("a,b\n1,2") << Rows {strings({"a", "b"}), strings({"1", "2"})} << QList<int> {1, 2};
        QTest::addRow("blank trailing lines ignored")
            << QByteArray("a,b\n1,2\n\n\r\n") << Rows {strings({"a", "b"}), strings({"1", "2"})}
            << QList<int> {1, 2};
        QTest::addRow("blank line inside skipped, lines kept")
            << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n")
            << Rows {strings({"a", "b"}), strings({"1", "2"}), strings({"3", "4"})} << QList<int> {1, 3, 5};
        QTest::addRow("BOM stripped") << QByteArray("\xEF\xBB\xBF"
                                                    "a;b\r\n1;2\r\n")
                                      << Rows {strings({"a", "b"}), strings({"1", "2"})} << QList<int> {1, 2};
        QTest::addRow("doubled quotes")
            << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n")
            << Rows {strings({"a", "b"}), strings({"say \"hi\"", "\""})} << QList<int> {1, 2};
        QTest::addRow("delimiters inside quotes")
            << QByteArray("a;b;c\n\"x;y\";\"1,2\";z\n")
            << Rows {strings({"a", "b", "c"}), strings({"x;y", "1,2", "z"})} << QList<int> {1, 2};
        QTest::addRow("LF inside quotes")
            << QByteArray("a,b\n\"l1\nl2\",x\n3,4\n")
            << Rows {strings({"a", "b"}), strings({"l1\nl2", "x"}), strings({"3", "4"})}
            << QList<int> {1, 2, 4};
        QTest::addRow("CRLF inside quotes")
            << QByteArray("a,b\r\n\"l1\r\nl2\r\nl3\",x\r\n3,4\r\n")
            << Rows {strings({"a", "b"}), strings({"l1\r\nl2\r\nl3", "x"}), strings({"3", "4"})}
            << QList<int> {1, 2, 5};
        QTest::addRow("two multi-line cells in a row")
            << QByteArray("a,b\n\"1\n2\",\"3\n4\n5\"\nend,x\n")
            << Rows {strings({"a", "b"}), strings({"1\n2", "3\n4\n5"}), strings({"end", "x"})}
            << QList<int> {1, 2, 6};
        QTest::addRow("empty cells") << QByteArray("a,,c\nd,,\n")
                                     << Rows {strings({"a", "", "c"}), strings({"d", "", ""})}
                                     << QList<int> {1, 2};
        // Spreadsheets leave rows of bare delimiters at the end: they are blank.
        QTest::addRow("row of empty cells is blank")
            << QByteArray("a;b;c\n;;\n\"\";;\nx;y;z\n;;\n")
            << Rows {strings({"a", "b", "c"}), strings({"x", "y", "z"})} << QList<int> {1, 4};
        QTest::addRow("empty quoted cell")
            << QByteArray("a,\"\",c\n") << Rows {strings({"a", "", "c"})} << QList<int> {1};
        QTest::addRow("quote inside an unquoted cell is text")
            << QByteArray("a,b\nx\"y,z\n") << Rows {strings({"a", "b"}), strings({"x\"y", "z"})}
            << QList<int> {1, 2};
        QTest::addRow("spaces kept") << QByteArray("a,b\n x , y \n")
                                     << Rows {strings({"a", "b"}), strings({" x ", " y "})}
                                     << QList<int> {1, 2};
        QTest::addRow("Arabic and French")
            << QByteArray("nom;اسم\nÉloïse Dupré;فَاطِمَة الزَّهْرَاء\n")
            << Rows {strings({"nom", "اسم"}), strings({"Éloïse Dupré", "فَاطِمَة الزَّهْرَاء"})}
            << QList<int> {1, 2};
        QTest::addRow("formula guard removed")
            << QByteArray("a,b,c,d\n'=SUM(A1),'+33 6 12,'-5,'@cmd\n")
            << Rows {strings({"a", "b", "c", "d"}), strings({"=SUM(A1)", "+33 6 12", "-5", "@cmd"})}
            << QList<int> {1, 2};
        QTest::addRow("formula guard removed inside quotes")
            << QByteArray("a,b\n\"'=1,2\",x\n") << Rows {strings({"a", "b"}), strings({"=1,2", "x"})}
            << QList<int> {1, 2};
        QTest::addRow("other apostrophes kept")
            << QByteArray("a,b,c\n'hello,',l'avocat\n")
            << Rows {strings({"a", "b", "c"}), strings({"'hello", "'", "l'avocat"})} << QList<int> {1, 2};
        QTest::addRow("empty input") << QByteArray() << Rows() << QList<int>();
        QTest::addRow("header only") << QByteArray("a;b") << Rows {strings({"a", "b"})} << QList<int> {1};
    }

    void parse()
    {
        QFETCH(QByteArray, data);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);

        Result<std::vector<Csv::Row>> parsed = Csv::parse(data);
        QVERIFY2(parsed, qPrintable(parsed.error().fullText()));
        Rows cells;
        QList<int> starts;
        for (const Csv::Row& row : *parsed) {
            cells << row.cells;
            starts << row.line;
        }
        QCOMPARE(cells, rows);
        QCOMPARE(starts, lines);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");

        const QString unclosed
            = QStringLiteral("Line %1: a quoted cell is not closed before the end of the file.");
        const QString after = QStringLiteral("Line %1: text after the closing quote of a cell.");
        const QString notUtf8
            = QStringLiteral("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.");
        QTest::addRow("unterminated quote on line 2")
            << QByteArray("a,b\n1,\"open\nmore\n") << unclosed.arg(2);
        QTest::addRow("unterminated quote in the header") << QByteArray("\"a,b\n1,2\n") << unclosed.arg(1);
        QTest::addRow("unterminated quote after a multi-line row")
            << QByteArray("a,b\n\"x\ny\",1\n2,\"z\n") << unclosed.arg(4);
        QTest::addRow("text after a closing quote") << QByteArray("a,b\n\"x\"y,z\n") << after.arg(2);
        QTest::addRow("space after a closing quote")
            << QByteArray("a;b\r\n1;2\r\n\"x\" ;y\r\n") << after.arg(3);
        QTest::addRow("text after a closing quote, multi-line cell")
            << QByteArray("a,b\n\"x\ny\"z,1\n") << after.arg(3);
        QTest::addRow("Latin-1 é") << QByteArray("nom;pr\xE9nom\n") << notUtf8;
        QTest::addRow("Windows-1256 Arabic") << QByteArray("\xC7\xE1\xDA\xD1\xC8\xED\xC9;x\n") << notUtf8;
        QTest::addRow("truncated UTF-8 sequence") << QByteArray("a,b\n1,\xC3") << notUtf8;
    }

    void parseErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);

        Result<std::vector<Csv::Row>> parsed = Csv::parse(data);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind(), Error::Kind::Invalid);
        QCOMPARE(parsed.error().message(), message);
    }

    // --- Csv::formatRow ---

    void formatRow_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QByteArray>("delimiter");
        QTest::addColumn<QByteArray>("expected");

        QTest::addRow("plain") << strings({"a", "b"}) << QByteArray(",") << QByteArray("a,b\r\n");
        QTest::addRow("empty cells") << strings({"", "", ""}) << QByteArray(",") << QByteArray(",,\r\n");
        QTest::addRow("comma quoted")
            << strings({"x,y", "z"}) << QByteArray(",") << QByteArray("\"x,y\",z\r\n");
        QTest::addRow("semicolon not quoted with commas")
            << strings({"untoc;eio", "z"}) << QByteArray(",") << QByteArray("untoc;eio,z\r\n");
        QTest::addRow("semicolon quoted with semicolons")
            << strings({"untoc;eio", "1,5"}) << QByteArray(";") << QByteArray("\"untoc;eio\";1,5\r\n");
        QTest::addRow("quotes doubled") << strings({"say \"hi\"", "\""}) << QByteArray(",")
                                        << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\r\n");
        QTest::addRow("LF quoted") << strings({"l1\nl2"}) << QByteArray(",") << QByteArray("\"l1\nl2\"\r\n");
        QTest::addRow("CR quoted") << strings({"l1\rl2"}) << QByteArray(",") << QByteArray("\"l1\rl2\"\r\n");
        QTest::addRow("leading space quoted")
            << strings({" x"}) << QByteArray(",") << QByteArray("\" x\"\r\n");
        QTest::addRow("trailing space quoted")
            << strings({"x "}) << QByteArray(",") << QByteArray("\"x \"\r\n");
        QTest::addRow("inner space not quoted")
            << strings({"x y"}) << QByteArray(",") << QByteArray("x y\r\n");
        QTest::addRow("formula =") << strings({"=1+2", "a=b"}) << QByteArray(",")
                                   << QByteArray("'=1+2,a=b\r\n");
        QTest::addRow("formula +") << strings({"+33 6 12"}) << QByteArray(",") << QByteArray("'+33 6 12\r\n");
        QTest::addRow("formula -") << strings({"-5", "5-"}) << QByteArray(",") << QByteArray("'-5,5-\r\n");
        QTest::addRow("formula @") << strings({"@SUM(A1)"}) << QByteArray(",") << QByteArray("'@SUM(A1)\r\n");
        QTest::addRow("formula with a delimiter") << strings({"=HYPERLINK(\"x\",\"y\")"}) << QByteArray(",")
                                                  << QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n");
        QTest::addRow("Arabic and French as UTF-8")
            << strings({"طَلَب", "Éloïse"}) << QByteArray(";")
            << QByteArray("\xD8\xB7\xD9\x8E\xD9\x84\xD9\x8E\xD8\xA8;\xC3\x89lo\xC3\xAFse\r\n");
    }

    void formatRow()
    {
        QFETCH(QStringList, cells);
        QFETCH(QByteArray, delimiter);
        QFETCH(QByteArray, expected);
        QCOMPARE(Csv::formatRow(cells, delimiter.at(0)), expected);
    }

    void formatThenParse_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QByteArray>("delimiter");

        const QStringList awkward
            = strings({"say \"hi\"", "x,y;z", "l1\nl2", "l1\r\nl2", " lead", "trail ", "=1+2", "+33", "-5",
                       "@x", "é ب", "", "\"", "'quoted'", "l'avocat", " ", "a\tb"});
        QTest::addRow("awkward cells, comma") << awkward << QByteArray(",");
        QTest::addRow("awkward cells, semicolon") << awkward << QByteArray(";");
        QTest::addRow("Arabic with diacritics")
            << strings({"طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ", "Youssef El Amrani يوسف"}) << QByteArray(";");
    }

    void formatThenParse()
    {
        QFETCH(QStringList, cells);
        QFETCH(QByteArray, delimiter);

        QStringList header;
        for (int i = 0; i < cells.size(); ++i) {
            header << QStringLiteral("c%1").arg(i);
        }
        const QByteArray data = Csv::formatRow(header, delimiter.at(0))
            + Csv::formatRow(cells, delimiter.at(0)) + Csv::formatRow(cells, delimiter.at(0));
        Result<std::vector<Csv::Row>> parsed = Csv::parse(data);
        QVERIFY2(parsed, qPrintable(parsed.error().fullText()));
        QCOMPARE(parsed->size(), std::size_t(3));
        QCOMPARE(parsed->at(1).cells, cells);
        QCOMPARE(parsed->at(2).cells, cells);
        QCOMPARE(parsed->at(1).line, 2);
        QCOMPARE(parsed->at(2).line, 2 + int(Csv::formatRow(cells, delimiter.at(0)).count('\n')));
    }

    // Text that itself begins with an apostrophe and a formula character
    // must come back as it was, not lose its apostrophe.
    void apostropheBeforeFormulaCharacterSurvives_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addRow("'=") << QStringLiteral("'=1");
        QTest::addRow("'-") << QStringLiteral("'-' means none");
    }

    void apostropheBeforeFormulaCharacterSurvives()
    {
        QFETCH(QString, cell);
        const QByteArray data
            = Csv::formatRow(strings({"a", "b"})) + Csv::formatRow({cell, QStringLiteral("x")});
        Result<std::vector<Csv::Row>> parsed = Csv::parse(data);
        QVERIFY2(parsed, qPrintable(parsed.error().fullText()));
        QCOMPARE(parsed->at(1).cells.at(0), cell);
    }

    // --- RequestCsv ---

    void columns()
    {
        const QStringList expected = strings({"reference",
                                              "direction",
                                              "state",
                                              "disposition",
                                              "foreign_reference",
                                              "requesting_country",
                                              "requested_country",
                                              "requesting_authority",
                                              "requested_authority",
                                              "executing_authority",
                                              "executing_reference",
                                              "eurojust_reference",
                                              "interpol_reference",
                                              "legal_basis",
                                              "legal_basis_detail",
                                              "channel",
                                              "priority",
                                              "urgency_reason",
                                              "confidentiality",
                                              "received_on",
                                              "requested_by",
                                              "sent_on",
                                              "assignee",
                                              "summary",
                                              "offences",
                                              "measures"});
        QCOMPARE(RequestCsv::columns(), expected);
    }

    void writerOutput()
    {
        Request r = TestDatabase::incomingDraft();
        r.summary = QStringLiteral("Financement ; « comptes », \"x\"");
        r.measures
            = {{QStringLiteral("bank_records"), QStringLiteral("pending"), QStringLiteral("note lost")},
               {QStringLiteral("witness_hearing"), QStringLiteral("done"), QString()}};
        r.foreignReference = QStringLiteral("-12");
        const QByteArray out = writeCsv({r});
        const QByteArray header
            = "\xEF\xBB\xBF" + RequestCsv::columns().join(QLatin1Char(',')).toUtf8() + "\r\n";
        QVERIFY(out.startsWith(header));
        const QByteArray expected
            = ",incoming,received,,'-12,MA,ES,\"Minist\xC3\xA8re de la Justice, Rabat\",,,,,,"
              "untoc;arab-ct-1998,,central_authority,normal,,restricted,2026-03-02,,,,"
              "\"Financement ; \xC2\xAB comptes \xC2\xBB, \"\"x\"\"\",terrorist_financing,"
              "bank_records;witness_hearing:done\r\n";
        QCOMPARE(out.mid(header.size()), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Request>("request");

        QTest::addRow("incoming, every CSV field") << fullIncoming();
        QTest::addRow("outgoing, closed") << closedOutgoing();

        Request arabic = TestDatabase::incomingDraft();
        arabic.requestingCountry = QStringLiteral("EG");
        arabic.requestingAuthority = QStringLiteral("مكتب النائب العام، القاهرة");
        arabic.summary = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ — Youssef El Amrani يوسف");
        arabic.measures.clear();
        QTest::addRow("Arabic with diacritics, no measures") << arabic;

        Request awkward = TestDatabase::outgoingDraft();
        awkward.foreignReference = QStringLiteral("=HYPERLINK(\"http://example.org\",\"x\")");
        awkward.requestingAuthority = QStringLiteral("  Cour d'appel ; « Pôle » , \"antiterroriste\"  ");
        awkward.eurojustReference = QStringLiteral("-2026/7");
        awkward.interpolReference = QStringLiteral("+A-1234");
        awkward.executingReference = QStringLiteral("@dossier");
        awkward.summary = QStringLiteral("Ligne 1\nLigne 2\r\nLigne 3 ; fin, \"ok\"");
        awkward.offences = {QStringLiteral("other")};
        QTest::addRow("quotes, delimiters, line breaks, formulas") << awkward;

        Request bare;
        bare.direction = Direction::Outgoing;
        bare.state = State::Draft;
        bare.requestingCountry = QStringLiteral("FR");
        bare.requestedCountry = QStringLiteral("JO");
        QTest::addRow("only the required fields") << bare;
    }

    void roundTrip()
    {
        QFETCH(Request, request);

        Result<std::vector<ImportRecord>> records = RequestCsv::read(writeCsv({request, request}));
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), std::size_t(2));
        QCOMPARE(records->at(0).label, QStringLiteral("line 2"));
        compareCsvFields(records->at(0).request, request);
        if (QTest::currentTestFailed()) {
            return;
        }
        compareCsvFields(records->at(1).request, request);
        const Request& read = records->at(0).request;
        QVERIFY(read.persons.empty());
        QVERIFY(read.links.empty());
        QVERIFY(read.history.empty());
        QVERIFY(read.documents.empty());
    }

    void readFillsDefaults()
    {
        const QByteArray data = "\xEF\xBB\xBF direction ; summary ;measures;state\r\n"
                                "incoming;x;\"bank_records; witness_hearing : done ;\";\r\n"
                                "outgoing;y;;\r\n"
                                "incoming;z;;under_review\r\n";
        Result<std::vector<ImportRecord>> records = RequestCsv::read(data);
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), std::size_t(3));
        const Request& incoming = records->at(0).request;
        QCOMPARE(keyOf(incoming.state), QStringLiteral("received"));
        QCOMPARE(incoming.summary, QStringLiteral("x"));
        QCOMPARE(incoming.channel, QStringLiteral("central_authority"));
        QCOMPARE(incoming.priority, QStringLiteral("normal"));
        QCOMPARE(incoming.confidentiality, QStringLiteral("restricted"));
        QCOMPARE(incoming.measures.size(), std::size_t(2));
        QCOMPARE(incoming.measures[0].type, QStringLiteral("bank_records"));
        QCOMPARE(incoming.measures[0].status, QStringLiteral("pending"));
        QCOMPARE(incoming.measures[1].type, QStringLiteral("witness_hearing"));
        QCOMPARE(incoming.measures[1].status, QStringLiteral("done"));
        QCOMPARE(keyOf(records->at(1).request.direction), QStringLiteral("outgoing"));
        QCOMPARE(keyOf(records->at(1).request.state), QStringLiteral("draft"));
        QVERIFY(records->at(1).request.measures.empty());
        QCOMPARE(keyOf(records->at(2).request.state), QStringLiteral("under_review"));
        QCOMPARE(records->at(2).label, QStringLiteral("line 4"));
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("details");

        const QString one = QStringLiteral("Nothing was imported: 1 problem(s) found.");
        const QString notColumn = QStringLiteral("line 1: “%1” is not a column of the format (columns: %2)");
        const QString all = RequestCsv::columns().join(QLatin1String(", "));

        QTest::addRow("unknown column") << QByteArray("direction,colour\nincoming,red\n") << one
                                        << QStringList {notColumn.arg(QStringLiteral("colour"), all)};
        QTest::addRow("column named in French")
            << QByteArray("\xEF\xBB\xBF"
                          "direction;r\xC3\xA9sum\xC3\xA9\r\nincoming;x\r\n")
            << one << QStringList {notColumn.arg(QStringLiteral("résumé"), all)};
        QTest::addRow("duplicate column")
            << QByteArray("direction,summary,summary\nincoming,a,b\n") << one
            << QStringList {QStringLiteral("line 1: the column “summary” appears twice")};
        QTest::addRow("missing direction column")
            << QByteArray("summary,received_on\nx,2026-03-01\n") << one
            << QStringList {QStringLiteral("line 1: the column “direction” is required")};
        QTest::addRow("every header problem")
            << QByteArray("summary;summary;colour\n")
            << QStringLiteral("Nothing was imported: 3 problem(s) found.")
            << QStringList {QStringLiteral("line 1: the column “summary” appears twice"),
                            notColumn.arg(QStringLiteral("colour"), all),
                            QStringLiteral("line 1: the column “direction” is required")};
        QTest::addRow("too many cells")
            << QByteArray("direction,summary\nincoming,a,b\n") << one
            << QStringList {QStringLiteral("line 2: has 3 cell(s) but the header has 2")};
        QTest::addRow("too few cells after a multi-line cell")
            << QByteArray("direction,summary,received_on\nincoming,\"a\nb\",2026-03-01\nincoming,x\n") << one
            << QStringList {QStringLiteral("line 4: has 2 cell(s) but the header has 3")};
        QTest::addRow("bad date") << QByteArray("direction,received_on\nincoming,2026-13-01\n") << one
                                  << QStringList {
                                         QStringLiteral("line 2, field “received_on”: “2026-13-01” is not a "
                                                        "date of the form YYYY-MM-DD")};
        QTest::addRow("date in French form")
            << QByteArray("direction;summary;received_on\r\nincoming;\"a\r\nb\";2026-03-01\r\nincoming;x;02/"
                          "03/2026\r\n")
            << one
            << QStringList {
                   QStringLiteral("line 4, field “received_on”: “02/03/2026” is not a date of the form "
                                  "YYYY-MM-DD")};
        QTest::addRow("empty direction")
            << QByteArray("direction,summary\n,x\n") << one
            << QStringList {QStringLiteral("line 2, field “direction”: is required")};
        QTest::addRow("unknown direction")
            << QByteArray("direction,summary\nentrant,x\n") << one
            << QStringList {
                   QStringLiteral("line 2, field “direction”: “entrant” is not one of: incoming, outgoing")};
        QTest::addRow("unknown state")
            << QByteArray("direction,state\nincoming,re\xC3\xA7u\n") << one
            << QStringList {QStringLiteral("line 2, field “state”: “reçu” is not a state")};
        QTest::addRow("problems on several lines")
            << QByteArray(
                   "direction,sent_on,requested_by\nincoming,,\noutgoing,2026-3-1,\nincoming,,tomorrow\n")
            << QStringLiteral("Nothing was imported: 2 problem(s) found.")
            << QStringList {
                   QStringLiteral("line 3, field “sent_on”: “2026-3-1” is not a date of the form YYYY-MM-DD"),
                   QStringLiteral(
                       "line 4, field “requested_by”: “tomorrow” is not a date of the form YYYY-MM-DD")};
        QTest::addRow("empty file") << QByteArray()
                                    << QStringLiteral(
                                           "The file is empty: it needs a header line naming the columns.")
                                    << QStringList();
        QTest::addRow("only a byte order mark")
            << QByteArray("\xEF\xBB\xBF\r\n")
            << QStringLiteral("The file is empty: it needs a header line naming the columns.")
            << QStringList();
        QTest::addRow("unterminated quote")
            << QByteArray("direction,summary\nincoming,\"x\n")
            << QStringLiteral("Line 2: a quoted cell is not closed before the end of the file.")
            << QStringList();
        QTest::addRow("not UTF-8") << QByteArray("direction;summary\nincoming;d\xE9lit\n")
                                   << QStringLiteral(
                                          "The file is not UTF-8 text. Save it from the spreadsheet as "
                                          "“CSV UTF-8”.")
                                   << QStringList();
    }

    void readErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QFETCH(QStringList, details);

        Result<std::vector<ImportRecord>> records = RequestCsv::read(data);
        QVERIFY(!records);
        QCOMPARE(records.error().kind(), Error::Kind::Invalid);
        QCOMPARE(records.error().message(), message);
        QCOMPARE(records.error().details(), details);
    }

    // --- Through RequestService ---

    // As a French spreadsheet saves "CSV UTF-8": a byte order mark, ';'
    // between cells, CRLF, lists quoted because they contain ';'.
    void importFrenchSpreadsheet()
    {
        const QByteArray data
            = "\xEF\xBB\xBF"
              "direction;foreign_reference;requesting_country;requested_country;requesting_authority;"
              "received_on;"
              "legal_basis;legal_basis_detail;priority;urgency_reason;summary;offences;measures;assignee\r\n"
              "incoming;RB/2026/117;MA;ES;Minist\xC3\xA8re de la Justice, "
              "Rabat;2026-02-27;\"untoc;arab-ct-1998\";;"
              "urgent;\"D\xC3\xA9tention ; d\xC3\xA9lai court\";\"Financement pr\xC3\xA9sum\xC3\xA9 d'une "
              "cellule ; "
              "comptes \xC3\xA0 Valence.\r\nDeuxi\xC3\xA8me ligne \xC2\xAB cit\xC3\xA9\x65 \xC2\xBB\";"
              "terrorist_financing;\"bank_records;asset_freezing\";officer\r\n"
              "outgoing;;ES;TN;Audiencia Nacional;;bilateral;Convenio hispano-tunecino de 2001, art. 5;;;"
              "Audition d'un t\xC3\xA9moin \xC3\xA0 Sfax;;witness_hearing;officer2\r\n"
              "incoming;;EG;ES;;2026-03-01;riyadh-1983;;;;"
              "\"\xD8\xB7\xD9\x8E\xD9\x84\xD9\x8E\xD8\xA8\xD9\x8F "
              "\xD9\x85\xD9\x8F\xD8\xB3\xD9\x8E\xD8\xA7\xD8\xB9\xD9"
              "\x8E\xD8\xAF\xD9\x8E\xD8\xA9\xD9\x8D\";\"terrorism;money_laundering\";\"documents;bank_"
              "records:done\";"
              "\r\n"
              "\r\n";
        Result<std::vector<ImportRecord>> records = RequestCsv::read(data);
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), std::size_t(3));

        TestDatabase db;
        RequestService service(db.db(), db.clock());
        Result<int> imported = service.importRequests(db.user(QStringLiteral("supervisor")), records.take());
        QVERIFY2(imported, qPrintable(imported.error().fullText()));
        QCOMPARE(*imported, 3);
        QCOMPARE(db.rows(QStringLiteral("requests")), 3);
        QCOMPARE(db.rows(QStringLiteral("history")), 3);

        RequestReader reader(db.db());
        Result<Request> first = reader.get(QStringLiteral("IN-2026-0001"));
        QVERIFY2(first, qPrintable(first.error().fullText()));
        QCOMPARE(keyOf(first->state), QStringLiteral("received"));
        QCOMPARE(first->foreignReference, QStringLiteral("RB/2026/117"));
        QCOMPARE(first->requestingCountry, QStringLiteral("MA"));
        QCOMPARE(first->requestingAuthority, QStringLiteral("Ministère de la Justice, Rabat"));
        QCOMPARE(first->receivedOn, QDate(2026, 2, 27));
        QCOMPARE(first->legalBasis, strings({"untoc", "arab-ct-1998"}));
        QCOMPARE(first->priority, QStringLiteral("urgent"));
        QCOMPARE(first->urgencyReason, QStringLiteral("Détention ; délai court"));
        QCOMPARE(first->summary,
                 QStringLiteral(
                     "Financement présumé d'une cellule ; comptes à Valence.\r\nDeuxième ligne « citée »"));
        QCOMPARE(first->offences, strings({"terrorist_financing"}));
        QCOMPARE(first->measures.size(), std::size_t(2));
        QCOMPARE(first->measures[1].type, QStringLiteral("asset_freezing"));
        QCOMPARE(first->measures[1].status, QStringLiteral("pending"));
        QCOMPARE(first->assignee, QStringLiteral("officer"));
        QCOMPARE(first->channel, QStringLiteral("central_authority"));
        QCOMPARE(first->history.size(), std::size_t(1));
        QCOMPARE(keyOf(first->history[0].step), QStringLiteral("import"));
        QCOMPARE(keyOf(first->history[0].to), QStringLiteral("received"));
        QCOMPARE(first->history[0].actor, QStringLiteral("supervisor"));

        Result<Request> second = reader.get(QStringLiteral("OUT-2026-0001"));
        QVERIFY2(second, qPrintable(second.error().fullText()));
        QCOMPARE(keyOf(second->state), QStringLiteral("draft"));
        QCOMPARE(second->requestedCountry, QStringLiteral("TN"));
        QCOMPARE(second->legalBasisDetail, QStringLiteral("Convenio hispano-tunecino de 2001, art. 5"));
        QCOMPARE(second->summary, QStringLiteral("Audition d'un témoin à Sfax"));
        QCOMPARE(second->priority, QStringLiteral("normal"));
        QCOMPARE(second->assignee, QStringLiteral("officer2"));
        QVERIFY(!second->sentOn.isValid());
        QCOMPARE(keyOf(second->history[0].to), QStringLiteral("draft"));

        Result<Request> third = reader.get(QStringLiteral("IN-2026-0002"));
        QVERIFY2(third, qPrintable(third.error().fullText()));
        QCOMPARE(keyOf(third->state), QStringLiteral("received"));
        QCOMPARE(third->summary, QStringLiteral("طَلَبُ مُسَاعَدَةٍ"));
        QCOMPARE(third->offences, strings({"terrorism", "money_laundering"}));
        QCOMPARE(third->measures.size(), std::size_t(2));
        QCOMPARE(third->measures[0].type, QStringLiteral("documents"));
        QCOMPARE(third->measures[0].status, QStringLiteral("pending"));
        QCOMPARE(third->measures[1].status, QStringLiteral("done"));
        QCOMPARE(third->assignee, QString());
    }

    void importSpreadsheetWithAnErrorWritesNothing()
    {
        const QByteArray data = "\xEF\xBB\xBF"
                                "direction;requesting_country;requested_country;received_on;summary\r\n"
                                "incoming;MA;ES;2026-02-27;un\r\n"
                                "incoming;Maroc;ES;2026-02-27;deux\r\n"
                                "incoming;TN;ES;2026-02-28;trois\r\n";
        Result<std::vector<ImportRecord>> records = RequestCsv::read(data);
        QVERIFY2(records, qPrintable(records.error().fullText()));

        TestDatabase db;
        RequestService service(db.db(), db.clock());
        Result<int> imported = service.importRequests(db.user(QStringLiteral("admin")), records.take());
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind(), Error::Kind::Invalid);
        QCOMPARE(imported.error().details(),
                 QStringList {QStringLiteral(
                     "line 3, field “requesting_country”: “Maroc” is not an ISO 3166-1 country code")});
        QCOMPARE(db.rows(QStringLiteral("requests")), 0);
        QCOMPARE(db.rows(QStringLiteral("history")), 0);
    }

    // What the register exports as CSV reads back to the same fields.
    void exportThenRead()
    {
        TestDatabase db;
        RequestService service(db.db(), db.clock());
        Request draft = TestDatabase::incomingDraft();
        draft.summary = QStringLiteral("=1+1 ; « guillemets », \"quotes\"\nطَلَبُ");
        QVERIFY(service.create(db.user(QStringLiteral("officer")), draft));
        QVERIFY(service.create(db.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
        QVERIFY(service.takeStep(db.user(QStringLiteral("officer")), QStringLiteral("IN-2026-0001"),
                                 Step::Register, StepInput()));

        RequestReader reader(db.db());
        Result<std::vector<Request>> stored = reader.list(RequestFilter(), RequestReader::Detail::Full);
        QVERIFY(stored);
        Result<std::vector<ImportRecord>> records = RequestCsv::read(writeCsv(*stored));
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), stored->size());
        for (std::size_t i = 0; i < stored->size(); ++i) {
            compareCsvFields(records->at(i).request, stored->at(i));
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QCOMPARE(keyOf(records->at(0).request.state), QStringLiteral("registered"));
    }
};

void TestCsv::aStoppedExportWritesNothing()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    }
    // Stopped after the second request: an error, and the caller discards what was written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int seen = 0;
    const Status stopped = RequestExport::write(
        t.db(), RequestFilter(), RequestExport::Format::CsvWithDeadline, &buffer, [&seen](int done) {
            seen = done;
            return done < 2;
        });
    QCOMPARE(stopped.kind(), Error::Kind::Conflict);
    QCOMPARE(seen, 2);
    // The job, stopped before it starts: no file at all.
    const QString path = t.folder() + QStringLiteral("/stopped.csv");
    ListExportJob job(t.path(), RequestFilter(), RequestExport::Format::CsvWithDeadline, path);
    QSignalSpy finished(&job, &ListExportJob::finished);
    job.cancel();
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(!job.error().isEmpty());
    QCOMPARE(job.written(), 0);
    QVERIFY(!QFile::exists(path));
}

void TestCsv::anExportJobWritesTheListWhole()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    }
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    RequestFilter incoming;
    incoming.direction = Direction::Incoming;
    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    QVERIFY(RequestExport::write(t.db(), incoming, RequestExport::Format::CsvWithDeadline, &expected).ok());
    const QString path = t.folder() + QStringLiteral("/list.csv");
    ListExportJob job(t.path(), incoming, RequestExport::Format::CsvWithDeadline, path);
    QSignalSpy finished(&job, &ListExportJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(job.error().isEmpty(), qPrintable(job.error()));
    QCOMPARE(job.written(), 3);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), expected.data());
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
