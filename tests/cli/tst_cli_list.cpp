// masar-cli end to end, `list` by next deadline: --overdue and --due-within N
// as of the computer's date or of --as-of, their boundaries (due today is not
// overdue, and is due within 0 days), and a range of days set by
// --deadline-from and --deadline-until; bad values refused as usage errors;
// the next deadline with its kind in every format. (Every filter option of
// every command: tst_requestfilter.)
#include "CliHarness.h"

#include <QDebug>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Masar::Test;

class TestCliList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersByNextDeadline_data();
    void filtersByNextDeadline();
    void todayIsTheComputersWithoutAsOf();
    void refusesBadValues_data();
    void refusesBadValues();
    void printsTheNextDeadlineInEveryFormat();

private:
    // The references `list --format json` prints, with the options given.
    QStringList listed(const QStringList& options) const;

    Register m_reg;
    // Requests received by France from Tunisia; each is to be acknowledged
    // within 5 working days: 2 March is due 9 March, 9 March is due 16
    // March, 16 March is due 23 March. The outgoing draft has no deadline.
    QString m_dueMarch9;
    QString m_dueMarch16;
    QString m_dueMarch23;
    QString m_draft;
};

namespace {

QString received(const Register& reg, const char* date)
{
    return reg.newRequest(QStringLiteral("incoming"), {QStringLiteral("--received-on"), QLatin1String(date)});
}

} // namespace

void TestCliList::initTestCase()
{
    QVERIFY(m_reg.setUp());
    m_dueMarch9 = received(m_reg, "2026-03-02");
    m_dueMarch16 = received(m_reg, "2026-03-09");
    m_dueMarch23 = received(m_reg, "2026-03-16");
    m_draft = m_reg.newRequest(QStringLiteral("outgoing"));
    for (const QString* reference : {&m_dueMarch9, &m_dueMarch16, &m_dueMarch23, &m_draft}) {
        QVERIFY(!reference->isEmpty());
    }
    // What the register stored, read directly.
    auto stored = [this](const QString& reference) {
        return queryValue(
            m_reg.path(),
            QStringLiteral("SELECT next_deadline FROM requests WHERE reference = '%1'").arg(reference));
    };
    QCOMPARE(stored(m_dueMarch9).toString(), QStringLiteral("2026-03-09"));
    QCOMPARE(stored(m_dueMarch16).toString(), QStringLiteral("2026-03-16"));
    QCOMPARE(stored(m_dueMarch23).toString(), QStringLiteral("2026-03-23"));
    QVERIFY(stored(m_draft).isNull());
}

QStringList TestCliList::listed(const QStringList& options) const
{
    const CliRun run = m_reg.as(
        QStringLiteral("supervisor"),
        QStringList {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + options);
    if (run.exitCode != 0) {
        qWarning().noquote() << describe(run);
        return {QStringLiteral("<failed>")};
    }
    QStringList references;
    for (const QJsonValue& request : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        references << request.toObject().value(QStringLiteral("reference")).toString();
    }
    return references;
}

void TestCliList::filtersByNextDeadline_data()
{
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected"); // which of: march9, march16, march23

    const QStringList overdue {QStringLiteral("--overdue")};
    auto within = [](const char* days) {
        return QStringList {QStringLiteral("--due-within"), QLatin1String(days)};
    };
    QTest::newRow("16 March: overdue, not the one due today")
        << str("2026-03-16") << overdue << strs({"march9"});
    QTest::newRow("16 March: due today") << str("2026-03-16") << within("0") << strs({"march16"});
    QTest::newRow("16 March: due within 6 days") << str("2026-03-16") << within("6") << strs({"march16"});
    QTest::newRow("16 March: due within 7 days, both ends")
        << str("2026-03-16") << within("7") << strs({"march16", "march23"});
    QTest::newRow("9 March: nothing overdue yet") << str("2026-03-09") << overdue << QStringList();
    QTest::newRow("9 March: due today") << str("2026-03-09") << within("0") << strs({"march9"});
    QTest::newRow("24 March: all overdue, not the draft")
        << str("2026-03-24") << overdue << strs({"march9", "march16", "march23"});
    QTest::newRow("1 March: all ahead, within 30 days")
        << str("2026-03-01") << within("30") << strs({"march9", "march16", "march23"});
    QTest::newRow("from 9 to 16 March, both ends")
        << str("2026-03-20") << strs({"--deadline-from", "2026-03-09", "--deadline-until", "2026-03-16"})
        << strs({"march9", "march16"});
    QTest::newRow("from 10 March, open-ended")
        << str("2026-03-01") << strs({"--deadline-from", "2026-03-10"}) << strs({"march16", "march23"});
    QTest::newRow("open requests, by the state option")
        << str("2026-03-16") << strs({"--state", "open"}) << strs({"march9", "march16", "march23", "draft"});
    QTest::newRow("no deadline filter: all four")
        << str("2026-03-16") << QStringList() << strs({"march9", "march16", "march23", "draft"});
}

void TestCliList::filtersByNextDeadline()
{
    QFETCH(QString, asOf);
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    const QHash<QString, QString> names {{QStringLiteral("march9"), m_dueMarch9},
                                         {QStringLiteral("march16"), m_dueMarch16},
                                         {QStringLiteral("march23"), m_dueMarch23},
                                         {QStringLiteral("draft"), m_draft}};
    QStringList references;
    for (const QString& name : expected) {
        references << names.value(name);
    }
    // The global option stands before the command.
    QStringList found = listed(QStringList {QStringLiteral("--as-of"), asOf} + options);
    found.sort();
    references.sort();
    QCOMPARE(found, references);
}

void TestCliList::todayIsTheComputersWithoutAsOf()
{
    if (QDate::currentDate() < QDate(2026, 3, 24)) {
        QSKIP("the computer's date is before the test's deadlines");
    }
    QStringList found = listed({QStringLiteral("--overdue")});
    found.sort();
    QStringList expected {m_dueMarch9, m_dueMarch16, m_dueMarch23};
    expected.sort();
    QCOMPARE(found, expected);
    QCOMPARE(listed({QStringLiteral("--due-within"), QStringLiteral("7")}), QStringList());
}

void TestCliList::refusesBadValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative") << strs({"--due-within", "-1"}) << str("--due-within takes a number of days");
    QTest::newRow("not a number") << strs({"--due-within", "week"})
                                  << str("--due-within takes a number of days from 0 to 36500, not “week”.");
    QTest::newRow("a fraction") << strs({"--due-within", "1.5"}) << str("“1.5”");
    QTest::newRow("empty") << strs({"--due-within", ""}) << str("--due-within takes a number of days");
    QTest::newRow("too far") << strs({"--due-within", "36501"}) << str("“36501”");
    QTest::newRow("both") << strs({"--overdue", "--due-within", "3"})
                          << str("--overdue and --due-within cannot be used together.");
    QTest::newRow("overdue and a range")
        << strs({"--overdue", "--deadline-until", "2026-03-10"})
        << str("--overdue cannot be used with --deadline-from or --deadline-until.");
    QTest::newRow("due within and a range")
        << strs({"--deadline-from", "2026-03-10", "--due-within", "3"})
        << str("--due-within cannot be used with --deadline-from or --deadline-until.");
    QTest::newRow("a state among others")
        << strs({"--state", "open,dreaming"}) << str("--state: “dreaming” is not one of: received, ");
}

