// Settings ▸ Calendars and deadlines, driven as an administrator would, by
// object names, offscreen: a holiday added through its form moves a Moroccan
// request's deadline, which is computed again off the window's thread and
// listed as moved; a provisional Eid confirmed a day early; an iCalendar file
// imported through the file dialog seam; a weekend, an authority's calendar,
// a rule changed and put back; refusals through the message box seam; and
// nobody but an administrator opens it.
#include "CalendarsDialog.h"
#include "CalendarsPanel.h"
#include "ConfirmHolidayDialog.h"
#include "DeadlineRulesPanel.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "RecomputeDialog.h"
#include "TestDatabase.h"
#include "services/DeadlinePolicy.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// Days of the week as the current locale lists them: "Saturday and Sunday".
QString days(const char* first, const char* second)
{
    return QLocale().createSeparatedList({QLatin1String(first), QLatin1String(second)});
}

QString date(const char* iso)
{
    return LanguageManager::instance().date(d(iso));
}

QPushButton* okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>(QStringLiteral("formButtonBox"))
        ->button(QDialogButtonBox::Ok);
}

// The row of a table whose first column reads `text`, or -1.
int rowOf(const QTableWidget* table, const QString& text, int column = 0)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text) {
            return row;
        }
    }
    return -1;
}

QStringList rowTexts(const QTableWidget* table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column) {
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    }
    return texts;
}

} // namespace

class TestCalendars : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void addsAHolidayAndShowsTheDeadlineItMoved();
    void showsARefusalAndKeepsTheForm();
    void confirmsAProvisionalEidOnTheDayAnnounced();
    void importsAnICalendarFileThroughTheSeam();
    void setsTheWeekendAndAddsAnAuthorityCalendar();
    void changesARuleAndPutsTheDefaultBack();
    void stoppingLeavesTheRestQueued();
    void isOnlyForAdministrators();

private:
    // An incoming request from Spain to `country`, received on `received`.
    QString createRequest(const QString& country, const QDate& received);
    QDate storedDeadline(const QString& reference);
    // Opens Settings ▸ Calendars and deadlines in the window.
    CalendarsDialog* openDialog(MainWindow& window);
    // Waits for the deadlines to be computed again after a change.
    RecomputeDialog* waitForRecompute(CalendarsDialog* dialog);
    static void selectCalendar(CalendarsDialog* dialog, const QString& code);

    std::unique_ptr<TestDatabase> m_db;
};

void TestCalendars::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCalendars::init()
{
    QSettings().clear();
    m_db = std::make_unique<TestDatabase>();
    m_db->clock().set(QDateTime(d("2026-03-16"), QTime(9, 0), Qt::UTC));
}

void TestCalendars::cleanup()
{
    m_db.reset();
}

QString TestCalendars::createRequest(const QString& country, const QDate& received)
{
    return m_db->createIncomingTo(country, received);
}

QDate TestCalendars::storedDeadline(const QString& reference)
{
    Result<Request> request = RequestReader(m_db->db()).get(reference);
    return request ? request->nextDeadline : QDate();
}

CalendarsDialog* TestCalendars::openDialog(MainWindow& window)
{
    auto* action = window.findChild<QAction*>(QStringLiteral("calendarsAction"));
    if (!action || !action->isVisible() || !action->isEnabled()) {
        return nullptr;
    }
    // A dialog closed before is deleted first (it deletes itself on closing).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    if (window.findChild<CalendarsDialog*>()) {
        return nullptr;
    }
    action->trigger();
    auto* dialog = window.findChild<CalendarsDialog*>(QStringLiteral("calendarsDialog"));
    if (dialog && !QTest::qWaitFor([dialog]() { return dialog->isVisible(); })) {
        return nullptr;
    }
    return dialog;
}

