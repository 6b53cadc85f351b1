// masar-cli end to end, `import` and `export`: files refused as a whole, a JSON
// round trip to the same bytes, CSV with a BOM and semicolons, numbering.
#include "CliHarness.h"
#include "ScratchDisk.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// The bytes of a file, or nothing when it cannot be read.
QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A masar-requests JSON document holding the given request records.
QByteArray requestsFile(const QList<QByteArray>& requests)
{
    QByteArray json = "{\"format\": \"masar-requests\", \"version\": 1, \"requests\": [\n";
    for (int i = 0; i < requests.size(); ++i) {
        json += (i > 0 ? ",\n" : "") + requests.at(i);
    }
    return json + "\n]}\n";
}

// An incoming request record from a country, with `more` fields appended.
QByteArray incomingRecord(const QByteArray& requestingCountry, const QByteArray& more = QByteArray())
{
    return "{\"direction\": \"incoming\", \"requesting_country\": \"" + requestingCountry
        + "\", \"requested_country\": \"FR\", \"received_on\": \"2025-06-01\", \"summary\": \"Demande\""
        + more + "}";
}

} // namespace

class TestCliTransfer : public QObject
{
    Q_OBJECT

private slots:
    void importRefused_data();
    void importRefused();
    void jsonRoundTrip();
    void csvImportWithBomAndSemicolons();
    void importNumbersAfterRegisterReferences();
    void exportToAFileThatCannotBeWritten_data();
    void exportToAFileThatCannotBeWritten();
};

void TestCliTransfer::importRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("messages");

    const QString supervisor = str("supervisor");
    const QByteArray good = incomingRecord("MA");
    const QByteArray noRole = incomingRecord("MA", ", \"persons\": [{\"name\": \"Ali\"}]");

    QTest::newRow("JSON: bad records among good ones")
        << str("requests.json") << requestsFile({good, incomingRecord("ZZ"), noRole, good}) << supervisor
        << strs({"Nothing was imported: 2 problems found.", "request 2, field “requesting_country”", "“ZZ”",
                 "request 3, field “persons[0].role”"});
    QTest::newRow("JSON: a record names its reference")
        << str("requests.json")
        << requestsFile(
               {good,
                incomingRecord("MA", ", \"reference\": \"IN-2025-0001\", \"requested_by\": \"2025-13-01\"")})
        << supervisor << strs({"request 2 (IN-2025-0001), field “requested_by”", "2025-13-01"});
    QTest::newRow("JSON: reference given twice")
        << str("requests.json")
        << requestsFile({incomingRecord("MA", ", \"reference\": \"IN-2025-0001\""),
                         incomingRecord("LB", ", \"reference\": \"IN-2025-0001\"")})
        << supervisor << strs({"request 2 (IN-2025-0001), field “reference”"});
    QTest::newRow("JSON: unknown assignee")
        << str("requests.json") << requestsFile({good, incomingRecord("JO", ", \"assignee\": \"nobody\"")})
        << supervisor << strs({"request 2, field “assignee”", "nobody"});
    QTest::newRow("JSON: history that does not end in the state")
        << str("requests.json")
        << requestsFile({incomingRecord("MA",
                                        ", \"state\": \"registered\", \"history\": [{\"at\": "
                                        "\"2025-06-01T08:00:00Z\", \"step\": \"log_receipt\", \"to\": "
                                        "\"received\", \"by\": \"officer\"}]"),
                         good})
        << supervisor << strs({"request 1, field “history”", "registered"});
    QTest::newRow("JSON: unknown field")
        << str("requests.json") << requestsFile({good, incomingRecord("MA", ", \"colour\": \"red\"")})
        << supervisor << strs({"request 2, field “colour”"});
    QTest::newRow("JSON: malformed")
        << str("requests.json")
        << QByteArray("{\"format\": \"masar-requests\", \"version\": 1,\n \"requests\": [{\"direction\": ")
        << supervisor << strs({"not valid JSON", "line 2"});
    QTest::newRow("JSON: wrong format")
        << str("requests.json")
        << QByteArray("{\"format\": \"other-tool\", \"version\": 1, \"requests\": []}") << supervisor
        << strs({"“format”", "masar-requests"});
    QTest::newRow("JSON: wrong version")
        << str("requests.json")
        << QByteArray("{\"format\": \"masar-requests\", \"version\": 9, \"requests\": []}") << supervisor
        << strs({"version 9"});
    QTest::newRow("JSON: officer may not import")
        << str("requests.json") << requestsFile({good}) << str("officer")
        << strs({"administrator or a supervisor", "Officer"});
    QTest::newRow("CSV: bad line among good ones")
        << str("requests.csv")
        << QByteArray("direction,requesting_country,requested_country,received_on,summary\n"
                      "incoming,TN,FR,2025-01-15,ok\n"
                      "incoming,XX,FR,2025-01-15,bad country\n"
                      "incoming,EG,FR,2025-01-16,ok\n")
        << supervisor << strs({"line 3, field “requesting_country”", "“XX”"});
    QTest::newRow("CSV: line with a cell missing")
        << str("requests.csv")
        << QByteArray("direction,requesting_country,requested_country,received_on,summary\n"
                      "incoming,TN,FR,2025-01-15,ok\n"
                      "incoming,TN,FR,2025-01-15\n")
        << supervisor << strs({"line 3", "4 cells"});
    QTest::newRow("CSV: line numbers count lines inside quoted cells")
        << str("requests.csv")
        << QByteArray("direction;requesting_country;requested_country;received_on;summary\r\n"
                      "incoming;TN;FR;2025-01-15;\"two\r\nlines\"\r\n"
                      "incoming;TN;FR;2025-01-15;ok\r\n"
                      "incoming;TN;FR;2025-01-32;bad date\r\n")
        << supervisor << strs({"line 5, field “received_on”", "2025-01-32"});
    QTest::newRow("CSV: unknown column")
        << str("requests.csv")
        << QByteArray("direction,requesting_country,requested_country,colour\nincoming,TN,FR,red\n")
        << supervisor << strs({"line 1", "“colour”"});
    QTest::newRow("file that cannot be read")
        << str("missing/requests.json") << QByteArray() << supervisor << strs({"cannot be read"});
}

