// masar-cli end to end, the commands around the requests: init, user add and
// list, usage errors, the workflow command, and who acts (--as, MASAR_USER).
#include "CliHarness.h"
#include "TestDatabase.h"
#include "domain/Codes.h"
#include "domain/Workflow.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Masar;
using namespace Masar::Test;

namespace {

// An environment that sets one variable, for runCli().
QProcessEnvironment environmentWith(const QString& name, const QString& value)
{
    QProcessEnvironment environment;
    environment.insert(name, value);
    return environment;
}

// An edge of the workflow graph.
struct DotEdge
{
    QString source;
    QString target;
    QString attributes;
};

// There is a way from `source` to `target`, directly or through nodes that are
// not states (junctions), and one of its edges has `label`.
bool leadsTo(const std::vector<DotEdge>& graph, const QStringList& stateNodes, const QString& source,
             const QString& target, const QString& label, bool labelled = false, int depth = 0)
{
    if (depth > 3) {
        return false;
    }
    for (const DotEdge& edge : graph) {
        if (edge.source != source) {
            continue;
        }
        const bool named = labelled || edge.attributes.contains(label);
        if (edge.target == target) {
            if (named) {
                return true;
            }
            continue;
        }
        if (!stateNodes.contains(edge.target)
            && leadsTo(graph, stateNodes, edge.target, target, label, named, depth + 1)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestCliSetup : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesRegister();
    void initAgainCreatesNoSecondAdministrator();
    void userAdd_data();
    void userAdd();
    void userList();
    void usageError_data();
    void usageError();
    void workflowDot();
    void workflowText();
    void actorFromEnvironment();
};

void TestCliSetup::initCreatesRegister()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The folders on the way are created too.
    const QString path = dir.filePath(QStringLiteral("sub/folder/register.sqlite"));

    const CliRun run = runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin"),
                               QStringLiteral("init")});
    QCOMPARE_EXIT(run, 0);
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY_CONTAINS(
        run.out,
        QStringLiteral("Database: %1\n").arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    QVERIFY_CONTAINS(run.out, QStringLiteral("Schema version: %1\n").arg(Schema::currentVersion));
    QVERIFY_CONTAINS(run.out, QStringLiteral("Administrator: admin (created)\n"));
    QCOMPARE(run.err, QString());

    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion);
    QCOMPARE(countRows(path, QStringLiteral("users")), 1);
    QCOMPARE(queryValue(path, QStringLiteral("SELECT role FROM users WHERE name = 'admin'")).toString(),
             QStringLiteral("administrator"));

    const CliRun list = runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin"),
                                QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE_EXIT(list, 0);
    QVERIFY(list.out.contains(QRegularExpression(QStringLiteral("^admin +administrator +yes"),
                                                 QRegularExpression::MultilineOption)));
}

