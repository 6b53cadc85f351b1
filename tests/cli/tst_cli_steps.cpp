// masar-cli end to end, the `step` command: whole incoming and outgoing
// sequences, refused steps that write nothing, resuming after a reopen.
#include "CliHarness.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <vector>

using namespace Masar;
using namespace Masar::Test;

namespace {

// One step of a scenario and what it must do.
struct StepCase
{
    QString actor;
    QStringList arguments; // the step key, then its options
    QString from;
    QString to;
    QString reason;
};

} // namespace

class TestCliSteps : public QObject
{
    Q_OBJECT

private:
    void runSteps(const Register& reg, const QString& reference, const std::vector<StepCase>& steps);
    void compareHistory(const QJsonArray& history, const QString& creationStep, const QString& creator,
                        const std::vector<StepCase>& steps);

private slots:
    void incomingWorkflow();
    void outgoingWorkflow();
    void refusedStep_data();
    void refusedStep();
    void resumeAfterReopen_data();
    void resumeAfterReopen();
};

void TestCliSteps::runSteps(const Register& reg, const QString& reference, const std::vector<StepCase>& steps)
{
    for (const StepCase& step : steps) {
        const CliRun run
            = reg.as(step.actor, QStringList {QStringLiteral("step"), reference} + step.arguments);
        QCOMPARE_EXIT(run, 0);
        QCOMPARE(
            run.out,
            QStringLiteral("%1: %2 -> %3 (%4)\n").arg(reference, step.from, step.to, step.arguments.first()));
    }
}

void TestCliSteps::compareHistory(const QJsonArray& history, const QString& creationStep,
                                  const QString& creator, const std::vector<StepCase>& steps)
{
    QCOMPARE(history.size(), int(steps.size()) + 1);
    const QJsonObject first = history.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("step")).toString(), creationStep);
    QVERIFY(first.value(QStringLiteral("from")).isNull());
    QCOMPARE(first.value(QStringLiteral("by")).toString(), creator);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const QJsonObject entry = history.at(int(i) + 1).toObject();
        QCOMPARE(entry.value(QStringLiteral("step")).toString(), steps[i].arguments.first());
        QCOMPARE(entry.value(QStringLiteral("from")).toString(), steps[i].from);
        QCOMPARE(entry.value(QStringLiteral("to")).toString(), steps[i].to);
        QCOMPARE(entry.value(QStringLiteral("by")).toString(), steps[i].actor);
        QCOMPARE(entry.value(QStringLiteral("reason")).toString(), steps[i].reason);
        QVERIFY(!entry.value(QStringLiteral("at")).toString().isEmpty());
    }
}

