#include "RequestFilterBar.h"

#include "LanguageManager.h"
#include "core/Clock.h"
#include "core/LocaleText.h"
#include "deadlines/DeadlineStatus.h"
#include "domain/Workflow.h"
#include "services/RequestFilterFields.h"
#include "services/RequestFilterText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDebug>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Masar {

namespace {

// The state combo's groups; single states follow as their keys.
const QString openGroup = QStringLiteral("group:open");
const QString pausedGroup = QStringLiteral("group:paused");
const QString closedGroup = QStringLiteral("group:closed");

// The deadline combo's choices.
const QString overdueChoice = QStringLiteral("overdue");
const QString dueSoonChoice = QStringLiteral("due_soon");

void select(QComboBox* combo, const QVariant& data)
{
    // The first item ("all") has an empty key; separators have none at all.
    const int index = data.toString().isEmpty() ? 0 : combo->findData(data.toString());
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

std::vector<State> pausedStates()
{
    std::vector<State> paused;
    for (State s : allOf<State>()) {
        if (Workflow::isPaused(s)) {
            paused.push_back(s);
        }
    }
    return paused;
}

} // namespace

RequestFilterBar::RequestFilterBar(const QString& currentUser, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_currentUser(currentUser)
    , m_clock(clock)
    , m_atRiskDays(DeadlineStatus::defaultAtRiskDays)
    , m_filterLabel(new QLabel(this))
    , m_directionCombo(new QComboBox(this))
    , m_stateCombo(new QComboBox(this))
    , m_countryCombo(new QComboBox(this))
    , m_priorityCombo(new QComboBox(this))
    , m_assigneeCombo(new QComboBox(this))
    , m_deadlineCombo(new QComboBox(this))
    , m_mineCheckBox(new QCheckBox(this))
    , m_findEdit(new QLineEdit(this))
    , m_findTimer(new QTimer(this))
    , m_moreLabel(new QLabel(this))
    , m_clearMoreButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_directionCombo->setObjectName(QStringLiteral("directionFilter"));
    m_stateCombo->setObjectName(QStringLiteral("stateFilter"));
    m_countryCombo->setObjectName(QStringLiteral("countryFilter"));
    m_priorityCombo->setObjectName(QStringLiteral("priorityFilter"));
    m_assigneeCombo->setObjectName(QStringLiteral("assigneeFilter"));
    m_deadlineCombo->setObjectName(QStringLiteral("deadlineFilter"));
    m_mineCheckBox->setObjectName(QStringLiteral("mineCheckBox"));
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_moreLabel->setObjectName(QStringLiteral("moreFilterLabel"));
    m_clearMoreButton->setObjectName(QStringLiteral("clearMoreFilterButton"));
    m_moreLabel->hide();
    m_clearMoreButton->hide();
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setMinimumWidth(220);
    m_filterLabel->setBuddy(m_directionCombo);

    m_directionCombo->addItem(QString(), QString());
    for (Direction d : allOf<Direction>()) {
        m_directionCombo->addItem(QString(), keyOf(d));
    }
    m_stateCombo->addItem(QString(), QString());
    m_stateCombo->addItem(QString(), openGroup);
    m_stateCombo->addItem(QString(), pausedGroup);
    m_stateCombo->addItem(QString(), closedGroup);
    m_stateCombo->insertSeparator(m_stateCombo->count());
    for (State state : allOf<State>()) {
        if (state != State::Closed) {
            m_stateCombo->addItem(QString(), keyOf(state));
        }
    }
    m_countryCombo->addItem(QString(), QString());
    m_priorityCombo->addItem(QString(), QString());
    for (const QString& key : Codes::priorities().keys()) {
        m_priorityCombo->addItem(QString(), key);
    }
    m_assigneeCombo->addItem(QString(), QString());
    for (const QString& key : {QString(), overdueChoice, dueSoonChoice}) {
        m_deadlineCombo->addItem(QString(), key);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterLabel);
    for (QWidget* w :
         std::initializer_list<QWidget*> {m_directionCombo, m_stateCombo, m_countryCombo, m_priorityCombo,
                                          m_assigneeCombo, m_mineCheckBox, m_deadlineCombo}) {
        layout->addWidget(w);
    }
    layout->addWidget(m_moreLabel);
    layout->addWidget(m_clearMoreButton);
    layout->addStretch();
    layout->addWidget(m_findEdit, 1);

    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(250);
    connect(m_findTimer, &QTimer::timeout, this, &RequestFilterBar::filterChanged);
    connect(m_findEdit, &QLineEdit::textChanged, m_findTimer, qOverload<>(&QTimer::start));
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this]() {
        m_findTimer->stop();
        emit filterChanged();
    });
    // A choice replaces the conditions of the same kind that setFilter() set
    // aside (before the choice is applied, below).
    for (QComboBox* combo : {m_directionCombo, m_stateCombo, m_countryCombo, m_priorityCombo, m_assigneeCombo,
                             m_deadlineCombo}) {
        connect(combo, &QComboBox::activated, this, [this, combo]() { forgetMoreOf(combo); });
        connect(combo, &QComboBox::activated, this, &RequestFilterBar::filterChanged);
    }
    connect(m_mineCheckBox, &QCheckBox::toggled, this, [this]() { forgetMoreOf(m_assigneeCombo); });
    connect(m_clearMoreButton, &QToolButton::clicked, this, [this]() {
        setMore(RequestFilter());
        emit filterChanged();
    });
    connect(m_mineCheckBox, &QCheckBox::toggled, this, [this](bool mine) {
        m_assigneeCombo->setEnabled(!mine);
        emit filterChanged();
    });
    retranslateUi();
}

