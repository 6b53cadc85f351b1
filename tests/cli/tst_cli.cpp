// masar-cli end to end: every call runs the real program in its own process,
// against a register in a temporary folder, and is judged by its exit status
// (0 done, 1 usage error, 2 input refused, 3 storage problem), by what it
// prints and by what the register holds afterwards, read independently.
#include "TestDatabase.h"
#include "domain/Codes.h"
#include "domain/Workflow.h"
#include "storage/Schema.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <initializer_list>
#include <vector>

using namespace Masar;

namespace {

constexpr int cliTimeoutMs = 30000;

// Test data is written as UTF-8 literals (Arabic and French included).
QString str(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList strs(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items) {
        list << QString::fromUtf8(item);
    }
    return list;
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// What one run of masar-cli gave.
struct CliRun
{
    int exitCode = -1; // -1: it crashed, did not start or did not finish
    QString out;
    QString err;
};

QString describe(const CliRun& run)
{
    return QStringLiteral("exit status %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

// Every masar-cli call of this test goes through here: a clean environment
// (C.UTF-8, no MASAR_USER unless `extra` sets it), a time limit, and the
// exit status with both outputs decoded as UTF-8.
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extra = QProcessEnvironment())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("MASAR_USER"));
    const QStringList names = extra.keys();
    for (const QString& name : names) {
        environment.insert(name, extra.value(name));
    }

    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MASAR_CLI_PATH), arguments);
    if (!process.waitForStarted(cliTimeoutMs)) {
        run.err = QStringLiteral("masar-cli did not start: %1").arg(process.errorString());
        return run;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(cliTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("masar-cli did not finish within %1 ms").arg(cliTimeoutMs);
        return run;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    return run;
}

QProcessEnvironment environmentWith(const QString& name, const QString& value)
{
    QProcessEnvironment environment;
    environment.insert(name, value);
    return environment;
}

// The register read without masar-cli: a separate, read-only connection.
QVariant queryValue(const QString& databasePath, const QString& sql, bool readOnly = true)
{
    static int connections = 0;
    const QString name = QStringLiteral("tst_cli_%1").arg(++connections);
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (readOnly) {
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            qWarning("cannot open %s: %s", qPrintable(databasePath), qPrintable(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            } else if (query.next()) {
                value = query.value(0);
            } else {
                value = QVariant(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

int countRows(const QString& databasePath, const QString& table)
{
    // The table name is one of this test's, never outside text.
    const QVariant value = queryValue(databasePath, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return value.isValid() ? value.toInt() : -1;
}

QJsonObject parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qWarning("not a JSON object (%s):\n%s", qPrintable(error.errorString()), qPrintable(text));
    }
    return document.object();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// A register made through the command line: "admin" creates it, then adds one
// user of each other role.
class Register
{
public:
    Register()
        : m_path(m_dir.filePath(QStringLiteral("register.sqlite")))
    {
    }

    const QString& path() const { return m_path; }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    CliRun as(const QString& user, const QStringList& arguments) const
    {
        return runCli(QStringList {QStringLiteral("--db"), m_path, QStringLiteral("--as"), user} + arguments);
    }

    // `users`: name and role of the users to add besides the administrator.
    bool setUp(const QStringList& users
               = strs({"officer:officer", "officer2:officer", "supervisor:supervisor", "clerk:clerk"})) const
    {
        if (!m_dir.isValid()) {
            return false;
        }
        const CliRun init = as(QStringLiteral("admin"), {QStringLiteral("init")});
        if (init.exitCode != 0) {
            qWarning("init failed: %s", qPrintable(describe(init)));
            return false;
        }
        for (const QString& user : users) {
            const CliRun add
                = as(QStringLiteral("admin"),
                     {QStringLiteral("user"), QStringLiteral("add"), user.section(QLatin1Char(':'), 0, 0),
                      QStringLiteral("--role"), user.section(QLatin1Char(':'), 1)});
            if (add.exitCode != 0) {
                qWarning("user add failed: %s", qPrintable(describe(add)));
                return false;
            }
        }
        return true;
    }

    // A new request created by the officer; its reference, or nothing.
    QString newRequest(const QString& direction, const QStringList& more = QStringList()) const
    {
        const bool incoming = direction == QLatin1String("incoming");
        const CliRun run
            = as(QStringLiteral("officer"),
                 QStringList {QStringLiteral("new"), QStringLiteral("--direction"), direction,
                              QStringLiteral("--requesting-country"),
                              incoming ? QStringLiteral("TN") : QStringLiteral("FR"),
                              QStringLiteral("--requested-country"),
                              incoming ? QStringLiteral("FR") : QStringLiteral("TN"),
                              QStringLiteral("--legal-basis"), QStringLiteral("riyadh-1983"),
                              QStringLiteral("--summary"), str("Demande d'entraide – طلب مساعدة")}
                     + more);
        if (run.exitCode != 0) {
            qWarning("new failed: %s", qPrintable(describe(run)));
            return QString();
        }
        return run.out.trimmed();
    }

    CliRun showJson(const QString& reference) const
    {
        return as(QStringLiteral("supervisor"),
                  {QStringLiteral("show"), reference, QStringLiteral("--format"), QStringLiteral("json")});
    }

    QJsonObject show(const QString& reference) const
    {
        const CliRun run = showJson(reference);
        if (run.exitCode != 0) {
            qWarning("show failed: %s", qPrintable(describe(run)));
            return QJsonObject();
        }
        return parseObject(run.out);
    }

    int rows(const QString& table) const { return countRows(m_path, table); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// masar-hold-lock in the background, holding the register's write lock.
class LockHolder
{
public:
    ~LockHolder() { stop(); }

    // Starts it and waits until it says it holds the lock.
    bool start(const QString& databasePath, int milliseconds)
    {
        m_process.start(QStringLiteral(MASAR_HOLD_LOCK_PATH), {databasePath, QString::number(milliseconds)});
        if (!m_process.waitForStarted(5000)) {
            return false;
        }
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("locked\n") && timer.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            output += m_process.readAllStandardOutput();
            if (m_process.state() == QProcess::NotRunning) {
                break;
            }
        }
        if (!output.contains("locked\n")) {
            qWarning("masar-hold-lock did not take the lock: %s",
                     m_process.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    bool waitForEnd(int milliseconds)
    {
        return m_process.waitForFinished(milliseconds) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

// The options of a valid incoming `new`, with some replaced or added; a null
// value removes the option.
QStringList newArguments(const QList<QPair<QString, QString>>& changes = {})
{
    QList<QPair<QString, QString>> options = {
        {QStringLiteral("--direction"), QStringLiteral("incoming")},
        {QStringLiteral("--requesting-country"), QStringLiteral("TN")},
        {QStringLiteral("--requested-country"), QStringLiteral("FR")},
        {QStringLiteral("--legal-basis"), QStringLiteral("untoc")},
        {QStringLiteral("--summary"), str("Demande d'entraide – طلب")},
    };
    for (const auto& change : changes) {
        const auto it
            = std::find_if(options.begin(), options.end(), [&](const QPair<QString, QString>& option) {
                  return option.first == change.first;
              });
        if (it == options.end()) {
            options.append(change);
        } else if (change.second.isNull()) {
            options.erase(it);
        } else {
            it->second = change.second;
        }
    }
    QStringList arguments {QStringLiteral("new")};
    for (const auto& option : options) {
        arguments << option.first << option.second;
    }
    return arguments;
}

QPair<QString, QString> option(const char* name, const char* value)
{
    return {QString::fromUtf8(name), value ? QString::fromUtf8(value) : QString()};
}

QStringList replaced(QStringList arguments, const QString& placeholder, const QString& value)
{
    for (QString& argument : arguments) {
        argument.replace(placeholder, value);
    }
    return arguments;
}

// One step of a scenario and what it must do.
struct StepCase
{
    QString actor;
    QStringList arguments; // the step key, then its options
    QString from;
    QString to;
    QString reason;
};

QByteArray requestsFile(const QList<QByteArray>& requests)
{
    QByteArray json = "{\"format\": \"masar-requests\", \"version\": 1, \"requests\": [\n";
    for (int i = 0; i < requests.size(); ++i) {
        json += (i > 0 ? ",\n" : "") + requests.at(i);
    }
    return json + "\n]}\n";
}

QByteArray incomingRecord(const QByteArray& requestingCountry, const QByteArray& more = QByteArray())
{
    return "{\"direction\": \"incoming\", \"requesting_country\": \"" + requestingCountry
        + "\", \"requested_country\": \"FR\", \"received_on\": \"2025-06-01\", \"summary\": \"Demande\""
        + more + "}";
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

// Fails the test with the run's outputs when the exit status is not the expected one.
#define QCOMPARE_EXIT(run, expected)                                                                         \
    QVERIFY2((run).exitCode == (expected),                                                                   \
             qPrintable(QStringLiteral("expected exit status %1, got ").arg(expected) + describe(run)))

#define QVERIFY_CONTAINS(text, fragment)                                                                     \
    QVERIFY2((text).contains(fragment), qPrintable(QStringLiteral("“%1” is not in:\n%2").arg(fragment, text)))

class TestCli : public QObject
{
    Q_OBJECT

private:
    void runSteps(const Register& reg, const QString& reference, const std::vector<StepCase>& steps);
    void compareHistory(const QJsonArray& history, const QString& creationStep, const QString& creator,
                        const std::vector<StepCase>& steps);

private slots:
    void initCreatesRegister();
    void initAgainCreatesNoSecondAdministrator();
    void userAdd_data();
    void userAdd();
    void userList();
    void newRequest_data();
    void newRequest();
    void newNumbersPerDirection();
    void newRefusesInvalidInput_data();
    void newRefusesInvalidInput();
    void incomingWorkflow();
    void outgoingWorkflow();
    void refusedStep_data();
    void refusedStep();
    void resumeAfterReopen_data();
    void resumeAfterReopen();
    void newWarnsOfLikelyDuplicate();
    void importRefused_data();
    void importRefused();
    void jsonRoundTrip();
    void csvImportWithBomAndSemicolons();
    void importNumbersAfterRegisterReferences();
    void checkCommand();
    void storageProblem_data();
    void storageProblem();
    void lockHeldLongerThanBusyTimeout();
    void lockReleasedWithinBusyTimeout();
    void readOnlyRegister();
    void usageError_data();
    void usageError();
    void workflowDot();
    void workflowText();
    void actorFromEnvironment();
};

void TestCli::runSteps(const Register& reg, const QString& reference, const std::vector<StepCase>& steps)
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

void TestCli::compareHistory(const QJsonArray& history, const QString& creationStep, const QString& creator,
                             const std::vector<StepCase>& steps)
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

void TestCli::initCreatesRegister()
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

void TestCli::initAgainCreatesNoSecondAdministrator()
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

void TestCli::userAdd_data()
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

void TestCli::userAdd()
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

void TestCli::userList()
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

void TestCli::newRequest_data()
{
    QTest::addColumn<QString>("direction");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("creationStep");

    QTest::newRow("incoming") << str("incoming") << str("IN") << str("received") << str("log_receipt");
    QTest::newRow("outgoing") << str("outgoing") << str("OUT") << str("draft") << str("create_draft");
}

void TestCli::newRequest()
{
    QFETCH(QString, direction);
    QFETCH(QString, prefix);
    QFETCH(QString, state);
    QFETCH(QString, creationStep);

    Register reg;
    QVERIFY(reg.setUp());
    const bool incoming = direction == QLatin1String("incoming");
    const QString summary = str("طَلَبُ مُسَاعَدَةٍ – Ministère de l'Intérieur, « urgent »");
    const CliRun run = reg.as(
        QStringLiteral("officer"),
        {QStringLiteral("new"), QStringLiteral("--direction"), direction,
         QStringLiteral("--requesting-country"), incoming ? QStringLiteral("TN") : QStringLiteral("FR"),
         QStringLiteral("--requested-country"), incoming ? QStringLiteral("FR") : QStringLiteral("TN"),
         QStringLiteral("--legal-basis"), QStringLiteral("riyadh-1983,untoc"), QStringLiteral("--offences"),
         QStringLiteral("terrorism"), QStringLiteral("--summary"), summary, QStringLiteral("--person"),
         str("suspect:محمد بن علي:TN:1985-04-12")});
    QCOMPARE_EXIT(run, 0);
    const QString reference = QStringLiteral("%1-%2-0001").arg(prefix).arg(QDate::currentDate().year());
    QCOMPARE(run.out, reference + QLatin1Char('\n'));
    QCOMPARE(run.err, QString());
    QCOMPARE(reg.rows(QStringLiteral("requests")), 1);

    const QJsonObject request = reg.show(reference);
    QCOMPARE(request.value(QStringLiteral("reference")).toString(), reference);
    QCOMPARE(request.value(QStringLiteral("direction")).toString(), direction);
    QCOMPARE(request.value(QStringLiteral("state")).toString(), state);
    QVERIFY(request.value(QStringLiteral("disposition")).isNull());
    QCOMPARE(request.value(QStringLiteral("assignee")).toString(), QStringLiteral("officer"));
    QCOMPARE(request.value(QStringLiteral("summary")).toString(), summary);
    QCOMPARE(request.value(QStringLiteral("legal_basis")).toArray(),
             QJsonArray({QStringLiteral("riyadh-1983"), QStringLiteral("untoc")}));
    QCOMPARE(request.value(QStringLiteral("received_on")).toString(),
             incoming ? isoDate(QDate::currentDate()) : QString());
    const QJsonObject person = request.value(QStringLiteral("persons")).toArray().at(0).toObject();
    QCOMPARE(person.value(QStringLiteral("name")).toString(), str("محمد بن علي"));
    QCOMPARE(person.value(QStringLiteral("role")).toString(), QStringLiteral("suspect"));
    QCOMPARE(person.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-04-12"));
    const QJsonArray history = request.value(QStringLiteral("history")).toArray();
    QCOMPARE(history.size(), 1);
    const QJsonObject entry = history.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("step")).toString(), creationStep);
    QVERIFY(entry.value(QStringLiteral("from")).isNull());
    QCOMPARE(entry.value(QStringLiteral("to")).toString(), state);
    QCOMPARE(entry.value(QStringLiteral("by")).toString(), QStringLiteral("officer"));
}

void TestCli::newNumbersPerDirection()
{
    Register reg;
    QVERIFY(reg.setUp());
    const int year = QDate::currentDate().year();
    QCOMPARE(reg.newRequest(QStringLiteral("incoming")), QStringLiteral("IN-%1-0001").arg(year));
    QCOMPARE(reg.newRequest(QStringLiteral("outgoing")), QStringLiteral("OUT-%1-0001").arg(year));
    QCOMPARE(reg.newRequest(QStringLiteral("incoming")), QStringLiteral("IN-%1-0002").arg(year));
    QCOMPARE(reg.newRequest(QStringLiteral("outgoing")), QStringLiteral("OUT-%1-0002").arg(year));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 4);
}

void TestCli::newRefusesInvalidInput_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("messages");

    const QString tomorrow = isoDate(QDate::currentDate().addDays(1));
    const QString officer = str("officer");

    QTest::newRow("unknown requesting country")
        << officer << newArguments({option("--requesting-country", "XX")}) << 2
        << strs({"requesting_country", "“XX”"});
    QTest::newRow("unknown requested country")
        << officer << newArguments({option("--requested-country", "QQ")}) << 2
        << strs({"requested_country", "“QQ”"});
    QTest::newRow("same requesting and requested country")
        << officer << newArguments({option("--requested-country", "TN")}) << 2
        << strs({"requested_country", "same as the requesting country"});
    QTest::newRow("no requesting country")
        << officer << newArguments({option("--requesting-country", nullptr)}) << 2
        << strs({"requesting_country", "is required"});
    QTest::newRow("unknown legal basis")
        << officer << newArguments({option("--legal-basis", "untoc,hammurabi")}) << 2
        << strs({"legal_basis", "“hammurabi”"});
    QTest::newRow("bilateral treaty not named")
        << officer << newArguments({option("--legal-basis", "bilateral")}) << 2
        << strs({"legal_basis_detail"});
    QTest::newRow("received tomorrow")
        << officer << newArguments({{QStringLiteral("--received-on"), tomorrow}}) << 2
        << QStringList {QStringLiteral("received_on"), QStringLiteral("in the future")};
    QTest::newRow("received on no date") << officer << newArguments({option("--received-on", "2026-02-30")})
                                         << 2 << strs({"received_on", "2026-02-30"});
    QTest::newRow("urgent without a reason")
        << officer << newArguments({option("--priority", "urgent")}) << 2 << strs({"urgency_reason"});
    QTest::newRow("unknown channel") << officer << newArguments({option("--channel", "pigeon")}) << 2
                                     << strs({"channel", "“pigeon”"});
    QTest::newRow("unknown offence") << officer
                                     << newArguments({option("--offences", "terrorism,jaywalking")}) << 2
                                     << strs({"offences", "“jaywalking”"});
    QTest::newRow("person without a role") << officer << newArguments({option("--person", ":Ali Ben Salah")})
                                           << 2 << strs({"persons[0].role", "mandatory"});
    QTest::newRow("unknown measure") << officer
                                     << newArguments({option("--measures", "documents,teleportation")}) << 2
                                     << strs({"measures[1].type", "“teleportation”"});
    QTest::newRow("assignee unknown")
        << officer << newArguments({option("--assignee", "nobody")}) << 2 << strs({"assignee", "nobody"});
    QTest::newRow("assignee is a clerk") << officer << newArguments({option("--assignee", "clerk")}) << 2
                                         << strs({"assignee", "officers and supervisors"});
    QTest::newRow("link to an unknown request")
        << officer << newArguments({option("--link", "related:IN-1999-0001")}) << 2
        << strs({"links[0].reference", "IN-1999-0001"});
    QTest::newRow("unknown direction") << officer << newArguments({option("--direction", "sideways")}) << 2
                                       << strs({"direction", "“sideways”"});
    QTest::newRow("clerk may not create") << str("clerk") << newArguments() << 2 << strs({"You are: Clerk"});
    QTest::newRow("administrator may not create")
        << str("admin") << newArguments() << 2 << strs({"You are: Administrator"});
    QTest::newRow("unknown user") << str("ghost") << newArguments() << 2 << strs({"ghost"});
    QTest::newRow("no direction (usage)")
        << officer << newArguments({option("--direction", nullptr)}) << 1 << strs({"--direction"});
    QTest::newRow("unknown option (usage)")
        << officer << newArguments({option("--colour", "red")}) << 1 << strs({"colour"});
}

void TestCli::newRefusesInvalidInput()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, messages);

    Register reg;
    QVERIFY(reg.setUp());
    const CliRun run = reg.as(actor, arguments);
    QCOMPARE_EXIT(run, exitCode);
    QCOMPARE(run.out, QString());
    for (const QString& message : messages) {
        QVERIFY_CONTAINS(run.err, message);
    }
    // Nothing was written.
    QCOMPARE(reg.rows(QStringLiteral("requests")), 0);
    QCOMPARE(reg.rows(QStringLiteral("history")), 0);
    QCOMPARE(reg.rows(QStringLiteral("persons")), 0);
    QCOMPARE(reg.rows(QStringLiteral("measures")), 0);
}

void TestCli::incomingWorkflow()
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

void TestCli::outgoingWorkflow()
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

void TestCli::refusedStep_data()
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

void TestCli::refusedStep()
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

void TestCli::resumeAfterReopen_data()
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

void TestCli::resumeAfterReopen()
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

void TestCli::newWarnsOfLikelyDuplicate()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QStringList arguments = newArguments({option("--foreign-reference", "TN/PR/2026/77")});
    const CliRun first = reg.as(QStringLiteral("officer"), arguments);
    QCOMPARE_EXIT(first, 0);
    QCOMPARE(first.err, QString());
    const CliRun second = reg.as(QStringLiteral("officer"), arguments);
    QCOMPARE_EXIT(second, 0);
    const QString firstReference = first.out.trimmed();
    const QString secondReference = second.out.trimmed();
    QCOMPARE(second.out, secondReference + QLatin1Char('\n'));
    // The warning goes to standard error; the request is created all the same.
    QVERIFY_CONTAINS(
        second.err,
        QStringLiteral("Warning: %1 may be the same request as %2.").arg(secondReference, firstReference));
    QCOMPARE(reg.rows(QStringLiteral("requests")), 2);

    const CliRun registered = reg.as(QStringLiteral("officer"),
                                     {QStringLiteral("step"), secondReference, QStringLiteral("register")});
    QCOMPARE_EXIT(registered, 0);
    QVERIFY_CONTAINS(registered.err, firstReference);
}

void TestCli::importRefused_data()
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
        << strs({"Nothing was imported: 2 problem(s)", "request 2, field “requesting_country”", "“ZZ”",
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
        << supervisor << strs({"line 3", "4 cell(s)"});
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

void TestCli::importRefused()
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
    QVERIFY_CONTAINS(list.out, QStringLiteral("0 request(s)"));
}

void TestCli::jsonRoundTrip()
{
    // Arabic with diacritics, mixed Arabic and Latin, quotes, newlines, a tab,
    // a backslash, a \u escape, French accents, history given explicitly,
    // history data with a list, a document and a link.
    QByteArray json = R"json({
  "format": "masar-requests",
  "version": 1,
  "requests": [
    {
      "reference": "IN-2025-0007",
      "direction": "incoming",
      "state": "under_review",
      "foreign_reference": "N° 12/2025 \"urgent\"",
      "requesting_country": "MA",
      "requested_country": "FR",
      "requesting_authority": "وزارة العدل – المملكة المغربية",
      "requested_authority": "Ministère de l'Intérieur",
      "legal_basis": ["riyadh-1983", "untoc"],
      "channel": "diplomatic",
      "priority": "urgent",
      "urgency_reason": "Détenu jusqu'au 3 mars – محتجز",
      "confidentiality": "secret",
      "received_on": "2025-02-01",
      "requested_by": "2025-03-01",
      "assignee": "officer",
      "summary": "طَلَبُ مُسَاعَدَةٍ قَضَائِيَّةٍ في قضية \"الخلية\"\nDeuxième ligne : « Ministère de l'Intérieur », vérifié\ttabulé \\ fin",
      "offences": ["terrorism", "terrorist_financing"],
      "measures": [
        {"type": "bank_records", "status": "pending", "note": "Compte n° 123 – حساب رقم ١٢٣"},
        {"type": "witness_hearing", "status": "done", "note": ""}
      ],
      "persons": [
        {"name": "\u0645\u062d\u0645\u062f بن علي (Mohamed Ben Ali)", "role": "suspect", "nationality": "MA", "birth_date": "1990-05-17"},
        {"name": "Zoé Lefèvre-Éluard", "role": "witness", "nationality": null, "birth_date": null}
      ],
      "history": [
        {"at": "2025-02-01T09:00:00Z", "step": "log_receipt", "from": null, "to": "received", "by": "officer", "reason": "", "data": {"channel": "diplomatic", "received_on": "2025-02-01"}},
        {"at": "2025-02-02T10:30:00Z", "step": "register", "from": "received", "to": "registered", "by": "officer", "reason": "تسجيل الطلب"},
        {"at": "2025-02-03T11:00:00Z", "step": "start_review", "from": "registered", "to": "under_review", "by": "supervisor", "reason": "Revue « prioritaire »\nligne 2"}
      ],
      "documents": [
        {"name": "lettre – رسالة.txt", "media_type": "text/plain", "added_at": "2025-02-01T09:05:00Z", "added_by": "officer", "content_base64": "@CONTENT@"}
      ]
    },
    {
      "reference": "IN-2025-0008",
      "direction": "incoming",
      "state": "closed",
      "disposition": "refused",
      "requesting_country": "EG",
      "requested_country": "FR",
      "legal_basis": ["arab-ct-1998"],
      "received_on": "2025-03-10",
      "assignee": "supervisor",
      "summary": "Commission rogatoire – إنابة قضائية",
      "history": [
        {"at": "2025-03-10T08:00:00Z", "step": "log_receipt", "from": null, "to": "received", "by": "officer", "reason": ""},
        {"at": "2025-03-11T08:00:00Z", "step": "register", "from": "received", "to": "registered", "by": "officer", "reason": ""},
        {"at": "2025-03-12T08:00:00Z", "step": "start_review", "from": "registered", "to": "under_review", "by": "officer", "reason": ""},
        {"at": "2025-04-01T15:45:00Z", "step": "refuse", "from": "under_review", "to": "closed", "by": "supervisor", "reason": "Absence de double incrimination – انعدام ازدواجية التجريم", "data": {"article": "art. 4 § 2", "disposition": "refused", "refusal_grounds": ["dual_criminality", "political_offence"]}}
      ]
    },
    {
      "reference": "OUT-2025-0002",
      "direction": "outgoing",
      "state": "draft",
      "requesting_country": "FR",
      "requested_country": "TN",
      "legal_basis": ["bilateral"],
      "legal_basis_detail": "Convention franco-tunisienne du 28 juin 1972, art. 5",
      "assignee": "supervisor",
      "summary": "Demande d'entraide – طلب المساعدة القضائية المتبادلة",
      "links": [{"reference": "IN-2025-0007", "kind": "related"}]
    }
  ]
}
)json";
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
    QCOMPARE(imported.out, QStringLiteral("Imported 3 request(s).\n"));

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

    Register second;
    QVERIFY(second.setUp(strs({"officer:officer", "supervisor:supervisor"})));
    QCOMPARE(second.rows(QStringLiteral("requests")), 0);
    const CliRun reimported = second.as(QStringLiteral("admin"), {QStringLiteral("import"), exported});
    QCOMPARE_EXIT(reimported, 0);
    QCOMPARE(reimported.out, QStringLiteral("Imported 3 request(s).\n"));
    const QString exportedAgain = second.file(QStringLiteral("second.json"));
    QCOMPARE_EXIT(
        second.as(QStringLiteral("admin"), {QStringLiteral("export"), QStringLiteral("-o"), exportedAgain}),
        0);
    QCOMPARE(readFile(exportedAgain), firstBytes);
}

void TestCli::csvImportWithBomAndSemicolons()
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
    QCOMPARE(run.out, QStringLiteral("Imported 2 request(s).\n"));
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

void TestCli::importNumbersAfterRegisterReferences()
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
    QCOMPARE(run.out, QStringLiteral("Imported 3 request(s).\n"));
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

void TestCli::checkCommand()
{
    Register reg;
    QVERIFY(reg.setUp());
    QVERIFY(!reg.newRequest(QStringLiteral("incoming"), {QStringLiteral("--person"), str("witness:Zoé")})
                 .isEmpty());

    const CliRun sound = reg.as(QStringLiteral("clerk"), {QStringLiteral("check")});
    QCOMPARE_EXIT(sound, 0);
    QVERIFY_CONTAINS(sound.out, QStringLiteral("sound"));
    QCOMPARE(sound.err, QString());
    QCOMPARE_EXIT(reg.as(QStringLiteral("clerk"), {QStringLiteral("check"), QStringLiteral("everything")}),
                  1);

    // A person of a request that does not exist: opening does not notice, check does.
    queryValue(
        reg.path(),
        QStringLiteral("INSERT INTO persons (request_id, name, role) VALUES (4242, 'Orphan', 'witness')"),
        false);
    QCOMPARE(reg.rows(QStringLiteral("persons")), 2);
    QCOMPARE_EXIT(reg.as(QStringLiteral("clerk"), {QStringLiteral("list")}), 0);
    const QByteArray hashBefore = Test::TestDatabase::fileHash(reg.path());
    const CliRun damaged = reg.as(QStringLiteral("clerk"), {QStringLiteral("check")});
    QCOMPARE_EXIT(damaged, 3);
    QCOMPARE(damaged.out, QString());
    QVERIFY_CONTAINS(damaged.err, QStringLiteral("damaged"));
    QCOMPARE(Test::TestDatabase::fileHash(reg.path()), hashBefore);
}

void TestCli::storageProblem_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList list = strs({"list"});
    const QStringList init = strs({"init"});
    const QStringList step = strs({"step", "IN-2026-0001", "register"});

    QTest::newRow("missing file: list") << str("missing") << list << str("There is no Masar database");
    QTest::newRow("missing file: show")
        << str("missing") << strs({"show", "IN-2026-0001"}) << str("masar-cli --db");
    QTest::newRow("missing file: step") << str("missing") << step << str("There is no Masar database");
    QTest::newRow("missing folder: list")
        << str("missing folder") << list << str("There is no Masar database");
    QTest::newRow("text file: list") << str("text") << list << str("not a Masar database");
    QTest::newRow("text file: init") << str("text") << init << str("left unchanged");
    QTest::newRow("text file: step") << str("text") << step << str("not a Masar database");
    QTest::newRow("empty file: list") << str("empty") << list << str("empty");
    QTest::newRow("folder: list") << str("folder") << list << str("is a folder");
    QTest::newRow("folder: init") << str("folder") << init << str("is a folder");
    QTest::newRow("other SQLite database: list") << str("foreign") << list << str("not a Masar database");
    QTest::newRow("other SQLite database: init") << str("foreign") << init << str("left unchanged");
    QTest::newRow("newer schema: list") << str("newer") << list << str("newer version of Masar");
    QTest::newRow("newer schema: init") << str("newer") << init << str("newer version of Masar");
    QTest::newRow("newer schema: step") << str("newer") << step << str("newer version of Masar");
}

void TestCli::storageProblem()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(QStringLiteral("register.sqlite"));
    if (kind == QLatin1String("missing folder")) {
        path = dir.filePath(QStringLiteral("nowhere/register.sqlite"));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, str("reference;summary\nIN-2026-0001;طلب\n").toUtf8()));
    } else if (kind == QLatin1String("empty")) {
        QVERIFY(writeFile(path, QByteArray()));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("register.sqlite")));
    } else if (kind == QLatin1String("foreign")) {
        queryValue(path, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"), false);
        QVERIFY(QFileInfo(path).size() > 0);
    } else if (kind == QLatin1String("newer")) {
        QCOMPARE_EXIT(runCli({QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin"),
                              QStringLiteral("init")}),
                      0);
        queryValue(path, QStringLiteral("PRAGMA user_version = %1").arg(Schema::currentVersion + 1), false);
        QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion + 1);
    }
    const bool isFile = QFileInfo(path).isFile();
    const QByteArray hashBefore = isFile ? Test::TestDatabase::fileHash(path) : QByteArray();
    const qint64 sizeBefore = isFile ? QFileInfo(path).size() : -1;

    const CliRun run
        = runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--as"), QStringLiteral("admin")}
                 + arguments);
    QCOMPARE_EXIT(run, 3);
    QCOMPARE(run.out, QString());
    QVERIFY_CONTAINS(run.err, message);

    if (kind == QLatin1String("missing") || kind == QLatin1String("missing folder")) {
        QVERIFY2(!QFileInfo::exists(path), "a missing register is not created");
        QVERIFY2(!QFileInfo::exists(QFileInfo(path).absolutePath()) || kind == QLatin1String("missing"),
                 "the missing folder is not created");
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QDir(path).isEmpty());
    } else {
        QVERIFY(QFileInfo(path).isFile());
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(Test::TestDatabase::fileHash(path), hashBefore);
    }
    if (kind == QLatin1String("newer")) {
        QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), Schema::currentVersion + 1);
    }
}

