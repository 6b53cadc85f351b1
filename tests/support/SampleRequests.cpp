#include "SampleRequests.h"

#include "TestDatabase.h"
#include "io/RequestJson.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

namespace Masar::Test {

QDateTime utc(int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), Qt::UTC);
}

HistoryEntry entry(const QDateTime& at, Step step, std::optional<State> from, State to, const QString& actor,
                   const QString& reason, const QJsonObject& data)
{
    HistoryEntry e;
    e.at = at;
    e.step = step;
    e.from = from;
    e.to = to;
    e.actor = actor;
    e.reason = reason;
    e.data = data;
    return e;
}

Document document(const QString& name, const QString& mediaType, const QByteArray& content,
                  const QDateTime& at, const QString& by)
{
    Document d;
    d.name = name;
    d.mediaType = mediaType;
    d.content = content;
    d.size = content.size();
    d.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    d.addedAt = at;
    d.addedBy = by;
    return d;
}

QByteArray binaryContent()
{
    static const char bytes[] = "%PDF-1.7\0\x01\x02\xff\xfe\r\n\0end";
    return QByteArray(bytes, sizeof(bytes) - 1);
}

Request fullIncoming()
{
    Request r = TestDatabase::incomingDraft();
    r.reference = QStringLiteral("IN-2026-0001");
    r.state = State::InExecution;
    r.foreignReference = QStringLiteral("RB/2026/117 \"bis\"");
    r.requestingCountry = QStringLiteral("MA");
    r.requestedCountry = QStringLiteral("ES");
    r.requestingAuthority = QStringLiteral("وزارة العدل، الرباط — Ministère de la Justice");
    r.requestedAuthority = QStringLiteral("Subdirección General de Cooperación Jurídica Internacional");
    r.executingAuthority = QStringLiteral("Juzgado Central de Instrucción nº 5");
    r.executingReference = QStringLiteral("DP 12/2026");
    r.eurojustReference = QStringLiteral("EJ-2026-00042");
    r.interpolReference = QStringLiteral("A-1234/2-2026");
    r.legalBasis = {QStringLiteral("untoc"), QStringLiteral("arab-ct-1998"), QStringLiteral("bilateral")};
    r.legalBasisDetail = QStringLiteral("Convenio hispano-marroquí de 2009, art. 3 ; annexe \\ II");
    r.channel = QStringLiteral("liaison_magistrate");
    r.priority = QStringLiteral("urgent");
    r.urgencyReason = QStringLiteral("Détention provisoire expirant le 15 mars.\nRéponse « urgente ».");
    r.confidentiality = QStringLiteral("secret");
    r.receivedOn = QDate(2026, 2, 10);
    r.requestedBy = QDate(2026, 3, 15);
    r.assignee = QStringLiteral("officer");
    r.summary = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ\tFinancement présumé d'une cellule ; comptes "
                               "« bancaires » à Valence.\r\nLigne 2 \"citée\" \\ fin");
    r.offences = {QStringLiteral("terrorist_financing"), QStringLiteral("money_laundering")};
    r.measures = {
        {QStringLiteral("bank_records"), QStringLiteral("done"),
         QStringLiteral("Relevés reçus — كشوف الحسابات")},
        {QStringLiteral("asset_freezing"), QStringLiteral("refused"), QStringLiteral("Art. 18(21) \"b\"")},
        {QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()},
    };
    r.persons = {
        {QStringLiteral("Youssef El Amrani يوسف"), QStringLiteral("suspect"), QStringLiteral("MA"),
         QDate(1988, 7, 14)},
        {QStringLiteral("Éloïse Dupré-Nuñez"), QStringLiteral("witness"), QString(), QDate()},
        {QStringLiteral("فَاطِمَة الزَّهْرَاء بنعلي"), QStringLiteral("account_holder"), QStringLiteral("TN"),
         QDate(1975, 1, 1)},
    };
    r.links = {{QStringLiteral("IN-2025-0311"), QStringLiteral("follow_up")},
               {QStringLiteral("OUT-2026-0004"), QStringLiteral("related")}};
    const QJsonObject received {{QStringLiteral("channel"), QStringLiteral("liaison_magistrate")},
                                {QStringLiteral("received_on"), QStringLiteral("2026-02-10")},
                                {QStringLiteral("foreign_reference"), QStringLiteral("RB/2026/117 \"bis\"")}};
    const QJsonObject transmitted {
        {QStringLiteral("to_authority"), QStringLiteral("Juzgado Central de Instrucción nº 5")},
        {QStringLiteral("authority_reference"), QStringLiteral("DP 12/2026")},
        {QStringLiteral("nested"),
         QJsonObject {
             {QStringLiteral("list"), QJsonArray {1, 2.5, true, QJsonValue::Null, QStringLiteral("ن")}},
             {QStringLiteral("empty"), QJsonObject()}}}};
    r.history = {
        entry(utc(2, 10, 8, 0), Step::LogReceipt, std::nullopt, State::Received, QStringLiteral("officer"),
              QString(), received),
        entry(utc(2, 10, 8, 5, 30), Step::Register, State::Received, State::Registered,
              QStringLiteral("officer")),
        entry(utc(2, 11, 9, 0), Step::StartReview, State::Registered, State::UnderReview,
              QStringLiteral("officer")),
        entry(utc(2, 12, 16, 45), Step::Accept, State::UnderReview, State::Accepted,
              QStringLiteral("supervisor"), QStringLiteral("Conditions remplies ✓\nالشروط مستوفاة")),
        entry(utc(2, 13, 10, 0), Step::TransmitForExecution, State::Accepted, State::InExecution,
              QStringLiteral("officer"), QString(), transmitted),
    };
    r.documents = {
        document(QStringLiteral("طلب المساعدة.pdf"), QStringLiteral("application/pdf"), binaryContent(),
                 utc(2, 10, 8, 1), QStringLiteral("officer")),
        document(QStringLiteral("notes « internes ».txt"), QStringLiteral("text/plain; charset=utf-8"),
                 QStringLiteral("Résumé : ligne 1\nسطر 2\n").toUtf8(), utc(2, 11, 9, 30),
                 QStringLiteral("officer")),
    };
    return r;
}