void RequestFilterBar::setUsers(const std::vector<User>& users)
{
    // Read again on every refresh: the filter in use stays as it is, and says nothing.
    const QSignalBlocker blocker(m_assigneeCombo);
    const QString current = m_assigneeCombo->currentData().toString();
    while (m_assigneeCombo->count() > 1) {
        m_assigneeCombo->removeItem(1);
    }
    for (const User& user : users) {
        if (canHoldRequests(user.role)) {
            m_assigneeCombo->addItem(user.shownName(), user.name);
        }
    }
    select(m_assigneeCombo, current);
}

void RequestFilterBar::setAtRiskDays(int days)
{
    m_atRiskDays = days;
    retranslateUi();
}

void RequestFilterBar::setCountries(const QStringList& codes)
{
    const QSignalBlocker blocker(m_countryCombo);
    const QVariant current = m_countryCombo->currentData();
    while (m_countryCombo->count() > 1) {
        m_countryCombo->removeItem(1);
    }
    for (const QString& code : codes) {
        m_countryCombo->addItem(QString(), code);
    }
    if (!current.toString().isEmpty() && m_countryCombo->findData(current) < 0) {
        m_countryCombo->addItem(QString(), current); // the filter in use stays visible
    }
    sortCountries();
    select(m_countryCombo, current);
}

void RequestFilterBar::sortCountries()
{
    // By name in the current language.
    const QSignalBlocker blocker(m_countryCombo);
    const QVariant current = m_countryCombo->currentData();
    QStringList codes;
    for (int i = 1; i < m_countryCombo->count(); ++i) {
        codes << m_countryCombo->itemData(i).toString();
    }
    while (m_countryCombo->count() > 1) {
        m_countryCombo->removeItem(1);
    }
    for (const QString& code : Codes::byCountryName(codes)) {
        m_countryCombo->addItem(Codes::countryName(code), code);
    }
    select(m_countryCombo, current);
}

RequestFilter RequestFilterBar::chosen() const
{
    RequestFilter f;
    if (const auto d = fromKey<Direction>(m_directionCombo->currentData().toString())) {
        f.direction = *d;
    }
    const QString state = m_stateCombo->currentData().toString();
    if (state == openGroup) {
        f.openOnly = true;
    } else if (state == pausedGroup) {
        f.states = pausedStates();
    } else if (state == closedGroup) {
        f.states = {State::Closed};
    } else if (const auto s = fromKey<State>(state)) {
        f.states = {*s};
    }
    f.country = m_countryCombo->currentData().toString();
    f.priority = m_priorityCombo->currentData().toString();
    f.assignee = m_mineCheckBox->isChecked() ? m_currentUser : m_assigneeCombo->currentData().toString();
    f.text = m_findEdit->text().trimmed();
    // As of the clock's today, each time the filter is read.
    const QString deadline = m_deadlineCombo->currentData().toString();
    if (deadline == overdueChoice) {
        f.setOverdue(m_clock.today());
    } else if (deadline == dueSoonChoice) {
        f.setDueWithin(m_atRiskDays, m_clock.today());
    }
    return f;
}