void TestCli::lockHeldLongerThanBusyTimeout()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());
    const CliRun before = reg.showJson(reference);
    QCOMPARE_EXIT(before, 0);

    LockHolder holder;
    QVERIFY(holder.start(reg.path(), 9000));
    QElapsedTimer timer;
    timer.start();
    const CliRun run
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")});
    const qint64 elapsed = timer.elapsed();
    holder.stop();

    QCOMPARE_EXIT(run, 3);
    QCOMPARE(run.out, QString());
    QVERIFY_CONTAINS(run.err, QStringLiteral("locked"));
    // It waited for the busy timeout (5 s), and gave up before the lock was released.
    QVERIFY2(elapsed >= 4500 && elapsed < 9000,
             qPrintable(QStringLiteral("gave up after %1 ms").arg(elapsed)));

    const CliRun after = reg.showJson(reference);
    QCOMPARE_EXIT(after, 0);
    QCOMPARE(after.out, before.out);
    QCOMPARE(parseObject(after.out).value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(reg.rows(QStringLiteral("history")), 1);
}

void TestCli::lockReleasedWithinBusyTimeout()
{
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());

    LockHolder holder;
    QVERIFY(holder.start(reg.path(), 1500));
    QElapsedTimer timer;
    timer.start();
    const CliRun run
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")});
    const qint64 elapsed = timer.elapsed();
    QVERIFY(holder.waitForEnd(10000));

    QCOMPARE_EXIT(run, 0);
    QCOMPARE(run.out, QStringLiteral("%1: received -> registered (register)\n").arg(reference));
    QVERIFY2(elapsed >= 1000, qPrintable(QStringLiteral("did not wait for the lock: %1 ms").arg(elapsed)));
    QCOMPARE(reg.show(reference).value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
    QCOMPARE(reg.rows(QStringLiteral("history")), 2);
}