void TestCliSetup::initAgainCreatesNoSecondAdministrator()
{
    Register reg;
    QVERIFY(reg.setUp({}));
    const QByteArray before = Test::TestDatabase::fileHash(reg.path());

    // The same administrator again, then someone else: both are fine, neither adds a user.
    for (const QString& who : {QStringLiteral("admin"), QStringLiteral("intruder")}) {
        const CliRun again = reg.as(who, {QStringLiteral("init")});
        QCOMPARE_EXIT(again, 0);
        QVERIFY_CONTAINS(again.out, QStringLiteral("Schema version: %1\n").arg(Schema::currentVersion));
        QVERIFY2(!again.out.contains(QStringLiteral("Administrator")), qPrintable(again.out));
    }
    QCOMPARE(reg.rows(QStringLiteral("users")), 1);
    QCOMPARE(queryValue(reg.path(), QStringLiteral("SELECT count(*) FROM users WHERE role = 'administrator'"))
                 .toInt(),
             1);
    QCOMPARE(Test::TestDatabase::fileHash(reg.path()), before);

    const CliRun intruder
        = reg.as(QStringLiteral("intruder"), {QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE_EXIT(intruder, 2);
    QVERIFY_CONTAINS(intruder.err, QStringLiteral("intruder"));
}

void TestCliSetup::userAdd_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role"); // empty: no --role
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // in stdout when done, in stderr otherwise

    QTest::newRow("administrator adds an officer")
        << str("admin") << str("karim") << str("officer") << 0 << str("User karim added as officer.");
    QTest::newRow("administrator adds a supervisor")
        << str("admin") << str("leila") << str("supervisor") << 0 << str("User leila added as supervisor.");
    QTest::newRow("administrator adds a clerk")
        << str("admin") << str("sami") << str("clerk") << 0 << str("User sami added as clerk.");
    QTest::newRow("administrator adds an administrator")
        << str("admin") << str("nadia") << str("administrator") << 0
        << str("User nadia added as administrator.");
    QTest::newRow("Arabic user name")
        << str("admin") << str("فاطمة") << str("officer") << 0 << str("User فاطمة added as officer.");
    QTest::newRow("officer may not add users") << str("officer") << str("karim") << str("officer") << 2
                                               << str("Only an administrator may add users");
    QTest::newRow("supervisor may not add users") << str("supervisor") << str("karim") << str("officer") << 2
                                                  << str("Only an administrator may add users");
    QTest::newRow("clerk may not add users")
        << str("clerk") << str("karim") << str("officer") << 2 << str("Only an administrator may add users");
    QTest::newRow("unknown actor") << str("ghost") << str("karim") << str("officer") << 2 << str("ghost");
    QTest::newRow("name taken") << str("admin") << str("officer") << str("supervisor") << 2
                                << str("already a user “officer”");
    QTest::newRow("invalid name") << str("admin") << str("karim ben ali") << str("officer") << 2
                                  << str("not a valid user name");
    QTest::newRow("unknown role") << str("admin") << str("karim") << str("judge") << 1 << str("--role");
    QTest::newRow("no role") << str("admin") << str("karim") << QString() << 1 << str("--role");
}

void TestCliSetup::userAdd()
{
    QFETCH(QString, actor);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    Register reg;
    QVERIFY(reg.setUp());
    const int usersBefore = reg.rows(QStringLiteral("users"));

    QStringList arguments {QStringLiteral("user"), QStringLiteral("add"), name};
    if (!role.isEmpty()) {
        arguments << QStringLiteral("--role") << role;
    }
    const CliRun run = reg.as(actor, arguments);
    QCOMPARE_EXIT(run, exitCode);

    const CliRun list = reg.as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE_EXIT(list, 0);
    const QRegularExpression line(QStringLiteral("^%1 +%2 +yes").arg(QRegularExpression::escape(name), role),
                                  QRegularExpression::MultilineOption);
    if (exitCode == 0) {
        QCOMPARE(run.out, message + QLatin1Char('\n'));
        QCOMPARE(reg.rows(QStringLiteral("users")), usersBefore + 1);
        QVERIFY2(list.out.contains(line), qPrintable(list.out));
    } else {
        QVERIFY_CONTAINS(run.err, message);
        QCOMPARE(run.out, QString());
        QCOMPARE(reg.rows(QStringLiteral("users")), usersBefore);
        QVERIFY2(name == QLatin1String("officer") || !list.out.contains(name), qPrintable(list.out));
    }
}

void TestCliSetup::userList()
{
    Register reg;
    QVERIFY(reg.setUp());
    // Any active user may list the users.
    const CliRun run = reg.as(QStringLiteral("clerk"), {QStringLiteral("user"), QStringLiteral("list")});
    QCOMPARE_EXIT(run, 0);
    QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 7, qPrintable(run.out));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("name")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("----")));
    const QStringList expected = strs({"admin administrator yes", "clerk clerk yes", "officer officer yes",
                                       "officer2 officer yes", "supervisor supervisor yes"});
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(lines.at(i + 2).simplified(), expected.at(i));
    }
}