void TestCliTransfer::importRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, actor);
    QFETCH(QStringList, messages);

    Register reg;
    QVERIFY(reg.setUp());
    const QString path = reg.file(fileName);
    if (!content.isEmpty()) {
        QVERIFY(writeFile(path, content));
    }
    const CliRun run = reg.as(actor, {QStringLiteral("import"), path});
    QCOMPARE_EXIT(run, 2);
    QCOMPARE(run.out, QString());
    for (const QString& message : messages) {
        QVERIFY_CONTAINS(run.err, message);
    }
    // Nothing at all was imported.
    QCOMPARE(reg.rows(QStringLiteral("requests")), 0);
    QCOMPARE(reg.rows(QStringLiteral("history")), 0);
    QCOMPARE(reg.rows(QStringLiteral("persons")), 0);
    const CliRun list = reg.as(QStringLiteral("supervisor"), {QStringLiteral("list")});
    QCOMPARE_EXIT(list, 0);
    QVERIFY_CONTAINS(list.out, QStringLiteral("0 requests"));
}

void TestCliTransfer::jsonRoundTrip()
{
    // Arabic with diacritics, mixed Arabic and Latin, quotes, newlines, a tab,
    // a backslash, a \u escape, French accents, history given explicitly,
    // history data with a list, a document and a link.
    QByteArray json
        = "{\n"
          "  \"format\": \"masar-requests\",\n"
          "  \"version\": 1,\n"
          "  \"requests\": [\n"
          "    {\n"
          "      \"reference\": \"IN-2025-0007\",\n"
          "      \"direction\": \"incoming\",\n"
          "      \"state\": \"under_review\",\n"
          "      \"foreign_reference\": \"N° 12/2025 \\\"urgent\\\"\",\n"
          "      \"requesting_country\": \"MA\",\n"
          "      \"requested_country\": \"FR\",\n"
          "      \"requesting_authority\": \"وزارة العدل – المملكة المغربية\",\n"
          "      \"requested_authority\": \"Ministère de l'Intérieur\",\n"
          "      \"legal_basis\": [\"riyadh-1983\", \"untoc\"],\n"
          "      \"channel\": \"diplomatic\",\n"
          "      \"priority\": \"urgent\",\n"
          "      \"urgency_reason\": \"Détenu jusqu'au 3 mars – محتجز\",\n"
          "      \"confidentiality\": \"secret\",\n"
          "      \"received_on\": \"2025-02-01\",\n"
          "      \"requested_by\": \"2025-03-01\",\n"
          "      \"assignee\": \"officer\",\n"
          "      \"summary\": \"طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ في قضية \\\"الخلية\\\"\\nDeuxième ligne : « Ministère de "
          "l'Intérieur », vérifié\\ttabulé \\\\ fin\",\n"
          "      \"offences\": [\"terrorism\", \"terrorist_financing\"],\n"
          "      \"measures\": [\n"
          "        {\"type\": \"bank_records\", \"status\": \"pending\", \"note\": \"Compte n° 123 – حساب "
          "رقم ١٢٣\"},\n"
          "        {\"type\": \"witness_hearing\", \"status\": \"done\", \"note\": \"\"}\n"
          "      ],\n"
          "      \"persons\": [\n"
          "        {\"name\": \"\\u0645\\u062d\\u0645\\u062f بن علي (Mohamed Ben Ali)\", \"role\": "
          "\"suspect\", \"nationality\": \"MA\", \"birth_date\": \"1990-05-17\"},\n"
          "        {\"name\": \"Zoé Lefèvre-Éluard\", \"role\": \"witness\", \"nationality\": null, "
          "\"birth_date\": null}\n"
          "      ],\n"
          "      \"history\": [\n"
          "        {\"at\": \"2025-02-01T09:00:00Z\", \"step\": \"log_receipt\", \"from\": null, \"to\": "
          "\"received\", \"by\": \"officer\", \"reason\": \"\", \"data\": {\"channel\": \"diplomatic\", "
          "\"received_on\": \"2025-02-01\"}},\n"
          "        {\"at\": \"2025-02-02T10:30:00Z\", \"step\": \"register\", \"from\": \"received\", "
          "\"to\": \"registered\", \"by\": \"officer\", \"reason\": \"تسجيل الطلب\"},\n"
          "        {\"at\": \"2025-02-03T11:00:00Z\", \"step\": \"start_review\", \"from\": \"registered\", "
          "\"to\": \"under_review\", \"by\": \"supervisor\", \"reason\": \"Revue « prioritaire »\\nligne "
          "2\"}\n"
          "      ],\n"
          "      \"documents\": [\n"
          "        {\"name\": \"lettre – رسالة.txt\", \"media_type\": \"text/plain\", \"added_at\": "
          "\"2025-02-01T09:05:00Z\", \"added_by\": \"officer\", \"content_base64\": \"@CONTENT@\"}\n"
          "      ]\n"
          "    },\n"
          "    {\n"
          "      \"reference\": \"IN-2025-0008\",\n"
          "      \"direction\": \"incoming\",\n"
          "      \"state\": \"closed\",\n"
          "      \"disposition\": \"refused\",\n"
          "      \"requesting_country\": \"EG\",\n"
          "      \"requested_country\": \"FR\",\n"
          "      \"legal_basis\": [\"arab-ct-1998\"],\n"
          "      \"received_on\": \"2025-03-10\",\n"
          "      \"assignee\": \"supervisor\",\n"
          "      \"summary\": \"Commission rogatoire – إنابة قضائية\",\n"
          "      \"history\": [\n"
          "        {\"at\": \"2025-03-10T08:00:00Z\", \"step\": \"log_receipt\", \"from\": null, \"to\": "
          "\"received\", \"by\": \"officer\", \"reason\": \"\"},\n"
          "        {\"at\": \"2025-03-11T08:00:00Z\", \"step\": \"register\", \"from\": \"received\", "
          "\"to\": \"registered\", \"by\": \"officer\", \"reason\": \"\"},\n"
          "        {\"at\": \"2025-03-12T08:00:00Z\", \"step\": \"start_review\", \"from\": \"registered\", "
          "\"to\": \"under_review\", \"by\": \"officer\", \"reason\": \"\"},\n"
          "        {\"at\": \"2025-04-01T15:45:00Z\", \"step\": \"refuse\", \"from\": \"under_review\", "
          "\"to\": \"closed\", \"by\": \"supervisor\", \"reason\": \"Absence de double incrimination – "
          "انعدام ازدواجية التجريم\", \"data\": {\"article\": \"art. 4 § 2\", \"disposition\": \"refused\", "
          "\"refusal_grounds\": [\"dual_criminality\", \"political_offence\"]}}\n"
          "      ]\n"
          "    },\n"
          "    {\n"
          "      \"reference\": \"OUT-2025-0002\",\n"
          "      \"direction\": \"outgoing\",\n"
          "      \"state\": \"draft\",\n"
          "      \"requesting_country\": \"FR\",\n"
          "      \"requested_country\": \"TN\",\n"
          "      \"legal_basis\": [\"bilateral\"],\n"
          "      \"legal_basis_detail\": \"Convention franco-tunisienne du 28 juin 1972, art. 5\",\n"
          "      \"assignee\": \"supervisor\",\n"
          "      \"summary\": \"Demande d'entraide – طلب المساعدة القضائية المتبادلة\",\n"
          "      \"links\": [{\"reference\": \"IN-2025-0007\", \"kind\": \"related\"}]\n"
          "    }\n"
          "  ]\n"
          "}\n";
    const QByteArray documentContent = str("رسالة – lettre de transmission\n").toUtf8();
    json.replace("@CONTENT@", documentContent.toBase64());
    const QString summary = str("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ في قضية \"الخلية\"\nDeuxième ligne : « Ministère de "
                                "l'Intérieur », vérifié\ttabulé \\ fin");

    Register first;
    QVERIFY(first.setUp());
    const QString source = first.file(QStringLiteral("source.json"));
    QVERIFY(writeFile(source, json));
    const CliRun imported = first.as(QStringLiteral("admin"), {QStringLiteral("import"), source});
    QCOMPARE_EXIT(imported, 0);
    QCOMPARE(imported.out, QStringLiteral("Imported 3 requests.\n"));

    // The text arrived as it was written.
    const QJsonObject request = first.show(QStringLiteral("IN-2025-0007"));
    QCOMPARE(request.value(QStringLiteral("summary")).toString(), summary);
    QCOMPARE(request.value(QStringLiteral("foreign_reference")).toString(), str("N° 12/2025 \"urgent\""));
    QCOMPARE(request.value(QStringLiteral("requested_authority")).toString(),
             str("Ministère de l'Intérieur"));
    QCOMPARE(request.value(QStringLiteral("persons"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             str("محمد بن علي (Mohamed Ben Ali)"));
    const QJsonArray history = request.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(2).toObject().value(QStringLiteral("reason")).toString(),
             str("Revue « prioritaire »\nligne 2"));
    QCOMPARE(history.at(2).toObject().value(QStringLiteral("by")).toString(), QStringLiteral("supervisor"));
    const CliRun document
        = first.as(QStringLiteral("officer"),
                   {QStringLiteral("document"), QStringLiteral("IN-2025-0007"), str("lettre – رسالة.txt")});
    QCOMPARE_EXIT(document, 0);
    QCOMPARE(document.out.toUtf8(), documentContent);
    const CliRun text
        = first.as(QStringLiteral("officer"), {QStringLiteral("show"), QStringLiteral("IN-2025-0007")});
    QCOMPARE_EXIT(text, 0);
    QVERIFY_CONTAINS(text.out, summary);

    // Export, import into an empty register, export again: the same bytes.
    const QString exported = first.file(QStringLiteral("first.json"));
    const CliRun export1
        = first.as(QStringLiteral("admin"), {QStringLiteral("export"), QStringLiteral("-o"), exported});
    QCOMPARE_EXIT(export1, 0);
    QCOMPARE(export1.out, QString());
    const QByteArray firstBytes = readFile(exported);
    QVERIFY(!firstBytes.isEmpty());
    QVERIFY2(firstBytes.contains(str("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ").toUtf8()),
             "Arabic is written as UTF-8, not escaped");
    const QJsonArray requests
        = QJsonDocument::fromJson(firstBytes).object().value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).toObject().value(QStringLiteral("summary")).toString(), summary);
    QCOMPARE(requests.at(2)
                 .toObject()
                 .value(QStringLiteral("links"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("reference"))
                 .toString(),
             QStringLiteral("IN-2025-0007"));
    // Standard output carries the same document.
    const CliRun toStdout = first.as(QStringLiteral("admin"), {QStringLiteral("export")});
    QCOMPARE_EXIT(toStdout, 0);
    QCOMPARE(toStdout.out.toUtf8(), firstBytes);

    // An empty register, with only its administrator: the file brings the users it assigns to.
    Register second;
    QVERIFY(second.setUp(QStringList()));
    QCOMPARE(second.rows(QStringLiteral("users")), 1);
    QCOMPARE(second.rows(QStringLiteral("requests")), 0);
    const CliRun reimported = second.as(QStringLiteral("admin"), {QStringLiteral("import"), exported});
    QCOMPARE_EXIT(reimported, 0);
    QCOMPARE(reimported.out, QStringLiteral("Imported 3 requests.\n"));
    const QString exportedAgain = second.file(QStringLiteral("second.json"));
    QCOMPARE_EXIT(
        second.as(QStringLiteral("admin"), {QStringLiteral("export"), QStringLiteral("-o"), exportedAgain}),
        0);
    QCOMPARE(readFile(exportedAgain), firstBytes);
}