RecomputeDialog* TestCalendars::waitForRecompute(CalendarsDialog* dialog)
{
    RecomputeDialog* recompute = dialog->recomputeDialog();
    if (!recompute || !QTest::qWaitFor([recompute]() { return recompute->report().has_value(); }, 10000)) {
        return nullptr;
    }
    return recompute;
}

void TestCalendars::selectCalendar(CalendarsDialog* dialog, const QString& code)
{
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("calendarList"));
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == code) {
            list->setCurrentRow(row);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no calendar %1 in the list").arg(code)));
}

void TestCalendars::addsAHolidayAndShowsTheDeadlineItMoved()
{
    // Received Monday 16 March 2026 in Morocco: acknowledgement on 24 March.
    const QString reference = createRequest(QStringLiteral("MA"), d("2026-03-16"));
    QCOMPARE(storedDeadline(reference), d("2026-03-24"));
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    QVERIFY(window.selectRequest(reference));
    auto* deadlineLabel = window.findChild<QLabel*>(QStringLiteral("deadlineLabel"));
    QVERIFY2(deadlineLabel->text().contains(date("2026-03-24")), qPrintable(deadlineLabel->text()));

    CalendarsDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    QSignalSpy changed(dialog, &CalendarsDialog::deadlinesChanged);
    // The countries the requests name, by their names.
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("calendarList"));
    QCOMPARE(list->count(), 2);
    QVERIFY(!list->findItems(QStringLiteral("Morocco (MA)"), Qt::MatchExactly).isEmpty());
    QVERIFY(!list->findItems(QStringLiteral("Spain (ES)"), Qt::MatchExactly).isEmpty());
    selectCalendar(dialog, QStringLiteral("MA"));
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("yearSpinBox"))->value(), 2026);
    auto* weekend = dialog->findChild<QTableWidget*>(QStringLiteral("weekendTable"));
    QCOMPARE(weekend->rowCount(), 1);
    QCOMPARE(weekend->item(0, 2)->text(), days("Saturday", "Sunday"));
    auto* holidays = dialog->findChild<QTableWidget*>(QStringLiteral("holidaysTable"));
    // Eid al-Fitr, provisional, said in words.
    const int eid = rowOf(holidays, date("2026-03-20"));
    QVERIFY(eid >= 0);
    QCOMPARE(rowTexts(holidays, eid),
             (QStringList {date("2026-03-20"), QStringLiteral("Friday"), QStringLiteral("Eid al-Fitr"),
                           QStringLiteral("provisional")}));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addHolidayButton")), Qt::LeftButton);
    auto* form = dialog->findChild<QDialog*>(QStringLiteral("holidayDialog"));
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    form->findChild<QDateEdit*>(QStringLiteral("holidayDateEdit"))->setDate(d("2026-03-18"));
    // Typed text is ASCII only for QTest: the name is set as an input method would.
    form->findChild<QLineEdit*>(QStringLiteral("holidayNameEdit"))
        ->setText(QStringLiteral("Journée de deuil national"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());

    // Computed again, off the window's thread: one deadline, which moved.
    RecomputeDialog* recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    QVERIFY(recompute->isVisible());
    QCOMPARE(recompute->report()->recomputed, 1);
    QCOMPARE(storedDeadline(reference), d("2026-03-25"));
    auto* status = recompute->findChild<QLabel*>(QStringLiteral("recomputeStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("recomputed; 1 moved")), qPrintable(status->text()));
    auto* moved = recompute->findChild<QTableWidget*>(QStringLiteral("movedTable"));
    QVERIFY(moved->isVisible());
    QCOMPARE(moved->rowCount(), 1);
    QCOMPARE(
        rowTexts(moved, 0),
        (QStringList {reference, date("2026-03-24"), date("2026-03-25"), QStringLiteral("acknowledgement")}));
    QTest::mouseClick(recompute->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(!recompute->isVisible());

    // The calendar shows it, added; the dialog says what was done.
    int added = rowOf(holidays, date("2026-03-18"));
    QVERIFY(added >= 0);
    QCOMPARE(holidays->item(added, 2)->text(), QStringLiteral("Journée de deuil national"));
    QCOMPARE(holidays->item(added, 3)->text(), QStringLiteral("added"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("calendarsMessageLabel"));
    QVERIFY2(message->text().contains(QStringLiteral("1 moved")), qPrintable(message->text()));

    // Closing tells the window, which reads the deadlines again.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("calendarsButtonBox"))
                          ->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QTRY_VERIFY2(deadlineLabel->text().contains(date("2026-03-25")), qPrintable(deadlineLabel->text()));

    dialog = openDialog(window);
    QVERIFY(dialog);
    selectCalendar(dialog, QStringLiteral("MA"));
    holidays = dialog->findChild<QTableWidget*>(QStringLiteral("holidaysTable"));
    added = rowOf(holidays, date("2026-03-18"));
    QVERIFY(added >= 0);
    // Removing it (answering the question through the seam) puts the deadline back.
    holidays->selectRow(added);
    auto* remove = dialog->findChild<QPushButton*>(QStringLiteral("removeHolidayButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Journée de deuil national")));
    recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    QCOMPARE(storedDeadline(reference), d("2026-03-24"));
    QCOMPARE(recompute->findChild<QTableWidget*>(QStringLiteral("movedTable"))->item(0, 2)->text(),
             date("2026-03-24"));
    recompute->close();
    QTRY_VERIFY(!recompute->isVisible());
    // What Masar computes cannot be removed, only confirmed.
    holidays->selectRow(rowOf(holidays, date("2026-03-20")));
    QVERIFY(!remove->isEnabled());
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("confirmHolidayButton"))->isEnabled());
}

void TestCalendars::showsARefusalAndKeepsTheForm()
{
    const QString reference = createRequest(QStringLiteral("MA"), d("2026-03-16"));
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    CalendarsDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    selectCalendar(dialog, QStringLiteral("MA"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addHolidayButton")), Qt::LeftButton);
    auto* form = dialog->findChild<QDialog*>(QStringLiteral("holidayDialog"));
    QVERIFY(form);
    // No name: the model refuses; its message comes through the seam, the form stays.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("A holiday needs a date and a name")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(form->isVisible());
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 0);
    QVERIFY(!dialog->recomputeDialog());
    QCOMPARE(storedDeadline(reference), d("2026-03-24"));
    form->reject();
}

void TestCalendars::confirmsAProvisionalEidOnTheDayAnnounced()
{
    const QString reference = createRequest(QStringLiteral("MA"), d("2026-03-16"));
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    CalendarsDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    selectCalendar(dialog, QStringLiteral("MA"));
    auto* holidays = dialog->findChild<QTableWidget*>(QStringLiteral("holidaysTable"));
    // Its second day selected: confirmed from its first.
    holidays->selectRow(rowOf(holidays, date("2026-03-21")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmHolidayButton")),
                      Qt::LeftButton);
    auto* form = dialog->findChild<ConfirmHolidayDialog*>(QStringLiteral("confirmHolidayDialog"));
    QVERIFY(form);
    QCOMPARE(form->computed(), d("2026-03-20"));
    QCOMPARE(form->announced(), d("2026-03-20"));
    auto* combo = form->findChild<QComboBox*>(QStringLiteral("announcedDateCombo"));
    QCOMPARE(combo->count(), 11);
    QVERIFY(form->setAnnounced(d("2026-03-19")));
    QVERIFY2(combo->currentText().contains(date("2026-03-19")), qPrintable(combo->currentText()));
    QTest::mouseClick(okButton(form), Qt::LeftButton);

    RecomputeDialog* recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    QCOMPARE(storedDeadline(reference), d("2026-03-25"));
    QCOMPARE(recompute->findChild<QTableWidget*>(QStringLiteral("movedTable"))->rowCount(), 1);
    recompute->close();
    QCOMPARE(rowTexts(holidays, rowOf(holidays, date("2026-03-19"))),
             (QStringList {date("2026-03-19"), QStringLiteral("Thursday"), QStringLiteral("Eid al-Fitr"),
                           QStringLiteral("confirmed")}));
    QCOMPARE(rowOf(holidays, date("2026-03-22")), -1);
}

void TestCalendars::importsAnICalendarFileThroughTheSeam()
{
    // Egypt: received Wednesday 8 April, due 15 April; Sham el-Nessim (Monday 13) moves it.
    m_db->clock().set(QDateTime(d("2026-04-08"), QTime(9, 0), Qt::UTC));
    const QString reference = createRequest(QStringLiteral("EG"), d("2026-04-08"));
    QCOMPARE(storedDeadline(reference), d("2026-04-15"));
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    CalendarsDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    selectCalendar(dialog, QStringLiteral("EG"));
    FileDialog::setNextPath(QStringLiteral(MASAR_TEST_DATA_DIR "/calendars/public-holidays-eg-2026.ics"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importHolidaysButton")),
                      Qt::LeftButton);

    RecomputeDialog* recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 21);
    QCOMPARE(storedDeadline(reference), d("2026-04-16"));
    QCOMPARE(
        rowTexts(recompute->findChild<QTableWidget*>(QStringLiteral("movedTable")), 0),
        (QStringList {reference, date("2026-04-15"), date("2026-04-16"), QStringLiteral("acknowledgement")}));
    recompute->close();
    auto* holidays = dialog->findChild<QTableWidget*>(QStringLiteral("holidaysTable"));
    const int row = rowOf(holidays, date("2026-04-13"));
    QVERIFY(row >= 0);
    QCOMPARE(holidays->item(row, 2)->text(), QString::fromUtf8("شم النسيم"));
    QCOMPARE(holidays->item(row, 3)->text(), QStringLiteral("imported"));
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("calendarsMessageLabel"))
                 ->text()
                 .contains(QStringLiteral("21")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("calendarsMessageLabel"))->text()));

    // A file that is no calendar: said through the seam, nothing written.
    const QString bad = m_db->folder() + QStringLiteral("/bad.ics");
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    file.close();
    FileDialog::setNextPath(bad);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importHolidaysButton")),
                      Qt::LeftButton);
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Import holidays\n")));
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 21);
    // Cancelled: nothing happens.
    FileDialog::setNextPath(QString());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importHolidaysButton")),
                      Qt::LeftButton);
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 21);
}