void TestCliSetup::usageError_data()
{
    QTest::addColumn<QStringList>("arguments"); // {DB}: the register, {REF}: its one request
    QTest::addColumn<QString>("message");

    const QStringList db = strs({"--db", "{DB}", "--as", "supervisor"});
    const QString date = str("2026-01-05");

    QTest::newRow("unknown command") << db + strs({"frobnicate"}) << str("“frobnicate” is not a command");
    QTest::newRow("no command") << strs({"--db", "{DB}"}) << str("Usage: masar-cli");
    QTest::newRow("unknown global option")
        << strs({"--db", "{DB}", "--frobnicate", "list"}) << str("frobnicate");
    QTest::newRow("unknown command option") << db + strs({"list", "--colour", "red"}) << str("colour");
    QTest::newRow("--as-of with step")
        << db + strs({"--as-of"}) + QStringList {date} + strs({"step", "{REF}", "register"})
        << str("--as-of cannot be used with “step”");
    QTest::newRow("--as-of after step")
        << db + strs({"step", "{REF}", "add_note", "--reason", "x", "--as-of"}) + QStringList {date}
        << str("--as-of cannot be used with “step”");
    QTest::newRow("--as-of with new") << db + strs({"--as-of"}) + QStringList {date} + newArguments()
                                      << str("--as-of cannot be used with “new”");
    QTest::newRow("--as-of with import") << db + strs({"--as-of"}) + QStringList {date}
            + strs({"import", "x.json"}) << str("--as-of cannot be used with “import”");
    QTest::newRow("--as-of with init") << db + strs({"--as-of"}) + QStringList {date} + strs({"init"})
                                       << str("--as-of cannot be used with “init”");
    QTest::newRow("--as-of not a date") << db + strs({"--as-of", "05/01/2026", "list"}) << str("YYYY-MM-DD");
    QTest::newRow("--lang not offered")
        << db + strs({"--lang", "de", "list"}) << str("--lang takes ar, fr or en");
    QTest::newRow("--lang= not offered") << db + strs({"--lang=klingon", "list"}) << str("“klingon”");
    QTest::newRow("step without a step") << db + strs({"step", "{REF}"}) << str("step needs");
    QTest::newRow("show with two references")
        << db + strs({"show", "{REF}", "{REF}"}) << str("show needs one");
    QTest::newRow("unknown list format") << db + strs({"list", "--format", "xml"}) << str("“xml”");
    QTest::newRow("unknown list state") << db + strs({"list", "--state", "asleep"}) << str("“asleep”");
    QTest::newRow("user add without role") << db + strs({"user", "add", "karim"}) << str("--role");
    QTest::newRow("new with an argument")
        << db + strs({"new", "extra", "--direction", "incoming"}) << str("new takes options only");
    QTest::newRow("import without a file") << db + strs({"import"}) << str("import needs one file");
}

void TestCliSetup::usageError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());

    const CliRun run = runCli(replaced(replaced(arguments, QStringLiteral("{DB}"), reg.path()),
                                       QStringLiteral("{REF}"), reference));
    QCOMPARE_EXIT(run, 1);
    QCOMPARE(run.out, QString());
    QVERIFY_CONTAINS(run.err, message);
    // Nothing was written.
    QCOMPARE(reg.rows(QStringLiteral("requests")), 1);
    QCOMPARE(reg.rows(QStringLiteral("history")), 1);
    QCOMPARE(reg.rows(QStringLiteral("users")), 5);
}

void TestCliSetup::workflowDot()
{
    const CliRun run
        = runCli({QStringLiteral("workflow"), QStringLiteral("--format"), QStringLiteral("dot")});
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    const QString dot = run.out;
    QVERIFY_CONTAINS(dot, QStringLiteral("digraph masar_workflow {\n"));
    QVERIFY(dot.endsWith(QStringLiteral("}\n")));
    QCOMPARE(dot.count(QLatin1Char('{')), dot.count(QLatin1Char('}')));
    QVERIFY_CONTAINS(dot, QStringLiteral("subgraph cluster_incoming {"));
    QVERIFY_CONTAINS(dot, QStringLiteral("subgraph cluster_outgoing {"));

    // The edges: source, target and attributes.
    std::vector<DotEdge> graph;
    const QRegularExpression edge(QStringLiteral("^\\s*(\\w+) -> (\\w+)(?: \\[(.*)\\])?;$"),
                                  QRegularExpression::MultilineOption);
    for (auto it = edge.globalMatch(dot); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        graph.push_back({match.captured(1), match.captured(2), match.captured(3)});
    }
    QVERIFY(graph.size() > 40);

    for (Direction direction : allOf<Direction>()) {
        const QString prefix = keyOf(direction).left(3);
        // Every state is a node...
        QStringList stateNodes;
        for (State state : Workflow::states(direction)) {
            stateNodes << QStringLiteral("%1_%2").arg(prefix, keyOf(state));
            QVERIFY_CONTAINS(dot, QStringLiteral("    %1 [label=").arg(stateNodes.last()));
        }
        // ...and every step between named states leads from each of its states
        // to its target, directly or through a junction node, on edges that
        // carry the step's name.
        for (const Transition& row : Workflow::table()) {
            if (!row.appliesTo(direction) || row.target != Target::Fixed || row.createsRequest()
                || row.fromAnyOpenState(direction)) {
                continue;
            }
            const QString label = QStringLiteral("label=\"%1").arg(labelOf(row.step));
            const QString target = QStringLiteral("%1_%2").arg(prefix, keyOf(row.to));
            for (State from : row.fromStates(direction)) {
                const QString source = QStringLiteral("%1_%2").arg(prefix, keyOf(from));
                QVERIFY2(leadsTo(graph, stateNodes, source, target, label),
                         qPrintable(QStringLiteral("no edge %1 -> %2 named “%3”")
                                        .arg(source, target, labelOf(row.step))));
            }
        }
    }

    const CliRun outgoing
        = runCli({QStringLiteral("workflow"), QStringLiteral("--format"), QStringLiteral("dot"),
                  QStringLiteral("--direction"), QStringLiteral("outgoing")});
    QCOMPARE_EXIT(outgoing, 0);
    QVERIFY_CONTAINS(outgoing.out, QStringLiteral("digraph masar_workflow {"));
    QVERIFY_CONTAINS(outgoing.out, QStringLiteral("cluster_outgoing"));
    QVERIFY(!outgoing.out.contains(QStringLiteral("cluster_incoming")));
}

