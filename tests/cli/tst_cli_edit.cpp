// masar-cli end to end, the `edit` command: a request's details corrected
// and completed, one `amend` entry in its history, and refused edits that
// leave the register's file byte for byte as it was.
#include "CliHarness.h"
#include "TestDatabase.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

QStringList editArguments(const QString& reference, const QStringList& options)
{
    return QStringList {QStringLiteral("edit"), reference} + options;
}

QStringList stringsOf(const QJsonValue& array)
{
    QStringList strings;
    for (const QJsonValue& value : array.toArray()) {
        strings << value.toString();
    }
    return strings;
}

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

private slots:
    void editChangesTheDetails();
    void editClearsAndReplaces();
    void refusedEdit_data();
    void refusedEdit();
    void amendIsNotAStepOfItsOwn();
    void editWarnsOfLikelyDuplicate();
};

void TestCliEdit::editChangesTheDetails()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString other = reg.newRequest(QStringLiteral("incoming"));
    const QString third = reg.newRequest(QStringLiteral("incoming"));
    const QString reference = reg.newRequest(
        QStringLiteral("incoming"),
        {QStringLiteral("--measures"), QStringLiteral("bank_records,documents,witness_hearing"),
         QStringLiteral("--person"), str("suspect:Ali Ben Salah:TN"), QStringLiteral("--person"),
         str("witness:Sami"), QStringLiteral("--link"), QStringLiteral("related:") + other,
         QStringLiteral("--offences"), QStringLiteral("terrorism")});
    QVERIFY(!reference.isEmpty() && !third.isEmpty());

    const QString authority = str("النيابة العامة بتونس – Parquet de Tunis");
    const QString reason = str("Dossier complété après réception de la traduction");
    const CliRun run = reg.as(QStringLiteral("officer2"),
                              editArguments(reference,
                                            {QStringLiteral("--requesting-authority"),
                                             authority,
                                             QStringLiteral("--eurojust-reference"),
                                             QStringLiteral("EJ/2026/77"),
                                             QStringLiteral("--requested-by"),
                                             isoDate(QDate::currentDate().addDays(40)),
                                             QStringLiteral("--add-offence"),
                                             QStringLiteral("terrorist_financing"),
                                             QStringLiteral("--remove-offence"),
                                             QStringLiteral("terrorism"),
                                             QStringLiteral("--change-person"),
                                             str("1:accused:Ali Ben Salah:TN:1984-06-30"),
                                             QStringLiteral("--remove-person"),
                                             QStringLiteral("2"),
                                             QStringLiteral("--person"),
                                             str("victim:Leïla Haddad:FR"),
                                             QStringLiteral("--change-measure"),
                                             str("2:documents:Relevés 2024: tous les comptes"),
                                             QStringLiteral("--remove-measure"),
                                             QStringLiteral("3"),
                                             QStringLiteral("--add-measure"),
                                             QStringLiteral("search_seizure"),
                                             QStringLiteral("--link"),
                                             QStringLiteral("follow_up:") + other,
                                             QStringLiteral("--link"),
                                             QStringLiteral("supplementary:") + third,
                                             QStringLiteral("--reason"),
                                             reason}));
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out,
             QStringLiteral("%1: amend (requesting_authority, eurojust_reference, requested_by, "
                            "offences, measures, persons, links)\n")
                 .arg(reference));
    QCOMPARE(run.err, QString());

    const QJsonObject request = reg.show(reference);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(request.value(QStringLiteral("requesting_authority")).toString(), authority);
    QCOMPARE(request.value(QStringLiteral("eurojust_reference")).toString(), QStringLiteral("EJ/2026/77"));
    QCOMPARE(request.value(QStringLiteral("requested_by")).toString(),
             isoDate(QDate::currentDate().addDays(40)));
    QCOMPARE(stringsOf(request.value(QStringLiteral("offences"))),
             QStringList {QStringLiteral("terrorist_financing")});
    const QJsonArray persons = request.value(QStringLiteral("persons")).toArray();
    QCOMPARE(persons.size(), 2);
    QCOMPARE(persons.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("accused"));
    QCOMPARE(persons.at(0).toObject().value(QStringLiteral("birth_date")).toString(),
             QStringLiteral("1984-06-30"));
    QCOMPARE(persons.at(1).toObject().value(QStringLiteral("name")).toString(), str("Leïla Haddad"));
    const QJsonArray measures = request.value(QStringLiteral("measures")).toArray();
    QCOMPARE(measures.size(), 3);
    QCOMPARE(measures.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("bank_records"));
    QCOMPARE(measures.at(1).toObject().value(QStringLiteral("note")).toString(),
             str("Relevés 2024: tous les comptes"));
    QCOMPARE(measures.at(2).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("search_seizure"));
    QCOMPARE(measures.at(2).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QJsonArray links = request.value(QStringLiteral("links")).toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("follow_up"));
    QCOMPARE(links.at(1).toObject().value(QStringLiteral("reference")).toString(), third);

    const QJsonArray history = request.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 2);
    const QJsonObject entry = history.at(1).toObject();
    QCOMPARE(entry.value(QStringLiteral("step")).toString(), QStringLiteral("amend"));
    QCOMPARE(entry.value(QStringLiteral("from")).toString(), QStringLiteral("received"));
    QCOMPARE(entry.value(QStringLiteral("to")).toString(), QStringLiteral("received"));
    QCOMPARE(entry.value(QStringLiteral("by")).toString(), QStringLiteral("officer2"));
    QCOMPARE(entry.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(stringsOf(entry.value(QStringLiteral("data")).toObject().value(QStringLiteral("changed"))),
             strs({"requesting_authority", "eurojust_reference", "requested_by", "offences", "measures",
                   "persons", "links"}));
}