void TestCalendars::setsTheWeekendAndAddsAnAuthorityCalendar()
{
    createRequest(QStringLiteral("MA"), d("2026-03-16"));
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    CalendarsDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    selectCalendar(dialog, QStringLiteral("MA"));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("setWeekendButton")), Qt::LeftButton);
    auto* weekendForm = dialog->findChild<QDialog*>(QStringLiteral("weekendDialog"));
    QVERIFY(weekendForm);
    // Today's weekend checked.
    QVERIFY(weekendForm->findChild<QCheckBox*>(QStringLiteral("weekendDayCheckBox6"))->isChecked());
    QVERIFY(weekendForm->findChild<QCheckBox*>(QStringLiteral("weekendDayCheckBox7"))->isChecked());
    QVERIFY(!weekendForm->findChild<QCheckBox*>(QStringLiteral("weekendDayCheckBox5"))->isChecked());
    weekendForm->findChild<QCheckBox*>(QStringLiteral("weekendDayCheckBox5"))->setChecked(true);
    weekendForm->findChild<QCheckBox*>(QStringLiteral("weekendDayCheckBox7"))->setChecked(false);
    weekendForm->findChild<QCheckBox*>(QStringLiteral("weekendFromCheckBox"))->setChecked(true);
    weekendForm->findChild<QDateEdit*>(QStringLiteral("weekendFromEdit"))->setDate(d("2026-04-01"));
    QTest::mouseClick(okButton(weekendForm), Qt::LeftButton);
    RecomputeDialog* recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    recompute->close();
    auto* weekend = dialog->findChild<QTableWidget*>(QStringLiteral("weekendTable"));
    QCOMPARE(weekend->rowCount(), 2);
    QCOMPARE(rowTexts(weekend, 0),
             (QStringList {QStringLiteral("(no start)"), date("2026-03-31"), days("Saturday", "Sunday")}));
    QCOMPARE(rowTexts(weekend, 1),
             (QStringList {date("2026-04-01"), QStringLiteral("(no end)"), days("Friday", "Saturday")}));

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addCalendarButton")), Qt::LeftButton);
    auto* calendarForm = dialog->findChild<QDialog*>(QStringLiteral("authorityCalendarDialog"));
    QVERIFY(calendarForm);
    QCOMPARE(
        calendarForm->findChild<QComboBox*>(QStringLiteral("calendarCountryCombo"))->currentData().toString(),
        QStringLiteral("MA"));
    QTest::keyClicks(calendarForm->findChild<QLineEdit*>(QStringLiteral("calendarAuthorityEdit")),
                     QStringLiteral("Parquet de Tanger"));
    QCOMPARE(calendarForm->findChild<QLineEdit*>(QStringLiteral("calendarCodeEdit"))->text(),
             QStringLiteral("MA-TANGER"));
    QTest::mouseClick(okButton(calendarForm), Qt::LeftButton);
    recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    recompute->close();
    QCOMPARE(dialog->calendarsPanel()->currentCode(), QStringLiteral("MA-TANGER"));
    QVERIFY(!dialog->findChild<QListWidget*>(QStringLiteral("calendarList"))
                 ->findItems(QStringLiteral("Morocco, Parquet de Tanger (MA-TANGER)"), Qt::MatchExactly)
                 .isEmpty());
    QCOMPARE(m_db->rows(QStringLiteral("calendars")), 2);
}