void TestCliList::refusesBadValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun run = m_reg.as(QStringLiteral("supervisor"), QStringList {QStringLiteral("list")} + options);
    QCOMPARE_EXIT(run, 1); // a usage error, as every other
    QCOMPARE(run.out, QString());
    QVERIFY_CONTAINS(run.err, message);
}

void TestCliList::printsTheNextDeadlineInEveryFormat()
{
    const QStringList asOf {QStringLiteral("--as-of"), QStringLiteral("2026-03-16")};
    // table: two columns, the date and the kind's code, empty for the draft.
    const CliRun table = m_reg.as(QStringLiteral("supervisor"), asOf + QStringList {QStringLiteral("list")});
    QCOMPARE_EXIT(table, 0);
    QVERIFY_CONTAINS(table.out, QStringLiteral("next deadline"));
    const QRegularExpression row(QStringLiteral("^%1 .* 2026-03-09 +2026-03-16 +acknowledgement *$")
                                     .arg(QRegularExpression::escape(m_dueMarch16)),
                                 QRegularExpression::MultilineOption);
    QVERIFY2(table.out.contains(row), qPrintable(table.out));
    QVERIFY_CONTAINS(table.out, QStringLiteral("\n4 requests\n"));
    const QRegularExpression draft(
        QStringLiteral("^%1 .* draft .* officer *$").arg(QRegularExpression::escape(m_draft)),
        QRegularExpression::MultilineOption);
    QVERIFY2(table.out.contains(draft), qPrintable(table.out));

    // json: next_deadline and deadline_kind, null when no deadline runs.
    const CliRun json = m_reg.as(QStringLiteral("supervisor"),
                                 asOf + strs({"list", "--format", "json", "--due-within", "7"}));
    QCOMPARE_EXIT(json, 0);
    const QJsonArray requests = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(requests.size(), 2);
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        const QString reference = request.value(QStringLiteral("reference")).toString();
        QCOMPARE(request.value(QStringLiteral("next_deadline")).toString(),
                 reference == m_dueMarch16 ? QStringLiteral("2026-03-16") : QStringLiteral("2026-03-23"));
        QCOMPARE(request.value(QStringLiteral("deadline_kind")).toString(),
                 QStringLiteral("acknowledgement"));
    }
    const CliRun all = m_reg.as(QStringLiteral("supervisor"), strs({"list", "--format", "json"}));
    QCOMPARE_EXIT(all, 0);
    bool sawDraft = false;
    for (const QJsonValue& value : QJsonDocument::fromJson(all.out.toUtf8()).array()) {
        const QJsonObject request = value.toObject();
        if (request.value(QStringLiteral("reference")).toString() == m_draft) {
            sawDraft = true;
            QVERIFY(request.value(QStringLiteral("next_deadline")).isNull());
            QVERIFY(request.value(QStringLiteral("deadline_kind")).isNull());
        }
    }
    QVERIFY(sawDraft);

    // csv: the two columns after the format's own; the file imports as it is.
    const CliRun csv
        = m_reg.as(QStringLiteral("supervisor"), asOf + strs({"list", "--format", "csv", "--overdue"}));
    QCOMPARE_EXIT(csv, 0);
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(QLatin1String(",measures,next_deadline,deadline_kind")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(m_dueMarch9 + QLatin1Char(',')), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).endsWith(QLatin1String(",2026-03-09,acknowledgement")), qPrintable(lines.at(1)));
    Register other;
    QVERIFY(other.setUp());
    const QString file = other.file(QStringLiteral("overdue.csv"));
    QVERIFY(writeFile(file, csv.out.toUtf8()));
    const CliRun imported = other.as(QStringLiteral("supervisor"), {QStringLiteral("import"), file});
    QCOMPARE_EXIT(imported, 0);
    QCOMPARE(other.rows(QStringLiteral("requests")), 1);
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
