#include "CliHarness.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Masar::Test {

namespace {

constexpr int cliTimeoutMs = 30000;

} // namespace

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

QString describe(const CliRun& run)
{
    return QStringLiteral("exit status %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extra)
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

QVariant queryValue(const QString& databasePath, const QString& sql, bool readOnly)
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

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

Register::Register()
    : m_path(m_dir.filePath(QStringLiteral("register.sqlite")))
{
}

CliRun Register::as(const QString& user, const QStringList& arguments) const
{
    return runCli(QStringList {QStringLiteral("--db"), m_path, QStringLiteral("--as"), user} + arguments);
}

bool Register::setUp(const QStringList& users) const
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

QString Register::newRequest(const QString& direction, const QStringList& more) const
{
    const bool incoming = direction == QLatin1String("incoming");
    const CliRun run = as(QStringLiteral("officer"),
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

CliRun Register::showJson(const QString& reference) const
{
    return as(QStringLiteral("supervisor"),
              {QStringLiteral("show"), reference, QStringLiteral("--format"), QStringLiteral("json")});
}

QJsonObject Register::show(const QString& reference) const
{
    const CliRun run = showJson(reference);
    if (run.exitCode != 0) {
        qWarning("show failed: %s", qPrintable(describe(run)));
        return QJsonObject();
    }
    return parseObject(run.out);
}

QStringList newArguments(const QList<QPair<QString, QString>>& changes)
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

} // namespace Masar::Test