void TestCalendars::changesARuleAndPutsTheDefaultBack()
{
    const QString reference = createRequest(QStringLiteral("MA"), d("2026-03-16"));
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    window.show();
    CalendarsDialog* dialog = openDialog(window);
    QVERIFY(dialog);
    dialog->findChild<QTabWidget*>(QStringLiteral("calendarsTabs"))->setCurrentWidget(dialog->rulesPanel());
    auto* rules = dialog->findChild<QTableWidget*>(QStringLiteral("rulesTable"));
    QCOMPARE(rules->columnCount(), 6);
    QCOMPARE(
        rowTexts(rules, 0),
        (QStringList {QStringLiteral("acknowledgement"), QStringLiteral("all others"), QStringLiteral("5"),
                      QStringLiteral("working days"), QStringLiteral("policy: acknowledge receipt"),
                      QStringLiteral("Masar's default")}));
    auto* reset = dialog->findChild<QPushButton*>(QStringLiteral("resetRuleButton"));
    rules->selectRow(0);
    QVERIFY(!reset->isEnabled());

    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("editRuleButton")), Qt::LeftButton);
    auto* form = dialog->findChild<QDialog*>(QStringLiteral("ruleDialog"));
    QVERIFY(form);
    QCOMPARE(form->findChild<QComboBox*>(QStringLiteral("ruleLegalBasisCombo"))->currentText(),
             QStringLiteral("all others"));
    form->findChild<QSpinBox*>(QStringLiteral("rulePeriodSpinBox"))->setValue(3);
    auto* unit = form->findChild<QComboBox*>(QStringLiteral("ruleUnitCombo"));
    unit->setCurrentIndex(unit->findText(QStringLiteral("calendar days")));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("ruleSourceEdit")),
                     QStringLiteral("Circulaire 2026/4"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);

    RecomputeDialog* recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    QCOMPARE(storedDeadline(reference), d("2026-03-19"));
    QCOMPARE(
        rowTexts(recompute->findChild<QTableWidget*>(QStringLiteral("movedTable")), 0),
        (QStringList {reference, date("2026-03-24"), date("2026-03-19"), QStringLiteral("acknowledgement")}));
    recompute->close();
    QCOMPARE(rowTexts(rules, 0),
             (QStringList {QStringLiteral("acknowledgement"), QStringLiteral("all others"),
                           QStringLiteral("3"), QStringLiteral("calendar days"),
                           QStringLiteral("Circulaire 2026/4"), QStringLiteral("set by an administrator")}));
    QVERIFY(reset->isEnabled());

    QTest::mouseClick(reset, Qt::LeftButton);
    recompute = waitForRecompute(dialog);
    QVERIFY(recompute);
    QCOMPARE(storedDeadline(reference), d("2026-03-24"));
    recompute->close();
    QCOMPARE(rules->item(0, 5)->text(), QStringLiteral("Masar's default"));
    QCOMPARE(m_db->rows(QStringLiteral("deadline_rules")), 0);
}