RequestFilter RequestFilterBar::filter() const
{
    RequestFilter f = chosen();
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (m_more.has(row.field)) {
            RequestFilterFields::copy(row.field, m_more, &f);
        }
    }
    return f;
}

QString RequestFilterBar::stateChoice(const RequestFilter& filter)
{
    if (filter.states.empty()) {
        return filter.openOnly ? openGroup : QString();
    }
    if (filter.states == std::vector<State> {State::Closed}) {
        return closedGroup;
    }
    if (filter.states == pausedStates()) {
        return pausedGroup;
    }
    return filter.states.size() == 1 ? keyOf(filter.states.front()) : QString();
}

QString RequestFilterBar::deadlineChoice(const RequestFilter& filter) const
{
    RequestFilter overdue;
    overdue.setOverdue(m_clock.today());
    RequestFilter dueSoon;
    dueSoon.setDueWithin(m_atRiskDays, m_clock.today());
    for (const auto& [choice, range] :
         {std::pair {overdueChoice, overdue}, std::pair {dueSoonChoice, dueSoon}}) {
        if (filter.deadlineFrom == range.deadlineFrom && filter.deadlineUntil == range.deadlineUntil) {
            return choice;
        }
    }
    return QString();
}

void RequestFilterBar::setFilter(const RequestFilter& filter)
{
    const QSignalBlocker blockMine(m_mineCheckBox);
    const QSignalBlocker blockFind(m_findEdit);
    select(m_directionCombo, filter.direction ? keyOf(*filter.direction) : QString());
    select(m_stateCombo, stateChoice(filter));
    if (!filter.country.isEmpty() && m_countryCombo->findData(filter.country) < 0) {
        m_countryCombo->addItem(Codes::countryName(filter.country), filter.country);
        sortCountries();
    }
    select(m_countryCombo, filter.country);
    select(m_priorityCombo, filter.priority);
    m_mineCheckBox->setChecked(false);
    m_assigneeCombo->setEnabled(true);
    select(m_assigneeCombo, filter.assignee);
    m_findEdit->setText(filter.text);
    m_findTimer->stop();
    select(m_deadlineCombo, filter.hasDeadlineRange() ? deadlineChoice(filter) : QString());

    // What the choices do not show as the filter has it stays in force aside.
    const RequestFilter shown = chosen();
    RequestFilter more = filter;
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (RequestFilterFields::value(shown, row.field) == RequestFilterFields::value(filter, row.field)) {
            more.clear(row.field);
        }
    }
    setMore(more);
}

QWidget* RequestFilterBar::choiceFor(RequestFilterField field) const
{
    switch (field) {
    case RequestFilterField::Direction:
        return m_directionCombo;
    case RequestFilterField::States:
    case RequestFilterField::OpenOnly:
        return m_stateCombo;
    case RequestFilterField::Country:
        return m_countryCombo;
    case RequestFilterField::Assignee:
    case RequestFilterField::Unassigned:
        return m_assigneeCombo;
    case RequestFilterField::Priority:
        return m_priorityCombo;
    case RequestFilterField::Find:
        return m_findEdit;
    case RequestFilterField::DeadlineFrom:
    case RequestFilterField::DeadlineUntil:
        return m_deadlineCombo;
    case RequestFilterField::PartnerCountry:
    case RequestFilterField::OpenedFrom:
    case RequestFilterField::OpenedUntil:
    case RequestFilterField::NotSent:
    case RequestFilterField::TookStep:
        return nullptr;
    }
    return nullptr;
}

void RequestFilterBar::forgetMoreOf(QWidget* choice)
{
    RequestFilter more = m_more;
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (choiceFor(row.field) == choice) {
            more.clear(row.field);
        }
    }
    setMore(more);
}

void RequestFilterBar::setMore(const RequestFilter& more)
{
    m_more = more;
    m_moreLabel->setText(describeMore());
    m_moreLabel->setVisible(!m_more.isEmpty());
    m_clearMoreButton->setVisible(!m_more.isEmpty());
}

