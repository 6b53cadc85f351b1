// Export and import through RequestService: exporting what was imported gives the
// same file; an import is all or nothing, numbers references, checks links and roles.
#include "SampleRequests.h"
#include "TestDatabase.h"
#include "io/RequestExport.h"
#include "io/RequestJson.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// The whole register as the CLI exports it.
QByteArray exportRegister(Database& database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const Status status
        = RequestExport::write(database, RequestFilter(), RequestExport::Format::Json, &buffer);
    if (!status.ok()) {
        qWarning("export failed: %s", qPrintable(status.fullText()));
        return QByteArray();
    }
    return buffer.data();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private slots:

    void importBringsTheUsersItAssignsTo()
    {
        // A register exported with its requests assigned to officers...
        TestDatabase first;
        RequestService service(first.db(), first.clock());
        Request draft = TestDatabase::incomingDraft();
        draft.assignee = QStringLiteral("officer2");
        QVERIFY(service.create(first.user(QStringLiteral("officer")), draft));
        QVERIFY(service.create(first.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
        QVERIFY(Sql::exec(first.db().connection(),
                          QStringLiteral("UPDATE users SET display_name = 'Karim Benali', active = 0 "
                                         "WHERE name = 'officer2'")));
        const QByteArray exported = exportRegister(first.db());
        const QJsonArray users
            = QJsonDocument::fromJson(exported).object().value(QStringLiteral("users")).toArray();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("officer2"));
        QCOMPARE(users.at(1).toObject().value(QStringLiteral("active")).toBool(), false);

        // ...goes into a register that has only its administrator, and comes out the same.
        QTemporaryDir dir;
        Result<std::unique_ptr<Database>> fresh
            = Database::open(dir.filePath(QStringLiteral("new.sqlite")), Database::OpenMode::CreateIfMissing);
        QVERIFY(fresh);
        Users directory(**fresh, first.clock());
        QVERIFY(*directory.bootstrap(QStringLiteral("amina")));
        const User amina = *directory.find(QStringLiteral("amina"));
        QVERIFY(directory.add(amina, QStringLiteral("salma"), Role::Supervisor));
        std::vector<User> fileUsers;
        Result<std::vector<ImportRecord>> records = RequestJson::read(exported, &fileUsers);
        QVERIFY(records);
        QCOMPARE(int(fileUsers.size()), 2);

        // A supervisor may import requests, not users.
        RequestService freshService(**fresh, first.clock());
        Result<int> bySupervisor
            = freshService.importRequests(*directory.find(QStringLiteral("salma")), *records, fileUsers);
        QVERIFY(!bySupervisor);
        QVERIFY2(
            bySupervisor.error().fullText().contains(QLatin1String("only an administrator may import users")),
            qPrintable(bySupervisor.error().fullText()));
        QVERIFY(!directory.find(QStringLiteral("officer2")));

        Result<int> byAdministrator = freshService.importRequests(amina, records.take(), fileUsers);
        QVERIFY2(byAdministrator, qPrintable(byAdministrator.error().fullText()));
        const User karim = *directory.find(QStringLiteral("officer2"));
        QCOMPARE(karim.role, Role::Officer);
        QCOMPARE(karim.displayName, QStringLiteral("Karim Benali"));
        QVERIFY(!karim.active);
        QCOMPARE(exportRegister(**fresh), exported);
    }

    void importRefusesBadUsers()
    {
        const QByteArray document = "{\"format\": \"masar-requests\", \"version\": 1, \"requests\": [],"
                                    " \"users\": [{\"name\": \"k\", \"role\": \"king\", \"active\": \"yes\","
                                    " \"phone\": \"1\"}]}";
        std::vector<User> users;
        Result<std::vector<ImportRecord>> records = RequestJson::read(document, &users);
        QVERIFY(!records);
        const QStringList details = records.error().details();
        QCOMPARE(details.size(), 3);
        QVERIFY2(details.at(0).startsWith(QStringLiteral("user 1 (k), field “role”")),
                 qPrintable(details.join(QLatin1Char('\n'))));
        QVERIFY(details.at(1).startsWith(QStringLiteral("user 1 (k), field “active”")));
        QVERIFY(details.at(2).startsWith(QStringLiteral("user 1 (k), field “phone”")));
    }

    void exportImportExportIsIdentical()
    {
        TestDatabase first;
        RequestService service(first.db(), first.clock());
        const User& officer = first.user(QStringLiteral("officer"));

        Request draft = TestDatabase::incomingDraft();
        draft.summary = QStringLiteral("طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ — « Financement » ; \"cellule\"\nà Valence");
        draft.persons.push_back({QStringLiteral("Youssef El Amrani يوسف"), QStringLiteral("witness"),
                                 QStringLiteral("ES"), QDate(1979, 12, 31)});
        Result<Request> incoming = service.create(officer, draft);
        QVERIFY2(incoming, qPrintable(incoming.error().fullText()));
        first.clock().advanceSeconds(60);
        QVERIFY(service.takeStep(officer, incoming->reference, Step::Register, StepInput()));
        first.clock().advanceSeconds(60);
        StepInput note;
        note.reason = QStringLiteral("Appel du magistrat de liaison.\nملاحظة: \"عاجل\"");
        QVERIFY(service.takeStep(officer, incoming->reference, Step::AddNote, note));
        first.clock().advanceSeconds(60);
        StepInput attach;
        attach.document = DocumentInput {QStringLiteral("pièce jointe.bin"),
                                         QStringLiteral("application/pdf"), binaryContent()};
        Result<StepOutcome> attached
            = service.takeStep(officer, incoming->reference, Step::AddDocument, attach);
        QVERIFY2(attached, qPrintable(attached.error().fullText()));

        Request outgoingDraft = TestDatabase::outgoingDraft();
        outgoingDraft.links = {{incoming->reference, QStringLiteral("related")}};
        Result<Request> outgoing = service.create(first.user(QStringLiteral("officer2")), outgoingDraft);
        QVERIFY2(outgoing, qPrintable(outgoing.error().fullText()));

        Request closed = closedOutgoing();
        closed.links = {{incoming->reference, QStringLiteral("supplementary")},
                        {outgoing->reference, QStringLiteral("follow_up")}};
        Request imported = fullIncoming();
        imported.reference = QStringLiteral("IN-2026-0100");
        imported.links.clear();
        imported.documents.push_back(document(QStringLiteral("vide.txt"), QStringLiteral("text/plain"),
                                              QByteArray(""), utc(2, 14, 8, 0),
                                              QStringLiteral("supervisor")));
        ImportRecord closedRecord {QStringLiteral("request 1"), closed};
        ImportRecord fullRecord {QStringLiteral("request 2"), imported};
        Result<int> count
            = service.importRequests(first.user(QStringLiteral("admin")), {closedRecord, fullRecord});
        QVERIFY2(count, qPrintable(count.error().fullText()));

        const QByteArray exported = exportRegister(first.db());
        QVERIFY(!exported.isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(exported).object().value(QStringLiteral("requests")).toArray().size(), 4);
        QVERIFY(exported.contains("\"step\": \"add_document\""));
        QVERIFY(exported.contains(binaryContent().toBase64()));

        TestDatabase second;
        Result<std::vector<ImportRecord>> records = RequestJson::read(exported);
        QVERIFY2(records, qPrintable(records.error().fullText()));
        RequestService secondService(second.db(), second.clock());
        Result<int> reimported
            = secondService.importRequests(second.user(QStringLiteral("supervisor")), records.take());
        QVERIFY2(reimported, qPrintable(reimported.error().fullText()));
        QCOMPARE(*reimported, 4);

        const QByteArray again = exportRegister(second.db());
        QCOMPARE(again, exported);
        const QStringList tables
            = {QStringLiteral("requests"), QStringLiteral("history"),  QStringLiteral("documents"),
               QStringLiteral("persons"),  QStringLiteral("measures"), QStringLiteral("request_links")};
        for (const QString& table : tables) {
            QCOMPARE(second.rows(table), first.rows(table));
        }
        QCOMPARE(second.rows(QStringLiteral("history")), 4 + 1 + 7 + 5);
    }

    void importIsAllOrNothing_data()
    {
        QTest::addColumn<QString>("path"); // in the second request
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("detail");

        QTest::addRow("unknown country")
            << QStringLiteral("requesting_country") << QJsonValue(QStringLiteral("XX"))
            << QStringLiteral("request 2 (IN-2026-0002), field “requesting_country”: "
                              "“XX” is not an ISO 3166-1 country code");
        QTest::addRow("unknown assignee")
            << QStringLiteral("assignee") << QJsonValue(QStringLiteral("nobody"))
            << QStringLiteral("request 2 (IN-2026-0002), field “assignee”: there is "
                              "no user “nobody”");
        QTest::addRow("history ends elsewhere")
            << QStringLiteral("state") << QJsonValue(QStringLiteral("accepted"))
            << QStringLiteral(
                   "request 2 (IN-2026-0002), field “history”: ends in state “in_execution” but the "
                   "request is in state “accepted”");
        QTest::addRow("reference used twice in the file")
            << QStringLiteral("reference") << QJsonValue(QStringLiteral("IN-2026-0001"))
            << QStringLiteral(
                   "request 2 (IN-2026-0001), field “reference”: “IN-2026-0001” is also the reference "
                   "of request 1 (IN-2026-0001)");
        // Problems name the field as the format does ("added_by", not "by").
        QTest::addRow("document without added_by")
            << QStringLiteral("documents/0/added_by") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("request 2 (IN-2026-0002), field “documents[0].added_by”: is required");
        QTest::addRow("document without added_at")
            << QStringLiteral("documents/1/added_at") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("request 2 (IN-2026-0002), field “documents[1].added_at”: is required");
        QTest::addRow("history entry without actor")
            << QStringLiteral("history/2/by") << QJsonValue(QJsonValue::Undefined)
            << QStringLiteral("request 2 (IN-2026-0002), field “history[2].by”: is required");
    }

    void importIsAllOrNothing()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, detail);

        Request second = fullIncoming();
        second.reference = QStringLiteral("IN-2026-0002");
        second.links.clear();
        Request first = second;
        first.reference = QStringLiteral("IN-2026-0001");
        Request third = closedOutgoing();
        QJsonObject root = QJsonDocument::fromJson(writeRequests({first, second, third})).object();
        root = patched(root,
                       QStringList {QStringLiteral("requests"), QStringLiteral("1")}
                           + path.split(QLatin1Char('/')),
                       value)
                   .toObject();
        Result<std::vector<ImportRecord>> records = RequestJson::read(QJsonDocument(root).toJson());
        QVERIFY2(records, qPrintable(records.error().fullText()));
        QCOMPARE(records->size(), std::size_t(3));

        TestDatabase db;
        RequestService service(db.db(), db.clock());
        Result<int> imported = service.importRequests(db.user(QStringLiteral("admin")), records.take());
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind(), Error::Kind::Invalid);
        QCOMPARE(imported.error().message(), QStringLiteral("Nothing was imported: 1 problem(s) found."));
        QCOMPARE(imported.error().details(), QStringList {detail});
        for (const char* table :
             {"requests", "history", "documents", "persons", "measures", "request_links"}) {
            QCOMPARE(db.rows(QLatin1String(table)), 0);
        }
    }

    void importWithoutHistoryRecordsTheImport()
    {
        TestDatabase db;
        db.clock().set(utc(3, 2, 14, 5, 9));
        Request request = fullIncoming();
        request.history.clear();
        request.links.clear();
        request.documents.clear();
        request.state = State::UnderReview;
        RequestService service(db.db(), db.clock());
        Result<int> imported = service.importRequests(db.user(QStringLiteral("supervisor")),
                                                      {{QStringLiteral("request 1"), request}});
        QVERIFY2(imported, qPrintable(imported.error().fullText()));
        QCOMPARE(db.rows(QStringLiteral("history")), 1);

        Result<Request> stored = RequestReader(db.db()).get(request.reference);
        QVERIFY2(stored, qPrintable(stored.error().fullText()));
        QCOMPARE(stored->history.size(), std::size_t(1));
        const HistoryEntry& entry = stored->history.front();
        QCOMPARE(keyOf(entry.step), QStringLiteral("import"));
        QCOMPARE(optionalState(entry.from), QStringLiteral("(none)"));
        QCOMPARE(keyOf(entry.to), QStringLiteral("under_review"));
        QCOMPARE(entry.actor, QStringLiteral("supervisor"));
        QCOMPARE(entry.at, utc(3, 2, 14, 5, 9));
        QCOMPARE(entry.reason, QString());
        QVERIFY(entry.data.isEmpty());
        QCOMPARE(keyOf(stored->state), QStringLiteral("under_review"));
        QCOMPARE(stored->assignee, QStringLiteral("officer"));
    }

    // Each record: a reference, or "in:DATE" / "out:" / "out:DATE" for one without.
    void referencesAssigned_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QStringList>("file");
        QTest::addColumn<QStringList>("expected");

        const auto list = [](std::initializer_list<const char*> items) {
            QStringList result;
            for (const char* item : items) {
                result << QLatin1String(item);
            }
            return result;
        };
        QTest::addRow("empty register") << QStringList() << list({"in:2026-02-01", "in:2026-03-01"})
                                        << list({"IN-2026-0001", "IN-2026-0002"});
        QTest::addRow("after the register's last")
            << list({"IN-2026-0001", "IN-2026-0002"}) << list({"in:2026-03-02"}) << list({"IN-2026-0003"});
        QTest::addRow("year of receipt") << list({"IN-2026-0004"}) << list({"in:2025-12-30", "in:2026-01-02"})
                                         << list({"IN-2025-0001", "IN-2026-0005"});
        QTest::addRow("outgoing without sent_on: this year")
            << list({"OUT-2026-0004", "IN-2026-0009"}) << list({"out:"}) << list({"OUT-2026-0005"});
        QTest::addRow("outgoing by year sent")
            << list({"OUT-2026-0004"}) << list({"out:2025-11-03"}) << list({"OUT-2025-0001"});
        QTest::addRow("directions apart") << list({"IN-2026-0003"}) << list({"out:", "in:2026-03-01"})
                                          << list({"OUT-2026-0001", "IN-2026-0004"});
        QTest::addRow("after a reference in the file")
            << QStringList() << list({"IN-2026-0007", "in:2026-03-01", "in:2026-03-01"})
            << list({"IN-2026-0007", "IN-2026-0008", "IN-2026-0009"});
        QTest::addRow("file's reference above the register's")
            << list({"IN-2026-0003"}) << list({"in:2026-03-01", "IN-2026-0009"})
            << list({"IN-2026-0010", "IN-2026-0009"});
        QTest::addRow("file's reference below the register's")
            << list({"IN-2026-0003"}) << list({"IN-2026-0002", "in:2026-03-01"})
            << list({"IN-2026-0002", "IN-2026-0004"});
    }

    void referencesAssigned()
    {
        QFETCH(QStringList, existing);
        QFETCH(QStringList, file);
        QFETCH(QStringList, expected);

        TestDatabase db;
        RequestService service(db.db(), db.clock());
        const User& admin = db.user(QStringLiteral("admin"));
        const auto make = [](const QString& spec) {
            const bool outgoing
                = spec.startsWith(QLatin1String("OUT")) || spec.startsWith(QLatin1String("out"));
            Request r = outgoing ? TestDatabase::outgoingDraft() : TestDatabase::incomingDraft();
            r.state = outgoing ? State::Draft : State::Received;
            r.persons.clear();
            if (spec.contains(QLatin1Char(':'))) {
                const QString date = spec.section(QLatin1Char(':'), 1);
                if (!date.isEmpty()) {
                    (outgoing ? r.sentOn : r.receivedOn) = QDate::fromString(date, Qt::ISODate);
                }
                if (r.sentOn.isValid()) {
                    r.state = State::Sent; // a draft has no day sent
                }
            } else {
                r.reference = spec;
            }
            return ImportRecord {spec, r};
        };
        std::vector<ImportRecord> before;
        for (const QString& spec : existing) {
            before.push_back(make(spec));
        }
        if (!before.empty()) {
            Result<int> setUp = service.importRequests(admin, before);
            QVERIFY2(setUp, qPrintable(setUp.error().fullText()));
        }
        std::vector<ImportRecord> records;
        for (const QString& spec : file) {
            records.push_back(make(spec));
        }
        Result<int> imported = service.importRequests(admin, records);
        if (!imported) {
            // Refused or failed, the import leaves the register as it was.
            QCOMPARE(db.rows(QStringLiteral("requests")), int(existing.size()));
            QCOMPARE(db.rows(QStringLiteral("history")), int(existing.size()));
        }
        QVERIFY2(imported, qPrintable(imported.error().fullText()));
        QCOMPARE(*imported, int(file.size()));

        Result<std::vector<Request>> all = RequestReader(db.db()).list(RequestFilter());
        QVERIFY(all);
        QStringList assigned;
        for (std::size_t i = std::size_t(existing.size()); i < all->size(); ++i) {
            assigned << all->at(i).reference;
        }
        QCOMPARE(assigned, expected);
    }

    void linksMustExist_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("in the register") << QStringLiteral("IN-2026-0001") << true;
        QTest::addRow("in the file") << QStringLiteral("OUT-2026-0003") << true;
        QTest::addRow("nowhere") << QStringLiteral("IN-2025-0099") << false;
    }

    void linksMustExist()
    {
        QFETCH(QString, target);
        QFETCH(bool, accepted);

        TestDatabase db;
        RequestService service(db.db(), db.clock());
        Result<Request> existing
            = service.create(db.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
        QVERIFY(existing);
        QCOMPARE(existing->reference, QStringLiteral("IN-2026-0001"));

        Request linked = fullIncoming();
        linked.reference = QStringLiteral("IN-2026-0002");
        linked.links = {{target, QStringLiteral("related")}};
        const std::vector<ImportRecord> records
            = {{QStringLiteral("request 1 (IN-2026-0002)"), linked},
               {QStringLiteral("request 2 (OUT-2026-0003)"), closedOutgoing()}};
        Result<int> imported = service.importRequests(db.user(QStringLiteral("admin")), records);
        if (accepted) {
            QVERIFY2(imported, qPrintable(imported.error().fullText()));
            Result<Request> stored = RequestReader(db.db()).get(linked.reference);
            QVERIFY(stored);
            QCOMPARE(stored->links.size(), std::size_t(1));
            QCOMPARE(stored->links[0].reference, target);
            QCOMPARE(stored->links[0].kind, QStringLiteral("related"));
            return;
        }
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind(), Error::Kind::Invalid);
        QCOMPARE(
            imported.error().details(),
            QStringList {QStringLiteral("request 1 (IN-2026-0002), field “links[0].reference”: there is no "
                                        "request “IN-2025-0099” in the register or the file")});
        QCOMPARE(db.rows(QStringLiteral("requests")), 1);
        QCOMPARE(db.rows(QStringLiteral("history")), 1);
        QCOMPARE(db.rows(QStringLiteral("request_links")), 0);
    }

    void importNeedsAdministratorOrSupervisor_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("officer") << QStringLiteral("officer") << false;
        QTest::addRow("officer2") << QStringLiteral("officer2") << false;
        QTest::addRow("clerk") << QStringLiteral("clerk") << false;
        QTest::addRow("supervisor") << QStringLiteral("supervisor") << true;
        QTest::addRow("administrator") << QStringLiteral("admin") << true;
    }

    void importNeedsAdministratorOrSupervisor()
    {
        QFETCH(QString, user);
        QFETCH(bool, allowed);

        TestDatabase db;
        RequestService service(db.db(), db.clock());
        Request request = TestDatabase::incomingDraft();
        Result<int> imported
            = service.importRequests(db.user(user), {{QStringLiteral("request 1"), request}});
        QCOMPARE(imported.ok(), allowed);
        QCOMPARE(db.rows(QStringLiteral("requests")), allowed ? 1 : 0);
        if (!allowed) {
            QCOMPARE(imported.error().kind(), Error::Kind::Forbidden);
            QVERIFY2(imported.error().message().startsWith(
                         QLatin1String("Only an administrator or a supervisor may import requests.")),
                     qPrintable(imported.error().message()));
            QCOMPARE(db.rows(QStringLiteral("history")), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
