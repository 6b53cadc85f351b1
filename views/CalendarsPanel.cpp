#include "CalendarsPanel.h"

#include "AuthorityCalendarDialog.h"
#include "ConfirmHolidayDialog.h"
#include "FileDialog.h"
#include "HolidayDialog.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "WeekendDialog.h"
#include "core/Clock.h"
#include "core/LocaleText.h"
#include "deadlines/HolidayFile.h"
#include "domain/Codes.h"
#include "services/DeadlinePolicy.h"

#include <QCollator>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Masar {

namespace {

QTableWidget* readOnlyTable(int columns, QWidget* parent)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

CalendarsPanel::CalendarsPanel(Database& database, const User& actor, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_actor(actor)
    , m_clock(clock)
    , m_listLabel(new QLabel(this))
    , m_calendarList(new QListWidget(this))
    , m_addCalendarButton(new QPushButton(this))
    , m_titleLabel(new QLabel(this))
    , m_weekendLabel(new QLabel(this))
    , m_weekendTable(readOnlyTable(3, this))
    , m_setWeekendButton(new QPushButton(this))
    , m_yearLabel(new QLabel(this))
    , m_yearSpinBox(new QSpinBox(this))
    , m_holidaysTable(readOnlyTable(4, this))
    , m_addHolidayButton(new QPushButton(this))
    , m_removeHolidayButton(new QPushButton(this))
    , m_confirmHolidayButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("calendarsPanel"));
    const std::pair<QObject*, const char*> names[] = {
        {m_listLabel, "calendarListLabel"},
        {m_calendarList, "calendarList"},
        {m_addCalendarButton, "addCalendarButton"},
        {m_titleLabel, "calendarTitleLabel"},
        {m_weekendLabel, "weekendLabel"},
        {m_weekendTable, "weekendTable"},
        {m_setWeekendButton, "setWeekendButton"},
        {m_yearLabel, "yearLabel"},
        {m_yearSpinBox, "yearSpinBox"},
        {m_holidaysTable, "holidaysTable"},
        {m_addHolidayButton, "addHolidayButton"},
        {m_removeHolidayButton, "removeHolidayButton"},
        {m_confirmHolidayButton, "confirmHolidayButton"},
        {m_importButton, "importHolidaysButton"},
    };
    for (const auto& [object, name] : names) {
        object->setObjectName(QLatin1String(name));
    }
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont title = m_titleLabel->font();
    title.setBold(true);
    m_titleLabel->setFont(title);
    m_weekendLabel->setTextFormat(Qt::PlainText);
    m_weekendLabel->setWordWrap(true);
    m_yearLabel->setBuddy(m_yearSpinBox);
    m_listLabel->setBuddy(m_calendarList);
    m_yearSpinBox->setRange(CalendarSet::firstYear, CalendarSet::lastYear);
    m_yearSpinBox->setValue(clock.today().year());
    m_weekendTable->setMaximumHeight(m_weekendTable->fontMetrics().height() * 6);

    auto* left = new QVBoxLayout;
    left->addWidget(m_listLabel);
    left->addWidget(m_calendarList, 1);
    left->addWidget(m_addCalendarButton);

    auto* weekendRow = new QHBoxLayout;
    weekendRow->addWidget(m_weekendLabel, 1);
    weekendRow->addWidget(m_setWeekendButton);
    auto* yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_yearSpinBox);
    yearRow->addStretch();
    auto* holidayButtons = new QHBoxLayout;
    holidayButtons->addWidget(m_addHolidayButton);
    holidayButtons->addWidget(m_removeHolidayButton);
    holidayButtons->addWidget(m_confirmHolidayButton);
    holidayButtons->addWidget(m_importButton);
    holidayButtons->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_titleLabel);
    right->addLayout(weekendRow);
    right->addWidget(m_weekendTable);
    right->addLayout(yearRow);
    right->addWidget(m_holidaysTable, 1);
    right->addLayout(holidayButtons);

    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);

    const bool administrator = actor.role == Role::Administrator;
    for (QPushButton* button : {m_addCalendarButton, m_setWeekendButton, m_addHolidayButton,
                                m_removeHolidayButton, m_confirmHolidayButton, m_importButton}) {
        button->setVisible(administrator);
    }

    connect(m_calendarList, &QListWidget::currentRowChanged, this, &CalendarsPanel::showCalendar);
    // The calendar as read: another year's holidays need no reading.
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, &CalendarsPanel::showHolidays);
    connect(m_holidaysTable, &QTableWidget::itemSelectionChanged, this, &CalendarsPanel::updateButtons);
    connect(m_addCalendarButton, &QPushButton::clicked, this, &CalendarsPanel::addCalendar);
    connect(m_setWeekendButton, &QPushButton::clicked, this, &CalendarsPanel::setWeekend);
    connect(m_addHolidayButton, &QPushButton::clicked, this, &CalendarsPanel::addHoliday);
    connect(m_removeHolidayButton, &QPushButton::clicked, this, &CalendarsPanel::removeHoliday);
    connect(m_confirmHolidayButton, &QPushButton::clicked, this, &CalendarsPanel::confirmHoliday);
    connect(m_importButton, &QPushButton::clicked, this, &CalendarsPanel::importHolidays);
    retranslateUi();
}