Request closedOutgoing()
{
    Request r = TestDatabase::outgoingDraft();
    r.reference = QStringLiteral("OUT-2026-0003");
    r.state = State::Closed;
    r.disposition = QStringLiteral("executed");
    r.foreignReference = QStringLiteral("TN/ENT/2026/9");
    r.sentOn = QDate(2026, 1, 12);
    r.requestedBy = QDate(2026, 2, 28);
    r.assignee = QStringLiteral("officer2");
    r.measures
        = {{QStringLiteral("witness_hearing"), QStringLiteral("done"), QStringLiteral("Procès-verbal reçu")}};
    r.history = {
        entry(utc(1, 5, 10, 0), Step::CreateDraft, std::nullopt, State::Draft, QStringLiteral("officer2")),
        entry(utc(1, 12, 11, 0), Step::Send, State::Draft, State::Sent, QStringLiteral("officer2"), QString(),
              QJsonObject {{QStringLiteral("sent_on"), QStringLiteral("2026-01-12")}}),
        entry(utc(1, 20, 9, 0), Step::RecordAcknowledgement, State::Sent, State::Acknowledged,
              QStringLiteral("officer2")),
        entry(utc(2, 2, 9, 0), Step::RecordExecutionAbroad, State::Acknowledged, State::InExecutionAbroad,
              QStringLiteral("officer2")),
        entry(utc(2, 20, 9, 0), Step::ReceiveResults, State::InExecutionAbroad, State::ResultsReceived,
              QStringLiteral("officer2")),
        entry(utc(2, 21, 9, 0), Step::ForwardResults, State::ResultsReceived, State::ResultsForwarded,
              QStringLiteral("officer2"), QString(),
              QJsonObject {{QStringLiteral("to_authority"), QStringLiteral("Audiencia Nacional")}}),
        entry(utc(2, 25, 9, 0), Step::Close, State::ResultsForwarded, State::Closed,
              QStringLiteral("supervisor"), QString(),
              QJsonObject {{QStringLiteral("disposition"), QStringLiteral("executed")}}),
    };
    return r;
}

QByteArray writeRequests(const std::vector<Request>& requests)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    RequestJson::Writer writer(&buffer);
    writer.begin();
    for (const Request& request : requests) {
        writer.write(request);
    }
    writer.end();
    return buffer.data();
}

QString optionalState(const std::optional<State>& state)
{
    return state ? keyOf(*state) : QStringLiteral("(none)");
}

QJsonValue patched(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString head = path.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = head.toInt();
        array[index] = path.isEmpty() ? value : patched(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        object.remove(head);
    } else {
        object.insert(head, path.isEmpty() ? value : patched(object.value(head), path, value));
    }
    return object;
}

void compareOwnFields(const Request& actual, const Request& expected)
{
    QCOMPARE(actual.reference, expected.reference);
    QCOMPARE(keyOf(actual.direction), keyOf(expected.direction));
    QCOMPARE(keyOf(actual.state), keyOf(expected.state));
    QCOMPARE(actual.disposition, expected.disposition);
    QCOMPARE(actual.foreignReference, expected.foreignReference);
    QCOMPARE(actual.requestingCountry, expected.requestingCountry);
    QCOMPARE(actual.requestedCountry, expected.requestedCountry);
    QCOMPARE(actual.requestingAuthority, expected.requestingAuthority);
    QCOMPARE(actual.requestedAuthority, expected.requestedAuthority);
    QCOMPARE(actual.executingAuthority, expected.executingAuthority);
    QCOMPARE(actual.executingReference, expected.executingReference);
    QCOMPARE(actual.eurojustReference, expected.eurojustReference);
    QCOMPARE(actual.interpolReference, expected.interpolReference);
    QCOMPARE(actual.legalBasis, expected.legalBasis);
    QCOMPARE(actual.legalBasisDetail, expected.legalBasisDetail);
    QCOMPARE(actual.channel, expected.channel);
    QCOMPARE(actual.priority, expected.priority);
    QCOMPARE(actual.urgencyReason, expected.urgencyReason);
    QCOMPARE(actual.confidentiality, expected.confidentiality);
    QCOMPARE(actual.receivedOn, expected.receivedOn);
    QCOMPARE(actual.requestedBy, expected.requestedBy);
    QCOMPARE(actual.sentOn, expected.sentOn);
    QCOMPARE(actual.assignee, expected.assignee);
    QCOMPARE(actual.summary, expected.summary);
    QCOMPARE(actual.offences, expected.offences);
}

} // namespace Masar::Test