void TestCliSteps::incomingWorkflow()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(
        QStringLiteral("incoming"),
        {QStringLiteral("--measures"), QStringLiteral("witness_hearing:done,documents:impossible")});
    QVERIFY(!reference.isEmpty());

    const QString replyBy = isoDate(QDate::currentDate().addDays(30));
    const QString reviewOn = isoDate(QDate::currentDate().addDays(60));
    const QString question = str("Préciser les faits reprochés – يرجى توضيح الوقائع المنسوبة");
    const QString authority = str("Procureur de la République près le tribunal judiciaire de Paris");
    const std::vector<StepCase> steps = {
        {str("officer"), strs({"register"}), str("received"), str("registered"), QString()},
        {str("officer"), strs({"start_review"}), str("registered"), str("under_review"), QString()},
        {str("officer"),
         QStringList {QStringLiteral("request_information"), QStringLiteral("--reason"), question,
                      QStringLiteral("--date"), replyBy},
         str("under_review"), str("awaiting_information"), question},
        {str("officer"), strs({"information_received"}), str("awaiting_information"), str("under_review"),
         QString()},
        {str("officer"), strs({"consult", "--reason", "Conditions d'utilisation à convenir"}),
         str("under_review"), str("consultation"), str("Conditions d'utilisation à convenir")},
        {str("supervisor"), strs({"accept"}), str("consultation"), str("accepted"), QString()},
        {str("officer"),
         QStringList {QStringLiteral("transmit_for_execution"), QStringLiteral("--to-authority"), authority,
                      QStringLiteral("--authority-reference"), QStringLiteral("PR-2026/55")},
         str("accepted"), str("in_execution"), QString()},
        {str("supervisor"),
         QStringList {QStringLiteral("postpone"), QStringLiteral("--reason"),
                      str("Enquête en cours – تحقيق جار"), QStringLiteral("--date"), reviewOn},
         str("in_execution"), str("postponed"), str("Enquête en cours – تحقيق جار")},
        {str("officer"), strs({"resume"}), str("postponed"), str("in_execution"), QString()},
        {str("officer"), strs({"record_partial_results", "--reason", "Documents introuvables"}),
         str("in_execution"), str("partially_executed"), str("Documents introuvables")},
        {str("officer"), strs({"complete_execution"}), str("partially_executed"), str("executed"), QString()},
        {str("officer"), strs({"send_results", "--conditions", "Usage limité à la procédure"}),
         str("executed"), str("results_sent"), QString()},
        {str("supervisor"), strs({"close", "--disposition", "executed"}), str("results_sent"), str("closed"),
         QString()},
        {str("supervisor"), strs({"reopen", "--reason", "Résultats incomplets"}), str("closed"),
         str("results_sent"), str("Résultats incomplets")},
        {str("supervisor"), strs({"close", "--disposition", "partially_executed"}), str("results_sent"),
         str("closed"), QString()},
    };
    runSteps(reg, reference, steps);
    if (QTest::currentTestFailed()) {
        return;
    }

    const QJsonObject request = reg.show(reference);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(request.value(QStringLiteral("disposition")).toString(), QStringLiteral("partially_executed"));
    QCOMPARE(request.value(QStringLiteral("executing_authority")).toString(), authority);
    QCOMPARE(request.value(QStringLiteral("executing_reference")).toString(), QStringLiteral("PR-2026/55"));
    const QJsonArray history = request.value(QStringLiteral("history")).toArray();
    compareHistory(history, QStringLiteral("log_receipt"), QStringLiteral("officer"), steps);
    if (QTest::currentTestFailed()) {
        return;
    }
    auto data = [&](int index) {
        return history.at(index).toObject().value(QStringLiteral("data")).toObject();
    };
    QCOMPARE(data(3).value(QStringLiteral("reply_by")).toString(), replyBy);
    QCOMPARE(data(7).value(QStringLiteral("to_authority")).toString(), authority);
    QCOMPARE(data(7).value(QStringLiteral("authority_reference")).toString(), QStringLiteral("PR-2026/55"));
    QCOMPARE(data(8).value(QStringLiteral("review_date")).toString(), reviewOn);
    QCOMPARE(data(12).value(QStringLiteral("conditions")).toString(), str("Usage limité à la procédure"));
    QCOMPARE(data(13).value(QStringLiteral("disposition")).toString(), QStringLiteral("executed"));
    QCOMPARE(reg.rows(QStringLiteral("history")), int(steps.size()) + 1);
}

void TestCliSteps::outgoingWorkflow()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("outgoing"));
    QVERIFY(!reference.isEmpty());

    const QString today = isoDate(QDate::currentDate());
    const QString question = str("Merci de joindre la traduction – يرجى إرفاق الترجمة");
    const std::vector<StepCase> steps = {
        {str("officer"), strs({"send_for_translation"}), str("draft"), str("in_translation"), QString()},
        {str("officer"),
         QStringList {QStringLiteral("send"), QStringLiteral("--channel"), QStringLiteral("diplomatic"),
                      QStringLiteral("--date"), today},
         str("in_translation"), str("sent"), QString()},
        {str("officer"), strs({"record_acknowledgement", "--foreign-reference", "TN/PR/2026/0412"}),
         str("sent"), str("acknowledged"), QString()},
        {str("officer"), strs({"record_execution_abroad"}), str("acknowledged"), str("in_execution_abroad"),
         QString()},
        {str("officer"),
         QStringList {QStringLiteral("receive_information_request"), QStringLiteral("--reason"), question},
         str("in_execution_abroad"), str("information_requested"), question},
        {str("officer"), strs({"reply_information"}), str("information_requested"),
         str("in_execution_abroad"), QString()},
        {str("officer"), strs({"receive_partial_results"}), str("in_execution_abroad"),
         str("partial_results_received"), QString()},
        {str("officer"), strs({"receive_results"}), str("partial_results_received"), str("results_received"),
         QString()},
        {str("officer"),
         strs({"forward_results", "--to-authority", "Juge d'instruction, pôle antiterroriste"}),
         str("results_received"), str("results_forwarded"), QString()},
        {str("supervisor"), strs({"close", "--disposition", "executed"}), str("results_forwarded"),
         str("closed"), QString()},
    };
    runSteps(reg, reference, steps);
    if (QTest::currentTestFailed()) {
        return;
    }

    const QJsonObject request = reg.show(reference);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(request.value(QStringLiteral("disposition")).toString(), QStringLiteral("executed"));
    QCOMPARE(request.value(QStringLiteral("channel")).toString(), QStringLiteral("diplomatic"));
    QCOMPARE(request.value(QStringLiteral("sent_on")).toString(), today);
    QCOMPARE(request.value(QStringLiteral("foreign_reference")).toString(),
             QStringLiteral("TN/PR/2026/0412"));
    compareHistory(request.value(QStringLiteral("history")).toArray(), QStringLiteral("create_draft"),
                   QStringLiteral("officer"), steps);
}