void TestCliTransfer::csvImportWithBomAndSemicolons()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QByteArray csv
        = "\xEF\xBB\xBF"
          "direction;requesting_country;requested_country;received_on;summary;legal_basis;assignee;"
          "measures\r\n"
        + str("incoming;TN;FR;2025-01-15;\"Demande; مع فاصلة « urgente »\";\"untoc;riyadh-1983\";officer;"
              "\"documents;bank_records:done\"\r\n"
              "outgoing;FR;EG;;Ministère de l'Intérieur;riyadh-1983;supervisor;\r\n")
              .toUtf8();
    const QString path = reg.file(QStringLiteral("requests.csv"));
    QVERIFY(writeFile(path, csv));

    const CliRun run = reg.as(QStringLiteral("supervisor"), {QStringLiteral("import"), path});
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("Imported 2 requests.\n"));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 2);

    const QJsonObject incoming = reg.show(QStringLiteral("IN-2025-0001"));
    QCOMPARE(incoming.value(QStringLiteral("direction")).toString(), QStringLiteral("incoming"));
    QCOMPARE(incoming.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(incoming.value(QStringLiteral("summary")).toString(), str("Demande; مع فاصلة « urgente »"));
    QCOMPARE(incoming.value(QStringLiteral("legal_basis")).toArray(),
             QJsonArray({QStringLiteral("untoc"), QStringLiteral("riyadh-1983")}));
    QCOMPARE(incoming.value(QStringLiteral("assignee")).toString(), QStringLiteral("officer"));
    const QJsonArray measures = incoming.value(QStringLiteral("measures")).toArray();
    QCOMPARE(measures.size(), 2);
    QCOMPARE(measures.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("documents"));
    QCOMPARE(measures.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(measures.at(1).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("bank_records"));
    QCOMPARE(measures.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    const QJsonArray history = incoming.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("step")).toString(), QStringLiteral("import"));
    QCOMPARE(history.at(0).toObject().value(QStringLiteral("by")).toString(), QStringLiteral("supervisor"));

    // An outgoing request without a date is numbered in the current year.
    const QJsonObject outgoing = reg.show(QStringLiteral("OUT-%1-0001").arg(QDate::currentDate().year()));
    QCOMPARE(outgoing.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
    QCOMPARE(outgoing.value(QStringLiteral("summary")).toString(), str("Ministère de l'Intérieur"));
    QCOMPARE(outgoing.value(QStringLiteral("requested_country")).toString(), QStringLiteral("EG"));
}

void TestCliTransfer::importNumbersAfterRegisterReferences()
{
    // Records without a reference get the next free one of their direction and
    // year, after those in the register as well as those in the file.
    Register reg;
    QVERIFY(reg.setUp());
    const QString firstFile = reg.file(QStringLiteral("first.json"));
    QVERIFY(writeFile(firstFile, requestsFile({incomingRecord("MA", ", \"reference\": \"IN-2025-0003\"")})));
    QCOMPARE_EXIT(reg.as(QStringLiteral("supervisor"), {QStringLiteral("import"), firstFile}), 0);

    const QString secondFile = reg.file(QStringLiteral("second.json"));
    QVERIFY(writeFile(secondFile,
                      requestsFile({incomingRecord("LB", ", \"reference\": \"IN-2025-0001\""),
                                    incomingRecord("JO"), incomingRecord("EG")})));
    const CliRun run = reg.as(QStringLiteral("supervisor"), {QStringLiteral("import"), secondFile});
    // Found by this test: the register's numbers were not consulted when the
    // file named a reference of the same year, and IN-2025-0003 was handed out
    // again (exit 3 on the UNIQUE constraint). Fixed in ece57d0.
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("Imported 3 requests.\n"));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 4);
    QCOMPARE(reg.show(QStringLiteral("IN-2025-0001")).value(QStringLiteral("requesting_country")).toString(),
             QStringLiteral("LB"));
    QCOMPARE(reg.show(QStringLiteral("IN-2025-0004")).value(QStringLiteral("requesting_country")).toString(),
             QStringLiteral("JO"));
    QCOMPARE(reg.show(QStringLiteral("IN-2025-0005")).value(QStringLiteral("requesting_country")).toString(),
             QStringLiteral("EG"));
    QCOMPARE(queryValue(reg.path(),
                        QStringLiteral("SELECT count(*) FROM requests WHERE reference = 'IN-2025-0002'"))
                 .toInt(),
             0);
}

