// The streaming JsonWriter: escaping of strings, layout and key order, null for
// empty strings, lists on one line, and values that parse back as written.
#include "io/JsonWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Masar;

namespace {

QByteArray writeWith(const std::function<void(JsonWriter&)>& write)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonWriter json(&buffer);
    write(json);
    return buffer.data();
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void quote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");

        QTest::addRow("plain") << QStringLiteral("abc") << QByteArray("\"abc\"");
        QTest::addRow("empty") << QString() << QByteArray("\"\"");
        QTest::addRow("quotes") << QStringLiteral("say \"hi\"") << QByteArray("\"say \\\"hi\\\"\"");
        QTest::addRow("backslashes") << QStringLiteral("C:\\dir\\") << QByteArray("\"C:\\\\dir\\\\\"");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QByteArray("\"a\\nb\"");
        QTest::addRow("carriage return") << QStringLiteral("a\r\nb") << QByteArray("\"a\\r\\nb\"");
        QTest::addRow("tab") << QStringLiteral("a\tb") << QByteArray("\"a\\tb\"");
        QTest::addRow("backspace and form feed") << QStringLiteral("\b\f") << QByteArray("\"\\b\\f\"");
        QTest::addRow("control U+0001") << QStringLiteral("a\u0001b") << QByteArray("\"a\\u0001b\"");
        QTest::addRow("control U+001F") << QStringLiteral("\u001f") << QByteArray("\"\\u001f\"");
        QTest::addRow("NUL") << QString(QChar(0)) << QByteArray("\"\\u0000\"");
        QTest::addRow("slash and DEL stay raw") << QStringLiteral("a/b\u007f") << QByteArray("\"a/b\x7f\"");
        QTest::addRow("French as raw UTF-8")
            << QStringLiteral("é à ç") << QByteArray("\"\xC3\xA9 \xC3\xA0 \xC3\xA7\"");
        QTest::addRow("Arabic as raw UTF-8")
            << QStringLiteral("طَلَب") << QByteArray("\"\xD8\xB7\xD9\x8E\xD9\x84\xD9\x8E\xD8\xA8\"");
        QTest::addRow("emoji as raw UTF-8")
            << QStringLiteral("🇲🇦") << QByteArray("\"\xF0\x9F\x87\xB2\xF0\x9F\x87\xA6\"");
        QTest::addRow("right-to-left mark raw") << QStringLiteral("\u200f") << QByteArray("\"\xE2\x80\x8F\"");
    }

    void quote()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);

        const QByteArray quoted = JsonWriter::quote(text);
        QCOMPARE(quoted, expected);
        QCOMPARE(writeWith([&](JsonWriter& json) { json.string(text); }), expected);

        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson("[" + quoted + "]", &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array().at(0).toString(), text);
    }

    void layoutAndKeyOrder()
    {
        const QByteArray out = writeWith([](JsonWriter& json) {
            json.beginObject();
            json.key(QStringLiteral("zeta"));
            json.string(QStringLiteral("z"));
            json.key(QStringLiteral("alpha"));
            json.stringOrNull(QString());
            json.key(QStringLiteral("mu"));
            json.number(-42);
            json.key(QStringLiteral("list"));
            json.inlineStrings({QStringLiteral("a"), QStringLiteral("ب \"q\"")});
            json.key(QStringLiteral("empty"));
            json.inlineStrings({});
            json.key(QStringLiteral("objects"));
            json.beginArray();
            json.beginObject();
            json.key(QStringLiteral("k"));
            json.null();
            json.key(QStringLiteral("é"));
            json.stringOrNull(QStringLiteral("v"));
            json.endObject();
            json.beginArray();
            json.endArray();
            json.endArray();
            json.key(QStringLiteral("nothing"));
            json.beginObject();
            json.endObject();
            json.endObject();
        });
        const QByteArray expected = "{\n"
                                    "  \"zeta\": \"z\",\n"
                                    "  \"alpha\": null,\n"
                                    "  \"mu\": -42,\n"
                                    "  \"list\": [\"a\", \"\xD8\xA8 \\\"q\\\"\"],\n"
                                    "  \"empty\": [],\n"
                                    "  \"objects\": [\n"
                                    "    {\n"
                                    "      \"k\": null,\n"
                                    "      \"\xC3\xA9\": \"v\"\n"
                                    "    },\n"
                                    "    []\n"
                                    "  ],\n"
                                    "  \"nothing\": {}\n"
                                    "}\n";
        QCOMPARE(out, expected);

        // Keys in the order written, not sorted as QJsonDocument would.
        QVERIFY(out.indexOf("\"zeta\"") < out.indexOf("\"alpha\""));
        QVERIFY(out.indexOf("\"alpha\"") < out.indexOf("\"mu\""));

        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(parsed.value(QStringLiteral("alpha")).isNull());
        QCOMPARE(parsed.value(QStringLiteral("mu")).toInteger(), qint64(-42));
        QCOMPARE(parsed.value(QStringLiteral("list")).toArray(),
                 (QJsonArray {QStringLiteral("a"), QStringLiteral("ب \"q\"")}));
        QCOMPARE(parsed.value(QStringLiteral("empty")).toArray(), QJsonArray());
        QCOMPARE(
            parsed.value(QStringLiteral("objects")).toArray().at(0).toObject().value(QStringLiteral("é")),
            QJsonValue(QStringLiteral("v")));
        QCOMPARE(parsed.value(QStringLiteral("nothing")).toObject(), QJsonObject());
    }

    void stringOrNull_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("null string") << QString() << QByteArray("null");
        QTest::addRow("empty string") << QStringLiteral("") << QByteArray("null");
        QTest::addRow("space is kept") << QStringLiteral(" ") << QByteArray("\" \"");
        QTest::addRow("text") << QStringLiteral("x\"y") << QByteArray("\"x\\\"y\"");
    }

    void stringOrNull()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(writeWith([&](JsonWriter& json) { json.stringOrNull(text); }), expected);
    }

    void inlineStrings_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("none") << QStringList() << QByteArray("[]");
        QTest::addRow("one") << QStringList {QStringLiteral("untoc")} << QByteArray("[\"untoc\"]");
        QTest::addRow("several, escaped")
            << QStringList {QStringLiteral("a"), QStringLiteral("b\nc"), QStringLiteral("\\")}
            << QByteArray("[\"a\", \"b\\nc\", \"\\\\\"]");
    }

    void inlineStrings()
    {
        QFETCH(QStringList, values);
        QFETCH(QByteArray, expected);
        const QByteArray out = writeWith([&](JsonWriter& json) { json.inlineStrings(values); });
        QCOMPARE(out, expected);
        QVERIFY(!out.contains('\n'));
        QJsonArray array;
        for (const QString& value : values) {
            array.append(value);
        }
        QCOMPARE(QJsonDocument::fromJson(out).array(), array);
    }

    void valueParsesBack_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addRow("flat") << QJsonObject {{QStringLiteral("s"), QStringLiteral("طَلَب \"x\"\n")},
                                              {QStringLiteral("i"), 12},
                                              {QStringLiteral("neg"), -7},
                                              {QStringLiteral("big"), 1234567890123.0},
                                              {QStringLiteral("f"), 0.1},
                                              {QStringLiteral("tiny"), 1e-7},
                                              {QStringLiteral("t"), true},
                                              {QStringLiteral("no"), false},
                                              {QStringLiteral("n"), QJsonValue::Null}};
        QTest::addRow("nested") << QJsonObject {
            {QStringLiteral("list"),
             QJsonArray {1, QStringLiteral("deux"), QJsonArray {}, QJsonObject {},
                         QJsonArray {QJsonObject {{QStringLiteral("k"), 2.5}}}}},
            {QStringLiteral("object"),
             QJsonObject {{QStringLiteral("é"), QJsonObject {{QStringLiteral("x"), -0.25}}}}}};
        QTest::addRow("empty") << QJsonObject();
    }

    void valueParsesBack()
    {
        QFETCH(QJsonObject, object);
        const QByteArray out = writeWith([&](JsonWriter& json) { json.value(object); });
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.object(), object);
        QVERIFY(out.endsWith("}\n"));
    }

    void integersAreWrittenExactly()
    {
        QCOMPARE(writeWith([](JsonWriter& json) { json.number(9007199254740993); }),
                 QByteArray("9007199254740993"));
        QCOMPARE(writeWith([](JsonWriter& json) { json.value(QJsonValue(12.0)); }), QByteArray("12"));
        QCOMPARE(writeWith([](JsonWriter& json) { json.value(QJsonValue(-2.5)); }), QByteArray("-2.5"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