void TestCliSteps::refusedStep_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("arguments"); // after "step"; {REF} is the request, under review
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages");

    const QString future = isoDate(QDate::currentDate().addDays(10));
    const QString officer = str("officer");
    const QString supervisor = str("supervisor");

    QTest::newRow("not allowed from the state") << officer << strs({"{REF}", "register"}) << 2
                                                << strs({"“Register”", "“Under review”", "cannot be taken"});
    QTest::newRow("not allowed yet") << officer << strs({"{REF}", "send_results"}) << 2
                                     << strs({"“Send results”", "“Under review”"});
    QTest::newRow("step of the other direction")
        << officer << strs({"{REF}", "send_for_translation"}) << 2
        << strs({"“Send for translation”", "not a step of incoming"});
    QTest::newRow("officer may not accept")
        << officer << strs({"{REF}", "accept"}) << 2 << strs({"“Accept”", "Supervisor", "You are: Officer"});
    QTest::newRow("officer may not refuse")
        << officer
        << strs({"{REF}", "refuse", "--reason", "x", "--grounds", "dual_criminality", "--article", "4"}) << 2
        << strs({"“Refuse”", "You are: Officer"});
    QTest::newRow("clerk may not add a note") << str("clerk") << strs({"{REF}", "add_note", "--reason", "x"})
                                              << 2 << strs({"“Add note”", "You are: Clerk"});
    QTest::newRow("administrator may not consult")
        << str("admin") << strs({"{REF}", "consult", "--reason", "x"}) << 2
        << strs({"“Consult the requesting state”", "Administrator"});
    QTest::newRow("missing reason") << officer << strs({"{REF}", "request_information"}) << 2
                                    << strs({"“Ask for information”", "needs: a reason"});
    QTest::newRow("blank reason") << officer << strs({"{REF}", "consult", "--reason", "   "}) << 2
                                  << strs({"“Consult the requesting state”", "a reason"});
    QTest::newRow("refusal without grounds and article")
        << supervisor << strs({"{REF}", "refuse", "--reason", "Double incrimination absente"}) << 2
        << strs({"“Refuse”", "refusal grounds", "article relied on"});
    QTest::newRow("refusal without anything")
        << supervisor << strs({"{REF}", "refuse"}) << 2
        << strs({"“Refuse”", "a reason", "refusal grounds", "article relied on"});
    QTest::newRow("refusal without article")
        << supervisor << strs({"{REF}", "refuse", "--reason", "x", "--grounds", "dual_criminality"}) << 2
        << strs({"“Refuse”", "needs: article relied on"});
    QTest::newRow("unknown refusal ground")
        << supervisor
        << strs({"{REF}", "refuse", "--reason", "x", "--grounds", "whim", "--article", "art. 4"}) << 2
        << strs({"“Refuse”", "“whim”"});
    QTest::newRow("reply-by date in the past")
        << officer << strs({"{REF}", "request_information", "--reason", "x", "--date", "2000-01-01"}) << 2
        << strs({"“Ask for information”", "reply-by date", "2000-01-01"});
    QTest::newRow("date on a step without one")
        << officer << (strs({"{REF}", "add_note", "--reason", "x", "--date"}) << future) << 2
        << strs({"“Add note”", "does not take a date"});
    QTest::newRow("data the step does not take")
        << supervisor << strs({"{REF}", "accept", "--to-authority", "Parquet"}) << 2
        << strs({"“Accept”", "does not take", "receiving authority"});
    QTest::newRow("unknown request") << officer << strs({"IN-1999-0042", "start_review"}) << 2
                                     << strs({"IN-1999-0042"});
    QTest::newRow("unknown user") << str("ghost") << strs({"{REF}", "consult", "--reason", "x"}) << 2
                                  << strs({"ghost"});
    QTest::newRow("unknown step (usage)") << officer << strs({"{REF}", "fly"}) << 1 << strs({"“fly”"});
    QTest::newRow("import is not a step (usage)")
        << officer << strs({"{REF}", "import"}) << 1 << strs({"“import”"});
    QTest::newRow("no step (usage)") << officer << strs({"{REF}"}) << 1 << strs({"step REF STEP"});
}

