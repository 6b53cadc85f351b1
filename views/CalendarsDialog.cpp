#include "CalendarsDialog.h"

#include "CalendarsPanel.h"
#include "DeadlineRulesPanel.h"
#include "RecomputeDialog.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Masar {

CalendarsDialog::CalendarsDialog(Database& database, const User& actor, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_tabs(new QTabWidget(this))
    , m_calendarsPanel(new CalendarsPanel(database, actor, clock, m_tabs))
    , m_rulesPanel(new DeadlineRulesPanel(database, actor, clock, m_tabs))
    , m_messageLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("calendarsDialog"));
    m_tabs->setObjectName(QStringLiteral("calendarsTabs"));
    m_messageLabel->setObjectName(QStringLiteral("calendarsMessageLabel"));
    m_buttonBox->setObjectName(QStringLiteral("calendarsButtonBox"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_tabs->addTab(m_calendarsPanel, QString());
    m_tabs->addTab(m_rulesPanel, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendarsPanel, &CalendarsPanel::changed, this, &CalendarsDialog::recompute);
    connect(m_rulesPanel, &DeadlineRulesPanel::changed, this, &CalendarsDialog::recompute);
    retranslateUi();
    resize(1000, 640);
}

void CalendarsDialog::recompute(const QString& what)
{
    m_changed = true;
    m_lastChange = what;
    delete m_recompute;
    m_recompute = new RecomputeDialog(m_database.path(), m_clock, this);
    connect(m_recompute, &RecomputeDialog::finished, this, &CalendarsDialog::retranslateUi);
    m_recompute->open();
    m_recompute->start();
    retranslateUi();
}

void CalendarsDialog::done(int result)
{
    if (m_recompute && m_recompute->isRunning()) {
        return; // it stops between batches first
    }
    QDialog::done(result);
    if (m_changed) {
        m_changed = false;
        emit deadlinesChanged();
    }
}

void CalendarsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void CalendarsDialog::retranslateUi()
{
    setWindowTitle(tr("Calendars and deadlines"));
    m_tabs->setTabText(m_tabs->indexOf(m_calendarsPanel), tr("Calendars"));
    m_tabs->setTabText(m_tabs->indexOf(m_rulesPanel), tr("Deadline rules"));
    m_buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (m_lastChange.isEmpty()) {
        m_messageLabel->setText(
            tr("A change applies to the open requests at once: their deadlines are computed "
               "again, and those that move are listed."));
    } else if (m_recompute && m_recompute->report()) {
        //: %1 the change ("“Eid” added to MA."), %2 "N open deadlines recomputed; M moved".
        m_messageLabel->setText(tr("%1 %2.").arg(m_lastChange, m_recompute->report()->summary()));
    } else {
        m_messageLabel->setText(m_lastChange);
    }
}

} // namespace Masar