void TestCli::readOnlyRegister()
{
    // A register file marked read-only can be read, and a write is refused
    // as a storage problem without touching it.
    Register reg;
    QVERIFY(reg.setUp());
    const QString reference = reg.newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());
    const QFile::Permissions permissions = QFile::permissions(reg.path());
    QVERIFY(QFile::setPermissions(reg.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray hashBefore = Test::TestDatabase::fileHash(reg.path());

    const CliRun list = reg.as(QStringLiteral("clerk"), {QStringLiteral("list")});
    const CliRun step
        = reg.as(QStringLiteral("officer"), {QStringLiteral("step"), reference, QStringLiteral("register")});
    const QByteArray hashAfter = Test::TestDatabase::fileHash(reg.path());
    QVERIFY(QFile::setPermissions(reg.path(), permissions));

    QCOMPARE_EXIT(list, 0);
    QVERIFY_CONTAINS(list.out, reference);
    QCOMPARE_EXIT(step, 3);
    QCOMPARE(step.out, QString());
    QVERIFY_CONTAINS(step.err, QStringLiteral("read-only"));
    QCOMPARE(hashAfter, hashBefore);
    QCOMPARE(reg.show(reference).value(QStringLiteral("state")).toString(), QStringLiteral("received"));
}

void TestCli::usageError_data()
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

void TestCli::usageError()
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

void TestCli::workflowDot()
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

void TestCli::workflowText()
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

void TestCli::actorFromEnvironment()
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