void TestCliEdit::editClearsAndReplaces()
{
    // An empty value clears an optional field; list options replace the list, as with `new`.
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(
        QStringLiteral("outgoing"), {QStringLiteral("--interpol-reference"), QStringLiteral("A-1/2026")});
    QVERIFY(!reference.isEmpty());
    const CliRun run = reg.as(QStringLiteral("supervisor"),
                              editArguments(reference,
                                            {QStringLiteral("--interpol-reference"), QString(),
                                             QStringLiteral("--legal-basis"), QStringLiteral("untoc,uncac"),
                                             QStringLiteral("--channel"), QStringLiteral("diplomatic")}));
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out,
             QStringLiteral("%1: amend (interpol_reference, legal_basis, channel)\n").arg(reference));
    const QJsonObject request = reg.show(reference);
    QVERIFY(request.value(QStringLiteral("interpol_reference")).isNull());
    QCOMPARE(stringsOf(request.value(QStringLiteral("legal_basis"))), strs({"untoc", "uncac"}));
    QCOMPARE(request.value(QStringLiteral("channel")).toString(), QStringLiteral("diplomatic"));
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("draft"));
}

void TestCliEdit::refusedEdit_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("before"); // a step taken first, or nothing
    QTest::addColumn<QStringList>("arguments"); // REF stands for the request's reference
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages");

    const QString officer = str("officer");
    const QStringList none;
    const QStringList summary = strs({"edit", "REF", "--summary", "Corrigé"});
    QTest::newRow("clerk") << str("clerk") << none << summary << 2
                           << strs({"Amend details", "You are: Clerk"});
    QTest::newRow("administrator") << str("admin") << none << summary << 2
                                   << strs({"You are: Administrator"});
    QTest::newRow("closed request") << officer << strs({"withdraw", "--reason", "Retrait"}) << summary << 2
                                    << strs({"Amend details", "Closed"});
    QTest::newRow("nothing changed") << officer << none
                                     << QStringList {QStringLiteral("edit"), QStringLiteral("REF"),
                                                     QStringLiteral("--summary"),
                                                     str("Demande d'entraide – طلب مساعدة")}
                                     << 2 << strs({"Nothing was changed"});
    QTest::newRow("unknown request") << officer << none << strs({"edit", "IN-2019-0042", "--summary", "x"})
                                     << 2 << strs({"IN-2019-0042"});
    QTest::newRow("invalid country") << officer << none << strs({"edit", "REF", "--requesting-country", "XX"})
                                     << 2 << strs({"requesting_country", "“XX”"});
    QTest::newRow("invalid date") << officer << none << strs({"edit", "REF", "--received-on", "2026-02-30"})
                                  << 2 << strs({"received_on", "2026-02-30"});
    QTest::newRow("person without a role")
        << officer << none << strs({"edit", "REF", "--person", ":Ali"}) << 2 << strs({"persons[1].role"});
    QTest::newRow("link to itself") << officer << none << strs({"edit", "REF", "--link", "related:REF"}) << 2
                                    << strs({"links[0].reference", "itself"});
    QTest::newRow("link to nothing") << officer << none
                                     << strs({"edit", "REF", "--link", "related:IN-1999-0001"}) << 2
                                     << strs({"links[0].reference", "IN-1999-0001"});
    QTest::newRow("unlinked request")
        << officer << none << strs({"edit", "REF", "--remove-link", "IN-1999-0001"}) << 2
        << strs({"links", "IN-1999-0001"});
    QTest::newRow("offence not listed")
        << officer << none << strs({"edit", "REF", "--remove-offence", "homicide"}) << 2
        << strs({"offences", "homicide"});
    QTest::newRow("no such person") << officer << none << strs({"edit", "REF", "--remove-person", "3"}) << 2
                                    << strs({"persons", "3"});
    QTest::newRow("done measure removed")
        << officer << strs({"record_measure_result", "--measure", "1", "--measure-status", "done"})
        << strs({"edit", "REF", "--remove-measure", "1"}) << 2
        << strs({"measures", "Record the result of a measure"});
    QTest::newRow("done measure of another type")
        << officer << strs({"record_measure_result", "--measure", "1", "--measure-status", "done"})
        << strs({"edit", "REF", "--change-measure", "1:documents"}) << 2 << strs({"measures[0].type"});
    QTest::newRow("no change (usage)")
        << officer << none << strs({"edit", "REF"}) << 1 << strs({"at least one change"});
    QTest::newRow("no reference (usage)")
        << officer << none << strs({"edit", "--summary", "x"}) << 1 << strs({"edit REF"});
    QTest::newRow("number that is not one (usage)")
        << officer << none << strs({"edit", "REF", "--remove-measure", "first"}) << 1
        << strs({"--remove-measure", "first"});
    QTest::newRow("priority is a step (usage)")
        << officer << none << strs({"edit", "REF", "--priority", "urgent"}) << 1 << strs({"priority"});
    QTest::newRow("as of another day (usage)")
        << officer << none << strs({"--as-of", "2026-01-01", "edit", "REF", "--summary", "x"}) << 1
        << strs({"--as-of"});
}