QString RequestFilterBar::describeMore() const
{
    if (m_more.isEmpty()) {
        return QString();
    }
    const LanguageManager& language = LanguageManager::instance();
    const QStringList parts = RequestFilterText::conditions(
        m_more, [&language](const QDate& date) { return language.date(date); });
    //: Conditions of the list set from the dashboard that the choices beside cannot show.
    return tr("Also: %1").arg(QLocale().createSeparatedList(parts));
}

QVariantMap RequestFilterBar::state() const
{
    RequestFilter saved = filter();
    QVariantMap state;
    if (m_mineCheckBox->isChecked()) {
        saved.clear(RequestFilterField::Assignee);
        state.insert(QStringLiteral("mine"), true);
    }
    if (const QString deadline = m_deadlineCombo->currentData().toString(); !deadline.isEmpty()) {
        saved.clear(RequestFilterField::DeadlineFrom);
        saved.clear(RequestFilterField::DeadlineUntil);
        state.insert(QStringLiteral("deadline"), deadline);
    }
    state.insert(RequestFilterFields::toMap(saved));
    return state;
}

void RequestFilterBar::restoreState(const QVariantMap& state)
{
    const QSignalBlocker blocker(this);
    QStringList problems;
    setFilter(RequestFilterFields::fromMap(state, &problems));
    for (const QString& problem : problems) {
        // The rest of the filter is shown; a choice of another version is left out.
        qWarning().noquote() << "The list's filter saved last is shown without" << problem;
    }
    // Saved before the filter was saved by its conditions: the state choice's item.
    if (!state.contains(QStringLiteral("states")) && !state.contains(QStringLiteral("open_only"))) {
        select(m_stateCombo, state.value(QStringLiteral("state")));
    }
    m_mineCheckBox->setChecked(state.value(QStringLiteral("mine")).toBool());
    select(m_deadlineCombo, state.value(QStringLiteral("deadline")));
}

void RequestFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RequestFilterBar::retranslateUi()
{
    m_filterLabel->setText(tr("Sh&ow:"));
    m_directionCombo->setItemText(0, tr("Both directions"));
    for (int i = 1; i < m_directionCombo->count(); ++i) {
        m_directionCombo->setItemText(
            i,
            labelOf(
                fromKey<Direction>(m_directionCombo->itemData(i).toString()).value_or(Direction::Incoming)));
    }
    m_stateCombo->setItemText(0, tr("All states"));
    m_stateCombo->setItemText(1, tr("Open"));
    //: The group of states where the deadline clock stands still.
    m_stateCombo->setItemText(2, tr("Paused"));
    m_stateCombo->setItemText(3, tr("Closed"));
    for (int i = 5; i < m_stateCombo->count(); ++i) {
        if (const auto s = fromKey<State>(m_stateCombo->itemData(i).toString())) {
            m_stateCombo->setItemText(i, labelOf(*s));
        }
    }
    m_countryCombo->setItemText(0, tr("All countries"));
    sortCountries();
    m_priorityCombo->setItemText(0, tr("Any priority"));
    for (int i = 1; i < m_priorityCombo->count(); ++i) {
        m_priorityCombo->setItemText(i, Codes::priorities().label(m_priorityCombo->itemData(i).toString()));
    }
    m_assigneeCombo->setItemText(0, tr("Anyone"));
    m_deadlineCombo->setItemText(0, tr("Any deadline"));
    m_deadlineCombo->setItemText(1, tr("Overdue"));
    m_deadlineCombo->setItemText(2, tr("Due within %Ln day(s)", nullptr, m_atRiskDays));
    m_deadlineCombo->setToolTip(tr("Requests by their next deadline, as of today"));
    m_mineCheckBox->setText(tr("&Mine"));
    m_mineCheckBox->setToolTip(tr("Only the requests assigned to me"));
    m_findEdit->setPlaceholderText(tr("Find: reference, name, words of the summary…"));
    m_moreLabel->setText(describeMore());
    m_clearMoreButton->setText(tr("Clear"));
    m_clearMoreButton->setToolTip(tr("Show the list without these conditions"));
}

} // namespace Masar
