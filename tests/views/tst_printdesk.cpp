// File ▸ Print from the desk: the dialog's choices, the document built off
// the window's thread, the preview, PDF, HTML and CSV, in the language chosen;
// a file that cannot be written (an unwritable folder, a full disk) leaves
// nothing behind and says why in the language of the screen.

#include "DocumentRenderer.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "PrintDialog.h"
#include "PrintPreview.h"
#include "ScratchDisk.h"
#include "TestDatabase.h"
#include "services/PrintLog.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Masar;
using Masar::Test::ScratchDisk;
using Masar::Test::TestDatabase;

class TestPrintDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void ctrlPOffersTheSummaryOfTheSelectedRequest();
    void offersOnlyTheReportWithoutASelection();
    void savesTheSummaryAsPdf();
    void previewsTheReportInTheLanguageChosen();
    void savesTheReportAsCsvAndHtml();
    void previewsLongReportsToo();
    void savingWhereItCannotBeWritten_data();
    void savingWhereItCannotBeWritten();

private:
    struct Desk
    {
        TestDatabase t;
        std::unique_ptr<MainWindow> window;
        QString reference;
    };
    static void open(Desk& desk);
    static PrintDialog* openPrintDialog(MainWindow& window);
};

void TestPrintDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestPrintDesk::cleanup()
{
    PrintPreview::setHandler({});
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestPrintDesk::open(Desk& desk)
{
    RequestService service(desk.t.db(), desk.t.clock());
    Request request = TestDatabase::incomingDraft();
    request.confidentiality = QStringLiteral("secret");
    request.persons.push_back(
        {QStringLiteral("Samir Haddad"), QStringLiteral("suspect"), QStringLiteral("LB"), {}});
    Result<Request> created = service.create(desk.t.user(QStringLiteral("officer")), request);
    QVERIFY(created);
    desk.reference = created->reference;
    QVERIFY(service.create(desk.t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    desk.window
        = std::make_unique<MainWindow>(desk.t.db(), desk.t.user(QStringLiteral("officer")), desk.t.clock());
    desk.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(desk.window.get()));
}

PrintDialog* TestPrintDesk::openPrintDialog(MainWindow& window)
{
    window.findChild<QAction*>(QStringLiteral("printAction"))->trigger();
    // The one shown: those closed before are deleted later.
    PrintDialog* shown = nullptr;
    const bool found = QTest::qWaitFor(
        [&window, &shown] {
            for (PrintDialog* dialog : window.findChildren<PrintDialog*>(QStringLiteral("printDialog"))) {
                if (dialog->isVisible()) {
                    shown = dialog;
                }
            }
            return shown != nullptr;
        },
        5000);
    return found ? shown : nullptr;
}

void TestPrintDesk::ctrlPOffersTheSummaryOfTheSelectedRequest()
{
    Desk desk;
    open(desk);
    desk.window->selectRequest(desk.reference);
    QCOMPARE(desk.window->findChild<QAction*>(QStringLiteral("printAction"))->shortcut(),
             QKeySequence(QKeySequence::Print));
    QTest::keyClick(desk.window.get(), Qt::Key_P, Qt::ControlModifier);
    QTRY_VERIFY(desk.window->findChild<PrintDialog*>(QStringLiteral("printDialog")));
    auto* dialog = desk.window->findChild<PrintDialog*>(QStringLiteral("printDialog"));
    QTRY_VERIFY(dialog->isVisible());
    auto* summary = dialog->findChild<QRadioButton*>(QStringLiteral("summaryRadioButton"));
    QVERIFY(summary->isEnabled());
    QVERIFY(summary->isChecked());
    QVERIFY(summary->text().contains(desk.reference));
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("reportRadioButton"))
                ->text()
                .contains(QStringLiteral("2")));
    // The interface's language by default; persons left out unless asked for.
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"))->currentData().toString(),
             QStringLiteral("en"));
    auto* persons = dialog->findChild<QCheckBox*>(QStringLiteral("personsCheckBox"));
    QVERIFY(!persons->isChecked());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("csvPushButton"))->isEnabled());
    persons->setChecked(true);
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("noteLabel"))->isVisible());
    const PrintChoice choice = dialog->choice();
    QCOMPARE(choice.document, PrintChoice::Document::Summary);
    QVERIFY(choice.withPersons);
    dialog->reject();
}

