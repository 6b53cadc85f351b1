#pragma once

// What the end-to-end tests of masar-cli share: every call runs the real
// program in its own process, against a register in a temporary folder, and is
// judged by its exit status (0 done, 1 usage error, 2 input refused, 3 storage
// problem), by what it prints and by what the register holds afterwards, read
// independently.
#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <initializer_list>

namespace Masar::Test {

// Test data is written as UTF-8 literals (Arabic and French included).
QString str(const char* text);
// A list of UTF-8 literals.
QStringList strs(std::initializer_list<const char*> items);
// A date as YYYY-MM-DD.
QString isoDate(const QDate& date);

// What one run of masar-cli gave.
struct CliRun
{
    int exitCode = -1; // -1: it crashed, did not start or did not finish
    QString out;
    QString err;
};

// The exit status and both outputs of a run, for failure messages.
QString describe(const CliRun& run);

// Runs masar-cli in a clean environment (C.UTF-8, no MASAR_USER unless `extra` sets it), with a time limit.
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& extra = QProcessEnvironment());

// The first value of a query on the register, through a separate connection (read-only unless told).
QVariant queryValue(const QString& databasePath, const QString& sql, bool readOnly = true);
// The number of rows of one of the register's tables, or -1.
int countRows(const QString& databasePath, const QString& table);
// The JSON object in `text` (warns when it is not one).
QJsonObject parseObject(const QString& text);
// Writes `content` to a file, replacing it; true when every byte was written.
bool writeFile(const QString& path, const QByteArray& content);

// A register made through the command line: "admin" creates it, then adds one user of each other role.
class Register
{
public:
    // A register path in a new temporary folder; nothing is created before setUp().
    Register();

    // The register file.
    const QString& path() const { return m_path; }
    // A file of that name in the register's temporary folder.
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Runs masar-cli on this register as `user`.
    CliRun as(const QString& user, const QStringList& arguments) const;

    // Creates the register; `users`: name and role of the users to add besides the administrator.
    bool setUp(const QStringList& users
               = strs({"officer:officer", "officer2:officer", "supervisor:supervisor", "clerk:clerk"})) const;

    // A new request created by the officer; its reference, or nothing.
    QString newRequest(const QString& direction, const QStringList& more = QStringList()) const;

    // `show REF --format json`, run by the supervisor.
    CliRun showJson(const QString& reference) const;
    // The request as the supervisor sees it in JSON, or an empty object.
    QJsonObject show(const QString& reference) const;

    // The number of rows of one of the register's tables.
    int rows(const QString& table) const { return countRows(m_path, table); }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// The options of a valid incoming `new`, with some replaced or added; a null value removes the option.
QStringList newArguments(const QList<QPair<QString, QString>>& changes = {});
// An option change for newArguments(); a null `value` removes the option.
QPair<QString, QString> option(const char* name, const char* value);
// The arguments with `placeholder` replaced by `value` in each.
QStringList replaced(QStringList arguments, const QString& placeholder, const QString& value);

} // namespace Masar::Test

// Fails the test with the run's outputs when the exit status is not the expected one.
#define QCOMPARE_EXIT(run, expected)                                                                         \
    QVERIFY2((run).exitCode == (expected),                                                                   \
             qPrintable(QStringLiteral("expected exit status %1, got ").arg(expected)                        \
                        + ::Masar::Test::describe(run)))

// Fails the test with the text when the fragment is not in it.
#define QVERIFY_CONTAINS(text, fragment)                                                                     \
    QVERIFY2((text).contains(fragment), qPrintable(QStringLiteral("“%1” is not in:\n%2").arg(fragment, text)))
