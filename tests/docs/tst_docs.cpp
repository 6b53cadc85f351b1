// The documentation is generated from the workflow table and the command
// table; this fails when the program changes and the committed docs do not.
#include "domain/StepField.h"
#include "io/WorkflowDocument.h"
#include "services/RequestFilterFields.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Masar;

namespace {

QString readSource(const QString& relative)
{
    QFile file(QDir(QStringLiteral(MASAR_SOURCE_DIR)).filePath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

const char* const regenerate = "docs are stale: run scripts/render-docs and commit the result";

} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private slots:
    void workflowDiagramsAreCurrent_data();
    void workflowDiagramsAreCurrent();
    void workflowTableIsCurrent();
    void cliDocumentCoversEveryCommand();
    void cliDocumentCoversEveryStepOption();
    void cliDocumentCoversEveryFilterOption();
    void readmeShowsTheDiagrams();
};

void TestDocs::workflowDiagramsAreCurrent_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::newRow("incoming") << Direction::Incoming;
    QTest::newRow("outgoing") << Direction::Outgoing;
}

void TestDocs::workflowDiagramsAreCurrent()
{
    QFETCH(Direction, direction);
    const QString committed = readSource(QStringLiteral("docs/workflow-%1.dot").arg(keyOf(direction)));
    QVERIFY(!committed.isEmpty());
    QVERIFY2(committed == WorkflowDocument::dot(direction), regenerate);
    for (const char* rendered : {"svg", "png"}) {
        QVERIFY2(QFile::exists(QDir(QStringLiteral(MASAR_SOURCE_DIR))
                                   .filePath(QStringLiteral("docs/workflow-%1.%2")
                                                 .arg(keyOf(direction), QLatin1String(rendered)))),
                 regenerate);
    }
}

void TestDocs::workflowTableIsCurrent()
{
    QVERIFY2(readSource(QStringLiteral("docs/workflow.txt")) == WorkflowDocument::text(), regenerate);
}

void TestDocs::cliDocumentCoversEveryCommand()
{
    QProcess cli;
    cli.start(QStringLiteral(MASAR_CLI_PATH),
              {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 0);
    const QString help = QString::fromUtf8(cli.readAllStandardOutput());
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+(?:-[a-z]+)*)\\b"),
                                                QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(help); it.hasNext();) {
        commands << it.next().captured(1);
    }
    QVERIFY(commands.size() >= 10);
    const QString document = readSource(QStringLiteral("docs/cli.md"));
    static const QRegularExpression heading(QStringLiteral("^### (.+)$"),
                                            QRegularExpression::MultilineOption);
    QStringList headings;
    for (auto it = heading.globalMatch(document); it.hasNext();) {
        headings << it.next().captured(1);
    }
    for (const QString& command : commands) {
        const bool documented = std::any_of(headings.cbegin(), headings.cend(), [&](const QString& h) {
            return h.split(QLatin1Char(' ')).contains(command);
        });
        QVERIFY2(documented, qPrintable(QStringLiteral("docs/cli.md has no section for “%1”").arg(command)));
    }
}

void TestDocs::cliDocumentCoversEveryStepOption()
{
    const QString document = readSource(QStringLiteral("docs/cli.md"));
    for (StepField field : allOf<StepField>()) {
        const QString option = QStringLiteral("`--") + StepFields::option(field);
        QVERIFY2(document.contains(option), qPrintable(option));
    }
}

void TestDocs::cliDocumentCoversEveryFilterOption()
{
    // A row of list's table of filter options for each condition of a filter:
    // the option, its value, and its key in the dashboard's JSON.
    const QString document = readSource(QStringLiteral("docs/cli.md"));
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        QString option = QStringLiteral("--") + QLatin1String(row.option);
        if (row.valueName) {
            option += QLatin1Char(' ') + QLatin1String(row.valueName);
        }
        const QString line = QStringLiteral("\n| `%1` | `%2` | ").arg(option, QLatin1String(row.key));
        QVERIFY2(document.contains(line), qPrintable(line.mid(1)));
    }
}

void TestDocs::readmeShowsTheDiagrams()
{
    const QString readme = readSource(QStringLiteral("README.md"));
    QVERIFY(readme.contains(QLatin1String("docs/workflow-incoming.")));
    QVERIFY(readme.contains(QLatin1String("docs/workflow-outgoing.")));
}

QTEST_GUILESS_MAIN(TestDocs)
#include "tst_docs.moc"