QString CalendarsPanel::calendarName(const CalendarSummary& summary) const
{
    if (summary.authority.isEmpty()) {
        return Codes::countryWithCode(summary.code);
    }
    //: An authority's calendar: %1 the country, %2 the authority, %3 the calendar's code.
    return tr("%1, %2 (%3)").arg(Codes::countryName(summary.country), summary.authority, summary.code);
}

QString CalendarsPanel::currentCode() const
{
    const QListWidgetItem* item = m_calendarList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool CalendarsPanel::selectCalendar(const QString& code)
{
    for (int row = 0; row < m_calendarList->count(); ++row) {
        if (m_calendarList->item(row)->data(Qt::UserRole).toString() == code) {
            m_calendarList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void CalendarsPanel::setYear(int year)
{
    m_yearSpinBox->setValue(year);
}

void CalendarsPanel::reload()
{
    const QString current = currentCode();
    Result<std::vector<CalendarSummary>> calendars = CalendarOverview(m_database).calendars();
    if (!calendars) {
        MessageBox::warning(this, tr("Calendars"), calendars.error().fullText());
        return;
    }
    m_calendars = calendars.take();
    // By country name in the current language, a country's own calendar before its authorities'.
    QCollator collator {QLocale()};
    std::stable_sort(m_calendars.begin(), m_calendars.end(),
                     [&collator](const CalendarSummary& a, const CalendarSummary& b) {
                         const int byCountry
                             = collator.compare(Codes::countryName(a.country), Codes::countryName(b.country));
                         if (byCountry != 0) {
                             return byCountry < 0;
                         }
                         return collator.compare(a.authority, b.authority) < 0;
                     });
    {
        const QSignalBlocker blocker(m_calendarList);
        m_calendarList->clear();
        for (const CalendarSummary& summary : m_calendars) {
            auto* item = new QListWidgetItem(calendarName(summary), m_calendarList);
            item->setData(Qt::UserRole, summary.code);
        }
    }
    if (!selectCalendar(current) && m_calendarList->count() > 0) {
        m_calendarList->setCurrentRow(0);
    }
    showCalendar();
}

void CalendarsPanel::showCalendar()
{
    m_detail.reset();
    m_holidays.clear();
    m_weekendTable->setRowCount(0);
    m_holidaysTable->setRowCount(0);
    const QString code = currentCode();
    if (code.isEmpty()) {
        m_titleLabel->setText(
            tr("No calendar yet: the register has no request. Add an authority's calendar, or "
               "register a request first."));
        m_weekendLabel->clear();
        updateButtons();
        return;
    }
    Result<CalendarDetail> detail = CalendarOverview(m_database).detail(code);
    if (!detail) {
        m_titleLabel->setText(detail.error().message());
        updateButtons();
        return;
    }
    m_detail = detail.take();
    const LanguageManager& languages = LanguageManager::instance();
    m_titleLabel->setText(calendarName(m_detail->summary));
    m_weekendLabel->setText(m_detail->summary.weekendRules > 0
                                ? tr("Weekend, as set by an administrator:")
                                : tr("Weekend, Masar's default from the locale data:"));
    const std::vector<WeekendRule>& rules = m_detail->calendar.weekendRules();
    m_weekendTable->setRowCount(int(rules.size()));
    for (int row = 0; row < int(rules.size()); ++row) {
        const WeekendRule& rule = rules[std::size_t(row)];
        const QStringList cells = {
            rule.from.isValid() ? languages.date(rule.from) : tr("(no start)"),
            rule.until.isValid() ? languages.date(rule.until) : tr("(no end)"),
            rule.days.isEmpty() ? tr("none") : CalendarOverview::daysText(rule.days),
        };
        for (int column = 0; column < cells.size(); ++column) {
            m_weekendTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_weekendTable->resizeColumnsToContents();
    showHolidays();
}

void CalendarsPanel::showHolidays()
{
    m_holidays.clear();
    m_holidaysTable->setRowCount(0);
    if (!m_detail) {
        updateButtons();
        return;
    }
    const LanguageManager& languages = LanguageManager::instance();
    m_holidays = m_detail->holidaysIn(m_yearSpinBox->value());
    m_holidaysTable->setRowCount(int(m_holidays.size()));
    for (int row = 0; row < int(m_holidays.size()); ++row) {
        const ListedHoliday& listed = m_holidays[std::size_t(row)];
        const QDate& date = listed.holiday.date;
        const QStringList cells = {languages.date(date), QLocale().dayName(date.dayOfWeek()),
                                   listed.holiday.shownName(), ListedHoliday::originLabel(listed.origin)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (listed.origin == ListedHoliday::Origin::Provisional) {
                QFont font = item->font();
                font.setItalic(true);
                item->setFont(font);
            }
            m_holidaysTable->setItem(row, column, item);
        }
    }
    m_holidaysTable->resizeColumnsToContents();
    updateButtons();
}

std::optional<ListedHoliday> CalendarsPanel::selectedHoliday() const
{
    const QList<QTableWidgetItem*> selected = m_holidaysTable->selectedItems();
    if (selected.isEmpty()) {
        return std::nullopt;
    }
    const int row = selected.first()->row();
    if (row < 0 || row >= int(m_holidays.size())) {
        return std::nullopt;
    }
    return m_holidays[std::size_t(row)];
}

void CalendarsPanel::updateButtons()
{
    const std::optional<ListedHoliday> holiday = selectedHoliday();
    const bool shown = m_detail.has_value();
    m_setWeekendButton->setEnabled(shown);
    m_addHolidayButton->setEnabled(shown);
    m_importButton->setEnabled(shown);
    // Only what the register keeps is removed; what Masar computes is moved by confirming it.
    m_removeHolidayButton->setEnabled(holiday
                                      && (holiday->origin == ListedHoliday::Origin::Added
                                          || holiday->origin == ListedHoliday::Origin::Imported));
    m_confirmHolidayButton->setEnabled(holiday && holiday->origin == ListedHoliday::Origin::Provisional);
}

bool CalendarsPanel::check(const Status& status, const QString& title)
{
    if (!status.ok()) {
        MessageBox::warning(this, title, status.fullText());
        return false;
    }
    return true;
}

void CalendarsPanel::addHoliday()
{
    if (!m_detail) {
        return;
    }
    const QString code = m_detail->summary.code;
    const int year = m_yearSpinBox->value();
    const QDate today = m_clock.today();
    auto* dialog = new HolidayDialog(calendarName(m_detail->summary),
                                     today.year() == year ? today : QDate(year, 1, 1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog, code]() {
        return DeadlinePolicy(m_database, m_clock)
            .addHoliday(m_actor, code, dialog->date(), dialog->name());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, code]() {
        const QString name = dialog->name();
        const QDate date = dialog->date();
        reload();
        //: %1 a holiday's name, %2 its date, %3 the calendar.
        emit changed(tr("“%1” on %2 added to %3.")
                         .arg(name, LanguageManager::instance().date(date), LocaleText::isolated(code)));
    });
    dialog->open();
}

void CalendarsPanel::removeHoliday()
{
    const std::optional<ListedHoliday> holiday = selectedHoliday();
    if (!m_detail || !holiday) {
        return;
    }
    const QString code = m_detail->summary.code;
    const QString date = LanguageManager::instance().date(holiday->holiday.date);
    const QString name = holiday->holiday.shownName();
    if (MessageBox::question(this, tr("Remove a holiday"),
                             tr("Remove “%1” on %2 from the calendar? Deadlines will count that day as a "
                                "working day again, unless it is a weekend day.")
                                 .arg(name, date),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    if (!check(DeadlinePolicy(m_database, m_clock)
                   .removeHoliday(m_actor, code, holiday->holiday.date, holiday->holiday.name),
               tr("Remove a holiday"))) {
        return;
    }
    reload();
    emit changed(tr("“%1” on %2 removed from %3.").arg(name, date, LocaleText::isolated(code)));
}

void CalendarsPanel::confirmHoliday()
{
    const std::optional<ListedHoliday> holiday = selectedHoliday();
    if (!m_detail || !holiday) {
        return;
    }
    // From its first day, whichever of its days is selected: the others move with it.
    const std::optional<Holiday> first
        = m_detail->provisionalAt(holiday->holiday.date, holiday->holiday.name);
    if (!first) {
        return;
    }
    const QString code = m_detail->summary.code;
    const QString english = first->name;
    const QString name = first->shownName();
    auto* dialog = new ConfirmHolidayDialog(name, first->date, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog, code, english]() {
        return DeadlinePolicy(m_database, m_clock)
            .confirmHoliday(m_actor, code, english, dialog->computed(), dialog->announced())
            .status();
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, code, name]() {
        const QDate announced = dialog->announced();
        reload();
        //: %1 a holiday's name, %2 the calendar, %3 the day it begins on.
        emit changed(tr("“%1” confirmed in %2 from %3.")
                         .arg(name, LocaleText::isolated(code), LanguageManager::instance().date(announced)));
    });
    dialog->open();
}

void CalendarsPanel::importHolidays()
{
    if (!m_detail) {
        return;
    }
    const QString code = m_detail->summary.code;
    const QString title = tr("Import holidays");
    const QString path = FileDialog::openFile(this, tr("Import holidays from an iCalendar file (.ics)"));
    if (path.isEmpty()) {
        return;
    }
    Result<std::vector<Holiday>> holidays = HolidayFile::read(path);
    if (!check(holidays.status(), title)) {
        return;
    }
    Result<int> added = DeadlinePolicy(m_database, m_clock).importHolidays(m_actor, code, *holidays);
    if (!check(added.status(), title)) {
        return;
    }
    reload();
    //: %1 the file's name, %2 the calendar.
    emit changed(tr("%n holiday day(s) imported from %1 into %2.", nullptr, *added)
                     .arg(LocaleText::isolated(QFileInfo(path).fileName()), LocaleText::isolated(code)));
}

void CalendarsPanel::setWeekend()
{
    if (!m_detail) {
        return;
    }
    const QString code = m_detail->summary.code;
    const QDate today = m_clock.today();
    auto* dialog = new WeekendDialog(calendarName(m_detail->summary), m_detail->calendar.weekendOn(today),
                                     today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog, code]() {
        return DeadlinePolicy(m_database, m_clock)
            .setWeekend(m_actor, code, dialog->from(), dialog->days());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, code]() {
        const QString days = CalendarOverview::daysText(dialog->days());
        const QDate from = dialog->from();
        reload();
        emit changed(from.isValid()
                         //: %1 the calendar, %2 the days ("Friday and Saturday"), %3 a date.
                         ? tr("%1: the weekend is %2 from %3 on.")
                               .arg(LocaleText::isolated(code), days, LanguageManager::instance().date(from))
                         : tr("%1: the weekend is %2.").arg(LocaleText::isolated(code), days));
    });
    dialog->open();
}

void CalendarsPanel::addCalendar()
{
    auto* dialog = new AuthorityCalendarDialog(m_detail ? m_detail->summary.country : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApply([this, dialog]() {
        return DeadlinePolicy(m_database, m_clock)
            .addCalendar(m_actor, dialog->code(), dialog->country(), dialog->authority());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const QString code = dialog->code();
        const QString authority = dialog->authority();
        reload();
        selectCalendar(code);
        //: %1 the calendar's code, %2 the authority.
        emit changed(tr("Calendar %1 added for %2.").arg(LocaleText::isolated(code), authority));
    });
    dialog->open();
}

void CalendarsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void CalendarsPanel::retranslateUi()
{
    m_listLabel->setText(tr("&Calendars:"));
    m_addCalendarButton->setText(tr("Add an &authority's calendar…"));
    m_setWeekendButton->setText(tr("Set the &weekend…"));
    m_yearLabel->setText(tr("&Holidays of:"));
    m_addHolidayButton->setText(tr("A&dd a holiday…"));
    m_removeHolidayButton->setText(tr("&Remove the holiday"));
    m_confirmHolidayButton->setText(tr("C&onfirm or move…"));
    m_confirmHolidayButton->setToolTip(tr("An Islamic holiday is computed from the civil calendar: confirm "
                                          "it, or move it to the day announced."));
    m_importButton->setText(tr("&Import a .ics file…"));
    m_weekendTable->setHorizontalHeaderLabels({tr("From"), tr("Until"), tr("Days")});
    m_holidaysTable->setHorizontalHeaderLabels({tr("Date"), tr("Day"), tr("Holiday"), tr("Status")});
    reload();
}

} // namespace Masar