void TestCalendars::stoppingLeavesTheRestQueued()
{
    // More open requests than one batch, all queued as after a change of rule.
    std::vector<ImportRecord> records;
    for (int i = 0; i < DeadlineRecomputer::batchSize + 100; ++i) {
        Request request = TestDatabase::incomingDraft();
        request.foreignReference = QStringLiteral("RB/%1").arg(i);
        request.persons.clear();
        request.assignee = QStringLiteral("officer");
        records.push_back({QStringLiteral("request %1").arg(i + 1), request});
    }
    Result<int> imported = RequestService(m_db->db(), m_db->clock())
                               .importRequests(m_db->user(QStringLiteral("admin")), std::move(records));
    QVERIFY2(imported, qPrintable(imported.error().fullText()));
    QVERIFY(Sql::exec(m_db->db().connection(),
                      QStringLiteral("INSERT INTO deadline_queue (request_id) SELECT id FROM requests")));
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), DeadlineRecomputer::batchSize + 100);

    // Stopped (as if at once): the batch under way is written whole, the rest waits.
    RecomputeDialog stopped(m_db->db().path(), m_db->clock());
    stopped.show();
    stopped.stop();
    stopped.start();
    QTRY_VERIFY_WITH_TIMEOUT(stopped.report().has_value(), 20000);
    QCOMPARE(stopped.report()->recomputed, DeadlineRecomputer::batchSize);
    QCOMPARE(stopped.report()->remaining, 100);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 100);
    auto* status = stopped.findChild<QLabel*>(QStringLiteral("recomputeStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("Stopped: 100 request")), qPrintable(status->text()));
    auto* close = stopped.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    QVERIFY(close && close->isEnabled());

    // The next time takes up the rest.
    RecomputeDialog again(m_db->db().path(), m_db->clock());
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(again.report().has_value(), 20000);
    QCOMPARE(again.report()->recomputed, 100);
    QCOMPARE(again.report()->remaining, 0);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
}

void TestCalendars::isOnlyForAdministrators()
{
    createRequest(QStringLiteral("MA"), d("2026-03-16"));
    for (const char* name : {"officer", "supervisor", "clerk"}) {
        MainWindow window(m_db->db(), m_db->user(QLatin1String(name)), m_db->clock());
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("calendarsAction"));
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
        action->trigger();
        QVERIFY(!window.findChild<CalendarsDialog*>());
    }
    MainWindow window(m_db->db(), m_db->user(QStringLiteral("admin")), m_db->clock());
    auto* action = window.findChild<QAction*>(QStringLiteral("calendarsAction"));
    QVERIFY(action->isVisible() && action->isEnabled());
    QCOMPARE(action->text(), QStringLiteral("&Calendars and deadlines…"));
}

QTEST_MAIN(TestCalendars)
#include "tst_calendars.moc"