void TestCliSetup::workflowText()
{
    const CliRun run
        = runCli({QStringLiteral("workflow"), QStringLiteral("--format"), QStringLiteral("text")});
    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.err, QString());
    // The default format is the text table.
    const CliRun byDefault = runCli({QStringLiteral("workflow")});
    QCOMPARE_EXIT(byDefault, 0);
    QCOMPARE(byDefault.out, run.out);

    const QString text = run.out;
    QVERIFY_CONTAINS(text, QStringLiteral("Incoming requests\n"));
    QVERIFY_CONTAINS(text, QStringLiteral("Outgoing requests\n"));
    QStringList keys;
    for (const Transition& row : Workflow::table()) {
        if (!keys.contains(keyOf(row.step))) {
            keys << keyOf(row.step);
        }
    }
    QVERIFY(keys.size() > 30);
    for (const QString& key : keys) {
        const QRegularExpression line(QStringLiteral("^%1 ").arg(key), QRegularExpression::MultilineOption);
        QVERIFY2(text.contains(line), qPrintable(QStringLiteral("no row for step “%1”").arg(key)));
    }
    for (State state : allOf<State>()) {
        QVERIFY_CONTAINS(text, keyOf(state));
    }

    const CliRun svg
        = runCli({QStringLiteral("workflow"), QStringLiteral("--format"), QStringLiteral("svg")});
    QCOMPARE_EXIT(svg, 1);
    QVERIFY_CONTAINS(svg.err, QStringLiteral("“svg”"));
}

void TestCliSetup::actorFromEnvironment()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QStringList arguments = QStringList {QStringLiteral("--db"), reg.path()} + newArguments();

    // MASAR_USER says who acts when --as does not.
    const CliRun asOfficer
        = runCli(arguments, environmentWith(QStringLiteral("MASAR_USER"), QStringLiteral("officer")));
    QCOMPARE_EXIT(asOfficer, 0);
    const QString reference = asOfficer.out.trimmed();
    const QJsonObject request = reg.show(reference);
    QCOMPARE(request.value(QStringLiteral("history"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("by"))
                 .toString(),
             QStringLiteral("officer"));

    const CliRun asClerk
        = runCli(arguments, environmentWith(QStringLiteral("MASAR_USER"), QStringLiteral("clerk")));
    QCOMPARE_EXIT(asClerk, 2);
    QVERIFY_CONTAINS(asClerk.err, QStringLiteral("You are: Clerk"));

    // --as wins over MASAR_USER.
    const CliRun overridden
        = runCli(QStringList {QStringLiteral("--as"), QStringLiteral("supervisor")} + arguments,
                 environmentWith(QStringLiteral("MASAR_USER"), QStringLiteral("clerk")));
    QCOMPARE_EXIT(overridden, 0);
    QCOMPARE(reg.show(overridden.out.trimmed()).value(QStringLiteral("assignee")).toString(),
             QStringLiteral("supervisor"));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 2);
}

QTEST_GUILESS_MAIN(TestCliSetup)
#include "tst_cli_setup.moc"
