// RequestJson's writer and reader: the document's layout, lossless round trips,
// and every kind of refusal, each naming the record and the field.
#include "SampleRequests.h"
#include "core/Iso8601.h"
#include "io/RequestJson.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

Q_DECLARE_METATYPE(Masar::Request)

namespace {

// Only what an incoming request cannot do without; every optional field empty.
Request bareIncoming()
{
    Request r;
    r.direction = Direction::Incoming;
    r.state = State::Received;
    r.requestingCountry = QStringLiteral("LB");
    r.requestedCountry = QStringLiteral("FR");
    r.receivedOn = QDate(2026, 3, 1);
    return r;
}

// JSON written with single quotes, for readability in the tables below.
QByteArray json(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Every field compared, so that a failure names the one that differs. The
// documents' size and hash are compared by readIsLossless().
void compareRequests(const Request& actual, const Request& expected)
{
    compareOwnFields(actual, expected);
    if (QTest::currentTestFailed()) {
        return;
    }

    QCOMPARE(actual.measures.size(), expected.measures.size());
    for (std::size_t i = 0; i < expected.measures.size(); ++i) {
        QCOMPARE(actual.measures[i].type, expected.measures[i].type);
        QCOMPARE(actual.measures[i].status, expected.measures[i].status);
        QCOMPARE(actual.measures[i].note, expected.measures[i].note);
    }
    QCOMPARE(actual.persons.size(), expected.persons.size());
    for (std::size_t i = 0; i < expected.persons.size(); ++i) {
        QCOMPARE(actual.persons[i].name, expected.persons[i].name);
        QCOMPARE(actual.persons[i].role, expected.persons[i].role);
        QCOMPARE(actual.persons[i].nationality, expected.persons[i].nationality);
        QCOMPARE(actual.persons[i].birthDate, expected.persons[i].birthDate);
    }
    QCOMPARE(actual.links.size(), expected.links.size());
    for (std::size_t i = 0; i < expected.links.size(); ++i) {
        QCOMPARE(actual.links[i].reference, expected.links[i].reference);
        QCOMPARE(actual.links[i].kind, expected.links[i].kind);
    }
    QCOMPARE(actual.history.size(), expected.history.size());
    for (std::size_t i = 0; i < expected.history.size(); ++i) {
        const HistoryEntry& a = actual.history[i];
        const HistoryEntry& e = expected.history[i];
        QCOMPARE(a.at, e.at);
        QCOMPARE(a.at.timeSpec(), Qt::UTC);
        QCOMPARE(keyOf(a.step), keyOf(e.step));
        QCOMPARE(optionalState(a.from), optionalState(e.from));
        QCOMPARE(keyOf(a.to), keyOf(e.to));
        QCOMPARE(a.actor, e.actor);
        QCOMPARE(a.reason, e.reason);
        QCOMPARE(compact(a.data), compact(e.data));
        QVERIFY(a.data == e.data);
    }
    QCOMPARE(actual.documents.size(), expected.documents.size());
    for (std::size_t i = 0; i < expected.documents.size(); ++i) {
        const Document& a = actual.documents[i];
        const Document& e = expected.documents[i];
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.mediaType, e.mediaType);
        QCOMPARE(a.addedAt, e.addedAt);
        QCOMPARE(a.addedBy, e.addedBy);
        QCOMPARE(a.content, e.content);
    }
}

QString readError(const QByteArray& data, Error* error)
{
    Result<std::vector<ImportRecord>> records = RequestJson::read(data);
    if (records) {
        return QStringLiteral("read() accepted the file");
    }
    *error = records.error();
    return QString();
}

} // namespace

class TestRequestJson : public QObject
{
    Q_OBJECT

private:
    // Three requests: two with references, the third without.
    static std::vector<Request> sampleRequests()
    {
        Request second = fullIncoming();
        second.reference = QStringLiteral("IN-2026-0002");
        Request third = closedOutgoing();
        third.reference.clear();
        return {fullIncoming(), second, third};
    }

    static QJsonObject sampleDocument()
    {
        return QJsonDocument::fromJson(writeRequests(sampleRequests())).object();
    }

private slots:

    void documentHeader()
    {
        const QByteArray out = writeRequests({});
        QVERIFY2(out.startsWith("{\n  \"format\": \"masar-requests\",\n  \"version\": 1,\n  \"requests\": ["),
                 out.constData());
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("masar-requests"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("requests")).toArray().size(), 0);
        Result<std::vector<ImportRecord>> records = RequestJson::read(out);
        QVERIFY(records);
        QVERIFY(records->empty());
    }

    void shownRequestsNameTheirDocumentsWithoutContent()
    {
        Request request = fullIncoming();
        QVERIFY(!request.documents.empty());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        RequestJson::Writer writer(&buffer);
        writer.setDocumentContentWritten(false);
        writer.write(request);
        const QJsonObject written = QJsonDocument::fromJson(buffer.data()).object();
        const QJsonObject first = written.value(QStringLiteral("documents")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), request.documents.front().name);
        QCOMPARE(first.value(QStringLiteral("sha256")).toString(), request.documents.front().sha256);
        QVERIFY(!first.contains(QStringLiteral("content_base64")));
    }

    void writerFieldsAndOrder()
    {
        const QByteArray out = writeRequests({fullIncoming()});
        const QJsonObject request = QJsonDocument::fromJson(out)
                                        .object()
                                        .value(QStringLiteral("requests"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        // Fields in the table's order, then the lists.
        const QStringList keys
            = {QStringLiteral("reference"), QStringLiteral("direction"), QStringLiteral("state"),
               QStringLiteral("summary"),   QStringLiteral("offences"),  QStringLiteral("measures"),
               QStringLiteral("persons"),   QStringLiteral("links"),     QStringLiteral("history"),
               QStringLiteral("documents")};
        qsizetype previous = -1;
        for (const QString& key : keys) {
            const qsizetype at = out.indexOf("\n      \"" + key.toUtf8() + "\": ");
            QVERIFY2(at > previous, qPrintable(key));
            previous = at;
        }
        QCOMPARE(request.value(QStringLiteral("legal_basis")).toArray(),
                 (QJsonArray {QStringLiteral("untoc"), QStringLiteral("arab-ct-1998"),
                              QStringLiteral("bilateral")}));
        QVERIFY(out.contains("\"legal_basis\": [\"untoc\", \"arab-ct-1998\", \"bilateral\"]"));
        QVERIFY(request.value(QStringLiteral("disposition")).isNull());
        QVERIFY(request.value(QStringLiteral("sent_on")).isNull());
        QCOMPARE(request.value(QStringLiteral("received_on")).toString(), QStringLiteral("2026-02-10"));
        // Arabic is written as UTF-8, not escaped.
        QVERIFY(out.contains(QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ").toUtf8()));
        QVERIFY(!out.contains("\\u06"));
        const QJsonObject history = request.value(QStringLiteral("history")).toArray().at(0).toObject();
        QCOMPARE(history.value(QStringLiteral("at")).toString(), QStringLiteral("2026-02-10T08:00:00Z"));
        QVERIFY(history.value(QStringLiteral("from")).isNull());
        QCOMPARE(history.value(QStringLiteral("step")).toString(), QStringLiteral("log_receipt"));
        QVERIFY(!request.value(QStringLiteral("history"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .contains(QStringLiteral("data")));
        const QJsonObject document = request.value(QStringLiteral("documents")).toArray().at(0).toObject();
        QCOMPARE(document.value(QStringLiteral("size")).toInteger(), qint64(binaryContent().size()));
        QCOMPARE(
            QByteArray::fromBase64(document.value(QStringLiteral("content_base64")).toString().toLatin1()),
            binaryContent());
        QCOMPARE(document.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(binaryContent(), QCryptographicHash::Sha256).toHex()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Request>("request");

        QTest::addRow("incoming, every field set") << fullIncoming();
        QTest::addRow("outgoing, closed") << closedOutgoing();
        QTest::addRow("only the required fields") << bareIncoming();

        Request arabic = bareIncoming();
        arabic.requestingCountry = QStringLiteral("EG");
        arabic.requestingAuthority = QStringLiteral("مكتب النائب العام، القاهرة");
        arabic.summary = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ فِي قَضِيَّةِ تَمْوِيلِ الإِرْهَابِ");
        arabic.persons
            = {{QStringLiteral("Youssef El Amrani يوسف"), QStringLiteral("suspect"), QStringLiteral("EG"),
                QDate(1990, 2, 28)},
               {QStringLiteral("مُحَمَّد بْن عَبْد الله"), QStringLiteral("witness"), QString(), QDate()}};
        QTest::addRow("Arabic with diacritics, mixed with Latin") << arabic;

        Request special = bareIncoming();
        special.foreignReference = QStringLiteral("a\"b\\c/d");
        special.summary = QStringLiteral("quotes \"x\", backslash \\, tab\t, CR\r, LF\n, U+0001 \u0001, "
                                         "U+001F \u001f, </script>, ‏RLM, 🇲🇦");
        special.urgencyReason = QStringLiteral("  leading and trailing spaces  ");
        special.requestingAuthority
            = QStringLiteral("Cour d'appel d'Aix-en-Provence — « Pôle antiterroriste »");
        special.history
            = {entry(utc(3, 1, 23, 59, 59), Step::Import, std::nullopt, State::Received,
                     QStringLiteral("admin"), QStringLiteral("Reprise du registre papier\n« 2019 »"),
                     QJsonObject {{QStringLiteral("note"), QStringLiteral("\"\\\n\u0001")}})};
        QTest::addRow("quotes, backslashes and control characters") << special;

        Request documents = bareIncoming();
        documents.documents = {
            document(QStringLiteral("scan.bin"), QStringLiteral("application/octet-stream"), binaryContent(),
                     utc(3, 1, 10, 0), QStringLiteral("officer")),
            document(QStringLiteral("vide.txt"), QStringLiteral("text/plain"), QByteArray(""),
                     utc(3, 1, 10, 1), QStringLiteral("officer")),
            document(
                QStringLiteral("all bytes"), QStringLiteral("application/octet-stream"),
                [] {
                    QByteArray all;
                    for (int i = 0; i < 256; ++i) {
                        all.append(char(i));
                    }
                    return all;
                }(),
                utc(3, 1, 10, 2), QStringLiteral("admin")),
        };
        QTest::addRow("documents with binary content") << documents;
    }

    void roundTrip()
    {
        QFETCH(Request, request);

        const QByteArray json = writeRequests({request});
        QJsonParseError parseError;
        QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        Result<std::vector<ImportRecord>> records = RequestJson::read(json);
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), std::size_t(1));
        compareRequests(records->front().request, request);
    }

    // read() checks "size" and "sha256" against the content; a lossless
    // reader keeps them in the Document it returns, so that writing what was
    // read gives the same file again.
    void readIsLossless()
    {
        const Request request = fullIncoming();
        const QByteArray json = writeRequests({request});
        Result<std::vector<ImportRecord>> records = RequestJson::read(json);
        QVERIFY2(records, qPrintable(records.error().fullText()));
        const std::vector<Document>& documents = records->front().request.documents;
        QCOMPARE(documents.size(), request.documents.size());
        for (std::size_t i = 0; i < documents.size(); ++i) {
            QCOMPARE(documents[i].content, request.documents[i].content);
            QCOMPARE(documents[i].size, request.documents[i].size);
            QCOMPARE(documents[i].sha256, request.documents[i].sha256);
            QVERIFY(documents[i] == request.documents[i]);
        }
        QCOMPARE(writeRequests({records->front().request}), json);
    }

    void readSeveralKeepsOrderAndLabels()
    {
        Result<std::vector<ImportRecord>> records = RequestJson::read(writeRequests(sampleRequests()));
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), std::size_t(3));
        QCOMPARE(records->at(0).label, QStringLiteral("request 1 (IN-2026-0001)"));
        QCOMPARE(records->at(1).label, QStringLiteral("request 2 (IN-2026-0002)"));
        QCOMPARE(records->at(2).label, QStringLiteral("request 3"));
        QCOMPARE(records->at(1).request.reference, QStringLiteral("IN-2026-0002"));
        QCOMPARE(keyOf(records->at(2).request.direction), QStringLiteral("outgoing"));
    }

    void readFillsDefaults_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("state");
        QTest::addRow("incoming") << QStringLiteral("incoming") << QStringLiteral("received");
        QTest::addRow("outgoing") << QStringLiteral("outgoing") << QStringLiteral("draft");
    }

    void readFillsDefaults()
    {
        QFETCH(QString, direction);
        QFETCH(QString, state);
        const QByteArray data = json("{'format': 'masar-requests', 'version': 1, 'requests': [{'direction': "
                                     "'%1', 'summary': 'x',"
                                     " 'channel': null, 'measures': [{'type': 'bank_records'}],"
                                     " 'persons': [{'name': 'A', 'role': 'suspect'}],"
                                     " 'documents': [{'name': 'a.txt', 'added_at': '2026-03-01T10:00:00Z', "
                                     "'added_by': 'officer',"
                                     " 'content_base64': 'YQ=='}]}]}")
                                    .replace("%1", direction.toUtf8());
        Result<std::vector<ImportRecord>> records = RequestJson::read(data);
        QVERIFY2(records, qPrintable(records.error().fullText()));
        const Request& request = records->front().request;
        QCOMPARE(keyOf(request.direction), direction);
        QCOMPARE(keyOf(request.state), state);
        QCOMPARE(request.channel, QStringLiteral("central_authority"));
        QCOMPARE(request.priority, QStringLiteral("normal"));
        QCOMPARE(request.confidentiality, QStringLiteral("restricted"));
        QCOMPARE(request.measures.size(), std::size_t(1));
        QCOMPARE(request.measures[0].status, QStringLiteral("pending"));
        QCOMPARE(request.persons[0].nationality, QString());
        QVERIFY(!request.persons[0].birthDate.isValid());
        QCOMPARE(request.documents[0].mediaType, QStringLiteral("application/octet-stream"));
        QCOMPARE(request.documents[0].content, QByteArray("a"));
        QVERIFY(request.history.empty());
    }

    void readTimestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::addRow("UTC") << QStringLiteral("2026-03-01T10:15:30Z") << utc(3, 1, 10, 15, 30);
        QTest::addRow("offset +02:00") << QStringLiteral("2026-03-01T10:15:30+02:00") << utc(3, 1, 8, 15, 30);
        QTest::addRow("offset -05:00 crosses midnight")
            << QStringLiteral("2026-02-28T22:00:00-05:00") << utc(3, 1, 3, 0, 0);
        QTest::addRow("milliseconds dropped")
            << QStringLiteral("2026-03-01T10:15:30.789Z") << utc(3, 1, 10, 15, 30);
        QTest::addRow("no seconds") << QStringLiteral("2026-03-01T10:15Z") << utc(3, 1, 10, 15, 0);
    }

    void readTimestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QJsonObject root = sampleDocument();
        root = patched(root,
                       QStringList {QStringLiteral("requests"), QStringLiteral("0"),
                                    QStringLiteral("history"), QStringLiteral("0"), QStringLiteral("at")},
                       text)
                   .toObject();
        Result<std::vector<ImportRecord>> records = RequestJson::read(QJsonDocument(root).toJson());
        QVERIFY2(records, qPrintable(records.error().fullText()));
        const QDateTime at = records->front().request.history.front().at;
        QCOMPARE(at, expected);
        QCOMPARE(at.timeSpec(), Qt::UTC);
        QCOMPARE(Iso8601::formatTimestamp(at), Iso8601::formatTimestamp(expected));
    }

    void readRefusesDocument_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("details");

        QTest::addRow("not JSON, line 1")
            << QByteArray("hello") << QStringLiteral("\\(line 1, column [12]\\)\\.$") << QStringList();
        QTest::addRow("not JSON, line 4")
            << QByteArray("{\n  \"format\": \"masar-requests\",\n  \"version\": 1,\n  \"requests\": [,]\n}\n")
            << QStringLiteral("\\(line 4, column 1[67]\\)\\.$") << QStringList();
        QTest::addRow("not JSON, truncated")
            << QByteArray("{\n  \"format\": \"masar-requests\",\n  \"requests\": [\n")
            << QStringLiteral("\\(line 4, column \\d+\\)\\.$") << QStringList();
        QTest::addRow("JSON array") << QByteArray("[]")
                                    << QStringLiteral("The file is JSON but not a Masar requests file (its "
                                                      "“format” is not “masar-requests”).")
                                    << QStringList();
        QTest::addRow("other format")
            << json("{'format': 'masar-users', 'version': 1, 'requests': []}")
            << QStringLiteral("The file is JSON but not a Masar requests file (its “format” is not "
                              "“masar-requests”).")
            << QStringList();
        QTest::addRow("no format") << json("{'version': 1, 'requests': []}")
                                   << QStringLiteral("not a Masar requests file") << QStringList();
        QTest::addRow("version 2") << json("{'format': 'masar-requests', 'version': 2, 'requests': []}")
                                   << QStringLiteral(
                                          "The file is of format version 2; this program reads version 1.")
                                   << QStringList();
        QTest::addRow("version missing") << json("{'format': 'masar-requests', 'requests': []}")
                                         << QStringLiteral("this program reads version 1.") << QStringList();
        QTest::addRow("version as text")
            << json("{'format': 'masar-requests', 'version': 'one', 'requests': []}")
            << QStringLiteral("The file is of format version one; this program reads version 1.")
            << QStringList();
        QTest::addRow("requests missing")
            << json("{'format': 'masar-requests', 'version': 1}")
            << QStringLiteral("The file has no list of “requests”.") << QStringList();
        QTest::addRow("requests not a list")
            << json("{'format': 'masar-requests', 'version': 1, 'requests': {}}")
            << QStringLiteral("The file has no list of “requests”.") << QStringList();
        QTest::addRow("unknown top-level key")
            << json("{'format': 'masar-requests', 'version': 1, 'requests': [], 'comment': 'x'}")
            << QStringLiteral("Nothing was imported: 1 problem(s) found.")
            << QStringList {QStringLiteral("field “comment”: is not a field of the format")};
        QTest::addRow("a request that is not an object")
            << json("{'format': 'masar-requests', 'version': 1, 'requests': [{'direction': 'incoming'}, 7]}")
            << QStringLiteral("Nothing was imported: 1 problem(s) found.")
            << QStringList {QStringLiteral("request 2: is not an object")};
    }

    void readRefusesDocument()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        QFETCH(QStringList, details);

        Error error;
        QCOMPARE(readError(data, &error), QString());
        QCOMPARE(error.kind(), Error::Kind::Invalid);
        if (message.startsWith(QLatin1String("\\(line"))) {
            // Where the parser stopped: the line exactly, the column at or just after the fault.
            QVERIFY2(error.message().startsWith(QLatin1String("The file is not valid JSON: ")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QRegularExpression(message)), qPrintable(error.message()));
        } else {
            QVERIFY2(error.message().contains(message), qPrintable(error.message()));
        }
        QCOMPARE(error.details(), details);
    }

    void readRefusesRecord_data()
    {
        QTest::addColumn<QString>("path"); // in the document, '/'-separated
        QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
        QTest::addColumn<QStringList>("details");

        const QString second = QStringLiteral("request 2 (IN-2026-0002), field “%1”: %2");
        const auto row = [&](const char* name, const char* path, const QJsonValue& value, const char* field,
                             const QString& message) {
            QTest::addRow("%s", name) << QString::fromLatin1(path) << value
                                      << QStringList {second.arg(QLatin1String(field), message)};
        };

        row("number for a string", "requests/1/summary", 42, "summary", QStringLiteral("must be a string"));
        row("list for a string", "requests/1/requesting_country", QJsonArray {QStringLiteral("MA")},
            "requesting_country", QStringLiteral("must be a string"));
        row("string for a list", "requests/1/legal_basis", QStringLiteral("untoc"), "legal_basis",
            QStringLiteral("must be a list of codes"));
        row("number in a list of codes", "requests/1/offences", QJsonArray {QStringLiteral("terrorism"), 3},
            "offences", QStringLiteral("must be a list of codes"));
        row("direction missing", "requests/1/direction", QJsonValue(QJsonValue::Undefined), "direction",
            QStringLiteral("is required"));
        row("direction null", "requests/1/direction", QJsonValue::Null, "direction",
            QStringLiteral("is required"));
        row("unknown direction", "requests/1/direction", QStringLiteral("sideways"), "direction",
            QStringLiteral("“sideways” is not one of: incoming, outgoing"));
        row("unknown state", "requests/1/state", QStringLiteral("pending"), "state",
            QStringLiteral("“pending” is not a state"));
        row("unknown request key", "requests/1/colour", QStringLiteral("red"), "colour",
            QStringLiteral("is not a field of the format"));
        row("bad date: month 13", "requests/1/received_on", QStringLiteral("2026-13-01"), "received_on",
            QStringLiteral("“2026-13-01” is not a date of the form YYYY-MM-DD"));
        row("bad date: 30 February", "requests/1/requested_by", QStringLiteral("2026-02-30"), "requested_by",
            QStringLiteral("“2026-02-30” is not a date of the form YYYY-MM-DD"));
        row("bad date: French form", "requests/1/received_on", QStringLiteral("02/03/2026"), "received_on",
            QStringLiteral("“02/03/2026” is not a date of the form YYYY-MM-DD"));
        row("bad date: with a time", "requests/1/received_on", QStringLiteral("2026-03-02T10:00:00Z"),
            "received_on", QStringLiteral("“2026-03-02T10:00:00Z” is not a date of the form YYYY-MM-DD"));
        row("measures not a list", "requests/1/measures", QStringLiteral("bank_records"), "measures",
            QStringLiteral("must be a list"));
        row("measure not an object", "requests/1/measures/0", QStringLiteral("bank_records"), "measures[0]",
            QStringLiteral("must be an object"));
        row("measure note a number", "requests/1/measures/2/note", 5, "measures[2].note",
            QStringLiteral("must be a string or null"));
        row("measure unknown key", "requests/1/measures/1/due", QStringLiteral("x"), "measures[1].due",
            QStringLiteral("is not a field of the format"));
        row("person role a number", "requests/1/persons/0/role", 3, "persons[0].role",
            QStringLiteral("must be a string or null"));
        row("person name a list", "requests/1/persons/2/name", QJsonArray {QStringLiteral("x")},
            "persons[2].name", QStringLiteral("must be a string or null"));
        row("person bad birth date", "requests/1/persons/0/birth_date", QStringLiteral("1988-7-14"),
            "persons[0].birth_date", QStringLiteral("“1988-7-14” is not a date of the form YYYY-MM-DD"));
        row("person unknown key", "requests/1/persons/1/passport", QStringLiteral("X1"),
            "persons[1].passport", QStringLiteral("is not a field of the format"));
        row("persons an object", "requests/1/persons", QJsonObject(), "persons",
            QStringLiteral("must be a list"));
        row("link kind a boolean", "requests/1/links/1/kind", true, "links[1].kind",
            QStringLiteral("must be a string or null"));
        row("timestamp without zone", "requests/1/history/0/at", QStringLiteral("2026-02-10T08:00:00"),
            "history[0].at",
            QStringLiteral("“2026-02-10T08:00:00” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"));
        row("timestamp with a space", "requests/1/history/1/at", QStringLiteral("2026-02-10 08:00:00Z"),
            "history[1].at",
            QStringLiteral("“2026-02-10 08:00:00Z” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"));
        row("timestamp hour 25", "requests/1/history/2/at", QStringLiteral("2026-02-11T25:00:00Z"),
            "history[2].at",
            QStringLiteral("“2026-02-11T25:00:00Z” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ"));
        row("timestamp null", "requests/1/history/0/at", QJsonValue::Null, "history[0].at",
            QStringLiteral("must be a string"));
        row("unknown step", "requests/1/history/3/step", QStringLiteral("teleport"), "history[3].step",
            QStringLiteral("“teleport” is not a step"));
        row("unknown to-state", "requests/1/history/4/to", QStringLiteral("limbo"), "history[4].to",
            QStringLiteral("“limbo” is not a state"));
        row("unknown from-state", "requests/1/history/1/from", QStringLiteral("nowhere"), "history[1].from",
            QStringLiteral("“nowhere” is not a state"));
        row("actor a number", "requests/1/history/1/by", 1, "history[1].by",
            QStringLiteral("must be a string"));
        row("history data not an object", "requests/1/history/0/data", QStringLiteral("x"), "history[0].data",
            QStringLiteral("must be an object"));
        row("history unknown key", "requests/1/history/0/when", QStringLiteral("x"), "history[0].when",
            QStringLiteral("is not a field of the format"));
        row("document sha256 mismatch", "requests/1/documents/0/sha256", QString(64, QLatin1Char('0')),
            "documents[0].sha256", QStringLiteral("does not match the content (the file may be damaged)"));
        row("document size mismatch", "requests/1/documents/1/size", 999, "documents[1].size",
            QStringLiteral("says 999 bytes but the content has %1")
                .arg(QStringLiteral("Résumé : ligne 1\nسطر 2\n").toUtf8().size()));
        row("document unknown key", "requests/1/documents/0/path", QStringLiteral("/tmp/x"),
            "documents[0].path", QStringLiteral("is not a field of the format"));

        QTest::addRow("reference a number: no reference in the label")
            << QStringLiteral("requests/1/reference") << QJsonValue(2)
            << QStringList {QStringLiteral("request 2, field “reference”: must be a string")};
        QTest::addRow("third request, without reference")
            << QStringLiteral("requests/2/persons") << QJsonValue(QStringLiteral("x"))
            << QStringList {QStringLiteral("request 3, field “persons”: must be a list")};
    }

    void readRefusesRecord()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QStringList, details);

        const QJsonObject root = patched(sampleDocument(), path.split(QLatin1Char('/')), value).toObject();
        Error error;
        QCOMPARE(readError(QJsonDocument(root).toJson(), &error), QString());
        QCOMPARE(error.kind(), Error::Kind::Invalid);
        QCOMPARE(error.message(),
                 QStringLiteral("Nothing was imported: %1 problem(s) found.").arg(details.size()));
        QCOMPARE(error.details(), details);
    }

    void readRefusesBadBase64()
    {
        const QJsonObject root
            = patched(sampleDocument(),
                      QStringLiteral("requests/1/documents/0/content_base64").split(QLatin1Char('/')),
                      QStringLiteral("JVBERi0*!not base64!"))
                  .toObject();
        Error error;
        QCOMPARE(readError(QJsonDocument(root).toJson(), &error), QString());
        QCOMPARE(error.kind(), Error::Kind::Invalid);
        // The content cannot be decoded, so it matches neither its size nor its hash either.
        const QString prefix = QStringLiteral("request 2 (IN-2026-0002), field “documents[0].");
        const QStringList expected = {
            prefix + QStringLiteral("content_base64”: is not valid Base64"),
            prefix + QStringLiteral("size”: says %1 bytes but the content has 0").arg(binaryContent().size()),
            prefix + QStringLiteral("sha256”: does not match the content (the file may be damaged)"),
        };
        QCOMPARE(error.details(), expected);
    }

    // JSON allows a control character (U+0000 to U+001F) in text only
    // escaped, and Qt's parser lets it through as it is: refused, naming the
    // record and the field. A NUL, however written, has no place in a field.
    void readRefusesControlCharacters_data()
    {
        QTest::addColumn<QString>("path"); // in the document, '/'-separated: a string holding "@@"
        QTest::addColumn<QByteArray>("written"); // what replaces "@@" in the file
        QTest::addColumn<QString>("field"); // with its record, as the problem names it
        QTest::addColumn<QString>("message"); // %1: the line

        const QString second = QStringLiteral("request 2 (IN-2026-0002), field “%1”");
        const QString control = QStringLiteral(
            "holds the control character U+%1 as it is (line %2); JSON allows it only escaped "
            "(\\t, \\n, \\u%1)");
        const QString nul
            = QStringLiteral("holds a NUL character (line %1), which has no place in any field");
        const auto raw = [&](const char* code) {
            return control.arg(QLatin1String(code)).replace(QStringLiteral("%2"), QStringLiteral("%1"));
        };
        QTest::newRow("raw NUL in a summary") << QStringLiteral("requests/1/summary") << QByteArray(1, '\0')
                                              << second.arg(QStringLiteral("summary")) << nul;
        QTest::newRow("raw tab in a summary") << QStringLiteral("requests/1/summary") << QByteArray("\t")
                                              << second.arg(QStringLiteral("summary")) << raw("0009");
        QTest::newRow("raw line feed in a person's name")
            << QStringLiteral("requests/1/persons/0/name") << QByteArray("\n")
            << second.arg(QStringLiteral("persons[0].name")) << raw("000A");
        QTest::newRow("raw U+001F in a history entry's data")
            << QStringLiteral("requests/1/history/0/data/note") << QByteArray("\x1f")
            << second.arg(QStringLiteral("history[0].data.note")) << raw("001F");
        QTest::newRow("raw tab in a user's name")
            << QStringLiteral("users/0/display_name") << QByteArray("\t")
            << QStringLiteral("user 1 (officer1), field “display_name”") << raw("0009");
        QTest::newRow("raw U+0001 in the first request")
            << QStringLiteral("requests/0/foreign_reference") << QByteArray("\x01")
            << QStringLiteral("request 1 (IN-2026-0001), field “foreign_reference”") << raw("0001");
        QTest::newRow("escaped NUL") << QStringLiteral("requests/1/summary") << QByteArray("\\u0000")
                                     << second.arg(QStringLiteral("summary"))
                                     << QStringLiteral(
                                            "holds a NUL character (\\u0000, line %1), which has no "
                                            "place in any field");
    }

    void readRefusesControlCharacters()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, written);
        QFETCH(QString, field);
        QFETCH(QString, message);

        QJsonObject root = sampleDocument();
        root.insert(QStringLiteral("users"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("officer1")},
                                             {QStringLiteral("display_name"), QStringLiteral("Karim")},
                                             {QStringLiteral("role"), QStringLiteral("officer")}}});
        root = patched(root, path.split(QLatin1Char('/')), QStringLiteral("before@@after")).toObject();
        QByteArray data = QJsonDocument(root).toJson();
        const qsizetype at = data.indexOf("@@");
        QVERIFY(at > 0);
        const int line = int(data.left(at).count('\n')) + 1;
        data.replace(at, 2, written);
        Error error;
        QCOMPARE(readError(data, &error), QString());
        QCOMPARE(error.kind(), Error::Kind::Invalid);
        QCOMPARE(error.details(), QStringList {QStringLiteral("%1: %2").arg(field, message.arg(line))});
    }

    // Escaped, control characters are text like any other, as JSON says; a
    // DEL (U+007F) is not a control character to JSON.
    void readKeepsEscapedControlCharacters()
    {
        QJsonObject root = sampleDocument();
        root = patched(root, QStringLiteral("requests/1/summary").split(QLatin1Char('/')),
                       QStringLiteral("tab@@line@@unit@@delete@@"))
                   .toObject();
        QByteArray data = QJsonDocument(root).toJson();
        for (const char* written : {"\\t", "\\n", "\\u001F", "\x7f"}) {
            data.replace(data.indexOf("@@"), 2, written);
        }
        Result<std::vector<ImportRecord>> records = RequestJson::read(data);
        QVERIFY2(records, qPrintable(records ? QString() : records.error().fullText()));
        QCOMPARE(records->at(1).request.summary,
                 QStringLiteral("tab\tline\nunit\x1f"
                                "delete\x7f"));
    }

    // Every problem of every record is listed, each naming its record.
    void readListsEveryProblem()
    {
        QJsonObject root = sampleDocument();
        root = patched(root, QStringLiteral("requests/0/persons/1/role").split(QLatin1Char('/')), 1)
                   .toObject();
        root = patched(root, QStringLiteral("requests/1/received_on").split(QLatin1Char('/')),
                       QStringLiteral("hier"))
                   .toObject();
        root = patched(root, QStringLiteral("requests/1/history/2/step").split(QLatin1Char('/')),
                       QStringLiteral("x"))
                   .toObject();
        root = patched(root, QStringLiteral("requests/2/extra").split(QLatin1Char('/')), true).toObject();
        root.insert(QStringLiteral("exported_by"), QStringLiteral("admin"));

        Error error;
        QCOMPARE(readError(QJsonDocument(root).toJson(), &error), QString());
        QCOMPARE(error.kind(), Error::Kind::Invalid);
        QCOMPARE(error.message(), QStringLiteral("Nothing was imported: 5 problem(s) found."));
        const QStringList expected = {
            QStringLiteral("field “exported_by”: is not a field of the format"),
            QStringLiteral("request 1 (IN-2026-0001), field “persons[1].role”: must be a string or null"),
            QStringLiteral(
                "request 2 (IN-2026-0002), field “received_on”: “hier” is not a date of the form YYYY-MM-DD"),
            QStringLiteral("request 2 (IN-2026-0002), field “history[2].step”: “x” is not a step"),
            QStringLiteral("request 3, field “extra”: is not a field of the format"),
        };
        QCOMPARE(error.details(), expected);
        QVERIFY(error.fullText().startsWith(error.message() + QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestRequestJson)
#include "tst_requestjson.moc"