void TestPrintDesk::offersOnlyTheReportWithoutASelection()
{
    Desk desk;
    open(desk);
    desk.window->findChild<QTableView*>(QStringLiteral("requestListView"))->clearSelection();
    PrintDialog* dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    QVERIFY(!dialog->findChild<QRadioButton*>(QStringLiteral("summaryRadioButton"))->isEnabled());
    QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("reportRadioButton"))->isChecked());
    QVERIFY(dialog->findChild<QComboBox*>(QStringLiteral("groupingComboBox"))->isEnabled());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("csvPushButton"))->isEnabled());
    dialog->reject();
}

void TestPrintDesk::savesTheSummaryAsPdf()
{
    Desk desk;
    open(desk);
    desk.window->selectRequest(desk.reference);
    PrintDialog* dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    const QString path = desk.t.folder() + QStringLiteral("/summary.pdf");
    FileDialog::setNextPath(path);
    dialog->findChild<QPushButton*>(QStringLiteral("pdfPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        desk.window->statusBar()->currentMessage().contains(QStringLiteral("summary.pdf")), 20000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.contains("NotoSerif"));
    // Logged: who, which request, without its persons.
    Result<std::vector<PrintRecord>> log
        = PrintLog(desk.t.db(), desk.t.clock())
              .list(desk.t.user(QStringLiteral("supervisor")), QDate(), QDate());
    QVERIFY(log);
    QCOMPARE(int(log->size()), 1);
    QCOMPARE(log->front().reference, desk.reference);
    QCOMPARE(log->front().user, QStringLiteral("officer"));
    QCOMPARE(log->front().format, QStringLiteral("pdf"));
    QVERIFY(!log->front().withPersons);
    // Cancelled at the file chooser: nothing is done.
    dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    FileDialog::setNextPath(QString());
    desk.window->statusBar()->clearMessage();
    dialog->findChild<QPushButton*>(QStringLiteral("pdfPushButton"))->click();
    QTest::qWait(200);
    QVERIFY(desk.window->statusBar()->currentMessage().isEmpty());
}

void TestPrintDesk::previewsTheReportInTheLanguageChosen()
{
    Desk desk;
    open(desk);
    desk.window->findChild<QTableView*>(QStringLiteral("requestListView"))->clearSelection();
    std::optional<PrintDocument> previewed;
    int pages = 0;
    PrintPreview::setHandler([&](DocumentRenderer& renderer) {
        QPdfWriter writer(desk.t.folder() + QStringLiteral("/preview.pdf"));
        writer.setPageLayout(DocumentRenderer::defaultPageLayout());
        Result<int> painted = renderer.paint(&writer);
        pages = painted ? *painted : -1;
        previewed = renderer.document();
        return false;
    });
    PrintDialog* dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    auto* language = dialog->findChild<QComboBox*>(QStringLiteral("languageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    auto* grouping = dialog->findChild<QComboBox*>(QStringLiteral("groupingComboBox"));
    grouping->setCurrentIndex(grouping->findData(QStringLiteral("country")));
    dialog->findChild<QPushButton*>(QStringLiteral("previewPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(previewed.has_value(), 20000);
    QCOMPARE(pages, 2); // the filter and the totals, then the requests on a page of their own
    QCOMPARE(previewed->language, QStringLiteral("fr"));
    QCOMPARE(previewed->title, QStringLiteral("Rapport de situation"));
    // The highest confidentiality of the requests listed marks every page.
    QCOMPARE(previewed->marking, QStringLiteral("SECRET"));
    // The screen stays in English.
    QCOMPARE(desk.window->findChild<QAction*>(QStringLiteral("printAction"))->text(),
             QStringLiteral("&Print…"));
}

void TestPrintDesk::savesTheReportAsCsvAndHtml()
{
    Desk desk;
    open(desk);
    desk.window->findChild<QTableView*>(QStringLiteral("requestListView"))->clearSelection();
    const QString csv = desk.t.folder() + QStringLiteral("/report.csv");
    PrintDialog* dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    FileDialog::setNextPath(csv);
    dialog->findChild<QPushButton*>(QStringLiteral("csvPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(csv), 20000);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), 3); // the header and two requests

    const QString html = desk.t.folder() + QStringLiteral("/report.html");
    dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    FileDialog::setNextPath(html);
    dialog->findChild<QPushButton*>(QStringLiteral("htmlPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(html), 20000);
    QFile page(html);
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray text = page.readAll();
    QVERIFY(text.startsWith("<!DOCTYPE html>"));
    QVERIFY(text.contains("lang=\"en\""));
    // Both logged with the two requests they showed.
    Result<QSqlQuery> kept
        = Sql::exec(desk.t.db().connection(),
                    QStringLiteral("SELECT count(*), count(DISTINCT request_id) FROM print_log_requests"));
    QVERIFY(kept && kept->next());
    QCOMPARE(kept->value(0).toInt(), 4);
    QCOMPARE(kept->value(1).toInt(), 2);
}

void TestPrintDesk::previewsLongReportsToo()
{
    // A report of many requests is previewed as a short one is: its pages are
    // laid out in time proportional to their number (docs/performance.md).
    PrintDialog longer(QStringLiteral("IN-2026-0001"), 20000, QStringLiteral("en"), LocaleStyle());
    auto* preview = longer.findChild<QPushButton*>(QStringLiteral("previewPushButton"));
    QVERIFY(preview->isEnabled());
    longer.findChild<QRadioButton*>(QStringLiteral("reportRadioButton"))->setChecked(true);
    QVERIFY(preview->isEnabled());
    QVERIFY(preview->isDefault());
    QVERIFY(longer.findChild<QPushButton*>(QStringLiteral("pdfPushButton"))->isEnabled());
}

void TestPrintDesk::savingWhereItCannotBeWritten_data()
{
    QTest::addColumn<ScratchDisk::Kind>("kind");
    QTest::addColumn<bool>("summary");
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("name");
    for (const auto& [disk, kind] : {std::pair {"unwritable folder", ScratchDisk::Kind::Unwritable},
                                     std::pair {"full disk", ScratchDisk::Kind::Full}}) {
        QTest::addRow("%s, summary as PDF", disk)
            << kind << true << QStringLiteral("pdfPushButton") << QStringLiteral("summary.pdf");
        QTest::addRow("%s, report as CSV", disk)
            << kind << false << QStringLiteral("csvPushButton") << QStringLiteral("report.csv");
    }
}

void TestPrintDesk::savingWhereItCannotBeWritten()
{
    QFETCH(ScratchDisk::Kind, kind);
    QFETCH(bool, summary);
    QFETCH(QString, button);
    QFETCH(QString, name);
    ScratchDisk disk(kind);
    SKIP_UNLESS_READY(disk);
    Desk desk;
    open(desk);
    LanguageManager::instance().setLanguage(QStringLiteral("fr"));
    if (summary) {
        desk.window->selectRequest(desk.reference);
    } else {
        desk.window->findChild<QTableView*>(QStringLiteral("requestListView"))->clearSelection();
    }
    PrintDialog* dialog = openPrintDialog(*desk.window);
    QVERIFY(dialog);
    const QString path = disk.filePath(name);
    FileDialog::setNextPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->findChild<QPushButton*>(button)->click();
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(path), 20000);
    QVERIFY2(MessageBox::lastText().contains(QString::fromUtf8("rien n’y a été enregistré")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(disk.entries(), QStringList());
    // Logged before it was written: the log errs on the safe side.
    QCOMPARE(desk.t.rows(QStringLiteral("print_log")), 1);
}

QTEST_MAIN(TestPrintDesk)
#include "tst_printdesk.moc"