void TestCliSteps::refusedStep()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);

    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());
    QCOMPARE_EXIT(
        reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")}),
        0);
    QCOMPARE_EXIT(reg.as(QStringLiteral("officer"),
                         {QStringLiteral("step"), reference, QStringLiteral("start_review")}),
                  0);
    const CliRun before = reg.showJson(reference);
    QCOMPARE_EXIT(before, 0);
    QCOMPARE(parseObject(before.out).value(QStringLiteral("history")).toArray().size(), 3);

    const CliRun run = reg.as(actor,
                              QStringList {QStringLiteral("step")}
                                  + replaced(arguments, QStringLiteral("{REF}"), reference));
    QCOMPARE_EXIT(run, exitCode);
    QCOMPARE(run.out, QString());
    for (const QString& message : messages) {
        QVERIFY_CONTAINS(run.err, message);
    }

    // Nothing was written: the request and its history are as they were.
    const CliRun after = reg.showJson(reference);
    QCOMPARE_EXIT(after, 0);
    QCOMPARE(after.out, before.out);
    const QJsonObject request = parseObject(after.out);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(request.value(QStringLiteral("history")).toArray().size(), 3);
    QCOMPARE(reg.rows(QStringLiteral("history")), 3);
}

void TestCliSteps::resumeAfterReopen_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QStringList>("steps"); // "actor|step|options...": up to the paused state
    QTest::addColumn<QString>("pausedState");
    QTest::addColumn<QString>("resumeStep");
    QTest::addColumn<QString>("backTo");

    const QString future = isoDate(QDate::currentDate().addDays(20));
    QTest::newRow("incoming, postponed")
        << str("incoming")
        << (strs({"officer|register", "officer|start_review", "supervisor|accept",
                  "officer|transmit_for_execution|--to-authority|Parquet de Paris"})
            << QStringLiteral("supervisor|postpone|--reason|Enquête en cours|--date|%1").arg(future))
        << str("postponed") << str("resume") << str("in_execution");
    QTest::newRow("outgoing, information requested")
        << str("outgoing")
        << strs({"officer|send", "officer|receive_information_request|--reason|Précisions"})
        << str("information_requested") << str("reply_information") << str("sent");
    QTest::newRow("outgoing, postponed abroad")
        << str("outgoing")
        << strs({"officer|send", "officer|record_acknowledgement",
                 "officer|record_postponement_abroad|--reason|Enquête"})
        << str("postponed_abroad") << str("record_resumption_abroad") << str("acknowledged");
}

void TestCliSteps::resumeAfterReopen()
{
    // A request withdrawn while paused and then reopened is paused again, and
    // must still be able to go back to the state it was paused from.
    QFETCH(QString, direction);
    QFETCH(QStringList, steps);
    QFETCH(QString, pausedState);
    QFETCH(QString, resumeStep);
    QFETCH(QString, backTo);

    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(direction);
    QVERIFY(!reference.isEmpty());
    steps << str("officer|withdraw|--reason|Retrait annoncé par erreur")
          << str("supervisor|reopen|--reason|Le retrait était une erreur");
    for (const QString& step : steps) {
        const QStringList parts = step.split(QLatin1Char('|'));
        QCOMPARE_EXIT(reg.as(parts.first(), QStringList {QStringLiteral("step"), reference} + parts.mid(1)),
                      0);
    }
    QCOMPARE(reg.show(reference).value(QStringLiteral("state")).toString(), pausedState);

    const CliRun run = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, resumeStep});
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("%1: %2 -> %3 (%4)\n").arg(reference, pausedState, backTo, resumeStep));
    QCOMPARE(reg.show(reference).value(QStringLiteral("state")).toString(), backTo);
}

QTEST_GUILESS_MAIN(TestCliSteps)
#include "tst_cli_steps.moc"