void TestCliEdit::refusedEdit()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, before);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);

    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"),
                                             {QStringLiteral("--measures"), QStringLiteral("bank_records"),
                                              QStringLiteral("--person"), str("suspect:Ali Ben Salah:TN")});
    QVERIFY(!reference.isEmpty());
    if (!before.isEmpty()) {
        QCOMPARE_EXIT(
            reg.as(QStringLiteral("officer"), QStringList {QStringLiteral("step"), reference} + before), 0);
    }
    const int history = reg.rows(QStringLiteral("history"));
    const QByteArray hash = TestDatabase::fileHash(reg.path());

    const CliRun run = reg.as(actor, replaced(arguments, QStringLiteral("REF"), reference));
    QCOMPARE_EXIT(run, exitCode);
    QCOMPARE(run.out, QString());
    for (const QString& message : messages) {
        QVERIFY_CONTAINS(run.err, message);
    }
    QCOMPARE(TestDatabase::fileHash(reg.path()), hash);
    QCOMPARE(reg.rows(QStringLiteral("history")), history);
}

void TestCliEdit::amendIsNotAStepOfItsOwn()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    const QByteArray hash = TestDatabase::fileHash(reg.path());
    const CliRun run
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("amend")});
    QCOMPARE_EXIT(run, 2);
    QVERIFY_CONTAINS(run.err, QStringLiteral("Amend details"));
    QCOMPARE(TestDatabase::fileHash(reg.path()), hash);

    // The workflow lists it, and says who may take it.
    const CliRun workflow = reg.as(QStringLiteral("clerk"), {QStringLiteral("workflow")});
    QCOMPARE_EXIT(workflow, 0);
    QVERIFY(workflow.out.contains(
        QRegularExpression(QStringLiteral("^amend +any open state +\\(unchanged\\) +officer,supervisor "),
                           QRegularExpression::MultilineOption)));
}

void TestCliEdit::editWarnsOfLikelyDuplicate()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString first = reg.newRequest(QStringLiteral("incoming"),
                                         {QStringLiteral("--person"), str("suspect:Ali Ben Salah")});
    const QString second = reg.newRequest(QStringLiteral("incoming"));
    const CliRun run
        = reg.as(QStringLiteral("officer"),
                 editArguments(second, {QStringLiteral("--person"), str("witness:Ali Ben Salah")}));
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("%1: amend (persons)\n").arg(second));
    QVERIFY_CONTAINS(run.err, first);
    QVERIFY_CONTAINS(run.err, QStringLiteral("Warning:"));
}

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