void TestCliTransfer::exportToAFileThatCannotBeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::addColumn<QString>("format");
    for (const auto& [disk, kind] : {std::pair {"unwritable folder", ScratchDisk::Kind::Unwritable},
                                     std::pair {"full disk", ScratchDisk::Kind::Full}}) {
        QTest::addRow("%s, json", disk) << kind << QStringLiteral("json");
        QTest::addRow("%s, csv", disk) << kind << QStringLiteral("csv");
    }
}

void TestCliTransfer::exportToAFileThatCannotBeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    QFETCH(QString, format);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    Register reg;
    QVERIFY(reg.setUp());
    QVERIFY(!reg.newRequest(QStringLiteral("incoming")).isEmpty());
    const QString path = disk.filePath(QStringLiteral("requests.") + format);
    const CliRun run = reg.as(QStringLiteral("admin"),
                              {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("export"),
                               QStringLiteral("--format"), format, QStringLiteral("-o"), path});
    QCOMPARE_EXIT(run, 3);
    QVERIFY_CONTAINS(run.err, path);
    QVERIFY_CONTAINS(run.err, str("rien n’y a été enregistré"));
    QCOMPARE(run.out, QString());
    QCOMPARE(disk.entries(), QStringList());
}

QTEST_GUILESS_MAIN(TestCliTransfer)
#include "tst_cli_transfer.moc"
